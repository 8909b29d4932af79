#pragma once

#include "domain/AccountProfile.h"
#include "domain/Result.h"

#include <QList>
#include <QString>

#include <optional>

class QSettings;

// The account profiles in QSettings (names, addresses, account ids; never secrets), and
// which one was used last.
class ProfileStore
{
public:
    explicit ProfileStore(QSettings *settings);

    QList<AccountProfile> profiles() const; // sorted by name
    std::optional<AccountProfile> profile(const QString &name) const;
    // Adds or replaces the profile of that name; refuses an empty name, one with '/', and an
    // address Roster would not talk to (http:// is for this computer only).
    Result<Done> save(const AccountProfile &profile);
    bool remove(const QString &name);

    QString current() const; // empty when none
    void setCurrent(const QString &name);

private:
    QSettings *m_settings;
};
