// SPDX-License-Identifier: GPL-3.0-or-later
//
// A line of help that does not fit is said shorter or not at all, never cut mid-word: the Timeline
// Charts' help line at 200 % in a 1280x720 window's dock read "Retransmissions, timers a…".

#include "../tstranslator.h"
#include "views/fittingtext.h"
#include "views/timelinechartsview.h"
#include "views/zoom.h"

#include <QApplication>
#include <QLabel>
#include <QLayout>
#include <QTest>

using namespace closelab;
using closelab::testing::TsTranslator;

class TestFittingText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_zh.load(QFINDTESTDATA("../../translations/closelab_zh_CN.ts"))); }

    // The first text whose width is at most the room, by the font's own widths; none: empty.
    void firstThatFits()
    {
        const QFontMetrics fm(QApplication::font());
        const QString whole = QStringLiteral("Drag or wheel to pan and zoom");
        const QString part = QStringLiteral("Drag to pan");
        const int w = fm.horizontalAdvance(whole);
        const int p = fm.horizontalAdvance(part);
        QVERIFY(p < w);
        QCOMPARE(closelab::firstThatFits(fm, {whole, part}, w), whole);
        QCOMPARE(closelab::firstThatFits(fm, {whole, part}, w - 1), part);
        QCOMPARE(closelab::firstThatFits(fm, {whole, part}, p), part);
        QCOMPARE(closelab::firstThatFits(fm, {whole, part}, p - 1), QString());
        QCOMPARE(closelab::firstThatFits(fm, {}, 1000), QString());
    }

    void chartsHelpLine_data()
    {
        QTest::addColumn<bool>("chinese");
        QTest::newRow("en") << false;
        QTest::newRow("zh_CN") << true;
    }

    // At every width and zoom the help line is its whole text, its short form or nothing, fits its
    // label, and its tooltip holds the whole text whenever less is shown.
    void chartsHelpLine()
    {
        QFETCH(bool, chinese);
        if (chinese)
            QCoreApplication::installTranslator(&m_zh);
        TimelineChartsView view;
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QString whole = TimelineChartsView::tr("Retransmissions, timers and occupancy of this run. Drag or wheel to pan and zoom; double-click to seek.");
        const QString shorter = TimelineChartsView::tr("Drag or wheel to pan and zoom; double-click to seek.");
        QVERIFY(shorter != whole);
        QLabel *line = nullptr;
        for (QLabel *label : view.findChildren<QLabel *>())
            if (label->text() == whole || label->text() == shorter || label->toolTip() == whole)
                line = label;
        QVERIFY(line);
        QSet<QString> seen;
        for (double zoom : {1.0, 2.0, 3.0}) {
            view.setZoom(zoom);
            for (int width = 240; width <= 2000; width += 40) {
                view.resize(width, 400);
                view.layout()->activate();
                const QString shown = line->text();
                const QString where = QStringLiteral("%1 px at %2 %").arg(width).arg(zoom * 100);
                QVERIFY2(shown == whole || shown == shorter || shown.isEmpty(), qPrintable(where + QStringLiteral(": ") + shown));
                QVERIFY2(QFontMetrics(line->font()).horizontalAdvance(shown) <= line->width(), qPrintable(where));
                QCOMPARE(line->toolTip(), shown == whole ? QString() : whole);
                seen.insert(shown == whole ? QStringLiteral("whole") : shown == shorter ? QStringLiteral("short") : QStringLiteral("none"));
            }
        }
        // The widths tried reach all three.
        QCOMPARE(seen.size(), 3);
        QCoreApplication::removeTranslator(&m_zh);
    }

private:
    TsTranslator m_zh;
};

QTEST_MAIN(TestFittingText)
#include "tst_fittingtext.moc"
