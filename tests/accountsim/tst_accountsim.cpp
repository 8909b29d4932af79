#include "SimulatorFixture.h"
#include "TestMain.h"

#include "demo/DemoSeed.h"
#include "domain/Role.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// What came back for one request.
struct Answer
{
    bool finished = false;
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray retryAfter;
    QByteArray contentType;

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    bool isJson() const
    {
        QJsonParseError e;
        QJsonDocument::fromJson(body, &e);
        return e.error == QJsonParseError::NoError;
    }
};

QByteArray apiKey(const QString &token = AccountSimulator::defaultToken())
{
    return QByteArrayLiteral("APIKey ") + token.toLatin1();
}

QByteArray bearer(const QString &token)
{
    return QByteArrayLiteral("Bearer ") + token.toLatin1();
}

QByteArray toBody(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestAccountSim : public QObject, private SimulatorFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void faultSpecs_data();
    void faultSpecs();

    void apiTokenAuth();
    void rejectedCredentials_data();
    void rejectedCredentials();
    void loginAndSingleUseRefresh();
    void accessTokenExpires();
    void oneTimePassword();
    void switchAccount();
    void linkedAccounts();

    void listPaging();
    void listShapes_data();
    void listShapes();
    void oneUser();
    void invite();
    void inviteErrors();
    void dailyInviteLimit();
    void patchUser();
    void roles();
    void removeUser();
    void renewInvitation();
    void tokens();
    void unknownPathAndMethod();
    void malformedRequestBody();

    void faultStatusRetryAfterTimes();
    void faultLatency();
    void faultClose();
    void faultStall();
    void faultBodies_data();
    void faultBodies();
    void faultMethodFilter();
    void controlEndpoint();

    void executable();

private:
    Answer call(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = QByteArray(),
                const QByteArray &authorization = apiKey(), int transferTimeoutMs = 0);
    QJsonObject login(const QString &email, const QString &password, const QString &otp = QString(),
                      int *status = nullptr);

    QTemporaryDir m_dir; // for the executable's own demo file
    QNetworkAccessManager m_nam;
};

Answer TestAccountSim::call(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                            const QByteArray &authorization, int transferTimeoutMs)
{
    QUrl url = m_sim->baseUrl();
    const qsizetype q = pathAndQuery.indexOf(QLatin1Char('?'));
    url.setPath(q < 0 ? pathAndQuery : pathAndQuery.left(q));
    if (q >= 0)
        url.setQuery(pathAndQuery.mid(q + 1));
    QNetworkRequest request(url);
    request.setTransferTimeout(transferTimeoutMs > 0 ? transferTimeoutMs : 15000);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!authorization.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), authorization);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Answer answer;
    if (finished.count() == 0)
        finished.wait(20000);
    answer.finished = reply->isFinished();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.error = reply->error();
    if (reply->isOpen())
        answer.body = reply->readAll();
    answer.retryAfter = reply->rawHeader(QByteArrayLiteral("Retry-After"));
    answer.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    reply->deleteLater();
    return answer;
}

QJsonObject TestAccountSim::login(const QString &email, const QString &password, const QString &otp, int *status)
{
    QJsonObject body{{QStringLiteral("username"), email}, {QStringLiteral("password"), password}};
    if (!otp.isEmpty())
        body.insert(QStringLiteral("one_time_password"), otp);
    const Answer a = call("POST", QStringLiteral("/iam/auth/jwt/login"), toBody(body), QByteArray());
    if (status)
        *status = a.status;
    return a.object();
}

void TestAccountSim::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const Result<Done> started = startSimulator();
    QVERIFY2(started.ok(), qPrintable(started.error().message));
    QCOMPARE(m_ownerId, m_sim->account().me().value().currentUserId);
}

void TestAccountSim::init()
{
    m_sim->clearFaults();
    m_sim->account().setClock(nullptr);
    const Result<Done> reset = m_sim->reset();
    QVERIFY2(reset.ok(), qPrintable(reset.error().message));
}

void TestAccountSim::cleanupTestCase()
{
    m_sim.reset();
}

void TestAccountSim::faultSpecs_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("valid");
    QTest::newRow("status") << QStringLiteral("/iam/users:status=503,retry-after=2,times=1") << true;
    QTest::newRow("all latency") << QStringLiteral("*:latency=50") << true;
    QTest::newRow("list") << QStringLiteral("/iam/users:list=result") << true;
    QTest::newRow("action") << QStringLiteral("/iam/users/{id}:action=stall,method=get") << true;
    QTest::newRow("after") << QStringLiteral("/iam/users:status=503,after=2") << true;
    QTest::newRow("count-inflated") << QStringLiteral("/iam/users:count-inflated") << true;
    QTest::newRow("count-inflated=N") << QStringLiteral("/iam/users:count-inflated=9007199254740991") << true;
    QTest::newRow("inflated and empty") << QStringLiteral("/iam/users:count-inflated,empty-pages") << true;
    QTest::newRow("ignore-offset") << QStringLiteral("/iam/users:ignore-offset") << true;
    QTest::newRow("endless") << QStringLiteral("/iam/users:endless") << true;
    QTest::newRow("endless repeat array") << QStringLiteral("/iam/users:endless=repeat,list=array") << true;
    QTest::newRow("bad-records") << QStringLiteral("/iam/users:bad-records") << true;
    QTest::newRow("trickle") << QStringLiteral("/iam/users:trickle") << true;
    QTest::newRow("trickle=ms") << QStringLiteral("/iam/users:trickle=5,after=1") << true;
    QTest::newRow("oversized chunked") << QStringLiteral("/iam/users:oversized,chunked") << true;
    QTest::newRow("gzip-bomb=MiB") << QStringLiteral("*:gzip-bomb=12") << true;
    QTest::newRow("no route") << QStringLiteral("status=503") << false;
    QTest::newRow("negative after") << QStringLiteral("*:after=-1") << false;
    QTest::newRow("zero count") << QStringLiteral("*:count-inflated=0") << false;
    QTest::newRow("valued flag") << QStringLiteral("*:empty-pages=yes") << false;
    QTest::newRow("bad endless") << QStringLiteral("*:endless=forever") << false;
    QTest::newRow("zero trickle") << QStringLiteral("*:trickle=0") << false;
    QTest::newRow("bad size") << QStringLiteral("*:oversized=big") << false;
    QTest::newRow("no options") << QStringLiteral("/iam/users:") << false;
    QTest::newRow("bad status") << QStringLiteral("*:status=42") << false;
    QTest::newRow("bad shape") << QStringLiteral("*:list=items") << false;
    QTest::newRow("unknown") << QStringLiteral("*:explode") << false;
    QTest::newRow("valued action") << QStringLiteral("*:close=1") << false;
}

