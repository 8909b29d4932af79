#include "InviteQueue.h"

#include "api/AccountApi.h"
#include "domain/CloudRole.h"

#include <utility>

InviteQueue::InviteQueue(AccountApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_scope(this)
{
    Q_ASSERT(api);
}

InviteQueue::~InviteQueue() = default;

QList<CloudAssignment> InviteQueue::cloudAssignments(const InviteRequest &request, qint64 userId)
{
    QList<CloudAssignment> assignments;
    if (request.cloud.scope == CloudAccess::Scope::Client) {
        if (request.cloud.clientAdministrator)
            assignments.append({CloudRole::clientAdministrator(), userId, request.clientId, 0});
    } else {
        for (const auto &[projectId, role] : request.cloud.projectRoles)
            assignments.append({role, userId, 0, projectId});
    }
    return assignments;
}

bool InviteQueue::refusesEveryone(const ApiError &error)
{
    return error.kind == ApiError::Kind::RateLimited || error.kind == ApiError::Kind::Forbidden
        || error.kind == ApiError::Kind::Unauthorized;
}

void InviteQueue::enqueue(quint64 id, const InviteRequest &request)
{
    m_waiting.append({id, request});
}

void InviteQueue::start()
{
    if (m_sending)
        return;
    m_sending = true;
    sendNext();
}

bool InviteQueue::isSending() const
{
    return m_sending;
}

QList<quint64> InviteQueue::waiting() const
{
    QList<quint64> ids;
    for (const Person &person : m_waiting)
        ids.append(person.id);
    return ids;
}

void InviteQueue::cancel()
{
    m_scope.drop();
    m_waiting.clear();
    m_sending = false;
}

// After each signal: a receiver may have cancelled (and even started again), and then this run
// must not go on. The scope's generation says so.

void InviteQueue::sendNext()
{
    if (m_waiting.isEmpty()) {
        m_sending = false;
        emit finished();
        return;
    }
    const Person person = m_waiting.takeFirst();
    const quint64 generation = m_scope.generation();
    emit sending(person.id, person.request);
    if (m_scope.generation() != generation)
        return;
    m_api->inviteUser(person.request, m_scope.context(), [this, person](const Result<InviteResult> &result) {
        if (result)
            onInvited(person.id, person.request, result.value());
        else
            onRefused(person.id, result.error());
    });
}

void InviteQueue::onInvited(quint64 id, const InviteRequest &request, const InviteResult &result)
{
    const quint64 generation = m_scope.generation();
    emit invited(id, request, result);
    if (m_scope.generation() == generation)
        assignNext(id, cloudAssignments(request, result.userId), {});
}

void InviteQueue::onRefused(quint64 id, const ApiError &error)
{
    const quint64 generation = m_scope.generation();
    emit refused(id, error);
    if (m_scope.generation() != generation)
        return;
    if (refusesEveryone(error)) {
        const QList<Person> unsent = std::exchange(m_waiting, {});
        for (const Person &person : unsent) {
            emit notSent(person.id, error);
            if (m_scope.generation() != generation)
                return;
        }
    }
    sendNext();
}

void InviteQueue::assignNext(quint64 id, QList<CloudAssignment> remaining, QList<CloudFailure> failures)
{
    if (remaining.isEmpty()) {
        const quint64 generation = m_scope.generation();
        if (failures.isEmpty())
            emit cloudAccessSet(id);
        else
            emit cloudAccessFailed(id, failures);
        if (m_scope.generation() == generation)
            sendNext();
        return;
    }
    const CloudAssignment assignment = remaining.takeFirst();
    m_api->assignCloudRole(assignment, m_scope.context(),
                           [this, id, assignment, remaining, failures](const Result<Done> &result) mutable {
                               if (!result)
                                   failures.append({assignment, result.error()});
                               assignNext(id, std::move(remaining), std::move(failures));
                           });
}
