#include "AccountSimulator.h"

#include "ResponseStream.h"

#include "domain/CloudRole.h"
#include "domain/Role.h"
#include "domain/UserJson.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace {

QString methodName(QHttpServerRequest::Method method)
{
    using M = QHttpServerRequest::Method;
    switch (method) {
    case M::Get:
        return QStringLiteral("GET");
    case M::Put:
        return QStringLiteral("PUT");
    case M::Delete:
        return QStringLiteral("DELETE");
    case M::Post:
        return QStringLiteral("POST");
    case M::Head:
        return QStringLiteral("HEAD");
    case M::Options:
        return QStringLiteral("OPTIONS");
    case M::Patch:
        return QStringLiteral("PATCH");
    case M::Connect:
        return QStringLiteral("CONNECT");
    case M::Trace:
        return QStringLiteral("TRACE");
    default:
        return QStringLiteral("UNKNOWN");
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 204:
        return QByteArrayLiteral("No Content");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return QByteArrayLiteral("Status");
    }
}

QString randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// A JSON number or a string of digits (clients send ids both ways); -1 otherwise.
qint64 idValue(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toInteger(-1);
    if (value.isString()) {
        bool ok = false;
        const qint64 id = value.toString().toLongLong(&ok);
        return ok ? id : -1;
    }
    return -1;
}

qint64 segmentId(const QString &segment)
{
    bool ok = false;
    const qint64 id = segment.toLongLong(&ok);
    return ok && id > 0 ? id : -1;
}

QString required()
{
    return QStringLiteral("This field is required");
}

QJsonObject roleJson(int roleId)
{
    const Role role = Role::byId(roleId);
    return QJsonObject{{QStringLiteral("id"), roleId}, {QStringLiteral("name"), role.name}};
}

// What an nginx in front of the API answers when the backend is down.
QByteArray proxyPage(int status)
{
    const QByteArray line = QByteArray::number(status) + ' ' + reasonPhrase(status);
    return QByteArrayLiteral("<html>\r\n<head><title>") + line + QByteArrayLiteral("</title></head>\r\n<body>\r\n<center><h1>")
        + line + QByteArrayLiteral("</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n");
}

// `body` grown by `mebibytes` of padding and still the same JSON: a leading "padding" string
// member in an object, leading spaces before anything else.
ResponseStream::Body padded(const QByteArray &body, int mebibytes)
{
    ResponseStream::Body out;
    out.fill = qint64(mebibytes) * 1024 * 1024;
    if (out.fill == 0 || !body.startsWith('{')) {
        out.suffix = body;
        return out;
    }
    const QByteArray rest = body.mid(1);
    out.prefix = QByteArrayLiteral("{\"padding\":\"");
    out.fillByte = 'x';
    out.suffix = (rest.trimmed().startsWith('}') ? QByteArrayLiteral("\"") : QByteArrayLiteral("\",")) + rest;
    return out;
}

// What bad-records makes of a user's record.
QJsonObject spoiled(QJsonObject user, SimulatorFault::BadRecord how)
{
    using Bad = SimulatorFault::BadRecord;
    switch (how) {
    case Bad::NoId:
        user.remove(QStringLiteral("id"));
        break;
    case Bad::TextId:
        user.insert(QStringLiteral("id"), QStringLiteral("abc"));
        break;
    case Bad::HugeTextId:
        user.insert(QStringLiteral("id"), QStringLiteral("9007199254740993"));
        break;
    case Bad::HugeNumberId:
        user.insert(QStringLiteral("id"), qint64(1) << 54);
        break;
    case Bad::NoEmail:
        user.remove(QStringLiteral("email"));
        break;
    case Bad::NullEmail:
        user.insert(QStringLiteral("email"), QJsonValue::Null);
        break;
    case Bad::NullName:
        user.insert(QStringLiteral("name"), QJsonValue::Null);
        break;
    case Bad::Count:
        break;
    }
    return user;
}

} // namespace

