// SPDX-License-Identifier: GPL-3.0-or-later
// Every code the capture inference can produce (core/capture/findingcodes.h, every RstCause) has words in
// both languages: a label that is not the raw code, and a Chinese text taken from translations/closelab_zh_CN.ts.

#include "tests/tstranslator.h"
#include "core/capture/findingcodes.h"
#include "views/capturetexts.h"

#include <QCoreApplication>
#include <QTest>

using namespace closelab;
using namespace closelab::testing;
using namespace closelab::capture;

namespace {

bool hasHan(const QString &s)
{
    for (QChar c : s)
        if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff) return true;
    return false;
}

constexpr RstCause kRstCauses[] = {RstCause::Unknown,   RstCause::NoListener,       RstCause::UnreadData,
                                   RstCause::Linger0,   RstCause::DataAfterClose,   RstCause::FinWait2Gone,
                                   RstCause::AcceptQueueAbort, RstCause::KeepaliveExhausted, RstCause::RetriesExhausted,
                                   RstCause::NoSocket,  RstCause::OrphanOverflow};

} // namespace

class TestCaptureTexts : public QObject {
    Q_OBJECT

private slots:
    void language_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    // Each finding code, note, condition and RST cause, in each language: words, not the code.
    void language()
    {
        QFETCH(QString, lang);
        TsTranslator tr;
        QVERIFY(tr.load(QStringLiteral(CLOSELAB_SOURCE_DIR "/translations/closelab_%1.ts").arg(lang)));
        QCoreApplication::installTranslator(&tr);
        const bool zh = lang == QLatin1String("zh_CN");
        for (std::string_view code : kFindingCodes) {
            const QString label = text::captureFindingLabel(code);
            const QString raw = QString::fromLatin1(code.data(), qsizetype(code.size()));
            QVERIFY2(!label.isEmpty() && label != raw, qPrintable(raw));
            QVERIFY2(!zh || hasHan(label), qPrintable(raw + QStringLiteral(": ") + label));
            Finding f;
            f.code = std::string(code);
            QVERIFY2(!text::captureFindingText(f).contains(raw), qPrintable(raw));
            f.sysctl = "net.ipv4.tcp_orphan_retries";
            f.values = {3, 4};
            const QString withSet = text::captureFindingText(f);
            QVERIFY2(withSet.contains(label) && withSet.contains(QStringLiteral("net.ipv4.tcp_orphan_retries")) &&
                         withSet.contains(QStringLiteral("{3, 4}")),
                     qPrintable(withSet));
        }
        for (std::string_view code : kNoteCodes) {
            const std::string note = std::string(code) + ":server";
            const QString text = text::captureNoteText(note);
            QVERIFY2(!text.contains(QString::fromStdString(note)) && !text.contains(QStringLiteral("%1")), qPrintable(text));
            QVERIFY2(!zh || hasHan(text), qPrintable(text));
        }
        for (std::string_view cond : kFindingConditions) {
            const QString text = text::captureConditionText(cond, QStringLiteral("CLAIM"));
            QVERIFY2(text.contains(QStringLiteral("CLAIM")) && text != QStringLiteral("CLAIM"), qPrintable(text));
            QVERIFY2(!zh || hasHan(text), qPrintable(text));
        }
        QSet<QString> causes;
        for (RstCause c : kRstCauses) {
            const QString text = text::captureRstCauseText(c);
            QVERIFY(!text.isEmpty());
            QVERIFY2(!zh || hasHan(text), qPrintable(text));
            causes.insert(text);
        }
        QCOMPARE(causes.size(), int(std::size(kRstCauses))); // one text per cause
        StateStep unknown;
        unknown.unknown = true;
        QVERIFY(text::captureStepText(unknown) != QLatin1String("UNKNOWN"));
        QVERIFY(!zh || hasHan(text::captureStepText(unknown)));
        QCoreApplication::removeTranslator(&tr);
        QVERIFY2(tr.missed().isEmpty(), qPrintable(QStringLiteral("not translated: ") + tr.missed().join(QLatin1String(", "))));
    }

    // An unknown code is shown as itself, never as an empty string or a crash.
    void unknownCodes()
    {
        QVERIFY(text::captureFindingLabel("no_such_code").isEmpty());
        Finding f;
        f.code = "no_such_code";
        QCOMPARE(text::captureFindingText(f), QStringLiteral("no_such_code"));
        QCOMPARE(text::captureNoteText("no_such_note:client"), QStringLiteral("no_such_note:client"));
    }
};

QTEST_MAIN(TestCaptureTexts)
#include "tst_capturetexts.moc"
