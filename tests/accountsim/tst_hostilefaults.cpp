// The simulator's hostile servers (SimulatorFault.h), each checked over real HTTP on
// 127.0.0.1: a users list that lies about its count, comes back empty, ignores the offset,
// never ends or mixes unreadable records with good ones; bodies that trickle, that are far too
// large, that decompress into too much. What Roster makes of them is tst_hostileserver's.
#include "SimulatorFixture.h"
#include "TestMain.h"

#include "domain/UserJson.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <zlib.h>

#include <memory>

namespace {

constexpr qint64 MiB = 1024 * 1024;

QByteArray apiKey()
{
    return QByteArrayLiteral("APIKey ") + AccountSimulator::defaultToken().toLatin1();
}

QList<qint64> idsOf(const QJsonArray &users)
{
    QList<qint64> ids;
    for (const QJsonValue &user : users)
        ids.append(user.toObject().value(QStringLiteral("id")).toInteger());
    return ids;
}

// One request on a socket of its own, and the answer exactly as it comes off the wire: its
// head, then as much of its body (framing included) as has arrived.
class RawExchange
{
public:
    bool get(quint16 port, const QString &pathAndQuery)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        if (!m_socket.waitForConnected(10000))
            return false;
        QObject::connect(&m_socket, &QIODevice::readyRead, &m_socket, [this] { read(); });
        m_socket.write(QByteArrayLiteral("GET ") + pathAndQuery.toLatin1()
                       + QByteArrayLiteral(" HTTP/1.1\r\nHost: 127.0.0.1\r\n") + QByteArrayLiteral("Authorization: ")
                       + apiKey() + QByteArrayLiteral("\r\n\r\n"));
        return true;
    }
    bool waitForHead(int ms)
    {
        return QTest::qWaitFor([this] { return m_headDone; }, ms);
    }
    bool waitForBody(qint64 bytes, int ms)
    {
        return QTest::qWaitFor([this, bytes] { return m_body.size() >= bytes; }, ms);
    }
    void close() { m_socket.abort(); }

    int status() const { return m_head.mid(9, 3).toInt(); }
    // A header's value; null when the answer has none.
    QByteArray header(const QByteArray &name) const
    {
        const QList<QByteArray> lines = m_head.split('\n');
        for (const QByteArray &line : lines) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return QByteArray();
    }
    const QByteArray &body() const { return m_body; }

private:
    void read()
    {
        m_body += m_socket.readAll();
        if (m_headDone)
            return;
        const qsizetype end = m_body.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        m_head = m_body.left(end);
        m_body.remove(0, end + 4);
        m_headDone = true;
    }

    QTcpSocket m_socket;
    QByteArray m_head;
    QByteArray m_body;
    bool m_headDone = false;
};

// The size of what a gzip stream decompresses to, counted a piece at a time; -1 when it is not
// a complete gzip stream. The stream's last `tailBytes` decoded bytes go to `tail`.
qint64 gunzippedSize(const QByteArray &compressed, QByteArray *tail, int tailBytes)
{
    z_stream stream{};
    if (inflateInit2(&stream, 15 + 16) != Z_OK)
        return -1;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
    stream.avail_in = uInt(compressed.size());
    QByteArray buffer(int(MiB), Qt::Uninitialized);
    qint64 total = 0;
    int state = Z_OK;
    while (state == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer.data());
        stream.avail_out = uInt(buffer.size());
        state = inflate(&stream, Z_NO_FLUSH);
        const qsizetype produced = buffer.size() - qsizetype(stream.avail_out);
        total += produced;
        *tail = QByteArray(*tail + buffer.left(produced)).right(tailBytes);
    }
    inflateEnd(&stream);
    return state == Z_STREAM_END ? total : -1;
}

} // namespace

class TestHostileFaults : public QObject, private SimulatorFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void countInflated();
    void emptyPages();
    void ignoreOffset();
    void endless_data();
    void endless();
    void badRecords_data();
    void badRecords();
    void after();
    void controlEndpoint();

    void trickle();
    void oversized_data();
    void oversized();
    void paddedBodiesStayValid_data();
    void paddedBodiesStayValid();
    void gzipBombOverQtsLimit();

