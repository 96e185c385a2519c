// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/lessonpanel.h"

#include "app/experimentcontroller.h"
#include "app/experimentmenus.h"
#include "app/languageswitcher.h"
#include "app/playhead.h"
#include "views/latewidgets.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

LessonPanel::LessonPanel(ExperimentController *controller, Playhead *playhead, ExperimentMenus *experiments,
                         LanguageSwitcher *languages, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_playhead(playhead)
    , m_experiments(experiments)
    , m_languages(languages)
    , m_builtInMenu(new QMenu(this))
{
    setObjectName(QStringLiteral("lessonPanel"));
    m_builtInMenu->setObjectName(QStringLiteral("builtInLessonsMenu"));
    // The window must still fit 640x400 (CommandLine::minimumSize): the panel squeezes rather than
    // set the window's minimum, as the other docks do.
    setMinimumSize(120, 80);
    connect(m_languages, &LanguageSwitcher::languageChanged, this, [this] {
        fillSteps();
        showNotes();
    });
    // A population step's run finishes in the background: its start time applies then.
    connect(m_controller, &ExperimentController::populationFinished, this, [this](bool cancelled) {
        if (m_pendingStart && !cancelled)
            m_playhead->seek(*m_pendingStart);
        m_pendingStart.reset();
    });
    fillBuiltInMenu();
    m_builtInMenu->setTitle(tr("&Lessons"));
}

void LessonPanel::buildContent()
{
    if (m_steps)
        return;
    m_title = new QLabel(this);
    m_steps = new QListWidget(this);
    m_previous = new QPushButton(this);
    m_next = new QPushButton(this);
    m_notesLabel = new QLabel(this);
    m_notes = new QPlainTextEdit(this);
    m_quiz = new QCheckBox(this);
    m_add = new QPushButton(this);
    m_remove = new QPushButton(this);
    m_open = new QPushButton(this);
    m_save = new QPushButton(this);
    m_title->setObjectName(QStringLiteral("lessonTitle"));
    m_steps->setObjectName(QStringLiteral("lessonSteps"));
    m_notes->setObjectName(QStringLiteral("lessonNotes"));
    m_title->setWordWrap(true);
    setTitleFont();
    m_notes->setMinimumHeight(60);
    m_steps->setWordWrap(true);
    m_steps->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_steps, 1);
    auto *stepping = new QHBoxLayout;
    stepping->addWidget(m_previous);
    stepping->addWidget(m_next);
    layout->addLayout(stepping);
    layout->addWidget(m_notesLabel);
    layout->addWidget(m_notes, 3);
    layout->addWidget(m_quiz);
    auto *building = new QGridLayout;
    building->addWidget(m_add, 0, 0, 1, 2);
    building->addWidget(m_remove, 1, 0);
    building->addWidget(m_open, 1, 1);
    building->addWidget(m_save, 2, 0, 1, 2);
    layout->addLayout(building);

    connect(m_steps, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != m_current)
            showStep(row);
    });
    connect(m_previous, &QPushButton::clicked, this, &LessonPanel::previous);
    connect(m_next, &QPushButton::clicked, this, &LessonPanel::next);
    connect(m_add, &QPushButton::clicked, this, &LessonPanel::addCurrentExperiment);
    connect(m_remove, &QPushButton::clicked, this, &LessonPanel::removeCurrentStep);
    connect(m_open, &QPushButton::clicked, this, &LessonPanel::openWithDialog);
    connect(m_save, &QPushButton::clicked, this, &LessonPanel::saveWithDialog);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &LessonPanel::storeNotes);
    connect(m_quiz, &QCheckBox::toggled, this, [this](bool on) {
        if (m_current >= 0 && m_current < m_lesson.steps.size()) {
            m_lesson.steps[m_current].quiz = on;
            setModified(true);
        }
    });

    retranslateUi();
    if (m_notesShown)
        showNotes();
    updateButtons();
    closelab::adoptLateWidgets(this);
}

void LessonPanel::showEvent(QShowEvent *event)
{
    // Behind another dock's tab the panel is "shown" outside the window: nothing to build yet.
    if (!m_steps && !visibleRegion().isEmpty())
        buildContent();
    QWidget::showEvent(event);
}

QListWidget *LessonPanel::stepList() const
{
    return closelab::built(this)->m_steps;
}

QPlainTextEdit *LessonPanel::notesEdit() const
{
    return closelab::built(this)->m_notes;
}

QString LessonPanel::language() const
{
    return m_languages->language();
}

void LessonPanel::setLesson(const Lesson &lesson, const QString &path)
{
    m_lesson = lesson;
    m_file = path;
    m_current = -1;
    m_modified = false;
    fillSteps();
    emit lessonOpened();
    if (!m_lesson.steps.isEmpty())
        showStep(0);
    updateButtons();
}

