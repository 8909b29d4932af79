#include "SignInMethod.h"

#include <QCoreApplication>
#include <QLatin1String>

#include <array>

namespace {

struct ApiValue
{
    QLatin1String text;
    SignInMethod method;
};
const ApiValue ApiValues[] = {{QLatin1String("password"), SignInMethod::Password},
                              {QLatin1String("sso"), SignInMethod::Sso},
                              {QLatin1String("github"), SignInMethod::GitHub},
                              {QLatin1String("google-oauth2"), SignInMethod::Google}};

constexpr int MaskCount = 1 << SignInMethodCount;

// The ranks of every mask: the lists of methods compared element by element, a list before
// the longer ones it begins.
constexpr std::array<int, MaskCount> makeRanks()
{
    std::array<int, MaskCount> masks{};
    for (int m = 0; m < MaskCount; ++m)
        masks[size_t(m)] = m;
    // Lowest bit first: the lowest set bit is the first method listed.
    const auto less = [](int a, int b) {
        for (;;) {
            if (a == b)
                return false;
            if (a == 0 || b == 0)
                return a == 0;
            const int firstA = a & -a;
            const int firstB = b & -b;
            if (firstA != firstB)
                return firstA < firstB;
            a &= a - 1;
            b &= b - 1;
        }
    };
    for (int i = 1; i < MaskCount; ++i) { // insertion sort: constexpr, and sixteen items
        for (int j = i; j > 0 && less(masks[size_t(j)], masks[size_t(j - 1)]); --j) {
            const int t = masks[size_t(j)];
            masks[size_t(j)] = masks[size_t(j - 1)];
            masks[size_t(j - 1)] = t;
        }
    }
    std::array<int, MaskCount> ranks{};
    for (int rank = 0; rank < MaskCount; ++rank)
        ranks[size_t(masks[size_t(rank)])] = rank;
    return ranks;
}
constexpr std::array<int, MaskCount> Ranks = makeRanks();
static_assert(Ranks[0] == 0 && Ranks[1] == 1 && Ranks[3] == 2 && Ranks[2] == 9 && Ranks[8] == 15);

} // namespace

SignInMethods signInMethodOf(QStringView apiValue)
{
    for (const ApiValue &value : ApiValues) {
        if (apiValue == value.text)
            return value.method;
    }
    return {};
}

SignInMethods signInMethodOf(QByteArrayView apiValueUtf8)
{
    // Byte by byte: the values are ASCII, and a million records are read this way.
    for (const ApiValue &value : ApiValues) {
        if (apiValueUtf8 == QByteArrayView(value.text.data(), value.text.size()))
            return value.method;
    }
    return {};
}

QString signInMethodName(SignInMethod method)
{
    switch (method) {
    case SignInMethod::Password:
        return QCoreApplication::translate("SignInMethod", "Password");
    case SignInMethod::Sso:
        return QCoreApplication::translate("SignInMethod", "SSO", "single sign-on");
    case SignInMethod::GitHub:
        return QCoreApplication::translate("SignInMethod", "GitHub");
    case SignInMethod::Google:
        return QCoreApplication::translate("SignInMethod", "Google");
    }
    return {};
}

QString signInMethodsText(SignInMethods methods)
{
    QString text;
    for (const SignInMethod method : AllSignInMethods) {
        if (!methods.testFlag(method))
            continue;
        if (!text.isEmpty())
            text += QLatin1String(", ");
        text += signInMethodName(method);
    }
    return text;
}

int signInMethodsRank(SignInMethods methods)
{
    return Ranks[size_t(methods.toInt()) & (MaskCount - 1)];
}
