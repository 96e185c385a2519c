// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPushButton>

namespace closelab {

/// A push button whose label is shortened with "…" to the button's width instead of being cut at its
/// edge (the scenarios' "Try this" suggestions in a narrow dock or at a large zoom); the whole label
/// stays in fullText() and is for the tooltip. Its least width is a few characters, so a long label
/// does not widen its dock.
class ElidingButton : public QPushButton {
    Q_OBJECT

public:
    explicit ElidingButton(const QString &text, QWidget *parent = nullptr);
    QString fullText() const { return m_full; }
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void elide();

    QString m_full;
};

} // namespace closelab
