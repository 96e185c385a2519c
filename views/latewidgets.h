// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace closelab {

/// For a panel that makes its widgets when first needed (start-up builds only what the first frame
/// shows): makes the widgets just made inside `container` behave as if they had been made with it.
/// - Tab order: widgets made after their window was put together join the end of its focus chain;
///   every focusable widget inside `container` goes back, in order, to where `container` stands.
/// - Visibility: children of a shown widget are shown by a queued call; when `container` is shown,
///   its children are shown and its layout applied now, so the next paint has them.
void adoptLateWidgets(QWidget *container);

/// For a const accessor of such a panel (one with buildContent()): the panel, its widgets made.
/// `return built(this)->m_list;` instead of a const_cast and a buildContent() call in each accessor.
template<class Panel>
Panel *built(const Panel *panel)
{
    auto *mutablePanel = const_cast<Panel *>(panel);
    mutablePanel->buildContent();
    return mutablePanel;
}

} // namespace closelab