private:
    struct Answer
    {
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        int status = 0;
        QByteArray body;
        QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    };
    Answer get(const QString &pathAndQuery, const QByteArray &method = "GET", const QByteArray &body = QByteArray());
    QUrl url(const QString &pathAndQuery) const;
    QList<qint64> accountIds(int offset, int limit) const;

    QNetworkAccessManager m_nam;
    qint64 m_total = 0; // users of the account
};

void TestHostileFaults::initTestCase()
{
    const Result<Done> started = startSimulator();
    QVERIFY2(started.ok(), qPrintable(started.error().message));
}

void TestHostileFaults::init()
{
    m_sim->clearFaults();
    const Result<Done> reset = m_sim->reset();
    QVERIFY2(reset.ok(), qPrintable(reset.error().message));
    m_total = m_sim->account().listUsers(0, 1).value().count;
    QVERIFY(m_total > 100);
}

QUrl TestHostileFaults::url(const QString &pathAndQuery) const
{
    QUrl url = m_sim->baseUrl();
    const qsizetype q = pathAndQuery.indexOf(QLatin1Char('?'));
    url.setPath(q < 0 ? pathAndQuery : pathAndQuery.left(q));
    if (q >= 0)
        url.setQuery(pathAndQuery.mid(q + 1));
    return url;
}

TestHostileFaults::Answer TestHostileFaults::get(const QString &pathAndQuery, const QByteArray &method,
                                                 const QByteArray &body)
{
    QNetworkRequest request(url(pathAndQuery));
    request.setTransferTimeout(20000);
    if (!pathAndQuery.startsWith(QLatin1String("/_control/")))
        request.setRawHeader(QByteArrayLiteral("Authorization"), apiKey());
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (finished.count() == 0)
        finished.wait(30000);
    Answer answer;
    answer.error = reply->error();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    reply->deleteLater();
    return answer;
}

QList<qint64> TestHostileFaults::accountIds(int offset, int limit) const
{
    QList<qint64> ids;
    const Result<UserPage> page = m_sim->account().listUsers(offset, limit);
    for (const User &user : page.value().users)
        ids.append(user.id);
    return ids;
}

void TestHostileFaults::countInflated()
{
    setFault(QStringLiteral("/iam/users:count-inflated"));
    Answer a = get(QStringLiteral("/iam/users?limit=50&offset=0"));
    QCOMPARE(a.status, 200);
    QCOMPARE(a.object().value(QStringLiteral("count")).toInteger(), SimulatorFault::DefaultInflatedCount);
    QCOMPARE(idsOf(a.object().value(QStringLiteral("results")).toArray()), accountIds(0, 50));

    // Past the real users: nothing, while the count and the links still promise more.
    a = get(QStringLiteral("/iam/users?limit=50&offset=%1").arg(m_total));
    QCOMPARE(a.object().value(QStringLiteral("count")).toInteger(), SimulatorFault::DefaultInflatedCount);
    QVERIFY(a.object().value(QStringLiteral("results")).toArray().isEmpty());
    QCOMPARE(
        QUrlQuery(QUrl(a.object().value(QStringLiteral("next")).toString())).queryItemValue(QStringLiteral("offset")),
        QString::number(m_total + 50));

    m_sim->clearFaults();
    setFault(QStringLiteral("/iam/users:count-inflated=9007199254740991"));
    a = get(QStringLiteral("/iam/users?limit=5&offset=0"));
    QCOMPARE(a.object().value(QStringLiteral("count")).toInteger(), Q_INT64_C(9007199254740991));
    QCOMPARE(a.object().value(QStringLiteral("results")).toArray().size(), 5);
}

void TestHostileFaults::emptyPages()
{
    setFault(QStringLiteral("/iam/users:empty-pages"));
    for (const qint64 offset : {qint64(0), qint64(50), m_total}) {
        const Answer a = get(QStringLiteral("/iam/users?limit=50&offset=%1").arg(offset));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.object().value(QStringLiteral("count")).toInteger(), m_total);
        QVERIFY(a.object().value(QStringLiteral("results")).isArray());
        QVERIFY(a.object().value(QStringLiteral("results")).toArray().isEmpty());
        QCOMPARE(a.object().value(QStringLiteral("next")).isString(), offset + 50 < m_total);
    }
    // A bare array is empty too.
    QCOMPARE(get(QStringLiteral("/iam/users")).body, QByteArrayLiteral("[]"));
}

