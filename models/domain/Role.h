#pragma once

#include <QList>
#include <QString>

// An IAM/CDN role of the account API (account-api.md, "Roles").
struct Role
{
    int id = 0;
    QString name; // the API's English name, sent back to the server as is

    // The roles the account API knows, in the order people expect to pick them.
    static const QList<Role> &all();
    // The role with this id, or a Role with id 0 when the id is unknown.
    static Role byId(int id);
    // Translated name for people; unknown ids read "Role 1234".
    static QString displayName(int id);

    enum Id : int {
        Administrators = 1,
        Users = 2,
        Engineers = 5,
        PurgeAndPrefetchApiWeb = 3009,
        PurgeAndPrefetchApi = 3022,
    };
};
