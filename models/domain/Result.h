#pragma once

#include "ApiError.h"

#include <QtGlobal>

#include <optional>
#include <utility>

// A value or an ApiError: what every request and every parser delivers.
//
// value() and takeValue() are only for a result that holds a value: check ok() first. Taking
// the value of an error is a programming error, and stops Roster in every build rather than
// reading an empty optional.
template <typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(ApiError error) : m_error(std::move(error))
    {
        if (m_error.kind == ApiError::Kind::None)
            m_error.kind = ApiError::Kind::BadResponse;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const
    {
        checkValue();
        return *m_value;
    }
    T &value()
    {
        checkValue();
        return *m_value;
    }
    T takeValue()
    {
        checkValue();
        return std::move(*m_value);
    }
    // The value, or `fallback` when this is an error.
    T valueOr(T fallback) const { return m_value ? *m_value : std::move(fallback); }
    const ApiError &error() const { return m_error; }

private:
    void checkValue() const
    {
        if (Q_UNLIKELY(!m_value))
            qFatal("Result: the value of an error was taken (%s)", qUtf8Printable(m_error.text()));
    }

    std::optional<T> m_value;
    ApiError m_error;
};

// The value of a request that has nothing to return but success.
struct Done
{
};