AccountSimulator::AccountSimulator(const QString &dataPath, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_account(dataPath)
    , m_platform(&m_account)
{
    addApiToken(defaultToken());

    using In = const Incoming &;
    using Args = const QStringList &;
    using Effect = const SimulatorFault &;
    addRoute(QStringLiteral("POST"), QStringLiteral("/iam/auth/jwt/login"),
             [this](In in, Args, Effect) { return login(in); }, false);
    addRoute(QStringLiteral("POST"), QStringLiteral("/iam/auth/jwt/refresh"),
             [this](In in, Args, Effect) { return refresh(in); }, false);
    addRoute(QStringLiteral("GET"), QStringLiteral("/iam/auth/jwt/clients/{}/login"),
             [this](In, Args a, Effect) { return switchAccount(segmentId(a.at(0))); });
    addRoute(QStringLiteral("GET"), QStringLiteral("/iam/clients/me"), [this](In, Args, Effect) { return me(); });
    addRoute(QStringLiteral("GET"), QStringLiteral("/iam/users"),
             [this](In in, Args, Effect effect) { return listUsers(in, effect); });
    addRoute(QStringLiteral("GET"), QStringLiteral("/iam/users/{}"), [this](In, Args a, Effect) {
        m_platform.refresh();
        const Result<User> user = m_current->user(segmentId(a.at(0)));
        if (!user)
            return error(user.error(), ErrorStyle::NotFoundString);
        return json(200, UserJson::toJson(user.value()));
    });
    addRoute(QStringLiteral("PATCH"), QStringLiteral("/iam/users/{}"),
             [this](In in, Args a, Effect) { return patchUser(in, segmentId(a.at(0))); });
    addRoute(QStringLiteral("POST"), QStringLiteral("/iam/clients/invite_user"),
             [this](In in, Args, Effect) { return invite(in); });
    addRoute(QStringLiteral("GET"), QStringLiteral("/iam/clients/{}/client-users/{}"), [this](In, Args a, Effect) {
        const Result<int> role = m_current->role(segmentId(a.at(0)), segmentId(a.at(1)));
        if (!role)
            return error(role.error());
        return json(200, QJsonObject{{QStringLiteral("user_role"), roleJson(role.value())}});
    });
    addRoute(QStringLiteral("PUT"), QStringLiteral("/iam/clients/{}/client-users/{}"), [this](In in, Args a, Effect) {
        return putRole(in, segmentId(a.at(0)), segmentId(a.at(1)));
    });
    addRoute(QStringLiteral("DELETE"), QStringLiteral("/iam/clients/{}/client-users/{}"), [this](In, Args a, Effect) {
        return empty(m_current->removeUser(segmentId(a.at(0)), segmentId(a.at(1))));
    });
    addRoute(QStringLiteral("POST"), QStringLiteral("/iam/auth/renew_invitation"),
             [this](In in, Args, Effect) { return renewInvitation(in); });
    addRoute(QStringLiteral("GET"), QStringLiteral("/iam/v2/clients/{}/tokens"),
             [this](In in, Args a, Effect effect) { return tokens(in, segmentId(a.at(0)), effect); });
    addRoute(QStringLiteral("DELETE"), QStringLiteral("/iam/v2/clients/{}/tokens/{}"), [this](In, Args a, Effect) {
        return empty(m_current->deleteToken(segmentId(a.at(0)), segmentId(a.at(1))), 204);
    });
    addRoute(QStringLiteral("GET"), QStringLiteral("/cloud/v1/projects"),
             [this](In, Args, Effect effect) { return projects(effect); });
    addRoute(QStringLiteral("GET"), QStringLiteral("/cloud/v1/users/assignments"),
             [this](In in, Args, Effect effect) { return cloudAssignments(in, effect); });
    addRoute(QStringLiteral("POST"), QStringLiteral("/cloud/v1/users/assignments"),
             [this](In in, Args, Effect) { return assignCloudRole(in); });
}

AccountSimulator::~AccountSimulator() = default;

QString AccountSimulator::defaultToken()
{
    return QStringLiteral("42_rosterSimulatorTestToken0000000000000000");
}

Result<Done> AccountSimulator::open(bool reset)
{
    m_current = &m_account;
    Result<Done> opened = m_account.open(reset);
    if (!opened)
        return opened;
    opened = m_platform.open(reset);
    if (!opened)
        return opened;
    const Result<AccountInfo> info = m_account.me();
    if (!info)
        return info.error();
    m_ownerId = info.value().currentUserId;
    m_actingUserId = m_ownerId;
    return Done{};
}

quint16 AccountSimulator::start(quint16 port)
{
    m_port = listen(QHostAddress::LocalHost, port);
    return m_port;
}

quint16 AccountSimulator::port() const
{
    return m_port;
}

QUrl AccountSimulator::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

DemoAccount &AccountSimulator::account()
{
    return m_account;
}

qint64 AccountSimulator::ownerId() const
{
    return m_ownerId;
}

void AccountSimulator::addApiToken(const QString &token, qint64 userId)
{
    m_apiTokens.insert(token, userId);
}

void AccountSimulator::clearApiTokens()
{
    m_apiTokens.clear();
}

void AccountSimulator::addLogin(const QString &email, const QString &password, const QString &oneTimePassword)
{
    m_logins.insert(email.trimmed().toLower(), Login{password, oneTimePassword});
}

bool AccountSimulator::addLoginSpec(const QString &spec, QString *error)
{
    const QStringList parts = spec.split(QLatin1Char(':'));
    if (parts.size() < 2 || parts.size() > 3 || parts.at(0).isEmpty() || parts.at(1).isEmpty()) {
        *error = QStringLiteral("a user reads email:password[:one-time-password], not \"%1\"").arg(spec);
        return false;
    }
    addLogin(parts.at(0), parts.at(1), parts.value(2));
    return true;
}

void AccountSimulator::setAccessLifetimeSecs(int secs)
{
    m_accessLifetimeSecs = secs;
}

void AccountSimulator::setRefreshLifetimeSecs(int secs)
{
    m_refreshLifetimeSecs = secs;
}

void AccountSimulator::addFault(const SimulatorFault &fault)
{
    m_faults.append(fault);
}

void AccountSimulator::clearFaults()
{
    m_faults.clear();
}

QList<SimulatorFault> AccountSimulator::faults() const
{
    return m_faults;
}

Result<Done> AccountSimulator::reset()
{
    return open(true);
}

void AccountSimulator::addRoute(const QString &method, const QString &pattern, Handler handler, bool authenticated)
{
    m_routes.append(Route{pattern, method, authenticated, std::move(handler)});
}

bool AccountSimulator::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Incoming in;
    in.method = methodName(request.method());
    in.path = request.url().path();
    if (in.path.size() > 1 && in.path.endsWith(QLatin1Char('/')))
        in.path.chop(1);
    in.query = request.query();
    const auto headers = request.headers();
    for (const auto &header : headers) {
        if (header.first.compare("authorization", Qt::CaseInsensitive) == 0)
            in.authorization = header.second;
    }
    in.body = request.body();

    if (in.path.startsWith(QLatin1String("/_control/"))) {
        send(socket, control(in), SimulatorFault());
        return true;
    }

    SimulatorFault effect;
    effect.route = in.path;
    for (SimulatorFault &fault : m_faults) {
        if (!fault.matches(in.method, in.path))
            continue;
        if (fault.after > 0) {
            --fault.after;
            continue;
        }
        effect.combine(fault);
        ++fault.hits;
        if (fault.times > 0)
            --fault.times;
    }
    QPointer<QTcpSocket> guarded(socket);
    if (effect.latencyMs > 0) {
        QTimer::singleShot(effect.latencyMs, this, [this, guarded, in, effect] { process(guarded, in, effect); });
        return true;
    }
    process(guarded, in, effect);
    return true;
}

