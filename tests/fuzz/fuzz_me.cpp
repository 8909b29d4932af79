// Who is signed in, in which account: `GET /iam/clients/me`.
#include "FuzzCheck.h"
#include "api/ApiJson.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Result<AccountInfo> info = ApiJson::parseAccountInfo(fuzzBytes(data, size));
    if (!info) {
        FUZZ_CHECK(!info.error().text().isEmpty());
        return 0;
    }
    FUZZ_CHECK(info.value().clientId > 0);
    FUZZ_CHECK(info.value().currentUserId > 0);
    return 0;
}
