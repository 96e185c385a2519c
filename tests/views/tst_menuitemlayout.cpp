// SPDX-License-Identifier: GPL-3.0-or-later
// A menu drawn at a zoom (its font larger than the application's menus) has its check boxes, radio
// marks and submenu arrows at that zoom (views/menuitemlayout.h, drawn by views/flatstyle.h): at 125
// to 300 %, in a QMenu as Qt lays it out with FlatStyle, each mark is as large as Fusion's at 100 %
// times the zoom, inside its item, clear of the item's text; a submenu item is wide enough for its
// text and the larger arrow. At 100 % the menu is Fusion's: the same size and the same pixels.
// Geometry from the rectangles the layout gives and QMenu::actionGeometry(); expected sizes are
// Fusion's 100 % sizes (14 px box, 8 px arrow) times the zoom.
#include "views/flatstyle.h"
#include "views/menuitemlayout.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QImage>
#include <QMenu>
#include <QStyleOptionMenuItem>
#include <QTest>

#include <cmath>
#include <memory>

using namespace closelab;

namespace {
// initStyleOption() is protected.
class Menu : public QMenu {
public:
    using QMenu::initStyleOption;
};

QString rectText(QRect r)
{
    return QStringLiteral("(%1,%2 %3x%4)").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

// A menu with every kind of mark: check boxes on and off, a radio group, a submenu, a shortcut.
void fill(QMenu *menu)
{
    QAction *on = menu->addAction(QStringLiteral("&Quiz Mode"));
    on->setCheckable(true);
    on->setChecked(true);
    menu->addAction(QStringLiteral("Real Time"))->setCheckable(true);
    menu->addSeparator();
    auto *group = new QActionGroup(menu);
    for (const QString &text : {QStringLiteral("Plain Words"), QStringLiteral("tcpdump Notation\tCtrl+T")}) {
        QAction *radio = menu->addAction(text);
        radio->setCheckable(true);
        group->addAction(radio);
    }
    group->actions().constFirst()->setChecked(true);
    menu->addMenu(QStringLiteral("Segment &Names"))->addAction(QStringLiteral("inside"));
    menu->addMenu(QStringLiteral("段名称"))->addAction(QStringLiteral("inside"));
    menu->addAction(QStringLiteral("Zoom &In\tCtrl+="));
}
} // namespace

class TestMenuItemLayout : public QObject {
    Q_OBJECT

private slots:
    void marksFollowTheZoom_data()
    {
        QTest::addColumn<double>("zoom");
        QTest::addColumn<bool>("rightToLeft");
        for (double z : {1.25, 1.5, 2.0, 2.5, 3.0})
            QTest::addRow("%d %%", int(z * 100)) << z << false;
        QTest::addRow("200 %% right to left") << 2.0 << true;
    }