void AccountSimulator::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    // Never reached: handleRequest() answers every request.
    send(socket, message(404, QStringLiteral("Not found.")), SimulatorFault());
}

void AccountSimulator::process(QPointer<QTcpSocket> socket, const Incoming &in, const SimulatorFault &effect)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return; // the client gave up while the latency ran
    using Action = SimulatorFault::Action;
    if (effect.action == Action::Stall)
        return; // never answer; the client's timeout ends it
    if (effect.action == Action::Close) {
        // After QAbstractHttpServer has finished with this read, not inside it.
        QMetaObject::invokeMethod(socket.data(), [socket] {
            if (socket)
                socket->disconnectFromHost();
        }, Qt::QueuedConnection);
        return;
    }
    Reply reply;
    if (effect.status != 0) {
        // The server refuses before doing anything.
        reply = message(effect.status, QStringLiteral("Simulated HTTP %1.").arg(effect.status));
    } else {
        reply = dispatch(in, effect);
    }
    send(socket.data(), std::move(reply), effect);
}

void AccountSimulator::send(QTcpSocket *socket, Reply reply, const SimulatorFault &effect)
{
    using Action = SimulatorFault::Action;
    if (effect.retryAfterSecs >= 0) {
        reply.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(effect.retryAfterSecs)});
    }
    switch (effect.action) {
    case Action::Truncate:
        reply.body = reply.body.size() > 1 ? reply.body.left(reply.body.size() / 2)
                                           : QByteArrayLiteral("{\"message\": \"Simulated trunc");
        reply.contentType = QByteArrayLiteral("application/json");
        break;
    case Action::Malformed:
        reply.body = QByteArrayLiteral("{\"results\": [{\"id\": 1,}, oops], \"count\": }");
        reply.contentType = QByteArrayLiteral("application/json");
        break;
    case Action::Html:
        reply.body = proxyPage(reply.status);
        reply.contentType = QByteArrayLiteral("text/html");
        break;
    default:
        break;
    }

    QByteArray head = QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(reply.status) + ' '
        + reasonPhrase(reply.status) + QByteArrayLiteral("\r\n");
    if (!reply.contentType.isEmpty() && !reply.body.isEmpty())
        head += QByteArrayLiteral("Content-Type: ") + reply.contentType + QByteArrayLiteral("\r\n");
    for (const auto &header : std::as_const(reply.headers))
        head += header.first + QByteArrayLiteral(": ") + header.second + QByteArrayLiteral("\r\n");
    if (!effect.streamsBody()) {
        socket->write(head + QByteArrayLiteral("Content-Length: ") + QByteArray::number(reply.body.size())
                      + QByteArrayLiteral("\r\n\r\n") + reply.body);
        return;
    }
    ResponseStream::Body body = padded(reply.body, effect.gzipBombMiB > 0 ? effect.gzipBombMiB : effect.oversizedMiB);
    if (effect.gzipBombMiB > 0) {
        ResponseStream::Body compressed;
        compressed.prefix = ResponseStream::gzip(body);
        body = std::move(compressed);
        head += QByteArrayLiteral("Content-Encoding: gzip\r\n");
    }
    ResponseStream::start(socket, std::move(head), std::move(body), effect.chunked, effect.trickleMs);
}

AccountSimulator::Reply AccountSimulator::dispatch(const Incoming &in, const SimulatorFault &effect)
{
    const QStringList have = in.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QStringList allowed;
    for (const Route &route : std::as_const(m_routes)) {
        const QStringList want = route.pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (want.size() != have.size())
            continue;
        QStringList args;
        bool match = true;
        for (qsizetype i = 0; i < want.size() && match; ++i) {
            if (want.at(i) == QLatin1String("{}"))
                args.append(have.at(i));
            else
                match = want.at(i) == have.at(i);
        }
        if (!match)
            continue;
        if (route.method != in.method) {
            allowed.append(route.method);
            continue;
        }
        if (route.authenticated) {
            if (std::optional<Reply> refused = authenticate(in))
                return *refused;
        }
        for (const QString &arg : std::as_const(args)) {
            if (segmentId(arg) < 0)
                return message(404, QStringLiteral("Not found."));
        }
        return route.handler(in, args, effect);
    }
    if (!allowed.isEmpty()) {
        Reply r = message(405, QStringLiteral("Method \"%1\" not allowed.").arg(in.method));
        r.headers.append({QByteArrayLiteral("Allow"), allowed.join(QStringLiteral(", ")).toLatin1()});
        return r;
    }
    return message(404, QStringLiteral("Not found."));
}

