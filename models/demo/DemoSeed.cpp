#include "DemoSeed.h"

#include "domain/CloudRole.h"
#include "domain/Role.h"

#include <QSet>

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <utility>
#include <vector>

namespace {

// A name as people write it, and as it appears in an email address.
struct Name
{
    const char *native;
    const char *latin;
};

struct RussianGiven
{
    const char *native;
    const char *latin;
    bool female;
};

// clang-format off
const Name EnglishGiven[] = {
    {"James", "james"}, {"Mary", "mary"}, {"Robert", "robert"}, {"Patricia", "patricia"},
    {"John", "john"}, {"Jennifer", "jennifer"}, {"Michael", "michael"}, {"Linda", "linda"},
    {"David", "david"}, {"Elizabeth", "elizabeth"}, {"William", "william"}, {"Susan", "susan"},
    {"Richard", "richard"}, {"Jessica", "jessica"}, {"Thomas", "thomas"}, {"Sarah", "sarah"},
    {"Daniel", "daniel"}, {"Karen", "karen"}, {"Matthew", "matthew"}, {"Emily", "emily"},
    {"Oliver", "oliver"}, {"Sophie", "sophie"}, {"Harry", "harry"}, {"Amelia", "amelia"},
    {"George", "george"}, {"Olivia", "olivia"}, {"Jack", "jack"}, {"Grace", "grace"},
    {"Noah", "noah"}, {"Chloe", "chloe"}, {"Liam", "liam"}, {"Hannah", "hannah"},
    {"Ethan", "ethan"}, {"Megan", "megan"}, {"Ryan", "ryan"}, {"Lauren", "lauren"},
};
const Name EnglishFamily[] = {
    {"Smith", "smith"}, {"Johnson", "johnson"}, {"Williams", "williams"}, {"Brown", "brown"},
    {"Jones", "jones"}, {"Miller", "miller"}, {"Davis", "davis"}, {"Wilson", "wilson"},
    {"Taylor", "taylor"}, {"Clark", "clark"}, {"Walker", "walker"}, {"Hall", "hall"},
    {"Young", "young"}, {"King", "king"}, {"Wright", "wright"}, {"Green", "green"},
    {"Baker", "baker"}, {"Adams", "adams"}, {"Nelson", "nelson"}, {"Carter", "carter"},
    {"Mitchell", "mitchell"}, {"Roberts", "roberts"}, {"Turner", "turner"}, {"Phillips", "phillips"},
    {"Campbell", "campbell"}, {"Parker", "parker"}, {"Evans", "evans"}, {"Edwards", "edwards"},
    {"Collins", "collins"}, {"Stewart", "stewart"}, {"O'Brien", "obrien"}, {"Murphy", "murphy"},
    {"Cooper", "cooper"}, {"Hughes", "hughes"}, {"Bennett", "bennett"}, {"Fletcher", "fletcher"},
};
const Name GermanGiven[] = {
    {"Jürgen", "juergen"}, {"Günter", "guenter"}, {"Jörg", "joerg"}, {"Björn", "bjoern"},
    {"Sören", "soeren"}, {"Lukas", "lukas"}, {"Leon", "leon"}, {"Felix", "felix"},
    {"Maximilian", "maximilian"}, {"Jonas", "jonas"}, {"Tobias", "tobias"}, {"Stefan", "stefan"},
    {"Andreas", "andreas"}, {"Matthias", "matthias"}, {"Sabine", "sabine"}, {"Ursula", "ursula"},
    {"Anna", "anna"}, {"Lena", "lena"}, {"Hannah", "hannah"}, {"Katrin", "katrin"},
    {"Marie", "marie"}, {"Claudia", "claudia"}, {"Birgit", "birgit"}, {"Käthe", "kaethe"},
    {"Renate", "renate"}, {"Dieter", "dieter"}, {"Uwe", "uwe"}, {"Dörte", "doerte"},
    {"Heike", "heike"}, {"Wolfgang", "wolfgang"},
};
const Name GermanFamily[] = {
    {"Müller", "mueller"}, {"Schmidt", "schmidt"}, {"Schneider", "schneider"}, {"Fischer", "fischer"},
    {"Weber", "weber"}, {"Meyer", "meyer"}, {"Wagner", "wagner"}, {"Becker", "becker"},
    {"Schulz", "schulz"}, {"Hoffmann", "hoffmann"}, {"Schäfer", "schaefer"}, {"Koch", "koch"},
    {"Bauer", "bauer"}, {"Richter", "richter"}, {"Klein", "klein"}, {"Wolf", "wolf"},
    {"Schröder", "schroeder"}, {"Neumann", "neumann"}, {"Schwarz", "schwarz"}, {"Zimmermann", "zimmermann"},
    {"Braun", "braun"}, {"Krüger", "krueger"}, {"Hartmann", "hartmann"}, {"Lange", "lange"},
    {"Krause", "krause"}, {"Lehmann", "lehmann"}, {"Groß", "gross"}, {"Weiß", "weiss"},
    {"Strauß", "strauss"}, {"Köhler", "koehler"}, {"Jäger", "jaeger"}, {"Vogel", "vogel"},
    {"Böhm", "boehm"}, {"Günther", "guenther"}, {"Voß", "voss"}, {"Kühn", "kuehn"},
};
const Name ChineseFamily[] = {
    {"王", "wang"}, {"李", "li"}, {"张", "zhang"}, {"刘", "liu"}, {"陈", "chen"},
    {"杨", "yang"}, {"赵", "zhao"}, {"黄", "huang"}, {"周", "zhou"}, {"吴", "wu"},
    {"徐", "xu"}, {"孙", "sun"}, {"胡", "hu"}, {"朱", "zhu"}, {"高", "gao"},
    {"林", "lin"}, {"何", "he"}, {"郭", "guo"}, {"马", "ma"}, {"罗", "luo"},
};
const Name ChineseGiven[] = {
    {"伟", "wei"}, {"芳", "fang"}, {"娜", "na"}, {"敏", "min"}, {"静", "jing"},
    {"秀英", "xiuying"}, {"丽", "li"}, {"强", "qiang"}, {"磊", "lei"}, {"军", "jun"},
    {"洋", "yang"}, {"勇", "yong"}, {"艳", "yan"}, {"杰", "jie"}, {"娟", "juan"},
    {"涛", "tao"}, {"明", "ming"}, {"超", "chao"}, {"霞", "xia"}, {"平", "ping"},
    {"晓东", "xiaodong"}, {"海燕", "haiyan"}, {"建华", "jianhua"}, {"子涵", "zihan"},
    {"浩然", "haoran"}, {"雨桐", "yutong"}, {"志强", "zhiqiang"}, {"佳怡", "jiayi"},
};
const RussianGiven RussianGivenNames[] = {
    {"Александр", "aleksandr", false}, {"Дмитрий", "dmitry", false}, {"Сергей", "sergey", false},
    {"Андрей", "andrey", false}, {"Алексей", "alexey", false}, {"Иван", "ivan", false},
    {"Михаил", "mikhail", false}, {"Николай", "nikolay", false}, {"Владимир", "vladimir", false},
    {"Евгений", "evgeny", false}, {"Павел", "pavel", false}, {"Артём", "artem", false},
    {"Анна", "anna", true}, {"Елена", "elena", true}, {"Ольга", "olga", true},
    {"Наталья", "natalya", true}, {"Татьяна", "tatyana", true}, {"Мария", "maria", true},
    {"Ирина", "irina", true}, {"Екатерина", "ekaterina", true}, {"Светлана", "svetlana", true},
    {"Юлия", "yulia", true}, {"Ксения", "ksenia", true}, {"Анастасия", "anastasia", true},
};
// Masculine forms; the feminine adds "а" / "a".
const Name RussianFamily[] = {
    {"Иванов", "ivanov"}, {"Смирнов", "smirnov"}, {"Кузнецов", "kuznetsov"}, {"Попов", "popov"},
    {"Васильев", "vasilyev"}, {"Петров", "petrov"}, {"Соколов", "sokolov"}, {"Михайлов", "mikhailov"},
    {"Новиков", "novikov"}, {"Фёдоров", "fedorov"}, {"Морозов", "morozov"}, {"Волков", "volkov"},
    {"Алексеев", "alekseev"}, {"Лебедев", "lebedev"}, {"Семёнов", "semenov"}, {"Егоров", "egorov"},
    {"Павлов", "pavlov"}, {"Козлов", "kozlov"}, {"Степанов", "stepanov"}, {"Николаев", "nikolaev"},
    {"Орлов", "orlov"}, {"Андреев", "andreev"}, {"Макаров", "makarov"}, {"Зайцев", "zaytsev"},
};
// clang-format on

const char *const TokenNames[] = {
    "CI deploy",      "Terraform",          "Grafana exporter", "Nightly backup", "CDN purge script",
    "Billing export", "Prometheus scraper", "Log shipper",      "Ansible",        "Status page",
};

const char *const CompanyDomain = "northwind-analytics.com";

enum class Origin : quint8 { English, German, Chinese, Russian };
enum class Plan : quint8 { Active, Pending, ExpiringSoon, Expired, Deactivated };

constexpr qint64 Minute = 60;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

// splitmix64: small, fast and the same on every platform, so the seed is reproducible.
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    {
    }
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % quint64(n)); }
    qint64 between(qint64 low, qint64 high) { return low + qint64(next() % quint64(high - low + 1)); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename T, size_t N>
    const T &pick(const T (&items)[N])
    {
        return items[below(int(N))];
    }
    template <typename T>
    void shuffle(std::vector<T> &items)
    {
        for (size_t i = items.size(); i > 1; --i)
            std::swap(items[i - 1], items[size_t(below(int(i)))]);
    }

private:
    quint64 m_state;
};

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}
QString latin(const char *text)
{
    return QLatin1String(text);
}

