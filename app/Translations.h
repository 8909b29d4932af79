#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

// The languages Roster speaks and the translators that make it speak them.
class Translations
{
public:
    // "en", "de", "zh", "ru".
    static QStringList supportedLanguages();

    // The supported language named by `name` ("de", "DE", "de_AT", "zh-CN", "ru_RU.UTF-8"),
    // or an empty string when Roster does not speak it.
    static QString languageCode(const QString &name);

    // The language to use for `locale`: its own when supported, English otherwise.
    static QString languageForLocale(const QLocale &locale);

    // The locale for formatting numbers and dates in `language`: the system locale when it
    // already speaks that language (de_AT stays de_AT), else the language's main country.
    static QLocale localeFor(const QString &language);

    // Installs Qt's own translations and Roster's (":/i18n/roster_<lang>.qm") for `language`
    // on `app`, which owns them. Missing files are skipped. Returns the files loaded.
    static QStringList install(QCoreApplication *app, const QString &language);
};