std::optional<AccountSimulator::Reply> AccountSimulator::authenticate(const Incoming &in)
{
    const QString header = QString::fromLatin1(in.authorization).trimmed();
    const qsizetype space = header.indexOf(QLatin1Char(' '));
    const QString scheme = space < 0 ? header : header.left(space);
    const QString credential = space < 0 ? QString() : header.mid(space + 1).trimmed();
    if (header.isEmpty())
        return message(401, QStringLiteral("Authentication credentials were not provided."));

    qint64 userId = -1;
    DemoAccount *account = &m_account; // API tokens act in the account that issued them
    if (scheme == QLatin1String("APIKey")) {
        const auto it = m_apiTokens.constFind(credential);
        if (it != m_apiTokens.cend())
            userId = it.value() == 0 ? m_ownerId : it.value();
    } else if (scheme == QLatin1String("Bearer")) {
        const auto it = m_access.constFind(credential);
        if (it != m_access.cend()) {
            account = m_platform.account(it.value().clientId);
            if (account && it.value().expiresAt > m_account.now())
                userId = it.value().userId;
            else
                m_access.erase(it);
        }
    }
    if (userId < 0)
        return message(401, QStringLiteral("Invalid token."));
    const Result<Done> acting = account->setActingUser(userId);
    if (!acting)
        return message(401, QStringLiteral("Invalid token."));
    m_current = account;
    m_actingUserId = userId;
    return std::nullopt;
}

AccountSimulator::Reply AccountSimulator::issueTokens(qint64 userId, qint64 clientId)
{
    const QDateTime now = m_account.now();
    const QString access = randomToken(24);
    const QString refreshToken = randomToken(24);
    m_access.insert(access, Grant{userId, clientId, now.addSecs(m_accessLifetimeSecs)});
    m_refresh.insert(refreshToken, Grant{userId, clientId, now.addSecs(m_refreshLifetimeSecs)});
    return json(200, QJsonObject{{QStringLiteral("refresh"), refreshToken}, {QStringLiteral("access"), access}});
}

AccountSimulator::Reply AccountSimulator::login(const Incoming &in)
{
    Reply failure;
    const std::optional<QJsonObject> body = parseObject(in, &failure);
    if (!body)
        return failure;
    QHash<QString, QString> missing;
    const QString username = body->value(QStringLiteral("username")).toString().trimmed();
    const QString password = body->value(QStringLiteral("password")).toString();
    if (username.isEmpty())
        missing.insert(QStringLiteral("username"), required());
    if (password.isEmpty())
        missing.insert(QStringLiteral("password"), required());
    if (!missing.isEmpty())
        return fieldErrors(missing);

    const QString noAccount = QStringLiteral("No active account found with the given credentials.");
    const auto it = m_logins.constFind(username.toLower());
    if (it == m_logins.cend() || it.value().password != password)
        return nestedErrors(noAccount);
    if (!m_account.setActingUser(m_ownerId))
        return nestedErrors(noAccount);
    const Result<UserPage> all = m_account.listUsers(0, 0);
    if (!all)
        return error(all.error());
    qint64 userId = 0;
    for (const User &user : all.value().users) {
        if (user.email.compare(username, Qt::CaseInsensitive) == 0 && user.activated && user.isActive)
            userId = user.id;
    }
    if (userId == 0)
        return nestedErrors(noAccount);

    const QString expected = it.value().oneTimePassword;
    if (!expected.isEmpty()) {
        const QJsonValue otp = body->value(QStringLiteral("one_time_password"));
        if (otp.isUndefined() || otp.isNull() || otp.toString().isEmpty())
            return nestedErrors(QStringLiteral("One-time password is required."));
        if (otp.toString() != expected)
            return nestedErrors(QStringLiteral("Invalid one-time password."));
    }
    return issueTokens(userId, m_account.clientId()); // login lands in the person's first account
}

// A new session for the signed-in person in another account they belong to.
AccountSimulator::Reply AccountSimulator::switchAccount(qint64 clientId)
{
    const QString denied = QStringLiteral("You do not have permission to perform this action.");
    DemoAccount *target = m_platform.account(clientId);
    const Result<User> me = m_current->user(m_actingUserId);
    if (!target || !me)
        return message(403, denied);
    const Result<QHash<QString, ClientRoles>> there = target->memberships({me.value().email});
    if (!there)
        return error(there.error());
    if (there.value().isEmpty())
        return message(403, denied);
    return issueTokens(there.value().cbegin().value().userId, clientId);
}

AccountSimulator::Reply AccountSimulator::refresh(const Incoming &in)
{
    Reply failure;
    const std::optional<QJsonObject> body = parseObject(in, &failure);
    if (!body)
        return failure;
    const QString token = body->value(QStringLiteral("refresh")).toString();
    if (token.isEmpty())
        return fieldErrors({{QStringLiteral("refresh"), required()}});
    const Grant grant = m_refresh.take(token); // single use
    if (grant.userId == 0 || grant.expiresAt <= m_account.now())
        return message(401, QStringLiteral("Token is invalid or expired"));
    return issueTokens(grant.userId, grant.clientId);
}

