// The API tokens of `GET /iam/v2/clients/{clientId}/tokens`: a bare array, or a list object.
#include "FuzzCheck.h"
#include "api/ApiJson.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    constexpr qint64 issuer = 19449;
    const Result<TokenList> tokens = ApiJson::parseTokens(fuzzBytes(data, size), issuer);
    if (!tokens) {
        FUZZ_CHECK(!tokens.error().text().isEmpty());
        return 0;
    }
    FUZZ_CHECK(tokens.value().unreadable >= 0);
    for (const ApiToken &token : tokens.value().tokens) {
        // Every token kept is whole: an id, and times that are valid or absent, in UTC.
        FUZZ_CHECK(!token.expiresAt.isValid() || token.expiresAt.timeSpec() == Qt::UTC);
        FUZZ_CHECK(!token.lastUsedAt.isValid() || token.lastUsedAt.timeSpec() == Qt::UTC);
        FUZZ_CHECK(!token.createdAt.isValid() || token.createdAt.timeSpec() == Qt::UTC);
    }
    return 0;
}
