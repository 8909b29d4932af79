#pragma once

#include "api/AccountApi.h"

#include <QList>
#include <QPointer>
#include <QSet>

#include <functional>
#include <vector>

// The AccountApi of the tests, configured through its public members.
//
// By itself it is an account in memory: fetchMe() answers `account`, fetchUsers() pages of
// `users`, every other call fails as Unsupported, and it supports no capability. Made with
// another backend, it passes every call there instead (the demo backend in the dialog tests).
// Either way a test chooses:
//  - when answers come: through the event loop after `latencyMs`, or, with `hold`, never by
//    themselves: each call waits in `requests` until the test answers, releases or fails it;
//  - which calls fail: those in `failing` (fetchUsers unless changed) while `failure` is set;
//  - what the backend can do: `missing` capabilities, `mapRole` for the role id changeRole()
//    sends, `cap` for the most users a page may have, `pageSize` and `pagesInFlight`;
// and reads how often it was called. Like every AccountApi, it never calls back once a call's
// context is gone or cancelAll() dropped it.
class FakeAccountApi final : public AccountApi
{
public:
    enum class Call : quint8 {
        FetchMe,
        FetchUsers,
        FetchUser,
        InviteUser,
        UpdateUser,
        FetchRole,
        ChangeRole,
        RemoveUser,
        ResendInvitation,
        FetchTokens,
        DeleteToken,
        SetActive,
        FetchProjects,
        AssignCloudRole,
        OpenAccount,
        FetchCloudAssignments,
    };

    // A call waiting for the test (`hold`).
    struct Request
    {
        Call call = Call::FetchMe;
        int offset = 0; // of fetchUsers
        int limit = 0;
        QPointer<QObject> context;
        bool guarded = false; // made with a context: answered only while it lives
        bool answered = false;
        std::function<void()> release; // does what the call would have done without `hold`
        std::function<void(const ApiError &)> fail;
        ApiCallback<UserPage> page; // fetchUsers only
    };

    static constexpr qint64 ClientId = 7;

    explicit FakeAccountApi(QObject *parent = nullptr);
    // Every call goes to `inner`, which must outlive this backend.
    explicit FakeAccountApi(AccountApi *inner, QObject *parent = nullptr);
    ~FakeAccountApi() override;

    // The account in memory (without an inner backend).
    QList<User> users;
    AccountInfo account; // ClientId, "Test company"

    int latencyMs = 0;
    bool hold = false;
    QString failure; // non-empty: the calls in `failing` fail with this message
    ApiError::Kind failureKind = ApiError::Kind::Server;
    QSet<Call> failing{Call::FetchUsers};
    QSet<Capability> missing; // taken away; a call that needs one is counted in unsupportedCalls
    std::function<int(int)> mapRole; // applied to the role id changeRole sends
    int cap = 0; // > 0: a page has at most this many users, whatever was asked
    int pageSize = 0; // 0: the inner backend's preference, else AccountApi's
    int pagesInFlight = 0; // the same

    int fetchUsersCalls = 0;
    int otherCalls = 0; // every call but fetchUsers
    int unsupportedCalls = 0; // calls a caller should not have made: they need a `missing` capability
    std::vector<Request> requests; // the held calls, oldest first
    int mostOutstanding = 0; // the most held calls waiting for an answer at any one time

    // The held calls still waiting for an answer whose context still lives.
    QList<int> outstanding() const;
    QList<int> offsetsRequested() const;
    bool isLive(int index) const;
    // Each answers a held call and returns whether it reached its callback (false when its
    // context is gone); answering one twice stops the test. release() answers as the call
    // would have without `hold` (at once from memory, or passed to the inner backend);
    // answer() with the slice of `server` a fetchUsers asked for, optionally without the
    // total, or fewer than `limit` users; fail() with an error.
    bool release(int index);
    bool answer(int index, const QList<User> &server, bool withCount = true, int limit = -1);
    bool fail(int index, const ApiError &error);
    // Answers a held fetchUsers with exactly `page`, whatever it asked for (a server that lies).
    bool answerPage(int index, const UserPage &page);

    bool supports(Capability capability) const override;
    QString displayName() const override;
    int preferredPageSize() const override;
    int preferredPagesInFlight() const override;

    void fetchMe(QObject *context, ApiCallback<AccountInfo> done) override;
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
    void openAccount(qint64 clientId, QObject *context, ApiCallback<std::shared_ptr<AccountApi>> done) override;

    void cancelAll() override;

private:
    template <typename T>
    using Forward = std::function<void(QObject *, ApiCallback<T>)>;
    template <typename T>
    using Answer = std::function<Result<T>()>;

    // Every call: counts it, then answers from memory (`own`), through the inner backend
    // (`forward`) or with the failure chosen, at once or when the test says.
    template <typename T>
    void handle(Call call, QObject *context, ApiCallback<T> done, Forward<T> forward, Answer<T> own, int offset = 0,
                int limit = 0);
    template <typename T>
    void deliverLater(QObject *context, ApiCallback<T> done, Result<T> result);
    // Marks a held call answered; false when it cannot be called back.
    bool take(int index);
    UserPage pageOf(const QList<User> &server, int offset, int limit, bool withCount) const;

    AccountApi *m_inner = nullptr;
    quint64 m_generation = 0; // cancelAll() drops what was made before

    Q_DISABLE_COPY_MOVE(FakeAccountApi)
};
