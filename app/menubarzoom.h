// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QObject>

class QEvent;
class QMenu;
class QMenuBar;
class QWidget;

/// The menu bar and the menus that open from it at the zoom for people (views/zoom.h), like the
/// docks' chrome (app/dockchrome.h): File, Edit, View, Language, Help in the bar, and every item
/// under them (submenus too, and menus added later, dressed when they open). A menu is a window of
/// its own and does not inherit the bar's font: each one is set, at the zoom or, where the menu would
/// then not fit the screen (the View menu at 200 % on a 1280×720 projector), at the largest step of
/// the zoom's ladder down to 100 % at which it does, so nothing in it is cut or scrolled. Until the zoom first leaves 100 %
/// nothing is touched (the first frame at 100 % is main's, and costs nothing more); back at 100 %
/// every font is unset again, inherited as before.
///
/// The bar grows with its font and takes that height from the docks: DockLayout sets the zoom here
/// before it plans, so its plan has the bar's height at the zoom (QMenuBar::sizeHint()).
class MenuBarZoom : public QObject
{
    Q_OBJECT

public:
    explicit MenuBarZoom(QMenuBar *bar);

    void setZoom(double factor);
    double zoom() const { return m_zoom; }

    /// The factor the bar's titles are drawn at for a zoom: the zoom up to 200 %, half of each
    /// step above (250 % at 300 %). At 1280×720 and 300 % a bar at the full factor (47 px) leaves
    /// the docks 595 px of height; a diagram keeping half of the window is then 775 px wide, which
    /// with the 6 px separator leaves the docks' column at most 499 px, and a Parameters row at
    /// 300 % needs 501 (tests/app/tst_panelzoom). At 250 % the bar is 7 px shorter and the column
    /// can be 8 px wider.
    static double barFactor(double zoom);
    /// The bar's height at the zoom as QMenuBar lays it out, also before it is shown (its sizeHint()
    /// measures the items only once it is visible): the tallest title and the style's margins.
    int height() const;
    /// The font of the bar (factor barFactor(zoom)) or of its menus (the zoom, or less: see above):
    /// the bar's own font (the application's, or the platform theme's menu font) scaled.
    QFont fontAt(double factor) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// The bar's menus and their submenus, as the bar holds them now.
    QList<QMenu *> menus() const;
    void dress(QMenu *menu);
    /// The menu's font: the zoom's, or the largest step under it at which the menu fits the screen.
    void fit(QMenu *menu) const;

    QMenuBar *m_bar;
    double m_zoom = 1.0;
    bool m_zoomed = false; ///< set once the zoom left 100 %: from then on every menu that opens is dressed
    QList<const QMenu *> m_watched; ///< menus whose submenus are dressed when they open
};
