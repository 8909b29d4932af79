#pragma once

#include "domain/ApiTypes.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// The people of the offline demo account: about 200 believable users (English, German,
// Chinese and Russian speakers, every status, role and 2FA state), a generator of any number
// of users for benchmarks, and a few people registered on the platform but not in the account.
// Pure and deterministic: the same `now` always gives the same data, and every time is
// relative to `now`, so statuses (pending, expiring within the hour, expired) look the same
// whenever the demo is seeded.
class DemoSeed final
{
public:
    // A permanent API token issued by a member.
    struct Token
    {
        QString name;
        QDateTime createdAt;
        QDateTime expiresAt; // invalid: never expires
        QDateTime lastUsedAt; // invalid: never used
    };

    // A token whose issuer has left the account: the tokens view shows them crossed out.
    struct FormerToken
    {
        qint64 issuerId = 0;
        QString issuerEmail;
        QString issuerName;
        Token token;
    };

    // A user of the demo account, as DemoStore keeps it.
    struct Member
    {
        qint64 id = 0;
        QString email;
        QString name; // empty: invited without a name
        QString lang;
        QString phone;
        int roleId = 0;
        bool activated = false;
        bool isActive = true;
        bool twoFa = false;
        QStringList authTypes;
        QDateTime invitationSentAt;
        QList<Token> tokens;
    };

    // Someone registered on the platform who is not a member of the demo account: inviting
    // them grants access to an existing account instead of creating one. `canJoin` false
    // stands for a person the server refuses ("This user cannot be added to this client.").
    struct PlatformPerson
    {
        QString email;
        QString name;
        bool canJoin = true;
    };

    static constexpr qint64 ClientId = 301542;
    static constexpr qint64 Reseller = 1;
    static QString companyName();

    // The believable account. The first member is the signed-in user: an active administrator.
    static QList<Member> members(const QDateTime &now);
    // Member `index` of a generated account of any size (benchmarks); ids grow with the
    // index, emails are unique, and member 0 is an active administrator.
    static Member generatedMember(int index, const QDateTime &now);
    static QList<PlatformPerson> platformPeople();
    // Expired tokens of people removed from the account (ids no member has).
    static QList<FormerToken> formerTokens(const QDateTime &now);
    // The Cloud projects of the account; the first is the default one.
    static QList<Project> projects();
};
