// One user: `GET /iam/users/{id}` and `PATCH /iam/users/{id}`. What the server sent and was
// accepted must read back the same from Roster's own JSON of it.
#include "FuzzCheck.h"
#include "domain/UserJson.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Result<User> user = UserJson::parseUser(fuzzBytes(data, size));
    if (!user) {
        FUZZ_CHECK(!user.error().text().isEmpty());
        return 0;
    }
    FUZZ_CHECK(user.value().id > 0 && user.value().id <= UserJson::MaxId);
    const Result<User> again = UserJson::userFromJson(UserJson::toJson(user.value()));
    FUZZ_CHECK(again);
    FUZZ_CHECK(again.value().id == user.value().id);
    FUZZ_CHECK(again.value().email == user.value().email);
    return 0;
}
