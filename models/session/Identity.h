#pragma once

#include "domain/Role.h"

#include <QtGlobal>

// Who is signed in to an open account, as far as Roster knows: the account (roles are kept
// per account), the person's user id and role. Until the server confirms the role, the
// user list's own row stands in for it (provisional).
struct Identity
{
    qint64 accountId = 0; // 0: not known yet
    qint64 userId = 0; // 0: not known yet
    int roleId = 0; // 0: not known yet
    bool confirmed = false; // the role was read from the server

    bool isKnown() const { return userId != 0; }
    bool isAdministrator() const { return roleId == Role::Administrators; }

    friend bool operator==(const Identity &a, const Identity &b)
    {
        return a.accountId == b.accountId && a.userId == b.userId && a.roleId == b.roleId
            && a.confirmed == b.confirmed;
    }
    friend bool operator!=(const Identity &a, const Identity &b) { return !(a == b); }
};
