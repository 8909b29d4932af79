#include "UserGenerator.h"

#include "domain/Role.h"

#include <QRandomGenerator>
#include <QStringList>

namespace {

struct Names
{
    QStringList first;
    QStringList last;
    QStringList firstLatin; // transliteration used in the email
    QStringList lastLatin;
    QString lang;
};

const QList<Names> &pools()
{
    static const QList<Names> all = {
        {{QStringLiteral("Olivia"), QStringLiteral("James"), QStringLiteral("Amelia"), QStringLiteral("William"),
          QStringLiteral("Charlotte"), QStringLiteral("Benjamin"), QStringLiteral("Harper"), QStringLiteral("Alexander")},
         {QStringLiteral("Smith"), QStringLiteral("Johnson"), QStringLiteral("Williams"), QStringLiteral("Brown"),
          QStringLiteral("Taylor"), QStringLiteral("Anderson"), QStringLiteral("Thompson"), QStringLiteral("Walker")},
         {},
         {},
         QStringLiteral("en")},
        {{QStringLiteral("Jürgen"), QStringLiteral("Anna"), QStringLiteral("Lukas"), QStringLiteral("Sophie"),
          QStringLiteral("Maximilian"), QStringLiteral("Lea"), QStringLiteral("Jonas"), QStringLiteral("Hannah")},
         {QStringLiteral("Müller"), QStringLiteral("Schmidt"), QStringLiteral("Schneider"), QStringLiteral("Fischer"),
          QStringLiteral("Weiß"), QStringLiteral("Becker"), QStringLiteral("Schäfer"), QStringLiteral("Hoffmann")},
         {QStringLiteral("juergen"), QStringLiteral("anna"), QStringLiteral("lukas"), QStringLiteral("sophie"),
          QStringLiteral("maximilian"), QStringLiteral("lea"), QStringLiteral("jonas"), QStringLiteral("hannah")},
         {QStringLiteral("mueller"), QStringLiteral("schmidt"), QStringLiteral("schneider"), QStringLiteral("fischer"),
          QStringLiteral("weiss"), QStringLiteral("becker"), QStringLiteral("schaefer"), QStringLiteral("hoffmann")},
         QStringLiteral("de")},
        {{QStringLiteral("伟"), QStringLiteral("芳"), QStringLiteral("娜"), QStringLiteral("秀英"),
          QStringLiteral("敏"), QStringLiteral("静"), QStringLiteral("强"), QStringLiteral("磊")},
         {QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"), QStringLiteral("刘"),
          QStringLiteral("陈"), QStringLiteral("杨"), QStringLiteral("赵"), QStringLiteral("黄")},
         {QStringLiteral("wei"), QStringLiteral("fang"), QStringLiteral("na"), QStringLiteral("xiuying"),
          QStringLiteral("min"), QStringLiteral("jing"), QStringLiteral("qiang"), QStringLiteral("lei")},
         {QStringLiteral("wang"), QStringLiteral("li"), QStringLiteral("zhang"), QStringLiteral("liu"),
          QStringLiteral("chen"), QStringLiteral("yang"), QStringLiteral("zhao"), QStringLiteral("huang")},
         QStringLiteral("zh")},
        {{QStringLiteral("Алексей"), QStringLiteral("Мария"), QStringLiteral("Дмитрий"), QStringLiteral("Анна"),
          QStringLiteral("Сергей"), QStringLiteral("Екатерина"), QStringLiteral("Иван"), QStringLiteral("Ольга")},
         {QStringLiteral("Иванов"), QStringLiteral("Смирнов"), QStringLiteral("Кузнецов"), QStringLiteral("Попов"),
          QStringLiteral("Васильев"), QStringLiteral("Петров"), QStringLiteral("Соколов"), QStringLiteral("Михайлов")},
         {QStringLiteral("aleksei"), QStringLiteral("maria"), QStringLiteral("dmitry"), QStringLiteral("anna"),
          QStringLiteral("sergei"), QStringLiteral("ekaterina"), QStringLiteral("ivan"), QStringLiteral("olga")},
         {QStringLiteral("ivanov"), QStringLiteral("smirnov"), QStringLiteral("kuznetsov"), QStringLiteral("popov"),
          QStringLiteral("vasiliev"), QStringLiteral("petrov"), QStringLiteral("sokolov"), QStringLiteral("mikhailov")},
         QStringLiteral("ru")},
    };
    return all;
}

const QStringList &domains()
{
    static const QStringList all = {QStringLiteral("example.com"), QStringLiteral("northwind-analytics.com"),
                                    QStringLiteral("mail.example.de"), QStringLiteral("corp.example.cn"),
                                    QStringLiteral("yandex.example.ru"), QStringLiteral("contoso.io")};
    return all;
}

// Mostly a password, some with GitHub or Google besides or instead, some SSO, a few with a
// value the API does not document or none at all.
QStringList authTypes(QRandomGenerator &rng)
{
    const int roll = int(rng.bounded(100));
    if (roll < 60)
        return {QStringLiteral("password")};
    if (roll < 70)
        return {QStringLiteral("password"), QStringLiteral("google-oauth2")};
    if (roll < 78)
        return {QStringLiteral("sso")};
    if (roll < 85)
        return {QStringLiteral("password"), QStringLiteral("github")};
    if (roll < 90)
        return {QStringLiteral("google-oauth2")};
    if (roll < 93)
        return {QStringLiteral("github"), QStringLiteral("sso"), QStringLiteral("password")};
    if (roll < 96)
        return {QStringLiteral("github")};
    if (roll < 98)
        return {QStringLiteral("password"), QStringLiteral("saml-2")};
    return {};
}

} // namespace

