// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/sweeppanel.h"

#include "views/codetexts.h"
#include "views/parametertexts.h"
#include "views/sweeptexts.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace closelab {

namespace {
constexpr int kKeyRole = Qt::UserRole;

// Decimals a spin box needs for a parameter: whole numbers, microseconds of delay, tenths of a percent.
int decimalsOf(const SweepParameter &p)
{
    if (isIntegerParameter(p))
        return 0;
    return parameterUnit(p) == "s" ? 6 : 3;
}

struct Range {
    double from;
    double to;
    double step;
};

// A first range to try: around the current value, about ten points, whole steps for integers.
Range defaultRange(const SweepParameter &p, double current)
{
    const double lo = parameterMin(p);
    const double hi = parameterMax(p);
    if (const auto *f = std::get_if<NetworkField>(&p)) {
        switch (*f) {
        case NetworkField::Delay: return {0.001, 0.201, 0.02};
        case NetworkField::Jitter: return {0, 0.1, 0.01};
        default: return {0, 0.5, 0.05};
        }
    }
    const double top = std::clamp(std::max(current * 2, lo + 8), lo, hi);
    double step = 1;
    if (top - lo > 20) {
        const double raw = (top - lo) / 10;
        const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
        step = raw <= magnitude ? magnitude : raw <= 2 * magnitude ? 2 * magnitude : raw <= 5 * magnitude ? 5 * magnitude : 10 * magnitude;
    }
    const double to = std::min(hi, lo + step * std::ceil((top - lo) / step));
    return {lo, to, step};
}

QLabel *fieldLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return label;
}
} // namespace

SweepPanel::SweepPanel(QWidget *parent)
    : QWidget(parent)
    , m_parameter(new QComboBox(this))
    , m_host(new QComboBox(this))
    , m_from(new QDoubleSpinBox(this))
    , m_to(new QDoubleSpinBox(this))
    , m_step(new QDoubleSpinBox(this))
    , m_points(new QLabel(this))
    , m_metric(new QComboBox(this))
    , m_side(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_run(new QPushButton(this))
    , m_copy(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_parameterLabel(fieldLabel(this))
    , m_hostLabel(fieldLabel(this))
    , m_fromLabel(fieldLabel(this))
    , m_toLabel(new QLabel(this))
    , m_stepLabel(new QLabel(this))
    , m_outcomeLabel(fieldLabel(this))
    , m_unitLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("sweepPanel"));
    m_parameter->setObjectName(QStringLiteral("sweepParameter"));
    m_parameter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_parameter->setMinimumContentsLength(36);
    m_parameter->setMaxVisibleItems(24);
    m_host->setObjectName(QStringLiteral("sweepHost"));
    m_from->setObjectName(QStringLiteral("sweepFrom"));
    m_to->setObjectName(QStringLiteral("sweepTo"));
    m_step->setObjectName(QStringLiteral("sweepStep"));
    m_metric->setObjectName(QStringLiteral("sweepMetric"));
    m_side->setObjectName(QStringLiteral("sweepSide"));
    m_kind->setObjectName(QStringLiteral("sweepKind"));
    m_run->setObjectName(QStringLiteral("sweepRun"));
    m_copy->setObjectName(QStringLiteral("sweepCopy"));
    m_copy->setEnabled(false);
    m_progress->setObjectName(QStringLiteral("sweepProgress"));
    m_status->setObjectName(QStringLiteral("sweepStatus"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);
    m_progress->setMaximumWidth(240);
    m_progress->hide();
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_run->setDefault(true);
    m_run->setMinimumWidth(96);
    m_metric->setMinimumContentsLength(24);
    m_metric->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (QLabel *label : {m_toLabel, m_stepLabel})
        label->setContentsMargins(4, 0, 4, 0);
    for (QDoubleSpinBox *box : {m_from, m_to, m_step}) {
        box->setKeyboardTracking(false);
        box->setMinimumWidth(110);
        box->setAlignment(Qt::AlignRight);
    }

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(6);
    grid->setColumnStretch(1, 1);

    auto *parameterRow = new QHBoxLayout;
    parameterRow->setSpacing(6);
    parameterRow->addWidget(m_parameter, 1);
    parameterRow->addSpacing(12);
    parameterRow->addWidget(m_hostLabel);
    parameterRow->addWidget(m_host);
    grid->addWidget(m_parameterLabel, 0, 0);
    grid->addLayout(parameterRow, 0, 1);

    auto *rangeRow = new QHBoxLayout;
    rangeRow->setSpacing(6);
    rangeRow->addWidget(m_from);
    rangeRow->addWidget(m_toLabel);
    rangeRow->addWidget(m_to);
    rangeRow->addWidget(m_stepLabel);
    rangeRow->addWidget(m_step);
    rangeRow->addWidget(m_unitLabel);
    rangeRow->addSpacing(12);
    rangeRow->addWidget(m_points);
    rangeRow->addStretch(1);
    grid->addWidget(m_fromLabel, 1, 0);
    grid->addLayout(rangeRow, 1, 1);

    auto *outcomeRow = new QHBoxLayout;
    outcomeRow->setSpacing(6);
    outcomeRow->addWidget(m_metric);
    outcomeRow->addWidget(m_side);
    outcomeRow->addWidget(m_kind);
    outcomeRow->addStretch(1);
    grid->addWidget(m_outcomeLabel, 2, 0);
    grid->addLayout(outcomeRow, 2, 1);

    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_run);
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_status, 3);
    runRow->addWidget(m_copy);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addLayout(runRow);
    // The chart from the plots module (loaded now, with the window); without it, why not in its place.
    QString error;
    if (PlotFactory *plots = plotFactory(&error)) {
        m_plot = plots->sweep(this);
        m_plot->onValueChosen(this, [this](double value) { pointChosen(value); });
    }
    QWidget *chart = m_plot ? m_plot->widget() : plotsUnavailable(error, this);
    layout->addWidget(chart, 1);
    chart->setMinimumSize(320, 220);

    fillParameters();
    fillOutcomes();
    retranslateUi();
    parameterChosen();

    connect(m_parameter, &QComboBox::currentIndexChanged, this, &SweepPanel::parameterChosen);
    connect(m_host, &QComboBox::currentIndexChanged, this, &SweepPanel::updateStatus);
    for (QDoubleSpinBox *box : {m_from, m_to, m_step})
        connect(box, &QDoubleSpinBox::valueChanged, this, &SweepPanel::updatePointCount);
    for (QComboBox *box : {m_metric, m_side, m_kind})
        connect(box, &QComboBox::currentIndexChanged, this, &SweepPanel::outcomeChosen);
    connect(m_run, &QPushButton::clicked, this, &SweepPanel::runClicked);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (const auto result = m_result)
            QGuiApplication::clipboard()->setText(QString::fromStdString(sweepToCsv(*result)));
    });
}

