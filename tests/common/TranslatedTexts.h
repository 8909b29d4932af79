#pragma once

#include <QAbstractButton>
#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QList>
#include <QPushButton>
#include <QRadioButton>
#include <QString>
#include <QStringList>
#include <QTextDocument>
#include <QToolButton>
#include <QWidget>

#include <utility>

// What the translated-UI tests look at: the texts a window shows and whether each fits
// (header only: the tests link Qt Widgets).
namespace TranslatedTexts {

// Where a text is shown, and the text.
using Texts = QList<std::pair<QString, QString>>;

// The text as drawn: accelerator marks gone, "&&" a single "&".
inline QString shown(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

inline bool isRichText(const QLabel *label)
{
    return label->textFormat() == Qt::RichText
        || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
}

// Buttons whose text is read: push, tool (not icon only), check and radio buttons.
inline bool hasReadText(const QAbstractButton *button)
{
    if (const auto *tool = qobject_cast<const QToolButton *>(button))
        return tool->toolButtonStyle() != Qt::ToolButtonIconOnly;
    return qobject_cast<const QPushButton *>(button) || qobject_cast<const QCheckBox *>(button)
        || qobject_cast<const QRadioButton *>(button);
}

// Labels and buttons whose one line of text is wider than the room they have: a label's
// contents rectangle, a button's width (the style's padding included: narrower than its size
// hint).
inline QStringList cutOff(QWidget *window)
{
    QStringList problems;
    const auto report = [&problems](const QWidget *widget, const QString &text, int needed, int room) {
        problems.append(QStringLiteral("%1 (%2): \"%3\" needs %4 px, has %5")
                            .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(), text)
                            .arg(needed)
                            .arg(room));
    };
    const auto oneLine = [](const QWidget *widget, const QString &text) {
        return widget->isVisible() && !text.isEmpty() && !text.contains(u'\n');
    };
    const QList<QLabel *> labels = window->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->wordWrap() || isRichText(label) || !oneLine(label, label->text()))
            continue;
        const int needed = label->fontMetrics().horizontalAdvance(shown(label->text()));
        if (needed > label->contentsRect().width())
            report(label, label->text(), needed, label->contentsRect().width());
    }
    const QList<QAbstractButton *> buttons = window->findChildren<QAbstractButton *>();
    for (const QAbstractButton *button : buttons) {
        if (!hasReadText(button) || !oneLine(button, button->text()))
            continue;
        const int needed = button->fontMetrics().horizontalAdvance(shown(button->text()));
        if (needed > button->contentsRect().width())
            report(button, button->text(), needed, button->contentsRect().width());
        else if (button->width() < button->sizeHint().width())
            report(button, button->text(), button->sizeHint().width(), button->width());
    }
    const QList<QGroupBox *> groups = window->findChildren<QGroupBox *>();
    for (const QGroupBox *group : groups) {
        if (oneLine(group, group->title()) && group->width() < group->minimumSizeHint().width())
            report(group, group->title(), group->minimumSizeHint().width(), group->width());
    }
    return problems;
}

} // namespace TranslatedTexts
