#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The languages Roster speaks, written once: the interface's translators, the Language menu,
// the language choices of the invite and edit dialogs, and the table's Language column.
struct Language
{
    QString code; // "de": what the account API and --lang use
    QString nativeName; // "Deutsch": people look for their language written in it
    QString catalogue; // Roster's translator in :/i18n, without ".qm"
    QString localeName; // numbers and dates where the system does not speak it: "de_DE"

    // en, de, zh, ru, in the order people expect them.
    static const QList<Language> &supported();
    static QStringList supportedCodes();
    // The supported language with this code; null when Roster does not speak it.
    static const Language *find(const QString &code);

    // The languages the account API accepts for a user: the supported ones, and az.
    static const QStringList &accountCodes();
    // The name to show for a user's language: its own name for every language the account
    // knows, else the code as the server sent it.
    static QString displayName(const QString &code);
};
