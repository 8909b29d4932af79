// The translations: up to date with the code and complete (lupdate finds nothing new,
// unfinished or gone), their placeholders and accelerators those of the source, the Russian
// plural forms, and how Translations picks and installs a language.

#include "TestMain.h"
#include "Translations.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // of the translation: "unfinished", "vanished", "obsolete" or empty
    QStringList translations; // one, or one per plural form
};

// Every message of a .ts file, in file order; `error` says why not.
QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QLatin1String(": ") + file.errorString();
        return {};
    }
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) { // of the context
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            Message message;
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("source")) {
                    message.source = xml.readElementText();
                } else if (xml.name() == QLatin1String("comment")) {
                    message.comment = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    message.type = xml.attributes().value(QLatin1String("type")).toString();
                    if (message.numerus) {
                        while (xml.readNextStartElement()) {
                            if (xml.name() == QLatin1String("numerusform"))
                                message.translations.append(xml.readElementText());
                            else
                                xml.skipCurrentElement();
                        }
                    } else {
                        message.translations.append(xml.readElementText());
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            messages.append(message);
        }
    }
    if (xml.hasError())
        *error = path + QLatin1String(": ") + xml.errorString();
    return messages;
}

QString describe(const Message &message)
{
    return message.context + QLatin1String(" / \"") + message.source + u'"';
}

QString tsPath(const QString &language)
{
    return QStringLiteral(ROSTER_TRANSLATIONS_DIR "/roster_") + language + QLatin1String(".ts");
}

// %1..%9 as a set; %L1 counts as %1.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression numbered(QStringLiteral("%L?([1-9])"));
    QStringList found;
    for (auto it = numbered.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(1));
    found.sort();
    found.removeDuplicates();
    return found;
}

bool hasCount(const QString &text)
{
    static const QRegularExpression count(QStringLiteral("%L?n"));
    return text.contains(count);
}

// A single & marks an accelerator; && is a literal ampersand.
int accelerators(QString text)
{
    text.remove(QLatin1String("&&"));
    return int(text.count(u'&'));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void upToDateAndComplete_data();
    void upToDateAndComplete();
    void placeholdersAndAccelerators_data();
    void placeholdersAndAccelerators();
    void russianPluralForms();
    void languageForLocale_data();
    void languageForLocale();
    void catalogueForEveryLanguage();
    void installReplacesTheEarlierLanguage();
    void startupLanguage();
};

void TestTranslations::upToDateAndComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("pluralOnly");
    QTest::newRow("de") << QStringLiteral("de") << false;
    QTest::newRow("ru") << QStringLiteral("ru") << false;
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << false;
    QTest::newRow("en (plural forms)") << QStringLiteral("en") << true;
}

