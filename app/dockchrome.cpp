// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/dockchrome.h"

#include "app/appstyle.h"
#include "app/docktabscrollbuttons.h"

#include "views/textwidth.h"
#include "views/zoom.h"

#include <QAbstractButton>
#include <QChildEvent>
#include <QCoreApplication>
#include <QDockWidget>
#include <QEvent>
#include <QFontMetrics>
#include <QIcon>
#include <QMainWindow>
#include <QProxyStyle>
#include <QScopedValueRollback>
#include <QStyle>
#include <QStyleOptionTab>
#include <QPainter>
#include <QPixmap>
#include <QPolygonF>
#include <QTabBar>
#include <QToolButton>

#include <algorithm>
#include <cmath>

namespace {
// A short title for a dock's tab where the group's whole titles do not fit (a tab bar of five docks
// in a column of 580 px at 200 %), in the words a teacher says: the dock's object name → its short title.
struct ShortTitle {
    const char *dock;
    const char *title;
};
constexpr ShortTitle kShortTitles[] = {
    //: A dock's tab where there is no room for "State Graph": the graph of TCP states.
    {"stateGraphDock", QT_TRANSLATE_NOOP("DockChrome", "Graph")},
    //: A dock's tab where there is no room for "Narration and Event Log".
    {"narrationDock", QT_TRANSLATE_NOOP("DockChrome", "Narration")},
    //: A dock's tab where there is no room for "Timeline Charts".
    {"timelineDock", QT_TRANSLATE_NOOP("DockChrome", "Charts")},
};

// Qt shortens every tab of a group that does not fit by the same number of pixels, mid-word, so
// "State Graph" is cut as much as "Narration and Event Log" ("Sta…", "Na…", "Ti…" at 200 %). This style
// gives a dock tab bar whole words instead: where the whole titles do not all fit, the widest tabs
// take their docks' short titles ("Narration", "Charts"), one at a time, until they do. Where even
// those do not fit (six docks in one group at 200 % on 1280×720), no label is cut: the bar scrolls
// (DockChrome::dress() sets it so) and keeps the current tab in view. Its scroll buttons, which
// take this style too, grow with the zoom, their arrows with them (app/docktabscrollbuttons.h).
class DockTabStyle : public QProxyStyle
{
public:
    void setZoom(double zoom) { m_zoom = zoom; }

    int pixelMetric(PixelMetric metric, const QStyleOption *option, const QWidget *widget) const override
    {
        const int base = QProxyStyle::pixelMetric(metric, option, widget);
        // Asked by QCommonStyle::subElementRect(SE_TabBarScrollLeftButton, ...) with the bar.
        if (metric == PM_TabBarScrollButtonWidth && m_zoom > 1.0)
            return DockTabScrollButtons::buttonWidth(base, m_zoom, widget ? widget->width() : 0);
        return base;
    }

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const override
    {
        const bool sideways = element == PE_IndicatorArrowLeft || element == PE_IndicatorArrowRight;
        if (!sideways || m_zoom <= 1.0 || !option || !painter || !isScrollButton(widget))
            return QProxyStyle::drawPrimitive(element, option, painter, widget);
        // A scroll button's arrow at the zoom, in the text's colour softened as Fusion's arrows are.
        const QRectF a = DockTabScrollButtons::arrow(option->rect, m_zoom);
        QColor colour = option->palette.windowText().color();
        colour.setAlpha(160);
        const bool left = element == PE_IndicatorArrowLeft;
        const QPolygonF triangle{left ? a.topRight() : a.topLeft(), left ? a.bottomRight() : a.bottomLeft(),
                                 QPointF(left ? a.left() : a.right(), a.center().y())};
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawPolygon(triangle);
        painter->restore();
    }

    static bool isScrollButton(const QWidget *widget)
    {
        return qobject_cast<const QToolButton *>(widget) && qobject_cast<const QTabBar *>(widget->parentWidget());
    }

