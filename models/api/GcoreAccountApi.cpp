#include "GcoreAccountApi.h"

#include "ApiJson.h"
#include "HttpError.h"
#include "OneShotBody.h"
#include "domain/Role.h"
#include "domain/UserJson.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <cstring>
#include <utility>

// Method and path only: never a header, a query value that could identify a person, or a body.
Q_LOGGING_CATEGORY(lcApi, "roster.api", QtInfoMsg)

namespace {

// The pages are parsed on threads of their own, not on Qt's global pool: Qt's raster painter
// splits big fills into tasks on that pool and waits for them, so a window painting while
// pages were parsed there waited behind them (20–40 ms a paint at 100,000 users).
Q_GLOBAL_STATIC(QThreadPool, parsePool)

// What new instances start with: GcoreAccountApi::setDefaultRequestDeadline().
int processRequestDeadlineMs = GcoreAccountApi::DefaultRequestDeadlineMs;

bool isRetriableStatus(int status)
{
    return status == 429 || status == 502 || status == 503 || status == 504;
}


QJsonObject roleJson(int roleId)
{
    return QJsonObject{{QStringLiteral("id"), roleId}, {QStringLiteral("name"), Role::byId(roleId).name}};
}

QByteArray toBody(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// An empty text clears a nullable field.
QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

Result<Done> parseDone(int)
{
    return Done{};
}

} // namespace

GcoreAccountApi::GcoreAccountApi(QNetworkAccessManager *network, const QUrl &baseUrl, QObject *parent)
    : SignInApi(parent)
    , m_network(network)
    , m_baseUrl(baseUrl)
    , m_urlAllowed(isUrlAllowed(baseUrl))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_deadlineMs = processRequestDeadlineMs;
    Q_ASSERT(network);
    if (!m_urlAllowed)
        qCWarning(lcApi) << "refusing the server address"
                         << baseUrl.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
}

GcoreAccountApi::~GcoreAccountApi()
{
    cancelAll();
}

QUrl GcoreAccountApi::baseUrl() const
{
    return m_baseUrl;
}

bool GcoreAccountApi::isUrlAllowed() const
{
    return m_urlAllowed;
}

void GcoreAccountApi::setApiToken(const QString &token)
{
    const bool hadSession = !m_refresh.isEmpty();
    m_authMode = token.isEmpty() ? AuthMode::None : AuthMode::ApiKey;
    m_apiToken = token;
    m_access.clear();
    m_refresh.clear();
    m_accessExpires = {};
    if (m_refreshCall) {
        cancel(m_refreshCall);
        m_refreshCall = 0;
    }
    // Requests waiting for a new access token go out with the API token instead.
    const QList<quint64> waiting = std::exchange(m_waitingForAccess, {});
    for (quint64 id : waiting)
        startAttempt(id);
    if (hadSession)
        emit refreshTokenChanged(QString());
}

void GcoreAccountApi::restoreSession(const QString &refreshToken)
{
    setApiToken(QString());
    m_authMode = refreshToken.isEmpty() ? AuthMode::None : AuthMode::Jwt;
    m_refresh = refreshToken;
}

void GcoreAccountApi::signOut()
{
    setApiToken(QString());
}

bool GcoreAccountApi::hasCredentials() const
{
    return m_authMode != AuthMode::None;
}

void GcoreAccountApi::signIn(const QString &username, const QString &password, const QString &oneTimePassword,
                             QObject *context, ApiCallback<Done> done)
{
    QJsonObject body{{QStringLiteral("username"), username}, {QStringLiteral("password"), password}};
    if (!oneTimePassword.isEmpty())
        body.insert(oneTimePasswordField(), oneTimePassword);
    Call call;
    call.method = "POST";
    call.path = QStringLiteral("/iam/auth/jwt/login");
    call.body = toBody(body);
    call.authenticated = false;
    call.context = context;
    call.guarded = context != nullptr;
    // The call is aborted when this object goes, so `this` is alive whenever this runs.
    call.finish = [this, done = std::move(done)](const Result<Response> &result) {
        ApiError error;
        if (result) {
            if (storeTokens(result.value().body, &error)) {
                if (done)
                    done(Done{});
                return;
            }
        } else {
            error = result.error();
            // 2FA: name the one-time code field, so the sign-in dialog can ask for it.
            const QString otp = oneTimePasswordField();
            const QString text = error.message.toLower();
            if (!error.fieldErrors.contains(otp)
                && (text.contains(QLatin1String("one-time password"))
                    || text.contains(QLatin1String("one time password")) || text.contains(otp)
                    || text.contains(QLatin1String("two-factor")) || text.contains(QLatin1String("2fa")))) {
                error.fieldErrors.insert(otp, error.message);
            }
        }
        if (done)
            done(error);
    };
    enqueue(std::move(call));
}

