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

} // namespace Bench
