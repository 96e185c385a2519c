// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/inputguard.h"

#include <QKeyEvent>
#include <QWidget>

namespace closelab {

InputGuard::InputGuard(QWidget *widget)
    : QObject(widget)
{
    widget->setFocusPolicy(Qt::StrongFocus);
    widget->installEventFilter(this);
}

void InputGuard::install(QWidget *widget)
{
    if (widget && !widget->findChild<InputGuard *>(QString(), Qt::FindDirectChildrenOnly))
        new InputGuard(widget);
}

bool InputGuard::eventFilter(QObject *watched, QEvent *event)
{
    auto *widget = static_cast<QWidget *>(watched);
    switch (event->type()) {
    case QEvent::Wheel:
        if (!widget->hasFocus()) {
            // Filtered and ignored: QApplication hands the wheel on to the parents (the scroll area).
            event->ignore();
            return true;
        }
        break;
    case QEvent::ShortcutOverride: {
        // Accepting the override gives the key to the focused widget instead of a shortcut.
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
            break;
        switch (key->key()) {
        case Qt::Key_Left:
        case Qt::Key_Right:
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_Home:
        case Qt::Key_End:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            event->accept();
            return true;
        default:
            break;
        }
        break;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace closelab