void GcoreAccountApi::switchAccount(qint64 clientId, QObject *context, ApiCallback<Done> done)
{
    Call call;
    call.method = "GET";
    call.path = QStringLiteral("/iam/auth/jwt/clients/%1/login").arg(clientId);
    call.retriable = true;
    call.context = context;
    call.guarded = context != nullptr;
    // The call is aborted when this object goes, so `this` is alive whenever this runs.
    call.finish = [this, done = std::move(done)](const Result<Response> &result) {
        ApiError error;
        if (!result)
            error = result.error();
        else if (storeTokens(result.value().body, &error))
            error = ApiError();
        if (done) {
            if (error.isError())
                done(error);
            else
                done(Done{});
        }
    };
    enqueue(std::move(call));
}

void GcoreAccountApi::openAccount(qint64 clientId, QObject *context, ApiCallback<std::shared_ptr<AccountApi>> done)
{
    Call call;
    call.context = context;
    call.guarded = context != nullptr;
    if (m_authMode != AuthMode::Jwt) {
        call.finish = [done = std::move(done)](const Result<Response> &result) {
            if (done)
                done(result.error());
        };
        refuse(std::move(call), ApiError::make(ApiError::Kind::Unsupported,
                                               tr("An API token opens one account only. Sign in with your email and "
                                                  "password to reach your other accounts.")));
        return;
    }
    call.method = "GET";
    call.path = QStringLiteral("/iam/auth/jwt/clients/%1/login").arg(clientId);
    call.retriable = true;
    call.finish = [this, done = std::move(done)](const Result<Response> &result) {
        if (!result) {
            if (done)
                done(result.error());
            return;
        }
        // Deleted with the last pointer, also from inside one of its own answers (complete()
        // touches nothing after finish()).
        auto other = std::make_shared<GcoreAccountApi>(m_network, m_baseUrl);
        other->m_timeoutMs = m_timeoutMs;
        other->m_deadlineMs = m_deadlineMs;
        other->m_maxBodyBytes = m_maxBodyBytes;
        other->m_retryBaseDelayMs = m_retryBaseDelayMs;
        other->m_retryAfterCapMs = m_retryAfterCapMs;
        other->m_clock = m_clock;
        ApiError error;
        if (!other->storeTokens(result.value().body, &error)) {
            if (done)
                done(error);
            return;
        }
        if (done)
            done(std::shared_ptr<AccountApi>(other));
    };
    enqueue(std::move(call));
}

void GcoreAccountApi::setTimeout(int ms)
{
    m_timeoutMs = ms > 0 ? ms : DefaultTimeoutMs;
}

int GcoreAccountApi::timeout() const
{
    return m_timeoutMs;
}

void GcoreAccountApi::setDefaultRequestDeadline(int ms)
{
    processRequestDeadlineMs = ms > 0 ? ms : DefaultRequestDeadlineMs;
}

void GcoreAccountApi::setRequestDeadline(int ms)
{
    m_deadlineMs = ms > 0 ? ms : DefaultRequestDeadlineMs;
}

void GcoreAccountApi::setMaxBodyBytes(qint64 bytes)
{
    m_maxBodyBytes = bytes > 0 ? bytes : DefaultMaxBodyBytes;
}

void GcoreAccountApi::setRetryBaseDelay(int ms)
{
    m_retryBaseDelayMs = std::max(ms, 0);
}

void GcoreAccountApi::setRetryAfterCap(int ms)
{
    m_retryAfterCapMs = std::max(ms, 0);
}

void GcoreAccountApi::setClock(std::function<QDateTime()> clock)
{
    m_clock = clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); };
}

int GcoreAccountApi::pendingCount() const
{
    return int(m_calls.size());
}

