// SPDX-License-Identifier: GPL-3.0-or-later
//
// Both languages are complete: lupdate runs over the sources into a temporary copy of each .ts
// file, and the copy must have no unfinished, empty, vanished or obsolete message. A tr()
// string missing from the .ts files shows up there as unfinished; one removed from the sources
// as vanished.

#include "views/parametertexts.h"

#include <QDir>
#include <QRegularExpression>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {
struct Message
{
    QString context;
    QString source;
    QString type; // empty, "unfinished", "vanished" or "obsolete"
    QString translation;
};

QList<Message> readMessages(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            messages.append({context, {}, {}, {}});
        } else if (xml.name() == QLatin1String("source") && !messages.isEmpty()) {
            messages.last().source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation") && !messages.isEmpty()) {
            messages.last().type = xml.attributes().value(QLatin1String("type")).toString();
            messages.last().translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        }
    }
    return messages;
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void completeAfterLupdate_data();
    void completeAfterLupdate();
    void embeddedCatalogsLoad_data();
    void embeddedCatalogsLoad();
    void qtStandardStringsInChinese();
    void chineseWritesUnitsAsWords();
};

void TestTranslations::completeAfterLupdate_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestTranslations::completeAfterLupdate()
{
    QFETCH(QString, language);
    const QString committed = QStringLiteral(CLOSELAB_SOURCE_DIR "/translations/closelab_%1.ts").arg(language);
    QVERIFY2(QFile::exists(committed), qPrintable(committed));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QFileInfo(committed).fileName());
    QVERIFY(QFile::copy(committed, copy));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    QProcess lupdate;
    lupdate.start(QStringLiteral(LUPDATE_EXECUTABLE),
                  {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-ui-lines"),
                   QStringLiteral("-I"), QStringLiteral(CLOSELAB_SOURCE_DIR),
                   QStringLiteral("@" CLOSELAB_TR_SOURCES_LIST), QStringLiteral("-ts"), copy});
    // lupdate takes well under a second here. Qt 6.4's lupdate loops forever on some
    // expressions, e.g. `a > 0 ? a : b` as the numerus argument of translate(): compute such
    // values into a variable first.
    if (!lupdate.waitForFinished(30000)) {
        lupdate.kill();
        lupdate.waitForFinished();
        QFAIL("lupdate hung for 30 s: a source in " CLOSELAB_TR_SOURCES_LIST " trips Qt 6.4's lupdate "
              "(known trigger: a '>' inside the numerus argument of translate()); bisect by running "
              "lupdate on each file.");
    }
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             lupdate.readAllStandardError().constData());

    const QList<Message> messages = readMessages(copy);
    QVERIFY2(messages.size() > 10, "suspiciously few messages: did lupdate find the sources?");

    QStringList problems;
    for (const Message &m : messages) {
        QString what;
        if (m.type == QLatin1String("unfinished"))
            what = m.translation.isEmpty() ? QStringLiteral("missing or untranslated") : QStringLiteral("unfinished");
        else if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
            what = QStringLiteral("no longer in the sources (remove it)");
        else if (m.translation.trimmed().isEmpty())
            what = QStringLiteral("empty translation");
        if (!what.isEmpty())
            problems << QStringLiteral("  %1 / \"%2\": %3").arg(m.context, m.source.left(70), what);
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 has %2 problem(s); run `cmake --build build --target "
                                       "update_translations` and translate:\n%3")
                            .arg(QFileInfo(committed).fileName())
                            .arg(problems.size())
                            .arg(problems.join(QLatin1Char('\n')))));
}

void TestTranslations::embeddedCatalogsLoad_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("fileMenu");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("&File");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("文件(&F)");
}

void TestTranslations::embeddedCatalogsLoad()
{
    QFETCH(QString, language);
    QFETCH(QString, fileMenu);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/closelab_%1.qm").arg(language)));
    QCOMPARE(translator.translate("MainWindow", "&File"), fileMenu);
}

void TestTranslations::qtStandardStringsInChinese()
{
    QTranslator translator;
    QVERIFY2(translator.load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)),
             "qtbase_zh_CN.qm not found: install qt6-translations-l10n");
    QCOMPARE(translator.translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
}

void TestTranslations::chineseWritesUnitsAsWords()
{
    // One way of writing each unit in Chinese: 秒, 毫秒, 微秒 — also in the parameter panel's spin
    // boxes and the network fields, which printed "200,000 µs" and "120,000 ms" beside "60 秒".
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/closelab_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    const QString s = closelab::text::unitLabel("s"), ms = closelab::text::unitLabel("ms"), us = closelab::text::unitLabel("us");
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(s, QStringLiteral("秒"));
    QCOMPARE(ms, QStringLiteral("毫秒"));
    QCOMPARE(us, QStringLiteral("微秒"));
    QCOMPARE(closelab::text::unitLabel("ms"), QStringLiteral("ms"));

    // No Chinese translation puts an abbreviated unit after a number or a placeholder.
    QFile file(QStringLiteral(CLOSELAB_SOURCE_DIR "/translations/closelab_zh_CN.ts"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    const QRegularExpression abbreviated(QStringLiteral("(%\\d|\\d)\\s*(ms|µs|us)(?![A-Za-z_])"));
    int checked = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("translation")) {
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            QVERIFY2(!abbreviated.match(text).hasMatch(), qPrintable(text));
            ++checked;
        }
    }
    QVERIFY(checked > 1000);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