void TestHostileFaults::ignoreOffset()
{
    setFault(QStringLiteral("/iam/users:ignore-offset"));
    const QList<qint64> first = accountIds(0, 50);
    for (const int offset : {0, 50, 100}) {
        const Answer a = get(QStringLiteral("/iam/users?limit=50&offset=%1").arg(offset));
        QCOMPARE(a.object().value(QStringLiteral("count")).toInteger(), m_total);
        QCOMPARE(idsOf(a.object().value(QStringLiteral("results")).toArray()), first);
        // The links lead on as if the offset had been honoured.
        QCOMPARE(QUrlQuery(QUrl(a.object().value(QStringLiteral("next")).toString()))
                     .queryItemValue(QStringLiteral("offset")),
                 QString::number(offset + 50));
    }
}

void TestHostileFaults::endless_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("repeat");
    QTest::addColumn<bool>("array");
    QTest::newRow("unique") << QStringLiteral("/iam/users:endless") << false << false;
    QTest::newRow("unique, bare array") << QStringLiteral("/iam/users:endless=unique,list=array") << false << true;
    QTest::newRow("repeat") << QStringLiteral("/iam/users:endless=repeat") << true << false;
    QTest::newRow("repeat, bare array") << QStringLiteral("/iam/users:endless=repeat,list=array") << true << true;
}

void TestHostileFaults::endless()
{
    QFETCH(QString, spec);
    QFETCH(bool, repeat);
    QFETCH(bool, array);
    setFault(spec);
    // Records the product can read, every one of them; no total, and always a next page.
    const auto page = [this, array](const QString &query, QJsonDocument *doc) {
        const Answer a = get(QStringLiteral("/iam/users") + query);
        *doc = QJsonDocument::fromJson(a.body);
        const Result<UserPage> parsed = UserJson::parseUserPage(a.body);
        return parsed ? parsed.value().users : QList<User>();
    };
    const auto ids = [](const QList<User> &users) {
        QList<qint64> out;
        for (const User &user : users)
            out.append(user.id);
        return out;
    };

    QJsonDocument doc;
    const QList<User> first = page(QStringLiteral("?limit=50&offset=0"), &doc);
    QCOMPARE(doc.isArray(), array);
    if (!array) {
        QVERIFY(!doc.object().contains(QStringLiteral("count")));
        QVERIFY(doc.object().value(QStringLiteral("next")).isString());
    }
    QCOMPARE(first.size(), 50);
    const QList<qint64> firstIds = ids(first);
    QCOMPARE(QSet<qint64>(firstIds.cbegin(), firstIds.cend()).size(), 50);
    QCOMPARE(first.constFirst().id, SimulatorFault::EndlessFirstId);
    for (const User &user : first) {
        QVERIFY(!user.email.isEmpty());
        QCOMPARE(user.clientAndRoles.constFirst().userId, user.id);
    }
    const QList<User> second = page(QStringLiteral("?limit=50&offset=50"), &doc);
    QCOMPARE(second.size(), 50);
    if (repeat) {
        QCOMPARE(ids(second), firstIds);
    } else {
        QCOMPARE(second.constFirst().id, SimulatorFault::EndlessFirstId + 50);
        QCOMPARE(second.constLast().id, SimulatorFault::EndlessFirstId + 99);
    }
    // Still full far beyond any account.
    const QList<User> far = page(QStringLiteral("?limit=50&offset=5000000"), &doc);
    if (!array)
        QVERIFY(doc.object().value(QStringLiteral("next")).isString());
    QCOMPARE(far.size(), 50);
    QCOMPARE(far.constFirst().id, SimulatorFault::EndlessFirstId + (repeat ? 0 : 5000000));
    QCOMPARE(int(page(QString(), &doc).size()), SimulatorFault::EndlessPageSize);
}

