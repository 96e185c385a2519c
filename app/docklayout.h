// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSize>

#include <functional>
#include <optional>

class DockChrome;
class DockTitleBars;
class MenuBarZoom;
class QDockWidget;
class QMainWindow;
class QToolBar;

/// The main window's docks and toolbars: where they go by default, how big, and when the default
/// follows the window's size and the zoom. The sequence diagram (the central widget) is the hero:
/// from 1024x600 up it keeps at least half of the window, but the docks' column never less than a
/// quarter of the width (a population run's header at 300 % leaves both too short). The state graph and the timeline charts
/// get the room their views need at the zoom (StateGraphLayout::sizeFor(),
/// TimelineChartsPanel::minimumReadableSize()) as far as the other half holds it; docks that would
/// not fit beside them are tabbed, not squeezed. Also the saved window geometry and dock state
/// (QSettings), restored over the default.
class DockLayout : public QObject
{
    Q_OBJECT

public:
    struct Docks {
        QDockWidget *parameters = nullptr;
        QDockWidget *scenarios = nullptr;
        QDockWidget *stateGraph = nullptr;
        QDockWidget *narration = nullptr;
        QDockWidget *timeline = nullptr;
        QDockWidget *lesson = nullptr;
        QToolBar *playback = nullptr;
        QToolBar *population = nullptr; ///< none until the first population run (addPopulationBar())
    };

    /// `lessonOpen` says whether a lesson is open (its dock then stays in front of its tab group).
    DockLayout(QMainWindow *window, const Docks &docks, std::function<bool()> lessonOpen);

    /// Every dock back to its default place and size; the default then follows the window's size.
    void reset();
    /// A dock another part of the window adds later (the Capture panel): it joins the narration's tab
    /// group, now and at every re-arrangement (a window resized across a size class), keeping whether
    /// it is shown; a shown one stays in front of its group.
    void addPanel(QDockWidget *dock);
    /// The population run's header, made with the first one: on a line of its own under the playback
    /// bar, after it in the Tab order, as one made with the window; its coming and going re-arranges
    /// the docks as a resize does.
    void addPopulationBar(QToolBar *bar);
    /// Makes dock the current tab of its group: raise(), and the group's tab bar told directly (a
    /// group made while the window was hidden ignores raise() until it is laid out: a screenshot).
    static void bringToFront(QMainWindow *window, QDockWidget *dock);
    /// The window was resized: the default layout re-arranges and re-sizes its docks.
    void windowResized(QSize size);
    /// The zoom changed (views/zoom.h): the menu bar and its menus (app/menubarzoom.h), then the
    /// docks' title and tab bars (app/dockchrome.h) take the zoomed font, and the default layout
    /// re-arranges as for a resize, planned with the menu bar's height at the zoom.
    void setZoom(double factor);
    double zoom() const { return m_zoom; }
    /// False once the user moved, floated or closed a dock, or a saved layout was restored.
    bool followsWindow() const { return m_default; }

    /// Restores the window's geometry and dock state from QSettings (true if a saved layout was
    /// restored: the default layout then no longer follows the window).
    bool restore();
    void save() const;

    enum class Arrangement {
        Column,       ///< one column on the right: the state graph over the others in tabs
        Wide,         ///< a column each side: the parameters left, the state graph over the rest right
        SharedColumn, ///< one column: the state graph and the charts in tabs over the others in tabs
        Tabs,         ///< one column that is a single tab group (a short window, a large zoom)
    };
    /// The default layout at a window size and zoom: the first arrangement of Wide, Column,
    /// SharedColumn, Tabs in which the state graph is drawn at no less than 90 % of the factor
    /// the other half of the window could give it, the charts get their readable size and the
    /// narration a few lines; and the docks' sizes in it.
    struct Plan {
        Arrangement arrangement = Arrangement::Column;
        int column = 0;          ///< the right column's width
        int left = 0;            ///< the left column's width (Wide)
        int top = 0;             ///< the height of the pane the state graph is in (not Tabs)
        double graphScale = 1.0; ///< the factor the state graph is drawn at in it
    };
    Plan planFor(QSize size, double zoom) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void arrange(Arrangement arrangement);
    void sizeDocks();
    /// The window's height not left to the docks: menu bar (at the zoom: app/menubarzoom.h),
    /// toolbars, status bar.
    int chromeHeight() const;
    void followDockChanges();
    QList<QDockWidget *> docks() const;
    void placePanels();
    QList<QDockWidget *> m_panels;
    DockChrome *m_chrome;
    MenuBarZoom *m_menuBar;
    DockTitleBars *m_titleBars;

    QMainWindow *m_window;
    Docks m_docks;
    std::function<bool()> m_lessonOpen;
    bool m_default = true;  ///< the default layout follows the window's size
    bool m_arranging = false;
    std::optional<Arrangement> m_arrangement; ///< the arrangement in place, none yet
    double m_zoom = 1.0;
};
