// The small replies: an invitation's `{"status","user_id"}` and a user's `{"user_role":{"id"}}`.
#include "FuzzCheck.h"
#include "api/ApiJson.h"

#include <climits>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzzBytes(data, size);
    const Result<InviteResult> invite = ApiJson::parseInviteResult(body);
    if (invite)
        FUZZ_CHECK(invite.value().userId > 0);
    const Result<int> role = ApiJson::parseRole(body);
    if (role)
        FUZZ_CHECK(role.value() > 0 && role.value() <= INT_MAX);
    return 0;
}
