#pragma once

#include "api/RequestScope.h"
#include "domain/ApiTypes.h"

#include <QList>
#include <QObject>
#include <QString>

class AccountApi;

// The account's Cloud projects (GET /cloud/v1/projects), as last loaded: what the invite
// dialog offers a role in, person by person.
class ProjectList final : public QObject
{
    Q_OBJECT
public:
    enum class State : quint8 { Loading, Loaded, Failed };

    // Loading until the first reload() is answered.
    explicit ProjectList(AccountApi *api, QObject *parent = nullptr);
    ~ProjectList() override;

    State state() const;
    const QList<Project> &projects() const; // the list last loaded, kept while reloading or after a failure
    QString errorText() const; // why they could not be loaded (Failed)
    // The project's name, or its id when it is not in the list.
    QString nameOf(qint64 projectId) const;

    // Asks for the list again, dropping an answer still to come; finished() when it comes.
    void reload();
    // Drops the answer still to come; the state stays as it is.
    void cancel();

signals:
    // The answer of reload() came: the state is Loaded or Failed.
    void finished();

private:
    AccountApi *m_api;
    RequestScope m_scope;
    State m_state = State::Loading;
    QList<Project> m_projects;
    QString m_error;

    Q_DISABLE_COPY_MOVE(ProjectList)
};
