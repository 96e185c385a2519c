// SPDX-License-Identifier: GPL-3.0-or-later
// Without the plots module (views/plots.h: a broken install, a deleted file) the program works on:
// every place a chart would be says why, in its place; exporting the charts returns the reason.
#include "app/docklayout.h"
#include "app/languageswitcher.h"
#include "app/mainwindow.h"
#include "app/playhead.h"
#include "app/panelexport.h"
#include "app/thismachinewindow.h"
#include "views/compareview.h"
#include "views/plots.h"
#include "views/sweeppanel.h"
#include "views/timelinechartspanel.h"

#include <QDockWidget>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace closelab;

namespace {
constexpr const char *kMissing = "/nonexistent/closelab_plots.so";

// The message a view shows where its chart would be.
QString unavailableText(const QWidget &view)
{
    const auto *label = view.findChild<QLabel *>(QStringLiteral("plotsUnavailable"));
    return label ? label->text() : QString();
}
} // namespace

class TestPlotsMissing : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CloseLab"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_plotsmissing"));
        // Neither this file nor the module beside this test or in ../lib/.../closelab exists.
        qputenv("CLOSELAB_PLOTS_MODULE", kMissing);
    }

    void theReasonNamesWhereItLooked()
    {
        QString error;
        QVERIFY(!plotFactory(&error));
        QVERIFY2(error.contains(QLatin1String(kMissing)), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("closelab_plots.so")), qPrintable(error));
    }

    void sweepCompareAndThisMachineSayWhy()
    {
        SweepPanel sweep;
        QVERIFY(!sweep.plot());
        QVERIFY2(unavailableText(sweep).contains(QLatin1String(kMissing)), qPrintable(unavailableText(sweep)));
        sweep.setResult(nullptr); // the rest of the panel works on
        QVERIFY(!sweep.result());

        CompareView compare;
        QVERIFY(!compare.chart());
        QVERIFY(unavailableText(compare).contains(QLatin1String("closelab_plots.so")));
        compare.setTime(1'000'000'000);

        ThisMachineWindow machine(nullptr, nullptr, "/nonexistent-proc");
        QVERIFY(!machine.chart());
        QVERIFY(unavailableText(machine).contains(QLatin1String("closelab_plots.so")));
        machine.sampleNow(1.0);
        QCOMPARE(machine.samples().size(), 1);
    }

    void theTimelineDockSaysWhyAndExportFails()
    {
        LanguageSwitcher languages;
        languages.setLanguage(QStringLiteral("en"));
        MainWindow window(&languages);
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        DockLayout::bringToFront(&window, window.timelineDock());
        QCoreApplication::processEvents();
        TimelineChartsPanel *panel = window.timelineCharts();
        QVERIFY(panel->hasContent());
        QVERIFY(!panel->charts());
        QVERIFY(panel->content()->isVisible());
        QVERIFY(unavailableText(*panel).contains(QLatin1String("closelab_plots.so")));
        window.playhead()->seek(1'000'000'000); // the panel follows the playhead without charts

        QTemporaryDir dir;
        const QString error = PanelExport::saveCharts(*panel, dir.filePath(QStringLiteral("charts.png")));
        QVERIFY2(error.contains(QLatin1String(kMissing)), qPrintable(error));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("charts.png"))));
    }
};

QTEST_MAIN(TestPlotsMissing)
#include "tst_plotsmissing.moc"
