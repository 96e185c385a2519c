// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/serverhealthview.h"

#include "views/headroombar.h"
#include "views/palette.h"
#include "views/servertexts.h"
#include "views/zoom.h"

#include "core/server/snapshotjson.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>

namespace closelab {

namespace {

QString q(const std::string &s) { return QString::fromStdString(s); }
QString q(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }
QString number(std::int64_t v) { return QLocale().toString(qint64(v)); }

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

QColor severityColor(server::Severity s)
{
    switch (s) {
    case server::Severity::Critical: return QColor(0xc0, 0x39, 0x2b);
    case server::Severity::Warning: return QColor(0xc7, 0x7c, 0x0e);
    case server::Severity::Info: return QColor(0x3f, 0x6f, 0xb0);
    }
    return palette::ink();
}

} // namespace

ServerHealthView::ServerHealthView(QWidget *parent) : QScrollArea(parent)
{
    setObjectName(QStringLiteral("serverHealthView"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    rebuild();
}

void ServerHealthView::setSnapshot(const server::Snapshot &snapshot, const std::vector<server::Finding> &findings)
{
    m_snapshot = snapshot;
    m_findings = findings;
    rebuild();
}

void ServerHealthView::setActionsVisible(bool on)
{
    m_actions = on;
    rebuild();
}

void ServerHealthView::setZoom(double factor)
{
    m_zoom = zoom::clamped(factor);
    rebuild();
}

void ServerHealthView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) rebuild();
    QScrollArea::changeEvent(event);
}

void ServerHealthView::rebuild()
{
    const int scrollY = verticalScrollBar() ? verticalScrollBar()->value() : 0;
    m_content = new QWidget;
    m_content->setFont(zoom::font(m_zoom));
    // Two columns: what was read and the findings on the left, the figures on the right
    auto *columns = new QHBoxLayout(m_content);
    const int em = int(zoom::em(m_content->font()));
    columns->setContentsMargins(em, em, em, em);
    columns->setSpacing(em * 2);
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    for (QVBoxLayout *c : {left, right}) c->setSpacing(em / 2);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    m_layout = left;
    addInputs();
    addFindings();
    m_layout->addStretch(1);
    m_layout = right;
    addStates();
    addDestinations();
    addListeners();
    addLimits();
    addCounters();
    m_layout->addStretch(1);
    setWidget(m_content); // deletes the previous content
    verticalScrollBar()->setValue(scrollY);
}

void ServerHealthView::addTitle(const QString &text)
{
    auto *l = new QLabel(text, m_content);
    l->setFont(zoom::font(m_zoom, 1.2));
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    m_layout->addSpacing(int(zoom::em(m_content->font()) * 0.5));
    m_layout->addWidget(l);
}

void ServerHealthView::addInputs()
{
    if (m_snapshot.inputs.empty()) {
        m_layout->addWidget(wrapped(tr("No snapshot yet: File → Import Server Snapshot… reads ss, netstat, nstat, /proc/net and sysctl text."), m_content));
        return;
    }
    addTitle(tr("What was read"));
    for (const server::InputSummary &in : m_snapshot.inputs) {
        QString line = tr("%1: %2, %n line(s)", nullptr, int(in.lines)).arg(q(in.file), q(server::formatName(in.format)));
        auto *l = wrapped(line, m_content);
        if (in.unrecognised > 0) {
            l->setText(line + QStringLiteral(" · ") + tr("%n line(s) not understood", nullptr, int(in.unrecognised)));
            QStringList tip;
            for (const server::UnrecognisedLine &u : in.samples) tip << tr("line %1: %2").arg(u.line).arg(q(u.text).toHtmlEscaped());
            l->setToolTip(tip.join(QStringLiteral("<br>")));
        }
        m_layout->addWidget(l);
    }
}

void ServerHealthView::addFindings()
{
    if (m_snapshot.inputs.empty()) return;
    addTitle(tr("Findings"));
    if (m_findings.empty()) {
        m_layout->addWidget(wrapped(tr("No finding: nothing in this snapshot crosses a threshold."), m_content));
        return;
    }
    const int em = int(zoom::em(m_content->font()));
    for (const server::Finding &f : m_findings) {
        const QString code = q(f.code);
        auto *box = new QFrame(m_content);
        box->setObjectName(QStringLiteral("finding_") + code);
        box->setFrameShape(QFrame::StyledPanel);
        const QColor c = severityColor(f.severity);
        box->setStyleSheet(QStringLiteral("QFrame#%1 { border-left: %2px solid %3; background: %4; }")
                               .arg(box->objectName()).arg(std::max(3, em / 3)).arg(c.name(), palette::paper().name()));
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(em, em / 2, em, em / 2);
        QString where = !f.remote.empty() ? q(f.remote) : q(f.local);
        auto *title = new QLabel(QStringLiteral("<b><span style='color:%1'>%2</span> · %3</b>%4")
                                     .arg(c.name(), text::severityLabel(f.severity).toHtmlEscaped(), text::findingTitle(code).toHtmlEscaped(),
                                          where.isEmpty() ? QString() : QStringLiteral(" (") + where.toHtmlEscaped() + QLatin1Char(')')),
                                 box);
        title->setWordWrap(true);
        v->addWidget(title);
        v->addWidget(wrapped(text::findingMeaning(code), box));
        QStringList ev;
        for (const server::Evidence &e : f.evidence)
            ev << QStringLiteral("%1 %2").arg(text::evidenceLabel(q(e.key)), e.number ? number(*e.number) : q(e.text));
        v->addWidget(wrapped(tr("Evidence: %1").arg(ev.join(QStringLiteral(" · "))), box));
        if (const server::FindingRule *rule = server::findingRule(f.code)) {
            auto *kernel = wrapped(tr("Kernel: %1").arg(q(rule->kernelRule)), box);
            kernel->setStyleSheet(QStringLiteral("color: %1").arg(palette::mutedInk().name()));
            v->addWidget(kernel);
        }
        v->addWidget(wrapped(tr("Change: %1").arg(text::findingChange(code)), box));
        v->addWidget(wrapped(tr("Not: %1").arg(text::findingDontChange(code)), box));
        if (m_actions) {
            auto *buttons = new QHBoxLayout;
            if (const server::FindingRule *rule = server::findingRule(f.code)) {
                const QString scenario = q(rule->scenario);
                auto *open = new QPushButton(tr("Open scenario “%1”").arg(scenario), box);
                open->setObjectName(QStringLiteral("open_") + code);
                open->setToolTip(tr("Opens the library scenario %1 with this snapshot's sysctls").arg(scenario));
                connect(open, &QPushButton::clicked, this, [this, scenario] { emit openScenarioRequested(scenario); });
                buttons->addWidget(open);
            }
            auto *simulate = new QPushButton(tr("Simulate this"), box);
            simulate->setObjectName(QStringLiteral("simulate_") + code);
            simulate->setToolTip(tr("A population run that resembles the snapshot: its sysctls, its connection rate, its closer, its leak"));
            connect(simulate, &QPushButton::clicked, this, &ServerHealthView::simulateRequested);
            buttons->addWidget(simulate);
            buttons->addStretch(1);
            v->addLayout(buttons);
        }
        m_layout->addWidget(box);
    }
}

void ServerHealthView::addStates()
{
    if (!m_snapshot.haveSocketTable) return;
    addTitle(tr("Sockets by state"));
    auto *grid = new QGridLayout;
    const std::int64_t total = std::max<std::int64_t>(1, m_snapshot.totalSockets());
    int row = 0;
    for (std::string_view name : server::kernelStateNames()) {
        const std::int64_t n = m_snapshot.state(name);
        if (n == 0) continue;
        grid->addWidget(new QLabel(q(name), m_content), row, 0);
        auto *bar = new HeadroomBar(m_content);
        bar->setObjectName(QStringLiteral("state_") + q(name));
        bar->setValue(double(n), 0, number(n), double(total));
        grid->addWidget(bar, row, 1);
        ++row;
    }
    grid->setColumnStretch(1, 1);
    m_layout->addLayout(grid);
}

void ServerHealthView::addDestinations()
{
    const auto ds = server::busiestDestinations(m_snapshot);
    if (ds.empty()) return;
    addTitle(tr("Ports in use per destination"));
    m_layout->addWidget(wrapped(tr("Each connection to one ip:port needs its own local port from ip_local_port_range (%1 ports); "
                                   "TIME_WAIT holds it for 60 s.").arg(number(m_snapshot.portRangeSize())), m_content));
    auto *grid = new QGridLayout;
    int row = 0;
    for (const server::Destination *d : ds) {
        if (row == 10) break;
        QStringList states;
        for (const auto &[state, n] : d->states) states << QStringLiteral("%1 %2").arg(q(state), number(n));
        auto *label = new QLabel(q(d->remote), m_content);
        label->setToolTip(states.join(QStringLiteral(", ")));
        grid->addWidget(label, row, 0);
        auto *bar = new HeadroomBar(m_content);
        bar->setObjectName(QStringLiteral("destination_%1").arg(row));
        bar->setValue(double(d->portsInUse), double(m_snapshot.portRangeSize()));
        grid->addWidget(bar, row, 1);
        grid->addWidget(new QLabel(states.join(QStringLiteral(" · ")), m_content), row, 2);
        ++row;
    }
    grid->setColumnStretch(1, 1);
    m_layout->addLayout(grid);
}

void ServerHealthView::addListeners()
{
    if (m_snapshot.listeners.empty()) return;
    addTitle(tr("Listeners: accept queue against the backlog"));
    auto *grid = new QGridLayout;
    int row = 0;
    for (const server::Listener &l : m_snapshot.listeners) {
        grid->addWidget(new QLabel(q(l.local), m_content), row, 0);
        auto *bar = new HeadroomBar(m_content);
        bar->setObjectName(QStringLiteral("listener_%1").arg(row));
        if (l.backlog)
            bar->setValue(double(l.recvQ), double(*l.backlog + 1), // sk_acceptq_is_full(): more than the backlog
                          tr("Recv-Q %1 / backlog %2").arg(number(l.recvQ), number(*l.backlog)));
        else
            bar->setValue(double(l.recvQ), 0, tr("Recv-Q %1 (backlog not shown by this input)").arg(number(l.recvQ)));
        grid->addWidget(bar, row, 1);
        ++row;
    }
    grid->setColumnStretch(1, 1);
    m_layout->addLayout(grid);
}

void ServerHealthView::addCounters()
{
    QList<QPair<QString, std::int64_t>> present;
    for (const QString &c : text::healthCounters())
        if (auto v = m_snapshot.counter(c.toStdString())) present.append({c, *v});
    if (present.isEmpty()) return;
    addTitle(tr("Counters"));
    auto *grid = new QGridLayout;
    int row = 0;
    for (const auto &[name, value] : present) {
        auto *n = new QLabel(name, m_content);
        auto *v = new QLabel(number(value), m_content);
        v->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (value > 0) {
            QFont f = v->font();
            f.setBold(true);
            v->setFont(f);
        }
        grid->addWidget(n, row, 0);
        grid->addWidget(v, row, 1);
        grid->addWidget(wrapped(text::counterMeaning(name), m_content), row, 2);
        ++row;
    }
    grid->setColumnStretch(2, 1);
    m_layout->addLayout(grid);
}

void ServerHealthView::addLimits()
{
    if (m_snapshot.inputs.empty()) return;
    addTitle(tr("Limits"));
    auto *grid = new QGridLayout;
    int row = 0;
    auto add = [&](const QString &key, const QString &what, double value, double limit, bool fromSnapshot) {
        auto *label = new QLabel(fromSnapshot ? key : tr("%1 (default)").arg(key), m_content);
        label->setToolTip(fromSnapshot ? tr("value from the snapshot") : tr("not in the snapshot: Linux's default"));
        grid->addWidget(label, row, 0);
        auto *bar = new HeadroomBar(m_content);
        bar->setObjectName(QStringLiteral("limit_") + key);
        bar->setValue(value, limit);
        grid->addWidget(bar, row, 1);
        grid->addWidget(new QLabel(what, m_content), row, 2);
        ++row;
    };
    const server::Snapshot &s = m_snapshot;
    const std::int64_t tw = s.haveSocketTable ? s.state("TIME_WAIT") : s.sockstat.tw.value_or(0);
    add(QStringLiteral("net.ipv4.tcp_max_tw_buckets"), tr("TIME_WAIT sockets"), double(tw),
        double(s.sysctlNumber("net.ipv4.tcp_max_tw_buckets")), s.hasSysctl("net.ipv4.tcp_max_tw_buckets"));
    if (s.sockstat.orphan)
        add(QStringLiteral("net.ipv4.tcp_max_orphans"), tr("orphan sockets"), double(*s.sockstat.orphan),
            double(s.sysctlNumber("net.ipv4.tcp_max_orphans")), s.hasSysctl("net.ipv4.tcp_max_orphans"));
    std::int64_t largestBacklog = 0;
    for (const server::Listener &l : s.listeners) largestBacklog = std::max(largestBacklog, l.backlog.value_or(0));
    if (largestBacklog > 0)
        add(QStringLiteral("net.core.somaxconn"), tr("largest listen() backlog"), double(largestBacklog),
            double(s.sysctlNumber("net.core.somaxconn")), s.hasSysctl("net.core.somaxconn"));
    if (s.haveSocketTable)
        add(QStringLiteral("net.ipv4.tcp_max_syn_backlog"), tr("SYN_RECV requests"), double(s.state("SYN_RECV")),
            double(s.sysctlNumber("net.ipv4.tcp_max_syn_backlog")), s.hasSysctl("net.ipv4.tcp_max_syn_backlog"));
    const auto ds = server::busiestDestinations(s);
    add(QStringLiteral("net.ipv4.ip_local_port_range"), tr("ports in use toward the busiest destination"),
        ds.empty() ? 0.0 : double(ds.front()->portsInUse), double(s.portRangeSize()), s.hasSysctl("net.ipv4.ip_local_port_range"));
    if (s.fdLimit && s.haveSocketTable) {
        const std::int64_t held = std::max<std::int64_t>(0, s.totalSockets() - s.state("TIME_WAIT") - s.state("SYN_RECV"));
        add(QStringLiteral("ulimit -n"), tr("sockets holding a descriptor (all processes)"), double(held), double(*s.fdLimit), true);
    }
    grid->setColumnStretch(1, 1);
    m_layout->addLayout(grid);
}

} // namespace closelab
