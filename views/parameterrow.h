// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sysctltable.h"
#include "views/sliderscale.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QSlider;
class QStyle;
class QSpinBox;
class QToolButton;

namespace closelab {

/// One parameter of the sysctl table: title, key, slider and spin box with its unit, the default
/// marked, a reset button. Highlighted when the value differs from the Linux default. Emits the
/// user's intent only; setValue() from outside never emits.
class ParameterRow : public QWidget {
    Q_OBJECT

public:
    explicit ParameterRow(const SysctlInfo &info, QWidget *parent = nullptr);

    SysctlId id() const { return m_info.id; }
    const SysctlInfo &info() const { return m_info; }
    std::int64_t value() const { return m_value; }
    bool isChanged() const { return m_value != m_info.defaultValue; }
    /// Shows a value; `isExplicit`: the user chose it (a scenario's own default is shown in italics).
    void setValue(std::int64_t value, bool isExplicit);
    /// True when the search text matches the key, title or description (case-insensitive).
    bool matches(const QString &filter) const;

    QSlider *slider() const { return m_slider; }
    QSpinBox *spinBox() const { return m_spin; }
    /// "default 60 s", or for a mode "now: … · default 2 (…)".
    QLabel *defaultLabel() const { return m_default; }
    QToolButton *resetButton() const { return m_reset; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *keyLabel() const { return m_key; }

    /// View → Zoom (views/zoom.h): the row's text, spacing and controls at `factor`; `controls` is the
    /// style its slider is drawn with (a ZoomStyle at the factor; nullptr: the application's).
    void setZoom(double factor, QStyle *controls);
    double zoom() const { return m_zoom; }

signals:
    void valueEdited(closelab::SysctlId id, qint64 value);
    void resetRequested(closelab::SysctlId id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showInfo();
    void retranslateUi();
    void retranslateTexts();
    void updateLook();
    void updateDefaultText();
    void sliderMoved(int position);
    void spinChanged(int value);

    SysctlInfo m_info;
    SliderScale m_scale;
    std::int64_t m_value;
    bool m_explicit = false;
    bool m_updating = false;
    double m_zoom = 1.0;
    QLabel *m_title;
    QLabel *m_key;
    QSlider *m_slider;
    QSpinBox *m_spin;
    QLabel *m_default;
    QToolButton *m_reset;
    QGridLayout *m_grid;
};

} // namespace closelab