bool GcoreAccountApi::supports(Capability capability) const
{
    switch (capability) {
    case Capability::ResendInvitation:
        return !m_resendUnsupported;
    case Capability::Deactivate:
        return false; // the contract has no endpoint for it
    case Capability::ListTokens:
        return true;
    }
    return false;
}

QString GcoreAccountApi::displayName() const
{
    return m_baseUrl.host();
}

// ---- the request machinery ------------------------------------------------------------

template <typename T>
void GcoreAccountApi::request(const QByteArray &method, const QString &path, const QUrlQuery &query,
                              const QByteArray &body, QObject *context,
                              std::function<Result<T>(const Response &)> parse, ApiCallback<T> done, ParseOn parseOn)
{
    Call call;
    call.method = method;
    call.path = path;
    call.query = query;
    call.body = body;
    call.retriable = method == "GET" || method == "PUT" || method == "DELETE";
    call.context = context;
    call.guarded = context != nullptr;
    // The call is aborted when this object goes, so `this` is alive whenever this runs.
    call.finish = [this, parseOn, guard = QPointer<QObject>(context), guarded = context != nullptr,
                   parse = std::move(parse), done = std::move(done)](const Result<Response> &result) {
        if (!done)
            return;
        if (!result)
            done(result.error());
        else if (parseOn == ParseOn::WorkerThread)
            parseOffThread<T>(result.value(), guard, guarded, parse, done);
        else
            done(parse(result.value()));
    };
    enqueue(std::move(call));
}

// Parses on the parsing threads and answers on this object's thread, unless the context
// went or cancelAll() ran meanwhile: the answer goes through the application object, which
// outlives both this object and the worker, and is dropped once the token is gone.
template <typename T>
void GcoreAccountApi::parseOffThread(const Response &response, const QPointer<QObject> &context, bool guarded,
                                     std::function<Result<T>(const Response &)> parse, ApiCallback<T> done)
{
    auto token = std::make_shared<ParseToken>();
    m_parsing.insert(token.get(), token);
    const std::weak_ptr<ParseToken> alive = token;
    parsePool()->start([this, response, context, guarded, alive, parse = std::move(parse),
                        done = std::move(done)]() mutable {
        auto parsed = std::make_shared<Result<T>>(parse(response));
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [this, context, guarded, alive, parsed, done = std::move(done)] {
                const std::shared_ptr<ParseToken> owner = alive.lock();
                if (!owner)
                    return; // cancelled, or this object is gone
                m_parsing.remove(owner.get());
                if (guarded && !context)
                    return;
                done(*parsed);
            },
            Qt::QueuedConnection);
    });
}

quint64 GcoreAccountApi::enqueue(Call call)
{
    const quint64 id = m_nextId++;
    call.since.start();
    if (call.context) {
        call.contextConnection = connect(call.context.data(), &QObject::destroyed, this, [this, id] { cancel(id); });
    }
    m_calls.insert(id, std::move(call));
    if (!m_urlAllowed) {
        failLater(id,
                  ApiError::make(ApiError::Kind::Unsupported,
                                 tr("Roster connects to %1 only over https://. Unencrypted http:// is allowed for "
                                    "this computer (localhost) only.")
                                     .arg(m_baseUrl.host())));
    } else {
        startAttempt(id);
    }
    return id;
}

