#pragma once

// What every roster-bench case prints with: one stream, milliseconds with two decimals, and the
// spread of a case's samples (median, 95th percentile by nearest rank, maximum).

#include <QString>
#include <QTextStream>

#include <algorithm>
#include <vector>

namespace Bench {

inline QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

inline QString ms(double value)
{
    return QString::number(value, 'f', 2);
}

struct Spread
{
    double median = 0;
    double p95 = 0;
    double min = 0;
    double max = 0;

    // "median_ms=<x> p95_ms=<x> max_ms=<x>"
    QString fields() const
    {
        return QStringLiteral("median_ms=%1 p95_ms=%2 max_ms=%3").arg(ms(median), ms(p95), ms(max));
    }
};

// Of at least one sample.
inline Spread spread(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    const size_t n = samples.size();
    Spread s;
    s.median = n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2.0;
    s.p95 = samples[(n * 95 + 99) / 100 - 1];
    s.min = samples.front();
    s.max = samples.back();
    return s;
}

// A case's measurement line, "<name> users=<N> median_ms=<x>" with " p95_ms=<x> max_ms=<x>"
// when `withSpread`, then a "# " line of detail for people (minimum, maximum, samples), so the
// measurement lines keep their format. Without samples: "median_ms=timeout".
inline void report(const QString &name, int users, const std::vector<double> &samples, bool withSpread = true)
{
    out() << name << " users=" << users << " median_ms=";
    if (samples.empty()) {
        out() << "timeout" << Qt::endl;
        return;
    }
    const Spread s = spread(samples);
    out() << ms(s.median);
    if (withSpread)
        out() << " p95_ms=" << ms(s.p95) << " max_ms=" << ms(s.max);
    out() << Qt::endl;
    out() << "# " << name << " users=" << users << " min_ms=" << ms(s.min) << " max_ms=" << ms(s.max)
          << " samples=" << samples.size() << Qt::endl;
}

} // namespace Bench