void TestAccountSim::faultSpecs()
{
    QFETCH(QString, spec);
    QFETCH(bool, valid);
    QString problem;
    const std::optional<SimulatorFault> fault = SimulatorFault::fromSpec(spec, &problem);
    QCOMPARE(fault.has_value(), valid);
    QCOMPARE(problem.isEmpty(), valid);
    if (fault) {
        const std::optional<SimulatorFault> again = SimulatorFault::fromJson(fault->toJson(), &problem);
        QVERIFY2(again, qPrintable(problem));
        QCOMPARE(again->toJson(), fault->toJson());
    }
}

void TestAccountSim::apiTokenAuth()
{
    const Answer a = call("GET", QStringLiteral("/iam/clients/me"));
    QCOMPARE(a.status, 200);
    const QJsonObject me = a.object();
    QCOMPARE(me.value(QStringLiteral("id")).toInteger(), m_clientId);
    QCOMPARE(me.value(QStringLiteral("currentUser")).toInteger(), m_ownerId);
    QCOMPARE(me.value(QStringLiteral("companyName")).toString(), DemoSeed::companyName());
    QVERIFY(me.value(QStringLiteral("users")).toArray().size() > 100);
}

void TestAccountSim::rejectedCredentials_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("none") << QByteArray();
    QTest::newRow("api key as bearer") << bearer(AccountSimulator::defaultToken());
    QTest::newRow("unknown api key") << apiKey(QStringLiteral("42_nope"));
    QTest::newRow("unknown access") << bearer(QStringLiteral("nope"));
    QTest::newRow("no scheme") << AccountSimulator::defaultToken().toLatin1();
}

void TestAccountSim::rejectedCredentials()
{
    QFETCH(QByteArray, authorization);
    const Answer a = call("GET", QStringLiteral("/iam/users?limit=5&offset=0"), QByteArray(), authorization);
    QCOMPARE(a.status, 401);
    QVERIFY(!a.object().value(QStringLiteral("message")).toString().isEmpty());
}

void TestAccountSim::loginAndSingleUseRefresh()
{
    m_sim->addLogin(m_ownerEmail, QStringLiteral("s3cret"));
    int status = 0;
    const QJsonObject wrong = login(m_ownerEmail, QStringLiteral("guess"), QString(), &status);
    QCOMPARE(status, 400);
    QCOMPARE(wrong.value(QStringLiteral("errors")).toObject().value(QStringLiteral("errors")).toArray().at(0).toString(),
             QStringLiteral("No active account found with the given credentials."));

    const QJsonObject pair = login(m_ownerEmail.toUpper(), QStringLiteral("s3cret"), QString(), &status);
    QCOMPARE(status, 200);
    const QString access = pair.value(QStringLiteral("access")).toString();
    const QString refresh = pair.value(QStringLiteral("refresh")).toString();
    QVERIFY(!access.isEmpty());
    QVERIFY(!refresh.isEmpty());
    QCOMPARE(call("GET", QStringLiteral("/iam/clients/me"), QByteArray(), bearer(access)).status, 200);
    QCOMPARE(call("GET", QStringLiteral("/iam/clients/me"), QByteArray(), apiKey(access)).status, 401);

    const QByteArray refreshBody = toBody({{QStringLiteral("refresh"), refresh}});
    const Answer renewed = call("POST", QStringLiteral("/iam/auth/jwt/refresh"), refreshBody, QByteArray());
    QCOMPARE(renewed.status, 200);
    const QString access2 = renewed.object().value(QStringLiteral("access")).toString();
    QVERIFY(!access2.isEmpty());
    QVERIFY(access2 != access);
    QVERIFY(renewed.object().value(QStringLiteral("refresh")).toString() != refresh);
    QCOMPARE(call("GET", QStringLiteral("/iam/clients/me"), QByteArray(), bearer(access2)).status, 200);

    const Answer reused = call("POST", QStringLiteral("/iam/auth/jwt/refresh"), refreshBody, QByteArray());
    QCOMPARE(reused.status, 401);

    const Answer missing = call("POST", QStringLiteral("/iam/auth/jwt/refresh"), toBody({}), QByteArray());
    QCOMPARE(missing.status, 400);
    QVERIFY(missing.object().value(QStringLiteral("errors")).toObject().contains(QStringLiteral("refresh")));
}