void GcoreAccountApi::startAttempt(quint64 id)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end())
        return; // cancelled while waiting
    Call &call = it.value();
    if (call.authenticated && m_authMode == AuthMode::Jwt && !accessUsable()) {
        if (!m_waitingForAccess.contains(id))
            m_waitingForAccess.append(id);
        startRefresh();
        return;
    }

    QUrl url = m_baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + call.path);
    url.setQuery(call.query);
    // What is left of the request's deadline (waiting for an access token counts too).
    const qint64 left = m_deadlineMs - call.since.elapsed();
    if (left <= 0) {
        complete(id, deadlineError());
        return;
    }
    QNetworkRequest outgoing(url);
    outgoing.setTransferTimeout(int(std::min<qint64>(m_timeoutMs, left)));
    // A credential must never follow a redirect to another host or scheme.
    outgoing.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    outgoing.setRawHeader("Accept", "application/json");
    if (!call.body.isEmpty())
        outgoing.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    call.usedAccess.clear();
    if (call.authenticated) {
        if (m_authMode == AuthMode::ApiKey) {
            outgoing.setRawHeader("Authorization", QByteArrayLiteral("APIKey ") + m_apiToken.toUtf8());
        } else if (m_authMode == AuthMode::Jwt) {
            outgoing.setRawHeader("Authorization", QByteArrayLiteral("Bearer ") + m_access.toUtf8());
            call.usedAccess = m_access;
        }
    }
    ++call.attempt;
    qCDebug(lcApi).noquote() << QString::fromLatin1(call.method) << call.path << "attempt" << call.attempt;
    if (!call.retriable && !call.body.isEmpty()) {
        outgoing.setHeader(QNetworkRequest::ContentLengthHeader, call.body.size());
        auto *body = new OneShotBody(call.body);
        call.reply = m_network->sendCustomRequest(outgoing, call.method, body);
        body->setParent(call.reply);
    } else {
        call.reply = m_network->sendCustomRequest(outgoing, call.method, call.body);
    }
    connect(call.reply, &QNetworkReply::finished, this, [this, id] { onFinished(id); });
    // The transfer timeout restarts with every byte: the deadline bounds the request as a whole.
    call.deadline = new QTimer(call.reply);
    call.deadline->setSingleShot(true);
    connect(call.deadline, &QTimer::timeout, this, [this, id] { stopReply(id, Call::Stop::Deadline); });
    call.deadline->start(int(left));
    // Too large is known from the declared length, or else from the bytes as they arrive.
    QNetworkReply *reply = call.reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, id, reply] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_maxBodyBytes)
            stopReply(id, Call::Stop::TooLarge);
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, id](qint64 received, qint64) {
        if (received > m_maxBodyBytes)
            stopReply(id, Call::Stop::TooLarge);
    });
}

void GcoreAccountApi::stopReply(quint64 id, Call::Stop why)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end() || !it->reply)
        return;
    Call &call = it.value();
    abortReply(call);
    const QString what = QString::fromLatin1(call.method) + u' ' + call.path;
    if (why == Call::Stop::TooLarge) {
        qCInfo(lcApi).noquote() << what << "answer over" << m_maxBodyBytes << "bytes: refused";
        complete(id, ApiError::badResponse(tr("the answer is too large (over %1 MB)")
                                               .arg(double(m_maxBodyBytes) / (1024 * 1024), 0, 'f', 0)));
        return;
    }
    // No time is left for another attempt.
    qCInfo(lcApi).noquote() << what << "passed its deadline of" << m_deadlineMs << "ms";
    complete(id, deadlineError());
}

ApiError GcoreAccountApi::deadlineError() const
{
    return ApiError::make(ApiError::Kind::Timeout,
                          tr("The server did not finish its answer within %1 s.").arg((m_deadlineMs + 999) / 1000));
}

