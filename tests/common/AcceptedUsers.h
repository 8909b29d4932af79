#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// Users as a server may send them, each of which UserJson accepts: tst_userjson checks what it
// reads from each, tst_usercache that each comes back from the cache exactly as it was read.
// A new shape the parser learns to accept belongs here, so the cache is tested with it too.
namespace AcceptedUsers {

struct Case
{
    const char *tag;
    QByteArray json;
    // What the parser must read from it.
    QString name;
    qint64 client = 0;
    int role = 0;
};

// The example of account-api.md, "Users".
inline const QByteArray contractUser = R"({"id":19449,"email":"jane@example.com","name":"Jane Doe","lang":"en","phone":null,
 "company":"Example Corp","reseller":1,"client":123456,"deleted":false,
 "groups":[{"id":2,"name":"Users"}],"activated":false,"sso_auth":false,"two_fa":false,
 "auth_types":["password"],"user_type":"common","is_active":true,
 "client_and_roles":[{"client_id":123456,"client_company_name":"Example Corp",
   "user_id":19449,"user_roles":["2"]}]})";

inline QList<Case> cases()
{
    return {
        {"contract example", contractUser, QStringLiteral("Jane Doe"), 123456, 2},
        {"null name", R"({"id":1,"email":"a@b.c","name":null,"client":5})", QString(), 5, 0},
        {"float client", R"({"id":1,"email":"a@b.c","client":123456.0})", QString(), 123456, 0},
        {"string client", R"({"id":"7","email":"a@b.c","client":"9"})", QString(), 9, 0},
        {"string role ids",
         R"({"id":1,"email":"a@b.c","client":9,"client_and_roles":[{"client_id":8,"user_roles":["5"]},{"client_id":9.0,"user_roles":["1","2"]}]})",
         QString(), 9, 1},
        {"numeric role ids", R"({"id":1,"email":"a@b.c","client_and_roles":[{"client_id":9,"user_roles":[3009]}]})",
         QString(), 0, 3009},
        {"role from groups", R"({"id":1,"email":"a@b.c","groups":[{"id":5,"name":"Engineers"}]})", QString(), 0, 5},
        {"unknown fields ignored", R"({"id":1,"email":"a@b.c","name":"Ольга","new_field":{"x":[1,2]},"lang":"ru"})",
         QStringLiteral("Ольга"), 0, 0},
        {"null arrays", R"({"id":1,"email":"a@b.c","groups":null,"auth_types":null,"client_and_roles":null,"name":"王伟"})",
         QStringLiteral("王伟"), 0, 0},
        {"largest id, as a string", R"({"id":"9007199254740991","email":"last@example.com","client":"9007199254740991"})",
         QString(), 9007199254740991, 0},
        {"every field set",
         R"({"id":4503599627370497,"email":"zoë.ölçer+roster@例え.jp","name":"Zoë 🎉 Ölçer","lang":"de",
             "phone":"+49 30 1234567","company":"Zweite GmbH & Co. KG","reseller":77,"client":9,"deleted":true,
             "groups":[{"id":3,"name":"Administrators"},{"id":2147483647,"name":""}],"activated":true,
             "sso_auth":true,"two_fa":true,"auth_types":["password","sso",""],"user_type":"reseller",
             "is_active":false,"client_and_roles":[{"client_id":9,"client_company_name":"Zweite GmbH & Co. KG",
             "user_id":12,"user_roles":["3","1"]},{"client_id":8,"client_company_name":null,"user_roles":[]}]})",
         QStringLiteral("Zoë 🎉 Ölçer"), 9, 3},
    };
}

} // namespace AcceptedUsers