    QSize sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &contents, const QWidget *widget) const override
    {
        const auto *tab = qstyleoption_cast<const QStyleOptionTab *>(option);
        const auto *bar = qobject_cast<const QTabBar *>(widget);
        if (type != CT_TabBarTab || !tab || !bar || m_measuring)
            return QProxyStyle::sizeFromContents(type, option, contents, widget);
        // The tab of the label shown in place of the title (contents: the title's text and the tab space).
        const QString shown = label(bar, tab->text);
        const int textWidth = closelab::textSize(bar->font(), tab->text).width();
        const QSize room(contents.width() - textWidth + closelab::textSize(bar->font(), shown).width(), contents.height());
        return QProxyStyle::sizeFromContents(type, option, room, widget);
    }

    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const override
    {
        const auto *tab = qstyleoption_cast<const QStyleOptionTab *>(option);
        const auto *bar = qobject_cast<const QTabBar *>(widget);
        if (element != CE_TabBarTabLabel || !tab || !bar)
            return QProxyStyle::drawControl(element, option, painter, widget);
        // QTabBar gives the title, shortened with "…" to the tab: the label chosen is drawn instead.
        const int index = bar->tabAt(tab->rect.center());
        const QString shown = index >= 0 ? label(bar, bar->tabText(index)) : tab->text;
        if (index < 0 || shown == bar->tabText(index))
            return QProxyStyle::drawControl(element, option, painter, widget);
        QStyleOptionTab copy = *tab;
        const QRect room = subElementRect(SE_TabBarTabText, &copy, widget);
        copy.text = copy.fontMetrics.elidedText(shown, Qt::ElideRight, room.width(), Qt::TextShowMnemonic);
        QProxyStyle::drawControl(element, &copy, painter, widget);
    }

    /// The label a tab of `bar` whose dock is titled `title` shows: the title, or its short title
    /// where the whole titles do not fit (DockChrome::tabLabels() gives them to tests).
    QString label(const QTabBar *bar, const QString &title) const
    {
        const QStringList shown = labels(bar);
        for (int i = 0; i < bar->count(); ++i)
            if (bar->tabText(i) == title)
                return shown.value(i, title);
        return title;
    }

private:
    /// The width of a tab of `bar` showing `text`, as QTabBar::tabSizeHint() measures a tab of text: the
    /// text, the style's horizontal tab space, then the base style's tab size.
    int tabWidth(const QTabBar *bar, const QString &text) const
    {
        const QScopedValueRollback measuring(m_measuring, true);
        QStyleOptionTab option;
        option.initFrom(bar);
        option.text = text;
        option.shape = bar->shape();
        option.documentMode = bar->documentMode();
        const int hframe = pixelMetric(PM_TabBarTabHSpace, &option, bar);
        const int vframe = pixelMetric(PM_TabBarTabVSpace, &option, bar);
        const QSize size = closelab::textSize(bar->font(), text);
        return sizeFromContents(CT_TabBarTab, &option, QSize(size.width() + hframe, size.height() + vframe), bar).width();
    }

    /// Every tab's label: the whole titles where they fit; else the widest take their short titles
    /// one at a time until they fit (or all that have one have).
    QStringList labels(const QTabBar *bar) const
    {
        QStringList shown;
        QList<int> widths;
        int total = 0;
        for (int i = 0; i < bar->count(); ++i) {
            shown << bar->tabText(i);
            widths << tabWidth(bar, shown.back());
            total += widths.back();
        }
        const auto *window = qobject_cast<const QMainWindow *>(bar->parentWidget());
        while (total > bar->width() && window) {
            int widest = -1;
            QString shorter;
            for (int i = 0; i < bar->count(); ++i) {
                const QString candidate = DockChrome::shortTitle(window, bar->tabText(i));
                if (shown[i] != candidate && (widest < 0 || widths[i] > widths[widest])) {
                    widest = i;
                    shorter = candidate;
                }
            }
            if (widest < 0)
                break;
            shown[widest] = shorter;
            const int width = tabWidth(bar, shorter);
            total += width - widths[widest];
            widths[widest] = width;
        }
        return shown;
    }

    mutable bool m_measuring = false;
    double m_zoom = 1.0;
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
    // Before the bars take the zoomed font: its FontChange lays their scroll buttons out again.
    static_cast<DockTabStyle *>(m_tabStyle)->setZoom(m_zoom);
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
    // Whole words at every zoom: a title or its short title, never cut; the bar scrolls instead.
    if (auto *bar = qobject_cast<QTabBar *>(widget); bar && bar->style() != m_tabStyle) {
        bar->setStyle(m_tabStyle);
        bar->setElideMode(Qt::ElideNone);
        bar->setUsesScrollButtons(true);
        // Its scroll buttons (QTabBar makes them with it) draw their arrows at the zoom.
        for (QToolButton *button : bar->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly))
            button->setStyle(m_tabStyle);
    }
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
        const auto *style = dynamic_cast<const DockTabStyle *>(bar->style());
        labels << TabLabel{rect, bar->tabText(i), bar->tabToolTip(i), style ? style->label(bar, bar->tabText(i)) : bar->tabText(i)};
    }
    return labels;
}

QString DockChrome::shortTitle(const QMainWindow *window, const QString &title)
{
    for (const QDockWidget *dock : window->findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly)) {
        if (dock->windowTitle() != title)
            continue;
        for (const ShortTitle &entry : kShortTitles)
            if (dock->objectName() == QLatin1String(entry.dock))
                return QCoreApplication::translate("DockChrome", entry.title);
    }
    return title;
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
