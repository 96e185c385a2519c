// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>
#include <QWidget>

/// Shows another widget enlarged by a zoom factor: the widget is laid out at this one's size
/// divided by the factor, off screen, and painted here through a scaled painter (text and
/// strokes stay vector-sharp). Presentation mode uses it for views that have no zoom of their
/// own yet; a view with setZoom() can be shown at factor 1 instead.
class Magnifier : public QWidget
{
    Q_OBJECT

public:
    /// Takes ownership of `content`.
    explicit Magnifier(QWidget *content, QWidget *parent = nullptr);
    ~Magnifier() override;

    QWidget *content() const { return m_content; }
    /// The zoom asked for, and the one used: never so large that the content gets less room than
    /// its minimum logical size (a graph of eleven states needs ~440 px), never below 1.
    double factor() const { return m_factor; }
    double effectiveFactor() const { return fitFactor(m_factor); }
    /// The factor that would be used for `wanted` at the current size.
    double fitFactor(double wanted) const;
    void setFactor(double factor);
    void setMinimumLogicalSize(QSize size);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void layoutContent();

    QWidget *m_content;
    double m_factor = 1.0;
    QSize m_minimumLogical{1, 1};
    // The content animates on its own (a token gliding along an edge): repaint while shown.
    QTimer m_frames;
};
