#pragma once

#include "api/SignInApi.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

// The REST backend (account-api.md) on one injected QNetworkAccessManager.
//
// Sign-in: a permanent API token (setApiToken), or email + password through JWT login
// (signIn), or a refresh token kept from an earlier session (restoreSession). The access
// token is refreshed before it expires, or once when the server answers 401; refresh tokens
// are single-use, so every new one is announced with refreshTokenChanged() for the keychain.
// This class never stores a secret anywhere and never logs one.
//
// Network rules (design.md, "Network"): every attempt has a transfer timeout (inactivity), every
// request a deadline (wall clock, from the moment it is made to its answer, retries included),
// and every answer a limit on its size (the declared Content-Length first, then the bytes
// received); GET, PUT and DELETE are retried on 429/502/503/504 and timeouts (Retry-After, else
// exponential backoff with jitter), at most MaxAttempts times in all and only while the deadline
// leaves time for it; POSTs never. `http://` is refused unless
// the host is loopback; SSL errors are never ignored; redirects are not followed, so a
// credential never travels to another host.
class GcoreAccountApi final : public SignInApi
{
    Q_OBJECT
public:
    static constexpr int DefaultTimeoutMs = 30000;
    // No request takes longer than this, its retries included, however steadily a server
    // trickles its answer (a page of 1000 users is about 1 MB: 25 KB/s would still bring it).
    static constexpr int DefaultRequestDeadlineMs = 45000;
    // Answers larger than this are refused as too large (a page of 1000 users is about 1 MB).
    static constexpr qint64 DefaultMaxBodyBytes = 64 * 1024 * 1024;
    static constexpr int DefaultRetryBaseDelayMs = 250;
    static constexpr int MaxAttempts = 3;
    // A Retry-After longer than this is not waited for: the person is told when to try again.
    static constexpr int MaxRetryAfterSecs = 60;
    // Access tokens whose lifetime the token does not tell are assumed to live this long.
    static constexpr int DefaultAccessLifetimeSecs = 3600;
    // Refresh this long before the access token expires.
    static constexpr int RefreshMarginSecs = 60;

    GcoreAccountApi(QNetworkAccessManager *network, const QUrl &baseUrl, QObject *parent = nullptr);
    ~GcoreAccountApi() override;

    QUrl baseUrl() const;
    using SignInApi::isUrlAllowed;
    bool isUrlAllowed() const; // this client's base URL

    // Authentication (SignInApi). Each replaces the one before.
    void setApiToken(const QString &token) override;
    void signIn(const QString &username, const QString &password, const QString &oneTimePassword, QObject *context,
                ApiCallback<Done> done) override;
    void restoreSession(const QString &refreshToken) override;
    // GET /iam/auth/jwt/clients/{clientId}/login
    void switchAccount(qint64 clientId, QObject *context, ApiCallback<Done> done) override;
    void signOut() override;
    bool hasCredentials() const override;

    void setTimeout(int ms);
    int timeout() const;
    void setRequestDeadline(int ms); // <= 0: the default
    // What new instances start with (the command line's --request-deadline); <= 0: the default.
    static void setDefaultRequestDeadline(int ms);
    int requestDeadline() const { return m_deadlineMs; }
    void setMaxBodyBytes(qint64 bytes); // <= 0: the default
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }
    void setRetryBaseDelay(int ms);
    // Upper bound of a wait asked for by Retry-After, in milliseconds (tests shorten it).
    void setRetryAfterCap(int ms);
    // The time the client believes it is, for access-token expiry (tests move it forward).
    void setClock(std::function<QDateTime()> clock);

    // Requests not answered yet (including retries waiting for their turn).
    int pendingCount() const;

    bool supports(Capability capability) const override;
    QString displayName() const override;
    int preferredPageSize() const override { return 1000; }
    int preferredPagesInFlight() const override { return 4; }

    void fetchMe(QObject *context, ApiCallback<AccountInfo> done) override;
    // Pages are parsed on a worker thread: a large page never stalls the caller's thread.
    void fetchUsers(qint64 offset, int limit, QObject *context, ApiCallback<UserPage> done) override;
    void fetchUser(qint64 userId, QObject *context, ApiCallback<User> done) override;
    void inviteUser(const InviteRequest &request, QObject *context, ApiCallback<InviteResult> done) override;
    void updateUser(qint64 userId, const UserPatch &patch, QObject *context, ApiCallback<User> done) override;
    void fetchRole(qint64 clientId, qint64 userId, QObject *context, ApiCallback<int> done) override;
    void changeRole(qint64 clientId, qint64 userId, int roleId, QObject *context, ApiCallback<Done> done) override;
    void removeUser(qint64 clientId, qint64 userId, QObject *context, ApiCallback<Done> done) override;
    void resendInvitation(const QString &email, QObject *context, ApiCallback<Done> done) override;
    void fetchTokens(qint64 clientId, qint64 userId, QObject *context, ApiCallback<TokenList> done) override;
    void deleteToken(qint64 clientId, qint64 tokenId, QObject *context, ApiCallback<Done> done) override;
    void setActive(qint64 userId, bool active, QObject *context, ApiCallback<User> done) override;
    void fetchProjects(QObject *context, ApiCallback<QList<Project>> done) override;
    void assignCloudRole(const CloudAssignment &assignment, QObject *context, ApiCallback<Done> done) override;
    void fetchCloudAssignments(qint64 userId, QObject *context, ApiCallback<CloudAssignmentList> done) override;
    // The switch of switchAccount(), with the new token pair given to a backend of its own, which
    // keeps it to itself (refreshTokenChanged of that one is nobody's: it is never stored).
    void openAccount(qint64 clientId, QObject *context, ApiCallback<std::shared_ptr<AccountApi>> done) override;

    void cancelAll() override;

