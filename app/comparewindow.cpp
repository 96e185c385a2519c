// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/comparewindow.h"

#include "app/experimentcontroller.h"
#include "app/playbacktoolbar.h"
#include "app/playhead.h"
#include "app/replaytexts.h"
#include "app/screenfit.h"
#include "core/population.h"
#include "core/runoptions.h"
#include "views/compareview.h"
#include "views/parameterpanel.h"
#include "views/timemap.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

CompareWindow::CompareWindow(QWidget *parent)
    : QMainWindow(parent),
      m_playhead(new Playhead(this)),
      m_toolBar(new PlaybackToolBar(m_playhead, this)),
      m_view(new closelab::CompareView(this)),
      m_panelB(new closelab::ParameterPanel(this)),
      m_panelTitle(new QLabel(this)),
      m_message(new QLabel(this)),
      m_copyAgain(new QPushButton(this))
{
    setUpUi();
}

CompareWindow::CompareWindow(ExperimentController *controllerA, QWidget *parent)
    : CompareWindow(parent)
{
    m_controller = controllerA;
    if (m_controller) {
        connect(m_controller, &ExperimentController::traceChanged, this, [this] { followA(); });
        connect(m_controller, &ExperimentController::configChanged, this, [this] {
            // A population run finishes later; say at once that it is not compared.
            if (m_controller && m_controller->isPopulation())
                followA();
        });
        m_configB = m_controller->effectiveConfig();
    }
    retranslateUi();
    followA();
    if (!m_population)
        runB();
    fitToScreen(this, QSize(1600, 1000));
}

CompareWindow::CompareWindow(std::shared_ptr<const closelab::Trace> capture, const closelab::capture::ReplayPlan &plan, QWidget *parent)
    : CompareWindow(parent)
{
    m_plan = std::make_unique<closelab::capture::ReplayPlan>(plan);
    m_configA = m_configB = plan.config;
    m_traceA = std::move(capture);
    ++m_runsA;
    m_view->setRunA(m_traceA, m_configA);
    retranslateUi();
    runB();
    m_playhead->seek(m_traceA->end); // the whole story, as the main window shows a capture
    fitToScreen(this, QSize(1600, 1000));
}

void CompareWindow::setUpUi()
{
    setObjectName(QStringLiteral("compareWindow"));
    setWindowFlag(Qt::Window);
    m_panelB->setObjectName(QStringLiteral("compareParametersB"));
    m_copyAgain->setObjectName(QStringLiteral("compareCopyAgain"));
    m_message->setObjectName(QStringLiteral("compareMessage"));

    addToolBar(Qt::TopToolBarArea, m_toolBar);
    addActions(m_toolBar->playbackActions());

    QFont bold = m_panelTitle->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_panelTitle->setFont(bold);
    m_panelTitle->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_message->hide();

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 0);
    leftLayout->addWidget(m_panelTitle);
    leftLayout->addWidget(m_copyAgain, 0, Qt::AlignLeft);
    leftLayout->addWidget(m_message);
    leftLayout->addWidget(m_panelB, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_view);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({340, 1200});
    split->setChildrenCollapsible(false);
    setCentralWidget(split);

    connect(m_playhead, &Playhead::timeChanged, m_view, &closelab::CompareView::setTime);
    connect(m_view, &closelab::CompareView::seekRequested, m_playhead, &Playhead::seek);
    connect(m_panelB, &closelab::ParameterPanel::configEdited, this, [this](const closelab::RunConfig &config) {
        if (const QString error = setConfigB(config); !error.isEmpty()) {
            m_message->setText(error);
            m_message->show();
            m_panelB->setConfig(m_configB); // the panel shows what B really runs
        }
    });
    connect(m_copyAgain, &QPushButton::clicked, this, &CompareWindow::copyA);
}

void CompareWindow::followA()
{
    if (!m_controller)
        return;
    m_population = m_controller->isPopulation();
    m_configA = m_controller->effectiveConfig();
    retranslateUi();
    m_panelB->setEnabled(!m_population);
    m_copyAgain->setEnabled(!m_population);
    if (m_population) {
        m_traceA.reset();
        m_view->setUnavailable(
            tr("A/B comparison covers single-connection scenarios. %1 is a population run (many connections, "
               "summarised as series): compare it by changing a parameter in the main window and watching the "
               "plateau, or choose a single-connection scenario there.")
                .arg(QString::fromStdString(m_configA.scenario)));
        return;
    }
    m_traceA = m_controller->trace();
    if (!m_traceA)
        return;
    const bool copyAgain = m_configB.scenario != m_configA.scenario || closelab::isPopulationScenario(m_configB.scenario);
    ++m_runsA;
    m_view->setRunA(m_traceA, m_configA);
    emit runAChanged();
    if (copyAgain) {
        // Another scenario in the main window: B starts over as its copy.
        m_configB = m_configA;
        runB();
    }
    updateRange();
}

