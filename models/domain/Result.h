#pragma once

#include "ApiError.h"

#include <optional>
#include <utility>

// A value or an ApiError: what every request and every parser delivers.
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

    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    T takeValue() { return std::move(*m_value); }
    const ApiError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    ApiError m_error;
};

// The value of a request that has nothing to return but success.
struct Done
{
};
