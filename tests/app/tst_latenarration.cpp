// SPDX-License-Identifier: GPL-3.0-or-later
//
// Start-up: the Narration and Event Log panel is made when its dock first comes to the front (at
// 1280x720 and 200 %, the projector's, it is a tab behind the State Graph), and a panel made late is the panel made first:
// the same run, time, zoom, language, segment names and population note reach it, so its event
// log's current row, its explanation and its pixels are those of a panel made with the window.

#include "app/docklayout.h"
#include "app/experimentcontroller.h"
#include "app/languageswitcher.h"
#include "app/mainwindow.h"
#include "app/playhead.h"
#include "app/zoomcontroller.h"
#include "views/eventlogmodel.h"
#include "views/narrationpanel.h"
#include "views/segmenttext.h"
#include "views/zoom.h"

#include <QDockWidget>
#include <QFontMetricsF>
#include <QHeaderView>
#include <QImage>
#include <QItemSelectionModel>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>

#include <cmath>
#include <memory>

namespace {
constexpr qint64 kMs = 1'000'000;

struct Steps {
    const char *scenario;
    qint64 time;      // before the zoom and language change
    double zoom;
    const char *language;
    bool tcpdump;
    qint64 laterTime; // after them
};

// The first window's panel is made with the window (buildContent() before show), the second's
// when its dock comes to the front, after every step; both windows see the same steps.
struct Pair {
    std::unique_ptr<MainWindow> first;
    std::unique_ptr<MainWindow> late;
};
} // namespace

class TestLateNarration : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void behindATabItIsMadeWhenShown();
    void builtLateIsBuiltFirst_data();
    void builtLateIsBuiltFirst();
    void minimumExplanationHeightWithoutThePanel();

private:
    LanguageSwitcher m_languages;
};

void TestLateNarration::init()
{
    m_languages.setLanguage(QStringLiteral("en"));
    closelab::setTcpdumpNotation(false);
}

void TestLateNarration::cleanup()
{
    m_languages.setLanguage(QStringLiteral("en"));
    closelab::setTcpdumpNotation(false);
}

void TestLateNarration::behindATabItIsMadeWhenShown()
{
    MainWindow window(&m_languages, nullptr, QSize(1280, 720));
    window.zoomController()->setFactor(2.0);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents();
    QVERIFY(!window.tabifiedDockWidgets(window.narrationDock()).isEmpty());
    QVERIFY(window.narration()->visibleRegion().isEmpty());
    QVERIFY(!window.narration()->hasContent());
    QVERIFY(!window.narration()->findChild<QTextBrowser *>());
    DockLayout::bringToFront(&window, window.narrationDock());
    QCoreApplication::processEvents();
    QVERIFY(!window.narration()->visibleRegion().isEmpty());
    QVERIFY(window.narration()->hasContent());
    const auto *explanation = window.narration()->findChild<QTextBrowser *>(QStringLiteral("explanation"));
    QVERIFY(explanation && explanation->isVisible());
    QVERIFY(window.narration()->logView()->isVisible());
    QVERIFY(explanation->height() > 0 && window.narration()->logView()->height() > 0);
}

void TestLateNarration::builtLateIsBuiltFirst_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<qint64>("time");
    QTest::addColumn<double>("zoom");
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("tcpdump");
    QTest::addColumn<qint64>("laterTime");
    // Both windows start at 200 % (the narration behind the State Graph's tab at 1280x720) and go
    // to `zoom`, where it stays behind. normal_close at 0 explains the close(); fin_unacked's
    // retransmissions at 1.2 s; syn_flood is a population run (the panel shows its note above the
    // sample's events).
    QTest::newRow("normal_close 250% zh_CN") << QStringLiteral("normal_close") << qint64(0) << 2.5 << QStringLiteral("zh_CN") << false << qint64(0);
    QTest::newRow("fin_unacked 300% tcpdump") << QStringLiteral("fin_unacked") << 200 * kMs << 3.0 << QStringLiteral("en") << true << 1200 * kMs;
    QTest::newRow("syn_flood 250% zh_CN") << QStringLiteral("syn_flood") << 1000 * kMs << 2.5 << QStringLiteral("zh_CN") << false << 5000 * kMs;
    QTest::newRow("last_ack_lost 200%") << QStringLiteral("last_ack_lost") << 0 * kMs << 2.0 << QStringLiteral("en") << false << 2000 * kMs;
}

