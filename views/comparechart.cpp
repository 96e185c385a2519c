// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/comparechart.h"

#include "views/codetexts.h"
#include "views/palette.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QPen>
#include <QHBoxLayout>
#include <QResizeEvent>
#include <QStackedLayout>
#include <QTabWidget>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace closelab {

namespace {
std::vector<QPointF> stateSteps(const Trace &t, Side side, const std::vector<TcpState> &states, double offset, double from, double to)
{
    const auto y = [&](TcpState s) {
        const auto it = std::find(states.begin(), states.end(), s);
        return double(it - states.begin()) + offset;
    };
    std::vector<QPointF> points{{from, y(TcpState::Closed)}};
    for (const TraceEvent &e : t.events) {
        if (e.type != EventType::State || e.host != side || e.conn != 0)
            continue;
        const double x = toSeconds(e.t);
        points.emplace_back(x, points.back().y());
        points.emplace_back(x, y(e.to));
    }
    points.emplace_back(to, points.back().y());
    return points;
}

std::vector<QPointF> retransSteps(const Trace &t, double from, double to, int &count)
{
    std::vector<QPointF> points{{from, 0.0}};
    count = 0;
    for (const SegmentRecord &s : t.segments) {
        if (!s.retransKind || s.conn != 0)
            continue;
        const double x = toSeconds(s.sentAt);
        points.emplace_back(x, count);
        ++count;
        points.emplace_back(x, count);
    }
    points.emplace_back(to, count);
    return points;
}

// 1, 2 or 5 times a power of ten, at least `raw`.
double niceStep(double raw)
{
    if (!(raw > 0))
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double f : {1.0, 2.0, 5.0}) {
        if (f * magnitude >= raw)
            return f * magnitude;
    }
    return 10 * magnitude;
}

QList<QPointF> toList(const std::vector<QPointF> &v)
{
    return QList<QPointF>(v.begin(), v.end());
}

QPen pen(QColor color, bool dashed, double width)
{
    QPen p(color, width);
    p.setStyle(dashed ? Qt::DashLine : Qt::SolidLine);
    p.setCapStyle(Qt::FlatCap);
    return p;
}

QChart *makeChart()
{
    auto *chart = new QChart;
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 2, 24, 2)); // room for the last time label
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->setTitleFont(QFont(chart->titleFont().family(), -1, QFont::DemiBold));
    return chart;
}

QChartView *makeView(QChart *chart, QWidget *parent)
{
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(150);
    return view;
}
} // namespace

CompareSeries CompareSeries::build(const Trace &a, const Trace &b)
{
    CompareSeries out;
    bool used[kAllStates.size()] = {};
    used[static_cast<int>(TcpState::Closed)] = true;
    for (const Trace *t : {&a, &b}) {
        for (const TraceEvent &e : t->events) {
            if (e.type == EventType::State && e.conn == 0)
                used[static_cast<int>(e.to)] = true;
        }
    }
    for (TcpState s : kAllStates) {
        if (used[static_cast<int>(s)])
            out.states.push_back(s);
    }
    out.from = toSeconds(std::min(a.start, b.start));
    out.to = toSeconds(std::max(a.end, b.end));
    if (out.to <= out.from)
        out.to = out.from + 1e-3;
    const Trace *runs[2] = {&a, &b};
    for (int run = 0; run < 2; ++run) {
        const double offset = run == 0 ? -kOffset : kOffset;
        for (Side side : {Side::Client, Side::Server})
            out.state[run][static_cast<int>(side)] = stateSteps(*runs[run], side, out.states, offset, out.from, out.to);
        int count = 0;
        out.retransmissions[run] = retransSteps(*runs[run], out.from, out.to, count);
        out.maxRetransmissions = std::max(out.maxRetransmissions, count);
    }
    return out;
}

