// A page of `GET /iam/users`: {"count","next","previous","results"}, {"result"} or a bare array.
#include "FuzzCheck.h"
#include "domain/UserJson.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Result<UserPage> page = UserJson::parseUserPage(fuzzBytes(data, size));
    if (!page) {
        FUZZ_CHECK(!page.error().text().isEmpty());
        return 0;
    }
    FUZZ_CHECK(page.value().count >= -1);
    for (const User &user : page.value().users)
        FUZZ_CHECK(user.id > 0);
    return 0;
}