struct Person
{
    Origin origin;
    QString name;
    QString email;
};

QString twoDigits(int n)
{
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

QString phoneFor(Origin origin, Rng &rng)
{
    switch (origin) {
    case Origin::English:
        // 555-01xx and 020 7946 0xxx are reserved for fiction.
        if (rng.chance(60))
            return QStringLiteral("+1 415 555 01%1").arg(twoDigits(rng.below(100)));
        return QStringLiteral("+44 20 7946 0%1").arg(rng.below(1000), 3, 10, QLatin1Char('0'));
    case Origin::German:
        return QStringLiteral("+49 30 %1 %2").arg(rng.between(2000, 9999)).arg(rng.between(1000, 9999));
    case Origin::Chinese:
        return QStringLiteral("+86 1%1 %2 %3")
            .arg(rng.between(30, 89))
            .arg(rng.between(1000, 9999))
            .arg(rng.between(1000, 9999));
    case Origin::Russian:
        return QStringLiteral("+7 9%1 %2-%3-%4")
            .arg(twoDigits(rng.below(100)))
            .arg(rng.between(100, 999))
            .arg(twoDigits(rng.below(100)))
            .arg(twoDigits(rng.below(100)));
    }
    return {};
}

// A person of `origin` with a believable name and email address. A non-empty `unique` is
// appended to the mailbox after a dot, which keeps generated accounts of any size unique.
Person makePerson(Origin origin, Rng &rng, const QString &unique = QString())
{
    Person p{origin, {}, {}};
    QString given;
    QString family;
    QString mailbox;
    QString domain;
    switch (origin) {
    case Origin::English: {
        const Name &g = rng.pick(EnglishGiven);
        const Name &f = rng.pick(EnglishFamily);
        p.name = utf8(g.native) + QLatin1Char(' ') + utf8(f.native);
        given = latin(g.latin);
        family = latin(f.latin);
        const int style = rng.below(10);
        if (style < 6)
            mailbox = given + QLatin1Char('.') + family;
        else if (style < 9)
            mailbox = given.left(1) + family;
        else
            mailbox = given + QLatin1Char('_') + family;
        static const char *const domains[] = {CompanyDomain,   CompanyDomain, CompanyDomain,
                                              CompanyDomain,   CompanyDomain, "lumen-studio.co.uk",
                                              "brightpath.io", "gmail.com",   "outlook.com"};
        domain = latin(rng.pick(domains));
        break;
    }
    case Origin::German: {
        const Name &g = rng.pick(GermanGiven);
        const Name &f = rng.pick(GermanFamily);
        p.name = utf8(g.native) + QLatin1Char(' ') + utf8(f.native);
        given = latin(g.latin);
        family = latin(f.latin);
        const int style = rng.below(10);
        if (style < 6)
            mailbox = given + QLatin1Char('.') + family;
        else if (style < 9)
            mailbox = given.left(1) + QLatin1Char('.') + family;
        else
            mailbox = family;
        static const char *const domains[] = {
            CompanyDomain,         CompanyDomain,   CompanyDomain, "northwind-analytics.de",
            "kranich-logistik.de", "hanse-data.de", "web.de",      "gmx.de"};
        domain = latin(rng.pick(domains));
        break;
    }
    case Origin::Chinese: {
        const Name &f = rng.pick(ChineseFamily);
        const Name &g = rng.pick(ChineseGiven);
        p.name = utf8(f.native) + utf8(g.native); // family name first, no space
        given = latin(g.latin);
        family = latin(f.latin);
        const int style = rng.below(10);
        if (style < 5) {
            mailbox = family + QLatin1Char('.') + given;
            static const char *const domains[] = {CompanyDomain, CompanyDomain, "northwind-analytics.cn",
                                                  "dongfang-cloud.cn"};
            domain = latin(rng.pick(domains));
        } else if (style < 7) {
            mailbox = given + family;
            domain = latin(CompanyDomain);
        } else if (style < 9) {
            mailbox = family + given + QString::number(rng.between(10, 99));
            domain = QStringLiteral("163.com");
        } else {
            mailbox = QString::number(rng.between(100000000, 3999999999LL));
            domain = QStringLiteral("qq.com");
        }
        break;
    }
    case Origin::Russian: {
        const RussianGiven &g = rng.pick(RussianGivenNames);
        const Name &f = rng.pick(RussianFamily);
        p.name = utf8(g.native) + QLatin1Char(' ') + utf8(f.native) + (g.female ? QStringLiteral("а") : QString());
        given = latin(g.latin);
        family = latin(f.latin) + (g.female ? QStringLiteral("a") : QString());
        const int style = rng.below(10);
        if (style < 5)
            mailbox = given + QLatin1Char('.') + family;
        else if (style < 8)
            mailbox = given.left(1) + QLatin1Char('.') + family;
        else
            mailbox = family + QLatin1Char('.') + given.left(1);
        static const char *const domains[] = {CompanyDomain,     CompanyDomain, CompanyDomain, "volga-it.ru",
                                              "sibirtelecom.ru", "yandex.ru",   "mail.ru"};
        domain = latin(rng.pick(domains));
        break;
    }
    }
    if (!unique.isEmpty())
        mailbox += QLatin1Char('.') + unique;
    p.email = mailbox + QLatin1Char('@') + domain;
    return p;
}

QString languageFor(Origin origin, Rng &rng)
{
    switch (origin) {
    case Origin::English:
        return rng.chance(95) ? QStringLiteral("en") : QStringLiteral("de");
    case Origin::German:
        return rng.chance(80) ? QStringLiteral("de") : QStringLiteral("en");
    case Origin::Chinese:
        return rng.chance(75) ? QStringLiteral("zh") : QStringLiteral("en");
    case Origin::Russian:
        return rng.chance(80) ? QStringLiteral("ru") : QStringLiteral("en");
    }
    return QStringLiteral("en");
}

QStringList authTypesFor(bool activated, Rng &rng)
{
    if (!activated)
        return {QStringLiteral("password")};
    const int r = rng.below(100);
    if (r < 70)
        return {QStringLiteral("password")};
    if (r < 80)
        return {QStringLiteral("password"), QStringLiteral("google-oauth2")};
    if (r < 88)
        return {QStringLiteral("sso")};
    if (r < 95)
        return {QStringLiteral("password"), QStringLiteral("github")};
    return {QStringLiteral("google-oauth2")};
}

// Status, invitation time and account flags for a planned status.
void applyPlan(DemoSeed::Member &m, Plan plan, const QDateTime &now, Rng &rng)
{
    switch (plan) {
    case Plan::Active:
        m.activated = true;
        m.isActive = true;
        m.invitationSentAt = now.addSecs(-rng.between(3 * Day, 900 * Day));
        break;
    case Plan::Pending:
        m.activated = false;
        m.isActive = true;
        m.invitationSentAt = now.addSecs(-rng.between(10 * Minute, 22 * Hour));
        break;
    case Plan::ExpiringSoon: // expires 5 to 55 minutes from now
        m.activated = false;
        m.isActive = true;
        m.invitationSentAt = now.addSecs(-(Day - rng.between(5 * Minute, 55 * Minute)));
        break;
    case Plan::Expired:
        m.activated = false;
        m.isActive = true;
        m.invitationSentAt = now.addSecs(-rng.between(Day + Hour, 60 * Day));
        break;
    case Plan::Deactivated:
        m.activated = rng.chance(85);
        m.isActive = false;
        m.invitationSentAt = now.addSecs(-rng.between(30 * Day, 900 * Day));
        break;
    }
    m.twoFa = m.activated && rng.chance(45);
    m.authTypes = authTypesFor(m.activated, rng);
}

DemoSeed::Token makeToken(const QDateTime &now, Rng &rng, bool expired)
{
    DemoSeed::Token t;
    t.name = latin(rng.pick(TokenNames));
    t.createdAt = now.addSecs(-rng.between(20 * Day, 400 * Day));
    if (expired)
        t.expiresAt = now.addSecs(-rng.between(Day, 15 * Day));
    else if (rng.chance(40))
        t.expiresAt = now.addSecs(rng.between(30 * Day, 365 * Day));
    // Most tokens are in use; an expired one was last used before it expired. From a generator
    // of its own, so that the members drawn after it stay as they were before tokens had a
    // last use.
    Rng use(quint64(t.createdAt.toSecsSinceEpoch()) * 0x9E3779B97F4A7C15ULL);
    const QDateTime usedBy = expired ? t.expiresAt : now;
    if (use.chance(80) && t.createdAt.secsTo(usedBy) > 60)
        t.lastUsedAt = usedBy.addSecs(-use.between(60, std::min<qint64>(t.createdAt.secsTo(usedBy), 30 * Day)));
    return t;
}

template <typename T>
void append(std::vector<T> &items, T value, int count)
{
    items.insert(items.end(), size_t(count), value);
}

} // namespace