void TestTranslations::upToDateAndComplete()
{
    QFETCH(QString, language);
    QFETCH(bool, pluralOnly);

    QString error;
    const QList<Message> committed = readTs(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!committed.isEmpty());

    // lupdate as update_translations runs it, on a copy.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QFileInfo(tsPath(language)).fileName());
    QVERIFY(QFile::copy(tsPath(language), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QStringList arguments = {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none")};
    if (pluralOnly)
        arguments.append(QStringLiteral("-pluralonly"));
    arguments << QStringLiteral("@" ROSTER_I18N_SOURCE_LIST) << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.start(QStringLiteral(ROSTER_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    const QByteArray output = lupdate.readAllStandardOutput() + lupdate.readAllStandardError();
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, output.constData());
    // lupdate warns about strings it cannot give a context (tr() in a free function).
    QVERIFY2(!output.contains("cannot be called without context") && !output.contains("lacks Q_OBJECT"),
             output.constData());

    const QList<Message> updated = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QStringList problems;
    const auto key = [](const Message &m) -> QString { return m.context + u'\x1f' + m.source + u'\x1f' + m.comment; };
    QSet<QString> committedKeys;
    for (const Message &message : committed) {
        committedKeys.insert(key(message));
        if (!message.type.isEmpty())
            problems.append(message.type + QLatin1String(" in the file: ") + describe(message));
        if (std::all_of(message.translations.cbegin(), message.translations.cend(),
                        [](const QString &text) { return text.isEmpty(); }))
            problems.append(QLatin1String("empty: ") + describe(message));
    }
    for (const Message &message : updated) {
        if (!committedKeys.contains(key(message)))
            problems.append(QLatin1String("missing (new in the code): ") + describe(message));
        else if (message.type == QLatin1String("vanished") || message.type == QLatin1String("obsolete"))
            problems.append(QLatin1String("gone from the code: ") + describe(message));
        else if (!message.type.isEmpty())
            problems.append(message.type + QLatin1String(": ") + describe(message));
    }
    if (updated.size() != committed.size())
        problems.append(QStringLiteral("lupdate finds %1 messages, the file has %2").arg(updated.size()).arg(committed.size()));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::placeholdersAndAccelerators_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("pluralForms");
    QTest::newRow("de") << QStringLiteral("de") << 2;
    QTest::newRow("ru") << QStringLiteral("ru") << 3;
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << 1;
    QTest::newRow("en") << QStringLiteral("en") << 2;
}

void TestTranslations::placeholdersAndAccelerators()
{
    QFETCH(QString, language);
    QFETCH(int, pluralForms);

    QString error;
    const QList<Message> messages = readTs(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList problems;
    for (const Message &message : messages) {
        if (message.numerus && message.translations.size() != pluralForms)
            problems.append(QStringLiteral("%1 plural forms instead of %2: ").arg(message.translations.size()).arg(pluralForms)
                            + describe(message));
        for (const QString &text : message.translations) {
            if (placeholders(text) != placeholders(message.source))
                problems.append(QLatin1String("placeholders: ") + describe(message) + QLatin1String(" → ") + text);
            if (hasCount(text) != hasCount(message.source))
                problems.append(QLatin1String("%n: ") + describe(message) + QLatin1String(" → ") + text);
            const int sourceAccelerators = accelerators(message.source);
            if (accelerators(text) != std::min(sourceAccelerators, 1))
                problems.append(QLatin1String("accelerator: ") + describe(message) + QLatin1String(" → ") + text);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::russianPluralForms()
{
    QTranslator russian;
    QVERIFY(russian.load(Translations::catalogueName(QStringLiteral("ru")), QStringLiteral(":/i18n")));
    QVERIFY(QCoreApplication::installTranslator(&russian));
    const char *const source = "%n user(s) to %1";
    QCOMPARE(QCoreApplication::translate("UserOperations", source, nullptr, 1), QStringLiteral("1 пользователь в %1"));
    QCOMPARE(QCoreApplication::translate("UserOperations", source, nullptr, 2), QStringLiteral("2 пользователя в %1"));
    QCOMPARE(QCoreApplication::translate("UserOperations", source, nullptr, 5), QStringLiteral("5 пользователей в %1"));
    QCOMPARE(QCoreApplication::translate("UserOperations", source, nullptr, 21), QStringLiteral("21 пользователь в %1"));
    QCOMPARE(QCoreApplication::translate("UserOperations", source, nullptr, 12), QStringLiteral("12 пользователей в %1"));
    QVERIFY(QCoreApplication::removeTranslator(&russian));
}

void TestTranslations::languageForLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("language");
    QTest::newRow("de_DE") << QStringLiteral("de_DE") << QStringLiteral("de");
    QTest::newRow("de_AT") << QStringLiteral("de_AT") << QStringLiteral("de");
    QTest::newRow("de_CH") << QStringLiteral("de_CH") << QStringLiteral("de");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("zh");
    QTest::newRow("zh_TW") << QStringLiteral("zh_TW") << QStringLiteral("zh");
    QTest::newRow("zh_HK") << QStringLiteral("zh_HK") << QStringLiteral("zh");
    QTest::newRow("zh_SG") << QStringLiteral("zh_SG") << QStringLiteral("zh");
    QTest::newRow("ru_RU") << QStringLiteral("ru_RU") << QStringLiteral("ru");
    QTest::newRow("ru_UA") << QStringLiteral("ru_UA") << QStringLiteral("ru");
    QTest::newRow("en_GB") << QStringLiteral("en_GB") << QStringLiteral("en");
    QTest::newRow("fr_FR") << QStringLiteral("fr_FR") << QStringLiteral("en");
    QTest::newRow("C") << QStringLiteral("C") << QStringLiteral("en");
}

void TestTranslations::languageForLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, language);
    QCOMPARE(Translations::languageForLocale(QLocale(locale)), language);
}

void TestTranslations::catalogueForEveryLanguage()
{
    QCOMPARE(Translations::catalogueName(QStringLiteral("zh")), QStringLiteral("roster_zh_CN"));
    for (const QString &language : Translations::supportedLanguages()) {
        QTranslator translator;
        QVERIFY2(translator.load(Translations::catalogueName(language), QStringLiteral(":/i18n")), qPrintable(language));
        QVERIFY(!translator.isEmpty());
        QVERIFY(!Translations::nativeName(language).isEmpty());
    }
}

void TestTranslations::installReplacesTheEarlierLanguage()
{
    const QString source = QStringLiteral("Pending invitation");
    const auto pending = [] { return QCoreApplication::translate("UserStatus", "Pending invitation"); };
    const auto rosterTranslators = [] {
        QStringList files;
        const QList<QTranslator *> all = QCoreApplication::instance()->findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly);
        for (const QTranslator *translator : all)
            if (translator->filePath().startsWith(QLatin1String(":/i18n/")))
                files.append(translator->filePath());
        return files;
    };

    QVERIFY(Translations::install(QCoreApplication::instance(), QStringLiteral("de")).contains(QStringLiteral(":/i18n/roster_de.qm")));
    QCOMPARE(pending(), QStringLiteral("Ausstehende Einladung"));
    Translations::install(QCoreApplication::instance(), QStringLiteral("zh"));
    QCOMPARE(pending(), QStringLiteral("待接受邀请"));
    QCOMPARE(rosterTranslators(), QStringList{QStringLiteral(":/i18n/roster_zh_CN.qm")});
    Translations::install(QCoreApplication::instance(), QStringLiteral("ru"));
    QCOMPARE(pending(), QStringLiteral("Ожидает принятия приглашения"));
    QCOMPARE(rosterTranslators(), QStringList{QStringLiteral(":/i18n/roster_ru.qm")});
    Translations::install(QCoreApplication::instance(), QStringLiteral("en"));
    QCOMPARE(pending(), source);
    QCOMPARE(QCoreApplication::translate("SessionStatus", "Showing %1 of %2 users", nullptr, 1),
             QStringLiteral("Showing %1 of %2 user"));
}

void TestTranslations::startupLanguage()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    const QString system = Translations::languageForLocale(QLocale::system());

    QCOMPARE(Translations::startupLanguage(QString(), nullptr), system);
    QCOMPARE(Translations::startupLanguage(QString(), &settings), system);
    settings.setValue(Translations::settingsKey(), QStringLiteral("ru"));
    QCOMPARE(Translations::startupLanguage(QString(), &settings), QStringLiteral("ru"));
    // --lang wins over the choice made in the window.
    QCOMPARE(Translations::startupLanguage(QStringLiteral("de"), &settings), QStringLiteral("de"));
    // Something Roster does not speak (an older or edited file) is ignored.
    settings.setValue(Translations::settingsKey(), QStringLiteral("fr"));
    QCOMPARE(Translations::startupLanguage(QString(), &settings), system);
}

ROSTER_TEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
