// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/experimentmenus.h"

#include "app/experimentcontroller.h"
#include "app/experimentfile.h"
#include "app/diagramexport.h"
#include "app/exporter.h"
#include "app/panelexport.h"
#include "app/timerangedialog.h"
#include "app/presets.h"
#include "core/populationjson.h"
#include "core/tracejson.h"
#include "views/sequencediagramview.h"
#include "views/stategraphview.h"
#include "views/timelinechartspanel.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetrics>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QUndoStack>

namespace {
const QString recentFilesKey = QStringLiteral("recentFiles");

QByteArray bytesOf(const std::string &text)
{
    return QByteArray(text.data(), qsizetype(text.size()));
}
} // namespace

ExperimentMenus::ExperimentMenus(ExperimentController *controller, QWidget *window, closelab::SequenceDiagramView *sequence,
                                 closelab::TimelineChartsPanel *charts)
    : QObject(window)
    , m_controller(controller)
    , m_window(window)
    , m_sequence(sequence)
    , m_charts(charts)
    , m_new(new QAction(this))
    , m_open(new QAction(this))
    , m_save(new QAction(this))
    , m_saveAs(new QAction(this))
    , m_recentMenu(new QMenu(window))
    , m_exportMenu(new QMenu(window))
    , m_exportDiagram(new QAction(this))
    , m_exportDiagramRange(new QAction(this))
    , m_exportStateGraph(new QAction(this))
    , m_exportCharts(new QAction(this))
    , m_exportTraceCsv(new QAction(this))
    , m_exportTraceJson(new QAction(this))
    , m_exportSeriesCsv(new QAction(this))
    , m_exportSeriesJson(new QAction(this))
    , m_exportSysctl(new QAction(this))
    , m_undo(new QAction(this))
    , m_redo(new QAction(this))
    , m_presetsMenu(new QMenu(window))
{
    m_new->setObjectName(QStringLiteral("newAction"));
    m_new->setShortcut(QKeySequence::New);
    m_open->setObjectName(QStringLiteral("openAction"));
    m_open->setShortcut(QKeySequence::Open);
    m_save->setObjectName(QStringLiteral("saveAction"));
    m_save->setShortcut(QKeySequence::Save);
    m_saveAs->setObjectName(QStringLiteral("saveAsAction"));
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_exportMenu->setObjectName(QStringLiteral("exportMenu"));
    m_presetsMenu->setObjectName(QStringLiteral("presetsMenu"));
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_redo->setShortcut(QKeySequence::Redo);
    m_exportDiagram->setObjectName(QStringLiteral("exportDiagramAction"));
    m_exportDiagramRange->setObjectName(QStringLiteral("exportDiagramRangeAction"));
    m_exportStateGraph->setObjectName(QStringLiteral("exportStateGraphAction"));
    m_exportCharts->setObjectName(QStringLiteral("exportChartsAction"));
    m_exportTraceCsv->setObjectName(QStringLiteral("exportTraceCsvAction"));
    m_exportTraceJson->setObjectName(QStringLiteral("exportTraceJsonAction"));
    m_exportSeriesCsv->setObjectName(QStringLiteral("exportSeriesCsvAction"));
    m_exportSeriesJson->setObjectName(QStringLiteral("exportSeriesJsonAction"));
    m_exportSysctl->setObjectName(QStringLiteral("exportSysctlAction"));

    connect(m_new, &QAction::triggered, this, &ExperimentMenus::newExperiment);
    connect(m_open, &QAction::triggered, this, &ExperimentMenus::open);
    connect(m_save, &QAction::triggered, this, &ExperimentMenus::save);
    connect(m_saveAs, &QAction::triggered, this, &ExperimentMenus::saveAs);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &ExperimentMenus::fillRecentMenu);
    connect(m_presetsMenu, &QMenu::aboutToShow, this, &ExperimentMenus::fillPresetsMenu);
    connect(m_exportMenu, &QMenu::aboutToShow, this, &ExperimentMenus::updateExportActions);
    connect(m_exportDiagram, &QAction::triggered, this, [this] { exportDiagram(false); });
    connect(m_exportDiagramRange, &QAction::triggered, this, [this] { exportDiagram(true); });
    connect(m_exportStateGraph, &QAction::triggered, this, [this] { exportPanel(true); });
    connect(m_exportCharts, &QAction::triggered, this, [this] { exportPanel(false); });
    connect(m_exportTraceCsv, &QAction::triggered, this, [this] { exportTrace(false); });
    connect(m_exportTraceJson, &QAction::triggered, this, [this] { exportTrace(true); });
    connect(m_exportSeriesCsv, &QAction::triggered, this, [this] { exportSeries(false); });
    connect(m_exportSeriesJson, &QAction::triggered, this, [this] { exportSeries(true); });
    connect(m_exportSysctl, &QAction::triggered, this, &ExperimentMenus::exportSysctlConf);

    QUndoStack *stack = controller->undoStack();
    m_undo->setEnabled(stack->canUndo());
    m_redo->setEnabled(stack->canRedo());
    connect(m_undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(m_redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, &ExperimentMenus::retranslateUi);
    connect(stack, &QUndoStack::redoTextChanged, this, &ExperimentMenus::retranslateUi);
    // The window's title carries [*]: it shows an asterisk while the experiment is modified.
    connect(stack, &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (m_controller)
            m_window->setWindowModified(!clean);
    });
}

