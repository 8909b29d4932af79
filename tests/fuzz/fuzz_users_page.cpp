// A page of `GET /iam/users`: {"count","next","previous","results"}, {"result"} or a bare array.
// Unreadable records are skipped and counted; every user kept reads back from Roster's own JSON.
#include "FuzzCheck.h"
#include "domain/UserJson.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Result<UserPage> page = UserJson::parseUserPage(fuzzBytes(data, size));
    if (!page) {
        FUZZ_CHECK(!page.error().text().isEmpty());
        return 0;
    }
    const UserPage &p = page.value();
    FUZZ_CHECK(p.count >= -1 && p.count <= UserJson::MaxId);
    FUZZ_CHECK(p.unreadable >= 0 && p.users.size() + p.unreadable == p.received);
    FUZZ_CHECK(p.unreadable == 0 || !p.unreadableReason.isEmpty());
    for (const User &user : p.users) {
        FUZZ_CHECK(user.id > 0 && user.id <= UserJson::MaxId);
        const Result<User> again = UserJson::userFromJson(UserJson::toJson(user));
        FUZZ_CHECK(again && again.value().id == user.id && again.value().email == user.email);
    }
    return 0;
}