void TestHostileFaults::badRecords_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("spoilt");
    constexpr int all = int(SimulatorFault::BadRecord::Count);
    QTest::newRow("first page") << QStringLiteral("?limit=20&offset=0") << 0 << all;
    QTest::newRow("a later page") << QStringLiteral("?limit=2&offset=3") << 3 << 2;
    QTest::newRow("past them") << QStringLiteral("?limit=5&offset=20") << 20 << 0;
    QTest::newRow("bare array") << QString() << 0 << all;
}

void TestHostileFaults::badRecords()
{
    QFETCH(QString, query);
    QFETCH(int, offset);
    QFETCH(int, spoilt);
    using Bad = SimulatorFault::BadRecord;
    setFault(QStringLiteral("/iam/users:bad-records"));
    const Answer a = get(QStringLiteral("/iam/users") + query);
    QCOMPARE(a.status, 200);
    const QJsonDocument doc = QJsonDocument::fromJson(a.body);
    const QJsonArray users = doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("results")).toArray();
    QVERIFY(!users.isEmpty());
    if (!doc.isArray())
        QCOMPARE(doc.object().value(QStringLiteral("count")).toInteger(), m_total);
    const QList<User> real = m_sim->account().listUsers(offset, int(users.size())).value().users;
    QCOMPARE(real.size(), users.size());

    int seen = 0;
    for (qsizetype i = 0; i < users.size(); ++i) {
        const QJsonObject user = users.at(i).toObject();
        const QJsonObject intact = UserJson::toJson(real.at(i));
        const qint64 k = offset + i - SimulatorFault::BadRecordsFirst;
        if (k < 0 || k >= qint64(Bad::Count)) {
            QCOMPARE(user, intact);
            continue;
        }
        ++seen;
        const QJsonValue id = user.value(QStringLiteral("id"));
        switch (Bad(k)) {
        case Bad::NoId:
            QVERIFY(id.isUndefined());
            break;
        case Bad::TextId:
            QCOMPARE(id.toString(), QStringLiteral("abc"));
            break;
        case Bad::HugeTextId:
            QCOMPARE(id.toString(), QStringLiteral("9007199254740993"));
            break;
        case Bad::HugeNumberId:
            QVERIFY(a.body.contains("\"id\":18014398509481984"));
            break;
        case Bad::NoEmail:
            QVERIFY(!user.contains(QStringLiteral("email")));
            break;
        case Bad::NullEmail:
            QVERIFY(user.value(QStringLiteral("email")).isNull());
            break;
        case Bad::NullName:
            QVERIFY(user.value(QStringLiteral("name")).isNull());
            break;
        case Bad::Count:
            break;
        }
        // Only that one member is spoilt; the readable ones keep their real id.
        QCOMPARE(user.size() + (Bad(k) == Bad::NoId || Bad(k) == Bad::NoEmail ? 1 : 0), intact.size());
        if (SimulatorFault::isReadable(Bad(k)))
            QCOMPARE(id.toInteger(), real.at(i).id);
    }
    QCOMPARE(seen, spoilt);
}

void TestHostileFaults::after()
{
    setFault(QStringLiteral("/iam/users:empty-pages,after=1"));
    QCOMPARE(
        get(QStringLiteral("/iam/users?limit=5&offset=0")).object().value(QStringLiteral("results")).toArray().size(),
        5);
    QCOMPARE(m_sim->faults().at(0).hits, 0);
    QVERIFY(get(QStringLiteral("/iam/users?limit=5&offset=5"))
                .object()
                .value(QStringLiteral("results"))
                .toArray()
                .isEmpty());
    QVERIFY(get(QStringLiteral("/iam/users?limit=5&offset=10"))
                .object()
                .value(QStringLiteral("results"))
                .toArray()
                .isEmpty());
    QCOMPARE(m_sim->faults().at(0).hits, 2);
    QCOMPARE(m_sim->faults().at(0).after, 0);
}

