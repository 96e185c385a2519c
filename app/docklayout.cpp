// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/docklayout.h"

#include "app/dockchrome.h"
#include "app/docktitlebars.h"
#include "app/menubarzoom.h"

#include "views/stategraphlayout.h"
#include "views/timelinechartspanel.h"
#include "views/zoom.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QFontMetrics>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QScopedValueRollback>
#include <QSettings>
#include <QTabBar>
#include <QToolBar>

#include <algorithm>
#include <cmath>

namespace {
const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
// Bump when docks are added, removed or renamed: an old saved state is then ignored.
constexpr int layoutVersion = 3;
// The sequence diagram's least share of the window the docks are planned for: half, beside the
// separator between it and the docks (the plan's gap) and a pixel or two of rounding. (It was 52 %:
// with the menu bar at the zoom, 1280×720 at 200 % with a population run's header leaves the docks
// 516 px of height, and 2 % of the window then took 36 px from the charts' column.)
constexpr double kDiagramShare = 0.5;
constexpr int kRounding = 2;
} // namespace

DockLayout::DockLayout(QMainWindow *window, const Docks &docks, std::function<bool()> lessonOpen)
    : QObject(window)
    , m_chrome(new DockChrome(window))
    , m_menuBar(new MenuBarZoom(window->menuBar()))
    , m_titleBars(new DockTitleBars(window))
    , m_window(window), m_docks(docks), m_lessonOpen(std::move(lessonOpen))
{
    followDockChanges();
    // The population toolbar comes and goes with population runs (four lines of text at 200 %):
    // the docks' column is then shorter or taller, as after a resize.
    if (m_docks.population)
        m_docks.population->installEventFilter(this);
    // Docks sized while the window was hidden are laid out anew when it shows (a population run's
    // toolbar at 200 % left the column 149 px wide): sized again then (not when the window system
    // shows it again, e.g. un-minimised).
    m_window->installEventFilter(this);
}

bool DockLayout::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_docks.population && (event->type() == QEvent::ShowToParent || event->type() == QEvent::HideToParent))
        || (watched == m_window && event->type() == QEvent::Show && !event->spontaneous()))
        windowResized(m_window->size());
    return QObject::eventFilter(watched, event);
}

QList<QDockWidget *> DockLayout::docks() const
{
    return {m_docks.parameters, m_docks.scenarios, m_docks.stateGraph, m_docks.narration, m_docks.timeline, m_docks.lesson};
}

void DockLayout::addPanel(QDockWidget *dock)
{
    if (!m_panels.contains(dock))
        m_panels << dock;
    const QScopedValueRollback arranging(m_arranging, true);
    placePanels();
}

void DockLayout::addPopulationBar(QToolBar *bar)
{
    m_docks.population = bar;
    bar->installEventFilter(this);
    // On the line arrange() leaves under the playback bar (a hidden one-line bar there already gives
    // the area its height, to the pixel); a restored window state may have none.
    m_window->addToolBar(Qt::TopToolBarArea, bar);
    if (!m_window->toolBarBreak(bar))
        m_window->insertToolBarBreak(bar);
    // Tab goes from the playback bar's last widget to the header's, as when both were made in turn.
    const auto takesTab = [](const QWidget *w) { return (w->focusPolicy() & Qt::TabFocus) != 0; };
    QWidget *anchor = nullptr;
    for (QWidget *w = m_window->nextInFocusChain(); w != m_window; w = w->nextInFocusChain())
        if (m_docks.playback->isAncestorOf(w) && takesTab(w))
            anchor = w;
    QList<QWidget *> inside;
    for (QWidget *w = bar->nextInFocusChain(); w != bar; w = w->nextInFocusChain())
        if (bar->isAncestorOf(w) && takesTab(w))
            inside << w;
    for (QWidget *w : std::as_const(inside)) {
        if (anchor)
            QWidget::setTabOrder(anchor, w);
        anchor = w;
    }
}

void DockLayout::bringToFront(QMainWindow *window, QDockWidget *dock)
{
    dock->raise();
    for (QTabBar *bar : window->findChildren<QTabBar *>(Qt::FindDirectChildrenOnly))
        for (int i = 0; i < bar->count(); ++i)
            if (bar->tabText(i) == dock->windowTitle())
                bar->setCurrentIndex(i);
}

void DockLayout::placePanels()
{
    // Re-arranging removes and re-adds the docks it knows: a panel left where it was then stood in a
    // column of its own above them (a capture opened at 1280×720, the window then made 1920×1080: the
    // Capture panel over the right column, the state graph squeezed to 70 px).
    for (QDockWidget *panel : m_panels) {
        const bool shown = !panel->isHidden();
        panel->setFloating(false);
        m_window->removeDockWidget(panel);
        m_window->tabifyDockWidget(m_docks.narration, panel);
        panel->setVisible(shown);
    }
    for (QDockWidget *panel : m_panels)
        if (!panel->isHidden())
            bringToFront(m_window, panel);
    // The tabbed docks without their title bars from the first frame on.
    m_titleBars->update();
}

