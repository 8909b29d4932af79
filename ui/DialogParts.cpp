#include "DialogParts.h"

#include "domain/ApiError.h"
#include "domain/Role.h"
#include "session/ActionPolicy.h"

#include <QCoreApplication>
#include <QDialog>
#include <QLabel>
#include <QLayout>
#include <QMessageBox>
#include <QPushButton>
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

void paint(QLabel *label, Tone tone, const QPalette &from)
{
    QPalette palette = from;
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    switch (tone) {
    case Tone::Plain:
        break;
    case Tone::Error:
        palette.setColor(QPalette::WindowText, errorColor(palette));
        break;
    case Tone::Note:
        palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
        break;
    case Tone::Success:
        palette.setColor(QPalette::WindowText, dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20));
        break;
    }
    label->setPalette(palette);
}

QStringList placeFieldErrors(const ApiError &error, const QList<FieldMessage> &fields)
{
    QStringList known;
    for (const FieldMessage &field : fields) {
        known.append(field.first);
        if (field.second && error.fieldErrors.contains(field.first))
            field.second(error.fieldErrors.value(field.first));
    }
    QStringList elsewhere;
    for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it) {
        if (!known.contains(it.key()))
            elsewhere.append(it.value());
    }
    return elsewhere;
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

QString personText(const QString &name, const QString &email)
{
    if (name.trimmed().isEmpty())
        return email;
    if (email.isEmpty())
        return name;
    return QCoreApplication::translate("DialogParts", "%1 (%2)", "name (email)").arg(name, email);
}

QMessageBox *lowerOwnRoleQuestion(int roleId, QWidget *parent, QAbstractButton **lower)
{
    auto *box = new QMessageBox(
        QMessageBox::Warning, QCoreApplication::translate("DialogParts", "Lower Your Own Role"),
        QCoreApplication::translate("DialogParts", "Lower your own role to %1?").arg(Role::displayName(roleId)),
        QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("lowerMyRoleQuestion"));
    box->setInformativeText(ActionPolicy::selfDemotionLosses());
    *lower = box->addButton(QCoreApplication::translate("DialogParts", "&Lower My Role"), QMessageBox::DestructiveRole);
    box->setDefaultButton(box->addButton(QMessageBox::Cancel)); // Enter keeps the role
    box->setAttribute(Qt::WA_DeleteOnClose);
    return box;
}

} // namespace DialogParts