void TestAccountSim::accessTokenExpires()
{
    m_sim->addLogin(m_ownerEmail, QStringLiteral("s3cret"));
    m_sim->setAccessLifetimeSecs(60);
    const QJsonObject pair = login(m_ownerEmail, QStringLiteral("s3cret"));
    m_sim->setAccessLifetimeSecs(3600);
    const QString access = pair.value(QStringLiteral("access")).toString();
    QCOMPARE(call("GET", QStringLiteral("/iam/clients/me"), QByteArray(), bearer(access)).status, 200);
    m_sim->account().setClock([] { return QDateTime::currentDateTimeUtc().addSecs(120); });
    QCOMPARE(call("GET", QStringLiteral("/iam/clients/me"), QByteArray(), bearer(access)).status, 401);
    // The refresh token outlives the access token.
    const Answer renewed = call("POST", QStringLiteral("/iam/auth/jwt/refresh"),
                                toBody({{QStringLiteral("refresh"), pair.value(QStringLiteral("refresh"))}}), QByteArray());
    QCOMPARE(renewed.status, 200);
    m_sim->account().setClock([] { return QDateTime::currentDateTimeUtc().addSecs(3 * 24 * 3600); });
    const Answer stale = call("POST", QStringLiteral("/iam/auth/jwt/refresh"),
                              toBody({{QStringLiteral("refresh"), renewed.object().value(QStringLiteral("refresh"))}}),
                              QByteArray());
    QCOMPARE(stale.status, 401);
}

void TestAccountSim::oneTimePassword()
{
    m_sim->addLogin(m_ownerEmail, QStringLiteral("s3cret"), QStringLiteral("123456"));
    int status = 0;
    const auto nested = [](const QJsonObject &o) {
        return o.value(QStringLiteral("errors")).toObject().value(QStringLiteral("errors")).toArray().at(0).toString();
    };
    QJsonObject o = login(m_ownerEmail, QStringLiteral("s3cret"), QString(), &status);
    QCOMPARE(status, 400);
    QCOMPARE(nested(o), QStringLiteral("One-time password is required."));
    o = login(m_ownerEmail, QStringLiteral("s3cret"), QStringLiteral("654321"), &status);
    QCOMPARE(status, 400);
    QCOMPARE(nested(o), QStringLiteral("Invalid one-time password."));
    o = login(m_ownerEmail, QStringLiteral("s3cret"), QStringLiteral("123456"), &status);
    QCOMPARE(status, 200);
    QVERIFY(o.contains(QStringLiteral("access")));
}

void TestAccountSim::switchAccount()
{
    const Answer a = call("GET", QStringLiteral("/iam/auth/jwt/clients/%1/login").arg(m_clientId));
    QCOMPARE(a.status, 200);
    const QString access = a.object().value(QStringLiteral("access")).toString();
    QVERIFY(!access.isEmpty());
    QCOMPARE(call("GET", QStringLiteral("/iam/clients/me"), QByteArray(), bearer(access)).status, 200);
    QCOMPARE(call("GET", QStringLiteral("/iam/auth/jwt/clients/%1/login").arg(m_clientId + 1)).status, 403);
}

// The owner belongs to the main account and its two linked accounts; so do two members. A switch
// acts in the other account; a removal there leaves the person's other accounts alone, and every
// listing's client_and_roles say where they still are.
void TestAccountSim::linkedAccounts()
{
    const auto clientsOf = [](const QJsonObject &user) {
        QList<qint64> ids;
        for (const QJsonValue &entry : user.value(QStringLiteral("client_and_roles")).toArray())
            ids.append(entry.toObject().value(QStringLiteral("client_id")).toInteger());
        return ids;
    };
    const auto usersOf = [this](const QByteArray &authorization) {
        QHash<QString, QJsonObject> byEmail;
        for (const QJsonValue &user : call("GET", QStringLiteral("/iam/users"), QByteArray(), authorization).array())
            byEmail.insert(user.toObject().value(QStringLiteral("email")).toString(), user.toObject());
        return byEmail;
    };
    m_sim->addLogin(m_ownerEmail, QStringLiteral("s3cret"));
    const QString access = login(m_ownerEmail, QStringLiteral("s3cret")).value(QStringLiteral("access")).toString();
    const QHash<QString, QJsonObject> main = usersOf(bearer(access));
    const QList<qint64> all{m_clientId, DemoSeed::LabsClientId, DemoSeed::AsiaClientId};
    QCOMPARE(clientsOf(main.value(m_ownerEmail)), all);
    QString shared; // a member in all three accounts, with no token in the Labs account
    DemoAccount *labsAccount = m_sim->platform().account(DemoSeed::LabsClientId);
    for (const QJsonObject &user : main) {
        const QString email = user.value(QStringLiteral("email")).toString();
        if (email == m_ownerEmail || clientsOf(user) != all)
            continue;
        const qint64 idThere = labsAccount->memberships({email}).value().value(email).userId;
        if (labsAccount->tokens(DemoSeed::LabsClientId, idThere).value().isEmpty())
            shared = email;
    }
    QVERIFY(!shared.isEmpty());

    const Answer switched =
        call("GET", QStringLiteral("/iam/auth/jwt/clients/%1/login").arg(DemoSeed::LabsClientId), QByteArray(), bearer(access));
    QCOMPARE(switched.status, 200);
    const QByteArray labs = bearer(switched.object().value(QStringLiteral("access")).toString());
    const QJsonObject me = call("GET", QStringLiteral("/iam/clients/me"), QByteArray(), labs).object();
    QCOMPARE(me.value(QStringLiteral("id")).toInteger(), DemoSeed::LabsClientId);
    QCOMPARE(me.value(QStringLiteral("companyName")).toString(), DemoSeed::companyName(DemoSeed::LabsClientId));
    const QHash<QString, QJsonObject> inLabs = usersOf(labs);
    QVERIFY(inLabs.size() < main.size());
    QVERIFY(inLabs.contains(shared));
    const qint64 sharedId = inLabs.value(shared).value(QStringLiteral("id")).toInteger();
    QCOMPARE(call("DELETE", QStringLiteral("/iam/clients/%1/client-users/%2").arg(DemoSeed::LabsClientId).arg(sharedId),
                  QByteArray(), labs)
                 .status,
             200);
    // In the wrong account, the path's client is refused.
    QCOMPARE(call("DELETE", QStringLiteral("/iam/clients/%1/client-users/%2").arg(m_clientId).arg(sharedId),
                  QByteArray(), labs)
                 .status,
             403);
    QVERIFY(!usersOf(labs).contains(shared));
    QCOMPARE(clientsOf(usersOf(bearer(access)).value(shared)), (QList<qint64>{m_clientId, DemoSeed::AsiaClientId}));

    // Someone of the main account alone cannot switch into the linked ones.
    QString alone;
    for (const QJsonObject &user : main) {
        if (clientsOf(user).size() == 1 && user.value(QStringLiteral("is_active")).toBool()
            && user.value(QStringLiteral("activated")).toBool())
            alone = user.value(QStringLiteral("email")).toString();
    }
    QVERIFY(!alone.isEmpty());
    m_sim->addLogin(alone, QStringLiteral("pw"));
    const QString theirs = login(alone, QStringLiteral("pw")).value(QStringLiteral("access")).toString();
    QVERIFY(!theirs.isEmpty());
    QCOMPARE(call("GET", QStringLiteral("/iam/auth/jwt/clients/%1/login").arg(DemoSeed::AsiaClientId), QByteArray(),
                  bearer(theirs))
                 .status,
             403);
}

