// SPDX-License-Identifier: GPL-3.0-or-later
// The zoom for people reaches the menu bar and the menus that open from it (app/menubarzoom.h): at
// 200 and 300 %, in English and Chinese, at 1280×720 and 1920×1080, the bar's titles are in its font
// scaled by the zoom (up to 200 %, then half of each step: 250 % at 300 %), the bar is as tall as
// that font needs, every title fits its place and none overlaps another; every menu's and submenu's
// items are in the font at the zoom (or the largest step under it at which the menu fits the screen),
// as tall and wide as their text needs, none over another; their check boxes, radio marks and
// submenu arrows are at the menu's zoom (views/menuitemlayout.h), inside the item, clear of its text. The bar
// does not overlap the tool bar, the diagram or the docks, and the docks are planned with it
// (DockLayout): the diagram's height is the window's less the bar, tool bar and status bar. Back at
// 100 % every font is the inherited one again; at 100 % from the start nothing is set (the first frame
// and the start-up are main's). Expected sizes come from QFontMetrics of the expected font.
#include "app/appstyle.h"
#include "app/languageswitcher.h"
#include "app/mainwindow.h"
#include "app/playbacktoolbar.h"
#include "app/zoomcontroller.h"
#include "views/sequencediagramview.h"
#include "views/menuitemlayout.h"
#include "views/zoom.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QFontMetrics>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QStyleOptionMenuItem>
#include <QTest>

