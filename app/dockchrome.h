// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QRect>
#include <QString>

class QDockWidget;
class QEvent;
class QFont;
class QMainWindow;
class QStyle;
class QTabBar;

/// The docks' own chrome at the zoom for people (views/zoom.h): every dock's title bar and the tab
/// bars of tabbed docks use the zoomed font, docks and tab bars made later (a capture's panel, a tab
/// group formed by a re-arrangement) too. Where a group's whole titles do not all fit its tab bar,
/// the widest tabs show their docks' short titles ("Narration" for "Narration and Event Log"), one
/// at a time until they fit; where even those do not, no label is cut: the bar scrolls, its < >
/// buttons at the zoom (app/docktabscrollbuttons.h). A tab keeps its dock's whole title as its tooltip.
///
/// A dock's font is the one its contents inherit: a panel that does not size its own text (the
/// scenarios, the lesson) is zoomed with its dock; views that draw at their own zoom set their
/// fonts themselves and are not affected.
class DockChrome : public QObject
{
    Q_OBJECT

public:
    explicit DockChrome(QMainWindow *window);

    void setZoom(double factor);
    double zoom() const { return m_zoom; }

    /// The planning figures of DockLayout at a zoom: a dock's title bar and a tab group's tab bar,
    /// from the zoomed font (at least what Qt's Fusion style gives them, a little over).
    static int titleBarHeight(double zoom);
    static int tabBarHeight(double zoom);

    /// Where a tab bar's labels are drawn and what each says: a tab's label rectangle (the tab less
    /// the style's padding) and its dock's whole title; for a test that every label fits its tab or
    /// is in its tooltip.
    struct TabLabel {
        QRect rect;     ///< the label's room inside its tab, in the tab bar's coordinates
        QString text;   ///< the whole title
        QString toolTip;
        QString shown;  ///< the label the tab shows: the title or the dock's short title (before any "…")
    };
    static QList<TabLabel> tabLabels(const QTabBar *bar);
    /// The short title of `window`'s dock titled `title` (Graph, Narration, Charts), or `title`
    /// for a dock without one, translated.
    static QString shortTitle(const QMainWindow *window, const QString &title);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// A dock tab bar's style (DockTabStyle); the zoomed font on a dock or a dock tab bar (none at
    /// 100 % never zoomed).
    void dress(QWidget *widget) const;
    static void setToolTips(QTabBar *bar);

    QMainWindow *m_window;
    QStyle *m_tabStyle; ///< the dock tab bars' and their scroll buttons' style: whole labels where they fit, buttons at the zoom
    QStyle *m_titleStyle = nullptr; ///< the docks' and their title buttons' style at m_zoom (once zoomed)
    double m_zoom = 1.0;
    bool m_zoomed = false; ///< set once the zoom left 100 %: from then on every new bar is dressed
};
