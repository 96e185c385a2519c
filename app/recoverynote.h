// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/autosave.h"

#include <QPointer>
#include <QWidget>

class ExperimentController;
class ExperimentMenus;
class QLabel;
class QPushButton;

/// The status bar's note after an experiment was recovered from a session that did not end
/// normally: what came back, Discard (a new experiment instead) and Keep. It stays until the user
/// answers, edits, undoes the restore, saves or opens another experiment.
class RecoveryNote : public QWidget {
    Q_OBJECT

public:
    RecoveryNote(ExperimentMenus *menus, ExperimentController *controller, QWidget *parent = nullptr);

    /// Makes the snapshot the experiment (ExperimentMenus::restoreExperiment()) and shows the note;
    /// "" or the reason it could not be restored.
    QString restore(const Autosave::Snapshot &snapshot);
    QString text() const;
    QPushButton *discardButton() const { return m_discard; }
    QPushButton *keepButton() const { return m_keep; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void dismiss();

    QPointer<ExperimentMenus> m_menus;
    QPointer<ExperimentController> m_controller;
    QLabel *m_label;
    QPushButton *m_discard;
    QPushButton *m_keep;
    QString m_file;
    bool m_modified = false;
    int m_restoredIndex = -1;
};
