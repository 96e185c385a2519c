// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/toolbarmnemonic.h"

#include <QEvent>
#include <QKeySequence>
#include <QLabel>
#include <QShortcut>
#include <QToolBar>
#include <QToolButton>

ToolBarMnemonic::ToolBarMnemonic(QToolBar *bar, QLabel *label, QWidget *buddy)
    : QObject(bar)
    , m_bar(bar)
    , m_label(label)
    , m_buddy(buddy)
    , m_shortcut(new QShortcut(bar))
{
    m_label->setBuddy(m_buddy); // the underlined letter, and the label's own shortcut
    m_shortcut->setContext(Qt::WindowShortcut);
    connect(m_shortcut, &QShortcut::activated, this, &ToolBarMnemonic::activate);
    m_label->installEventFilter(this);
    m_buddy->installEventFilter(this);
    update();
}

void ToolBarMnemonic::update()
{
    m_shortcut->setKey(QKeySequence::mnemonic(m_label->text()));
    // One of the two at a time: two shortcuts of one key in a window are ambiguous and neither acts.
    // (A hidden label's shortcut does not act.)
    m_shortcut->setEnabled(!m_label->isVisible());
}

void ToolBarMnemonic::activate()
{
    if (!m_buddy->isVisible()) {
        // In the bar's extension: bring it out as a click on its » does, then focus the box when the
        // bar has laid it out (the main window may animate the bar's growth).
        auto *extension = m_bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"), Qt::FindDirectChildrenOnly);
        if (extension && extension->isVisible() && !extension->isChecked()) {
            m_focusWhenShown = true;
            extension->click();
        }
        if (!m_buddy->isVisible())
            return;
    }
    m_focusWhenShown = false;
    m_buddy->setFocus(Qt::ShortcutFocusReason);
}

bool ToolBarMnemonic::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_label) {
        switch (event->type()) {
        case QEvent::Shortcut:
            activate(); // (QLabel's own would focus a buddy left in the extension: nothing)
            return true;
        case QEvent::Show:
        case QEvent::Hide:
            update();
            break;
        default:
            break;
        }
    } else if (watched == m_buddy && event->type() == QEvent::Show && m_focusWhenShown) {
        m_focusWhenShown = false;
        m_buddy->setFocus(Qt::ShortcutFocusReason);
    }
    return QObject::eventFilter(watched, event);
}