void DockLayout::reset()
{
    m_default = true;
    m_arrangement.reset();
    arrange(planFor(m_window->size(), m_zoom).arrangement);
    sizeDocks();
}

int DockLayout::chromeHeight() const
{
    // A zoomed bar's height also before it is shown (QMenuBar measures its items only then).
    int chrome = m_window->menuBar()->sizeHint().height();
    if (m_zoom != 1.0)
        chrome = std::max(chrome, m_menuBar->height());
    for (QToolBar *bar : {m_docks.playback, m_docks.population})
        if (bar && !bar->isHidden() && !bar->isFloating())
            chrome += bar->sizeHint().height();
    if (const auto *status = m_window->findChild<QStatusBar *>(QString(), Qt::FindDirectChildrenOnly); status && !status->isHidden())
        chrome += status->sizeHint().height();
    return chrome;
}

DockLayout::Plan DockLayout::planFor(QSize size, double zoom) const
{
    // Planning figures: a dock's title bar, a tab group's tab bar (both in the zoomed font), a separator.
    // A tabbed dock shows no title bar (app/docktitlebars.h); the plan still counts one over a tab
    // group, room its contents get: the charts' and the narration's, the state graph's where tabbed.
    const int title = DockChrome::titleBarHeight(zoom);
    const int tabs = DockChrome::tabBarHeight(zoom);
    const int gap = 6;
    const int w = size.width();
    const int h = std::max(1, size.height() - chromeHeight()); // the docks' column
    // The diagram keeps half of the window (and the separator beside it, and rounding); the docks
    // have the rest of the width beside it. The menu bar's height is the one at the zoom (setZoom()
    // zooms it before it plans).
    const int budget = std::max(1, w - int(std::ceil(kDiagramShare * w * size.height() / h)) - gap - kRounding);
    // What each view needs to be drawn at the zoom (a little over: fitScale() is linear, fonts are not).
    const QSizeF graph = closelab::StateGraphLayout::sizeFor(zoom) * 1.02;
    const QSize charts = closelab::TimelineChartsPanel::minimumReadableSize(zoom);
    // The narration: a heading and a few lines of explanation and of the event log.
    const int narration = int(std::ceil(8 * QFontMetricsF(closelab::zoom::font(zoom)).height())) + title;
    const int wanted = std::max({int(std::ceil(graph.width())), charts.width(), int(w * 0.25)}) + gap;
    const auto scaleIn = [zoom](int width, int height) {
        return width <= 0 || height <= 0 ? 0.0 : std::min(zoom, closelab::StateGraphLayout::fitScale(QSizeF(width, height)));
    };
    // The most the other half of the window could give the state graph: all of the column.
    const double best = scaleIn(budget, h - title - tabs);

    Plan plan;
    // At least a quarter of the width, where full-width bars leave the docks and the diagram so short
    // that the diagram's half would leave the docks less: at 300 % in 1280×720 a population run's
    // header (four lines) left a column of 125-142 px, too narrow for a tab's name or a chart.
    plan.column = std::max(std::min(budget, wanted), int(w * 0.25));
    // The state graph over a tab group holding the charts and the narration.
    const auto stacked = [&](int column) {
        const int below = std::max(charts.height() + title, narration) + tabs;
        plan.top = std::min(int(std::ceil(graph.height())) + title, h - below - gap);
        plan.graphScale = scaleIn(column, plan.top - title);
        return plan.graphScale >= 0.9 * best && charts.width() <= column;
    };
    if (w >= 1500) {
        plan.arrangement = Arrangement::Wide;
        plan.left = int(w * 0.18);
        const int column = std::min(budget - plan.left - gap, wanted);
        if (stacked(column)) {
            plan.column = column;
            return plan;
        }
        plan.left = 0;
    }
    plan.arrangement = Arrangement::Column;
    if (stacked(plan.column))
        return plan;
    // The state graph and the charts sharing a tab group over the narration's.
    plan.arrangement = Arrangement::SharedColumn;
    const int room = h - narration - tabs - gap;
    plan.top = std::min(int(std::ceil(std::max(graph.height(), double(charts.height())))) + title + tabs, room);
    plan.graphScale = scaleIn(plan.column, plan.top - title - tabs);
    if (plan.graphScale >= 0.9 * best && plan.top - title - tabs >= charts.height() && charts.width() <= plan.column)
        return plan;
    plan.arrangement = Arrangement::Tabs;
    plan.top = 0;
    plan.graphScale = best;
    return plan;
}

