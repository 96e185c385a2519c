// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/outofview.h"

#include <utility>

namespace closelab {

namespace {
void keepSizeWhenHidden(QWidget *widget, bool keep)
{
    QSizePolicy policy = widget->sizePolicy();
    policy.setRetainSizeWhenHidden(keep);
    widget->setSizePolicy(policy);
}
} // namespace

void OutOfView::hide(QWidget *widget)
{
    keepSizeWhenHidden(widget, true);
    widget->hide();
    m_widgets << widget;
}

void OutOfView::showAll()
{
    const QList<QPointer<QWidget>> widgets = std::exchange(m_widgets, {});
    for (const QPointer<QWidget> &widget : widgets) {
        if (!widget)
            continue;
        widget->show();
        // As a widget shown with its parent (never shown or hidden on its own).
        widget->setAttribute(Qt::WA_WState_ExplicitShowHide, false);
        keepSizeWhenHidden(widget, false);
    }
}

} // namespace closelab
