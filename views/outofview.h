// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

namespace closelab {

/// Widgets of a scroll area's content that its first frame does not reach (a panel's rows below its
/// bottom edge): hidden, but keeping their place and size in their layout
/// (QSizePolicy::retainSizeWhenHidden), so that the content's height, the scroll bar and everything
/// in view are exactly as if they were shown; shown by showAll(), as soon as anything may need them.
/// Showing a made widget costs its layout, show and polish, not its construction or measuring.
class OutOfView {
public:
    void hide(QWidget *widget);
    bool isEmpty() const { return m_widgets.isEmpty(); }
    /// Shown again as if never hidden (no explicit show or hide, no size kept while hidden).
    void showAll();

private:
    QList<QPointer<QWidget>> m_widgets;
};

} // namespace closelab