namespace {
QString rectText(QRect r)
{
    return QStringLiteral("(%1,%2 %3x%4)").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

// The text a menu item or title shows: "&File" is drawn "File"; a shortcut after a tab.
QString shown(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    return text.section(QLatin1Char('\t'), 0, 0);
}

// The bar's menus and their submenus.
QList<QMenu *> menusOf(const QMenuBar *bar)
{
    QList<QMenu *> found;
    QList<QAction *> actions = bar->actions();
    for (qsizetype i = 0; i < actions.size(); ++i)
        if (QMenu *menu = actions[i]->menu(); menu && !found.contains(menu)) {
            found << menu;
            actions << menu->actions();
        }
    return found;
}

// The bar's text at a zoom: the zoom up to 200 %, then half of each step.
double barFactor(double zoom)
{
    return zoom <= 2.0 ? zoom : 2.0 + (zoom - 2.0) / 2;
}
} // namespace

class TestMenuBarZoom : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CloseLab"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_menubarzoom"));
        QSettings().clear();
        // The application's style, as main() sets it: its menus draw their marks at the zoom.
        QApplication::setStyle(new AppStyle);
    }

    void menusFollowTheZoom_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("zoom");
        QTest::addColumn<bool>("later"); // zoomed while shown (View → Zoom In), not before
        QTest::addColumn<QString>("language");
        for (QSize s : {QSize(1280, 720), QSize(1920, 1080)})
            for (double z : {2.0, 3.0})
                for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
                    QTest::addRow("%dx%d at %d %% %s", s.width(), s.height(), int(z * 100), qPrintable(language)) << s << z << false << language;
                    QTest::addRow("%dx%d zoomed to %d %% %s", s.width(), s.height(), int(z * 100), qPrintable(language)) << s << z << true << language;
                }
    }

    void menusFollowTheZoom()
    {
        QFETCH(QSize, size);
        QFETCH(double, zoom);
        QFETCH(bool, later);
        QFETCH(QString, language);
        LanguageSwitcher languages;
        languages.setLanguage(language);
        MainWindow window(&languages);
        if (!later)
            window.zoomController()->setFactor(zoom);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::processEvents();
        if (later) {
            window.zoomController()->setFactor(zoom);
            QApplication::processEvents();
        }
        const QString where = QStringLiteral("%1x%2 at %3 % %4").arg(size.width()).arg(size.height()).arg(zoom * 100).arg(language);
        QMenuBar *bar = window.menuBar();
        const double base = QApplication::font(bar).pointSizeF();
        QVERIFY(base > 0);

        // The bar: its font, its height, its titles.
        QCOMPARE(bar->font().pointSizeF(), base * barFactor(zoom));
        const QFontMetrics barMetrics(bar->font());
        QVERIFY2(bar->height() >= barMetrics.height(), qPrintable(QStringLiteral("bar %1 px, a line %2, %3").arg(bar->height()).arg(barMetrics.height()).arg(where)));
        QList<QRect> titles;
        for (QAction *action : bar->actions()) {
            const QRect r = bar->actionGeometry(action);
            const QString text = shown(action->text());
            QVERIFY2(bar->rect().contains(r), qPrintable(QStringLiteral("\"%1\" %2 outside the bar %3, %4").arg(text, rectText(r), rectText(bar->rect()), where)));
            QVERIFY2(r.width() >= barMetrics.horizontalAdvance(text) && r.height() >= barMetrics.height(),
                     qPrintable(QStringLiteral("\"%1\" in %2, %3").arg(text, rectText(r), where)));
            for (const QRect &other : std::as_const(titles))
                QVERIFY2(!r.intersects(other), qPrintable(QStringLiteral("\"%1\" %2 over %3, %4").arg(text, rectText(r), rectText(other), where)));
            titles << r;
        }
        QCOMPARE(titles.size(), 5);

        // Nothing under it overlaps it; the docks' column is the window less the bars (as planned).
        const QRect barRect = bar->geometry();
        QWidget *diagram = window.sequenceDiagram();
        const QRect diagramRect(diagram->mapTo(&window, QPoint(0, 0)), diagram->size());
        QVERIFY2(!barRect.intersects(diagramRect), qPrintable(where));
        for (QDockWidget *dock : window.findChildren<QDockWidget *>())
            if (dock->isVisible())
                QVERIFY2(!barRect.intersects(dock->geometry()), qPrintable(dock->objectName() + QLatin1Char(' ') + where));
        for (QToolBar *toolBar : window.findChildren<QToolBar *>())
            if (toolBar->isVisible())
                QVERIFY2(!barRect.intersects(toolBar->geometry()), qPrintable(toolBar->objectName() + QLatin1Char(' ') + where));
        int top = barRect.bottom() + 1;
        for (QToolBar *toolBar : window.findChildren<QToolBar *>())
            if (toolBar->isVisible() && window.toolBarArea(toolBar) == Qt::TopToolBarArea)
                top = std::max(top, toolBar->geometry().bottom() + 1);
        const int bottom = window.statusBar()->isVisible() ? window.statusBar()->geometry().top() : window.height();
        QCOMPARE(diagramRect.top(), top);
        QCOMPARE(diagramRect.bottom() + 1, bottom);

        // Every menu and submenu: the font at the zoom, items as large as their text, none over another.
        const QList<QMenu *> menus = menusOf(bar);
        QVERIFY(menus.size() >= 7); // File, Edit, View, Language, Help and submenus
        for (QMenu *menu : menus) {
            emit menu->aboutToShow(); // (as when it opens: a submenu filled late is dressed then)
            // The zoom, or the largest step under it at which the menu fits the screen.
            const QSize room = window.screen()->availableGeometry().size();
            const auto fits = [&] { return menu->sizeHint().height() <= room.height() && menu->sizeHint().width() <= room.width(); };
            const double factor = menu->font().pointSizeF() / base;
            const QString title = shown(menu->title()) + QLatin1Char(' ') + where;
            QVERIFY2(factor >= 1.0 - 1e-9 && factor <= zoom + 1e-9, qPrintable(QStringLiteral("%1: %2").arg(title).arg(factor)));
            // (Never under 100 %: a menu wider than the test's 800 px screen even then is drawn at 100 %.)
            QVERIFY2(fits() || factor <= 1.0 + 1e-9, qPrintable(QStringLiteral("%1: %2x%3 on a screen of %4x%5").arg(title).arg(menu->sizeHint().width()).arg(menu->sizeHint().height()).arg(room.width()).arg(room.height())));
            if (factor < zoom - 1e-9) {
                const QFont fitted = menu->font();
                QFont larger = fitted;
                larger.setPointSizeF(base * closelab::zoom::stepIn(factor));
                menu->setFont(larger);
                QVERIFY2(!fits(), qPrintable(QStringLiteral("%1: fits at %2, drawn at %3").arg(title).arg(closelab::zoom::stepIn(factor)).arg(factor)));
                menu->setFont(fitted);
            }
            if (zoom == 2.0 && (menu->title() == bar->actions().constFirst()->text()))
                QCOMPARE(factor, zoom); // the File menu fits at 200 % on this screen
            const QFontMetrics fm(menu->font());
            const QRect inside(QPoint(0, 0), menu->sizeHint());
            QList<QRect> items;
            for (QAction *action : menu->actions()) {
                if (!action->isVisible() || action->isSeparator())
                    continue;
                const QRect r = menu->actionGeometry(action);
                const QString text = shown(action->text());
                const QString name = QStringLiteral("%1 ▸ \"%2\"").arg(shown(menu->title()), text);
                QVERIFY2(inside.contains(r), qPrintable(QStringLiteral("%1 %2 outside the menu %3, %4").arg(name, rectText(r), rectText(inside), where)));
                QVERIFY2(r.height() >= fm.height() && r.width() >= fm.horizontalAdvance(text),
                         qPrintable(QStringLiteral("%1 in %2, a line %3 px, %4").arg(name, rectText(r)).arg(fm.height()).arg(where)));
                for (const QRect &other : std::as_const(items))
                    QVERIFY2(!r.intersects(other), qPrintable(QStringLiteral("%1 %2 over %3, %4").arg(name, rectText(r), rectText(other), where)));
                items << r;
                // Its check box or radio mark and its submenu arrow at the menu's zoom (views/menuitemlayout.h),
                // inside the item and clear of its text (Fusion's at 100 %: a 14 px box, an 8 px arrow).
                if (!action->isCheckable() && !action->menu())
                    continue;
                QStyleOptionMenuItem item;
                item.initFrom(menu);
                item.rect = r;
                item.text = action->text();
                item.fontMetrics = fm;
                item.menuItemType = action->menu() ? QStyleOptionMenuItem::SubMenu : QStyleOptionMenuItem::Normal;
                item.checkType = !action->isCheckable() ? QStyleOptionMenuItem::NotCheckable
                               : action->actionGroup() && action->actionGroup()->isExclusive() ? QStyleOptionMenuItem::Exclusive
                                                                                                 : QStyleOptionMenuItem::NonExclusive;
                QCOMPARE(closelab::MenuItemLayout::zoomOf(menu), factor);
                const closelab::MenuItemLayout::Rects marks = closelab::MenuItemLayout::rects(item, factor);
                QVERIFY2(r.contains(marks.label), qPrintable(QStringLiteral("%1: text %2 in %3, %4").arg(name, rectText(marks.label), rectText(r), where)));
                const QRect mark = action->menu() ? marks.arrow : marks.indicator;
                const double least = (action->menu() ? 8 : 14) * factor - 1;
                QVERIFY2(mark.height() >= least && r.contains(mark) && !mark.intersects(marks.label),
                         qPrintable(QStringLiteral("%1: mark %2 (at least %3 px tall), text %4, item %5, %6")
                                        .arg(name, rectText(mark)).arg(least).arg(rectText(marks.label), rectText(r), where)));
            }
        }
    }

    // Not a check: with CLOSELAB_MENU_PICTURES=DIR, the View, Segment Names, Edit and Presets menus
    // at 100 % and 200 % in both languages as PNG files in DIR, to look at (a menu is a window of its
    // own: closelab --screenshot does not show it).
    void pictures()
    {
        const QString dir = qEnvironmentVariable("CLOSELAB_MENU_PICTURES");
        if (dir.isEmpty())
            QSKIP("CLOSELAB_MENU_PICTURES is not set");
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")})
            for (double zoom : {1.0, 2.0}) {
                LanguageSwitcher languages;
                languages.setLanguage(language);
                MainWindow window(&languages);
                window.zoomController()->setFactor(zoom);
                window.resize(1280, 720);
                window.show();
                QVERIFY(QTest::qWaitForWindowExposed(&window));
                for (const char *name : {"viewMenu", "segmentNamesMenu", "editMenu", "presetsMenu"}) {
                    auto *menu = window.findChild<QMenu *>(QLatin1String(name));
                    QVERIFY2(menu, name);
                    emit menu->aboutToShow();
                    menu->resize(menu->sizeHint());
                    if (!menu->actions().isEmpty())
                        menu->setActiveAction(menu->actions().constFirst());
                    const QString file = QStringLiteral("%1/%2-%3-%4.png").arg(dir, QLatin1String(name)).arg(int(zoom * 100)).arg(language);
                    QVERIFY(menu->grab().save(file));
                }
            }
    }

    void backToActualSize()
    {
        // At 100 % from the start nothing is set on the bar or a menu; zoomed and back, they inherit
        // again and the bar has its first height.
        LanguageSwitcher languages;
        languages.setLanguage(QStringLiteral("en"));
        MainWindow window(&languages);
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::processEvents();
        QMenuBar *bar = window.menuBar();
        const int height = bar->height();
        const int diagram = window.sequenceDiagram()->height();
        QVERIFY(!bar->testAttribute(Qt::WA_SetFont));
        for (QMenu *menu : menusOf(bar))
            QVERIFY2(!menu->testAttribute(Qt::WA_SetFont), qPrintable(menu->objectName()));
        window.zoomController()->setFactor(2.0);
        QApplication::processEvents();
        QVERIFY2(bar->height() > height, qPrintable(QString::number(bar->height())));
        window.zoomController()->setFactor(1.0);
        QApplication::processEvents();
        QCOMPARE(bar->font(), QApplication::font(bar));
        QCOMPARE(bar->height(), height);
        QCOMPARE(window.sequenceDiagram()->height(), diagram);
        for (QMenu *menu : menusOf(bar))
            QCOMPARE(menu->font(), QApplication::font(menu));
    }

    void menusAddedLater()
    {
        // A menu added to the bar, or a submenu to a menu, after the zoom changed follows it too.
        LanguageSwitcher languages;
        languages.setLanguage(QStringLiteral("en"));
        MainWindow window(&languages);
        window.zoomController()->setFactor(2.0);
        const double base = QApplication::font(window.menuBar()).pointSizeF();
        QMenu *added = window.menuBar()->addMenu(QStringLiteral("Later"));
        QCOMPARE(added->font().pointSizeF(), base * 2.0);
        QMenu *sub = added->addMenu(QStringLiteral("Sub"));
        emit added->aboutToShow();
        QCOMPARE(sub->font().pointSizeF(), base * 2.0);
        window.zoomController()->setFactor(3.0);
        QCOMPARE(sub->font().pointSizeF(), base * 3.0); // (two items fit the screen at 300 %)
        QCOMPARE(window.menuBar()->font().pointSizeF(), base * 2.5);
    }
};

QTEST_MAIN(TestMenuBarZoom)
#include "tst_menubarzoom.moc"