void ExperimentMenus::fillFileMenu(QMenu *file)
{
    file->addAction(m_new);
    file->addAction(m_open);
    file->addMenu(m_recentMenu);
    file->addSeparator();
    file->addAction(m_save);
    file->addAction(m_saveAs);
    file->addSeparator();
    m_exportMenu->addAction(m_exportDiagram);
    m_exportMenu->addAction(m_exportDiagramRange);
    m_exportMenu->addAction(m_exportStateGraph);
    m_exportMenu->addAction(m_exportCharts);
    m_exportMenu->addSeparator();
    m_exportMenu->addAction(m_exportTraceCsv);
    m_exportMenu->addAction(m_exportTraceJson);
    m_exportMenu->addAction(m_exportSeriesCsv);
    m_exportMenu->addAction(m_exportSeriesJson);
    m_exportMenu->addSeparator();
    m_exportMenu->addAction(m_exportSysctl);
    file->addMenu(m_exportMenu);
}

void ExperimentMenus::fillEditMenu(QMenu *edit)
{
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addMenu(m_presetsMenu);
}

void ExperimentMenus::retranslateUi()
{
    m_new->setText(tr("&New Experiment"));
    m_open->setText(tr("&Open…"));
    m_save->setText(tr("&Save"));
    m_saveAs->setText(tr("Save &As…"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_exportMenu->setTitle(tr("E&xport"));
    m_exportDiagram->setText(tr("Sequence Diagram as Image…"));
    m_exportDiagramRange->setText(tr("Sequence Diagram, a Time Range…"));
    m_exportStateGraph->setText(tr("State Graph as Image…"));
    m_exportCharts->setText(tr("Timeline Charts as Image…"));
    m_exportTraceCsv->setText(tr("Trace as CSV…"));
    m_exportTraceJson->setText(tr("Trace as JSON…"));
    m_exportSeriesCsv->setText(tr("Population Series as CSV…"));
    m_exportSeriesJson->setText(tr("Population Run as JSON…"));
    m_exportSysctl->setText(tr("Changed Parameters as sysctl.conf…"));
    m_presetsMenu->setTitle(tr("&Presets"));
    if (!m_controller) return;
    const QUndoStack *stack = m_controller->undoStack();
    m_undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    m_redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
}

QStringList ExperimentMenus::recentFiles()
{
    return QSettings().value(recentFilesKey).toStringList();
}

void ExperimentMenus::rememberFile(const QString &path)
{
    QStringList files = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    QSettings().setValue(recentFilesKey, files);
}

void ExperimentMenus::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (const QString &path : files) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    connect(m_recentMenu->addAction(tr("Clear List")), &QAction::triggered, this,
            [] { QSettings().remove(recentFilesKey); });
}

void ExperimentMenus::fillPresetsMenu()
{
    // Rebuilt on every show: titles follow the language, "this machine" reads /proc/sys now.
    m_presetsMenu->clear();
    // In the menu's font now (app/menubarzoom.h sets it at the zoom before the menu opens).
    const QFontMetrics metrics(m_presetsMenu->font());
    for (const ParameterPreset &preset : allPresets()) {
        QAction *action = m_presetsMenu->addAction(presetMenuText(preset, metrics, presetMenuWidth(metrics)));
        action->setObjectName(QStringLiteral("preset_") + preset.id);
        action->setStatusTip(presetText(preset));
        action->setToolTip((QStringList{presetText(preset)} + preset.problems).join(QLatin1Char('\n')));
        connect(action, &QAction::triggered, this, [this, preset] { m_controller->applyPreset(preset); });
    }
    m_presetsMenu->setToolTipsVisible(true);
}

void ExperimentMenus::setCurrentFile(const QString &path)
{
    m_currentFile = path;
    emit currentFileChanged(path);
}

QString ExperimentMenus::displayName() const
{
    //: The name of an experiment never saved to a file (window title, "Save changes to …?").
    return m_currentFile.isEmpty() ? tr("Untitled") : QFileInfo(m_currentFile).fileName();
}

bool ExperimentMenus::isModified() const
{
    return m_controller && !m_controller->undoStack()->isClean();
}

QString ExperimentMenus::chooseFile(FileMode mode, const QString &title, const QString &suggested, const QString &filter)
{
    if (m_dialogs.chooseFile)
        return m_dialogs.chooseFile(FileRequest{mode, title, suggested, filter});
    return mode == FileMode::Open ? QFileDialog::getOpenFileName(m_window, title, suggested, filter)
                                  : QFileDialog::getSaveFileName(m_window, title, suggested, filter);
}

void ExperimentMenus::warn(const QString &title, const QString &text)
{
    if (m_dialogs.warn)
        m_dialogs.warn(title, text);
    else
        QMessageBox::warning(m_window, title, text);
}

bool ExperimentMenus::maybeSave()
{
    if (!isModified())
        return true;
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    if (m_dialogs.askToSave) {
        answer = m_dialogs.askToSave(displayName());
    } else {
        QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"), tr("Save changes to %1?").arg(displayName()),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
        box.setInformativeText(tr("The experiment has changes that are not saved. Without saving, they are lost."));
        box.setDefaultButton(QMessageBox::Save);
        box.setEscapeButton(QMessageBox::Cancel);
        answer = QMessageBox::StandardButton(box.exec());
    }
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void ExperimentMenus::newExperiment()
{
    if (!maybeSave())
        return;
    discardExperiment();
}

void ExperimentMenus::discardExperiment()
{
    m_controller->load(closelab::RunConfig{});
    setCurrentFile(QString());
}

QString ExperimentMenus::restoreExperiment(const closelab::RunConfig &config, const QString &file, bool modified)
{
    const QString error = modified ? m_controller->editWithText(config, tr("Restore Unsaved Experiment"))
                                   : m_controller->load(config);
    if (error.isEmpty())
        setCurrentFile(file);
    return error;
}

QString ExperimentMenus::openFile(const QString &path, bool quiet)
{
    // The file is read and checked before anything is asked or replaced: a bad file changes nothing.
    closelab::RunConfig config;
    QString error = ExperimentFile::load(path, config);
    if (error.isEmpty() && !maybeSave())
        return tr("cancelled");
    if (error.isEmpty())
        error = m_controller->load(config);
    if (!error.isEmpty()) {
        if (!quiet)
            warn(tr("Open Experiment"), tr("Cannot open %1: %2").arg(path, error));
        return error;
    }
    rememberFile(path);
    setCurrentFile(path);
    return {};
}

QString ExperimentMenus::saveFile(const QString &path, bool quiet)
{
    const QString error = ExperimentFile::save(path, m_controller->config());
    if (!error.isEmpty()) {
        if (!quiet)
            warn(tr("Save Experiment"), tr("Cannot write %1: %2").arg(path, error));
        return error;
    }
    m_controller->undoStack()->setClean();
    rememberFile(path);
    setCurrentFile(path);
    return {};
}

void ExperimentMenus::open()
{
    const QString directory = m_currentFile.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : QFileInfo(m_currentFile).path();
    const QString path = chooseFile(FileMode::Open, tr("Open Experiment"), directory, tr("CloseLab experiments (*.closelab)"));
    if (!path.isEmpty())
        openFile(path);
}

bool ExperimentMenus::save()
{
    if (m_currentFile.isEmpty())
        return saveAs();
    return saveFile(m_currentFile).isEmpty();
}

bool ExperimentMenus::saveAs()
{
    const QString suggested = m_currentFile.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/')
            + QString::fromStdString(m_controller->config().scenario) + QStringLiteral(".closelab")
        : m_currentFile;
    QString path = chooseFile(FileMode::Save, tr("Save Experiment"), suggested, tr("CloseLab experiments (*.closelab)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".closelab");
    return saveFile(path).isEmpty();
}

QString ExperimentMenus::imageFilters() const
{
    QStringList filters{tr("PNG images (*.png)")};
#ifdef CLOSELAB_HAVE_SVG
    filters << tr("SVG images (*.svg)");
#endif
    filters << tr("PDF documents (*.pdf)");
    return filters.join(QStringLiteral(";;"));
}

void ExperimentMenus::exportPanel(bool stateGraph)
{
    if (stateGraph && !m_stateGraph)
        return;
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString base = QString::fromStdString(m_controller->config().scenario) + (stateGraph ? QStringLiteral("-states") : QStringLiteral("-charts"));
    const QString path = chooseFile(FileMode::Save, tr("Export Image"), directory + QLatin1Char('/') + base + QStringLiteral(".png"),
                                    imageFilters());
    if (path.isEmpty())
        return;
    const QString error = stateGraph ? PanelExport::saveStateGraph(*m_stateGraph, path) : PanelExport::saveCharts(*m_charts, path);
    if (!error.isEmpty())
        warn(tr("Export Image"), tr("Cannot write %1: %2").arg(path, error));
}

void ExperimentMenus::exportDiagram(bool range)
{
    const closelab::Trace *trace = m_sequence->trace();
    if (!trace)
        return;
    DiagramExport::Options options;
    options.zoom = m_sequence->zoom();
    options.mode = m_sequence->timeMode();
    if (range) {
        const auto chosen = m_dialogs.chooseRange ? m_dialogs.chooseRange(trace->start, trace->end)
                                                  : TimeRangeDialog::ask(m_window, trace->start, trace->end);
        if (!chosen)
            return;
        options.from = chosen->first;
        options.to = chosen->second;
    }
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString base = QString::fromStdString(m_controller->config().scenario) + QStringLiteral("-sequence");
    const QString path = chooseFile(FileMode::Save, tr("Export Image"), directory + QLatin1Char('/') + base + QStringLiteral(".png"),
                                    imageFilters());
    if (path.isEmpty())
        return;
    if (const QString error = DiagramExport::save(*trace, path, options); !error.isEmpty())
        warn(tr("Export Image"), tr("Cannot write %1: %2").arg(path, error));
}

void ExperimentMenus::exportBytes(const QString &title, const QString &name, const QString &filter, const QByteArray &bytes)
{
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = chooseFile(FileMode::Save, title, directory + QLatin1Char('/') + name, filter);
    if (path.isEmpty())
        return;
    if (const QString error = Exporter::saveBytes(path, bytes); !error.isEmpty())
        warn(title, tr("Cannot write %1: %2").arg(path, error));
}

void ExperimentMenus::exportTrace(bool json)
{
    const auto trace = m_controller->trace();
    if (!trace)
        return;
    const QString scenario = QString::fromStdString(m_controller->config().scenario);
    if (json) {
        exportBytes(tr("Export Trace"), scenario + QStringLiteral("-trace.json"), tr("JSON files (*.json)"),
                    bytesOf(closelab::traceToJson(m_controller->effectiveConfig(), *trace)));
    } else {
        exportBytes(tr("Export Trace"), scenario + QStringLiteral("-trace.csv"), tr("CSV files (*.csv)"),
                    Exporter::traceCsv(*trace));
    }
}

void ExperimentMenus::exportSeries(bool json)
{
    const auto result = m_controller->populationResult();
    if (!result)
        return;
    const QString scenario = QString::fromStdString(m_controller->config().scenario);
    if (json) {
        exportBytes(tr("Export Population Run"), scenario + QStringLiteral("-population.json"), tr("JSON files (*.json)"),
                    bytesOf(closelab::populationToJson(m_controller->effectiveConfig(), m_controller->workload(), *result)));
    } else {
        exportBytes(tr("Export Population Series"), scenario + QStringLiteral("-series.csv"), tr("CSV files (*.csv)"),
                    bytesOf(closelab::seriesToCsv(result->series)));
    }
}

void ExperimentMenus::exportSysctlConf()
{
    exportBytes(tr("Export Changed Parameters"), QStringLiteral("99-closelab.conf"), tr("sysctl.conf files (*.conf)"),
                Exporter::sysctlConf(m_controller->config()));
}

void ExperimentMenus::updateExportActions()
{
    if (!m_controller) return;
    const bool population = m_controller->populationResult() != nullptr;
    m_exportSeriesCsv->setEnabled(population);
    m_exportSeriesJson->setEnabled(population);
    m_exportTraceCsv->setEnabled(m_controller->trace() != nullptr);
    m_exportTraceJson->setEnabled(m_controller->trace() != nullptr);
    m_exportStateGraph->setEnabled(m_stateGraph && m_stateGraph->trace());
}
