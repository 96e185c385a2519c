// SPDX-License-Identifier: GPL-3.0-or-later
// ParameterPanel: what its first frame makes and shows, and what waits until just after it.
#include "views/parameterpanel.h"

#include "views/latewidgets.h"
#include "views/parameterrow.h"

#include <QApplication>
#include <QEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>

namespace closelab {

// The rows whose top is below the panel's bottom edge even if every row above were as short as it
// can be (its minimum size: one line per text) wait hidden in
// their places until just after the first frame: the viewport is inside the panel, so they are out of
// view at any width. They are made and measured (the scroll bar must be exact), not shown.
void ParameterPanel::waitOutOfView()
{
    m_firstFrameHeight = height();
    int top = 0;
    for (ParameterRow *row : std::as_const(m_rows)) {
        if (top >= m_firstFrameHeight)
            m_outOfView.hide(row);
        top += row->minimumSizeHint().height();
    }
    if (m_outOfView.isEmpty())
        return;
    // Shown right after the first frame: the viewport's first paint queues the call.
    m_scroll->viewport()->installEventFilter(this);
    connect(m_scroll->verticalScrollBar(), &QScrollBar::valueChanged, this, &ParameterPanel::showOutOfView);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now && isAncestorOf(now))
            showOutOfView();
    });
}

void ParameterPanel::showOutOfView()
{
    if (m_outOfView.isEmpty())
        return;
    m_scroll->viewport()->removeEventFilter(this);
    disconnect(m_scroll->verticalScrollBar(), &QScrollBar::valueChanged, this, &ParameterPanel::showOutOfView);
    disconnect(qApp, &QApplication::focusChanged, this, nullptr);
    m_outOfView.showAll();
}

bool ParameterPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && m_scroll && watched == m_scroll->viewport()) {
        m_scroll->viewport()->removeEventFilter(this);
        QTimer::singleShot(0, this, &ParameterPanel::showOutOfView);
    }
    return QWidget::eventFilter(watched, event);
}

void ParameterPanel::resizeEvent(QResizeEvent *event)
{
    // Taller than when they were chosen: rows out of view may come into it.
    if (height() > m_firstFrameHeight)
        showOutOfView();
    QWidget::resizeEvent(event);
}

ParameterPanel *ParameterPanel::whole() const
{
    ParameterPanel *panel = built(this);
    panel->showOutOfView();
    return panel;
}

} // namespace closelab
