#include "Translations.h"

#include "domain/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QSettings>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcTranslations, "roster.app.translations", QtInfoMsg)

namespace {

// Marks the translators install() made, so the next call can take them out again.
const QString translatorName = QStringLiteral("roster.translator");

} // namespace

QStringList Translations::supportedLanguages()
{
    return Language::supportedCodes();
}

QString Translations::languageCode(const QString &name)
{
    const QString lowered = name.trimmed().toLower();
    qsizetype end = 0;
    while (end < lowered.size() && lowered.at(end).isLetter())
        ++end;
    // A territory, script or encoding may follow, but only after a separator.
    if (end < lowered.size() && lowered.at(end) != u'_' && lowered.at(end) != u'-')
        return {};
    const QString code = lowered.left(end);
    return supportedLanguages().contains(code) ? code : QString();
}

QString Translations::languageForLocale(const QLocale &locale)
{
    const QString code = languageCode(QLocale::languageToCode(locale.language()));
    return code.isEmpty() ? QStringLiteral("en") : code;
}

QLocale Translations::localeFor(const QString &language)
{
    const QLocale system = QLocale::system();
    if (languageForLocale(system) == language && system.language() != QLocale::C)
        return system;
    const Language *known = Language::find(language);
    return QLocale(known ? known->localeName : Language::supported().constFirst().localeName);
}

QString Translations::nativeName(const QString &language)
{
    const Language *known = Language::find(language);
    return known ? known->nativeName : Language::supported().constFirst().nativeName;
}

QString Translations::catalogueName(const QString &language)
{
    const Language *known = Language::find(language);
    return known ? known->catalogue : QStringLiteral("roster_") + language;
}

QString Translations::settingsKey()
{
    return QStringLiteral("language");
}

QString Translations::startupLanguage(const QString &commandLine, const QSettings *settings)
{
    if (!commandLine.isEmpty())
        return commandLine;
    if (settings) {
        const QString chosen = languageCode(settings->value(settingsKey()).toString());
        if (!chosen.isEmpty())
            return chosen;
    }
    return languageForLocale(QLocale::system());
}

QStringList Translations::install(QCoreApplication *app, const QString &language)
{
    const QList<QTranslator *> earlier = app->findChildren<QTranslator *>(translatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : earlier) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }

    const QLocale locale = localeFor(language);
    QStringList loaded;
    const auto add = [&loaded](QTranslator *translator, bool found, const QString &what) {
        translator->setObjectName(translatorName);
        if (found && QCoreApplication::installTranslator(translator)) {
            qCDebug(lcTranslations) << "loaded" << translator->filePath();
            loaded.append(translator->filePath());
        } else {
            qCDebug(lcTranslations) << "no translation" << what;
            delete translator;
        }
    };
    // Qt's own by locale (qtbase_zh_TW exists); Roster's by name.
    auto *qt = new QTranslator(app);
    add(qt, qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)),
        QStringLiteral("qtbase_") + locale.name());
    auto *roster = new QTranslator(app);
    add(roster, roster->load(catalogueName(language), QStringLiteral(":/i18n")), catalogueName(language));
    return loaded;
}

QStringList Translations::switchTo(QCoreApplication *app, const QString &language)
{
    QLocale::setDefault(localeFor(language));
    return install(app, language);
}
