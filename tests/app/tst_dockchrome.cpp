// SPDX-License-Identifier: GPL-3.0-or-later
// The zoom for people reaches the docks' own chrome: at 100, 150, 200 and 300 %, in 1280×720 and
// 1920×1080 (the projectors' sizes), every dock's title bar and every tab group's tab bar use the
// zoomed font, are as tall as their text needs (a tabbed dock has none) and no taller than DockLayout planned them
// (DockChrome::titleBarHeight(), tabBarHeight()), and each tab's label fits its tab or, where Qt
// shortens it with "…", its dock's whole title is the tab's tooltip; a scrolling bar's < > buttons
// and their arrows grow with the zoom. Measured with QFontMetrics on the rectangles the style
// gives, without pixels.
#include "app/dockchrome.h"
#include "app/docktabscrollbuttons.h"
#include "app/docktitlebars.h"
#include "app/languageswitcher.h"
#include "app/mainwindow.h"
#include "app/zoomcontroller.h"
#include "views/zoom.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDockWidget>
#include <QFontMetrics>
#include <QHelpEvent>
#include <QLabel>
#include <QMainWindow>
#include <QSettings>
#include <QStyle>
#include <QStyleOptionDockWidget>
#include <QTabBar>
#include <QTest>
#include <QToolButton>

#include <cmath>
#include <memory>

// initStyleOption() is protected.
class Dock : public QDockWidget
{
public:
    using QDockWidget::QDockWidget;
    using QDockWidget::initStyleOption;
};

// A main window in `languages`' language at `zoom`, `size`, shown and laid out; null if it was not exposed.
std::unique_ptr<MainWindow> windowAt(LanguageSwitcher *languages, QSize size, double zoom)
{
    auto window = std::make_unique<MainWindow>(languages);
    window->zoomController()->setFactor(zoom);
    window->resize(size);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    QApplication::processEvents();
    return window;
}