void GcoreAccountApi::onFinished(quint64 id)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    Call &call = it.value();
    QNetworkReply *reply = std::exchange(call.reply, nullptr);
    if (QTimer *deadline = std::exchange(call.deadline, nullptr))
        deadline->stop(); // it goes with the reply
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    const QString what = QString::fromLatin1(call.method) + u' ' + call.path;

    // Errors below 100 are the transport's (connection, timeout, TLS); the others come
    // with an HTTP status, handled below.
    if ((networkError != QNetworkReply::NoError && networkError < 100) || status == 0) {
        ApiError error;
        switch (networkError) {
        case QNetworkReply::OperationCanceledError: // the transfer timeout: this class aborts only detached replies
        case QNetworkReply::TimeoutError:
            error = ApiError::make(ApiError::Kind::Timeout, ApiError::describe(ApiError::Kind::Timeout));
            break;
        case QNetworkReply::SslHandshakeFailedError:
            error = ApiError::make(ApiError::Kind::Network,
                                   tr("The secure connection to %1 could not be established: its certificate is not "
                                      "trusted.")
                                       .arg(m_baseUrl.host()));
            break;
        default:
            error = ApiError::make(ApiError::Kind::Network, ApiError::describe(ApiError::Kind::Network));
            break;
        }
        qCInfo(lcApi).noquote() << what << "failed:" << int(networkError);
        if (error.kind == ApiError::Kind::Timeout && call.retriable && call.attempt < MaxAttempts
            && retryWithin(id, backoffDelay(call.attempt))) {
            return;
        }
        complete(id, error);
        return;
    }

    const QByteArray body = reply->readAll();
    if (status >= 200 && status < 300 && networkError != QNetworkReply::NoError) {
        // A success status with a body that broke off or could not be decoded (for example one
        // past the decompression limit): never parse what is left of it.
        qCInfo(lcApi).noquote() << what << "->" << status << "but failed:" << int(networkError);
        complete(id, ApiError::badResponse(tr("the answer could not be read to its end (%1)").arg(reply->errorString())));
        return;
    }
    if (status >= 200 && status < 300) {
        qCDebug(lcApi).noquote() << what << "->" << status;
        complete(id, Response{status, body});
        return;
    }
    qCInfo(lcApi).noquote() << what << "->" << status;

    if (status == 401 && call.authenticated && m_authMode == AuthMode::Jwt && !call.refreshedOn401
        && !m_refresh.isEmpty()) {
        // The access token was refused before its time: refresh once, then try again.
        call.refreshedOn401 = true;
        --call.attempt;
        if (call.usedAccess == m_access)
            m_access.clear();
        startAttempt(id);
        return;
    }

    if (status == 429)
        emit throttled();
    const QByteArray retryAfter = reply->rawHeader("Retry-After");
    const ApiError error = HttpError::fromResponse(status, body, retryAfter, QDateTime::currentDateTimeUtc());
    if (call.retriable && isRetriableStatus(status) && call.attempt < MaxAttempts) {
        const int seconds = HttpError::retryAfterSeconds(retryAfter, QDateTime::currentDateTimeUtc());
        if (seconds <= MaxRetryAfterSecs
            && retryWithin(id, seconds >= 0 ? std::min(seconds * 1000, m_retryAfterCapMs) : backoffDelay(call.attempt))) {
            return;
        }
    }
    complete(id, error);
}

bool GcoreAccountApi::retryWithin(quint64 id, int delayMs)
{
    const auto it = m_calls.constFind(id);
    if (it == m_calls.cend())
        return false;
    if (it->since.elapsed() + delayMs >= m_deadlineMs) {
        qCInfo(lcApi).noquote() << QString::fromLatin1(it->method) << it->path << "no time left to try again";
        return false;
    }
    qCInfo(lcApi).noquote() << QString::fromLatin1(it->method) << it->path << "retry in" << delayMs << "ms";
    QTimer::singleShot(delayMs, this, [this, id] { startAttempt(id); });
    return true;
}

int GcoreAccountApi::backoffDelay(int attempt) const
{
    // base × 2^(attempt-1) ± 20 %
    const double base = double(m_retryBaseDelayMs) * double(1 << std::clamp(attempt - 1, 0, 10));
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    return int(base * jitter);
}

std::optional<GcoreAccountApi::Call> GcoreAccountApi::takeCall(quint64 id)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end())
        return std::nullopt;
    Call call = std::move(it.value());
    m_calls.erase(it);
    m_waitingForAccess.removeAll(id);
    disconnect(call.contextConnection);
    return call;
}

void GcoreAccountApi::complete(quint64 id, const Result<Response> &result)
{
    std::optional<Call> taken = takeCall(id);
    if (!taken)
        return;
    Call &call = *taken;
    abortReply(call);
    if (call.guarded && !call.context)
        return;
    // Nothing of this object is touched after finish(): the receiver may delete it.
    if (call.finish)
        call.finish(result);
}

void GcoreAccountApi::failLater(quint64 id, const ApiError &error)
{
    QMetaObject::invokeMethod(
        this, [this, id, error] { complete(id, error); }, Qt::QueuedConnection);
}

void GcoreAccountApi::cancel(quint64 id)
{
    std::optional<Call> taken = takeCall(id);
    if (!taken)
        return;
    Call &call = *taken;
    if (call.reply)
        qCDebug(lcApi).noquote() << QString::fromLatin1(call.method) << call.path << "cancelled";
    abortReply(call);
}