void TestAccountSim::listPaging()
{
    const int total = int(m_sim->account().listUsers(0, 0).value().count);
    Answer a = call("GET", QStringLiteral("/iam/users?limit=10&offset=0"));
    QCOMPARE(a.status, 200);
    QJsonObject page = a.object();
    QCOMPARE(page.value(QStringLiteral("count")).toInt(), total);
    QCOMPARE(page.value(QStringLiteral("results")).toArray().size(), 10);
    QVERIFY(page.value(QStringLiteral("previous")).isNull());
    const QUrl next(page.value(QStringLiteral("next")).toString());
    QCOMPARE(next.path(), QStringLiteral("/iam/users"));
    QCOMPARE(QUrlQuery(next).queryItemValue(QStringLiteral("offset")), QStringLiteral("10"));
    const QJsonObject first = page.value(QStringLiteral("results")).toArray().at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("id")).toInteger(), m_ownerId);
    QVERIFY(first.contains(QStringLiteral("client_and_roles")));

    a = call("GET", QStringLiteral("/iam/users?limit=10&offset=10"));
    page = a.object();
    QVERIFY(!page.value(QStringLiteral("previous")).isNull());
    QVERIFY(page.value(QStringLiteral("results")).toArray().at(0).toObject().value(QStringLiteral("id")).toInteger()
            > first.value(QStringLiteral("id")).toInteger());

    a = call("GET", QStringLiteral("/iam/users?limit=10&offset=%1").arg(total - 3));
    page = a.object();
    QCOMPARE(page.value(QStringLiteral("results")).toArray().size(), 3);
    QVERIFY(page.value(QStringLiteral("next")).isNull());

    a = call("GET", QStringLiteral("/iam/users"));
    QCOMPARE(a.status, 200);
    QCOMPARE(a.array().size(), total);
}

void TestAccountSim::listShapes_data()
{
    QTest::addColumn<QString>("shape");
    QTest::newRow("results") << QStringLiteral("results");
    QTest::newRow("result") << QStringLiteral("result");
    QTest::newRow("array") << QStringLiteral("array");
}

void TestAccountSim::listShapes()
{
    QFETCH(QString, shape);
    setFault(QStringLiteral("/iam/users:list=") + shape);
    const Answer a = call("GET", QStringLiteral("/iam/users?limit=7&offset=0"));
    QCOMPARE(a.status, 200);
    const QJsonDocument doc = QJsonDocument::fromJson(a.body);
    if (shape == QLatin1String("array")) {
        QVERIFY(doc.isArray());
        QCOMPARE(doc.array().size(), 7);
    } else {
        QCOMPARE(doc.object().value(shape).toArray().size(), 7);
        QVERIFY(doc.object().contains(QStringLiteral("count")));
    }
    // Only the list route is affected.
    QCOMPARE(call("GET", QStringLiteral("/iam/users/%1").arg(m_ownerId)).status, 200);

    // The API tokens list takes the same shapes (a bare array without a fault).
    const QString tokensPath = QStringLiteral("/iam/v2/clients/%1/tokens").arg(m_clientId);
    const qsizetype tokenCount = call("GET", tokensPath).array().size();
    QVERIFY(tokenCount > 0);
    setFault(QStringLiteral("/iam/v2/clients/{c}/tokens:list=") + shape);
    const QJsonDocument tokens = QJsonDocument::fromJson(call("GET", tokensPath).body);
    if (shape == QLatin1String("array")) {
        QCOMPARE(tokens.array().size(), tokenCount);
    } else {
        QCOMPARE(tokens.object().value(shape).toArray().size(), tokenCount);
        QCOMPARE(tokens.object().value(QStringLiteral("count")).toInteger(), tokenCount);
    }
}

void TestAccountSim::oneUser()
{
    Answer a = call("GET", QStringLiteral("/iam/users/%1").arg(m_ownerId));
    QCOMPARE(a.status, 200);
    QCOMPARE(a.object().value(QStringLiteral("email")).toString(), m_ownerEmail);
    QCOMPARE(a.object().value(QStringLiteral("client")).toInteger(), m_clientId);

    a = call("GET", QStringLiteral("/iam/users/999999999"));
    QCOMPARE(a.status, 404);
    QCOMPARE(a.body, QByteArrayLiteral("\"User not found.\""));
    QCOMPARE(call("GET", QStringLiteral("/iam/users/abc")).status, 404);
}

