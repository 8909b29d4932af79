#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// One injected fault of the account simulator: what happens to requests whose path matches
// `route`. Several effects may be combined (latency + status, latency + stall, ...).
//
// Spec syntax (command line): `ROUTE:key[=value],key[=value],...`, for example
// `/iam/users:status=503,retry-after=2,times=1` or `*:latency=50`. Keys: `latency` (ms),
// `status`, `retry-after` (s), `times`, `after` (the first N matching requests pass untouched),
// `method`, `list` (results|result|array: the shape of the users list and of the API tokens
// list) and the actions `close`, `stall`, `truncate`, `malformed`, `html` (or `action=<name>`).
// The JSON form (control endpoint, POST /_control/faults) uses the same keys plus `"route"`,
// a flag as `true` (`{"route":"/iam/users","empty-pages":true}`), or a spec as `{"spec":"..."}`.
//
// Hostile servers, for the users list (GET /iam/users) only; they combine with each other:
//   count-inflated[=N]  `count` says N (10,000,000) while the real users are served, and
//                       `next` keeps pointing on up to N; pages past the real end are empty
//   empty-pages         every page's list is [] while `count` (and `next`) stay
//   ignore-offset       every page is the first one, whatever `offset` asks for
//   endless[=unique|repeat]  no `count`, `next` always set, every page full (`limit` users,
//                       100 without one) of generated users: new ids for every offset from
//                       EndlessFirstId on (unique), or the same ids every time (repeat);
//                       with list=array a bare array
//   bad-records         among the real users, the ones at BadRecordsFirst... of the whole list
//                       (see BadRecord) cannot be read or lack an email or a name
// and for any body:
//   trickle[=ms]        the head at once, then the body one byte every ms (1000)
//   oversized[=MiB]     the body padded to more than MiB (200) mebibytes, written as the
//                       client reads it: a JSON object gets a leading "padding" string
//                       member, anything else leading spaces, so the whole is still valid
//   gzip-bomb[=MiB]     Content-Encoding: gzip of the body padded as oversized does, to more
//                       than MiB (64) decoded, above Qt's 10 MiB decompression check; about
//                       a thousandth of that on the wire
//   chunked             Transfer-Encoding: chunked, no Content-Length
//
// Routes: `*` matches every path; a pattern ending in `*` matches by prefix; otherwise the
// paths are compared segment by segment, where a segment `{anything}` matches any segment.
struct SimulatorFault
{
    enum class Action : quint8 { None, Close, Stall, Truncate, Malformed, Html };
    enum class ListShape : quint8 { Default, Results, Result, Array };
    enum class Endless : quint8 { None, Unique, Repeat };

    static constexpr qint64 DefaultInflatedCount = 10'000'000;
    static constexpr int DefaultTrickleMs = 1000;
    static constexpr int DefaultOversizedMiB = 200;
    static constexpr int DefaultGzipBombMiB = 64;
    static constexpr int EndlessPageSize = 100; // without a `limit`
    static constexpr qint64 EndlessFirstId = 900'000'000'001;

    // What bad-records does to the user at list position BadRecordsFirst + i (the owner,
    // first, stays readable).
    enum class BadRecord : quint8 {
        NoId, // no "id" member: cannot be read
        TextId, // "id": "abc": cannot be read
        HugeTextId, // "id": "9007199254740993" (2^53 + 1): cannot be read
        HugeNumberId, // "id": 18014398509481984 (2^54): cannot be read
        NoEmail, // no "email" member: readable, the email empty
        NullEmail, // "email": null: readable, the email empty
        NullName, // "name": null: readable, the name empty
        Count
    };
    static constexpr int BadRecordsFirst = 1;
    static bool isReadable(BadRecord record) { return record >= BadRecord::NoEmail; }

    QString route = QStringLiteral("*");
    QString method; // empty: every method
    int latencyMs = 0;
    int status = 0; // 0: the real status
    int retryAfterSecs = -1;
    Action action = Action::None;
    ListShape listShape = ListShape::Default;
    qint64 inflatedCount = 0; // 0: the real count
    bool emptyPages = false;
    bool ignoreOffset = false;
    Endless endless = Endless::None;
    bool badRecords = false;
    int trickleMs = 0; // 0: the body at once
    int oversizedMiB = 0;
    int gzipBombMiB = 0;
    bool chunked = false;
    int times = -1; // how many more requests it applies to; -1: unlimited
    int after = 0; // how many more matching requests pass before it applies
    int hits = 0; // requests it has applied to

    // The fault changes how a body is written (trickle, oversized, gzip-bomb, chunked).
    bool streamsBody() const { return trickleMs > 0 || oversizedMiB > 0 || gzipBombMiB > 0 || chunked; }

    bool matches(const QString &requestMethod, const QString &path) const;
    // Merges the effects of `other` into this one (later faults win where both set a value).
    void combine(const SimulatorFault &other);
    QJsonObject toJson() const;

    static std::optional<SimulatorFault> fromSpec(const QString &spec, QString *error);
    static std::optional<SimulatorFault> fromJson(const QJsonObject &object, QString *error);
};
