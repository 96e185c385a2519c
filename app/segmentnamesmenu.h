// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QWidget;

/// View → Segment Names: Plain Words ("ACK of the FIN", the default) or tcpdump Notation
/// ("F. seq 6 ack 7"), checkable, remembered in QSettings once restore() has read it. The choice is
/// process-wide (views/segmenttext.h setTcpdumpNotation()): every view that names segments (the
/// diagram's arrows, the event log, the narration, the presentation window's caption) relabels.
class SegmentNamesMenu : public QObject
{
    Q_OBJECT

public:
    explicit SegmentNamesMenu(QWidget *parent);

    QMenu *menu() const { return m_menu; }
    QAction *plainAction() const { return m_plain; }
    QAction *tcpdumpAction() const { return m_tcpdump; }

    /// Reads the saved choice and saves every later change (screenshots never call it).
    void restore();
    /// The choice, as the menu (and `--notation tcpdump`) makes it.
    void setTcpdumpNotation(bool on);
    void retranslateUi();

private:
    void choose(bool tcpdump);

    QMenu *m_menu;
    QActionGroup *m_group;
    QAction *m_plain;
    QAction *m_tcpdump;
    bool m_persistent = false;
};