void TestAccountSim::invite()
{
    const QJsonObject body{{QStringLiteral("client_id"), m_clientId},
                           {QStringLiteral("email"), QStringLiteral("new.person@example.com")},
                           {QStringLiteral("user_role"), QJsonObject{{QStringLiteral("id"), 2}, {QStringLiteral("name"), QStringLiteral("Users")}}},
                           {QStringLiteral("name"), QStringLiteral("New Person")},
                           {QStringLiteral("lang"), QStringLiteral("de")}};
    Answer a = call("POST", QStringLiteral("/iam/clients/invite_user"), toBody(body));
    QCOMPARE(a.status, 200);
    QCOMPARE(a.object().value(QStringLiteral("status")).toString(), QStringLiteral("sent"));
    const qint64 id = a.object().value(QStringLiteral("user_id")).toInteger();
    QVERIFY(id > 0);
    a = call("GET", QStringLiteral("/iam/users/%1").arg(id));
    QCOMPARE(a.object().value(QStringLiteral("activated")).toBool(), false);
    QCOMPARE(a.object().value(QStringLiteral("lang")).toString(), QStringLiteral("de"));

    // The same email again: a bare array of strings.
    a = call("POST", QStringLiteral("/iam/clients/invite_user"), toBody(body));
    QCOMPARE(a.status, 400);
    QVERIFY(a.array().at(0).toString().contains(QLatin1String("has already been invited")));
}

void TestAccountSim::inviteErrors()
{
    const QJsonObject role{{QStringLiteral("id"), 2}, {QStringLiteral("name"), QStringLiteral("Users")}};
    Answer a = call("POST", QStringLiteral("/iam/clients/invite_user"),
                    toBody({{QStringLiteral("client_id"), m_clientId}, {QStringLiteral("user_role"), role}}));
    QCOMPARE(a.status, 400);
    QCOMPARE(a.object().value(QStringLiteral("errors")).toObject().value(QStringLiteral("email")).toArray().at(0).toString(),
             QStringLiteral("This field is required"));

    QString refused;
    for (const DemoSeed::PlatformPerson &p : DemoSeed::platformPeople()) {
        if (!p.canJoin)
            refused = p.email;
    }
    QVERIFY(!refused.isEmpty());
    a = call("POST", QStringLiteral("/iam/clients/invite_user"),
             toBody({{QStringLiteral("client_id"), m_clientId}, {QStringLiteral("email"), refused}, {QStringLiteral("user_role"), role}}));
    QCOMPARE(a.status, 400);
    QCOMPARE(a.array(), QJsonArray{QStringLiteral("This user cannot be added to this client.")});

    // Not an administrator: 403 {"message"}.
    const qint64 plainUser = findUser([](const User &u) { return u.activated && u.isActive && u.roleId() == Role::Users; });
    QVERIFY(plainUser > 0);
    const QString token = QStringLiteral("42_plainUserToken");
    m_sim->addApiToken(token, plainUser);
    a = call("POST", QStringLiteral("/iam/clients/invite_user"),
             toBody({{QStringLiteral("client_id"), m_clientId},
                     {QStringLiteral("email"), QStringLiteral("x@example.com")},
                     {QStringLiteral("user_role"), role}}),
             apiKey(token));
    QCOMPARE(a.status, 403);
    QCOMPARE(a.object().value(QStringLiteral("message")).toString(),
             QStringLiteral("You do not have permission to perform this action."));
}

void TestAccountSim::dailyInviteLimit()
{
    const QJsonObject role{{QStringLiteral("id"), 2}, {QStringLiteral("name"), QStringLiteral("Users")}};
    const auto inviteNumber = [&](int n) {
        return call("POST", QStringLiteral("/iam/clients/invite_user"),
                    toBody({{QStringLiteral("client_id"), m_clientId},
                            {QStringLiteral("email"), QStringLiteral("limit%1@example.com").arg(n)},
                            {QStringLiteral("user_role"), role}}));
    };
    for (int n = 0; n < DemoAccount::DefaultDailyInviteLimit; ++n)
        QCOMPARE(inviteNumber(n).status, 200);
    const Answer a = inviteNumber(99);
    QCOMPARE(a.status, 429);
    QVERIFY(a.retryAfter.toInt() > 0);
    QVERIFY(!a.object().value(QStringLiteral("message")).toString().isEmpty());
}

void TestAccountSim::patchUser()
{
    Answer a = call("PATCH", QStringLiteral("/iam/users/%1").arg(m_ownerId),
                    toBody({{QStringLiteral("name"), QStringLiteral("Emily C.")}, {QStringLiteral("lang"), QStringLiteral("de")}}));
    QCOMPARE(a.status, 200);
    QCOMPARE(a.object().value(QStringLiteral("name")).toString(), QStringLiteral("Emily C."));
    QCOMPARE(a.object().value(QStringLiteral("lang")).toString(), QStringLiteral("de"));

    // PATCH field errors are single strings.
    a = call("PATCH", QStringLiteral("/iam/users/%1").arg(m_ownerId), toBody({{QStringLiteral("lang"), QStringLiteral("xx")}}));
    QCOMPARE(a.status, 400);
    QVERIFY(a.object().value(QStringLiteral("errors")).toObject().value(QStringLiteral("lang")).isString());
    a = call("PATCH", QStringLiteral("/iam/users/%1").arg(m_ownerId), toBody({{QStringLiteral("name"), 5}}));
    QCOMPARE(a.status, 400);
    QVERIFY(a.object().value(QStringLiteral("errors")).toObject().value(QStringLiteral("name")).isString());

    a = call("PATCH", QStringLiteral("/iam/users/999999999"), toBody({{QStringLiteral("name"), QStringLiteral("X")}}));
    QCOMPARE(a.status, 404);
}

