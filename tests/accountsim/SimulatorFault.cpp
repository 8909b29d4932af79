#include "SimulatorFault.h"

#include <QStringList>

#include <algorithm>

namespace {

QString actionName(SimulatorFault::Action action)
{
    switch (action) {
    case SimulatorFault::Action::None:
        return QString();
    case SimulatorFault::Action::Close:
        return QStringLiteral("close");
    case SimulatorFault::Action::Stall:
        return QStringLiteral("stall");
    case SimulatorFault::Action::Truncate:
        return QStringLiteral("truncate");
    case SimulatorFault::Action::Malformed:
        return QStringLiteral("malformed");
    case SimulatorFault::Action::Html:
        return QStringLiteral("html");
    }
    return QString();
}

std::optional<SimulatorFault::Action> actionByName(const QString &name)
{
    using Action = SimulatorFault::Action;
    for (Action a : {Action::Close, Action::Stall, Action::Truncate, Action::Malformed, Action::Html}) {
        if (actionName(a) == name)
            return a;
    }
    return std::nullopt;
}

QString shapeName(SimulatorFault::ListShape shape)
{
    switch (shape) {
    case SimulatorFault::ListShape::Default:
        return QString();
    case SimulatorFault::ListShape::Results:
        return QStringLiteral("results");
    case SimulatorFault::ListShape::Result:
        return QStringLiteral("result");
    case SimulatorFault::ListShape::Array:
        return QStringLiteral("array");
    }
    return QString();
}

bool readInt(const QString &key, const QString &value, int minimum, int *out, QString *error)
{
    bool ok = false;
    const int n = value.toInt(&ok);
    if (!ok || n < minimum) {
        *error = QStringLiteral("fault option %1 needs a number >= %2, not \"%3\"").arg(key).arg(minimum).arg(value);
        return false;
    }
    *out = n;
    return true;
}

QString endlessName(SimulatorFault::Endless endless)
{
    switch (endless) {
    case SimulatorFault::Endless::None:
        return QString();
    case SimulatorFault::Endless::Unique:
        return QStringLiteral("unique");
    case SimulatorFault::Endless::Repeat:
        return QStringLiteral("repeat");
    }
    return QString();
}

bool readInt64(const QString &key, const QString &value, qint64 minimum, qint64 *out, QString *error)
{
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    if (!ok || n < minimum) {
        *error = QStringLiteral("fault option %1 needs a number >= %2, not \"%3\"").arg(key).arg(minimum).arg(value);
        return false;
    }
    *out = n;
    return true;
}

// A flag takes no value; `true` in JSON arrives here as an empty one.
bool readFlag(const QString &key, const QString &value, bool *out, QString *error)
{
    if (!value.isEmpty()) {
        *error = QStringLiteral("fault option %1 takes no value").arg(key);
        return false;
    }
    *out = true;
    return true;
}

// An option whose value may be left out for its default.
bool readIntOr(const QString &key, const QString &value, int fallback, int minimum, int *out, QString *error)
{
    if (value.isEmpty()) {
        *out = fallback;
        return true;
    }
    return readInt(key, value, minimum, out, error);
}

// The hostile-server options (see SimulatorFault.h); nullopt when `key` is none of them.
std::optional<bool> applyHostileOption(SimulatorFault *fault, const QString &key, const QString &value, QString *error)
{
    using Endless = SimulatorFault::Endless;
    if (key == QLatin1String("count-inflated")) {
        if (value.isEmpty()) {
            fault->inflatedCount = SimulatorFault::DefaultInflatedCount;
            return true;
        }
        return readInt64(key, value, 1, &fault->inflatedCount, error);
    }
    if (key == QLatin1String("empty-pages"))
        return readFlag(key, value, &fault->emptyPages, error);
    if (key == QLatin1String("ignore-offset"))
        return readFlag(key, value, &fault->ignoreOffset, error);
    if (key == QLatin1String("bad-records"))
        return readFlag(key, value, &fault->badRecords, error);
    if (key == QLatin1String("chunked"))
        return readFlag(key, value, &fault->chunked, error);
    if (key == QLatin1String("endless")) {
        if (value.isEmpty()) {
            fault->endless = Endless::Unique;
            return true;
        }
        for (Endless e : {Endless::Unique, Endless::Repeat}) {
            if (endlessName(e) == value) {
                fault->endless = e;
                return true;
            }
        }
        *error = QStringLiteral("unknown endless mode \"%1\" (unique or repeat)").arg(value);
        return false;
    }
    if (key == QLatin1String("trickle"))
        return readIntOr(key, value, SimulatorFault::DefaultTrickleMs, 1, &fault->trickleMs, error);
    if (key == QLatin1String("oversized"))
        return readIntOr(key, value, SimulatorFault::DefaultOversizedMiB, 1, &fault->oversizedMiB, error);
    if (key == QLatin1String("gzip-bomb"))
        return readIntOr(key, value, SimulatorFault::DefaultGzipBombMiB, 1, &fault->gzipBombMiB, error);
    return std::nullopt;
}

bool applyOption(SimulatorFault *fault, const QString &key, const QString &value, QString *error)
{
    using ListShape = SimulatorFault::ListShape;
    if (const std::optional<bool> applied = applyHostileOption(fault, key, value, error))
        return *applied;
    if (key == QLatin1String("latency"))
        return readInt(key, value, 0, &fault->latencyMs, error);
    if (key == QLatin1String("status")) {
        if (!readInt(key, value, 100, &fault->status, error))
            return false;
        if (fault->status > 599) {
            *error = QStringLiteral("fault status %1 is not an HTTP status").arg(fault->status);
            return false;
        }
        return true;
    }
    if (key == QLatin1String("retry-after"))
        return readInt(key, value, 0, &fault->retryAfterSecs, error);
    if (key == QLatin1String("times"))
        return readInt(key, value, -1, &fault->times, error);
    if (key == QLatin1String("after"))
        return readInt(key, value, 0, &fault->after, error);
    if (key == QLatin1String("method")) {
        fault->method = value.toUpper();
        return true;
    }
    if (key == QLatin1String("list")) {
        for (ListShape s : {ListShape::Results, ListShape::Result, ListShape::Array}) {
            if (shapeName(s) == value) {
                fault->listShape = s;
                return true;
            }
        }
        *error = QStringLiteral("unknown list shape \"%1\" (results, result or array)").arg(value);
        return false;
    }
    const QString name = key == QLatin1String("action") ? value : key;
    if (const auto action = actionByName(name)) {
        if (key != QLatin1String("action") && !value.isEmpty()) {
            *error = QStringLiteral("fault action %1 takes no value").arg(key);
            return false;
        }
        fault->action = *action;
        return true;
    }
    *error = QStringLiteral("unknown fault option \"%1\"").arg(key);
    return false;
}

} // namespace

