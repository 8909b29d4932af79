#pragma once

#include "domain/User.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

// A user as UserCache keeps it (schema 2): every field of the API's user in a compact binary
// record, read back exactly as written. The id is not in it (it is the row's key), nor is the
// invitation time (the cache's own table).
//
// The record: one byte of flags (deleted, activated, sso_auth, two_fa, is_active), reseller and
// client, the texts email, name, lang, phone, company and user_type, then the lists auth_types,
// groups (id, name) and client_and_roles (client id, company name, user id, role ids). Integers
// are zigzag varints (the user id of a client_and_roles entry as its difference to the user's
// id, so 0 for the usual entry), a text is its UTF-8 length as a varint and its bytes, a list
// its length and its items.
namespace UserRecord {

// Hands out the records of a list one by one: false once there are no more. Each record stays
// valid until the next call.
using Source = std::function<bool(qint64 *id, QByteArrayView *record)>;

// Appends the record of `user` to `out`.
void write(const User &user, QByteArray *out);

// Reads records, sharing between users the values many of them have in common (language,
// company, user type, auth types, groups, role lists), so a long list costs one string for an
// email and one for a name per user and little else. The shared values are bounded: beyond a few
// thousand distinct ones, more are read on their own.
class Reader final
{
public:
    // The user of row `id` from `record`; false (and `user` unspecified) when the record is
    // damaged: cut short, too long, or with lengths past its end.
    bool read(QByteArrayView record, qint64 id, User *user);
    // The email and the name of a record, as the UTF-8 bytes inside it, without reading the
    // rest; false when the record is cut short.
    static bool texts(QByteArrayView record, QByteArrayView *email, QByteArrayView *name);

    // What a table row needs of a record, read without making the user: false when the record
    // is damaged, exactly when read() would be false.
    struct Summary
    {
        bool activated = false;
        bool twoFa = false;
        bool isActive = false;
        QByteArrayView lang; // UTF-8, inside the record
        int roleId = 0; // as User::roleId(accountId)
        SignInMethods signInMethods; // as User::signInMethods()
    };
    static bool summarize(QByteArrayView record, qint64 accountId, Summary *out);

private:
    // The values seen so far, by the bytes they were read from.
    template <typename T>
    class Shared
    {
    public:
        // The value read from `key`, or the one `make` reads (kept when there is room).
        template <typename Make>
        T get(QByteArrayView key, Make make);

    private:
        struct Entry
        {
            QByteArray key;
            T value;
        };
        // Most values come from a handful (languages, roles): looked through in order, faster than
        // hashing; the rest in the hash.
        std::vector<Entry> m_few;
        QHash<QByteArray, T> m_more;
    };
    struct Cursor;

    QString sharedText(Cursor &in, Shared<QString> &pool);
    bool readAuthTypes(Cursor &in, QStringList *out);
    bool readGroups(Cursor &in, QList<UserGroup> *out);
    bool readRoles(Cursor &in, qint64 id, QList<ClientRoles> *out);

    Shared<QString> m_langs;
    Shared<QString> m_companies;
    Shared<QString> m_userTypes;
    Shared<QString> m_groupNames;
    Shared<QStringList> m_authTypes;
    Shared<QList<UserGroup>> m_groups;
    Shared<QList<int>> m_roleIds;
};

} // namespace UserRecord