private:
    enum class AuthMode : quint8 { None, ApiKey, Jwt };

    // A successful HTTP answer (2xx).
    struct Response
    {
        int status = 0;
        QByteArray body;
    };
    using Finish = std::function<void(const Result<Response> &)>;

    struct Call
    {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QByteArray body;
        bool authenticated = true;
        bool retriable = false;
        int attempt = 0;
        bool refreshedOn401 = false;
        QString usedAccess; // the access token the current attempt carries
        QPointer<QObject> context;
        bool guarded = false;
        QMetaObject::Connection contextConnection;
        QNetworkReply *reply = nullptr;
        QElapsedTimer since; // from enqueue(): the request's deadline counts from there
        QTimer *deadline = nullptr; // the rest of the request's deadline, for the current attempt
        enum class Stop : quint8 { Deadline, TooLarge }; // why this class aborts a reply
        Finish finish;
    };
    // A parse running on a worker thread lives as long as its token (see parseOffThread()).
    struct ParseToken
    {
    };

    enum class ParseOn : quint8 { CallerThread, WorkerThread };
    template <typename T>
    void request(const QByteArray &method, const QString &path, const QUrlQuery &query, const QByteArray &body,
                 QObject *context, std::function<Result<T>(const Response &)> parse, ApiCallback<T> done,
                 ParseOn parseOn = ParseOn::CallerThread);
    template <typename T>
    void parseOffThread(const Response &response, const QPointer<QObject> &context, bool guarded,
                        std::function<Result<T>(const Response &)> parse, ApiCallback<T> done);
    void stopReply(quint64 id, Call::Stop why);
    quint64 enqueue(Call call);
    // A call that is never sent: `error` reaches its finish from the event loop.
    void refuse(Call call, const ApiError &error);
    void startAttempt(quint64 id);
    void onFinished(quint64 id);
    std::optional<Call> takeCall(quint64 id); // removes the call and its context guard
    void complete(quint64 id, const Result<Response> &result);
    void failLater(quint64 id, const ApiError &error);
    void cancel(quint64 id);
    void abortReply(Call &call);
    // Schedules another attempt after delayMs, unless the request's deadline would pass first:
    // then false, and the caller completes the request with what it has.
    bool retryWithin(quint64 id, int delayMs);
    ApiError deadlineError() const;
    int backoffDelay(int attempt) const;

    bool accessUsable() const;
    void startRefresh();
    void refreshFinished(const Result<Response> &result);
    bool storeTokens(const QByteArray &body, ApiError *error);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    bool m_urlAllowed = false;
    int m_timeoutMs = DefaultTimeoutMs;
    int m_deadlineMs = DefaultRequestDeadlineMs;
    qint64 m_maxBodyBytes = DefaultMaxBodyBytes;
    QHash<const ParseToken *, std::shared_ptr<ParseToken>> m_parsing; // dropped by cancelAll()
    int m_retryBaseDelayMs = DefaultRetryBaseDelayMs;
    int m_retryAfterCapMs = MaxRetryAfterSecs * 1000;
    std::function<QDateTime()> m_clock;

    AuthMode m_authMode = AuthMode::None;
    QString m_apiToken;
    QString m_access;
    QString m_refresh;
    QDateTime m_accessExpires;
    quint64 m_refreshCall = 0; // the refresh in flight, 0 when none
    QList<quint64> m_waitingForAccess;

    bool m_resendUnsupported = false;
    quint64 m_nextId = 1;
    QHash<quint64, Call> m_calls;

    Q_DISABLE_COPY_MOVE(GcoreAccountApi)
};
