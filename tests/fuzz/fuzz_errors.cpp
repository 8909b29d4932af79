// An answer that is not a success, as HttpError reads it: the status, the Retry-After header
// and the error body. The input's first line is "<status> <Retry-After>" (the header may be
// left out), the rest is the body: "429 120\n{\"message\":\"Slow down\"}".
#include "FuzzCheck.h"
#include "api/HttpError.h"

#include <QDate>
#include <QTime>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzzBytes(data, size);
    const qsizetype end = bytes.indexOf('\n');
    const QByteArray head = end < 0 ? bytes : bytes.left(end);
    const QByteArray body = end < 0 ? QByteArray() : bytes.mid(end + 1);
    const qsizetype space = head.indexOf(' ');
    const int status = (space < 0 ? head : head.left(space)).toInt(); // 0 (no status) when not a number
    const QByteArray retryAfter = space < 0 ? QByteArray() : head.mid(space + 1);
    const QDateTime now(QDate(2026, 10, 21), QTime(7, 0), Qt::UTC);

    const ApiError error = HttpError::fromResponse(status, body, retryAfter, now);
    FUZZ_CHECK(error.isError());
    FUZZ_CHECK(error.httpStatus == status);
    FUZZ_CHECK(!error.message.isEmpty());
    FUZZ_CHECK(error.retryAfterSecs >= -1 && error.retryAfterSecs <= 24 * 3600);
    for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it)
        FUZZ_CHECK(!it.value().isEmpty());
    const int seconds = HttpError::retryAfterSeconds(retryAfter, now);
    FUZZ_CHECK(seconds >= -1 && seconds <= 24 * 3600);
    return 0;
}