CompareChart::CompareChart(QWidget *parent)
    : QWidget(parent),
      m_stateChart(makeChart()),
      m_retransChart(makeChart()),
      m_statePlayhead(new QLineSeries),
      m_retransPlayhead(new QLineSeries),
      m_stateX(new QValueAxis),
      m_stateY(new QCategoryAxis),
      m_retransX(new QValueAxis),
      m_retransY(new QValueAxis)
{
    setObjectName(QStringLiteral("compareChart"));
    m_stateView = makeView(m_stateChart, this);
    m_retransView = makeView(m_retransChart, this);
    m_stateView->setObjectName(QStringLiteral("compareStateChart"));
    m_retransView->setObjectName(QStringLiteral("compareRetransChart"));
    // Side by side when there is room, else two tabs (arrange(), on every resize).
    m_row = new QWidget(this);
    auto *row = new QHBoxLayout(m_row);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("compareChartTabs"));
    m_tabs->setDocumentMode(true);
    m_stack = new QStackedLayout(this);
    m_stack->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(m_row);
    m_stack->addWidget(m_tabs);

    m_stateChart->addAxis(m_stateX, Qt::AlignBottom);
    m_stateChart->addAxis(m_stateY, Qt::AlignLeft);
    m_retransChart->addAxis(m_retransX, Qt::AlignBottom);
    m_retransChart->addAxis(m_retransY, Qt::AlignLeft);
    m_stateY->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_retransY->setLabelFormat(QStringLiteral("%d"));
    for (QValueAxis *x : {m_stateX, m_retransX}) {
        x->setLabelFormat(QStringLiteral("%.4g"));
    }

    for (int run = 0; run < 2; ++run) {
        for (Side side : {Side::Client, Side::Server}) {
            auto *s = new QLineSeries;
            s->setPen(pen(palette::sideColor(side), run == 1, run == 1 ? 2.2 : 2.6));
            m_stateChart->addSeries(s);
            s->attachAxis(m_stateX);
            s->attachAxis(m_stateY);
            m_state[run][static_cast<int>(side)] = s;
        }
        auto *r = new QLineSeries;
        r->setPen(pen(run == 0 ? QColor(0x37, 0x47, 0x4f) : QColor(0xd8, 0x4a, 0x1b), run == 1, 2.2));
        m_retransChart->addSeries(r);
        r->attachAxis(m_retransX);
        r->attachAxis(m_retransY);
        m_retrans[run] = r;
    }
    for (auto [chart, line, x, y] : {std::tuple{m_stateChart, m_statePlayhead, static_cast<QAbstractAxis *>(m_stateX), static_cast<QAbstractAxis *>(m_stateY)},
                                     std::tuple{m_retransChart, m_retransPlayhead, static_cast<QAbstractAxis *>(m_retransX), static_cast<QAbstractAxis *>(m_retransY)}}) {
        line->setPen(QPen(QColor(0xc6, 0x28, 0x28), 1.5));
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
        chart->legend()->markers(line).constFirst()->setVisible(false);
    }
    m_stateView->viewport()->installEventFilter(this);
    m_retransView->viewport()->installEventFilter(this);
    arrange(); // retranslates
    rebuild();
}

void CompareChart::onSeekRequested(QObject *context, std::function<void(qint64)> slot)
{
    connect(this, &CompareChart::seekRequested, context, std::move(slot));
}

void CompareChart::setTraces(std::shared_ptr<const Trace> a, std::shared_ptr<const Trace> b)
{
    m_a = std::move(a);
    m_b = std::move(b);
    rebuild();
}

