#pragma once

#include "SimulatorFault.h"

#include "demo/DemoAccount.h"
#include "demo/DemoPlatform.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QTcpSocket;

// The local account simulator (account-api.md over HTTP on 127.0.0.1) on top of a
// DemoAccount: API token and JWT sign-in with one-time codes, the users endpoints with the
// contract's bodies and error shapes, and fault injection per route. Control endpoints under
// `/_control/` (no authentication, never faulted) let tests set faults and reseed the account.
//
// Built on QAbstractHttpServer rather than QHttpServer::route(): routing by hand gives 405
// for known paths with other methods, and the socket of every request, which closing the
// connection, stalling and answering after a delay need (Qt 6.4's route handlers answer
// through a QHttpServerResponse, which can do neither).
class AccountSimulator final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit AccountSimulator(const QString &dataPath, QObject *parent = nullptr);
    ~AccountSimulator() override;

    // The API token accepted unless others are configured; it acts as the account owner.
    static QString defaultToken();

    // Opens (creates and seeds, or reseeds with `reset`) the demo file.
    Result<Done> open(bool reset = false);
    // Listens on 127.0.0.1 only; returns the port, 0 when it cannot listen.
    quint16 start(quint16 port = 0);
    quint16 port() const;
    QUrl baseUrl() const;
    DemoAccount &account(); // the main account
    // Every account of the platform: the main one and its linked accounts (DemoSeed).
    DemoPlatform &platform() { return m_platform; }
    qint64 ownerId() const;

    void addApiToken(const QString &token, qint64 userId = 0); // 0: the account owner
    void clearApiTokens();
    // People who may sign in with a password; a non-empty `oneTimePassword` means 2FA is on.
    void addLogin(const QString &email, const QString &password, const QString &oneTimePassword = QString());
    bool addLoginSpec(const QString &spec, QString *error); // email:password[:otp]
    void setAccessLifetimeSecs(int secs);
    void setRefreshLifetimeSecs(int secs);

    void addFault(const SimulatorFault &fault);
    void clearFaults();
    QList<SimulatorFault> faults() const;
    // Reseeds the demo file; signed-in sessions and faults stay.
    Result<Done> reset();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Incoming
    {
        QString method;
        QString path;
        QUrlQuery query;
        QByteArray authorization;
        QByteArray body;
    };
    struct Reply
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = QByteArrayLiteral("application/json");
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    struct Login
    {
        QString password;
        QString oneTimePassword;
    };
    struct Grant
    {
        qint64 userId = 0;
        qint64 clientId = 0;
        QDateTime expiresAt;
    };
    enum class ErrorStyle : quint8 {
        Plain, // field errors as lists, 404 as {"message"}
        FieldStrings, // field errors as single strings (PATCH)
        NotFoundString, // 404 as a bare JSON string
    };
    using Handler = std::function<Reply(const Incoming &, const QStringList &, const SimulatorFault &)>;
    struct Route
    {
        QString pattern;
        QString method;
        bool authenticated = true;
        Handler handler;
    };

    void addRoute(const QString &method, const QString &pattern, Handler handler, bool authenticated = true);
    void process(QPointer<QTcpSocket> socket, const Incoming &in, const SimulatorFault &effect);
    Reply dispatch(const Incoming &in, const SimulatorFault &effect);
    Reply control(const Incoming &in);
    void send(QTcpSocket *socket, Reply reply, const SimulatorFault &effect);
    std::optional<Reply> authenticate(const Incoming &in);
    Reply issueTokens(qint64 userId, qint64 clientId);
    Reply switchAccount(qint64 clientId);

    Reply listUsers(const Incoming &in, const SimulatorFault &effect);
    QJsonArray endlessUsers(qint64 offset, int size);
    QByteArray userBytes(const User &user);
    Reply me();
    Reply login(const Incoming &in);
    Reply refresh(const Incoming &in);
    Reply invite(const Incoming &in);
    Reply patchUser(const Incoming &in, qint64 userId);
    Reply putRole(const Incoming &in, qint64 clientId, qint64 userId);
    Reply renewInvitation(const Incoming &in);
    Reply tokens(const Incoming &in, qint64 clientId, const SimulatorFault &effect);
    Reply projects(const SimulatorFault &effect);
    Reply assignCloudRole(const Incoming &in);
    Reply cloudAssignments(const Incoming &in, const SimulatorFault &effect);

    static Reply json(int status, const QJsonValue &value);
    static Reply message(int status, const QString &text);
    static Reply fieldErrors(const QHash<QString, QString> &fields, ErrorStyle style = ErrorStyle::Plain);
    static Reply nestedErrors(const QString &text);
    static Reply error(const ApiError &e, ErrorStyle style = ErrorStyle::Plain);
    // An empty body with `status` when `done` succeeded, else its error.
    static Reply empty(const Result<Done> &done, int status = 200, ErrorStyle style = ErrorStyle::Plain);
    static std::optional<QJsonObject> parseObject(const Incoming &in, Reply *failure);

    DemoAccount m_account;
    DemoPlatform m_platform;
    DemoAccount *m_current = &m_account; // the account of the request being answered
    // Each user's compact JSON as last served, with the user it was made from: a page is these
    // joined, so a big account is served as fast as a real server on another machine would be
    // and the simulator does not take the CPU from the client it serves.
    struct Served
    {
        User user;
        QByteArray json;
    };
    QHash<qint64, Served> m_served;
    QList<Route> m_routes;
    QHash<QString, qint64> m_apiTokens;
    QHash<QString, Login> m_logins; // by lower-case email
    QHash<QString, Grant> m_access;
    QHash<QString, Grant> m_refresh;
    QList<SimulatorFault> m_faults;
    int m_accessLifetimeSecs = 3600;
    int m_refreshLifetimeSecs = 24 * 3600;
    qint64 m_ownerId = 0;
    qint64 m_actingUserId = 0;
    quint16 m_port = 0;

    Q_DISABLE_COPY_MOVE(AccountSimulator)
};
