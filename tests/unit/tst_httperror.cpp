#include "TestMain.h"
#include "api/HttpError.h"

#include <QTest>

using Kind = ApiError::Kind;
using Fields = QHash<QString, QString>;

class TestHttpError : public QObject
{
    Q_OBJECT

private slots:
    void bodies_data();
    void bodies();
    void statuses_data();
    void statuses();
    void retryAfter_data();
    void retryAfter();
    void rateLimitedMessageSaysWhen();
};

void TestHttpError::bodies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");
    QTest::addColumn<Fields>("fields");

    QTest::newRow("field errors as lists")
        << 400 << QByteArray(R"({"errors":{"email":["This field is required"]}})") << int(Kind::Validation)
        << QStringLiteral("email: This field is required") << Fields{{QStringLiteral("email"), QStringLiteral("This field is required")}};
    QTest::newRow("field errors as strings")
        << 400 << QByteArray(R"({"errors":{"name":"Too long","phone":"Bad number"}})") << int(Kind::Validation)
        << QStringLiteral("name: Too long phone: Bad number")
        << Fields{{QStringLiteral("name"), QStringLiteral("Too long")}, {QStringLiteral("phone"), QStringLiteral("Bad number")}};
    QTest::newRow("role rejected")
        << 400 << QByteArray(R"({"errors":{"user_role":["Invalid role: 77"]}})") << int(Kind::Validation)
        << QStringLiteral("user_role: Invalid role: 77") << Fields{{QStringLiteral("user_role"), QStringLiteral("Invalid role: 77")}};
    QTest::newRow("message") << 403 << QByteArray(R"({"message":"You can't remove the user as they have active tokens"})")
                             << int(Kind::Forbidden) << QStringLiteral("You can't remove the user as they have active tokens")
                             << Fields{};
    QTest::newRow("JSON parse error") << 400 << QByteArray(R"({"message":"JSON parse error - Expecting value"})")
                                      << int(Kind::Validation) << QStringLiteral("JSON parse error - Expecting value") << Fields{};
    QTest::newRow("bare array") << 400 << QByteArray(R"(["User 19449 has already been invited to client 301542"])")
                                << int(Kind::Validation)
                                << QStringLiteral("User 19449 has already been invited to client 301542") << Fields{};
    QTest::newRow("nested errors") << 400
                                   << QByteArray(R"({"errors":{"errors":["No active account found with the given credentials."]}})")
                                   << int(Kind::Validation)
                                   << QStringLiteral("No active account found with the given credentials.") << Fields{};
    QTest::newRow("plain JSON string") << 404 << QByteArray(R"("User not found.")") << int(Kind::NotFound)
                                       << QStringLiteral("User not found.") << Fields{};
    QTest::newRow("detail") << 401 << QByteArray(R"({"detail":"Authentication credentials were not provided."})")
                            << int(Kind::Unauthorized) << QStringLiteral("Authentication credentials were not provided.")
                            << Fields{};
    QTest::newRow("general and field errors")
        << 400 << QByteArray(R"({"errors":{"non_field_errors":["Something is off."],"email":["Enter a valid email address."]}})")
        << int(Kind::Validation) << QStringLiteral("Something is off.")
        << Fields{{QStringLiteral("email"), QStringLiteral("Enter a valid email address.")}};
    QTest::newRow("empty body") << 500 << QByteArray() << int(Kind::Server) << ApiError::describe(Kind::Server) << Fields{};
    QTest::newRow("html from a proxy") << 502 << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>")
                                       << int(Kind::Server) << ApiError::describe(Kind::Server) << Fields{};
    QTest::newRow("truncated JSON") << 400 << QByteArray(R"({"errors":{"email":["This fi)") << int(Kind::Validation)
                                    << ApiError::describe(Kind::Validation) << Fields{};
    QTest::newRow("empty object") << 404 << QByteArray("{}") << int(Kind::NotFound) << ApiError::describe(Kind::NotFound)
                                  << Fields{};
    QTest::newRow("blank strings ignored") << 403 << QByteArray(R"({"message":"  "})") << int(Kind::Forbidden)
                                           << ApiError::describe(Kind::Forbidden) << Fields{};
    QTest::newRow("odd status, no body") << 418 << QByteArray() << int(Kind::BadResponse)
                                         << QStringLiteral("The server answered with an unexpected status (418).") << Fields{};
}

void TestHttpError::bodies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, message);
    QFETCH(Fields, fields);
    const ApiError error = HttpError::fromResponse(status, body);
    QCOMPARE(int(error.kind), kind);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.message, message);
    QCOMPARE(error.fieldErrors, fields);
    QVERIFY(error.isError());
}

void TestHttpError::statuses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("kind");
    QTest::newRow("no answer") << 0 << int(Kind::Network);
    QTest::newRow("400") << 400 << int(Kind::Validation);
    QTest::newRow("401") << 401 << int(Kind::Unauthorized);
    QTest::newRow("403") << 403 << int(Kind::Forbidden);
    QTest::newRow("404") << 404 << int(Kind::NotFound);
    QTest::newRow("405: the server cannot do this") << 405 << int(Kind::Unsupported);
    QTest::newRow("408") << 408 << int(Kind::Timeout);
    QTest::newRow("409") << 409 << int(Kind::Validation);
    QTest::newRow("429") << 429 << int(Kind::RateLimited);
    QTest::newRow("500") << 500 << int(Kind::Server);
    QTest::newRow("502") << 502 << int(Kind::Server);
    QTest::newRow("503") << 503 << int(Kind::Server);
    QTest::newRow("504") << 504 << int(Kind::Timeout);
    QTest::newRow("302") << 302 << int(Kind::BadResponse);
}

void TestHttpError::statuses()
{
    QFETCH(int, status);
    QFETCH(int, kind);
    const ApiError error = HttpError::fromResponse(status, QByteArray());
    QCOMPARE(int(error.kind), kind);
    QVERIFY(!error.message.isEmpty());
}

void TestHttpError::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("seconds");
    QTest::newRow("seconds") << QByteArray("120") << 120;
    QTest::newRow("spaces") << QByteArray(" 7 ") << 7;
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("negative") << QByteArray("-5") << -1;
    QTest::newRow("absent") << QByteArray() << -1;
    QTest::newRow("garbage") << QByteArray("soon") << -1;
    QTest::newRow("http date") << QByteArray("Mon, 23 Nov 2026 12:00:30 GMT") << 30;
    QTest::newRow("http date in the past") << QByteArray("Mon, 23 Nov 2026 11:00:00 GMT") << 0;
    QTest::newRow("huge is capped at a day") << QByteArray("99999999") << 86400;
}

void TestHttpError::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(int, seconds);
    const QDateTime now(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
    QCOMPARE(HttpError::retryAfterSeconds(value, now), seconds);
}

void TestHttpError::rateLimitedMessageSaysWhen()
{
    const QDateTime now(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
    const ApiError error = HttpError::fromResponse(429, QByteArray(), QByteArray("3"), now);
    QCOMPARE(int(error.kind), int(Kind::RateLimited));
    QCOMPARE(error.retryAfterSecs, 3);
    QVERIFY2(error.message.contains(QStringLiteral("3 second")), qPrintable(error.message));
    // Retry-After on other statuses than 429/503 is not taken.
    QCOMPARE(HttpError::fromResponse(400, QByteArray(), QByteArray("3"), now).retryAfterSecs, -1);
}

ROSTER_TEST_GUILESS_MAIN(TestHttpError)
#include "tst_httperror.moc"
