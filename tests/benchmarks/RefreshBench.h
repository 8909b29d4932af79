#pragma once

#include <QList>
#include <QString>

// The refresh cases of roster-bench (README.md): a real UserListLoader over GcoreAccountApi
// against roster-accountsim in a process of its own, pages as the app fetches them, with the
// users table shown and a cache being written.
struct RefreshBenchOptions
{
    QString simulator; // the roster-accountsim binary
    QList<int> sizes; // refresh users=<N> latency_ms=<latency>
    int latencyMs = 50;
    int stallUsers = 100000; // refresh-stall
    int memoryUsers = 1000000; // refresh-memory; 0: skipped
    int runs = 3;
};

bool benchRefresh(const RefreshBenchOptions &options);