void GcoreAccountApi::abortReply(Call &call)
{
    if (QTimer *deadline = std::exchange(call.deadline, nullptr))
        deadline->stop(); // it goes with the reply
    QNetworkReply *reply = std::exchange(call.reply, nullptr);
    if (!reply)
        return;
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    reply->deleteLater();
}

void GcoreAccountApi::cancelAll()
{
    m_parsing.clear();
    const QList<quint64> ids = m_calls.keys();
    for (quint64 id : ids)
        cancel(id);
    m_waitingForAccess.clear();
    m_refreshCall = 0;
}

// ---- JWT sessions ----------------------------------------------------------------------

bool GcoreAccountApi::accessUsable() const
{
    return !m_access.isEmpty() && m_accessExpires.isValid() && m_clock().addSecs(RefreshMarginSecs) < m_accessExpires;
}

void GcoreAccountApi::startRefresh()
{
    if (m_refreshCall)
        return;
    if (m_refresh.isEmpty()) {
        const ApiError error =
            ApiError::make(ApiError::Kind::Unauthorized, ApiError::describe(ApiError::Kind::Unauthorized));
        const QList<quint64> waiting = std::exchange(m_waitingForAccess, {});
        for (quint64 id : waiting)
            failLater(id, error);
        return;
    }
    Call call;
    call.method = "POST";
    call.path = QStringLiteral("/iam/auth/jwt/refresh");
    call.body = toBody({{QStringLiteral("refresh"), m_refresh}});
    call.authenticated = false;
    call.finish = [this](const Result<Response> &result) { refreshFinished(result); };
    m_refreshCall = enqueue(std::move(call));
}

void GcoreAccountApi::refreshFinished(const Result<Response> &result)
{
    m_refreshCall = 0;
    const QList<quint64> waiting = std::exchange(m_waitingForAccess, {});
    ApiError error;
    if (result) {
        if (storeTokens(result.value().body, &error)) {
            for (quint64 id : waiting)
                startAttempt(id);
            return;
        }
    } else {
        error = result.error();
    }
    if (error.kind == ApiError::Kind::Unauthorized || error.kind == ApiError::Kind::Validation) {
        // The refresh token is spent or expired: the session is over.
        error = ApiError::make(ApiError::Kind::Unauthorized, tr("The session has expired. Sign in again."),
                               error.httpStatus);
        m_access.clear();
        m_refresh.clear();
        m_accessExpires = {};
        emit refreshTokenChanged(QString());
    }
    const QPointer<GcoreAccountApi> self(this);
    for (quint64 id : waiting) {
        if (!self)
            return; // a receiver deleted this backend
        complete(id, error);
    }
}

bool GcoreAccountApi::storeTokens(const QByteArray &body, ApiError *error)
{
    Result<ApiJson::SessionTokens> tokens = ApiJson::parseSessionTokens(body);
    if (!tokens) {
        *error = tokens.error();
        return false;
    }
    m_authMode = AuthMode::Jwt;
    m_apiToken.clear();
    m_access = std::move(tokens.value().access);
    m_refresh = std::move(tokens.value().refresh);
    m_accessExpires = ApiJson::jwtExpiry(m_access);
    // An unreadable or already passed expiry (clock skew) would refresh in a loop: assume the
    // usual lifetime and let a 401 tell otherwise.
    if (!m_accessExpires.isValid() || m_accessExpires <= m_clock().addSecs(RefreshMarginSecs))
        m_accessExpires = m_clock().addSecs(DefaultAccessLifetimeSecs);
    qCDebug(lcApi) << "new access token stored";
    emit refreshTokenChanged(m_refresh);
    return true;
}

// ---- the operations --------------------------------------------------------------------

void GcoreAccountApi::fetchMe(QObject *context, ApiCallback<AccountInfo> done)
{
    request<AccountInfo>(
        "GET", QStringLiteral("/iam/clients/me"), {}, {}, context,
        [](const Response &r) { return ApiJson::parseAccountInfo(r.body); }, std::move(done));
}