    void marksFollowTheZoom()
    {
        QFETCH(double, zoom);
        QFETCH(bool, rightToLeft);
        FlatStyle style;
        Menu menu;
        menu.setStyle(&style);
        menu.setLayoutDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
        QFont font = QApplication::font(&menu);
        font.setPointSizeF(font.pointSizeF() * zoom);
        menu.setFont(font);
        fill(&menu);
        menu.adjustSize();
        QCOMPARE(MenuItemLayout::zoomOf(&menu), zoom);

        const QRect inside(QPoint(0, 0), menu.sizeHint());
        int checkable = 0;
        int submenus = 0;
        for (QAction *action : menu.actions()) {
            if (action->isSeparator())
                continue;
            QStyleOptionMenuItem item;
            menu.initStyleOption(&item, action);
            item.rect = menu.actionGeometry(action);
            const MenuItemLayout::Rects rects = MenuItemLayout::rects(item, zoom);
            const QString name = QStringLiteral("\"%1\" at %2 %").arg(action->text()).arg(zoom * 100);
            QVERIFY2(inside.contains(item.rect), qPrintable(name + rectText(item.rect)));
            // The text is whole inside its item.
            QVERIFY2(item.rect.contains(rects.label), qPrintable(QStringLiteral("%1: text %2 in %3").arg(name, rectText(rects.label), rectText(item.rect))));
            if (action->isCheckable()) {
                ++checkable;
                const QRect box = rects.indicator;
                QVERIFY2(box.width() == box.height() && box.height() >= std::floor(14 * zoom) - 1,
                         qPrintable(QStringLiteral("%1: box %2, at 100 % 14 px").arg(name, rectText(box))));
                QVERIFY2(item.rect.contains(box), qPrintable(QStringLiteral("%1: box %2 in %3").arg(name, rectText(box), rectText(item.rect))));
                QVERIFY2(!box.intersects(rects.label), qPrintable(QStringLiteral("%1: box %2 over text %3").arg(name, rectText(box), rectText(rects.label))));
            } else {
                QVERIFY(rects.indicator.isEmpty());
            }
            if (action->menu()) {
                ++submenus;
                const QRect arrow = rects.arrow;
                QVERIFY2(arrow.height() >= std::floor(8 * zoom) - 1 && arrow.width() >= std::floor(8.0 * 8 / 14 * zoom) - 1,
                         qPrintable(QStringLiteral("%1: arrow %2, at 100 % 5x8 px").arg(name, rectText(arrow))));
                QVERIFY2(item.rect.contains(arrow), qPrintable(QStringLiteral("%1: arrow %2 in %3").arg(name, rectText(arrow), rectText(item.rect))));
                // The item is wide enough for its text and the arrow, with room between them.
                const int gap = rightToLeft ? rects.label.left() - arrow.right() : arrow.left() - rects.label.right();
                QVERIFY2(gap >= std::lround(4 * zoom),
                         qPrintable(QStringLiteral("%1: text %2, arrow %3").arg(name, rectText(rects.label), rectText(arrow))));
            } else {
                QVERIFY(rects.arrow.isEmpty());
            }
        }
        QCOMPARE(checkable, 4);
        QCOMPARE(submenus, 2);
    }

    void actualSizeIsFusions()
    {
        // At 100 % the menu is the base style's: the same size, the same pixels.
        FlatStyle flat;
        QProxyStyle plain; // the same base style (Fusion), nothing of FlatStyle's
        std::unique_ptr<QImage> first;
        QSize firstSize;
        for (QStyle *style : {static_cast<QStyle *>(&flat), static_cast<QStyle *>(&plain)}) {
            Menu menu;
            menu.setStyle(style);
            fill(&menu);
            menu.adjustSize();
            QCOMPARE(MenuItemLayout::zoomOf(&menu), 1.0);
            menu.setActiveAction(menu.actions().constFirst());
            const QImage image = menu.grab().toImage();
            if (!first) {
                first = std::make_unique<QImage>(image);
                firstSize = menu.sizeHint();
                continue;
            }
            QCOMPARE(menu.sizeHint(), firstSize);
            QVERIFY(image == *first);
        }
    }

    void zoomOfAMenu()
    {
        QMenu menu;
        QCOMPARE(MenuItemLayout::zoomOf(&menu), 1.0);
        QFont font = QApplication::font(&menu);
        font.setPointSizeF(font.pointSizeF() * 2.5);
        menu.setFont(font);
        QCOMPARE(MenuItemLayout::zoomOf(&menu), 2.5);
        QWidget other;
        other.setFont(font);
        QCOMPARE(MenuItemLayout::zoomOf(&other), 1.0); // only menus
        QCOMPARE(MenuItemLayout::zoomOf(nullptr), 1.0);
        QCOMPARE(MenuItemLayout::checkColumn(2.0), 42);
        QCOMPARE(MenuItemLayout::arrowExtra(1.0), 0);
        QVERIFY(MenuItemLayout::arrowExtra(2.0) >= 9); // 5 + 5 px more
    }
};

QTEST_MAIN(TestMenuItemLayout)
#include "tst_menuitemlayout.moc"
