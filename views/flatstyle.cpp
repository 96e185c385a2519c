// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/flatstyle.h"

#include "views/flatchrome.h"

namespace closelab {

void FlatStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const
{
    if (option && painter && element == PE_FrameGroupBox)
        flatchrome::paintGroupBoxFrame(proxy(), option, painter, widget);
    else
        QProxyStyle::drawPrimitive(element, option, painter, widget);
}

void FlatStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const
{
    if (option && painter && element == CE_ToolBar)
        flatchrome::paintToolBar(option, painter, widget);
    else if (option && painter && element == CE_HeaderSection)
        flatchrome::paintHeaderSection(option, painter);
    else
        QProxyStyle::drawControl(element, option, painter, widget);
}

void FlatStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter, const QWidget *widget) const
{
    if (option && painter && control == CC_ScrollBar)
        flatchrome::paintScrollBar(proxy(), option, painter, widget);
    else
        QProxyStyle::drawComplexControl(control, option, painter, widget);
}

} // namespace closelab
