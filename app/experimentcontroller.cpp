// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/experimentcontroller.h"

#include "app/presets.h"
#include "core/runoptions.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

using closelab::RunConfig;

// One undoable change of the experiment. Consecutive moves of the same single parameter merge,
// so a slider drag is one undo step.
class ConfigCommand : public QUndoCommand {
public:
    ConfigCommand(ExperimentController *controller, RunConfig before, RunConfig after, const QString &text, QString mergeKey)
        : QUndoCommand(text)
        , m_controller(controller)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeKey(std::move(mergeKey))
    {
    }
    void redo() override { m_controller->apply(m_after); }
    void undo() override { m_controller->apply(m_before); }
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const ConfigCommand *>(other);
        if (next->m_mergeKey != m_mergeKey)
            return false;
        m_after = next->m_after;
        return true;
    }

private:
    ExperimentController *m_controller;
    RunConfig m_before;
    RunConfig m_after;
    QString m_mergeKey;
};

namespace {
QString tr_(const char *source)
{
    return QCoreApplication::translate("ExperimentController", source);
}

// Keys whose value differs between two configs (sysctls, then "network", "options", "scenario").
QStringList changedKeys(const RunConfig &a, const RunConfig &b)
{
    QStringList keys;
    for (const closelab::SysctlInfo &info : closelab::sysctlTable()) {
        const QString key = QString::fromLatin1(info.key.data(), qsizetype(info.key.size()));
        if ((a.sysctls.get(info.id) != b.sysctls.get(info.id) || a.sysctls.isExplicit(info.id) != b.sysctls.isExplicit(info.id))
            && !keys.contains(key))
            keys << key;
    }
    if (!(a.network == b.network))
        keys << QStringLiteral("network");
    if (a.options != b.options)
        keys << QStringLiteral("options");
    if (a.scenario != b.scenario)
        keys << QStringLiteral("scenario");
    if (a.serverSysctls != b.serverSysctls && keys.isEmpty())
        keys << QStringLiteral("server");
    if (a.seed != b.seed)
        keys << QStringLiteral("seed");
    return keys;
}

// The config the engine runs and, for population scenarios, the workload; a message on error.
QString prepare(const RunConfig &config, RunConfig &effective, closelab::PopulationConfig &workload, bool &population)
{
    if (auto err = closelab::validate(config))
        return QString::fromStdString(*err);
    for (const closelab::Sysctls *s : {&config.sysctls, config.serverSysctls ? &*config.serverSysctls : nullptr}) {
        if (s && s->get(closelab::SysctlId::IpLocalPortRangeLow) > s->get(closelab::SysctlId::IpLocalPortRangeHigh))
            return tr_(QT_TRANSLATE_NOOP("ExperimentController", "net.ipv4.ip_local_port_range: the first port must not exceed the last"));
    }
    effective = config;
    workload = closelab::PopulationConfig{};
    population = closelab::isPopulationScenario(config.scenario);
    if (population) {
        closelab::populationPreset(config.scenario, effective, workload);
        if (auto err = closelab::applyPopulationOptions(workload, config.options))
            return QString::fromStdString(*err);
    }
    return {};
}
} // namespace

ExperimentController::ExperimentController(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
    , m_progressTimer(new QTimer(this))
{
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &ExperimentController::pollProgress);
    m_effective = m_config;
    m_trace = std::make_shared<const closelab::Trace>(closelab::simulate(m_config));
}

ExperimentController::~ExperimentController()
{
    for (Worker &w : m_workers)
        w.cancel->store(true);
    for (Worker &w : m_workers) {
        w.thread->wait();
        delete w.thread;
    }
}

QString ExperimentController::check(const RunConfig &config)
{
    RunConfig effective;
    closelab::PopulationConfig workload;
    bool population = false;
    return prepare(config, effective, workload, population);
}

QString ExperimentController::edit(const RunConfig &config)
{
    const QStringList keys = changedKeys(m_config, config);
    QString text;
    if (keys.isEmpty())
        return {};
    if (keys.size() == 1 && keys.first().contains(QLatin1Char('.')))
        text = tr_(QT_TRANSLATE_NOOP("ExperimentController", "Set %1")).arg(keys.first());
    else
        text = tr_(QT_TRANSLATE_NOOP("ExperimentController", "Change %1")).arg(keys.join(QStringLiteral(", ")));
    return editWithText(config, text);
}

QString ExperimentController::editWithText(const RunConfig &config, const QString &undoText)
{
    const QString error = check(config);
    if (!error.isEmpty()) {
        emit runFailed(error);
        return error;
    }
    if (config == m_config)
        return {};
    const QStringList keys = changedKeys(m_config, config);
    // Only a single parameter's moves merge (a slider drag); anything else is its own step.
    const QString mergeKey = keys.size() == 1 && keys.first() != QLatin1String("scenario") ? keys.first() : QString();
    m_undo->push(new ConfigCommand(this, m_config, config, undoText, mergeKey));
    return {};
}

QString ExperimentController::setScenario(const QString &name)
{
    RunConfig c = m_config;
    c.scenario = name.toStdString();
    c.options.clear();
    return editWithText(c, tr_(QT_TRANSLATE_NOOP("ExperimentController", "Scenario %1")).arg(name));
}