void GcoreAccountApi::fetchUsers(qint64 offset, int limit, QObject *context, ApiCallback<UserPage> done)
{
    if (limit <= 0)
        limit = preferredPageSize();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    query.addQueryItem(QStringLiteral("offset"), QString::number(std::max<qint64>(offset, 0)));
    // Runs on a worker thread: only its arguments and thread-safe functions.
    const auto parse = [limit](const Response &r) {
        Result<UserPage> page = UserJson::parseUserPage(r.body);
        if (!page)
            return page;
        if (page.value().received > limit)
            return Result<UserPage>(ApiError::badResponse(
                tr("the server sent %1 users where at most %2 were asked for").arg(page.value().received).arg(limit)));
        // A bare array has no total and no `next`: a full page means there may be more.
        if (page.value().count < 0 && r.body.trimmed().startsWith('['))
            page.value().hasNext = page.value().received >= limit;
        return page;
    };
    request<UserPage>("GET", QStringLiteral("/iam/users"), query, {}, context, parse, std::move(done),
                      ParseOn::WorkerThread);
}

void GcoreAccountApi::fetchUser(qint64 userId, QObject *context, ApiCallback<User> done)
{
    request<User>(
        "GET", QStringLiteral("/iam/users/%1").arg(userId), {}, {}, context,
        [](const Response &r) { return UserJson::parseUser(r.body); }, std::move(done));
}

void GcoreAccountApi::inviteUser(const InviteRequest &invite, QObject *context, ApiCallback<InviteResult> done)
{
    QJsonObject body{{QStringLiteral("client_id"), invite.clientId},
                     {QStringLiteral("email"), invite.email},
                     {QStringLiteral("user_role"), roleJson(invite.roleId)}};
    if (!invite.name.isEmpty())
        body.insert(QStringLiteral("name"), invite.name);
    if (!invite.lang.isEmpty())
        body.insert(QStringLiteral("lang"), invite.lang);
    request<InviteResult>(
        "POST", QStringLiteral("/iam/clients/invite_user"), {}, toBody(body), context,
        [](const Response &r) { return ApiJson::parseInviteResult(r.body); }, std::move(done));
}

void GcoreAccountApi::updateUser(qint64 userId, const UserPatch &patch, QObject *context, ApiCallback<User> done)
{
    QJsonObject body;
    if (patch.name)
        body.insert(QStringLiteral("name"), nullable(*patch.name));
    if (patch.lang)
        body.insert(QStringLiteral("lang"), *patch.lang);
    if (patch.phone)
        body.insert(QStringLiteral("phone"), nullable(*patch.phone));
    if (patch.email)
        body.insert(QStringLiteral("email"), *patch.email);
    if (patch.authTypes)
        body.insert(QStringLiteral("auth_types"), QJsonArray::fromStringList(*patch.authTypes));
    request<User>(
        "PATCH", QStringLiteral("/iam/users/%1").arg(userId), {}, toBody(body), context,
        [](const Response &r) { return UserJson::parseUser(r.body); }, std::move(done));
}

void GcoreAccountApi::fetchRole(qint64 clientId, qint64 userId, QObject *context, ApiCallback<int> done)
{
    request<int>(
        "GET", QStringLiteral("/iam/clients/%1/client-users/%2").arg(clientId).arg(userId), {}, {}, context,
        [](const Response &r) { return ApiJson::parseRole(r.body); }, std::move(done));
}

void GcoreAccountApi::changeRole(qint64 clientId, qint64 userId, int roleId, QObject *context, ApiCallback<Done> done)
{
    request<Done>(
        "PUT", QStringLiteral("/iam/clients/%1/client-users/%2").arg(clientId).arg(userId), {},
        toBody({{QStringLiteral("user_role"), roleJson(roleId)}}), context,
        [](const Response &r) { return parseDone(r.status); }, std::move(done));
}

void GcoreAccountApi::removeUser(qint64 clientId, qint64 userId, QObject *context, ApiCallback<Done> done)
{
    request<Done>(
        "DELETE", QStringLiteral("/iam/clients/%1/client-users/%2").arg(clientId).arg(userId), {}, {}, context,
        [](const Response &r) { return parseDone(r.status); }, std::move(done));
}