namespace UserGenerator {

QList<User> generate(int count, quint32 seed, qint64 clientId, const QDateTime &now)
{
    QRandomGenerator rng(seed);
    // The sign-in methods from a stream of their own: the users of a seed stay who they were.
    QRandomGenerator methods(seed ^ 0x5167u);
    QList<User> users;
    users.reserve(count);
    const QList<Role> &roles = Role::all();
    for (int i = 0; i < count; ++i) {
        const Names &pool = pools().at(int(rng.bounded(pools().size())));
        const int f = int(rng.bounded(pool.first.size()));
        const int l = int(rng.bounded(pool.last.size()));
        User u;
        u.id = 10000 + qint64(i) * 7 + qint64(rng.bounded(7));
        u.lang = pool.lang;
        const bool chinese = pool.lang == QLatin1String("zh");
        u.name = chinese ? QString(pool.last.at(l) + pool.first.at(f)) : QString(pool.first.at(f) + u' ' + pool.last.at(l));
        const QString firstLatin = pool.firstLatin.isEmpty() ? pool.first.at(f).toLower() : pool.firstLatin.at(f);
        const QString lastLatin = pool.lastLatin.isEmpty() ? pool.last.at(l).toLower() : pool.lastLatin.at(l);
        u.email = firstLatin + u'.' + lastLatin + QString::number(i) + u'@' + domains().at(int(rng.bounded(domains().size())));
        if (rng.bounded(20) == 0)
            u.name.clear(); // the API sends null names for some invited users
        u.client = clientId;
        u.company = QStringLiteral("Northwind Analytics");
        u.twoFa = rng.bounded(100) < 40;
        u.authTypes = authTypes(methods);
        u.ssoAuth = u.authTypes.contains(QLatin1String("sso")) || methods.bounded(50) == 0;
        u.userType = QStringLiteral("common");
        const int roll = int(rng.bounded(100));
        u.activated = roll < 75;
        u.isActive = roll < 65 || roll >= 75; // 65..74: deactivated
        if (!u.activated) {
            // Half the invitations were sent from this app (expiry known), some long ago.
            if (rng.bounded(2) == 0)
                u.invitationSentAt = now.addSecs(-qint64(rng.bounded(48 * 3600)));
        }
        const Role &role = roles.at(int(rng.bounded(roles.size())));
        u.groups = {{role.id, role.name}};
        u.clientAndRoles = {{clientId, u.company, u.id, {role.id}}};
        users.append(u);
    }
    return users;
}

} // namespace UserGenerator