bool SimulatorFault::matches(const QString &requestMethod, const QString &path) const
{
    if (times == 0)
        return false;
    if (!method.isEmpty() && method != requestMethod)
        return false;
    if (route == QLatin1String("*"))
        return true;
    if (route.endsWith(QLatin1Char('*')))
        return path.startsWith(QStringView(route).chopped(1));
    const QStringList want = route.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QStringList have = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (want.size() != have.size())
        return false;
    for (qsizetype i = 0; i < want.size(); ++i) {
        const QString &w = want.at(i);
        if (w.startsWith(QLatin1Char('{')) && w.endsWith(QLatin1Char('}')))
            continue;
        if (w != have.at(i))
            return false;
    }
    return true;
}

void SimulatorFault::combine(const SimulatorFault &other)
{
    latencyMs += other.latencyMs;
    if (other.status != 0)
        status = other.status;
    if (other.retryAfterSecs >= 0)
        retryAfterSecs = other.retryAfterSecs;
    if (other.action != Action::None)
        action = other.action;
    if (other.listShape != ListShape::Default)
        listShape = other.listShape;
    if (other.inflatedCount != 0)
        inflatedCount = other.inflatedCount;
    emptyPages = emptyPages || other.emptyPages;
    ignoreOffset = ignoreOffset || other.ignoreOffset;
    if (other.endless != Endless::None)
        endless = other.endless;
    badRecords = badRecords || other.badRecords;
    trickleMs = std::max(trickleMs, other.trickleMs);
    oversizedMiB = std::max(oversizedMiB, other.oversizedMiB);
    gzipBombMiB = std::max(gzipBombMiB, other.gzipBombMiB);
    chunked = chunked || other.chunked;
}

