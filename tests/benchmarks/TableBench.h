#pragma once

// The users table's filter and sort cases, each timed until the change is painted: Roster's
// UserFilter in this process, and the same cases on a QSortFilterProxyModel baseline in child
// processes (a step of that can take minutes on a million rows and cannot be interrupted, so
// a child is stopped once one passes the cap). See README.md, "The table".

#include "domain/User.h"

#include <QList>
#include <QString>

// Prints one line per case: "roster-<case> users=<N> median_ms=<x> p95_ms=<x> max_ms=<x>",
// the bare repaint first ("roster-paint-only"). With `only`, just the cases whose names match
// that regular expression, and the bare repaint.
void benchTable(const QList<User> &users, int runs, const QString &only = {});

// Prints "qsfpm-<case> ..." lines for the same cases, from child processes started as
// `self --table-baseline-child <first case> --sizes <users> --runs <runs>`.
void benchTableBaseline(const QString &self, int users, int runs);

// The child: generates the users, runs the baseline's cases from `firstCase` on, and prints
// "case <name>", then "sample <ms>" for each timed step.
int tableBaselineChild(int firstCase, int users, int runs);

// Prints "roster-table-memory users=<N> bytes_per_user=<x> model_bytes_per_user=<x>
// filter_bytes_per_user=<x>": how much more memory is resident, after malloc_trim, once a
// UsersModel holds N generated users and a UserFilter over it has its keys and orders. Each
// run is a child process, `self --table-memory-child <N>`, that prints
// "memory <model bytes> <filter bytes> <orders built> <bytes of the model's record chunks>".
bool benchTableMemory(const QString &self, int users, int runs);
int tableMemoryChild(int users);
