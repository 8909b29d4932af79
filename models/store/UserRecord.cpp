#include "UserRecord.h"

#include <cstring>

namespace {

enum Flag : uchar {
    Deleted = 0x01,
    Activated = 0x02,
    SsoAuth = 0x04,
    TwoFa = 0x08,
    IsActive = 0x10,
    AllFlags = 0x1f,
};

// A pool stops growing here: a server with a different company per user must not make the
// reader keep a second copy of every one of them.
constexpr qsizetype MaxShared = 4096;
constexpr size_t MaxFew = 8;

quint64 zigzag(qint64 v)
{
    return (quint64(v) << 1) ^ (v < 0 ? ~quint64(0) : quint64(0));
}

qint64 unzigzag(quint64 u)
{
    return qint64((u >> 1) ^ (~(u & 1) + 1));
}

void putVarint(quint64 v, QByteArray *out)
{
    char bytes[10];
    int n = 0;
    while (v >= 0x80) {
        bytes[n++] = char(uchar(v) | 0x80);
        v >>= 7;
    }
    bytes[n++] = char(v);
    out->append(bytes, n);
}

void putInt(qint64 v, QByteArray *out)
{
    putVarint(zigzag(v), out);
}

void putText(const QString &text, QByteArray *out)
{
    if (text.isEmpty()) {
        out->append('\0');
        return;
    }
    // Most texts are ASCII: written as they are, without a UTF-8 copy made first.
    const char16_t *chars = reinterpret_cast<const char16_t *>(text.constData());
    const qsizetype n = text.size();
    qsizetype ascii = 0;
    while (ascii < n && chars[ascii] < 0x80)
        ++ascii;
    if (ascii == n) {
        putVarint(quint64(n), out);
        const qsizetype at = out->size();
        out->resize(at + n);
        char *o = out->data() + at;
        for (qsizetype i = 0; i < n; ++i)
            o[i] = char(chars[i]);
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    putVarint(quint64(utf8.size()), out);
    out->append(utf8);
}

} // namespace

namespace UserRecord {

void write(const User &user, QByteArray *out)
{
    uchar flags = 0;
    flags |= user.deleted ? Deleted : 0;
    flags |= user.activated ? Activated : 0;
    flags |= user.ssoAuth ? SsoAuth : 0;
    flags |= user.twoFa ? TwoFa : 0;
    flags |= user.isActive ? IsActive : 0;
    out->append(char(flags));
    putInt(user.reseller, out);
    putInt(user.client, out);
    for (const QString *text : {&user.email, &user.name, &user.lang, &user.phone, &user.company, &user.userType})
        putText(*text, out);
    putVarint(quint64(user.authTypes.size()), out);
    for (const QString &type : user.authTypes)
        putText(type, out);
    putVarint(quint64(user.groups.size()), out);
    for (const UserGroup &group : user.groups) {
        putInt(group.id, out);
        putText(group.name, out);
    }
    putVarint(quint64(user.clientAndRoles.size()), out);
    for (const ClientRoles &entry : user.clientAndRoles) {
        putInt(entry.clientId, out);
        putText(entry.companyName, out);
        putInt(qint64(quint64(entry.userId) - quint64(user.id)), out);
        putVarint(quint64(entry.roleIds.size()), out);
        for (int roleId : entry.roleIds)
            putInt(roleId, out);
    }
}

// Reads a record front to back; any read past its end leaves it failed for good.
struct Reader::Cursor
{
    const uchar *at;
    const uchar *end;
    bool ok = true;

