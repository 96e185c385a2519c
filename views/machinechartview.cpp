// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/machinechartview.h"

#include "views/palette.h"

#include "core/server/snapshot.h"
#include "core/tcpstate.h"

#include <QEvent>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>

namespace closelab {

namespace {

QCPLegend *makeLegend(QCPAxisRect *rect)
{
    auto *legend = new QCPLegend;
    rect->insetLayout()->addElement(legend, Qt::AlignTop | Qt::AlignRight);
    legend->setLayer(QStringLiteral("legend"));
    legend->setBrush(QColor(255, 255, 255, 210));
    legend->setBorderPen(QPen(palette::rule()));
    legend->setRowSpacing(0);
    QFont font = legend->font();
    font.setPointSizeF(font.pointSizeF() * 0.8);
    legend->setFont(font);
    return legend;
}

QColor counterColor(int i)
{
    static const QColor colors[] = {QColor(0xc0, 0x39, 0x2b), QColor(0x8e, 0x44, 0xad), QColor(0xd3, 0x54, 0x00),
                                    QColor(0x27, 0x6f, 0xbf), QColor(0x2e, 0x8b, 0x57), QColor(0x7f, 0x8c, 0x8d),
                                    QColor(0x9a, 0x7d, 0x0a)};
    return colors[i % 7];
}

} // namespace

MachineChartView::MachineChartView(QWidget *parent) : QWidget(parent), m_plot(new QCustomPlot(this))
{
    setObjectName(QStringLiteral("machineChart"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->plotLayout()->clear();
    auto *margins = new QCPMarginGroup(m_plot);
    m_statesRect = new QCPAxisRect(m_plot);
    m_countersRect = new QCPAxisRect(m_plot);
    for (QCPAxisRect *r : {m_statesRect, m_countersRect}) r->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    m_plot->plotLayout()->addElement(0, 0, m_statesRect);
    m_plot->plotLayout()->addElement(1, 0, m_countersRect);
    m_plot->setAutoAddPlottableToLegend(false);
    m_statesLegend = makeLegend(m_statesRect);
    m_countersLegend = makeLegend(m_countersRect);
    rebuild();
}

void MachineChartView::setSamples(const QVector<MachineSample> &samples)
{
    m_samples = samples;
    rebuild();
}

void MachineChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) rebuild();
    QWidget::changeEvent(event);
}

void MachineChartView::rebuild()
{
    m_plot->clearGraphs();
    m_statesLegend->clearItems();
    m_countersLegend->clearItems();
    QVector<double> t;
    for (const MachineSample &s : m_samples) t << s.t;
    double topStates = 1, topCounters = 1;
    for (std::string_view name : server::kernelStateNames()) {
        QVector<double> v;
        bool any = false;
        for (const MachineSample &s : m_samples) {
            auto it = s.states.find(std::string(name));
            const double n = it == s.states.end() ? 0.0 : double(it->second);
            any = any || n > 0;
            topStates = std::max(topStates, n);
            v << n;
        }
        if (!any) continue;
        auto *g = m_plot->addGraph(m_statesRect->axis(QCPAxis::atBottom), m_statesRect->axis(QCPAxis::atLeft));
        TcpState state{};
        QColor c = palette::ink();
        if (stateFromName(name, state)) c = palette::stateColor(state);
        g->setPen(QPen(c, 2));
        g->setName(QString::fromLatin1(name.data(), qsizetype(name.size())));
        g->setLineStyle(QCPGraph::lsStepLeft);
        g->setData(t, v, true);
        g->addToLegend(m_statesLegend);
    }
    int ci = 0;
    for (const QString &name : plottedCounters()) {
        QVector<double> v;
        bool any = false;
        for (int i = 0; i < m_samples.size(); ++i) {
            double d = 0;
            if (i > 0) {
                const auto &now = m_samples[i].counters;
                const auto &before = m_samples[i - 1].counters;
                auto a = now.find(name.toStdString());
                auto b = before.find(name.toStdString());
                const double dt = std::max(1e-3, m_samples[i].t - m_samples[i - 1].t);
                if (a != now.end() && b != before.end()) d = std::max(0.0, double(a->second - b->second)) / dt;
            }
            any = any || d > 0;
            topCounters = std::max(topCounters, d);
            v << d;
        }
        const QColor c = counterColor(ci++);
        if (!any) continue;
        auto *g = m_plot->addGraph(m_countersRect->axis(QCPAxis::atBottom), m_countersRect->axis(QCPAxis::atLeft));
        g->setPen(QPen(c, 2));
        g->setName(name);
        g->setLineStyle(QCPGraph::lsStepLeft);
        g->setData(t, v, true);
        g->addToLegend(m_countersLegend);
    }
    const double t0 = t.isEmpty() ? 0 : t.front();
    const double t1 = t.isEmpty() ? 60 : std::max(t.back(), t0 + 10);
    for (QCPAxisRect *r : {m_statesRect, m_countersRect}) {
        r->axis(QCPAxis::atBottom)->setRange(t0, t1);
        r->axis(QCPAxis::atBottom)->setLabel(tr("seconds since This Machine opened"));
    }
    m_statesRect->axis(QCPAxis::atLeft)->setRange(0, topStates * 1.15);
    m_statesRect->axis(QCPAxis::atLeft)->setLabel(tr("sockets"));
    m_countersRect->axis(QCPAxis::atLeft)->setRange(0, topCounters * 1.15);
    m_countersRect->axis(QCPAxis::atLeft)->setLabel(tr("per second"));
    m_statesLegend->setVisible(m_statesLegend->itemCount() > 0);
    m_countersLegend->setVisible(m_countersLegend->itemCount() > 0);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace closelab
