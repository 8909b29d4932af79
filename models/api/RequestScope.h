#pragma once

#include <QObject>
#include <QPointer>

// The one way Roster drops answers that come too late (design.md, "Async").
//
// Every request that a later event can make pointless (a refresh started again, a dialog
// closed, a bulk run cancelled, another account opened) is made with a scope's context().
// drop() deletes that context, so AccountApi and CredentialStore deliver nothing for any
// request made before it; the next context() starts a new generation. Nothing else is
// needed to tell a late answer from a current one: no run counters, no looking up whether
// the caller still cares.
class RequestScope final
{
public:
    // The contexts are children of `owner` (may be null), so they go with it.
    explicit RequestScope(QObject *owner = nullptr) : m_owner(owner) {}
    ~RequestScope() { delete m_context; }

    // The context of the current generation, made on first use.
    QObject *context()
    {
        if (!m_context)
            m_context = new QObject(m_owner);
        return m_context;
    }
    // Drops every answer still to come for requests made with an earlier context(). Safe to
    // call from inside such an answer.
    void drop()
    {
        delete m_context.data();
        m_context = nullptr;
        ++m_generation;
    }
    // Counts drop()s: a value taken before a drop() differs from the one after.
    quint64 generation() const { return m_generation; }

private:
    QObject *m_owner;
    QPointer<QObject> m_context;
    quint64 m_generation = 0;

    Q_DISABLE_COPY_MOVE(RequestScope)
};
