#pragma once

#include "domain/ApiError.h"

#include <QByteArray>
#include <QDateTime>

// Turns an HTTP answer that is not a success into the one ApiError of the code base
// (account-api.md, "Rules": error bodies vary). A pure function, tested on bytes.
namespace HttpError {

// `status`: the HTTP status (0 when there was none); `body`: the raw body, whatever it holds;
// `retryAfter`: the Retry-After header (seconds or an HTTP date), empty when absent.
ApiError fromResponse(int status, const QByteArray &body, const QByteArray &retryAfter = {},
                      const QDateTime &now = QDateTime::currentDateTimeUtc());

// Seconds to wait from a Retry-After value, or -1 when it says nothing usable.
int retryAfterSeconds(const QByteArray &value, const QDateTime &now);

// The server's own English text in the person's language where Roster knows it.
QString translateServerMessage(const QString &text);

} // namespace HttpError