void TestLateNarration::builtLateIsBuiltFirst()
{
    QFETCH(QString, scenario);
    QFETCH(qint64, time);
    QFETCH(double, zoom);
    QFETCH(QString, language);
    QFETCH(bool, tcpdump);
    QFETCH(qint64, laterTime);

    MainWindow first(&m_languages, nullptr, QSize(1280, 720));
    first.narration()->buildContent();
    MainWindow late(&m_languages, nullptr, QSize(1280, 720));
    QVERIFY(first.narration()->hasContent());
    QVERIFY(!late.narration()->hasContent());
    for (MainWindow *window : {&first, &late}) {
        window->zoomController()->setFactor(2.0);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
    }
    const auto step = [&](const std::function<void(MainWindow &)> &change) {
        for (MainWindow *window : {&first, &late})
            change(*window);
        QCoreApplication::processEvents();
    };
    step([&](MainWindow &w) {
        w.controller()->setScenario(scenario);
        QVERIFY(w.controller()->waitForIdle());
    });
    QCoreApplication::processEvents();
    step([&](MainWindow &w) { w.playhead()->seek(time); });
    step([&](MainWindow &w) { w.zoomController()->setFactor(zoom); });
    m_languages.setLanguage(language);
    closelab::setTcpdumpNotation(tcpdump);
    QCoreApplication::processEvents();
    step([&](MainWindow &w) { w.playhead()->seek(laterTime); });
    QVERIFY(late.narration()->visibleRegion().isEmpty());
    QVERIFY(!late.narration()->hasContent());

    for (MainWindow *window : {&first, &late})
        DockLayout::bringToFront(window, window->narrationDock());
    QCoreApplication::processEvents();
    QVERIFY(late.narration()->hasContent());

    closelab::NarrationPanel *a = first.narration();
    closelab::NarrationPanel *b = late.narration();
    QCOMPARE(b->zoom(), zoom);
    QCOMPARE(b->time(), laterTime);
    QCOMPARE(a->time(), laterTime);
    // The current row is the trace's event at the time (shown on the lifelines: a population's sample).
    QVERIFY(b->currentRow() >= 0);
    QCOMPARE(b->currentRow(), a->currentRow());
    QCOMPARE(b->model()->rowCount(), a->model()->rowCount());
    QCOMPARE(b->model()->timeOfRow(b->currentRow()) <= laterTime, true);
    QVERIFY(b->logView()->selectionModel()->isRowSelected(b->currentRow(), {}));
    QCOMPARE(b->explanationHtml(), a->explanationHtml());
    if (language == QLatin1String("zh_CN"))
        QVERIFY2(b->explanationHtml().contains(QStringLiteral("发生了什么")), qPrintable(b->explanationHtml()));
    // The texts as a person reads them: headings, header and every cell of the log.
    QCOMPARE(b->model()->headerData(closelab::EventLogModel::WhatColumn, Qt::Horizontal).toString(),
             a->model()->headerData(closelab::EventLogModel::WhatColumn, Qt::Horizontal).toString());
    for (int row = 0; row < b->model()->rowCount(); ++row)
        QCOMPARE(b->model()->index(row, closelab::EventLogModel::WhatColumn).data().toString(),
                 a->model()->index(row, closelab::EventLogModel::WhatColumn).data().toString());
    // In the zoomed font, rows a line tall.
    QCOMPARE(b->logView()->font(), a->logView()->font());
    QVERIFY(std::abs(b->logView()->font().pointSizeF() - closelab::zoom::font(zoom).pointSizeF()) < 0.01);
    QCOMPARE(b->logView()->verticalHeader()->defaultSectionSize(), a->logView()->verticalHeader()->defaultSectionSize());
    QCOMPARE(b->size(), a->size());
    QCOMPARE(b->logView()->verticalScrollBar()->value(), a->logView()->verticalScrollBar()->value());
    // And the pixels.
    const QImage pa = a->grab().toImage();
    const QImage pb = b->grab().toImage();
    QCOMPARE(pb.size(), pa.size());
    QVERIFY2(pb == pa, "the panel made late does not look like the panel made first");
}

// DockLayout can plan with the explanation's minimum height without making the panel: it is the
// height the panel gives its explanation, two lines of its font and the document's margins.
void TestLateNarration::minimumExplanationHeightWithoutThePanel()
{
    for (double zoom : {0.75, 1.0, 1.5, 2.0, 3.0}) {
        closelab::NarrationPanel panel;
        panel.setZoom(zoom);
        QVERIFY(!panel.hasContent());
        const int planned = closelab::NarrationPanel::minimumExplanationHeight(zoom);
        QVERIFY(!panel.hasContent());
        const QFont font = closelab::zoom::font(zoom, 1.15);
        const double lines = 2 * QFontMetricsF(font).lineSpacing() + 2 * QTextDocument().documentMargin();
        QCOMPARE(planned, int(std::ceil(lines)));
        panel.buildContent();
        const auto *explanation = panel.findChild<QTextBrowser *>(QStringLiteral("explanation"));
        QVERIFY(explanation);
        QCOMPARE(explanation->minimumHeight(), planned);
        // Two lines of what it shows fit.
        QVERIFY(explanation->minimumHeight() >= 2 * QFontMetricsF(explanation->font()).lineSpacing());
    }
}

QTEST_MAIN(TestLateNarration)
#include "tst_latenarration.moc"
