#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcTranslations, "roster.app.translations", QtInfoMsg)

QStringList Translations::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("zh"), QStringLiteral("ru")};
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
    if (language == QLatin1String("de"))
        return QLocale(QLocale::German, QLocale::Germany);
    if (language == QLatin1String("zh"))
        return QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China);
    if (language == QLatin1String("ru"))
        return QLocale(QLocale::Russian, QLocale::Russia);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

QStringList Translations::install(QCoreApplication *app, const QString &language)
{
    const QLocale locale = localeFor(language);
    const struct
    {
        QString name;
        QString directory;
    } catalogues[] = {
        {QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)},
        {QStringLiteral("roster"), QStringLiteral(":/i18n")},
    };

    QStringList loaded;
    for (const auto &catalogue : catalogues) {
        auto *translator = new QTranslator(app);
        if (translator->load(locale, catalogue.name, QStringLiteral("_"), catalogue.directory)
            && app->installTranslator(translator)) {
            qCDebug(lcTranslations) << "loaded" << translator->filePath();
            loaded.append(translator->filePath());
        } else {
            qCDebug(lcTranslations) << "no" << catalogue.name << "translation for" << locale.name();
            delete translator;
        }
    }
    return loaded;
}
