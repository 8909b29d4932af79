#pragma once

#include <QString>

// What the command line asked for, after validation. Defaults are what a double-click gives.
struct AppOptions
{
    static constexpr int DefaultDemoLatencyMs = 150;
    static constexpr int MaxDemoLatencyMs = 60000;

    // --demo, or any --demo-* option: the demo account, whatever account was used last.
    bool demo = false;
    bool demoReset = false; // rebuild the demo account from its seed before opening it
    QString demoFile; // empty: DemoAccount::defaultPath()
    int demoLatencyMs = DefaultDemoLatencyMs;
    QString language; // "en", "de", "zh" or "ru"; empty: follow the system locale
    QString screenshotPath; // non-empty: write a PNG of the window after the first load, then exit
    bool startupProbe = false; // print the time to the first painted load, then exit
    QString exportPath; // non-empty: write every user as CSV ("-": standard output), no window
    QString apiUrl; // with --export: a real account at this API base URL instead of the demo
    QString profile; // with --api-url: the keychain profile holding the API token
    // Wall-clock bounds of talking to an account API: one request, one load of the users.
    // 0: the defaults (GcoreAccountApi::DefaultRequestDeadlineMs, UserListLoader::DefaultLoadDeadlineMs).
    static constexpr int MaxDeadlineSecs = 24 * 60 * 60;
    int requestDeadlineSecs = 0;
    int loadDeadlineSecs = 0;

    // Runs without a person in front of it: no message boxes, exits by itself.
    bool unattended() const { return !screenshotPath.isEmpty() || startupProbe || !exportPath.isEmpty(); }
};
