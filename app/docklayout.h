// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSize>

#include <functional>

class QDockWidget;
class QMainWindow;
class QToolBar;

/// The main window's docks and toolbars: where they go by default, how big, and when the default
/// follows the window's size. The sequence diagram (the central widget) is the hero: from 1024x600
/// up it keeps at least half of the window; docks that would not fit are tabbed, not squeezed.
/// Also the saved window geometry and dock state (QSettings), restored over the default.
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
        QToolBar *population = nullptr;
    };

    /// `lessonOpen` says whether a lesson is open (its dock then stays in front of its tab group).
    DockLayout(QMainWindow *window, const Docks &docks, std::function<bool()> lessonOpen);

    /// Every dock back to its default place and size; the default then follows the window's size.
    void reset();
    /// A dock another part of the window adds later (the Capture panel): it joins the narration's tab
    /// group, now and at every re-arrangement (a window resized across a size class), keeping whether
    /// it is shown; a shown one stays in front of its group.
    void addPanel(QDockWidget *dock);
    /// Makes dock the current tab of its group: raise(), and the group's tab bar told directly (a
    /// group made while the window was hidden ignores raise() until it is laid out: a screenshot).
    static void bringToFront(QMainWindow *window, QDockWidget *dock);
    /// The window was resized: the default layout re-arranges and re-sizes its docks.
    void windowResized(QSize size);
    /// False once the user moved, floated or closed a dock, or a saved layout was restored.
    bool followsWindow() const { return m_default; }

    /// Restores the window's geometry and dock state from QSettings (true if a saved layout was
    /// restored: the default layout then no longer follows the window).
    bool restore();
    void save() const;

    /// 1: wide (a column each side), 0: one column on the right, 2: a short window (640x400 and the
    /// like), where that column is a single tab group.
    static int arrangementFor(QSize size);

private:
    void arrange(int arrangement);
    void sizeDocks();
    void followDockChanges();
    QList<QDockWidget *> docks() const;
    void placePanels();
    QList<QDockWidget *> m_panels;

    QMainWindow *m_window;
    Docks m_docks;
    std::function<bool()> m_lessonOpen;
    bool m_default = true;  ///< the default layout follows the window's size
    bool m_arranging = false;
    int m_arrangement = -1; ///< the arrangement in place: arrangementFor(), -1 none yet
};
