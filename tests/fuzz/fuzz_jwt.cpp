// The session tokens: the `{"access","refresh"}` body of a sign-in, refresh or account switch,
// and the expiry in the access token's `exp` claim. The bytes are tried as that body, as a
// token, and as the claims of a token (so that the fuzzer reaches `exp` without base64).
#include "FuzzCheck.h"
#include "api/ApiJson.h"

namespace {

void checkExpiry(const QDateTime &expiry)
{
    if (!expiry.isValid())
        return;
    FUZZ_CHECK(expiry.toSecsSinceEpoch() >= 0);
    FUZZ_CHECK(expiry.toUTC().date().year() <= 9999);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzzBytes(data, size);
    const Result<ApiJson::SessionTokens> tokens = ApiJson::parseSessionTokens(bytes);
    if (tokens) {
        FUZZ_CHECK(!tokens.value().access.isEmpty() && !tokens.value().refresh.isEmpty());
        checkExpiry(ApiJson::jwtExpiry(tokens.value().access));
    }
    checkExpiry(ApiJson::jwtExpiry(QString::fromUtf8(bytes)));
    const QByteArray claims = bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    checkExpiry(ApiJson::jwtExpiry(QLatin1String("eyJhbGciOiJIUzI1NiJ9.") + QLatin1String(claims)
                                   + QLatin1String(".c2lnbmF0dXJl")));
    return 0;
}
