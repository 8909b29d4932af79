#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;
class QSettings;

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

    // The language's name in that language, for the Language menu: "Deutsch", "中文".
    static QString nativeName(const QString &language);

    // Roster's catalogue for `language` in ":/i18n", without ".qm": "roster_de", and
    // "roster_zh_CN" for Chinese (Simplified, whatever the Chinese locale).
    static QString catalogueName(const QString &language);

    // The QSettings key of the language chosen in the window.
    static QString settingsKey();

    // The language to start in: `commandLine` (--lang) when given, else the one chosen in the
    // window last time (`settings`, may be null), else the system locale's.
    static QString startupLanguage(const QString &commandLine, const QSettings *settings);

    // Installs Qt's own translations and Roster's (":/i18n/roster_<lang>.qm") for `language`
    // on `app`, which owns them. Missing files are skipped. Returns the files loaded.
    // Translators of an earlier call are removed first, so calling it again switches the
    // language of a running application: every widget gets a QEvent::LanguageChange.
    static QStringList install(QCoreApplication *app, const QString &language);

    // Switches a running application to `language`: the default locale (numbers and dates),
    // then the translators.
    static QStringList switchTo(QCoreApplication *app, const QString &language);
};
