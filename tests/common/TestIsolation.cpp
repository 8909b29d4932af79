#include "TestIsolation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {

QString makeHome()
{
    // Destroyed after main() returns, which removes the folder with everything in it.
    static QTemporaryDir folder(QDir::tempPath() + QStringLiteral("/roster-test-XXXXXX"));
    if (!folder.isValid())
        qFatal("TestIsolation: no temporary folder: %s", qPrintable(folder.errorString()));
    const QString home = folder.path();
    qputenv("HOME", QFile::encodeName(home));

    // The XDG folders inside the home, so that a test can search everything it wrote.
    const struct
    {
        const char *variable;
        const char *path;
    } places[] = {
        {"XDG_CONFIG_HOME", "/.config"},     {"XDG_DATA_HOME", "/.local/share"}, {"XDG_CACHE_HOME", "/.cache"},
        {"XDG_STATE_HOME", "/.local/state"}, {"XDG_RUNTIME_DIR", "/runtime"},
    };
    for (const auto &place : places) {
        const QString path = home + QLatin1String(place.path);
        if (!QDir().mkpath(path))
            qFatal("TestIsolation: cannot create %s", qPrintable(path));
        qputenv(place.variable, QFile::encodeName(path));
    }
    // Qt and D-Bus refuse a runtime folder that others may read.
    QFile::setPermissions(home + QStringLiteral("/runtime"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    QStandardPaths::setTestModeEnabled(true);
    // QSettings() needs an organization; without one it still writes, as "Unknown Organization".
    if (QCoreApplication::organizationName().isEmpty())
        QCoreApplication::setOrganizationName(QStringLiteral("RosterTests"));
    return home;
}

} // namespace

QString TestIsolation::isolate()
{
    static const QString home = makeHome();
    return home;
}