QJsonObject SimulatorFault::toJson() const
{
    QJsonObject o{{QStringLiteral("route"), route}, {QStringLiteral("times"), times}, {QStringLiteral("hits"), hits}};
    if (!method.isEmpty())
        o.insert(QStringLiteral("method"), method);
    if (latencyMs > 0)
        o.insert(QStringLiteral("latency"), latencyMs);
    if (status != 0)
        o.insert(QStringLiteral("status"), status);
    if (retryAfterSecs >= 0)
        o.insert(QStringLiteral("retry-after"), retryAfterSecs);
    if (action != Action::None)
        o.insert(QStringLiteral("action"), actionName(action));
    if (listShape != ListShape::Default)
        o.insert(QStringLiteral("list"), shapeName(listShape));
    if (after > 0)
        o.insert(QStringLiteral("after"), after);
    if (inflatedCount != 0)
        o.insert(QStringLiteral("count-inflated"), inflatedCount);
    const auto flag = [&o](const char *key, bool set) {
        if (set)
            o.insert(QLatin1String(key), true);
    };
    flag("empty-pages", emptyPages);
    flag("ignore-offset", ignoreOffset);
    flag("bad-records", badRecords);
    flag("chunked", chunked);
    if (endless != Endless::None)
        o.insert(QStringLiteral("endless"), endlessName(endless));
    if (trickleMs > 0)
        o.insert(QStringLiteral("trickle"), trickleMs);
    if (oversizedMiB > 0)
        o.insert(QStringLiteral("oversized"), oversizedMiB);
    if (gzipBombMiB > 0)
        o.insert(QStringLiteral("gzip-bomb"), gzipBombMiB);
    return o;
}

std::optional<SimulatorFault> SimulatorFault::fromSpec(const QString &spec, QString *error)
{
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    if (colon <= 0) {
        *error = QStringLiteral("a fault reads ROUTE:option[,option...], not \"%1\"").arg(spec);
        return std::nullopt;
    }
    SimulatorFault fault;
    fault.route = spec.left(colon);
    const QStringList options = spec.mid(colon + 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (options.isEmpty()) {
        *error = QStringLiteral("the fault \"%1\" has no options").arg(spec);
        return std::nullopt;
    }
    for (const QString &option : options) {
        const qsizetype eq = option.indexOf(QLatin1Char('='));
        const QString key = (eq < 0 ? option : option.left(eq)).trimmed();
        const QString value = eq < 0 ? QString() : option.mid(eq + 1).trimmed();
        if (!applyOption(&fault, key, value, error))
            return std::nullopt;
    }
    return fault;
}

std::optional<SimulatorFault> SimulatorFault::fromJson(const QJsonObject &object, QString *error)
{
    SimulatorFault fault;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue v = it.value();
        if (it.key() == QLatin1String("route")) {
            fault.route = v.toString();
            if (fault.route.isEmpty()) {
                *error = QStringLiteral("route must be a non-empty string");
                return std::nullopt;
            }
            continue;
        }
        if (it.key() == QLatin1String("hits"))
            continue;
        QString value;
        if (v.isDouble())
            value = QString::number(v.toInteger());
        else if (v.isString())
            value = v.toString();
        else if (v.isBool() && v.toBool())
            value = QString();
        else if (v.isBool())
            continue; // a flag that is off
        else {
            *error = QStringLiteral("fault option %1 has a value of the wrong type").arg(it.key());
            return std::nullopt;
        }
        if (!applyOption(&fault, it.key(), value, error))
            return std::nullopt;
    }
    return fault;
}
