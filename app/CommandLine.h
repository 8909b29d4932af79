#pragma once

#include "AppOptions.h"

#include <QCoreApplication>
#include <QStringList>

// The outcome of parsing: options to run with, or text to print and an exit code.
struct ParseResult
{
    enum class Action : quint8 { Run, ShowHelp, ShowVersion, Error };

    Action action = Action::Run;
    AppOptions options;
    QString output; // help or version (for stdout), or the error with a hint (for stderr)
    int exitCode = 0; // meaningful for everything but Run
};

// Roster's command line. Parsing is a pure function of the arguments, so it is tested
// without starting the application.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    static constexpr int UsageErrorExitCode = 2;

    // `arguments` starts with the program name, as QCoreApplication::arguments() does.
    static ParseResult parse(const QStringList &arguments);

    // Drops the options QGuiApplication and QApplication handle themselves (-platform,
    // -style, ...), so they can be parsed before any application object exists.
    static QStringList withoutQtOptions(const QStringList &arguments);
};