void TestAccountSim::roles()
{
    const qint64 user = findUser([](const User &u) { return u.activated && u.isActive && u.roleId() == Role::Users; });
    const QString path = QStringLiteral("/iam/clients/%1/client-users/%2").arg(m_clientId).arg(user);
    Answer a = call("GET", path);
    QCOMPARE(a.status, 200);
    QCOMPARE(a.object().value(QStringLiteral("user_role")).toObject().value(QStringLiteral("id")).toInt(), 2);
    QCOMPARE(a.object().value(QStringLiteral("user_role")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Users"));

    a = call("PUT", path,
             toBody({{QStringLiteral("user_role"), QJsonObject{{QStringLiteral("id"), 5}, {QStringLiteral("name"), QStringLiteral("Engineers")}}}}));
    QCOMPARE(a.status, 204);
    QVERIFY(a.body.isEmpty());
    QCOMPARE(call("GET", path).object().value(QStringLiteral("user_role")).toObject().value(QStringLiteral("id")).toInt(), 5);

    a = call("PUT", path, toBody({{QStringLiteral("user_role"), QJsonObject{{QStringLiteral("id"), 999}}}}));
    QCOMPARE(a.status, 400);
    QVERIFY(a.object().value(QStringLiteral("errors")).toObject().value(QStringLiteral("user_role")).toArray().at(0).toString()
                .startsWith(QLatin1String("Invalid role")));

    a = call("GET", QStringLiteral("/iam/clients/%1/client-users/999999999").arg(m_clientId));
    QCOMPARE(a.status, 404);
    QVERIFY(a.object().contains(QStringLiteral("message")));
    QCOMPARE(call("GET", QStringLiteral("/iam/clients/%1/client-users/%2").arg(m_clientId + 1).arg(user)).status, 403);
}

void TestAccountSim::removeUser()
{
    // Someone with a token that still works cannot be removed.
    const Result<UserPage> all = m_sim->account().listUsers(0, 0);
    qint64 withToken = 0;
    for (const User &u : all.value().users) {
        if (u.id == m_ownerId)
            continue;
        const Result<QList<ApiToken>> tokens = m_sim->account().tokens(m_clientId, u.id);
        for (const ApiToken &t : tokens.value()) {
            if (!t.expiresAt.isValid())
                withToken = u.id;
        }
        if (withToken)
            break;
    }
    QVERIFY(withToken > 0);
    Answer a = call("DELETE", QStringLiteral("/iam/clients/%1/client-users/%2").arg(m_clientId).arg(withToken));
    QCOMPARE(a.status, 403);
    QCOMPARE(a.object().value(QStringLiteral("message")).toString(),
             QStringLiteral("You can't remove the user as they have active tokens"));

    const qint64 pending = findUser([](const User &u) { return !u.activated && u.isActive; });
    a = call("DELETE", QStringLiteral("/iam/clients/%1/client-users/%2").arg(m_clientId).arg(pending));
    QCOMPARE(a.status, 200);
    QVERIFY(a.body.isEmpty());
    QCOMPARE(call("GET", QStringLiteral("/iam/users/%1").arg(pending)).status, 404);
    QCOMPARE(call("DELETE", QStringLiteral("/iam/clients/%1/client-users/%2").arg(m_clientId).arg(pending)).status, 404);
}

void TestAccountSim::renewInvitation()
{
    const qint64 pending = findUser([](const User &u) { return !u.activated && u.isActive; });
    const QString pendingEmail = m_sim->account().user(pending).value().email;
    Answer a = call("POST", QStringLiteral("/iam/auth/renew_invitation"), toBody({{QStringLiteral("email"), pendingEmail}}));
    QCOMPARE(a.status, 200);

    a = call("POST", QStringLiteral("/iam/auth/renew_invitation"), toBody({{QStringLiteral("email"), m_ownerEmail}}));
    QCOMPARE(a.status, 400);
    QCOMPARE(a.object().value(QStringLiteral("message")).toString(), QStringLiteral("This user already activated."));

    a = call("POST", QStringLiteral("/iam/auth/renew_invitation"), toBody({{QStringLiteral("email"), QStringLiteral("nobody@example.com")}}));
    QCOMPARE(a.status, 404);
    QCOMPARE(a.body, QByteArrayLiteral("\"User with given email not found.\""));
}

void TestAccountSim::tokens()
{
    const Answer all = call("GET", QStringLiteral("/iam/v2/clients/%1/tokens").arg(m_clientId));
    QCOMPARE(all.status, 200);
    QVERIFY(!all.array().isEmpty());
    QJsonObject first;
    int removedIssuers = 0;
    for (const QJsonValue &t : all.array()) {
        const QJsonObject issuedBy = t.toObject().value(QStringLiteral("client_user")).toObject();
        QVERIFY(!issuedBy.value(QStringLiteral("user_email")).toString().isEmpty());
        if (issuedBy.value(QStringLiteral("deleted")).toBool())
            ++removedIssuers;
        else if (first.isEmpty())
            first = t.toObject();
    }
    QVERIFY(removedIssuers > 0);
    QCOMPARE(call("GET", QStringLiteral("/iam/v2/clients/%1/tokens?deleted=true").arg(m_clientId)).array().size(),
             removedIssuers);
    QCOMPARE(call("GET", QStringLiteral("/iam/v2/clients/%1/tokens?deleted=false").arg(m_clientId)).array().size(),
             all.array().size() - removedIssuers);
    const qint64 issuer = first.value(QStringLiteral("client_user")).toObject().value(QStringLiteral("user_id")).toInteger();
    QVERIFY(first.contains(QStringLiteral("exp_date")));
    QVERIFY(first.contains(QStringLiteral("created")));
    QVERIFY(first.contains(QStringLiteral("last_usage")));
    QVERIFY(!first.value(QStringLiteral("name")).toString().isEmpty());

    const Answer mine = call("GET", QStringLiteral("/iam/v2/clients/%1/tokens?issued_by=%2").arg(m_clientId).arg(issuer));
    QCOMPARE(mine.status, 200);
    for (const QJsonValue &t : mine.array())
        QCOMPARE(t.toObject().value(QStringLiteral("client_user")).toObject().value(QStringLiteral("user_id")).toInteger(), issuer);
    QCOMPARE(call("GET", QStringLiteral("/iam/v2/clients/%1/tokens?issued_by=%2").arg(m_clientId + 1).arg(issuer)).status, 403);

    // DELETE: 204, then 404; another account's path is refused.
    const qint64 id = first.value(QStringLiteral("id")).toInteger();
    QCOMPARE(call("DELETE", QStringLiteral("/iam/v2/clients/%1/tokens/%2").arg(m_clientId + 1).arg(id)).status, 403);
    const Answer deleted = call("DELETE", QStringLiteral("/iam/v2/clients/%1/tokens/%2").arg(m_clientId).arg(id));
    QCOMPARE(deleted.status, 204);
    QVERIFY(deleted.body.isEmpty());
    QCOMPARE(call("DELETE", QStringLiteral("/iam/v2/clients/%1/tokens/%2").arg(m_clientId).arg(id)).status, 404);
    QCOMPARE(call("GET", QStringLiteral("/iam/v2/clients/%1/tokens").arg(m_clientId)).array().size(),
             all.array().size() - 1);
}

void TestAccountSim::unknownPathAndMethod()
{
    Answer a = call("GET", QStringLiteral("/iam/nothing"));
    QCOMPARE(a.status, 404);
    a = call("DELETE", QStringLiteral("/iam/users"));
    QCOMPARE(a.status, 405);
    a = call("GET", QStringLiteral("/iam/clients/invite_user"));
    QCOMPARE(a.status, 405);
}

void TestAccountSim::malformedRequestBody()
{
    const Answer a = call("POST", QStringLiteral("/iam/clients/invite_user"), QByteArrayLiteral("{\"email\": "));
    QCOMPARE(a.status, 400);
    QVERIFY(a.object().value(QStringLiteral("message")).toString().startsWith(QLatin1String("JSON parse error - ")));
    const Answer b = call("PATCH", QStringLiteral("/iam/users/%1").arg(m_ownerId), QByteArrayLiteral("[1,2"));
    QCOMPARE(b.status, 400);
    QVERIFY(b.object().value(QStringLiteral("message")).toString().startsWith(QLatin1String("JSON parse error - ")));
}

void TestAccountSim::faultStatusRetryAfterTimes()
{
    setFault(QStringLiteral("/iam/users:status=503,retry-after=2,times=1"));
    Answer a = call("GET", QStringLiteral("/iam/users?limit=5&offset=0"));
    QCOMPARE(a.status, 503);
    QCOMPARE(a.retryAfter, QByteArrayLiteral("2"));
    a = call("GET", QStringLiteral("/iam/users?limit=5&offset=0"));
    QCOMPARE(a.status, 200);
    QVERIFY(a.retryAfter.isEmpty());
    QCOMPARE(m_sim->faults().at(0).times, 0);
    QCOMPARE(m_sim->faults().at(0).hits, 1);
}

void TestAccountSim::faultLatency()
{
    setFault(QStringLiteral("*:latency=40,times=2"));
    QCOMPARE(call("GET", QStringLiteral("/iam/clients/me")).status, 200);
    QCOMPARE(call("GET", QStringLiteral("/iam/users?limit=3")).status, 200);
    QCOMPARE(m_sim->faults().at(0).times, 0);
    QCOMPARE(m_sim->faults().at(0).hits, 2);
    QCOMPARE(call("GET", QStringLiteral("/iam/clients/me")).status, 200);
    QCOMPARE(m_sim->faults().at(0).hits, 2);
}

void TestAccountSim::faultClose()
{
    // Unlimited: Qt resends a request once when a kept-alive connection closes unanswered.
    setFault(QStringLiteral("/iam/users:close"));
    const Answer a = call("GET", QStringLiteral("/iam/users?limit=5&offset=0"));
    QVERIFY(a.finished);
    QCOMPARE(a.status, 0);
    QVERIFY(a.error != QNetworkReply::NoError);
    QVERIFY(m_sim->faults().at(0).hits >= 1);
    m_sim->clearFaults();
    QCOMPARE(call("GET", QStringLiteral("/iam/users?limit=5&offset=0")).status, 200);
}

void TestAccountSim::faultStall()
{
    setFault(QStringLiteral("/iam/users:stall,times=1"));
    const Answer a = call("GET", QStringLiteral("/iam/users?limit=5&offset=0"), QByteArray(), apiKey(), 300);
    QVERIFY(a.finished);
    QCOMPARE(a.status, 0);
    QVERIFY(a.error == QNetworkReply::OperationCanceledError || a.error == QNetworkReply::TimeoutError);
    QCOMPARE(m_sim->faults().at(0).times, 0);
    QCOMPARE(call("GET", QStringLiteral("/iam/users?limit=5&offset=0")).status, 200);
}

void TestAccountSim::faultBodies_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("truncate") << QStringLiteral("/iam/users:truncate") << 200 << QByteArrayLiteral("application/json");
    QTest::newRow("malformed") << QStringLiteral("/iam/users:malformed") << 200 << QByteArrayLiteral("application/json");
    QTest::newRow("html") << QStringLiteral("/iam/users:html") << 200 << QByteArrayLiteral("text/html");
    QTest::newRow("html 502") << QStringLiteral("/iam/users:html,status=502") << 502 << QByteArrayLiteral("text/html");
    QTest::newRow("truncated error") << QStringLiteral("/iam/users:truncate,status=500") << 500
                                     << QByteArrayLiteral("application/json");
}

void TestAccountSim::faultBodies()
{
    QFETCH(QString, spec);
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    setFault(spec + QStringLiteral(",times=1"));
    const Answer a = call("GET", QStringLiteral("/iam/users?limit=5&offset=0"));
    QCOMPARE(a.status, status);
    QCOMPARE(a.contentType, contentType);
    QVERIFY(!a.body.isEmpty());
    QVERIFY(!a.isJson());
    if (contentType == "text/html")
        QVERIFY(a.body.startsWith("<html>"));
    const Answer b = call("GET", QStringLiteral("/iam/users?limit=5&offset=0"));
    QCOMPARE(b.status, 200);
    QVERIFY(b.isJson());
}

void TestAccountSim::faultMethodFilter()
{
    setFault(QStringLiteral("/iam/users/{id}:method=PATCH,status=500"));
    QCOMPARE(call("GET", QStringLiteral("/iam/users/%1").arg(m_ownerId)).status, 200);
    QCOMPARE(call("PATCH", QStringLiteral("/iam/users/%1").arg(m_ownerId), toBody({{QStringLiteral("name"), QStringLiteral("Y")}})).status,
             500);
    // Refused before doing anything.
    QVERIFY(m_sim->account().user(m_ownerId).value().name != QLatin1String("Y"));
}

void TestAccountSim::controlEndpoint()
{
    Answer a = call("POST", QStringLiteral("/_control/faults"),
                    toBody({{QStringLiteral("route"), QStringLiteral("/iam/clients/me")},
                            {QStringLiteral("status"), 429},
                            {QStringLiteral("retry-after"), 7},
                            {QStringLiteral("times"), 1}}),
                    QByteArray());
    QCOMPARE(a.status, 200);
    a = call("POST", QStringLiteral("/_control/faults"),
             QJsonDocument(QJsonArray{QJsonObject{{QStringLiteral("spec"), QStringLiteral("/iam/users:list=result")}}}).toJson(),
             QByteArray());
    QCOMPARE(a.status, 200);
    QCOMPARE(m_sim->faults().size(), 2);

    a = call("GET", QStringLiteral("/iam/clients/me"));
    QCOMPARE(a.status, 429);
    QCOMPARE(a.retryAfter, QByteArrayLiteral("7"));
    QVERIFY(call("GET", QStringLiteral("/iam/users?limit=2")).object().contains(QStringLiteral("result")));

    a = call("GET", QStringLiteral("/_control/faults"), QByteArray(), QByteArray());
    QCOMPARE(a.status, 200);
    QCOMPARE(a.array().size(), 2);
    QCOMPARE(a.array().at(0).toObject().value(QStringLiteral("times")).toInt(), 0);
    QCOMPARE(a.array().at(0).toObject().value(QStringLiteral("hits")).toInt(), 1);

    QCOMPARE(call("POST", QStringLiteral("/_control/faults"), QByteArrayLiteral("{\"route\":\"*\",\"status\":\"x\"}"), QByteArray()).status,
             400);
    QCOMPARE(call("POST", QStringLiteral("/_control/faults"), QByteArrayLiteral("{oops"), QByteArray()).status, 400);

    QCOMPARE(call("DELETE", QStringLiteral("/_control/faults"), QByteArray(), QByteArray()).status, 200);
    QVERIFY(m_sim->faults().isEmpty());
    QVERIFY(call("GET", QStringLiteral("/iam/users?limit=2")).object().contains(QStringLiteral("results")));

    // Reset reseeds: an invited user disappears.
    const QJsonObject role{{QStringLiteral("id"), 2}, {QStringLiteral("name"), QStringLiteral("Users")}};
    a = call("POST", QStringLiteral("/iam/clients/invite_user"),
             toBody({{QStringLiteral("client_id"), m_clientId}, {QStringLiteral("email"), QStringLiteral("gone@example.com")},
                     {QStringLiteral("user_role"), role}}));
    const qint64 invited = a.object().value(QStringLiteral("user_id")).toInteger();
    QCOMPARE(call("GET", QStringLiteral("/iam/users/%1").arg(invited)).status, 200);
    QCOMPARE(call("POST", QStringLiteral("/_control/reset"), QByteArray(), QByteArray()).status, 200);
    QCOMPARE(call("GET", QStringLiteral("/iam/users/%1").arg(invited)).status, 404);
}

void TestAccountSim::executable()
{
    QProcess process;
    process.setProgram(QStringLiteral(ROSTER_ACCOUNTSIM_BINARY));
    process.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"),
                          m_dir.filePath(QStringLiteral("exe.sqlite")), QStringLiteral("--reset"), QStringLiteral("--fault"),
                          QStringLiteral("/iam/users:status=503,times=1")});
    process.start();
    QVERIFY(process.waitForStarted());
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains('\n'), 15000);
    const QByteArray line = out.left(out.indexOf('\n'));
    QVERIFY2(line.startsWith("listening port="), line.constData());
    const int port = line.mid(int(qstrlen("listening port="))).toInt();
    QVERIFY(port > 0);

    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port);
    const auto get = [&](const QString &path) {
        url.setPath(path);
        QNetworkRequest request(url);
        request.setTransferTimeout(15000);
        request.setRawHeader(QByteArrayLiteral("Authorization"), apiKey());
        QNetworkReply *reply = m_nam.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (finished.count() == 0)
            finished.wait(20000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return std::make_pair(status, body);
    };
    const auto me = get(QStringLiteral("/iam/clients/me"));
    QCOMPARE(me.first, 200);
    QCOMPARE(me.second.value(QStringLiteral("id")).toInteger(), DemoSeed::ClientId);
    QCOMPARE(get(QStringLiteral("/iam/users")).first, 503);
    QCOMPARE(get(QStringLiteral("/iam/users")).first, 200);

    process.kill();
    QVERIFY(process.waitForFinished());
}

ROSTER_TEST_GUILESS_MAIN(TestAccountSim)
#include "tst_accountsim.moc"