QString DemoSeed::companyName()
{
    return QStringLiteral("Northwind Analytics");
}

QList<DemoSeed::Member> DemoSeed::members(const QDateTime &now)
{
    Rng rng(0x526F73746572ULL); // "Roster"

    // Who: 60 English, 50 German, 45 Chinese and 45 Russian speakers, the owner among the English.
    std::vector<Origin> origins;
    append(origins, Origin::English, 59);
    append(origins, Origin::German, 50);
    append(origins, Origin::Chinese, 45);
    append(origins, Origin::Russian, 45);
    rng.shuffle(origins);
    const int others = int(origins.size());

    // Status: ~61% active, 15% pending (7 of them expiring within the hour), 12% expired,
    // 12% deactivated.
    std::vector<Plan> plans;
    append(plans, Plan::Active, 121);
    append(plans, Plan::Pending, 23);
    append(plans, Plan::ExpiringSoon, 7);
    append(plans, Plan::Expired, 24);
    append(plans, Plan::Deactivated, others - 121 - 23 - 7 - 24);
    rng.shuffle(plans);

    std::vector<int> roles;
    append(roles, int(Role::Administrators), 7);
    append(roles, int(Role::Engineers), 45);
    append(roles, int(Role::PurgeAndPrefetchApiWeb), 14);
    append(roles, int(Role::PurgeAndPrefetchApi), 12);
    append(roles, int(Role::Users), others - 7 - 45 - 14 - 12);
    rng.shuffle(roles);

    // Unique names too: two "吴军" in one account would look like a duplicate in the demo.
    QSet<QString> emails;
    QSet<QString> names;
    for (const PlatformPerson &person : platformPeople()) {
        emails.insert(person.email);
        names.insert(person.name);
    }
    QList<Member> result;
    result.reserve(others + 1);

    Member owner;
    owner.email = QStringLiteral("emily.carter@") + latin(CompanyDomain);
    owner.name = QStringLiteral("Emily Carter");
    owner.lang = QStringLiteral("en");
    owner.phone = QStringLiteral("+1 415 555 0142");
    owner.roleId = Role::Administrators;
    owner.activated = true;
    owner.isActive = true;
    owner.twoFa = true;
    owner.authTypes = {QStringLiteral("password")};
    owner.invitationSentAt = now.addSecs(-1100 * Day);
    emails.insert(owner.email);
    names.insert(owner.name);
    result.append(owner);

    for (int i = 0; i < others; ++i) {
        Person person = makePerson(origins[size_t(i)], rng);
        while (emails.contains(person.email) || names.contains(person.name))
            person = makePerson(origins[size_t(i)], rng);
        emails.insert(person.email);
        names.insert(person.name);

        Member m;
        m.email = person.email;
        m.name = person.name;
        m.lang = languageFor(person.origin, rng);
        m.roleId = roles[size_t(i)];
        applyPlan(m, plans[size_t(i)], now, rng);
        // People invited by email alone have no name yet.
        if (!m.activated && rng.chance(30))
            m.name.clear();
        if (m.activated && rng.chance(40))
            m.phone = phoneFor(person.origin, rng);
        result.append(m);
    }

    // Permanent API tokens: a few active engineers and administrators, one purge-only robot
    // account, and one engineer whose only token has expired (so they can be removed).
    std::vector<int> candidates;
    for (int i = 1; i < result.size(); ++i) {
        const Member &m = result.at(i);
        if (m.activated && m.isActive && (m.roleId == Role::Engineers || m.roleId == Role::Administrators))
            candidates.push_back(i);
    }
    rng.shuffle(candidates);
    const size_t holders = std::min<size_t>(6, candidates.size());
    for (size_t k = 0; k < holders; ++k) {
        Member &m = result[candidates[k]];
        const bool onlyExpired = k == 0;
        const int count = onlyExpired ? 1 : 1 + rng.below(3);
        for (int t = 0; t < count; ++t)
            m.tokens.append(makeToken(now, rng, onlyExpired || (t == 1 && rng.chance(50))));
    }
    Member robot;
    robot.email = QStringLiteral("cdn-purge-bot@") + latin(CompanyDomain);
    robot.lang = QStringLiteral("en");
    robot.roleId = Role::PurgeAndPrefetchApi;
    applyPlan(robot, Plan::Active, now, rng);
    robot.twoFa = false;
    robot.authTypes = {QStringLiteral("password")};
    robot.tokens.append(makeToken(now, rng, false));
    robot.tokens.first().name = QStringLiteral("Cache purge bot");
    robot.tokens.first().expiresAt = QDateTime();
    result.append(robot);

    // Ids are handed out by the platform as people are invited: older invitations have
    // smaller ids, with gaps left by other accounts' users.
    std::stable_sort(result.begin() + 1, result.end(),
                     [](const Member &a, const Member &b) { return a.invitationSentAt < b.invitationSentAt; });
    qint64 id = 19449;
    for (Member &m : result) {
        m.id = id;
        id += 1 + rng.below(400);
    }
    return result;
}

