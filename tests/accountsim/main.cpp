#include "AccountSimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

#include <cstdio>

// roster-accountsim: the account API of account-api.md on 127.0.0.1, for tests and benchmarks.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("roster-accountsim"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Serves the account API (account-api.md) on 127.0.0.1 over a demo account."));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Port to listen on (0: any free port)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption dataOption(QStringLiteral("data"), QStringLiteral("Demo account file (created and seeded when missing)."),
                                        QStringLiteral("file"),
                                        QDir::temp().filePath(QStringLiteral("roster-accountsim.sqlite")));
    const QCommandLineOption resetOption(QStringLiteral("reset"), QStringLiteral("Reseed the demo account file."));
    const QCommandLineOption tokenOption(QStringLiteral("token"),
                                         QStringLiteral("Accept this API token, acting as the account owner (repeatable; "
                                                        "replaces the default test token)."),
                                         QStringLiteral("value"));
    const QCommandLineOption userOption(QStringLiteral("user"),
                                        QStringLiteral("Allow password sign-in for a member of the account (repeatable)."),
                                        QStringLiteral("email:password[:otp]"));
    const QCommandLineOption accessOption(QStringLiteral("access-lifetime"), QStringLiteral("Access token lifetime in seconds."),
                                          QStringLiteral("secs"), QStringLiteral("3600"));
    const QCommandLineOption limitOption(QStringLiteral("invite-limit"),
                                         QStringLiteral("Invitations an administrator may send per day (0: unlimited)."),
                                         QStringLiteral("n"), QString::number(DemoAccount::DefaultDailyInviteLimit));
    const QCommandLineOption generateOption(QStringLiteral("generate"),
                                            QStringLiteral("Replace the users with this many generated ones."),
                                            QStringLiteral("n"));
    const QCommandLineOption faultOption(QStringLiteral("fault"),
                                         QStringLiteral("Inject a fault (repeatable), e.g. /iam/users:status=503,retry-after=2,times=1. "
                                                        "Options: latency=ms, status=N, retry-after=s, times=N, after=N, method=M, "
                                                        "list=results|result|array, close, stall, truncate, malformed, html. "
                                                        "Hostile users lists: count-inflated[=N], empty-pages, ignore-offset, "
                                                        "endless[=unique|repeat], bad-records. Hostile bodies: trickle[=ms per "
                                                        "byte], oversized[=MiB], gzip-bomb[=MiB], chunked "
                                                        "(see SimulatorFault.h)."),
                                         QStringLiteral("route:options"));
    parser.addOptions({portOption, dataOption, resetOption, tokenOption, userOption, accessOption, limitOption,
                       generateOption, faultOption});
    parser.process(app);

    QTextStream err(stderr);
    const auto fail = [&err](const QString &text) {
        err << "roster-accountsim: " << text << Qt::endl;
        return 2;
    };
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return fail(QStringLiteral("--port needs a number from 0 to 65535"));

    AccountSimulator simulator(parser.value(dataOption));
    const Result<Done> opened = simulator.open(parser.isSet(resetOption));
    if (!opened)
        return fail(opened.error().message);
    simulator.account().setDailyInviteLimit(parser.value(limitOption).toInt());
    simulator.setAccessLifetimeSecs(parser.value(accessOption).toInt());
    if (parser.isSet(generateOption)) {
        const Result<Done> seeded = simulator.account().seedGenerated(parser.value(generateOption).toInt());
        if (!seeded)
            return fail(seeded.error().message);
        const Result<Done> reopened = simulator.open(false);
        if (!reopened)
            return fail(reopened.error().message);
    }
    const QStringList tokens = parser.values(tokenOption);
    if (!tokens.isEmpty()) {
        simulator.clearApiTokens();
        for (const QString &token : tokens)
            simulator.addApiToken(token);
    }
    for (const QString &spec : parser.values(userOption)) {
        QString problem;
        if (!simulator.addLoginSpec(spec, &problem))
            return fail(problem);
    }
    for (const QString &spec : parser.values(faultOption)) {
        QString problem;
        const std::optional<SimulatorFault> fault = SimulatorFault::fromSpec(spec, &problem);
        if (!fault)
            return fail(problem);
        simulator.addFault(*fault);
    }

    const quint16 listening = simulator.start(quint16(port));
    if (listening == 0)
        return fail(QStringLiteral("cannot listen on 127.0.0.1:%1").arg(port));
    std::printf("listening port=%u\n", unsigned(listening));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
