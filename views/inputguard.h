// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWidget;

namespace closelab {

/// Keeps a value widget (slider, spin box, combo box) from changing an experiment by accident:
/// the mouse wheel over it changes it only when it has the keyboard focus (otherwise the wheel
/// scrolls the panel it sits in), a wheel never gives it the focus (Qt::StrongFocus), and once it
/// has the focus it takes the arrow, Home/End and Page keys before the main window's playback
/// shortcuts (←/→ step the playhead only when no value widget has the focus).
class InputGuard : public QObject {
    Q_OBJECT

public:
    /// Guards widget (the guard is its child).
    static void install(QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit InputGuard(QWidget *widget);
};

} // namespace closelab