QString CompareWindow::setConfigB(const closelab::RunConfig &config)
{
    if (m_plan) {
        // The replay is no library scenario: check its parameters and network as any scenario's.
        closelab::RunConfig probe = config;
        probe.scenario = "normal_close";
        probe.options.clear();
        if (const QString error = ExperimentController::check(probe); !error.isEmpty())
            return error;
        m_configB = config;
        m_configB.scenario = m_plan->config.scenario;
        runB();
        return {};
    }
    if (m_population)
        return tr("B is not run: A is a population scenario.");
    if (config.scenario != m_configA.scenario)
        return tr("B keeps A's scenario (%1); choose another scenario in the main window.").arg(QString::fromStdString(m_configA.scenario));
    if (const QString error = ExperimentController::check(config); !error.isEmpty())
        return error;
    if (config == m_configB && m_traceB)
        return {};
    m_configB = config;
    runB();
    return {};
}

QString CompareWindow::applyRunOptionB(const QString &name, const QString &value)
{
    closelab::RunConfig config = m_configB;
    if (const auto error = closelab::applyRunOption(config, name.toStdString(), value.toStdString()))
        return QString::fromStdString(*error);
    return setConfigB(config);
}

void CompareWindow::copyA()
{
    if (m_population)
        return;
    m_configB = m_plan ? m_plan->config : m_configA;
    runB();
}

void CompareWindow::runB()
{
    m_message->hide();
    m_traceB = std::make_shared<const closelab::Trace>(m_plan ? closelab::capture::runReplay(*m_plan, m_configB)
                                                             : closelab::simulate(m_configB));
    ++m_runsB;
    m_panelB->setConfig(m_configB);
    m_view->setRunB(m_traceB, m_configB);
    if (m_plan) {
        m_replayDiffs = closelab::capture::compareReplay(*m_traceA, *m_traceB);
        showReplayWords();
    }
    emit runBChanged();
    updateRange();
}

void CompareWindow::updateRange()
{
    if (!m_traceA || !m_traceB)
        return;
    std::vector<closelab::SimTime> knots = closelab::TimeMap::knotsOf(*m_traceA);
    const std::vector<closelab::SimTime> knotsB = closelab::TimeMap::knotsOf(*m_traceB);
    knots.insert(knots.end(), knotsB.begin(), knotsB.end());
    QList<qint64> events;
    for (const closelab::Trace *t : {m_traceA.get(), m_traceB.get()}) {
        for (const closelab::TraceEvent &e : t->events)
            events << e.t;
    }
    m_playhead->setRange(std::min(m_traceA->start, m_traceB->start), std::max(m_traceA->end, m_traceB->end));
    m_playhead->setEventTimes(events);
    m_playhead->setKnots(std::move(knots));
    m_view->setTime(m_playhead->time());
}

void CompareWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void CompareWindow::showReplayWords()
{
    closelab::CompareView::Words w;
    //: the left run of the capture-vs-engine window: what the capture shows (the real kernel)
    w.titleA = tr("A: the capture (a real kernel)");
    //: the right run: the same experiment run on CloseLab's engine
    w.titleB = tr("B: replayed on the engine");
    w.headline = ReplayTexts::headline(m_replayDiffs);
    w.listTitle = tr("How the engine differs from the capture");
    for (const closelab::capture::ReplayDifference &d : m_replayDiffs)
        w.sentences << ReplayTexts::differenceSentence(d);
    if (w.sentences.isEmpty())
        w.sentences << tr("No difference in the states either side went through, the segments of each kind or the retransmissions.");
    w.settingsTitle = tr("The experiment read off the capture");
    w.header = ReplayTexts::planHeader();
    w.rows = ReplayTexts::planRows(*m_plan);
    if (!(m_configB == m_plan->config))
        w.rows << QStringList{tr("Parameters"), QString(), tr("changed in the panel on the left")};
    m_view->setWords(w);
}

void CompareWindow::retranslateUi()
{
    if (m_plan) {
        setWindowTitle(tr("CloseLab: the capture replayed on the engine"));
        m_panelTitle->setText(tr("The engine's parameters, read off the capture"));
        m_panelTitle->setToolTip(tr("Change them to see what else could have happened"));
        m_copyAgain->setText(tr("Back to the Capture's Experiment"));
        m_copyAgain->setToolTip(tr("Forget the changes: the engine runs the experiment read off the capture again"));
        if (m_traceB)
            showReplayWords();
        return;
    }
    setWindowTitle(tr("CloseLab: A/B comparison of %1").arg(QString::fromStdString(m_configA.scenario)));
    m_panelTitle->setText(tr("B's parameters (A follows the main window)"));
    m_copyAgain->setText(tr("Copy A to B Again"));
    m_copyAgain->setToolTip(tr("Forget B's changes: B becomes a copy of A"));
}