AccountSimulator::Reply AccountSimulator::me()
{
    const Result<AccountInfo> info = m_current->me();
    if (!info)
        return error(info.error());
    const Result<UserPage> all = m_current->listUsers(0, 0);
    if (!all)
        return error(all.error());
    QJsonArray users;
    for (const User &user : all.value().users) {
        users.append(QJsonObject{{QStringLiteral("id"), user.id},
                                 {QStringLiteral("email"), user.email},
                                 {QStringLiteral("name"), user.name.isEmpty() ? QJsonValue() : QJsonValue(user.name)},
                                 {QStringLiteral("activated"), user.activated},
                                 {QStringLiteral("deleted"), user.deleted}});
    }
    return json(200, QJsonObject{{QStringLiteral("id"), info.value().clientId},
                                 {QStringLiteral("currentUser"), info.value().currentUserId},
                                 {QStringLiteral("companyName"), info.value().companyName},
                                 {QStringLiteral("users"), users}});
}

AccountSimulator::Reply AccountSimulator::listUsers(const Incoming &in, const SimulatorFault &effect)
{
    using Shape = SimulatorFault::ListShape;
    const auto number = [&in](const QString &key, bool *present) {
        const QString text = in.query.queryItemValue(key);
        *present = !text.isEmpty();
        bool ok = false;
        const qint64 n = text.toLongLong(&ok);
        return ok && n >= 0 ? n : 0;
    };
    bool hasLimit = false;
    bool hasOffset = false;
    const int limit = int(std::min<qint64>(number(QStringLiteral("limit"), &hasLimit), std::numeric_limits<int>::max()));
    const qint64 offset = number(QStringLiteral("offset"), &hasOffset);
    Shape shape = effect.listShape;
    if (shape == Shape::Default)
        shape = hasLimit ? Shape::Results : Shape::Array;
    const auto pageUrl = [this, limit](qint64 at) {
        QUrl url = baseUrl();
        url.setPath(QStringLiteral("/iam/users"));
        url.setQuery(QStringLiteral("limit=%1&offset=%2").arg(limit).arg(at));
        return QJsonValue(url.toString());
    };
    const auto listKey = [shape] { return shape == Shape::Result ? QStringLiteral("result") : QStringLiteral("results"); };

    if (effect.endless != SimulatorFault::Endless::None) {
        const QJsonArray users = endlessUsers(effect.endless == SimulatorFault::Endless::Repeat ? 0 : offset,
                                              limit > 0 ? limit : SimulatorFault::EndlessPageSize);
        if (shape == Shape::Array)
            return json(200, users);
        return json(200, QJsonObject{{QStringLiteral("next"), pageUrl(offset + users.size())},
                                     {QStringLiteral("previous"), offset > 0 ? pageUrl(std::max<qint64>(0, offset - limit)) : QJsonValue()},
                                     {listKey(), users}});
    }

    const qint64 served = effect.ignoreOffset ? 0 : offset;
    if (served == 0)
        m_platform.refresh();
    const Result<UserPage> page = m_current->listUsers(int(std::min<qint64>(served, std::numeric_limits<int>::max())),
                                                      hasLimit ? limit : 0);
    if (!page)
        return error(page.error());

    // The users' JSON joined as QJsonDocument::Compact would write the array.
    QByteArray users = "[";
    if (!effect.emptyPages) {
        for (qsizetype i = 0; i < page.value().users.size(); ++i) {
            const User &user = page.value().users.at(i);
            if (i > 0)
                users += ',';
            const qint64 bad = served + i - SimulatorFault::BadRecordsFirst;
            if (effect.badRecords && bad >= 0 && bad < qint64(SimulatorFault::BadRecord::Count))
                users += QJsonDocument(spoiled(UserJson::toJson(user), SimulatorFault::BadRecord(bad)))
                             .toJson(QJsonDocument::Compact);
            else
                users += userBytes(user);
        }
    }
    users += ']';
    if (shape == Shape::Array) {
        Reply r;
        r.status = 200;
        r.body = users;
        return r;
    }

    const bool lying = effect.inflatedCount > 0 || effect.emptyPages || effect.ignoreOffset;
    const qint64 count = effect.inflatedCount > 0 ? effect.inflatedCount : page.value().count;
    // A lying server keeps its links consistent with its count, so they lead on as far as it.
    const bool more = lying ? limit > 0 && offset + limit < count : page.value().hasNext;
    const QJsonValue next = hasLimit && more ? pageUrl(offset + limit) : QJsonValue();
    const QJsonValue previous = hasLimit && offset > 0 ? pageUrl(std::max<qint64>(0, offset - limit)) : QJsonValue();
    // The list's key sorts last, so the object ends with its empty array: the users go there.
    Reply r = json(200, QJsonObject{{QStringLiteral("count"), count},
                                    {QStringLiteral("next"), next},
                                    {QStringLiteral("previous"), previous},
                                    {listKey(), QJsonArray()}});
    Q_ASSERT(r.body.endsWith("[]}"));
    r.body.chop(3);
    r.body += users;
    r.body += '}';
    return r;
}

QByteArray AccountSimulator::userBytes(const User &user)
{
    auto known = m_served.find(user.id);
    if (known != m_served.end() && known->user == user)
        return known->json;
    QByteArray json = QJsonDocument(UserJson::toJson(user)).toJson(QJsonDocument::Compact);
    m_served.insert(user.id, Served{user, json});
    return json;
}