void SweepPanel::fillParameters()
{
    // The sysctl table in its groups, then the network; group titles are disabled rows.
    const QSignalBlocker block(m_parameter);
    const QString current = m_parameter->currentData(kKeyRole).toString();
    m_parameter->clear();
    auto *model = qobject_cast<QStandardItemModel *>(m_parameter->model());
    auto addHeader = [&](const QString &title) {
        m_parameter->addItem(title);
        if (model)
            model->item(m_parameter->count() - 1)->setEnabled(false);
        QFont bold = m_parameter->font();
        bold.setBold(true);
        m_parameter->setItemData(m_parameter->count() - 1, bold, Qt::FontRole);
    };
    auto addParameter = [&](const SweepParameter &p) {
        //: A parameter in the sweep's list: its name, then its key
        m_parameter->addItem(tr("%1 — %2").arg(text::sweepParameterTitle(p), QString::fromStdString(sweepParameterKey(p))),
                             QString::fromStdString(sweepParameterKey(p)));
    };
    std::optional<SysctlGroup> group;
    for (const SysctlInfo &info : sysctlTable()) {
        if (group != info.group) {
            group = info.group;
            addHeader(text::parameterGroupTitle(text::parameterGroup(info.group)));
        }
        addParameter(info.id);
    }
    addHeader(text::parameterGroupTitle(text::ParameterGroup::Network));
    for (int i = 0; i < kNetworkFieldCount; ++i)
        addParameter(static_cast<NetworkField>(i));
    const int index = m_parameter->findData(current.isEmpty() ? QStringLiteral("net.ipv4.tcp_orphan_retries") : current, kKeyRole);
    m_parameter->setCurrentIndex(std::max(index, 1));

    const int host = std::max(0, m_host->currentIndex());
    m_host->clear();
    for (SweepHost h : {SweepHost::Both, SweepHost::Client, SweepHost::Server})
        m_host->addItem(text::sweepHostLabel(h), int(h));
    m_host->setCurrentIndex(host);
}

