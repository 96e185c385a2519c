// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/thismachinewindow.h"

#include "app/experimentcontroller.h"
#include "views/serverhealthview.h"

#include "core/server/diagnosis.h"
#include "core/server/machinereader.h"

#include <QEvent>
#include <QLabel>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int kMaxSamples = 3600; // an hour at one sample a second

// The chart from the plots module (loaded with the window).
closelab::MachinePlot *makeChart(QWidget *parent)
{
    closelab::PlotFactory *plots = closelab::plotFactory();
    return plots ? plots->machine(parent) : nullptr;
}

QWidget *chartWidget(closelab::MachinePlot *chart, QWidget *parent)
{
    if (chart)
        return chart->widget();
    QString error;
    closelab::plotFactory(&error);
    return closelab::plotsUnavailable(error, parent);
}
} // namespace

ThisMachineWindow::ThisMachineWindow(ExperimentController *controller, QWidget *mainWindow, const std::string &procRoot)
    : QWidget(mainWindow, Qt::Window),
      m_controller(controller),
      m_procRoot(procRoot),
      m_note(new QLabel(this)),
      m_chart(makeChart(this)),
      m_chartWidget(chartWidget(m_chart, this)),
      m_view(new closelab::ServerHealthView(this)),
      m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("thisMachineWindow"));
    m_note->setWordWrap(true);
    m_view->setActionsVisible(false);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_chartWidget);
    split->addWidget(m_view);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({fontMetrics().height() * 20, fontMetrics().height() * 20});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(split, 1);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, [this] { sampleNow(double(m_clock.elapsed()) / 1000.0); });
    m_clock.start();
    resize(fontMetrics().averageCharWidth() * 120, fontMetrics().height() * 50);
    retranslateUi();
}

void ThisMachineWindow::sampleNow(double seconds)
{
    const closelab::server::Snapshot s = closelab::server::readMachine(m_procRoot);
    closelab::MachineSample sample;
    sample.t = seconds;
    sample.states = s.states;
    for (const QString &c : closelab::machineChartCounters())
        if (auto v = s.counter(c.toStdString())) sample.counters[c.toStdString()] = *v;
    m_samples.append(sample);
    if (m_samples.size() > kMaxSamples) m_samples.removeFirst();
    if (m_chart)
        m_chart->setSamples(m_samples);
    m_view->setSnapshot(s, closelab::server::diagnose(s));
}

void ThisMachineWindow::showEvent(QShowEvent *event)
{
    if (m_samples.isEmpty()) sampleNow(double(m_clock.elapsed()) / 1000.0);
    m_timer->start();
    QWidget::showEvent(event);
}

void ThisMachineWindow::hideEvent(QHideEvent *event)
{
    m_timer->stop();
    QWidget::hideEvent(event);
}

void ThisMachineWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

void ThisMachineWindow::retranslateUi()
{
    setWindowTitle(tr("This Machine"));
    m_note->setText(tr("Sampled every second from /proc/net (tcp, tcp6, netstat, snmp, sockstat) and /proc/sys, read only. "
                       "Sockets are this network namespace's; the file descriptor limit is CloseLab's own."));
}
