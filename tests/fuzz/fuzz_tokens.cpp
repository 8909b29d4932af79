// The API tokens of `GET /iam/v2/clients/{clientId}/tokens`: a bare array, or a list object.
#include "FuzzCheck.h"
#include "api/ApiJson.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    constexpr qint64 issuer = 19449;
    const Result<QList<ApiToken>> tokens = ApiJson::parseTokens(fuzzBytes(data, size), issuer);
    if (!tokens)
        FUZZ_CHECK(!tokens.error().text().isEmpty());
    return 0;
}
