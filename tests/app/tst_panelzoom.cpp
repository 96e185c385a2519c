// SPDX-License-Identifier: GPL-3.0-or-later
// The zoom for people reaches the Parameters panel: at 100, 150, 200 and 300 %, in the dock the
// window gives it at 1280×720 and 1920×1080, whether the panel was built before the zoom changed or
// after (it is built when its dock first comes to the front), every row's title, key, slider, value
// and default are in the zoomed font, their rectangles do not overlap, stay inside the row and the
// panel, the wrapped texts get the height their lines need, the value fits its box and the slider's
// handle grows with the text. And the Capture panel: its table's header, rows and columns hold their
// text in the zoomed font, opened before or after the zoom changed. Geometry only, measured with
// QFontMetrics: no pixels.
#include "app/capturelauncher.h"
#include "app/captureview.h"
#include "app/docklayout.h"
#include "app/languageswitcher.h"
#include "app/mainwindow.h"
#include "app/zoomcontroller.h"
#include "views/parameterpanel.h"
#include "views/parameterrow.h"
#include "views/zoom.h"

#include <QApplication>
#include <QDockWidget>
#include <QFontMetrics>
#include <QHeaderView>
#include <QTableView>
#include <QTextBrowser>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QStyleOptionSlider>
#include <QStyleOptionSpinBox>
#include <QTest>
#include <QToolButton>

namespace {
QString rectText(QRect r)
{
    return QStringLiteral("(%1,%2 %3x%4)").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}
} // namespace

