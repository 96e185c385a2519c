// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/docklayout.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QScopedValueRollback>
#include <QSettings>
#include <QTabBar>
#include <QToolBar>

#include <algorithm>

namespace {
const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
// Bump when docks are added, removed or renamed: an old saved state is then ignored.
constexpr int layoutVersion = 3;
} // namespace

DockLayout::DockLayout(QMainWindow *window, const Docks &docks, std::function<bool()> lessonOpen)
    : QObject(window), m_window(window), m_docks(docks), m_lessonOpen(std::move(lessonOpen))
{
    followDockChanges();
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
}

void DockLayout::reset()
{
    m_default = true;
    m_arrangement = -1;
    arrange(arrangementFor(m_window->size()));
    sizeDocks();
}

int DockLayout::arrangementFor(QSize size)
{
    if (size.width() >= 1500)
        return 1;
    return size.height() < 440 ? 2 : 0;
}

void DockLayout::arrange(int arrangement)
{
    const bool wide = arrangement == 1;
    // The sequence diagram is the hero: it keeps more than half of the window. A wide window has
    // the parameters (tabbed with the scenarios) on the left and the state graph over the narration
    // (tabbed with the charts) on the right; a narrower one has a single column on the right, the
    // state graph over the rest in tabs, rather than every dock squeezed.
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
    if (arrangement == 2)
        w->tabifyDockWidget(d.stateGraph, d.narration);
    else
        w->splitDockWidget(d.stateGraph, d.narration, Qt::Vertical);
    w->tabifyDockWidget(d.narration, d.timeline);
    if (wide) {
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
    // An open lesson stays in front of its tab group.
    if (m_lessonOpen && m_lessonOpen())
        d.lesson->raise();
    d.narration->raise();
    placePanels();
    w->addToolBar(Qt::TopToolBarArea, d.playback);
    d.playback->show();
    w->addToolBarBreak(Qt::TopToolBarArea);
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
    const int w = std::max(m_window->width(), 640);
    if (m_arrangement == 1)
        m_window->resizeDocks({m_docks.parameters, m_docks.stateGraph}, {int(w * 0.18), int(w * 0.25)}, Qt::Horizontal);
    else
        m_window->resizeDocks({m_docks.stateGraph}, {int(w * 0.30)}, Qt::Horizontal);
    if (m_arrangement != 2)
        m_window->resizeDocks({m_docks.stateGraph, m_docks.narration}, {11, 9}, Qt::Vertical);
}

void DockLayout::windowResized(QSize size)
{
    if (!m_default)
        return;
    const int arrangement = arrangementFor(size);
    if (arrangement != m_arrangement)
        arrange(arrangement);
    sizeDocks();
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
