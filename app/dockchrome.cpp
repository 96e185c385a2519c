// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/dockchrome.h"

#include "app/appstyle.h"

#include "views/zoom.h"

#include <QAbstractButton>
#include <QChildEvent>
#include <QDockWidget>
#include <QEvent>
#include <QFontMetrics>
#include <QIcon>
#include <QMainWindow>
#include <QProxyStyle>
#include <QScopedValueRollback>
#include <QStyle>
#include <QStyleOptionTab>
#include <QPixmap>
#include <QTabBar>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {
// Qt shortens every tab of a group that does not fit by the same number of pixels, so "State Graph"
// is cut as much as "Narration and Event Log" ("S…", "Narration a…"). This style gives a dock tab bar
// the widths of a water level instead: the tabs narrower than a cap keep their whole label, only the
// wider ones are cut down to the cap, the cap chosen so that the tabs fill the bar.
class DockTabStyle : public QProxyStyle
{
public:
    QSize sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &contents, const QWidget *widget) const override
    {
        QSize size = QProxyStyle::sizeFromContents(type, option, contents, widget);
        const auto *tab = qstyleoption_cast<const QStyleOptionTab *>(option);
        const auto *bar = qobject_cast<const QTabBar *>(widget);
        if (type != CT_TabBarTab || !tab || !bar)
            return size;
        // QTabBar::minimumTabSizeHint() asks with the text already shortened: Qt's least tab, kept.
        if (tab->text.endsWith(QLatin1String("...")) || tab->text.endsWith(QChar(0x2026)))
            return size;
        // Never narrower than two characters and "…" (a tab of "…" alone says nothing): where even
        // those do not fit, the bar scrolls.
        const QFontMetrics fm(bar->font());
        const int hframe = pixelMetric(PM_TabBarTabHSpace, option, widget);
        const QSize least = QProxyStyle::sizeFromContents(
            type, option, QSize(fm.horizontalAdvance(tab->text.left(2) + QChar(0x2026)) + hframe, contents.height()), widget);
        size.setWidth(std::min(size.width(), std::max(cap(bar), least.width())));
        return size;
    }

    /// The widest a tab of `bar` may be: every tab's whole width where they all fit.
    int cap(const QTabBar *bar) const
    {
        // The tabs' whole widths as QTabBar::tabSizeHint() measures a tab of text: the text, the
        // style's horizontal tab space, then the style's tab size (this style's, uncapped).
        if (m_measuring)
            return std::numeric_limits<int>::max();
        const QScopedValueRollback measuring(m_measuring, true);
        QList<int> widths;
        const QFontMetrics fm(bar->font());
        for (int i = 0; i < bar->count(); ++i) {
            QStyleOptionTab option;
            option.initFrom(bar);
            option.text = bar->tabText(i);
            option.shape = bar->shape();
            option.documentMode = bar->documentMode();
            const int hframe = pixelMetric(PM_TabBarTabHSpace, &option, bar);
            const int vframe = pixelMetric(PM_TabBarTabVSpace, &option, bar);
            const QSize text = fm.size(Qt::TextShowMnemonic, option.text);
            widths << sizeFromContents(CT_TabBarTab, &option, QSize(text.width() + hframe, text.height() + vframe), bar).width();
        }
        std::sort(widths.begin(), widths.end());
        int left = bar->width();
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const auto rest = int(widths.size() - i);
            if (widths[i] * rest > left)
                return std::max(1, left / rest);
            left -= widths[i];
        }
        return std::numeric_limits<int>::max();
    }

private:
    mutable bool m_measuring = false;
};

// A dock's float and close buttons at the zoom: QDockWidget's title buttons are the style's small
// icon (Fusion: 16 px, its pixmaps 11x13) with PM_DockWidgetTitleBarButtonMargin round it, drawn the
// same at every zoom while the title grows 2-3x. This style, set on a dock and on its two buttons once
// the zoom left 100 %, scales the icon size by the zoom, as large as the planned title bar allows
// (QDockWidgetLayout::titleHeight() is the larger of a button + 2 and the font's height + 2 title
// margins), and gives the buttons icons drawn at that size.
class DockTitleStyle : public QProxyStyle
{
public:
    explicit DockTitleStyle(double zoom) : m_zoom(zoom) {}

    int pixelMetric(PixelMetric metric, const QStyleOption *option, const QWidget *widget) const override
    {
        const int base = QProxyStyle::pixelMetric(metric, option, widget);
        // QCommonStyle places the buttons (SE_DockWidgetCloseButton, asked with the dock) and the
        // buttons size their icons with this metric.
        if (metric == PM_SmallIconSize && (qobject_cast<const QDockWidget *>(widget) || isTitleButton(widget)))
            return iconSize();
        return base;
    }

    // The float and close glyphs drawn at the button's size (app/appstyle.h), not the base style's
    // small pixmaps scaled up.
    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option, const QWidget *widget) const override
    {
        if (QIcon drawn = AppStyle::drawnIcon(icon, /*fillSize=*/true); !drawn.isNull())
            return drawn;
        return QProxyStyle::standardIcon(icon, option, widget);
    }