void TestHostileFaults::controlEndpoint()
{
    const auto post = [this](const QByteArray &body) {
        return get(QStringLiteral("/_control/faults"), "POST", body).status;
    };
    QCOMPARE(post(R"({"route":"/iam/users","count-inflated":true,"empty-pages":true,"chunked":false})"), 200);
    QCOMPARE(post(R"([{"spec":"/iam/users/{id}:trickle=5"},{"route":"*","gzip-bomb":1,"after":100}])"), 200);
    QCOMPARE(post(R"({"route":"/iam/users","endless":"sometimes"})"), 400);
    QCOMPARE(post(R"({"route":"/iam/users","empty-pages":"yes"})"), 400);

    const QJsonArray listed = QJsonDocument::fromJson(get(QStringLiteral("/_control/faults")).body).array();
    QCOMPARE(listed.size(), 3);
    const QJsonObject inflated = listed.at(0).toObject();
    QCOMPARE(inflated.value(QStringLiteral("count-inflated")).toInteger(), SimulatorFault::DefaultInflatedCount);
    QCOMPARE(inflated.value(QStringLiteral("empty-pages")).toBool(), true);
    QVERIFY(!inflated.contains(QStringLiteral("chunked")));
    QCOMPARE(listed.at(1).toObject().value(QStringLiteral("trickle")).toInt(), 5);
    QCOMPARE(listed.at(2).toObject().value(QStringLiteral("gzip-bomb")).toInt(), 1);
    QCOMPARE(listed.at(2).toObject().value(QStringLiteral("after")).toInt(), 100);

    // The issue's own case: a count of ten million over empty pages.
    const Answer a = get(QStringLiteral("/iam/users?limit=1000&offset=0"));
    QCOMPARE(a.object().value(QStringLiteral("count")).toInteger(), SimulatorFault::DefaultInflatedCount);
    QVERIFY(a.object().value(QStringLiteral("results")).toArray().isEmpty());
    QCOMPARE(get(QStringLiteral("/_control/faults"), "DELETE").status, 200);
    QVERIFY(m_sim->faults().isEmpty());
}

void TestHostileFaults::trickle()
{
    constexpr int TickMs = 100;
    setFault(QStringLiteral("/iam/users:trickle=%1").arg(TickMs));
    QNetworkRequest request(url(QStringLiteral("/iam/users?limit=5&offset=0")));
    request.setRawHeader(QByteArrayLiteral("Authorization"), apiKey());
    // Qt's transfer timeout is one of inactivity, which a trickle never lets fire.
    request.setTransferTimeout(3 * TickMs);
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<QNetworkReply> reply(m_nam.get(request));
    qint64 received = 0;
    connect(reply.get(), &QNetworkReply::downloadProgress, this,
            [&received](qint64 bytes, qint64) { received = bytes; });
    QTRY_VERIFY_WITH_TIMEOUT(received >= 10, 10000);
    const qint64 elapsed = clock.elapsed();
    // Never faster than a byte a tick, and still going well past the transfer timeout.
    QVERIFY2(received <= elapsed / TickMs + 1,
             qPrintable(QStringLiteral("%1 bytes in %2 ms").arg(received).arg(elapsed)));
    QVERIFY(elapsed > 3 * TickMs);
    QVERIFY(!reply->isFinished());
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    // The head promised the whole page at once.
    QVERIFY(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() > 1000);
    reply->abort();

    // The first bytes it trickles are those of the real page.
    m_sim->clearFaults();
    setFault(QStringLiteral("/iam/users:trickle=1"));
    const Answer whole = get(QStringLiteral("/iam/users?limit=2&offset=0"));
    QCOMPARE(whole.error, QNetworkReply::NoError);
    QCOMPARE(idsOf(whole.object().value(QStringLiteral("results")).toArray()), accountIds(0, 2));
}

void TestHostileFaults::oversized_data()
{
    QTest::addColumn<bool>("chunked");
    QTest::newRow("Content-Length") << false;
    QTest::newRow("chunked") << true;
}