DemoSeed::Member DemoSeed::generatedMember(int index, const QDateTime &now)
{
    Rng rng(0x47656E6572617465ULL ^ (quint64(index) * 0x9E3779B97F4A7C15ULL));
    const Origin origin = Origin(rng.below(4));
    const Person person = makePerson(origin, rng, QString::number(index));

    Member m;
    m.id = 1000000 + qint64(index);
    m.email = person.email;
    m.name = person.name;
    m.lang = languageFor(origin, rng);
    if (index == 0) {
        m.roleId = Role::Administrators;
        applyPlan(m, Plan::Active, now, rng);
        return m;
    }
    const int r = rng.below(100);
    m.roleId = r < 5 ? Role::Administrators
        : r < 60     ? Role::Users
        : r < 85     ? Role::Engineers
        : r < 93     ? Role::PurgeAndPrefetchApiWeb
                     : Role::PurgeAndPrefetchApi;
    const int s = rng.below(100);
    const Plan plan = s < 60 ? Plan::Active
        : s < 72             ? Plan::Pending
        : s < 75             ? Plan::ExpiringSoon
        : s < 88             ? Plan::Expired
                             : Plan::Deactivated;
    applyPlan(m, plan, now, rng);
    if (!m.activated && rng.chance(20))
        m.name.clear();
    if (m.activated && rng.chance(30))
        m.phone = phoneFor(origin, rng);
    if (index % 997 == 13)
        m.tokens.append(makeToken(now, rng, false));
    return m;
}

