// SPDX-License-Identifier: GPL-3.0-or-later
// The plots module (views/plots.h) as the program uses it: closelab does not link Qt Charts,
// QCustomPlot or their libraries; the module built beside it loads (ctest names it in
// CLOSELAB_PLOTS_MODULE) and makes the charts; and its own copy of the palette follows the
// program's theme (presentation mode), before and after it is loaded.
#include "views/palette.h"
#include "views/plots.h"

#include <QImage>
#include <QProcess>
#include <QTest>
#include <QWidget>

using namespace closelab;

namespace {
// Pixels of exactly `colour` in the widget's picture.
int pixelsOf(QWidget *widget, const QColor &colour)
{
    widget->resize(480, 360);
    const QImage image = widget->grab().toImage().convertToFormat(QImage::Format_RGB32);
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += image.pixelColor(x, y).rgb() == colour.rgb();
    return count;
}
} // namespace

class TestPlotsModule : public QObject {
    Q_OBJECT

private slots:
    void closelabDoesNotLinkThePlotLibraries()
    {
        QProcess ldd;
        ldd.start(QStringLiteral("ldd"), {QStringLiteral(CLOSELAB_EXECUTABLE)});
        if (!ldd.waitForFinished(30000) || ldd.exitCode() != 0)
            QSKIP("ldd cannot list closelab's libraries here");
        const QString libraries = QString::fromLocal8Bit(ldd.readAllStandardOutput());
        QVERIFY2(libraries.contains(QLatin1String("libQt6Widgets")), qPrintable(libraries));
        for (const char *name : {"libQt6Charts", "libQCustomPlot", "libQt6PrintSupport", "libQt6OpenGL"})
            QVERIFY2(!libraries.contains(QLatin1String(name)), qPrintable(QStringLiteral("%1 in\n%2").arg(QLatin1String(name), libraries)));
    }

    void theModuleMakesTheCharts()
    {
        QString error;
        PlotFactory *plots = plotFactory(&error);
        QVERIFY2(plots, qPrintable(error));
        QCOMPARE(loadedPlotFactory(), plots);
        QWidget parent;
        QCOMPARE(plots->timelineCharts(&parent)->widget()->metaObject()->className(), "closelab::TimelineChartsView");
        QCOMPARE(plots->sweep(&parent)->widget()->metaObject()->className(), "closelab::SweepView");
        QCOMPARE(plots->compare(&parent)->widget()->metaObject()->className(), "closelab::CompareChart");
        QCOMPARE(plots->machine(&parent)->widget()->metaObject()->className(), "closelab::MachineChartView");
        QCOMPARE(parent.findChildren<QWidget *>(Qt::FindDirectChildrenOnly).size(), 4);
    }

    void theModuleFollowsTheTheme()
    {
        PlotFactory *plots = plotFactory();
        QVERIFY(plots);
        // The sweep's grid lines are palette::rule(), taken when the chart is made.
        palette::setTheme(palette::Theme::Standard);
        const QColor standardRule = palette::rule();
        QWidget parent;
        QWidget *standard = plots->sweep(&parent)->widget();
        palette::setTheme(palette::Theme::Projector);
        const QColor projectorRule = palette::rule();
        QVERIFY(projectorRule != standardRule);
        QWidget *projector = plots->sweep(&parent)->widget();
        palette::setTheme(palette::Theme::Standard);
        QVERIFY(pixelsOf(standard, standardRule) > 100);
        QCOMPARE(pixelsOf(standard, projectorRule), 0);
        QVERIFY(pixelsOf(projector, projectorRule) > 100);
        QCOMPARE(pixelsOf(projector, standardRule), 0);
    }
};

QTEST_MAIN(TestPlotsModule)
#include "tst_plotsmodule.moc"
