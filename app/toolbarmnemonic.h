// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QLabel;
class QShortcut;
class QToolBar;
class QWidget;

/// A tool bar label's mnemonic ("Step &by:" → Alt+B) that focuses its buddy in every form of the bar.
/// QLabel's own shortcut only works while the label is shown, and focusing a buddy that the bar has
/// moved into its extension does nothing. So: while the label is shown its shortcut comes here; while
/// it is hidden (the bar's compact form leaves the words out) a shortcut of the same key, on the bar,
/// does; either way a buddy in the extension is brought out first (the bar expanded, as a click on
/// its » does) and focused when it shows.
class ToolBarMnemonic : public QObject
{
    Q_OBJECT

public:
    ToolBarMnemonic(QToolBar *bar, QLabel *label, QWidget *buddy);

    /// After the label's text changed (a change of language): the key again.
    void update();
    /// Focuses the buddy, expanding the bar first where it is in the extension.
    void activate();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QToolBar *m_bar;
    QLabel *m_label;
    QWidget *m_buddy;
    QShortcut *m_shortcut;
    bool m_focusWhenShown = false;
};
