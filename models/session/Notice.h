#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

#include <functional>

// A message of an open account for the person, which the window shows in its banner: the
// result of an action, offline, signed out, progress of a bulk operation. One at a time: a
// new notice replaces the one before. The actions become the banner's buttons.
struct Notice
{
    enum class Level : quint8 { Info, Success, Warning, Error };

    struct Action
    {
        QString text;
        QString toolTip;
        std::function<void()> trigger;
        // The window's key for the same (its tooltip names it): Undo for Undo.
        QKeySequence::StandardKey key = QKeySequence::UnknownKey;
    };

    Level level = Level::Info;
    QString text;
    QList<Action> actions;
    // Shown only when no other notice is on screen (a side remark, such as a cache problem).
    bool quiet = false;

    Notice &withAction(const QString &actionText, std::function<void()> trigger,
                       QKeySequence::StandardKey key = QKeySequence::UnknownKey)
    {
        actions.append({actionText, QString(), std::move(trigger), key});
        return *this;
    }
};