QJsonArray AccountSimulator::endlessUsers(qint64 offset, int size)
{
    // Someone of the account to copy, so every record is a complete one.
    const Result<UserPage> some = m_current->listUsers(0, 2);
    QJsonObject model = some && !some.value().users.isEmpty() ? UserJson::toJson(some.value().users.constLast())
                                                               : QJsonObject();
    QJsonArray users;
    for (int i = 0; i < size; ++i) {
        const qint64 id = SimulatorFault::EndlessFirstId + offset + i;
        model.insert(QStringLiteral("id"), id);
        model.insert(QStringLiteral("email"), QStringLiteral("endless-%1@example.com").arg(id));
        model.insert(QStringLiteral("name"), QStringLiteral("Endless %1").arg(id));
        QJsonArray roles = model.value(QStringLiteral("client_and_roles")).toArray();
        for (QJsonValueRef role : roles) {
            QJsonObject entry = role.toObject();
            entry.insert(QStringLiteral("user_id"), id);
            role = entry;
        }
        model.insert(QStringLiteral("client_and_roles"), roles);
        users.append(model);
    }
    return users;
}

AccountSimulator::Reply AccountSimulator::invite(const Incoming &in)
{
    Reply failure;
    const std::optional<QJsonObject> body = parseObject(in, &failure);
    if (!body)
        return failure;
    InviteRequest request;
    const QJsonValue client = body->value(QStringLiteral("client_id"));
    request.clientId = client.isUndefined() || client.isNull() ? 0 : idValue(client);
    request.email = body->value(QStringLiteral("email")).toString();
    request.name = body->value(QStringLiteral("name")).toString();
    if (body->contains(QStringLiteral("lang")))
        request.lang = body->value(QStringLiteral("lang")).toString();
    const QJsonValue role = body->value(QStringLiteral("user_role"));
    if (!role.isObject())
        return fieldErrors({{QStringLiteral("user_role"), required()}});
    request.roleId = int(idValue(role.toObject().value(QStringLiteral("id"))));
    const Result<InviteResult> result = m_current->invite(request);
    if (!result)
        return error(result.error());
    return json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("sent")},
                                 {QStringLiteral("user_id"), result.value().userId}});
}

AccountSimulator::Reply AccountSimulator::patchUser(const Incoming &in, qint64 userId)
{
    Reply failure;
    const std::optional<QJsonObject> body = parseObject(in, &failure);
    if (!body)
        return failure;
    UserPatch patch;
    QHash<QString, QString> wrongType;
    const auto text = [&](const QString &key, std::optional<QString> *out, bool nullable) {
        if (!body->contains(key))
            return;
        const QJsonValue v = body->value(key);
        if (v.isString())
            *out = v.toString();
        else if (v.isNull() && nullable)
            *out = QString();
        else
            wrongType.insert(key, QStringLiteral("Not a valid string."));
    };
    text(QStringLiteral("name"), &patch.name, true);
    text(QStringLiteral("lang"), &patch.lang, false);
    text(QStringLiteral("phone"), &patch.phone, true);
    text(QStringLiteral("email"), &patch.email, false);
    if (body->contains(QStringLiteral("auth_types"))) {
        const QJsonValue v = body->value(QStringLiteral("auth_types"));
        QStringList types;
        bool ok = v.isArray();
        const QJsonArray array = v.toArray();
        for (const QJsonValue &item : array) {
            ok = ok && item.isString();
            types.append(item.toString());
        }
        if (ok)
            patch.authTypes = types;
        else
            wrongType.insert(QStringLiteral("auth_types"), QStringLiteral("Expected a list of items."));
    }
    if (!wrongType.isEmpty())
        return fieldErrors(wrongType, ErrorStyle::FieldStrings);
    const Result<User> user = m_current->updateUser(userId, patch);
    if (!user)
        return error(user.error(), ErrorStyle::FieldStrings);
    return json(200, UserJson::toJson(user.value()));
}

AccountSimulator::Reply AccountSimulator::putRole(const Incoming &in, qint64 clientId, qint64 userId)
{
    Reply failure;
    const std::optional<QJsonObject> body = parseObject(in, &failure);
    if (!body)
        return failure;
    const QJsonValue role = body->value(QStringLiteral("user_role"));
    if (!role.isObject())
        return fieldErrors({{QStringLiteral("user_role"), required()}});
    return empty(m_current->setRole(clientId, userId, int(idValue(role.toObject().value(QStringLiteral("id"))))), 204);
}

AccountSimulator::Reply AccountSimulator::renewInvitation(const Incoming &in)
{
    Reply failure;
    const std::optional<QJsonObject> body = parseObject(in, &failure);
    if (!body)
        return failure;
    const QString email = body->value(QStringLiteral("email")).toString();
    if (email.trimmed().isEmpty())
        return fieldErrors({{QStringLiteral("email"), required()}});
    return empty(m_current->resendInvitation(email), 200, ErrorStyle::NotFoundString);
}

