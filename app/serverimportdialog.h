// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/server/diagnosis.h"

#include <QDialog>
#include <QStringList>

#include <string>
#include <utility>
#include <vector>

class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

/// File → Import Server Snapshot…: paste text (several outputs one after another are cut at their
/// shell prompts) and/or choose files; an optional middlebox idle timeout. "Diagnose" keeps the dialog
/// open with a message when nothing at all was understood, so nothing typed is lost.
class ServerImportDialog : public QDialog {
    Q_OBJECT

public:
    explicit ServerImportDialog(QWidget *parent = nullptr);

    /// The inputs gathered: (name, text) pairs, files first, then the pasted pieces.
    std::vector<std::pair<std::string, std::string>> inputs() const;
    closelab::server::DiagnosisOptions options() const;
    QPlainTextEdit *pasteBox() const { return m_paste; }
    /// Adds files as if chosen with "Add Files…"; returns the ones that could not be read, with why.
    QStringList addFiles(const QStringList &paths);
    QString message() const;

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void chooseFiles();
    void retranslateUi();

    QLabel *m_intro;
    QPlainTextEdit *m_paste;
    QPushButton *m_addFiles;
    QListWidget *m_files;
    QLabel *m_idleLabel;
    QDoubleSpinBox *m_idle;
    QLabel *m_message;
    QPushButton *m_diagnose;
    QPushButton *m_cancel;
    std::vector<std::pair<std::string, std::string>> m_fileInputs;
};
