#pragma once

#include <QByteArrayView>
#include <QFlags>
#include <QString>
#include <QStringView>

// A way a user can sign in: the values of `auth_types` (account-api.md, "Users"), and `sso_auth`,
// which also means SSO. Each a bit, so a user's methods fit in four bits of a table row.
enum class SignInMethod : quint8 {
    Password = 0x1,
    Sso = 0x2,
    GitHub = 0x4,
    Google = 0x8,
};
Q_DECLARE_FLAGS(SignInMethods, SignInMethod)
Q_DECLARE_OPERATORS_FOR_FLAGS(SignInMethods)

// Every method, in the order people see them listed.
inline constexpr SignInMethod AllSignInMethods[] = {SignInMethod::Password, SignInMethod::Sso, SignInMethod::GitHub,
                                                    SignInMethod::Google};
inline constexpr int SignInMethodCount = 4;

// The method an `auth_types` value names (as text, or as the UTF-8 bytes of a record); none
// for a value the API does not document.
SignInMethods signInMethodOf(QStringView apiValue);
SignInMethods signInMethodOf(QByteArrayView apiValueUtf8);

// Translated, person-readable name of a method ("Password", "SSO", "GitHub", "Google").
QString signInMethodName(SignInMethod method);
// The names of `methods` in the order above, joined with ", "; empty for none.
QString signInMethodsText(SignInMethods methods);
// Where `methods` go when the table is sorted by them: none first, then as their names listed
// in the order above compare, method by method ("Password" < "Password, SSO" < "SSO").
int signInMethodsRank(SignInMethods methods);