void CompareChart::rebuild()
{
    if (!m_a || !m_b) {
        m_series = CompareSeries();
        for (auto &run : m_state)
            for (QLineSeries *s : run)
                s->clear();
        for (QLineSeries *s : m_retrans)
            s->clear();
        placePlayhead();
        return;
    }
    m_series = CompareSeries::build(*m_a, *m_b);
    for (int run = 0; run < 2; ++run) {
        for (int side = 0; side < 2; ++side)
            m_state[run][side]->replace(toList(m_series.state[run][side]));
        m_retrans[run]->replace(toList(m_series.retransmissions[run]));
    }
    // Round ticks (-20, 0, 20 … rather than -1.003, 17.01 …) with little room beyond the runs.
    // The retransmission chart is narrower: fewer ticks, so that no label is elided.
    for (auto [x, parts] : {std::pair{m_stateX, 6.0}, std::pair{m_retransX, 3.0}}) {
        const double step = niceStep((m_series.to - m_series.from) / parts);
        const double lo = std::floor(m_series.from / step) * step;
        const double hi = std::ceil(m_series.to / step) * step;
        x->setRange(lo, hi);
        x->setTickCount(int(std::lround((hi - lo) / step)) + 1);
    }

    const auto labels = m_stateY->categoriesLabels();
    for (const QString &label : labels)
        m_stateY->remove(label);
    for (std::size_t i = 0; i < m_series.states.size(); ++i)
        m_stateY->append(text::stateName(m_series.states[i]), double(i));
    m_stateY->setRange(-0.5, double(m_series.states.size()) - 0.5);
    const int top = std::max(1, m_series.maxRetransmissions);
    // Whole-number ticks: 0, 2, 4 … or 0, 5, 10 …
    const double interval = std::max(1.0, niceStep(top / 5.0));
    m_retransY->setRange(0, std::ceil((top + 0.5) / interval) * interval);
    m_retransY->setTickType(QValueAxis::TicksDynamic);
    m_retransY->setTickAnchor(0);
    m_retransY->setTickInterval(interval);
    placePlayhead();
}

void CompareChart::setTime(qint64 t)
{
    m_time = toSeconds(t);
    placePlayhead();
}

void CompareChart::placePlayhead()
{
    const double x = std::clamp(m_time, m_series.from, m_series.to);
    m_statePlayhead->replace(QList<QPointF>{{x, -0.5}, {x, double(std::max<std::size_t>(1, m_series.states.size())) - 0.5}});
    m_retransPlayhead->replace(QList<QPointF>{{x, 0.0}, {x, m_retransY->max()}});
}

void CompareChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange();
}

void CompareChart::arrange()
{
    const bool tabbed = width() < kSideBySideEm * fontMetrics().height();
    if (m_arranged && tabbed == m_tabbed)
        return;
    m_arranged = true;
    m_tabbed = tabbed;
    auto *row = static_cast<QHBoxLayout *>(m_row->layout());
    if (tabbed) {
        m_tabs->addTab(m_stateView, QString());
        m_tabs->addTab(m_retransView, QString());
        m_stack->setCurrentWidget(m_tabs);
    } else {
        while (m_tabs->count() > 0)
            m_tabs->removeTab(0);
        row->addWidget(m_stateView, 3);
        row->addWidget(m_retransView, 2);
        m_stateView->show();
        m_retransView->show();
        m_stack->setCurrentWidget(m_row);
    }
    retranslateUi();
}

bool CompareChart::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress && m_a && m_b) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        QChart *chart = watched == m_stateView->viewport() ? m_stateChart : m_retransChart;
        if (mouse->button() == Qt::LeftButton && chart->plotArea().contains(mouse->position())) {
            const QPointF value = chart->mapToValue(mouse->position());
            emit seekRequested(fromSeconds(std::clamp(value.x(), m_series.from, m_series.to)));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CompareChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CompareChart::retranslateUi()
{
    const QString stateTitle = tr("State of each endpoint (A solid, B dashed)");
    const QString retransTitle = tr("Retransmissions so far");
    // Tabbed, the titles are the tabs' and the charts keep their height for the data.
    m_stateChart->setTitle(m_tabbed ? QString() : stateTitle);
    m_retransChart->setTitle(m_tabbed ? QString() : retransTitle);
    if (m_tabbed && m_tabs->count() == 2) {
        m_tabs->setTabText(0, stateTitle);
        m_tabs->setTabText(1, retransTitle);
    }
    m_stateX->setTitleText(QString());
    m_retransX->setTitleText(tr("time (s)"));
    for (Side side : {Side::Client, Side::Server}) {
        m_state[0][static_cast<int>(side)]->setName(tr("A %1").arg(text::sideRole(side)));
        m_state[1][static_cast<int>(side)]->setName(tr("B %1").arg(text::sideRole(side)));
    }
    m_retrans[0]->setName(tr("A"));
    m_retrans[1]->setName(tr("B"));
}

} // namespace closelab
