#pragma once

#include "domain/User.h"

#include <QDateTime>
#include <QList>

// Generates believable users for tests and benchmarks: names and emails of English,
// German, Chinese and Russian speakers with realistic lengths, every status, both 2FA
// states, every role and every sign-in method scattered through the list. Deterministic for a
// given seed.
namespace UserGenerator {

QList<User> generate(int count, quint32 seed = 1, qint64 clientId = 301542,
                     const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace UserGenerator