class TestPanelZoom : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CloseLab"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_panelzoom"));
        QSettings().clear();
    }

    void parameterRowsFit_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("zoom");
        QTest::addColumn<bool>("builtFirst"); // the panel was built at 100 %, then zoomed
        QTest::addColumn<QString>("language");
        for (QSize s : {QSize(1280, 720), QSize(1920, 1080)})
            for (double z : {1.0, 1.5, 2.0, 3.0}) {
                QTest::addRow("%dx%d at %d %%", s.width(), s.height(), int(z * 100)) << s << z << false << QStringLiteral("en");
                if (z != 1.0)
                    QTest::addRow("%dx%d zoomed to %d %% after it was built", s.width(), s.height(), int(z * 100)) << s << z << true << QStringLiteral("en");
            }
        QTest::addRow("1280x720 at 200 %% in Chinese") << QSize(1280, 720) << 2.0 << false << QStringLiteral("zh_CN");
    }

    void parameterRowsFit()
    {
        QFETCH(QSize, size);
        QFETCH(double, zoom);
        QFETCH(bool, builtFirst);
        QFETCH(QString, language);
        LanguageSwitcher languages;
        languages.setLanguage(language);
        MainWindow window(&languages);
        closelab::ParameterPanel *panel = window.parameterPanel();
        if (builtFirst)
            panel->buildContent();
        window.zoomController()->setFactor(zoom);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.parametersDock()->show();
        DockLayout::bringToFront(&window, window.parametersDock());
        QApplication::processEvents();
        QVERIFY(panel->isVisible());
        QVERIFY(panel->hasContent());
        QCOMPARE(panel->zoom(), zoom);

        const QFont body = closelab::zoom::font(zoom);
        const QFont small = closelab::zoom::font(zoom, 0.85);
        const double em = closelab::zoom::em(body);
        const QString where = QStringLiteral("%1x%2 at %3 %").arg(size.width()).arg(size.height()).arg(zoom * 100);
        const QRect panelRect = panel->rect();
        // The panel is no wider than its dock: nothing is cut at its right edge.
        QVERIFY2(panel->mapTo(window.parametersDock(), QPoint(panel->width(), 0)).x() <= window.parametersDock()->width(),
                 qPrintable(QStringLiteral("panel %1 px wide in a dock of %2, %3").arg(panel->width()).arg(window.parametersDock()->width()).arg(where)));
        auto *summary = panel->findChild<QLabel *>(QStringLiteral("parameterSummary"));
        QVERIFY(summary);
        QVERIFY2(summary->height() >= summary->heightForWidth(summary->width()), qPrintable(where));
        auto *scroll = panel->findChild<QScrollArea *>();
        QVERIFY(scroll);
        QCOMPARE(panel->searchBox()->font().pointSizeF(), body.pointSizeF());
        const QFontMetrics bodyMetrics(body);
        QVERIFY2(bodyMetrics.horizontalAdvance(panel->resetAllButton()->text()) <= panel->resetAllButton()->width(),
                 qPrintable(where));
        // The scroll bar is as wide as the slider handles are tall: it can be hit.
        QVERIFY2(scroll->verticalScrollBar()->sizeHint().width() >= 0.6 * em,
                 qPrintable(QStringLiteral("scroll bar %1 px wide, em %2, %3").arg(scroll->verticalScrollBar()->sizeHint().width()).arg(em).arg(where)));

        int checked = 0;
        for (closelab::ParameterRow *row : panel->rows()) {
            if (!row->isVisibleTo(panel))
                continue;
            ++checked;
            const QString name = row->objectName() + QLatin1Char(' ') + where;
            QCOMPARE(row->titleLabel()->font().pointSizeF(), body.pointSizeF());
            QCOMPARE(row->spinBox()->font().pointSizeF(), body.pointSizeF());
            QCOMPARE(row->keyLabel()->font().pointSizeF(), small.pointSizeF());
            QCOMPARE(row->defaultLabel()->font().pointSizeF(), small.pointSizeF());
            // The row's width is the viewport's: nothing is cut at the panel's right edge.
            const QRect inPanel(row->mapTo(panel, QPoint(0, 0)), row->size());
            QVERIFY2(inPanel.left() >= panelRect.left() && inPanel.right() <= panelRect.right(),
                     qPrintable(QStringLiteral("%1: row %2 in panel %3").arg(name, rectText(inPanel), rectText(panelRect))));
            const QList<QWidget *> parts{row->titleLabel(), row->keyLabel(), row->slider(), row->spinBox(), row->defaultLabel(), row->resetButton()};
            for (qsizetype i = 0; i < parts.size(); ++i) {
                const QRect a = parts[i]->geometry();
                QVERIFY2(row->rect().contains(a), qPrintable(QStringLiteral("%1: part %2 %3 outside the row %4").arg(name).arg(i).arg(rectText(a), rectText(row->rect()))));
                for (qsizetype j = i + 1; j < parts.size(); ++j)
                    QVERIFY2(!a.intersects(parts[j]->geometry()),
                             qPrintable(QStringLiteral("%1: parts %2 %3 and %4 %5 overlap").arg(name).arg(i).arg(rectText(a)).arg(j).arg(rectText(parts[j]->geometry()))));
            }
            // Wrapped texts get the lines they need at their width.
            for (QLabel *label : {row->titleLabel(), row->defaultLabel()})
                QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                         qPrintable(QStringLiteral("%1: \"%2\" %3 px tall, needs %4").arg(name, label->text()).arg(label->height()).arg(label->heightForWidth(label->width()))));
            // The value (with its unit) fits its box.
            const QLineEdit *edit = row->spinBox()->findChild<QLineEdit *>();
            QVERIFY(edit);
            QVERIFY2(QFontMetrics(row->spinBox()->font()).horizontalAdvance(row->spinBox()->text()) <= edit->width(),
                     qPrintable(QStringLiteral("%1: \"%2\" in %3 px").arg(name, row->spinBox()->text()).arg(edit->width())));
            QVERIFY2(row->spinBox()->height() >= QFontMetrics(row->spinBox()->font()).height(), qPrintable(name));
            // Its arrows widen with the text too (Fusion's are 14 px at every zoom).
            QStyleOptionSpinBox spinOption;
            spinOption.initFrom(row->spinBox());
            spinOption.subControls = QStyle::SC_SpinBoxUp | QStyle::SC_SpinBoxDown | QStyle::SC_SpinBoxEditField;
            spinOption.buttonSymbols = row->spinBox()->buttonSymbols();
            spinOption.frame = row->spinBox()->hasFrame();
            const QRect up = row->spinBox()->style()->subControlRect(QStyle::CC_SpinBox, &spinOption, QStyle::SC_SpinBoxUp, row->spinBox());
            const QRect field = row->spinBox()->style()->subControlRect(QStyle::CC_SpinBox, &spinOption, QStyle::SC_SpinBoxEditField, row->spinBox());
            QVERIFY2(up.width() >= 0.6 * em, qPrintable(QStringLiteral("%1: arrows %2 px wide, em %3").arg(name).arg(up.width()).arg(em)));
            QVERIFY2(!up.intersects(field), qPrintable(name));
            // The slider's handle grows with the text (Fusion's is about 1 em at 100 %).
            QStyleOptionSlider option;
            option.initFrom(row->slider());
            option.orientation = Qt::Horizontal;
            option.minimum = row->slider()->minimum();
            option.maximum = row->slider()->maximum();
            option.sliderPosition = row->slider()->sliderPosition();
            option.sliderValue = row->slider()->value();
            option.subControls = QStyle::SC_SliderHandle | QStyle::SC_SliderGroove;
            const QRect handle = row->slider()->style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, row->slider());
            QVERIFY2(handle.width() >= 0.6 * em && handle.height() >= 0.6 * em,
                     qPrintable(QStringLiteral("%1: handle %2, em %3").arg(name, rectText(handle)).arg(em)));
            // (Fusion lets the handle's frame stand 1 px over the slider's top.)
            QVERIFY2(row->slider()->rect().contains(handle.adjusted(1, 1, -1, -1)), qPrintable(QStringLiteral("%1: handle %2 in slider %3").arg(name, rectText(handle), rectText(row->slider()->rect()))));
            QVERIFY2(row->slider()->width() >= 3 * handle.width(), qPrintable(QStringLiteral("%1: slider %2 px for a handle of %3").arg(name).arg(row->slider()->width()).arg(handle.width())));
        }
        QVERIFY(checked > 10);
    }

    void captureTableFits_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("zoom");
        QTest::addColumn<bool>("openedFirst"); // the capture was opened at 100 %, then zoomed
        for (QSize s : {QSize(1280, 720), QSize(1920, 1080)})
            for (double z : {1.0, 1.5, 2.0, 3.0}) {
                QTest::addRow("%dx%d at %d %%", s.width(), s.height(), int(z * 100)) << s << z << false;
                if (z != 1.0)
                    QTest::addRow("%dx%d zoomed to %d %% after it was opened", s.width(), s.height(), int(z * 100)) << s << z << true;
            }
    }

    void captureTableFits()
    {
        QFETCH(QSize, size);
        QFETCH(double, zoom);
        QFETCH(bool, openedFirst);
        LanguageSwitcher languages;
        languages.setLanguage(QStringLiteral("en"));
        MainWindow window(&languages);
        const QString pcap = QStringLiteral(CLOSELAB_SOURCE_DIR "/tests/data/pcaps/02_fin_retrans_orphan_default.pcap");
        if (openedFirst)
            QCOMPARE(window.captureLauncher()->openNow(pcap), QString());
        window.zoomController()->setFactor(zoom);
        if (!openedFirst)
            QCOMPARE(window.captureLauncher()->openNow(pcap), QString());
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QDockWidget *dock = window.captureLauncher()->dock();
        DockLayout::bringToFront(&window, dock);
        QApplication::processEvents();
        CaptureView *view = window.captureLauncher()->view();
        QVERIFY(view->isVisible());
        QCOMPARE(view->zoom(), zoom);
        const QString where = QStringLiteral("%1x%2 at %3 %").arg(size.width()).arg(size.height()).arg(zoom * 100);
        const QFont body = closelab::zoom::font(zoom);
        const QFontMetrics fm(body);
        QCOMPARE(view->font().pointSizeF(), body.pointSizeF());
        QTableView *table = view->table();
        QCOMPARE(table->horizontalHeader()->font().pointSizeF(), body.pointSizeF());
        QVERIFY2(view->mapTo(dock, QPoint(view->width(), 0)).x() <= dock->width(), qPrintable(where));
        QVERIFY2(table->horizontalHeader()->height() >= fm.height(), qPrintable(where));
        QVERIFY(table->model()->rowCount() > 0);
        for (int r = 0; r < std::min(table->model()->rowCount(), 5); ++r)
            QVERIFY2(table->rowHeight(r) >= fm.height(), qPrintable(QStringLiteral("row %1: %2 px, a line %3, %4").arg(r).arg(table->rowHeight(r)).arg(fm.height()).arg(where)));
        // Each column is as wide as its header and its cells need (the last one stretches).
        for (int c = 0; c < table->model()->columnCount(); ++c) {
            QStringList texts{table->model()->headerData(c, Qt::Horizontal).toString()};
            for (int r = 0; r < std::min(table->model()->rowCount(), 5); ++r)
                texts << table->model()->index(r, c).data().toString();
            for (const QString &text : std::as_const(texts))
                QVERIFY2(fm.horizontalAdvance(text) <= table->columnWidth(c),
                         qPrintable(QStringLiteral("column %1: \"%2\" in %3 px, %4").arg(c).arg(text).arg(table->columnWidth(c)).arg(where)));
        }
        QVERIFY2(table->verticalScrollBar()->sizeHint().width() >= 0.6 * closelab::zoom::em(body), qPrintable(where));
    }
};

QTEST_MAIN(TestPanelZoom)
#include "tst_panelzoom.moc"
