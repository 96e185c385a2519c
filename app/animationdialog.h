// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/animationexporter.h"

#include <QDialog>

#include <memory>

class QAction;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class Playhead;

/// File → Export Animation…: the settings (range, size, frame rate, zoom, format), then a file
/// name, then the export one frame per timer tick under a progress dialog with Cancel.
class AnimationDialog : public QDialog {
    Q_OBJECT

public:
    AnimationDialog(std::shared_ptr<const closelab::Trace> trace, qint64 playheadTime, QWidget *parent = nullptr);

    /// The settings as chosen (path empty: asked after OK).
    AnimationSettings settings() const;
    QLabel *summary() const { return m_summary; }

    /// Opens the dialog on `trace`, asks for a file and exports; the window's action calls it.
    static void exportFrom(QWidget *window, std::shared_ptr<const closelab::Trace> trace, qint64 playheadTime);
    /// Runs an export with a progress dialog (Cancel removes what was written); "" or the reason
    /// ("cancelled" when cancelled).
    static QString runWithProgress(QWidget *window, std::shared_ptr<const closelab::Trace> trace, const AnimationSettings &settings);

private:
    void updateSummary();

    std::shared_ptr<const closelab::Trace> m_trace;
    QDoubleSpinBox *m_from;
    QDoubleSpinBox *m_to;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QSpinBox *m_fps;
    QSpinBox *m_zoom;
    QComboBox *m_format;
    QLabel *m_summary;
    QPushButton *m_okButton = nullptr;
};