QList<DemoSeed::Account> DemoSeed::linkedAccounts()
{
    return {
        {LabsClientId, QStringLiteral("Northwind Labs GmbH")},
        {AsiaClientId, QStringLiteral("Northwind Asia Pacific")},
    };
}

QString DemoSeed::companyName(qint64 clientId)
{
    if (clientId == ClientId)
        return companyName();
    for (const Account &account : linkedAccounts()) {
        if (account.clientId == clientId)
            return account.companyName;
    }
    return QString();
}

QList<DemoSeed::Member> DemoSeed::linkedMembers(qint64 clientId, const QDateTime &now)
{
    const bool labs = clientId == LabsClientId;
    if (!labs && clientId != AsiaClientId)
        return {};
    const QList<Member> main = members(now);
    QList<Member> result{main.first()};
    // Active members without tokens and not administrators, so removing them anywhere is
    // allowed: the first two are in all three accounts, the next ones in one linked account each.
    QList<int> shared;
    for (int i = 1; i < main.size(); ++i) {
        const Member &m = main.at(i);
        if (m.activated && m.isActive && m.tokens.isEmpty() && m.roleId != Role::Administrators && !m.name.isEmpty())
            shared.append(i);
    }
    const QList<int> picks = labs ? QList<int>{0, 1, 2, 4, 6, 8, 10} : QList<int>{0, 1, 3, 5, 7};
    for (int pick : picks) {
        if (pick >= shared.size())
            continue;
        Member m = main.at(shared.at(pick));
        m.roleId = labs ? (pick % 4 == 0 ? int(Role::Engineers) : m.roleId) : int(Role::Users);
        m.tokens.clear();
        result.append(m);
    }
    // One shared member issued a permanent token in the Labs account: a removal there is blocked.
    if (labs && result.size() > 2)
        result[2].tokens.append({QStringLiteral("Labs CI runner"), now.addDays(-90), QDateTime(), now.addDays(-2)});

    Rng rng(labs ? 0x4C616273ULL : 0x41736961ULL);
    const Origin origin = labs ? Origin::German : Origin::Chinese;
    const int own = labs ? 7 : 6;
    QSet<QString> emails;
    for (const Member &m : main)
        emails.insert(m.email);
    qint64 id = labs ? 250017 : 260311;
    for (int i = 0; i < own; ++i) {
        Person person = makePerson(origin, rng);
        while (emails.contains(person.email))
            person = makePerson(origin, rng);
        emails.insert(person.email);
        Member m;
        m.id = id;
        id += 1 + rng.below(90);
        m.email = person.email;
        m.name = person.name;
        m.lang = languageFor(origin, rng);
        m.roleId = i == 0 ? int(Role::Administrators) : i % 3 == 0 ? int(Role::Users) : int(Role::Engineers);
        applyPlan(m, i == own - 1 ? Plan::Pending : Plan::Active, now, rng);
        result.append(m);
    }
    return result;
}

