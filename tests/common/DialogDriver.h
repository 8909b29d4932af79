#pragma once

#include "domain/User.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QList>
#include <QMessageBox>
#include <QTest>

// Driving dialogs as a person would, for the GUI tests (header only: the tests link Qt Test).
namespace DialogDriver {

// Replaces the text of a field by typing.
inline void type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    QTest::keySequence(edit, QKeySequence::SelectAll);
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

inline void click(QAbstractButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton);
}

// Picks the entry with this data with the arrow keys.
inline void choose(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    QVERIFY(box->isEnabled());
    box->setFocus();
    for (int i = box->count(); i > 0 && box->currentIndex() < index; --i)
        QTest::keyClick(box, Qt::Key_Down);
    for (int i = box->count(); i > 0 && box->currentIndex() > index; --i)
        QTest::keyClick(box, Qt::Key_Up);
    QCOMPARE(box->currentIndex(), index);
}

// The button of a question with this text (mnemonic included); null when it has none.
inline QAbstractButton *buttonOf(const QMessageBox *box, const QString &text)
{
    const QList<QAbstractButton *> buttons = box ? box->buttons() : QList<QAbstractButton *>();
    for (QAbstractButton *button : buttons) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

// Shown in its window (a label: with some text).
inline bool shown(const QWidget *widget)
{
    const auto *label = qobject_cast<const QLabel *>(widget);
    return widget->isVisibleTo(widget->window()) && (!label || !label->text().isEmpty());
}

inline QList<qint64> ids(const QList<User> &users)
{
    QList<qint64> list;
    for (const User &u : users)
        list.append(u.id);
    return list;
}

} // namespace DialogDriver
