#include "Language.h"

#include <algorithm>

const QList<Language> &Language::supported()
{
    // Roster's Chinese is Simplified: a zh_TW system gets it too rather than English.
    static const QList<Language> list = {
        {QStringLiteral("en"), QStringLiteral("English"), QStringLiteral("roster_en"), QStringLiteral("en_US")},
        {QStringLiteral("de"), QStringLiteral("Deutsch"), QStringLiteral("roster_de"), QStringLiteral("de_DE")},
        {QStringLiteral("zh"), QStringLiteral("中文"), QStringLiteral("roster_zh_CN"), QStringLiteral("zh_CN")},
        {QStringLiteral("ru"), QStringLiteral("Русский"), QStringLiteral("roster_ru"), QStringLiteral("ru_RU")},
    };
    return list;
}

QStringList Language::supportedCodes()
{
    QStringList codes;
    for (const Language &language : supported())
        codes.append(language.code);
    return codes;
}

const Language *Language::find(const QString &code)
{
    const QList<Language> &list = supported();
    const auto it = std::find_if(list.cbegin(), list.cend(), [&code](const Language &l) { return l.code == code; });
    return it == list.cend() ? nullptr : &*it;
}

const QStringList &Language::accountCodes()
{
    static const QStringList codes = supportedCodes() + QStringList{QStringLiteral("az")};
    return codes;
}

QString Language::displayName(const QString &code)
{
    if (const Language *language = find(code))
        return language->nativeName;
    if (code == QLatin1String("az"))
        return QStringLiteral("Azərbaycan");
    return code;
}