AccountSimulator::Reply AccountSimulator::tokens(const Incoming &in, qint64 clientId, const SimulatorFault &effect)
{
    qint64 issuer = 0;
    if (in.query.hasQueryItem(QStringLiteral("issued_by"))) {
        issuer = segmentId(in.query.queryItemValue(QStringLiteral("issued_by")));
        if (issuer <= 0)
            return fieldErrors({{QStringLiteral("issued_by"), QStringLiteral("A valid integer is required.")}});
    }
    // `deleted=true|false`: only the tokens of removed issuers, or only the others.
    const QString deleted = in.query.queryItemValue(QStringLiteral("deleted")).toLower();
    const Result<QList<ApiToken>> found = m_current->tokens(clientId, issuer);
    if (!found)
        return error(found.error());
    const auto time = [](const QDateTime &t) { return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(); };
    QJsonArray list;
    for (const ApiToken &token : found.value()) {
        if ((deleted == QLatin1String("true") && !token.issuerDeleted)
            || (deleted == QLatin1String("false") && token.issuerDeleted))
            continue;
        QJsonObject issuedBy{{QStringLiteral("user_id"), token.userId},
                             {QStringLiteral("client_id"), clientId},
                             {QStringLiteral("user_email"), token.issuerEmail},
                             {QStringLiteral("user_name"), token.issuerName},
                             {QStringLiteral("deleted"), token.issuerDeleted}};
        list.append(QJsonObject{
            {QStringLiteral("id"), token.id},
            {QStringLiteral("name"), token.name},
            {QStringLiteral("description"), QString()},
            {QStringLiteral("exp_date"), time(token.expiresAt)},
            {QStringLiteral("created"), time(token.createdAt)},
            {QStringLiteral("last_usage"), time(token.lastUsedAt)},
            {QStringLiteral("expired"), token.isExpired(m_current->now())},
            {QStringLiteral("deleted"), false},
            {QStringLiteral("client_user"), issuedBy},
        });
    }
    // bad-records: entries no client can read sit among the good ones.
    if (effect.badRecords) {
        list.insert(0, QJsonValue(QStringLiteral("not a token")));
        list.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("no id")}});
        list.append(QJsonObject{{QStringLiteral("id"), 999999999}, {QStringLiteral("exp_date"), QStringLiteral("soon")}});
    }
    // A bare array, as the contract says, unless a fault asks for a paginated object.
    using Shape = SimulatorFault::ListShape;
    if (effect.listShape == Shape::Results || effect.listShape == Shape::Result) {
        return json(200, QJsonObject{{QStringLiteral("count"), int(list.size())},
                                     {QStringLiteral("next"), QJsonValue()},
                                     {QStringLiteral("previous"), QJsonValue()},
                                     {effect.listShape == Shape::Result ? QStringLiteral("result") : QStringLiteral("results"),
                                      list}});
    }
    return json(200, list);
}

AccountSimulator::Reply AccountSimulator::projects(const SimulatorFault &effect)
{
    const Result<QList<Project>> found = m_current->projects();
    if (!found)
        return error(found.error());
    const Result<AccountInfo> info = m_current->me();
    QJsonArray list;
    for (const Project &project : found.value()) {
        list.append(QJsonObject{{QStringLiteral("id"), project.id},
                                {QStringLiteral("name"), project.name},
                                {QStringLiteral("is_default"), project.isDefault},
                                {QStringLiteral("client_id"), info ? info.value().clientId : 0},
                                {QStringLiteral("description"), QJsonValue()},
                                {QStringLiteral("state"), QStringLiteral("ACTIVE")}});
    }
    // Paginated, as the Cloud API answers, unless a fault asks for another shape.
    using Shape = SimulatorFault::ListShape;
    if (effect.listShape == Shape::Array)
        return json(200, list);
    return json(200, QJsonObject{{QStringLiteral("count"), int(list.size())},
                                 {effect.listShape == Shape::Result ? QStringLiteral("result") : QStringLiteral("results"),
                                  list}});
}

// One person's roles (user_id); the contract needs no more. The bad-records fault adds
// entries no client can read.
AccountSimulator::Reply AccountSimulator::cloudAssignments(const Incoming &in, const SimulatorFault &effect)
{
    bool ok = false;
    const qint64 userId = in.query.queryItemValue(QStringLiteral("user_id")).toLongLong(&ok);
    if (!ok || userId <= 0)
        return fieldErrors({{QStringLiteral("user_id"), QStringLiteral("A valid integer is required.")}});
    const Result<QList<CloudAssignment>> found = m_current->cloudAssignments(userId);
    if (!found)
        return error(found.error());
    QJsonArray list;
    for (const CloudAssignment &a : found.value()) {
        list.append(QJsonObject{{QStringLiteral("role"), a.role},
                                {QStringLiteral("user_id"), a.userId},
                                {QStringLiteral("client_id"), a.clientId != 0 ? QJsonValue(a.clientId) : QJsonValue()},
                                {QStringLiteral("project_id"), a.projectId != 0 ? QJsonValue(a.projectId) : QJsonValue()},
                                {QStringLiteral("assigned_by"), m_ownerId}});
    }
    if (effect.badRecords) {
        list.append(QJsonObject{{QStringLiteral("user_id"), userId}}); // no role
        list.append(QJsonObject{{QStringLiteral("role"), CloudRole::observer()}, {QStringLiteral("user_id"), QStringLiteral("x")}});
    }
    return json(200, QJsonObject{{QStringLiteral("count"), int(list.size())}, {QStringLiteral("results"), list}});
}

