#include "ProjectList.h"

#include "api/AccountApi.h"

ProjectList::ProjectList(AccountApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_scope(this)
{
    Q_ASSERT(api);
}

ProjectList::~ProjectList() = default;

ProjectList::State ProjectList::state() const
{
    return m_state;
}

const QList<Project> &ProjectList::projects() const
{
    return m_projects;
}

QString ProjectList::errorText() const
{
    return m_error;
}

QString ProjectList::nameOf(qint64 projectId) const
{
    for (const Project &project : m_projects) {
        if (project.id == projectId)
            return project.name;
    }
    return QString::number(projectId);
}

void ProjectList::reload()
{
    m_scope.drop();
    m_state = State::Loading;
    m_error.clear();
    m_api->fetchProjects(m_scope.context(), [this](const Result<QList<Project>> &result) {
        if (result) {
            m_state = State::Loaded;
            m_projects = result.value();
        } else {
            m_state = State::Failed;
            m_error = result.error().text();
        }
        emit finished();
    });
}

void ProjectList::cancel()
{
    m_scope.drop();
}