QList<DemoSeed::PlatformPerson> DemoSeed::platformPeople()
{
    return {
        {QStringLiteral("thomas.wright@lumen-studio.co.uk"), QStringLiteral("Thomas Wright"), true},
        {QStringLiteral("katrin.vogel@hanse-data.de"), QString::fromUtf8("Katrin Vogel"), true},
        {QStringLiteral("jens.kroeger@kranich-logistik.de"), QString::fromUtf8("Jens Kröger"), true},
        {QStringLiteral("li.na@dongfang-cloud.cn"), QString::fromUtf8("李娜"), true},
        {QStringLiteral("p.orlov@sibirtelecom.ru"), QString::fromUtf8("Павел Орлов"), true},
        {QStringLiteral("billing@reseller-partner.net"), QStringLiteral("Reseller Partner Billing"), false},
    };
}

QList<DemoSeed::FormerToken> DemoSeed::formerTokens(const QDateTime &now)
{
    const auto token = [&now](const char *name, int createdDaysAgo, int expiredDaysAgo, int lastUsedDaysAgo) {
        Token t;
        t.name = latin(name);
        t.createdAt = now.addDays(-createdDaysAgo);
        t.expiresAt = now.addDays(-expiredDaysAgo);
        if (lastUsedDaysAgo > 0)
            t.lastUsedAt = now.addDays(-lastUsedDaysAgo);
        return t;
    };
    const QString domain = latin(CompanyDomain);
    return {
        {18807, QStringLiteral("marcus.feld@") + domain, QStringLiteral("Marcus Feld"),
         token("Jenkins deploy", 410, 45, 46)},
        {18807, QStringLiteral("marcus.feld@") + domain, QStringLiteral("Marcus Feld"),
         token("Origin health check", 380, 45, 0)},
        {19012, QStringLiteral("o.smirnova@") + domain, QString::fromUtf8("Ольга Смирнова"),
         token("Zabbix exporter", 300, 12, 13)},
    };
}

QList<CloudAssignment> DemoSeed::cloudAssignments(const QList<Member> &members)
{
    QList<CloudAssignment> roles;
    if (members.isEmpty())
        return roles;
    roles.append({CloudRole::clientAdministrator(), members.first().id, ClientId, 0});
    int engineers = 0;
    for (const Member &m : members) {
        if (!m.activated || !m.isActive || m.roleId != Role::Engineers)
            continue;
        ++engineers;
        if (engineers % 4 == 1)
            roles.append({CloudRole::projectAdministrator(), m.id, 0, 4102});
        if (engineers % 4 == 1 || engineers % 4 == 2)
            roles.append({CloudRole::user(), m.id, 0, 4103});
        if (engineers % 6 == 3)
            roles.append({CloudRole::observer(), m.id, 0, 4104});
    }
    return roles;
}

QList<Project> DemoSeed::projects()
{
    return {
        {4101, QStringLiteral("Default"), true},
        {4102, QStringLiteral("Production"), false},
        {4103, QStringLiteral("Staging"), false},
        {4104, QStringLiteral("Analytics"), false},
        {4105, QStringLiteral("Machine learning"), false},
    };
}