void TestHostileFaults::oversized()
{
    QFETCH(bool, chunked);
    setFault(chunked ? QStringLiteral("/iam/users:oversized,chunked") : QStringLiteral("/iam/users:oversized"));
    RawExchange raw;
    QVERIFY(raw.get(m_sim->port(), QStringLiteral("/iam/users?limit=5&offset=0")));
    QVERIFY(raw.waitForHead(10000));
    QCOMPARE(raw.status(), 200);
    if (chunked) {
        QCOMPARE(raw.header("Transfer-Encoding"), QByteArrayLiteral("chunked"));
        QVERIFY(raw.header("Content-Length").isNull());
    } else {
        QVERIFY(raw.header("Transfer-Encoding").isNull());
        QVERIFY(raw.header("Content-Length").toLongLong() > SimulatorFault::DefaultOversizedMiB * MiB);
    }
    QVERIFY(raw.waitForBody(4 * MiB, 20000));
    QVERIFY(raw.body().contains("{\"padding\":\"xxxxxxxxxxxxxxxx"));
    raw.close();
    // The rest is never made: the simulator answers the next request as usual.
    QCOMPARE(get(QStringLiteral("/iam/users/%1").arg(m_ownerId)).status, 200);
}

void TestHostileFaults::paddedBodiesStayValid_data()
{
    QTest::addColumn<QString>("options");
    QTest::addColumn<qint64>("padding");
    QTest::newRow("chunked") << QStringLiteral("chunked") << qint64(0);
    QTest::newRow("oversized") << QStringLiteral("oversized=1") << MiB;
    QTest::newRow("oversized, chunked") << QStringLiteral("oversized=1,chunked") << MiB;
    QTest::newRow("gzip-bomb under the limit") << QStringLiteral("gzip-bomb=1") << MiB;
    QTest::newRow("gzip-bomb, chunked") << QStringLiteral("gzip-bomb=1,chunked") << MiB;
}

// Small enough for a client to read whole, each is still the page it pads.
void TestHostileFaults::paddedBodiesStayValid()
{
    QFETCH(QString, options);
    QFETCH(qint64, padding);
    setFault(QStringLiteral("/iam/users:") + options);
    Answer a = get(QStringLiteral("/iam/users?limit=5&offset=0"));
    QCOMPARE(a.error, QNetworkReply::NoError);
    QCOMPARE(a.status, 200);
    QCOMPARE(qint64(a.object().value(QStringLiteral("padding")).toString().size()), padding);
    QCOMPARE(a.object().value(QStringLiteral("count")).toInteger(), m_total);
    QCOMPARE(idsOf(a.object().value(QStringLiteral("results")).toArray()), accountIds(0, 5));
    // A body that is not an object gets leading spaces.
    a = get(QStringLiteral("/iam/users"));
    QCOMPARE(a.error, QNetworkReply::NoError);
    QCOMPARE(qint64(QJsonDocument::fromJson(a.body).array().size()), m_total);
    QCOMPARE(qint64(a.body.size() - a.body.trimmed().size()), padding);
}

void TestHostileFaults::gzipBombOverQtsLimit()
{
    setFault(QStringLiteral("/iam/users:gzip-bomb"));
    RawExchange raw;
    QVERIFY(raw.get(m_sim->port(), QStringLiteral("/iam/users?limit=5&offset=0")));
    QVERIFY(raw.waitForHead(10000));
    QCOMPARE(raw.status(), 200);
    QCOMPARE(raw.header("Content-Encoding"), QByteArrayLiteral("gzip"));
    const qint64 length = raw.header("Content-Length").toLongLong();
    QVERIFY(length > 0);
    QVERIFY(length < MiB);
    QVERIFY(raw.waitForBody(length, 10000));
    QByteArray tail;
    const qint64 decoded = gunzippedSize(raw.body(), &tail, 3);
    QVERIFY(decoded > SimulatorFault::DefaultGzipBombMiB * MiB);
    QVERIFY(decoded > 10 * MiB); // QNetworkRequest's default decompressedSafetyCheckThreshold
    QCOMPARE(tail, QByteArrayLiteral("}]}"));

    // Qt stops decompressing and says so as a content error, beside the status it got.
    const Answer a = get(QStringLiteral("/iam/users?limit=5&offset=0"));
    QCOMPARE(a.error, QNetworkReply::UnknownContentError);
    QCOMPARE(a.status, 200);
}

ROSTER_TEST_GUILESS_MAIN(TestHostileFaults)
#include "tst_hostilefaults.moc"
