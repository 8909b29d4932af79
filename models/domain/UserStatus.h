#pragma once

#include <QString>

// What people see in the Status column (account-api.md, "Statuses shown to people").
enum class UserStatus : quint8 {
    Active,
    Pending,
    Expired,
    Deactivated,
};
inline constexpr int UserStatusCount = 4;

// Translated, person-readable name of a status.
QString userStatusName(UserStatus status);
// Stable English key used in exports, settings and tests ("active", "pending", ...).
QString userStatusKey(UserStatus status);