    quint64 varint()
    {
        quint64 v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (at == end)
                break;
            const uchar byte = *at++;
            v |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                return v;
        }
        ok = false;
        return 0;
    }
    qint64 integer() { return unzigzag(varint()); }
    // A count of items that each take one byte at least.
    qsizetype count()
    {
        const quint64 n = varint();
        if (n > quint64(end - at)) {
            ok = false;
            return 0;
        }
        return qsizetype(n);
    }
    QByteArrayView bytes()
    {
        const qsizetype n = count();
        const QByteArrayView view(reinterpret_cast<const char *>(at), n);
        at += n;
        return view;
    }
    QString text()
    {
        const QByteArrayView utf8 = bytes();
        return utf8.isEmpty() ? QString() : QString::fromUtf8(utf8);
    }
    // The bytes from `start` to here.
    QByteArrayView since(const uchar *start) const
    {
        return QByteArrayView(reinterpret_cast<const char *>(start), at - start);
    }
};

template <typename T>
template <typename Make>
T Reader::Shared<T>::get(QByteArrayView key, Make make)
{
    for (const Entry &entry : m_few) {
        if (entry.key.size() == key.size() && memcmp(entry.key.constData(), key.data(), size_t(key.size())) == 0)
            return entry.value;
    }
    if (!m_more.isEmpty()) {
        // A key over the record's bytes for the look-up: no copy unless it is kept.
        const auto found = m_more.constFind(QByteArray::fromRawData(key.data(), key.size()));
        if (found != m_more.cend())
            return found.value();
    }
    T value = make();
    if (m_few.size() < MaxFew)
        m_few.push_back({key.toByteArray(), value});
    else if (m_more.size() < MaxShared)
        m_more.insert(key.toByteArray(), value);
    return value;
}

QString Reader::sharedText(Cursor &in, Shared<QString> &pool)
{
    const QByteArrayView utf8 = in.bytes();
    if (utf8.isEmpty())
        return QString();
    return pool.get(utf8, [&] { return QString::fromUtf8(utf8); });
}

bool Reader::readAuthTypes(Cursor &in, QStringList *out)
{
    const uchar *start = in.at;
    const qsizetype n = in.count();
    for (qsizetype i = 0; i < n && in.ok; ++i)
        in.bytes();
    if (!in.ok)
        return false;
    *out = m_authTypes.get(in.since(start), [&] {
        Cursor again{start, in.at};
        QStringList types;
        types.reserve(again.count());
        for (qsizetype i = 0; i < n; ++i)
            types.append(again.text());
        return types;
    });
    return true;
}

bool Reader::readGroups(Cursor &in, QList<UserGroup> *out)
{
    const uchar *start = in.at;
    const qsizetype n = in.count();
    for (qsizetype i = 0; i < n && in.ok; ++i) {
        in.varint();
        in.bytes();
    }
    if (!in.ok)
        return false;
    *out = m_groups.get(in.since(start), [&] {
        Cursor again{start, in.at};
        QList<UserGroup> groups;
        groups.reserve(again.count());
        for (qsizetype i = 0; i < n; ++i) {
            UserGroup group;
            group.id = int(again.integer());
            group.name = sharedText(again, m_groupNames);
            groups.append(group);
        }
        return groups;
    });
    return true;
}

bool Reader::readRoles(Cursor &in, qint64 id, QList<ClientRoles> *out)
{
    const qsizetype n = in.count();
    out->clear();
    if (n == 0)
        return in.ok;
    out->reserve(n);
    for (qsizetype i = 0; i < n && in.ok; ++i) {
        ClientRoles entry;
        entry.clientId = in.integer();
        entry.companyName = sharedText(in, m_companies);
        entry.userId = qint64(quint64(id) + quint64(in.integer()));
        const uchar *start = in.at;
        const qsizetype roles = in.count();
        for (qsizetype r = 0; r < roles && in.ok; ++r)
            in.varint();
        if (!in.ok)
            return false;
        entry.roleIds = m_roleIds.get(in.since(start), [&] {
            Cursor again{start, in.at};
            QList<int> ids;
            ids.reserve(again.count());
            for (qsizetype r = 0; r < roles; ++r)
                ids.append(int(again.integer()));
            return ids;
        });
        out->append(std::move(entry));
    }
    return in.ok;
}

bool Reader::read(QByteArrayView record, qint64 id, User *user)
{
    Cursor in{reinterpret_cast<const uchar *>(record.data()), reinterpret_cast<const uchar *>(record.data()) + record.size()};
    if (in.at == in.end || (*in.at & ~AllFlags))
        return false;
    const uchar flags = *in.at++;
    user->id = id;
    user->deleted = flags & Deleted;
    user->activated = flags & Activated;
    user->ssoAuth = flags & SsoAuth;
    user->twoFa = flags & TwoFa;
    user->isActive = flags & IsActive;
    user->reseller = in.integer();
    user->client = in.integer();
    user->email = in.text();
    user->name = in.text();
    user->lang = sharedText(in, m_langs);
    user->phone = in.text();
    user->company = sharedText(in, m_companies);
    user->userType = sharedText(in, m_userTypes);
    if (!in.ok || !readAuthTypes(in, &user->authTypes) || !readGroups(in, &user->groups)
        || !readRoles(in, id, &user->clientAndRoles))
        return false;
    return in.at == in.end;
}

bool Reader::texts(QByteArrayView record, QByteArrayView *email, QByteArrayView *name)
{
    Cursor in{reinterpret_cast<const uchar *>(record.data()), reinterpret_cast<const uchar *>(record.data()) + record.size()};
    if (in.at == in.end)
        return false;
    ++in.at; // the flags
    in.varint(); // reseller
    in.varint(); // client
    *email = in.bytes();
    *name = in.bytes();
    return in.ok;
}

bool Reader::summarize(QByteArrayView record, qint64 accountId, Summary *out)
{
    Cursor in{reinterpret_cast<const uchar *>(record.data()), reinterpret_cast<const uchar *>(record.data()) + record.size()};
    if (in.at == in.end || (*in.at & ~AllFlags))
        return false;
    const uchar flags = *in.at++;
    out->activated = flags & Activated;
    out->twoFa = flags & TwoFa;
    out->isActive = flags & IsActive;
    out->signInMethods = (flags & SsoAuth) ? SignInMethods(SignInMethod::Sso) : SignInMethods();
    in.varint(); // reseller
    const qint64 client = in.integer();
    in.bytes(); // email
    in.bytes(); // name
    out->lang = in.bytes();
    in.bytes(); // phone
    in.bytes(); // company
    in.bytes(); // user type
    const qsizetype authTypes = in.count();
    for (qsizetype i = 0; i < authTypes && in.ok; ++i)
        out->signInMethods |= signInMethodOf(in.bytes());
    // The role as User::roleId() finds it: the first of this account's entry, else the first
    // of any entry, else the first group.
    int firstGroup = 0;
    const qsizetype groups = in.count();
    for (qsizetype i = 0; i < groups && in.ok; ++i) {
        const int id = int(in.integer());
        if (i == 0)
            firstGroup = id;
        in.bytes();
    }
    const qint64 account = accountId != 0 ? accountId : client;
    int accountRole = 0;
    int anyRole = 0;
    bool haveAccountRole = false;
    bool haveAnyRole = false;
    const qsizetype entries = in.count();
    for (qsizetype i = 0; i < entries && in.ok; ++i) {
        const qint64 clientId = in.integer();
        in.bytes(); // company name
        in.varint(); // user id
        const qsizetype roles = in.count();
        for (qsizetype r = 0; r < roles && in.ok; ++r) {
            const int roleId = int(in.integer());
            if (r != 0)
                continue;
            if (!haveAccountRole && clientId == account) {
                accountRole = roleId;
                haveAccountRole = true;
            }
            if (!haveAnyRole) {
                anyRole = roleId;
                haveAnyRole = true;
            }
        }
    }
    out->roleId = haveAccountRole ? accountRole : (haveAnyRole ? anyRole : firstGroup);
    return in.ok && in.at == in.end;
}

} // namespace UserRecord
