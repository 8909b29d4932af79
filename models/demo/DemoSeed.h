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

    // The other accounts of the same company group, each its own demo file: the owner is an
    // administrator in each, and some members of the main account belong to them too (the same
    // person: id, email, name), so client_and_roles lists two or three accounts for them.
    struct Account
    {
        qint64 clientId = 0;
        QString companyName;
    };
    static constexpr qint64 LabsClientId = 318204;
    static constexpr qint64 AsiaClientId = 322917;
    static QList<Account> linkedAccounts();
    static QString companyName(qint64 clientId); // empty for an account not seeded here
    // The members of a linked account: the owner first, then the main account's members who
    // belong there too, then people of that account alone (ids no main member has).
    static QList<Member> linkedMembers(qint64 clientId, const QDateTime &now);

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
    // The Cloud roles the main account starts with (project 0: the whole account): the owner
    // administers the Cloud, some engineers a project or two, a few others observe one.
    static QList<CloudAssignment> cloudAssignments(const QList<Member> &members);
};
