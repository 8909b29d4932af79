#include "DialogParts.h"

#include "domain/ApiError.h"

#include <QDialog>
#include <QLabel>
#include <QLayout>
#include <QPalette>
#include <QVBoxLayout>

namespace DialogParts {

QLabel *makeLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

QWidget *makeRow(QWidget *parent, QWidget *input, std::initializer_list<QLabel *> below)
{
    auto *row = new QWidget(parent);
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(input);
    for (QLabel *label : below) {
        if (label)
            layout->addWidget(label);
    }
    return row;
}

QColor errorColor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}


void fitToContents(QDialog *dialog)
{
    if (!dialog->isVisible())
        return; // showing sizes the dialog to its contents
    // Wrapped messages need more height at this width than the layout's minimum size says.
    dialog->layout()->activate();
    const int needed = dialog->heightForWidth(dialog->width());
    if (needed > dialog->height())
        dialog->resize(dialog->width(), needed);
}

} // namespace DialogParts