QString LessonPanel::openFile(const QString &path, bool quiet)
{
    // Read and checked before anything is asked or replaced: a bad file changes nothing.
    Lesson lesson;
    QString error = LessonFile::load(path, lesson);
    // The lesson being replaced first, then the window's experiment: either may be the user's work.
    if (error.isEmpty() && (!maybeSave() || !m_experiments->maybeSave()))
        return tr("cancelled");
    if (!error.isEmpty()) {
        if (!quiet)
            warn(tr("Open Lesson"), tr("Cannot open %1: %2").arg(path, error));
        return error;
    }
    setLesson(lesson, path.startsWith(QLatin1Char(':')) ? QString() : path);
    return {};
}

QString LessonPanel::saveFile(const QString &path, bool quiet)
{
    const QString error = LessonFile::save(path, m_lesson);
    if (!error.isEmpty()) {
        if (!quiet)
            warn(tr("Save Lesson"), tr("Cannot write %1: %2").arg(path, error));
        return error;
    }
    m_file = path;
    setModified(false);
    return {};
}

void LessonPanel::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    fillSteps();
}

bool LessonPanel::maybeSave()
{
    // An unsaved lesson whose every step was removed holds nothing to lose.
    if (!m_modified || (m_lesson.steps.isEmpty() && m_file.isEmpty()))
        return true;
    const QString title = m_lesson.title(language());
    const QString name = !m_file.isEmpty() ? QFileInfo(m_file).fileName() : title.isEmpty() ? tr("Untitled lesson") : title;
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    if (m_askToSave) {
        answer = m_askToSave(name);
    } else {
        QMessageBox box(QMessageBox::Warning, tr("Unsaved Lesson"), tr("Save changes to the lesson %1?").arg(name),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, window());
        box.setInformativeText(tr("The lesson has steps, notes or quiz settings that are not saved. Without saving, they are lost."));
        box.setDefaultButton(QMessageBox::Save);
        box.setEscapeButton(QMessageBox::Cancel);
        answer = QMessageBox::StandardButton(box.exec());
    }
    if (answer == QMessageBox::Save)
        return m_file.isEmpty() ? saveWithDialog() : saveFile(m_file).isEmpty();
    return answer == QMessageBox::Discard;
}

void LessonPanel::showStep(int index)
{
    if (index < 0 || index >= m_lesson.steps.size())
        return;
    m_current = index;
    const LessonStep &step = m_lesson.steps.at(index);
    m_pendingStart.reset();
    if (const QString error = m_controller->load(step.experiment); error.isEmpty()) {
        if (m_controller->isRunning())
            m_pendingStart = step.start;
        else
            m_playhead->seek(step.start);
    }
    if (m_steps) {
        const QSignalBlocker block(m_steps);
        m_steps->setCurrentRow(index);
    }
    showNotes();
    updateButtons();
    emit stepShown(index, step.quiz);
}

void LessonPanel::next()
{
    showStep(m_current + 1);
}

void LessonPanel::previous()
{
    showStep(m_current - 1);
}

void LessonPanel::addCurrentExperiment()
{
    LessonStep step;
    step.experiment = m_controller->config();
    step.start = m_playhead->time();
    if (m_lesson.steps.size() >= LessonFile::maxSteps) {
        warn(tr("Add to Lesson"), tr("A lesson holds at most %1 steps.").arg(LessonFile::maxSteps));
        return;
    }
    const bool first = m_lesson.steps.isEmpty();
    const int at = m_current < 0 ? int(m_lesson.steps.size()) : m_current + 1;
    m_lesson.steps.insert(at, step);
    m_current = at;
    m_modified = true;
    fillSteps();
    if (first)
        emit lessonOpened();
    if (m_steps) {
        const QSignalBlocker block(m_steps);
        m_steps->setCurrentRow(at);
    }
    showNotes();
    updateButtons();
}

void LessonPanel::removeCurrentStep()
{
    if (m_current < 0 || m_current >= m_lesson.steps.size())
        return;
    m_lesson.steps.removeAt(m_current);
    m_current = std::min<int>(m_current, int(m_lesson.steps.size()) - 1);
    m_modified = true;
    fillSteps();
    if (m_steps) {
        const QSignalBlocker block(m_steps);
        m_steps->setCurrentRow(m_current);
    }
    showNotes();
    updateButtons();
}

