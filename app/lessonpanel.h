// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/lessonfile.h"

#include <QMessageBox>
#include <QWidget>

#include <functional>
#include <optional>

class ExperimentController;
class ExperimentMenus;
class LanguageSwitcher;
class Playhead;
class QCheckBox;
class QLabel;
class QListWidget;
class QMenu;
class QPlainTextEdit;
class QPushButton;

/// The Lesson panel (a dock of the main window): the lesson's steps in order, Previous/Next, the
/// current step's notes in the interface language, its quiz flag, and the buttons that build a
/// lesson ("Add This Experiment") and open or save one. Showing a step makes its experiment the
/// window's experiment (ExperimentController::load) and puts the playhead at the step's start.
///
/// Its widgets are made when first needed: the panel is shown where it can be seen,
/// buildContent() is called (the main window does so when its dock comes to the front), or an
/// accessor below needs them. A panel behind another dock's tab costs nothing at start-up.
class LessonPanel : public QWidget {
    Q_OBJECT

public:
    LessonPanel(ExperimentController *controller, Playhead *playhead, ExperimentMenus *experiments,
                LanguageSwitcher *languages, QWidget *parent = nullptr);

    const Lesson &lesson() const { return m_lesson; }
    QString currentFile() const { return m_file; }
    /// The step shown, or -1 (no lesson or none shown yet).
    int currentStep() const { return m_current; }
    /// Makes the panel's widgets now (once), showing the lesson and step so far.
    void buildContent();
    bool hasContent() const { return m_steps != nullptr; }
    QListWidget *stepList() const;
    QPlainTextEdit *notesEdit() const;
    /// Help → Lessons: the built-in lessons.
    QMenu *builtInMenu() const { return m_builtInMenu; }

    /// Replaces the lesson and shows its first step (after ExperimentMenus::maybeSave()).
    void setLesson(const Lesson &lesson, const QString &path = QString());
    /// Opens a .closelab-lesson file (or a built-in ":/lessons/…"); "" or the reason, also shown
    /// to the user unless `quiet`. A file that cannot be read leaves the current lesson untouched.
    QString openFile(const QString &path, bool quiet = false);
    QString saveFile(const QString &path, bool quiet = false);
    /// Makes step `index` (0-based) the window's experiment at its start time.
    void showStep(int index);
    void next();
    void previous();
    /// Appends the window's experiment at the playhead's time as a new step and shows it.
    void addCurrentExperiment();
    void removeCurrentStep();
    /// The lesson has changes since it was opened or last saved: steps added or removed, notes or
    /// a quiz flag edited.
    bool isModified() const { return m_modified; }
    /// Before the lesson is replaced or the window closes: "Save changes to the lesson?" with Save,
    /// Discard and Cancel when it has changes. True when the caller may go on (nothing to save,
    /// saved, or Discard); false on Cancel or when saving failed or its file dialog was cancelled.
    bool maybeSave();
    /// The Save/Discard/Cancel question used by maybeSave(); tests answer it. (lesson name) -> button.
    void setSaveQuestion(std::function<QMessageBox::StandardButton(const QString &name)> ask) { m_askToSave = std::move(ask); }
    /// The file dialog used by Open and Save As; tests answer it. (save, suggested) -> path or "".
    void setFileChooser(std::function<QString(bool save, const QString &suggested)> chooser) { m_chooseFile = std::move(chooser); }

signals:
    /// A lesson was opened or built: the window shows the panel.
    void lessonOpened();
    /// A step is shown; `quiz` is its quiz flag. The predict-then-reveal quiz (issue 13, part 1)
    /// connects here to switch itself on or off for the step.
    void stepShown(int index, bool quiz);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    /// The title's font: 1.2 x the panel's, bold (set again when the panel's font changes).
    void setTitleFont();
    void fillSteps();
    void fillBuiltInMenu();
    void updateButtons();
    void showNotes();
    void storeNotes();
    void openWithDialog();
    /// Save As with the file dialog: true when the lesson was written.
    bool saveWithDialog();
    void setModified(bool modified);
    void warn(const QString &title, const QString &text);
    QString chooseFile(bool save, const QString &suggested);
    QString language() const;

    ExperimentController *m_controller;
    Playhead *m_playhead;
    ExperimentMenus *m_experiments;
    LanguageSwitcher *m_languages;
    Lesson m_lesson;
    QString m_file;
    int m_current = -1;
    std::optional<qint64> m_pendingStart; // a population step's start, applied when its run finishes
    bool m_showingNotes = false;
    bool m_notesShown = false; // showNotes() ran: the notes and quiz box follow the step (until then both enabled)
    bool m_modified = false;
    std::function<QMessageBox::StandardButton(const QString &)> m_askToSave;
    std::function<QString(bool, const QString &)> m_chooseFile;

    // Made by buildContent(), all together.
    QLabel *m_title = nullptr;
    QListWidget *m_steps = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QLabel *m_notesLabel = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QCheckBox *m_quiz = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_save = nullptr;
    QMenu *m_builtInMenu;
};
