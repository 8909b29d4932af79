#pragma once

#include "store/SqliteFile.h"

#include <QString>
#include <QStringList>

// The tables of the demo account file, version by version. 1: the account, its users, their
// tokens, people on the platform, invitations sent; 2: the Cloud service's projects and role
// assignments.
class DemoSchema final
{
public:
    static constexpr int Version = 3;

    static SqliteFile::Migrations migrations();
    // What a file of the current version must answer; a query that fails says it is not ours.
    static QStringList probes();
    // Emails are unique case-insensitively. A named index rather than a column constraint, so a
    // bulk seed can drop it and build it once at the end, which is several times faster.
    static QString usersByEmail();
};
