#pragma once

#include "domain/ApiTypes.h"
#include "domain/Result.h"

#include <QObject>

#include <functional>
#include <memory>

template <typename T>
using ApiCallback = std::function<void(const Result<T> &)>;

// The account, as the rest of Roster sees it (design.md, "Async"): every call returns at
// once and later delivers exactly one Result to `done`, unless `context` is destroyed first,
// in which case nothing is delivered. Implementations: DemoAccountApi (offline, in-process)
// and, later, GcoreAccountApi (REST).
class AccountApi : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~AccountApi() override = default;

    // What the backend can do, so the UI can disable the rest with a reason.
    enum class Capability : quint8 { ResendInvitation, Deactivate, ListTokens };
    virtual bool supports(Capability capability) const = 0;
    // Person-readable description of where the data comes from ("Demo account", a URL...).
    virtual QString displayName() const = 0;
    // How many users to ask for per page of the list, and how many pages at once.
    virtual int preferredPageSize() const { return 1000; }
    virtual int preferredPagesInFlight() const { return 4; }

    virtual void fetchMe(QObject *context, ApiCallback<AccountInfo> done) = 0;
    virtual void fetchUsers(qint64 offset, int limit, QObject *context, ApiCallback<UserPage> done) = 0;
    virtual void fetchUser(qint64 userId, QObject *context, ApiCallback<User> done) = 0;
    virtual void inviteUser(const InviteRequest &request, QObject *context, ApiCallback<InviteResult> done) = 0;
    virtual void updateUser(qint64 userId, const UserPatch &patch, QObject *context, ApiCallback<User> done) = 0;
    virtual void fetchRole(qint64 clientId, qint64 userId, QObject *context, ApiCallback<int> done) = 0;
    virtual void changeRole(qint64 clientId, qint64 userId, int roleId, QObject *context, ApiCallback<Done> done) = 0;
    virtual void removeUser(qint64 clientId, qint64 userId, QObject *context, ApiCallback<Done> done) = 0;
    virtual void resendInvitation(const QString &email, QObject *context, ApiCallback<Done> done) = 0;
    // The account's permanent API tokens: those `userId` issued, or all of them for 0.
    virtual void fetchTokens(qint64 clientId, qint64 userId, QObject *context, ApiCallback<TokenList> done) = 0;
    // Deletes one token: NotFound (404) when it is already gone, Forbidden (403) when the
    // person may not (only an administrator deletes other people's tokens).
    virtual void deleteToken(qint64 clientId, qint64 tokenId, QObject *context, ApiCallback<Done> done) = 0;
    virtual void setActive(qint64 userId, bool active, QObject *context, ApiCallback<User> done) = 0;

    // The Cloud service (not yet in account-api.md; from Gcore's Cloud API):
    //   GET  /cloud/v1/projects -> 200 {"count":N,"results":[{"id","name","is_default",...}]}
    //        (a bare array is accepted too); 401, 403.
    //   POST /cloud/v1/users/assignments {"role","user_id","client_id"?,"project_id"?} -> 200
    //        {"assigned_role_id":N}; 400 {"errors":{field:[msg]}} for an unknown role or project,
    //        403 for a non-administrator, 404 for an unknown user. Never retried (a POST).
    // Roles: CloudRole (ClientAdministrator with client_id; the others with project_id).
    virtual void fetchProjects(QObject *context, ApiCallback<QList<Project>> done) = 0;
    virtual void assignCloudRole(const CloudAssignment &assignment, QObject *context, ApiCallback<Done> done) = 0;
    //   GET  /cloud/v1/users/assignments?user_id=&limit= -> 200 {"count","results":[{"role",
    //        "user_id","client_id","project_id","assigned_by",...}]}: a person's Cloud roles.
    virtual void fetchCloudAssignments(qint64 userId, QObject *context, ApiCallback<CloudAssignmentList> done) = 0;

    // A backend acting in another account the signed-in person belongs to (client_and_roles),
    // without leaving this one: Remove from All My Accounts works through it. It must not
    // outlive this backend. Unsupported
    // for a backend of one account (an API token).
    virtual void openAccount(qint64 clientId, QObject *context, ApiCallback<std::shared_ptr<AccountApi>> done) = 0;

    // Drops every pending request: their callbacks are never called (shutdown, sign-out).
    virtual void cancelAll() = 0;

signals:
    // The server asked to slow down (429): callers that send requests in parallel send fewer.
    void throttled();

private:
    Q_DISABLE_COPY_MOVE(AccountApi)
};