void LessonPanel::fillSteps()
{
    if (!m_steps)
        return;
    const QSignalBlocker block(m_steps);
    m_steps->clear();
    const QString lang = language();
    for (qsizetype i = 0; i < m_lesson.steps.size(); ++i) {
        const LessonStep &step = m_lesson.steps.at(i);
        //: A step in the lesson panel's list: its number and title.
        auto *item = new QListWidgetItem(tr("%1. %2").arg(i + 1).arg(step.title(lang)), m_steps);
        item->setToolTip(QString::fromStdString(step.experiment.scenario));
    }
    m_steps->setCurrentRow(m_current);
    const QString title = m_lesson.title(lang);
    const QString shown = title.isEmpty() ? tr("Untitled lesson") : title;
    //: The lesson panel's title while the lesson has changes that are not saved.
    m_title->setText(m_lesson.steps.isEmpty() && !m_modified ? tr("No lesson open")
                     : m_modified                            ? tr("%1 (not saved)").arg(shown)
                                                             : shown);
}

void LessonPanel::showNotes()
{
    m_notesShown = true;
    if (!m_notes)
        return;
    // Filling the box is not an edit of the notes.
    m_showingNotes = true;
    const bool has = m_current >= 0 && m_current < m_lesson.steps.size();
    m_notes->setPlainText(has ? m_lesson.steps.at(m_current).notes(language()) : QString());
    m_notes->setEnabled(has);
    {
        const QSignalBlocker block(m_quiz);
        m_quiz->setChecked(has && m_lesson.steps.at(m_current).quiz);
    }
    m_quiz->setEnabled(has);
    m_showingNotes = false;
}

void LessonPanel::storeNotes()
{
    if (m_showingNotes || m_current < 0 || m_current >= m_lesson.steps.size())
        return;
    // The notes being edited are those of the interface language.
    LessonStep &step = m_lesson.steps[m_current];
    (language().startsWith(QLatin1String("zh")) ? step.notesZh : step.notesEn) = m_notes->toPlainText();
    setModified(true);
}

void LessonPanel::updateButtons()
{
    if (!m_previous)
        return;
    const bool has = !m_lesson.steps.isEmpty();
    m_previous->setEnabled(has && m_current > 0);
    m_next->setEnabled(has && m_current < m_lesson.steps.size() - 1);
    m_remove->setEnabled(has && m_current >= 0);
    m_save->setEnabled(has);
}

void LessonPanel::fillBuiltInMenu()
{
    // Rebuilt on every show: titles follow the language.
    connect(m_builtInMenu, &QMenu::aboutToShow, this, [this] {
        m_builtInMenu->clear();
        for (const QString &path : LessonFile::builtInLessons()) {
            Lesson lesson;
            if (!LessonFile::load(path, lesson).isEmpty())
                continue;
            QAction *action = m_builtInMenu->addAction(lesson.title(language()));
            action->setObjectName(QStringLiteral("lesson_") + QFileInfo(path).baseName());
            connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
        }
    });
}

void LessonPanel::openWithDialog()
{
    const QString path = chooseFile(false, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (!path.isEmpty())
        openFile(path);
}

bool LessonPanel::saveWithDialog()
{
    QString suggested = m_file;
    if (suggested.isEmpty())
        suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(QStringLiteral("lesson.closelab-lesson"));
    QString path = chooseFile(true, suggested);
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".closelab-lesson")))
        path += QLatin1String(".closelab-lesson");
    return saveFile(path).isEmpty();
}

QString LessonPanel::chooseFile(bool save, const QString &suggested)
{
    if (m_chooseFile)
        return m_chooseFile(save, suggested);
    const QString filter = tr("CloseLab lessons (*.closelab-lesson)");
    return save ? QFileDialog::getSaveFileName(window(), tr("Save Lesson"), suggested, filter)
                : QFileDialog::getOpenFileName(window(), tr("Open Lesson"), suggested, filter);
}

void LessonPanel::warn(const QString &title, const QString &text)
{
    QMessageBox::warning(window(), title, text);
}

void LessonPanel::retranslateUi()
{
    m_builtInMenu->setTitle(tr("&Lessons"));
    if (!m_previous)
        return;
    m_previous->setText(tr("◀ Previous"));
    m_previous->setToolTip(tr("The previous step of the lesson"));
    m_next->setText(tr("Next ▶"));
    m_next->setToolTip(tr("The next step of the lesson"));
    m_notesLabel->setText(tr("Notes for this step:"));
    m_notes->setPlaceholderText(tr("Notes for the class (saved with the lesson, one text per language)"));
    m_quiz->setText(tr("Quiz: the class predicts before each step"));
    m_add->setText(tr("Add This Experiment to the Lesson"));
    m_add->setToolTip(tr("Adds the scenario, parameters, network and options shown now, starting at the playhead's time"));
    m_remove->setText(tr("Remove Step"));
    m_open->setText(tr("Open Lesson…"));
    m_save->setText(tr("Save Lesson As…"));
    fillSteps();
}

void LessonPanel::setTitleFont()
{
    // 1.2 x the panel's font (its dock's: the zoomed font once the docks zoom), bold.
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
}

void LessonPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::FontChange && m_title)
        setTitleFont(); // the dock's font followed the zoom
    QWidget::changeEvent(event);
}