void SweepPanel::fillOutcomes()
{
    const QSignalBlocker blockMetric(m_metric);
    const QSignalBlocker blockSide(m_side);
    const QSignalBlocker blockKind(m_kind);
    const int metric = m_metric->currentData().isValid() ? m_metric->currentData().toInt() : -1;
    const int side = std::max(0, m_side->currentIndex());
    const int kind = std::max(0, m_kind->currentIndex());
    m_metric->clear();
    for (int i = 0; i < kSweepMetricCount; ++i) {
        const auto m = static_cast<SweepMetric>(i);
        if (isPopulationMetric(m) == m_population)
            m_metric->addItem(text::sweepMetricTitle(m), i);
    }
    m_metric->setCurrentIndex(std::max(0, m_metric->findData(metric)));
    m_side->clear();
    //: Which endpoint an outcome is read on
    m_side->addItem(tr("client"), int(Side::Client));
    m_side->addItem(tr("server"), int(Side::Server));
    m_side->setCurrentIndex(side);
    m_kind->clear();
    //: Retransmissions of every kind
    m_kind->addItem(tr("all kinds"), -1);
    for (int k = 0; k < kRetransKindCount; ++k)
        m_kind->addItem(text::retransKindLabel(static_cast<RetransKind>(k)), k);
    m_kind->setCurrentIndex(kind);
    const SweepMetric chosen = static_cast<SweepMetric>(m_metric->currentData().toInt());
    m_side->setVisible(metricHasSide(chosen));
    m_kind->setVisible(chosen == SweepMetric::Retransmissions);
}

void SweepPanel::retranslateUi()
{
    m_parameterLabel->setText(tr("Parameter:"));
    m_hostLabel->setText(tr("Set on:"));
    m_fromLabel->setText(tr("From:"));
    //: Between the two ends of the range: "From [0] to [8] step [1]"
    m_toLabel->setText(tr("to"));
    m_stepLabel->setText(tr("step"));
    m_outcomeLabel->setText(tr("Outcome:"));
    m_host->setToolTip(tr("Which host the parameter is set on (network parameters apply to the path)."));
    m_progress->setFormat(tr("%p%"));
    m_copy->setText(tr("Copy Table"));
    m_copy->setToolTip(tr("Copy every point with all its outcomes as CSV, for a spreadsheet"));
    fillParameters();
    fillOutcomes();
    updatePointCount();
    setRunning(m_running);
}

void SweepPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

SweepParameter SweepPanel::currentParameter() const
{
    const auto p = sweepParameterFromKey(m_parameter->currentData(kKeyRole).toString().toStdString());
    return p ? *p : SweepParameter{SysctlId::TcpOrphanRetries};
}

void SweepPanel::parameterChosen()
{
    const SweepParameter p = currentParameter();
    const int decimals = decimalsOf(p);
    const Range r = defaultRange(p, currentValue(m_effective, p, SweepHost::Both));
    const double lo = parameterMin(p);
    const double hi = parameterMax(p);
    // The unit once, after the step (percent would be wrong here: probabilities are entered as 0..1).
    m_unitLabel->setText(text::sweepParameterUnit(p));
    for (QDoubleSpinBox *box : {m_from, m_to, m_step}) {
        const QSignalBlocker block(box);
        box->setDecimals(decimals);
        box->setRange(box == m_step ? (decimals == 0 ? 1 : std::pow(10.0, -decimals)) : lo, box == m_step ? hi - lo : hi);
        box->setSingleStep(decimals == 0 ? 1 : r.step);
    }
    {
        const QSignalBlocker a(m_from), b(m_to), c(m_step);
        m_from->setValue(r.from);
        m_to->setValue(r.to);
        m_step->setValue(r.step);
    }
    m_host->setEnabled(isIntegerParameter(p));
    updatePointCount();
}

bool SweepPanel::setSweep(const SweepParameter &parameter, SweepHost host, double from, double to, std::optional<double> step)
{
    const int index = m_parameter->findData(QString::fromStdString(sweepParameterKey(parameter)), kKeyRole);
    if (index < 0)
        return false;
    m_parameter->setCurrentIndex(index);
    parameterChosen();
    m_host->setCurrentIndex(m_host->findData(int(host)));
    const QSignalBlocker a(m_from), b(m_to), c(m_step);
    m_from->setValue(from);
    m_to->setValue(to);
    if (step)
        m_step->setValue(*step);
    else if (!isIntegerParameter(parameter))
        m_step->setValue(std::abs(to - from) / 10);
    updatePointCount();
    return true;
}

SweepSpec SweepPanel::spec() const
{
    SweepSpec s;
    s.config = m_config;
    s.parameter = currentParameter();
    s.host = static_cast<SweepHost>(m_host->currentData().toInt());
    s.from = m_from->value();
    s.to = m_to->value();
    s.step = m_step->value();
    return s;
}

SweepOutcome SweepPanel::outcome() const
{
    SweepOutcome o;
    o.metric = static_cast<SweepMetric>(m_metric->currentData().toInt());
    o.side = static_cast<Side>(m_side->currentData().toInt());
    if (m_kind->currentData().toInt() >= 0)
        o.kind = static_cast<RetransKind>(m_kind->currentData().toInt());
    return o;
}

