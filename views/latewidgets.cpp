// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/latewidgets.h"

#include <QLayout>
#include <QList>
#include <QWidget>

namespace closelab {

namespace {
bool takesTab(const QWidget *w)
{
    return (w->focusPolicy() & Qt::TabFocus) != 0;
}

void keepTabOrder(QWidget *container)
{
    // The last focusable widget before the container (outside it); none: the chain starts with it.
    QWidget *anchor = nullptr;
    for (QWidget *w = container->previousInFocusChain(); w != container && w != container->window();
         w = w->previousInFocusChain()) {
        if (!container->isAncestorOf(w) && takesTab(w)) {
            anchor = w;
            break;
        }
    }
    QList<QWidget *> inside;
    for (QWidget *w = container->nextInFocusChain(); w != container; w = w->nextInFocusChain()) {
        if (container->isAncestorOf(w) && takesTab(w))
            inside << w;
    }
    for (QWidget *w : std::as_const(inside)) {
        if (anchor)
            QWidget::setTabOrder(anchor, w);
        anchor = w;
    }
}
} // namespace

void adoptLateWidgets(QWidget *container)
{
    keepTabOrder(container);
    if (!container->isVisible())
        return;
    // What QLayout's queued show does: every child not hidden on purpose (a hidden child takes no
    // room in the layout, so this comes first).
    for (QWidget *child : container->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (!child->isWindow() && !(child->isHidden() && child->testAttribute(Qt::WA_WState_ExplicitShowHide)))
            child->show();
    }
    if (QLayout *layout = container->layout())
        layout->activate();
}

} // namespace closelab
