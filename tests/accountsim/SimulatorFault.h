#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// One injected fault of the account simulator: what happens to requests whose path matches
// `route`. Several effects may be combined (latency + status, latency + stall, ...).
//
// Spec syntax (command line): `ROUTE:key[=value],key[=value],...`, for example
// `/iam/users:status=503,retry-after=2,times=1` or `*:latency=50`. Keys: `latency` (ms),
// `status`, `retry-after` (s), `times`, `method`, `list` (results|result|array: the shape of
// the users list and of the API tokens list) and the actions `close`, `stall`, `truncate`,
// `malformed`, `html` (or `action=<name>`).
// The JSON form (control endpoint) uses the same keys plus `"route"`.
//
// Routes: `*` matches every path; a pattern ending in `*` matches by prefix; otherwise the
// paths are compared segment by segment, where a segment `{anything}` matches any segment.
struct SimulatorFault
{
    enum class Action : quint8 { None, Close, Stall, Truncate, Malformed, Html };
    enum class ListShape : quint8 { Default, Results, Result, Array };

    QString route = QStringLiteral("*");
    QString method; // empty: every method
    int latencyMs = 0;
    int status = 0; // 0: the real status
    int retryAfterSecs = -1;
    Action action = Action::None;
    ListShape listShape = ListShape::Default;
    int times = -1; // how many more requests it applies to; -1: unlimited
    int hits = 0; // requests it has applied to

    bool matches(const QString &requestMethod, const QString &path) const;
    // Merges the effects of `other` into this one (later faults win where both set a value).
    void combine(const SimulatorFault &other);
    QJsonObject toJson() const;

    static std::optional<SimulatorFault> fromSpec(const QString &spec, QString *error);
    static std::optional<SimulatorFault> fromJson(const QJsonObject &object, QString *error);
};
