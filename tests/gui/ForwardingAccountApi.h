#pragma once

#include "api/AccountApi.h"

#include <QSet>

#include <functional>

// A backend that passes every call to another one (the demo backend in the GUI tests), except
// for what a test changes: capabilities it does not have, and the role id a role change sends
// (a server that no longer knows a role answers 400 "Invalid role").
class ForwardingAccountApi final : public AccountApi
{
public:
    explicit ForwardingAccountApi(AccountApi *inner, QObject *parent = nullptr)
        : AccountApi(parent)
        , m_inner(inner)
    {
    }

    QSet<Capability> missing;
    std::function<int(int)> mapRole; // applied to the role id changeRole sends

    bool supports(Capability capability) const override
    {
        return !missing.contains(capability) && m_inner->supports(capability);
    }
    QString displayName() const override { return m_inner->displayName(); }

    void fetchMe(QObject *context, ApiCallback<AccountInfo> done) override
    {
        m_inner->fetchMe(context, std::move(done));
    }
    void fetchUsers(int offset, int limit, QObject *context, ApiCallback<UserPage> done) override
    {
        m_inner->fetchUsers(offset, limit, context, std::move(done));
    }
    void fetchUser(qint64 userId, QObject *context, ApiCallback<User> done) override
    {
        m_inner->fetchUser(userId, context, std::move(done));
    }
    void inviteUser(const InviteRequest &request, QObject *context, ApiCallback<InviteResult> done) override
    {
        m_inner->inviteUser(request, context, std::move(done));
    }
    void updateUser(qint64 userId, const UserPatch &patch, QObject *context, ApiCallback<User> done) override
    {
        m_inner->updateUser(userId, patch, context, std::move(done));
    }
    void fetchRole(qint64 clientId, qint64 userId, QObject *context, ApiCallback<int> done) override
    {
        m_inner->fetchRole(clientId, userId, context, std::move(done));
    }
    void changeRole(qint64 clientId, qint64 userId, int roleId, QObject *context, ApiCallback<Done> done) override
    {
        m_inner->changeRole(clientId, userId, mapRole ? mapRole(roleId) : roleId, context, std::move(done));
    }
    void removeUser(qint64 clientId, qint64 userId, QObject *context, ApiCallback<Done> done) override
    {
        m_inner->removeUser(clientId, userId, context, std::move(done));
    }
    void resendInvitation(const QString &email, QObject *context, ApiCallback<Done> done) override
    {
        m_inner->resendInvitation(email, context, std::move(done));
    }
    void fetchTokens(qint64 clientId, qint64 userId, QObject *context, ApiCallback<QList<ApiToken>> done) override
    {
        if (missing.contains(Capability::ListTokens)) {
            ++unsupportedCalls;
            return;
        }
        m_inner->fetchTokens(clientId, userId, context, std::move(done));
    }
    void fetchProjects(QObject *context, ApiCallback<QList<Project>> done) override
    {
        m_inner->fetchProjects(context, std::move(done));
    }
    void assignCloudRole(const CloudAssignment &assignment, QObject *context, ApiCallback<Done> done) override
    {
        m_inner->assignCloudRole(assignment, context, std::move(done));
    }
    void setActive(qint64 userId, bool active, QObject *context, ApiCallback<User> done) override
    {
        m_inner->setActive(userId, active, context, std::move(done));
    }
    void cancelAll() override { m_inner->cancelAll(); }

    int unsupportedCalls = 0; // calls a dialog should not have made

private:
    AccountApi *m_inner;
};