void SweepPanel::setOutcome(const SweepOutcome &o)
{
    {
        const QSignalBlocker a(m_metric), b(m_side), c(m_kind);
        m_metric->setCurrentIndex(std::max(0, m_metric->findData(int(o.metric))));
        m_side->setCurrentIndex(m_side->findData(int(o.side)));
        m_kind->setCurrentIndex(m_kind->findData(o.kind ? int(*o.kind) : -1));
    }
    outcomeChosen();
}

void SweepPanel::outcomeChosen()
{
    const SweepOutcome o = outcome();
    m_side->setVisible(metricHasSide(o.metric));
    m_kind->setVisible(o.metric == SweepMetric::Retransmissions);
    if (m_plot)
        m_plot->setOutcome(o);
}

void SweepPanel::updatePointCount()
{
    const SweepSpec s = spec();
    if (const auto error = validateSweep(s)) {
        m_points->setText(QString());
        m_points->setToolTip(QString::fromStdString(*error));
        return;
    }
    //: How many values the sweep will run
    m_points->setText(tr("%1 points").arg(sweepValues(s).size()));
    m_points->setToolTip(QString());
}

void SweepPanel::setConfig(const RunConfig &config, const RunConfig &effective)
{
    const bool population = isPopulationScenario(config.scenario);
    const bool scenarioChanged = config.scenario != m_config.scenario;
    m_config = config;
    m_effective = effective;
    if (population != m_population) {
        m_population = population;
        fillOutcomes();
        outcomeChosen();
    }
    if (scenarioChanged)
        parameterChosen(); // the default range follows the scenario's own values
    updatePointCount();
    updateStatus();
}

void SweepPanel::setRunning(bool running)
{
    m_running = running;
    m_run->setText(running ? tr("Cancel") : tr("Run Sweep"));
    m_progress->setVisible(running);
    if (running) {
        m_progress->setValue(0);
        setStatus(tr("Running the experiment once per value…"));
    }
}

void SweepPanel::setProgress(double fraction)
{
    m_progress->setValue(int(std::lround(std::clamp(fraction, 0.0, 1.0) * 1000)));
}

void SweepPanel::setResult(std::shared_ptr<const SweepResult> result, qint64 elapsedMs)
{
    setRunning(false);
    m_result = result;
    if (m_plot)
        m_plot->setResult(result);
    m_copy->setEnabled(result && !result->points.empty());
    if (result) {
        const int missing = int(std::count_if(result->points.begin(), result->points.end(), [&](const SweepPoint &p) {
            return std::isnan(outcomeValue(p, outcome(), result->population));
        }));
        if (elapsedMs >= 1000)
            m_finishedText = tr("%1 points in %2 s.").arg(result->points.size()).arg(double(elapsedMs) / 1000.0, 0, 'f', 1);
        else if (elapsedMs >= 0)
            m_finishedText = tr("%1 points in %2 ms.").arg(result->points.size()).arg(std::max<qint64>(elapsedMs, 1));
        else
            m_finishedText = tr("%1 points.").arg(result->points.size());
        if (missing > 0)
            m_finishedText += QLatin1Char(' ') + tr("%1 without a value (hollow squares).").arg(missing);
        m_finishedText += QLatin1Char(' ') + tr("Click a point to use its value.");
    }
    updateStatus();
}

void SweepPanel::showCancelled()
{
    setRunning(false);
    setStatus(tr("Sweep cancelled; the chart shows the previous result."));
}

void SweepPanel::showError(const QString &message)
{
    setRunning(false);
    setStatus(message, true);
}

void SweepPanel::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
}

void SweepPanel::updateStatus()
{
    const auto result = m_result;
    if (result && m_plot) {
        const SweepParameter &p = result->spec.parameter;
        m_plot->setCurrentValue(currentValue(m_config, p, result->spec.host));
    }
    if (m_running)
        return;
    if (result && !sameExceptParameter(result->spec.config, m_config, result->spec.parameter, result->spec.host)) {
        setStatus(tr("The experiment has changed since this sweep: run it again to update the chart."));
        return;
    }
    setStatus(result ? m_finishedText : tr("Choose a parameter and a range, then Run Sweep."));
}

void SweepPanel::runClicked()
{
    if (m_running) {
        emit cancelRequested();
        return;
    }
    const SweepSpec s = spec();
    if (const auto error = validateSweep(s)) {
        showError(QString::fromStdString(*error));
        return;
    }
    emit runRequested(s);
}

void SweepPanel::pointChosen(double value)
{
    const auto result = m_result;
    if (!result)
        return;
    const auto [option, text] = sweepRunOption(m_config, result->spec.parameter, result->spec.host, value);
    emit applyRequested(QString::fromStdString(option), QString::fromStdString(text));
}

} // namespace closelab
