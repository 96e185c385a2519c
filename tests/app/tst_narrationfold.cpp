// SPDX-License-Identifier: GPL-3.0-or-later
//
// The Narration panel in a short dock: at 1280x720 the dock column holds the state graph over the
// narration, and the narration's part is about 190 px. Split between the explanation and the event
// log, that was two lines of explanation and one row of log, both cut. Where the panel is shorter than
// five lines of explanation and three rows of log need, the log folds to its heading and the
// explanation takes the height; a click on the heading unfolds it, and the user's choice holds.

#include "app/languageswitcher.h"
#include "app/mainwindow.h"
#include "views/narrationpanel.h"
#include "views/zoom.h"

#include <QFontMetricsF>
#include <QHeaderView>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

#include <cmath>

namespace {

QTextBrowser *explanationOf(const closelab::NarrationPanel &panel)
{
    return panel.findChild<QTextBrowser *>(QStringLiteral("explanation"));
}

QToolButton *headingOf(const closelab::NarrationPanel &panel)
{
    return panel.findChild<QToolButton *>(QStringLiteral("eventLogHeading"));
}

// Whole lines of the explanation's font in its viewport, after the document's top margin (4 px).
int explanationLines(const closelab::NarrationPanel &panel)
{
    const QTextBrowser *explanation = explanationOf(panel);
    return int((explanation->viewport()->height() - 4) / QFontMetricsF(explanation->font()).lineSpacing());
}

// Whole rows of the log below its header.
int logRows(const closelab::NarrationPanel &panel)
{
    const QTableView *log = panel.logView();
    return (log->viewport()->height()) / log->verticalHeader()->defaultSectionSize();
}

// The panel's parts that are shown, in the panel's coordinates: none overlaps another.
void verifyNoOverlap(const closelab::NarrationPanel &panel)
{
    QList<QRect> parts;
    for (const QWidget *part : {static_cast<const QWidget *>(explanationOf(panel)), static_cast<const QWidget *>(headingOf(panel)),
                                static_cast<const QWidget *>(panel.logView())})
        if (part->isVisible())
            parts << QRect(part->mapTo(&panel, QPoint(0, 0)), part->size());
    for (int i = 0; i < parts.size(); ++i)
        for (int j = i + 1; j < parts.size(); ++j)
            QVERIFY2(!parts[i].intersects(parts[j]), qPrintable(QStringLiteral("parts %1 and %2 overlap").arg(i).arg(j)));
    for (const QRect &part : parts)
        QVERIFY(QRect(QPoint(0, 0), panel.size()).contains(part));
}

} // namespace

class TestNarrationFold : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_languages.setLanguage(QStringLiteral("en")); }
    void cleanup() { m_languages.setLanguage(QStringLiteral("en")); }
    void foldsBelowTheRoomyHeight_data();
    void foldsBelowTheRoomyHeight();
    void theUsersChoiceHolds();
    void inTheWindow_data();
    void inTheWindow();

private:
    LanguageSwitcher m_languages;
};

void TestNarrationFold::foldsBelowTheRoomyHeight_data()
{
    QTest::addColumn<double>("zoom");
    QTest::addColumn<QString>("language");
    QTest::newRow("100%") << 1.0 << QStringLiteral("en");
    QTest::newRow("200%") << 2.0 << QStringLiteral("en");
    QTest::newRow("300% zh_CN") << 3.0 << QStringLiteral("zh_CN");
}