void DockLayout::arrange(Arrangement arrangement)
{
    // The sequence diagram is the hero: it keeps more than half of the window. A wide window has
    // the parameters (tabbed with the scenarios) on the left and the state graph over the narration
    // (tabbed with the charts) on the right; a narrower one has a single column on the right, the
    // state graph over the rest in tabs; where the charts do not fit under the state graph at the
    // zoom, they share its tab group; where the state graph does not fit over anything, the column
    // is one tab group, the state graph in front, rather than every dock squeezed.
    m_arrangement = arrangement;
    const QScopedValueRollback arranging(m_arranging, true);
    const Docks &d = m_docks;
    QMainWindow *w = m_window;
    for (QDockWidget *dock : docks()) {
        dock->setFloating(false);
        w->removeDockWidget(dock);
    }
    w->addDockWidget(Qt::RightDockWidgetArea, d.stateGraph);
    w->addDockWidget(Qt::RightDockWidgetArea, d.narration);
    if (arrangement == Arrangement::Tabs)
        w->tabifyDockWidget(d.stateGraph, d.narration);
    else
        w->splitDockWidget(d.stateGraph, d.narration, Qt::Vertical);
    if (arrangement == Arrangement::SharedColumn)
        w->tabifyDockWidget(d.stateGraph, d.timeline);
    else
        w->tabifyDockWidget(d.narration, d.timeline);
    if (arrangement == Arrangement::Wide) {
        w->addDockWidget(Qt::LeftDockWidgetArea, d.parameters);
        w->addDockWidget(Qt::LeftDockWidgetArea, d.scenarios);
        w->tabifyDockWidget(d.parameters, d.scenarios);
        w->addDockWidget(Qt::LeftDockWidgetArea, d.lesson);
        w->tabifyDockWidget(d.scenarios, d.lesson);
    } else {
        w->tabifyDockWidget(d.narration, d.parameters);
        w->tabifyDockWidget(d.narration, d.scenarios);
        w->tabifyDockWidget(d.narration, d.lesson);
    }
    for (QDockWidget *dock : docks())
        dock->show();
    d.parameters->raise();
    d.narration->raise();
    d.stateGraph->raise();
    // An open lesson stays in front of its tab group.
    if (m_lessonOpen && m_lessonOpen())
        d.lesson->raise();
    placePanels();
    w->addToolBar(Qt::TopToolBarArea, d.playback);
    d.playback->show();
    // The population bar's line, kept with or without it (the area is a pixel taller with it).
    w->addToolBarBreak(Qt::TopToolBarArea);
    if (d.population)
        w->addToolBar(Qt::TopToolBarArea, d.population);
}

void DockLayout::followDockChanges()
{
    // A dock the user moves, floats or closes ends the default layout's following the window's size.
    for (QDockWidget *dock : docks()) {
        const auto touched = [this] {
            if (!m_arranging)
                m_default = false;
        };
        connect(dock, &QDockWidget::dockLocationChanged, this, touched);
        connect(dock, &QDockWidget::topLevelChanged, this, touched);
        connect(dock->toggleViewAction(), &QAction::triggered, this, touched);
    }
}

void DockLayout::sizeDocks()
{
    if (!m_arrangement)
        return;
    const Plan plan = planFor(m_window->size(), m_zoom);
    if (plan.arrangement == Arrangement::Wide && *m_arrangement == Arrangement::Wide)
        m_window->resizeDocks({m_docks.parameters, m_docks.stateGraph}, {plan.left, plan.column}, Qt::Horizontal);
    else
        m_window->resizeDocks({m_docks.stateGraph}, {plan.column}, Qt::Horizontal);
    if (*m_arrangement != Arrangement::Tabs && plan.top > 0) {
        const int rest = std::max(1, m_window->height() - chromeHeight() - plan.top);
        m_window->resizeDocks({m_docks.stateGraph, m_docks.narration}, {plan.top, rest}, Qt::Vertical);
    }
}

void DockLayout::windowResized(QSize size)
{
    if (!m_default)
        return;
    const Arrangement arrangement = planFor(size, m_zoom).arrangement;
    if (arrangement != m_arrangement)
        arrange(arrangement);
    sizeDocks();
}

void DockLayout::setZoom(double factor)
{
    if (factor == m_zoom)
        return;
    m_zoom = factor;
    // The menu bar first: the plan takes its height (chromeHeight()) at the zoom.
    m_menuBar->setZoom(factor);
    m_chrome->setZoom(factor);
    if (m_arrangement) // (none yet: reset() arranges at this zoom)
        windowResized(m_window->size());
}

bool DockLayout::restore()
{
    QSettings settings;
    m_window->restoreGeometry(settings.value(geometryKey).toByteArray());
    if (!m_window->restoreState(settings.value(stateKey).toByteArray(), layoutVersion))
        return false;
    m_default = false;
    return true;
}

void DockLayout::save() const
{
    QSettings settings;
    settings.setValue(geometryKey, m_window->saveGeometry());
    settings.setValue(stateKey, m_window->saveState(layoutVersion));
}
