// A user as the cache file keeps it and UsersModel holds it (UserRecord): the bytes of a
// damaged or foreign cache file. The full reader and the row's summary must agree on every
// input: which records are readable, and for those the flags, the sign-in methods, the language,
// the texts and the role in an account; a readable record written again reads back as the same user.
#include "FuzzCheck.h"
#include "store/UserRecord.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    constexpr qint64 id = 19449;
    const QByteArray bytes = fuzzBytes(data, size);
    UserRecord::Reader reader;
    User user;
    const bool read = reader.read(bytes, id, &user);
    for (const qint64 account : {qint64(0), qint64(7), qint64(301542)}) {
        UserRecord::Reader::Summary summary;
        FUZZ_CHECK(UserRecord::Reader::summarize(bytes, account, &summary) == read);
        if (!read)
            continue;
        FUZZ_CHECK(summary.roleId == user.roleId(account));
        FUZZ_CHECK(summary.activated == user.activated && summary.twoFa == user.twoFa
                   && summary.isActive == user.isActive);
        FUZZ_CHECK(summary.signInMethods == user.signInMethods());
        FUZZ_CHECK((summary.lang.isEmpty() ? QString() : QString::fromUtf8(summary.lang)) == user.lang);
    }
    if (!read)
        return 0;
    QByteArrayView email;
    QByteArrayView name;
    FUZZ_CHECK(UserRecord::Reader::texts(bytes, &email, &name));
    FUZZ_CHECK((email.isEmpty() ? QString() : QString::fromUtf8(email)) == user.email);
    FUZZ_CHECK((name.isEmpty() ? QString() : QString::fromUtf8(name)) == user.name);
    QByteArray again;
    UserRecord::write(user, &again);
    User back;
    FUZZ_CHECK(UserRecord::Reader().read(again, id, &back));
    FUZZ_CHECK(back == user);
    return 0;
}