void TestNarrationFold::foldsBelowTheRoomyHeight()
{
    QFETCH(double, zoom);
    QFETCH(QString, language);
    m_languages.setLanguage(language);
    closelab::NarrationPanel panel;
    panel.setZoom(zoom);
    panel.buildContent();
    panel.resize(int(420 * zoom), 2000);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const int roomy = panel.roomyHeight();

    // At the roomy height both have what it promises: five lines of explanation, three rows of log.
    panel.resize(panel.width(), roomy);
    QCoreApplication::processEvents();
    QVERIFY(panel.isLogShown());
    QVERIFY(headingOf(panel)->isVisible());
    QVERIFY2(explanationLines(panel) >= closelab::NarrationPanel::kRoomyExplanationLines,
             qPrintable(QStringLiteral("%1 lines at %2 px").arg(explanationLines(panel)).arg(roomy)));
    QVERIFY2(logRows(panel) >= closelab::NarrationPanel::kRoomyLogRows, qPrintable(QStringLiteral("%1 rows").arg(logRows(panel))));
    verifyNoOverlap(panel);

    // A pixel shorter, the log folds to its heading, and the explanation has more than it had.
    const int shownLines = explanationLines(panel);
    panel.resize(panel.width(), roomy - 1);
    QCoreApplication::processEvents();
    QVERIFY(!panel.isLogShown());
    QVERIFY(headingOf(panel)->isVisible());
    QVERIFY(headingOf(panel)->text().contains(QCoreApplication::translate("NarrationPanel", "Event log")));
    QVERIFY(explanationLines(panel) > shownLines);
    verifyNoOverlap(panel);
    // The heading is at the bottom, the explanation above it: the folded part is the heading only.
    const QRect heading(headingOf(panel)->mapTo(&panel, QPoint(0, 0)), headingOf(panel)->size());
    QVERIFY2(panel.height() - heading.bottom() <= 2 * 6 + 2, qPrintable(QStringLiteral("%1 px under the heading").arg(panel.height() - heading.bottom())));
    // The heading's text is whole.
    QVERIFY(headingOf(panel)->width() >= headingOf(panel)->sizeHint().width());

    // Roomy again, the log is back.
    panel.resize(panel.width(), roomy + 50);
    QCoreApplication::processEvents();
    QVERIFY(panel.isLogShown());
    QVERIFY(logRows(panel) >= closelab::NarrationPanel::kRoomyLogRows);
}

void TestNarrationFold::theUsersChoiceHolds()
{
    closelab::NarrationPanel panel;
    panel.buildContent();
    panel.resize(420, 2000);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const int roomy = panel.roomyHeight();
    panel.resize(420, roomy - 40);
    QCoreApplication::processEvents();
    QVERIFY(!panel.isLogShown());
    // A click on the folded heading shows the log, with its header and a row at least, and the explanation
    // keeps two lines.
    QTest::mouseClick(headingOf(panel), Qt::LeftButton);
    QCoreApplication::processEvents();
    QVERIFY(panel.isLogShown());
    QVERIFY(logRows(panel) >= 1);
    QVERIFY(explanationLines(panel) >= 2);
    verifyNoOverlap(panel);
    // It stays shown in a shorter and a taller panel; a second click folds it, also where there is room.
    for (int height : {roomy - 60, roomy + 100}) {
        panel.resize(420, height);
        QCoreApplication::processEvents();
        QVERIFY(panel.isLogShown());
    }
    QTest::mouseClick(headingOf(panel), Qt::LeftButton);
    QCoreApplication::processEvents();
    QVERIFY(!panel.isLogShown());
    panel.resize(420, roomy + 200);
    QCoreApplication::processEvents();
    QVERIFY(!panel.isLogShown());
}

void TestNarrationFold::inTheWindow_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("folded");
    QTest::addColumn<int>("lines");
    // The README: at 1280x720 the explanation has six lines or more (it had two).
    QTest::newRow("1280x720") << QSize(1280, 720) << QStringLiteral("en") << true << 6;
    QTest::newRow("1280x720 zh_CN") << QSize(1280, 720) << QStringLiteral("zh_CN") << true << 6;
    QTest::newRow("1920x1080") << QSize(1920, 1080) << QStringLiteral("en") << false << int(closelab::NarrationPanel::kRoomyExplanationLines);
}

// The default window: at 1280x720 the narration shows six whole lines or more of explanation and its
// log's heading; at 1920x1080 both, five lines or more.
void TestNarrationFold::inTheWindow()
{
    QFETCH(QSize, size);
    QFETCH(QString, language);
    QFETCH(bool, folded);
    QFETCH(int, lines);
    m_languages.setLanguage(language);
    MainWindow window(&m_languages, nullptr, size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents();
    closelab::NarrationPanel *panel = window.narration();
    QVERIFY(panel->hasContent());
    QVERIFY(!panel->visibleRegion().isEmpty());
    QCOMPARE(panel->isLogShown(), !folded);
    QVERIFY(headingOf(*panel)->isVisible());
    QVERIFY2(explanationLines(*panel) >= lines, qPrintable(QStringLiteral("%1 lines in %2 px").arg(explanationLines(*panel)).arg(panel->height())));
    qInfo("%d lines of explanation in a panel of %d px", explanationLines(*panel), panel->height());
    verifyNoOverlap(*panel);
}

QTEST_MAIN(TestNarrationFold)
#include "tst_narrationfold.moc"
