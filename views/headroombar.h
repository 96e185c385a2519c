// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace closelab {

/// A value against its limit: a bar filled value/limit, green below half, amber past it, red past 90 %,
/// with the figures written inside ("27,990 / 28,232 · 99 %"). Without a limit (limit <= 0) the bar is
/// drawn against `scale` in a neutral colour. Sizes follow the widget's font (zoom).
class HeadroomBar : public QWidget {
    Q_OBJECT

public:
    explicit HeadroomBar(QWidget *parent = nullptr);
    void setValue(double value, double limit, const QString &text = QString(), double scale = 0);
    double fraction() const;
    QString text() const { return m_text; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    double m_value = 0;
    double m_limit = 0;
    double m_scale = 0;
    QString m_text;
};

} // namespace closelab
