#pragma once

#include "api/RequestScope.h"
#include "domain/ApiError.h"
#include "domain/ApiTypes.h"

#include <QList>
#include <QObject>

class AccountApi;

// The people of an Invite, sent one after the other: for each, the invitation
// (POST /iam/clients/invite_user), then, once the account has made their user, the Cloud roles
// their request asks for (POST /cloud/v1/users/assignments), one at a time. Every answer is
// reported for the person it belongs to, named by the id the caller gave them.
//
// A refusal stops that person only, unless it would refuse everyone alike (the daily limit, not an
// administrator, signed out): then the people still waiting are not sent. cancel() drops every
// answer still to come.
class InviteQueue final : public QObject
{
    Q_OBJECT
public:
    // A Cloud role that could not be given to an invited person.
    struct CloudFailure
    {
        CloudAssignment assignment;
        ApiError error;
    };

    explicit InviteQueue(AccountApi *api, QObject *parent = nullptr);
    ~InviteQueue() override;

    // The Cloud roles `request` asks for, given to the user it made.
    static QList<CloudAssignment> cloudAssignments(const InviteRequest &request, qint64 userId);
    // True for the refusals that every other invitation would get too.
    static bool refusesEveryone(const ApiError &error);

    // Puts a person after the ones waiting. While sending, they are sent in their turn; otherwise
    // they wait for start().
    void enqueue(quint64 id, const InviteRequest &request);
    // Sends the people waiting; finished() once each has their answers (at once when nobody waits).
    void start();
    bool isSending() const;
    // The people not sent yet, in the order they will be.
    QList<quint64> waiting() const;
    // Forgets the people waiting and drops every answer still to come: no signal follows, not even
    // finished(). An invitation already sent may still have reached the account.
    void cancel();

signals:
    // The invitation of this person is on its way.
    void sending(quint64 id, const InviteRequest &request);
    // The account invited them; their Cloud access is set next.
    void invited(quint64 id, const InviteRequest &request, const InviteResult &result);
    // Not invited: the server refused, or could not be reached.
    void refused(quint64 id, const ApiError &error);
    // Taken out of the queue unsent: `reason`, given to someone before them, would refuse them too.
    void notSent(quint64 id, const ApiError &reason);
    // Every Cloud role the request asks for is set (also when it asks for none): the person is done.
    void cloudAccessSet(quint64 id);
    // Invited, but these Cloud roles could not be set: the person is done all the same.
    void cloudAccessFailed(quint64 id, const QList<InviteQueue::CloudFailure> &failures);
    // Nobody is left to send.
    void finished();

private:
    struct Person
    {
        quint64 id = 0;
        InviteRequest request;
    };

    void sendNext();
    void onInvited(quint64 id, const InviteRequest &request, const InviteResult &result);
    void onRefused(quint64 id, const ApiError &error);
    void assignNext(quint64 id, QList<CloudAssignment> remaining, QList<CloudFailure> failures);

    AccountApi *m_api;
    RequestScope m_scope;
    QList<Person> m_waiting;
    bool m_sending = false;

    Q_DISABLE_COPY_MOVE(InviteQueue)
};