void GcoreAccountApi::resendInvitation(const QString &email, QObject *context, ApiCallback<Done> done)
{
    // The call is aborted when this object goes, so `this` is alive whenever the wrapper runs.
    auto wrapped = [this, done = std::move(done)](const Result<Done> &result) {
        if (!done)
            return;
        if (result) {
            done(result);
            return;
        }
        const ApiError &e = result.error();
        // 404 "User with given email not found." is a real answer; other 403/404/405 mean
        // this server (for example a reseller's) cannot resend invitations at all.
        const QString notFound = QStringLiteral("User with given email not found.");
        const bool realNotFound = e.httpStatus == 404
            && (e.message.contains(notFound) || e.message.contains(HttpError::translateServerMessage(notFound)));
        const bool cannotResend = e.httpStatus == 405 || e.httpStatus == 501
            || ((e.httpStatus == 403 || e.httpStatus == 404) && !realNotFound);
        if (!cannotResend) {
            done(result);
            return;
        }
        m_resendUnsupported = true;
        ApiError unsupported = ApiError::make(
            ApiError::Kind::Unsupported,
            tr("This server cannot resend invitations. Remove the invitation and invite the person again."),
            e.httpStatus);
        done(unsupported);
    };
    request<Done>(
        "POST", QStringLiteral("/iam/auth/renew_invitation"), {}, toBody({{QStringLiteral("email"), email}}), context,
        [](const Response &r) { return parseDone(r.status); }, std::move(wrapped));
}

void GcoreAccountApi::fetchTokens(qint64 clientId, qint64 userId, QObject *context, ApiCallback<TokenList> done)
{
    QUrlQuery query;
    if (userId > 0)
        query.addQueryItem(QStringLiteral("issued_by"), QString::number(userId));
    request<TokenList>(
        "GET", QStringLiteral("/iam/v2/clients/%1/tokens").arg(clientId), query, {}, context,
        [userId](const Response &r) { return ApiJson::parseTokens(r.body, userId); }, std::move(done));
}

void GcoreAccountApi::fetchCloudAssignments(qint64 userId, QObject *context, ApiCallback<CloudAssignmentList> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("user_id"), QString::number(userId));
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
    request<CloudAssignmentList>(
        "GET", QStringLiteral("/cloud/v1/users/assignments"), query, {}, context,
        [](const Response &r) { return ApiJson::parseCloudAssignments(r.body); }, std::move(done));
}

void GcoreAccountApi::deleteToken(qint64 clientId, qint64 tokenId, QObject *context, ApiCallback<Done> done)
{
    request<Done>(
        "DELETE", QStringLiteral("/iam/v2/clients/%1/tokens/%2").arg(clientId).arg(tokenId), {}, {}, context,
        [](const Response &r) { return parseDone(r.status); }, std::move(done));
}

void GcoreAccountApi::setActive(qint64, bool, QObject *context, ApiCallback<User> done)
{
    Call call;
    call.context = context;
    call.guarded = context != nullptr;
    call.finish = [done = std::move(done)](const Result<Response> &result) {
        if (done)
            done(result.error());
    };
    refuse(std::move(call), ApiError::make(ApiError::Kind::Unsupported, tr("This server cannot deactivate users.")));
}

void GcoreAccountApi::refuse(Call call, const ApiError &error)
{
    const quint64 id = m_nextId++;
    if (call.context)
        call.contextConnection = connect(call.context, &QObject::destroyed, this, [this, id] { cancel(id); });
    m_calls.insert(id, std::move(call));
    failLater(id, error);
}

void GcoreAccountApi::fetchProjects(QObject *context, ApiCallback<QList<Project>> done)
{
    request<QList<Project>>(
        "GET", QStringLiteral("/cloud/v1/projects"), {}, {}, context,
        [](const Response &r) { return ApiJson::parseProjects(r.body); }, std::move(done));
}

void GcoreAccountApi::assignCloudRole(const CloudAssignment &assignment, QObject *context, ApiCallback<Done> done)
{
    QJsonObject body{{QStringLiteral("role"), assignment.role}, {QStringLiteral("user_id"), assignment.userId}};
    if (assignment.clientId > 0)
        body.insert(QStringLiteral("client_id"), assignment.clientId);
    if (assignment.projectId > 0)
        body.insert(QStringLiteral("project_id"), assignment.projectId);
    // A POST: never retried (request() retries GET, PUT and DELETE only).
    request<Done>(
        "POST", QStringLiteral("/cloud/v1/users/assignments"), {}, toBody(body), context,
        [](const Response &r) { return parseDone(r.status); }, std::move(done));
}
