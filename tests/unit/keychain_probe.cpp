// Helper of tst_credentialstore: writes one secret through CredentialStore and prints
// "ok" or "error <kind> <message>", so the test can run it where no keychain exists.
#include "store/CredentialStore.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    CredentialStore store(QStringLiteral("Roster tests"));
    int exitCode = 2;
    store.write(QStringLiteral("probe/api-token"), QStringLiteral("probe-secret"), &app, [&exitCode](const Result<Done> &r) {
        QTextStream out(stdout);
        if (r.ok())
            out << "ok" << Qt::endl;
        else
            out << "error " << int(r.error().kind) << ' ' << r.error().message << Qt::endl;
        exitCode = r.ok() ? 0 : 1;
        QCoreApplication::quit();
    });
    QCoreApplication::exec();
    return exitCode;
}