private:
    static bool isTitleButton(const QWidget *widget)
    {
        return widget && qobject_cast<const QDockWidget *>(widget->parentWidget())
            && widget->objectName().startsWith(QLatin1String("qt_dockwidget_"));
    }

    /// The 100 % icon size scaled by the zoom, no larger than the title bar DockLayout planned
    /// (DockChrome::titleBarHeight(): the font's height + 6) leaves for it: a button is the icon and
    /// the (unscaled) button margin each side, and QDockWidgetLayout wants 2 px more than a button.
    int iconSize() const
    {
        const int base = QProxyStyle::pixelMetric(PM_SmallIconSize, nullptr, nullptr);
        if (m_zoom <= 1.0)
            return base;
        const int margin = QProxyStyle::pixelMetric(PM_DockWidgetTitleBarButtonMargin, nullptr, nullptr);
        const int room = DockChrome::titleBarHeight(m_zoom) - 2 - 2 * margin;
        return std::max(base, std::min(int(std::lround(base * m_zoom)), room));
    }

    double m_zoom;
};

// The tab bars QMainWindow makes for its tab groups are its direct children (QMainWindowTabBar).
bool isDockTabBar(const QObject *object, const QMainWindow *window)
{
    return object->parent() == window && qobject_cast<const QTabBar *>(object) != nullptr;
}
} // namespace

DockChrome::DockChrome(QMainWindow *window) : QObject(window), m_window(window), m_tabStyle(new DockTabStyle)
{
    m_tabStyle->setParent(this);
    m_window->installEventFilter(this);
    for (QTabBar *bar : m_window->findChildren<QTabBar *>(Qt::FindDirectChildrenOnly)) {
        bar->installEventFilter(this);
        dress(bar);
    }
}

void DockChrome::setZoom(double factor)
{
    factor = closelab::zoom::clamped(factor);
    if (factor == m_zoom)
        return;
    m_zoom = factor;
    m_zoomed = true;
    QStyle *old = m_titleStyle;
    m_titleStyle = new DockTitleStyle(m_zoom);
    m_titleStyle->setParent(this);
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly))
        dress(dock);
    for (QTabBar *bar : m_window->findChildren<QTabBar *>(Qt::FindDirectChildrenOnly))
        dress(bar);
    delete old; // no dock uses it now
}

void DockChrome::dress(QWidget *widget) const
{
    // The tabs' widths follow the water level at every zoom.
    if (auto *bar = qobject_cast<QTabBar *>(widget); bar && bar->style() != m_tabStyle)
        bar->setStyle(m_tabStyle);
    // Until the zoom leaves 100 % the font and the title buttons are left alone.
    if (!m_zoomed)
        return;
    widget->setFont(closelab::zoom::font(m_zoom));
    if (auto *dock = qobject_cast<QDockWidget *>(widget); dock && m_titleStyle) {
        // The buttons first (their size hints), then the dock: its StyleChange takes the new icons
        // from its style and lays the title bar out again.
        for (QAbstractButton *button : dock->findChildren<QAbstractButton *>(Qt::FindDirectChildrenOnly))
            if (button->objectName().startsWith(QLatin1String("qt_dockwidget_")))
                button->setStyle(m_titleStyle);
        dock->setStyle(m_titleStyle);
    }
}

int DockChrome::titleBarHeight(double zoom)
{
    // QDockWidgetLayout::titleHeight(): the font's height and the style's title margin each side.
    const QFontMetrics fm(closelab::zoom::font(zoom));
    return fm.height() + 6;
}

int DockChrome::tabBarHeight(double zoom)
{
    // QTabBar::tabSizeHint(): the font's height and the style's vertical tab space, and the frame.
    const QFontMetrics fm(closelab::zoom::font(zoom));
    return fm.height() + 12;
}

QList<DockChrome::TabLabel> DockChrome::tabLabels(const QTabBar *bar)
{
    QList<TabLabel> labels;
    for (int i = 0; i < bar->count(); ++i) {
        QStyleOptionTab option;
        option.initFrom(bar);
        option.rect = bar->tabRect(i);
        option.text = bar->tabText(i);
        option.shape = bar->shape();
        option.documentMode = bar->documentMode();
        // The style pads the text's rectangle across the tab as well; the text is centred in the tab.
        const QRect text = bar->style()->subElementRect(QStyle::SE_TabBarTabText, &option, bar);
        const QRect rect(text.left(), option.rect.top(), text.width(), option.rect.height());
        labels << TabLabel{rect, bar->tabText(i), bar->tabToolTip(i)};
    }
    return labels;
}

void DockChrome::setToolTips(QTabBar *bar)
{
    for (int i = 0; i < bar->count(); ++i)
        if (bar->tabToolTip(i) != bar->tabText(i))
            bar->setTabToolTip(i, bar->tabText(i));
}

bool DockChrome::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::ChildPolished) {
        QObject *child = static_cast<QChildEvent *>(event)->child();
        if (auto *dock = qobject_cast<QDockWidget *>(child)) {
            dress(dock);
        } else if (isDockTabBar(child, m_window)) {
            auto *bar = static_cast<QTabBar *>(child);
            bar->installEventFilter(this);
            dress(bar);
        }
    } else if (event->type() == QEvent::Polish && isDockTabBar(watched, m_window)) {
        setToolTips(static_cast<QTabBar *>(watched));
    } else if (event->type() == QEvent::ToolTip && isDockTabBar(watched, m_window)) {
        // Qt names a tab after its dock when it lays the group out; the tooltip follows the name.
        setToolTips(static_cast<QTabBar *>(watched));
    }
    return QObject::eventFilter(watched, event);
}