AccountSimulator::Reply AccountSimulator::assignCloudRole(const Incoming &in)
{
    Reply failure;
    const std::optional<QJsonObject> body = parseObject(in, &failure);
    if (!body)
        return failure;
    CloudAssignment assignment;
    assignment.role = body->value(QStringLiteral("role")).toString();
    const auto optionalId = [&body](const QString &key) {
        const QJsonValue v = body->value(key);
        return v.isUndefined() || v.isNull() ? qint64(0) : idValue(v);
    };
    assignment.userId = optionalId(QStringLiteral("user_id"));
    assignment.clientId = optionalId(QStringLiteral("client_id"));
    assignment.projectId = optionalId(QStringLiteral("project_id"));
    QHash<QString, QString> wrong;
    for (const QString &key : {QStringLiteral("user_id"), QStringLiteral("client_id"), QStringLiteral("project_id")}) {
        if (optionalId(key) < 0)
            wrong.insert(key, QStringLiteral("A valid integer is required."));
    }
    if (!wrong.isEmpty())
        return fieldErrors(wrong);
    const Result<Done> done = m_current->assignCloudRole(assignment);
    if (!done)
        return error(done.error());
    return json(200, QJsonObject{{QStringLiteral("assigned_role_id"), QRandomGenerator::global()->bounded(1000, 100000)}});
}

AccountSimulator::Reply AccountSimulator::control(const Incoming &in)
{
    if (in.path == QLatin1String("/_control/faults")) {
        if (in.method == QLatin1String("GET")) {
            QJsonArray list;
            for (const SimulatorFault &fault : std::as_const(m_faults))
                list.append(fault.toJson());
            return json(200, list);
        }
        if (in.method == QLatin1String("DELETE")) {
            clearFaults();
            return json(200, QJsonArray());
        }
        if (in.method == QLatin1String("POST")) {
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(in.body, &parseError);
            if (parseError.error != QJsonParseError::NoError)
                return message(400, QStringLiteral("JSON parse error - ") + parseError.errorString());
            QJsonArray items = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
            QList<SimulatorFault> added;
            for (const QJsonValue &item : std::as_const(items)) {
                QString problem;
                std::optional<SimulatorFault> fault = item.toObject().contains(QStringLiteral("spec"))
                    ? SimulatorFault::fromSpec(item.toObject().value(QStringLiteral("spec")).toString(), &problem)
                    : SimulatorFault::fromJson(item.toObject(), &problem);
                if (!fault)
                    return message(400, problem);
                added.append(*fault);
            }
            m_faults += added;
            return json(200, QJsonObject{{QStringLiteral("added"), int(added.size())}});
        }
    } else if (in.path == QLatin1String("/_control/reset") && in.method == QLatin1String("POST")) {
        const Result<Done> done = reset();
        if (!done)
            return error(done.error());
        return json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("reset")}});
    } else {
        return message(404, QStringLiteral("Not found."));
    }
    return message(405, QStringLiteral("Method \"%1\" not allowed.").arg(in.method));
}

AccountSimulator::Reply AccountSimulator::json(int status, const QJsonValue &value)
{
    Reply r;
    r.status = status;
    if (value.isArray())
        r.body = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else if (value.isObject())
        r.body = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    else {
        // A bare JSON string: serialize it inside an array and drop the brackets.
        const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        r.body = wrapped.mid(1, wrapped.size() - 2);
    }
    return r;
}

AccountSimulator::Reply AccountSimulator::message(int status, const QString &text)
{
    return json(status, QJsonObject{{QStringLiteral("message"), text}});
}

AccountSimulator::Reply AccountSimulator::fieldErrors(const QHash<QString, QString> &fields, ErrorStyle style)
{
    QJsonObject errors;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (style == ErrorStyle::FieldStrings)
            errors.insert(it.key(), it.value());
        else
            errors.insert(it.key(), QJsonArray{it.value()});
    }
    return json(400, QJsonObject{{QStringLiteral("errors"), errors}});
}

AccountSimulator::Reply AccountSimulator::nestedErrors(const QString &text)
{
    return json(400, QJsonObject{
                         {QStringLiteral("errors"), QJsonObject{{QStringLiteral("errors"), QJsonArray{text}}}}});
}

AccountSimulator::Reply AccountSimulator::empty(const Result<Done> &done, int status, ErrorStyle style)
{
    if (!done)
        return error(done.error(), style);
    Reply r;
    r.status = status;
    r.contentType.clear();
    return r;
}

AccountSimulator::Reply AccountSimulator::error(const ApiError &e, ErrorStyle style)
{
    using Kind = ApiError::Kind;
    if (!e.fieldErrors.isEmpty())
        return fieldErrors(e.fieldErrors, style);
    int status = e.httpStatus;
    if (status == 0) {
        switch (e.kind) {
        case Kind::Unauthorized:
            status = 401;
            break;
        case Kind::Forbidden:
            status = 403;
            break;
        case Kind::NotFound:
            status = 404;
            break;
        case Kind::Validation:
            status = 400;
            break;
        case Kind::RateLimited:
            status = 429;
            break;
        case Kind::Unsupported:
            status = 405;
            break;
        default:
            status = 500;
            break;
        }
    }
    if (e.kind == Kind::Storage)
        status = 500;
    if (status == 400 && (e.message.contains(QLatin1String("has already been invited"))
                          || e.message.contains(QLatin1String("cannot be added")))) {
        return json(400, QJsonArray{e.message});
    }
    if (status == 404 && style == ErrorStyle::NotFoundString)
        return json(404, QJsonValue(e.message));
    Reply r = message(status, e.message);
    if (status == 429 && e.retryAfterSecs >= 0)
        r.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(e.retryAfterSecs)});
    return r;
}

std::optional<QJsonObject> AccountSimulator::parseObject(const Incoming &in, Reply *failure)
{
    if (in.body.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(in.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *failure = message(400, QStringLiteral("JSON parse error - ") + parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *failure = message(400, QStringLiteral("JSON parse error - expected a JSON object"));
        return std::nullopt;
    }
    return doc.object();
}
