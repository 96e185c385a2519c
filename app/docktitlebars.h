// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

class QDockWidget;
class QEvent;
class QMainWindow;

/// A tabbed dock's title bar only repeats the name on its tab ("Timeline Charts" over a tab reading
/// "Charts"): where a dock is one of two or more shown docks of a tab group, its title bar is hidden
/// (an empty title bar widget) and its contents have that room, a line of the zoomed font (34 px at
/// 200 %, 47 px at 300 %); a dock alone in its place, or floating, has its title bar with its float
/// and close buttons. A tabbed dock is dragged out of its group by its tab (the window's docks drag
/// singly: QMainWindow::GroupedDragging), shown and hidden from the View menu.
///
/// Follows the docks: DockLayout's arrangements (update() right after), a dock shown, hidden,
/// floated, docked or moved by the user, docks added later (a capture's panel). A floating dock
/// being dragged keeps its title bar as it is until the mouse is released.
class DockTitleBars : public QObject
{
    Q_OBJECT

public:
    explicit DockTitleBars(QMainWindow *window);

    /// Every dock's title bar shown or hidden now, as the class comment says.
    void update();
    /// Whether `dock` is, in `window`, docked in a tab group with another dock that is not hidden.
    static bool tabbed(const QMainWindow *window, const QDockWidget *dock);
    /// Whether this class hid `dock`'s title bar.
    static bool hidesTitle(const QDockWidget *dock);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void follow(QDockWidget *dock);

    QMainWindow *m_window;
    QTimer m_later; ///< one update() for the changes of one turn of the event loop
};