class TestDockChrome : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CloseLab"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_dockchrome"));
        QSettings().clear();
    }

    void barsFollowTheZoom_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("zoom");
        QTest::addColumn<QString>("language");
        for (QSize s : {QSize(1280, 720), QSize(1920, 1080)})
            for (double z : {1.0, 1.5, 2.0, 3.0})
                QTest::addRow("%dx%d at %d %%", s.width(), s.height(), int(z * 100)) << s << z << QStringLiteral("en");
        QTest::addRow("1280x720 at 200 %% in Chinese") << QSize(1280, 720) << 2.0 << QStringLiteral("zh_CN");
    }

    void barsFollowTheZoom()
    {
        QFETCH(QSize, size);
        QFETCH(double, zoom);
        QFETCH(QString, language);
        LanguageSwitcher languages;
        languages.setLanguage(language);
        const auto shown = windowAt(&languages, size, zoom);
        QVERIFY(shown);
        MainWindow &window = *shown;

        const QFont zoomed = closelab::zoom::font(zoom);
        const int text = QFontMetrics(zoomed).height();
        int docksSeen = 0;
        for (QDockWidget *dock : window.findChildren<QDockWidget *>()) {
            if (!dock->isVisible() || !dock->widget())
                continue;
            ++docksSeen;
            const QString where = QStringLiteral("%1 at %2 % in %3x%4").arg(dock->objectName()).arg(zoom * 100).arg(size.width()).arg(size.height());
            QCOMPARE(dock->font().pointSizeF(), zoomed.pointSizeF());
            // The title bar is what is above the dock's contents: room for a line of the zoomed font,
            // no more than planned; none over a tabbed dock (app/docktitlebars.h).
            const int titleBar = dock->widget()->geometry().top();
            if (DockTitleBars::tabbed(&window, dock)) {
                QVERIFY2(titleBar == 0, qPrintable(QStringLiteral("%1: title bar %2 px over a tab").arg(where).arg(titleBar)));
                continue;
            }
            QVERIFY2(titleBar >= text, qPrintable(QStringLiteral("%1: title bar %2 px for text %3 px").arg(where).arg(titleBar).arg(text)));
            QVERIFY2(titleBar <= DockChrome::titleBarHeight(zoom),
                     qPrintable(QStringLiteral("%1: title bar %2 px, planned %3").arg(where).arg(titleBar).arg(DockChrome::titleBarHeight(zoom))));
        }
        QVERIFY(docksSeen >= 2);

        int tabsSeen = 0;
        for (QTabBar *bar : window.findChildren<QTabBar *>(Qt::FindDirectChildrenOnly)) {
            if (!bar->isVisible() || bar->count() == 0)
                continue;
            QCOMPARE(bar->font().pointSizeF(), zoomed.pointSizeF());
            QVERIFY2(bar->height() >= text && bar->height() <= DockChrome::tabBarHeight(zoom),
                     qPrintable(QStringLiteral("tab bar %1 px, text %2, planned %3").arg(bar->height()).arg(text).arg(DockChrome::tabBarHeight(zoom))));
            const QFontMetrics fm(bar->font());
            for (int i = 0; i < bar->count(); ++i) {
                // Hovering a tab asks for its tooltip.
                QHelpEvent hover(QEvent::ToolTip, bar->tabRect(i).center(), bar->mapToGlobal(bar->tabRect(i).center()));
                QApplication::sendEvent(bar, &hover);
            }
            const QList<DockChrome::TabLabel> labels = DockChrome::tabLabels(bar);
            // Only the longest labels are shortened: a shortened tab is at least as wide as any other
            // (unless the bar scrolls: then every tab keeps two characters and "…" at least).
            const QList<QToolButton *> arrows = bar->findChildren<QToolButton *>();
            const bool scrolls = !arrows.isEmpty() && arrows.constFirst()->isVisible();
            int widest = 0;
            for (int i = 0; i < bar->count(); ++i)
                widest = std::max(widest, bar->tabRect(i).width());
            for (int i = 0; i < bar->count(); ++i)
                if (!scrolls && fm.horizontalAdvance(labels[i].shown) > labels[i].rect.width())
                    QVERIFY2(bar->tabRect(i).width() >= widest - 2,
                             qPrintable(QStringLiteral("\"%1\" shortened to a tab of %2 px, another is %3 px").arg(labels[i].text).arg(bar->tabRect(i).width()).arg(widest)));
            for (const DockChrome::TabLabel &label : labels) {
                ++tabsSeen;
                QVERIFY2(!label.text.isEmpty(), "a tab without a title");
                // A tab past the bar's end (too many for the bar even shortened) is reached by its scroll buttons.
                QVERIFY2(bar->rect().contains(label.rect) || scrolls,
                         qPrintable(QStringLiteral("%1: %2,%3 %4x%5 in %6x%7").arg(label.text).arg(label.rect.x()).arg(label.rect.y()).arg(label.rect.width()).arg(label.rect.height()).arg(bar->width()).arg(bar->height())));
                const bool fits = fm.horizontalAdvance(label.text) <= label.rect.width() && fm.height() <= label.rect.height();
                QVERIFY2(fits || label.toolTip == label.text,
                         qPrintable(QStringLiteral("\"%1\" in %2 px, tooltip \"%3\"").arg(label.text).arg(label.rect.width()).arg(label.toolTip)));
            }
        }
        QVERIFY(tabsSeen >= 2);
    }

    void tabsShowWholeWords_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("zoom");
        QTest::addColumn<QString>("language");
        for (QSize s : {QSize(1280, 720), QSize(1920, 1080)})
            for (double z : {1.0, 2.0, 3.0})
                for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")})
                    QTest::addRow("%dx%d at %d %% %s", s.width(), s.height(), int(z * 100), qPrintable(language)) << s << z << language;
    }

    // Where a group's whole titles do not fit, the widest tabs show their docks' short titles:
    // every tab shows a whole title or a whole short title, never cut; where even those do not fit
    // (six docks in one group at 200 % on 1280×720 in English), the bar scrolls, the current tab in view.
    // Before, at 1280×720 and 200 % the narration's group read "Narr…", "Tim…", "Par…", "Sce…", "Les…".
    void tabsShowWholeWords()
    {
        QFETCH(QSize, size);
        QFETCH(double, zoom);
        QFETCH(QString, language);
        LanguageSwitcher languages;
        languages.setLanguage(language);
        const auto shown = windowAt(&languages, size, zoom);
        QVERIFY(shown);
        MainWindow &window = *shown;
        const QString where = QStringLiteral("%1x%2 at %3 % in %4").arg(size.width()).arg(size.height()).arg(zoom * 100).arg(language);
        int tabsSeen = 0;
        for (QTabBar *bar : window.findChildren<QTabBar *>(Qt::FindDirectChildrenOnly)) {
            if (!bar->isVisible() || bar->count() == 0)
                continue;
            // The current tab is in view (a bar of tabs too many even in short scrolls to it).
            QVERIFY2(bar->rect().contains(bar->tabRect(bar->currentIndex())), qPrintable(QStringLiteral("current tab out of view, ") + where));
            const QFontMetrics fm(bar->font());
            for (int i = 0; i < bar->count(); ++i) {
                // Hovering a tab asks for its tooltip.
                QHelpEvent hover(QEvent::ToolTip, bar->tabRect(i).center(), bar->mapToGlobal(bar->tabRect(i).center()));
                QApplication::sendEvent(bar, &hover);
            }
            QList<QRect> tabs;
            for (const DockChrome::TabLabel &label : DockChrome::tabLabels(bar)) {
                ++tabsSeen;
                const QString shortTitle = DockChrome::shortTitle(&window, label.text);
                QVERIFY2(label.shown == label.text || label.shown == shortTitle,
                         qPrintable(QStringLiteral("\"%1\" shows \"%2\", %3").arg(label.text, label.shown, where)));
                QVERIFY2(fm.horizontalAdvance(label.shown) <= label.rect.width(),
                         qPrintable(QStringLiteral("\"%1\" (%2 px) in %3 px at %4 of a bar of %5 px, %6")
                                        .arg(label.shown).arg(fm.horizontalAdvance(label.shown)).arg(label.rect.width()).arg(label.rect.x()).arg(bar->width()).arg(where)));
                QCOMPARE(label.toolTip, label.text);
                for (const QRect &other : std::as_const(tabs))
                    QVERIFY2(!other.intersects(label.rect), qPrintable(label.shown + QLatin1Char(' ') + where));
                tabs << label.rect;
            }
        }
        QVERIFY(tabsSeen >= 2);
    }

    void scrollButtonsFollowTheZoom_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("zoom");
        QTest::addColumn<QString>("language");
        // Where a tab bar scrolls (measured: 1280×720 at 200 % in Chinese has room for its tabs).
        for (QSize s : {QSize(1280, 720), QSize(1920, 1080)})
            for (double z : {2.0, 3.0})
                QTest::addRow("%dx%d at %d %%", s.width(), s.height(), int(z * 100)) << s << z << QStringLiteral("en");
        QTest::addRow("1280x720 at 300 %% in Chinese") << QSize(1280, 720) << 3.0 << QStringLiteral("zh_CN");
    }

    // A scrolling tab bar's < > buttons grow with the zoom: at 200 % they were Fusion's 16 px wide
    // with 8 px arrows beside 40 px tall tabs. Each is at least the zoom times Fusion's 100 % width,
    // as tall as the bar, inside it, apart from the other and from the current tab; its arrow at least
    // the zoom times Fusion's 8 px tall, inside the button, drawn by a style that draws it so.
    void scrollButtonsFollowTheZoom()
    {
        QFETCH(QSize, size);
        QFETCH(double, zoom);
        QFETCH(QString, language);
        LanguageSwitcher languages;
        languages.setLanguage(language);
        const auto shown = windowAt(&languages, size, zoom);
        QVERIFY(shown);
        MainWindow &window = *shown;
        const QString where = QStringLiteral("%1x%2 at %3 % in %4").arg(size.width()).arg(size.height()).arg(zoom * 100).arg(language);
        // Fusion's width at 100 %, from the application's style.
        QTabBar plain;
        const int base = QApplication::style()->pixelMetric(QStyle::PM_TabBarScrollButtonWidth, nullptr, &plain);
        QVERIFY(base > 0);
        int scrolling = 0;
        for (QTabBar *bar : window.findChildren<QTabBar *>(Qt::FindDirectChildrenOnly)) {
            if (!bar->isVisible() || bar->count() == 0)
                continue;
            QList<QToolButton *> buttons;
            for (QToolButton *button : bar->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly))
                if (button->isVisible())
                    buttons << button;
            if (buttons.isEmpty())
                continue;
            ++scrolling;
            QCOMPARE(buttons.size(), 2);
            // Side by side, sharing at most the border the style overlaps them by (Fusion: 1 px).
            const int overlap = bar->style()->pixelMetric(QStyle::PM_TabBar_ScrollButtonOverlap, nullptr, bar);
            QVERIFY2(buttons[0]->geometry().intersected(buttons[1]->geometry()).width() <= overlap, qPrintable(where));
            const QRect current = bar->tabRect(bar->currentIndex());
            for (QToolButton *button : std::as_const(buttons)) {
                const QRect r = button->geometry();
                const QString what = QStringLiteral("button %1x%2 at %3,%4 in a bar of %5x%6, %7")
                                         .arg(r.width()).arg(r.height()).arg(r.x()).arg(r.y()).arg(bar->width()).arg(bar->height()).arg(where);
                // At the zoom, or a sixth of a bar too narrow for that (the two a third of it).
                QVERIFY2(r.width() >= std::min(zoom * base, bar->width() / 6.0) - 1 && 2 * r.width() <= std::max(2 * base, bar->width() / 3), qPrintable(what));
                QCOMPARE(r.height(), bar->height());
                QVERIFY2(bar->rect().contains(r), qPrintable(what));
                QVERIFY2(!r.intersects(current), qPrintable(QStringLiteral("current tab %1 px from %2 under the %3")
                                                                 .arg(current.width()).arg(current.x()).arg(what)));
                const QRectF arrow = DockTabScrollButtons::arrow(QRectF(button->rect()), zoom);
                QVERIFY2(arrow.height() >= zoom * DockTabScrollButtons::kArrowHeight - 1e-6, qPrintable(what));
                QVERIFY2(QRectF(button->rect()).contains(arrow), qPrintable(what));
                QCOMPARE(button->style(), bar->style());
            }
        }
        QVERIFY2(scrolling > 0, qPrintable(QStringLiteral("no tab bar scrolls at ") + where));
    }

    // In a bar too narrow for the zoomed buttons and a tab (a dock column of 125 px at 300 %), the
    // two buttons take a third of it, never less than the base style's.
    void scrollButtonsLeaveRoomForATab_data()
    {
        QTest::addColumn<double>("zoom");
        QTest::addColumn<int>("bar");
        QTest::addColumn<int>("width");
        QTest::newRow("100 %") << 1.0 << 387 << 16;
        QTest::newRow("200 % in 532 px") << 2.0 << 532 << 32;
        QTest::newRow("300 % in 506 px") << 3.0 << 506 << 48;
        QTest::newRow("300 % in 125 px") << 3.0 << 125 << 20;
        QTest::newRow("300 % in 60 px") << 3.0 << 60 << 16;
        QTest::newRow("300 %, bar unknown") << 3.0 << 0 << 48;
    }

    void scrollButtonsLeaveRoomForATab()
    {
        QFETCH(double, zoom);
        QFETCH(int, bar);
        QFETCH(int, width);
        QCOMPARE(DockTabScrollButtons::buttonWidth(16, zoom, bar), width);
    }

    // A dock's float and close buttons grow with its title: at 200 % at least 1.9 x their 100 %
    // size, inside the title bar, clear of the title's text and of each other.
    void titleButtonsFollowTheZoom()
    {
        QMainWindow window;
        auto *dock = new Dock(QStringLiteral("Narration and Event Log"), &window);
        dock->setWidget(new QLabel(QStringLiteral("contents")));
        window.addDockWidget(Qt::LeftDockWidgetArea, dock);
        window.setCentralWidget(new QLabel(QStringLiteral("centre")));
        DockChrome chrome(&window);
        window.resize(1200, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::processEvents();
        auto *close = dock->findChild<QAbstractButton *>(QStringLiteral("qt_dockwidget_closebutton"));
        auto *floating = dock->findChild<QAbstractButton *>(QStringLiteral("qt_dockwidget_floatbutton"));
        QVERIFY(close && floating);
        QVERIFY(close->isVisible() && floating->isVisible());
        const QSize at100 = close->size();
        QVERIFY(!at100.isEmpty());
        // Wide enough for the title and the buttons at 200 %.
        window.resizeDocks({dock}, {900}, Qt::Horizontal);

        for (double zoom : {2.0, 3.0, 1.0}) {
            chrome.setZoom(zoom);
            QApplication::processEvents();
            const QString where = QStringLiteral("at %1 %").arg(zoom * 100);
            const QSize size = close->size();
            if (zoom >= 2.0)
                QVERIFY2(size.width() >= 1.9 * at100.width() && size.height() >= 1.9 * at100.height(),
                         qPrintable(QStringLiteral("%1: close button %2x%3, at 100 % %4x%5").arg(where).arg(size.width()).arg(size.height()).arg(at100.width()).arg(at100.height())));
            QCOMPARE(floating->size(), size);
            const QRect titleBar(0, 0, dock->width(), dock->widget()->geometry().top());
            QVERIFY2(titleBar.contains(close->geometry()) && titleBar.contains(floating->geometry()),
                     qPrintable(QStringLiteral("%1: buttons %2 px high in a title bar of %3 px").arg(where).arg(size.height()).arg(titleBar.height())));
            QVERIFY(!close->geometry().intersects(floating->geometry()));
            // The title's text, in the dock's font, from where the style draws it.
            QStyleOptionDockWidget option;
            dock->initStyleOption(&option);
            const QRect room = dock->style()->subElementRect(QStyle::SE_DockWidgetTitleBarText, &option, dock);
            const QRect text(room.left(), room.top(), QFontMetrics(dock->font()).horizontalAdvance(dock->windowTitle()), room.height());
            QVERIFY2(!text.intersects(floating->geometry()) && !text.intersects(close->geometry()),
                     qPrintable(QStringLiteral("%1: text ends at %2, float button starts at %3").arg(where).arg(text.right()).arg(floating->x())));
        }
    }
};

QTEST_MAIN(TestDockChrome)
#include "tst_dockchrome.moc"