QString ExperimentController::applyPreset(const ParameterPreset &preset)
{
    RunConfig c;
    if (auto err = ::applyPreset(m_config, preset, c)) {
        const QString message = QString::fromStdString(*err);
        emit runFailed(message);
        return message;
    }
    return editWithText(c, tr_(QT_TRANSLATE_NOOP("ExperimentController", "Preset: %1")).arg(preset.title));
}

QString ExperimentController::applyRunOption(const QString &name, const QString &value)
{
    RunConfig c = m_config;
    if (auto err = closelab::applyRunOption(c, name.toStdString(), value.toStdString())) {
        const QString message = QString::fromStdString(*err);
        emit runFailed(message);
        return message;
    }
    return edit(c);
}

QString ExperimentController::load(const RunConfig &config)
{
    const QString error = check(config);
    if (!error.isEmpty()) {
        emit runFailed(error);
        return error;
    }
    m_undo->clear();
    apply(config);
    return {};
}

void ExperimentController::apply(const RunConfig &config)
{
    RunConfig effective;
    closelab::PopulationConfig workload;
    bool population = false;
    if (!prepare(config, effective, workload, population).isEmpty())
        return; // checked before it was pushed; undo/redo only revisit checked configs
    m_config = config;
    m_effective = effective;
    m_workload = workload;
    m_population = population;
    ++m_generation;
    emit configChanged(m_config, m_effective);
    if (m_population) {
        startPopulation();
        return;
    }
    cancel();
    m_result.reset();
    const std::shared_ptr<const closelab::Trace> before = m_trace;
    auto trace = std::make_shared<const closelab::Trace>(closelab::simulate(m_effective));
    m_trace = trace;
    emit populationChanged(nullptr);
    emit traceChanged(trace, keptPlace(before.get(), m_lastTime, *trace));
}

void ExperimentController::startPopulation()
{
    cancel();
    const quint64 generation = m_generation;
    auto cancelFlag = std::make_shared<std::atomic<bool>>(false);
    m_progress = std::make_shared<std::atomic<double>>(0.0);
    auto progress = m_progress;
    const RunConfig config = m_effective;
    const closelab::PopulationConfig workload = m_workload;
    QThread *thread = QThread::create([this, config, workload, cancelFlag, progress, generation] {
        auto result = std::make_shared<const closelab::PopulationResult>(closelab::simulatePopulation(
            config, workload, cancelFlag.get(), [progress](double f) { progress->store(f, std::memory_order_relaxed); }));
        const bool cancelled = cancelFlag->load();
        QMetaObject::invokeMethod(
            this, [this, generation, result, cancelled] { populationDone(generation, result, cancelled); }, Qt::QueuedConnection);
    });
    m_workers.push_back({thread, cancelFlag});
    connect(thread, &QThread::finished, this, [this, thread] {
        std::erase_if(m_workers, [thread](const Worker &w) { return w.thread == thread; });
        thread->deleteLater();
    });
    m_running = true;
    thread->start(QThread::LowPriority);
    m_progressTimer->start();
    emit populationStarted();
    emit populationProgress(0.0);
}

void ExperimentController::populationDone(quint64 generation, std::shared_ptr<const closelab::PopulationResult> result, bool cancelled)
{
    if (generation != m_generation)
        return; // a newer request replaced this run
    m_running = false;
    m_progressTimer->stop();
    if (cancelled) {
        emit populationFinished(true);
        return;
    }
    m_result = std::move(result);
    const std::shared_ptr<const closelab::Trace> before = m_trace;
    auto sample = std::make_shared<const closelab::Trace>(m_result->sample);
    m_trace = sample;
    emit populationProgress(1.0);
    emit populationChanged(m_result);
    emit traceChanged(sample, keptPlace(before.get(), m_lastTime, *sample));
    emit populationFinished(false);
}

void ExperimentController::pollProgress()
{
    if (m_running && m_progress)
        emit populationProgress(m_progress->load(std::memory_order_relaxed));
}

void ExperimentController::cancel()
{
    for (Worker &w : m_workers)
        w.cancel->store(true);
    if (m_running) {
        m_running = false;
        m_progressTimer->stop();
        ++m_generation; // whatever the cancelled run delivers is stale now
        emit populationFinished(true);
    }
}

bool ExperimentController::waitForIdle(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while ((m_running || !m_workers.empty()) && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(1);
    }
    return !m_running;
}

qint64 ExperimentController::keptPlace(const closelab::Trace *before, qint64 time, const closelab::Trace &after)
{
    if (!before || before->events.empty() || after.events.empty())
        return std::clamp<qint64>(time, 0, std::max<qint64>(0, after.end));
    // The k-th event the diagram draws stays the k-th (Trace::onLifelines): in a population's sample
    // the other connections' events shift with any change, and the k-th event of all could be theirs.
    const int index = before->lifelineEventIndexAt(time);
    if (index >= 0 && before->events[std::size_t(index)].t == time) {
        const std::ptrdiff_t k = std::count_if(before->events.begin(), before->events.begin() + index,
                                               [before](const closelab::TraceEvent &e) { return before->onLifelines(e); });
        std::ptrdiff_t seen = 0;
        for (const closelab::TraceEvent &e : after.events)
            if (after.onLifelines(e) && seen++ == k)
                return std::max<qint64>(0, e.t);
    }
    if (before->end <= 0)
        return 0;
    const double fraction = std::clamp(double(time) / double(before->end), 0.0, 1.0);
    return std::max<qint64>(0, qint64(std::llround(fraction * double(after.end))));
}
