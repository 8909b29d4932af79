#include "ProfileStore.h"

#include "api/SignInApi.h"

#include <QCoreApplication>
#include <QSettings>

#include <algorithm>

namespace {

const QString Group = QStringLiteral("profiles");
const QString CurrentKey = QStringLiteral("currentProfile");

QString signInKey(AccountProfile::SignIn signIn)
{
    return signIn == AccountProfile::SignIn::Password ? QStringLiteral("password") : QStringLiteral("api-token");
}

} // namespace

ProfileStore::ProfileStore(QSettings *settings)
    : m_settings(settings)
{
}

QList<AccountProfile> ProfileStore::profiles() const
{
    QList<AccountProfile> all;
    m_settings->beginGroup(Group);
    const QStringList names = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString &name : names) {
        if (const std::optional<AccountProfile> p = profile(name))
            all.append(*p);
    }
    std::sort(all.begin(), all.end(), [](const AccountProfile &a, const AccountProfile &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return all;
}

std::optional<AccountProfile> ProfileStore::profile(const QString &name) const
{
    m_settings->beginGroup(Group);
    const bool known = m_settings->childGroups().contains(name);
    m_settings->endGroup();
    if (!known)
        return std::nullopt;
    m_settings->beginGroup(Group + u'/' + name);
    AccountProfile p;
    p.name = name;
    p.baseUrl = QUrl(m_settings->value(QStringLiteral("baseUrl"), p.baseUrl.toString()).toString());
    p.signIn = m_settings->value(QStringLiteral("signIn")).toString() == QLatin1String("password")
        ? AccountProfile::SignIn::Password
        : AccountProfile::SignIn::ApiToken;
    p.username = m_settings->value(QStringLiteral("username")).toString();
    p.clientId = m_settings->value(QStringLiteral("clientId"), 0).toLongLong();
    p.companyName = m_settings->value(QStringLiteral("companyName")).toString();
    p.homeClientId = m_settings->value(QStringLiteral("homeClientId"), 0).toLongLong();
    m_settings->endGroup();
    return p;
}

Result<Done> ProfileStore::save(const AccountProfile &p)
{
    const QString name = p.name.trimmed();
    if (name.isEmpty() || name.contains(u'/') || name.contains(u'\\')) {
        ApiError error = ApiError::make(ApiError::Kind::Validation,
                                        QCoreApplication::translate("ProfileStore", "Give the profile a name without / or \\."));
        error.fieldErrors.insert(QStringLiteral("name"), error.message);
        return error;
    }
    if (!SignInApi::isUrlAllowed(p.baseUrl)) {
        ApiError error = ApiError::make(
            ApiError::Kind::Validation,
            QCoreApplication::translate("ProfileStore", "Use an https:// address; http:// works only on this computer."));
        error.fieldErrors.insert(QStringLiteral("baseUrl"), error.message);
        return error;
    }
    m_settings->beginGroup(Group + u'/' + name);
    m_settings->setValue(QStringLiteral("baseUrl"), p.baseUrl.toString());
    m_settings->setValue(QStringLiteral("signIn"), signInKey(p.signIn));
    m_settings->setValue(QStringLiteral("username"), p.username);
    m_settings->setValue(QStringLiteral("clientId"), p.clientId);
    m_settings->setValue(QStringLiteral("companyName"), p.companyName);
    m_settings->setValue(QStringLiteral("homeClientId"), p.homeClientId);
    m_settings->endGroup();
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError)
        return ApiError::make(ApiError::Kind::Storage,
                              QCoreApplication::translate("ProfileStore", "The settings could not be saved."));
    return Done{};
}

bool ProfileStore::remove(const QString &name)
{
    if (!profile(name))
        return false;
    m_settings->remove(Group + u'/' + name);
    if (current() == name)
        m_settings->remove(CurrentKey);
    m_settings->sync();
    return true;
}

QString ProfileStore::current() const
{
    const QString name = m_settings->value(CurrentKey).toString();
    return profile(name) ? name : QString();
}

void ProfileStore::setCurrent(const QString &name)
{
    m_settings->setValue(CurrentKey, name);
    m_settings->sync();
}
