// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/server/diagnosis.h"
#include "core/server/snapshot.h"

#include <QScrollArea>

#include <vector>

class QLabel;
class QVBoxLayout;

namespace closelab {

/// Server Health: a snapshot (core/server) drawn as sockets by state, ports in use per destination
/// against ip_local_port_range, listeners' accept queues against their backlog, the counters that
/// matter in words, the limits with headroom bars, and the findings with their evidence, kernel rule,
/// what to change and not, and two intents: open the library scenario, simulate the snapshot.
/// A passive renderer: it computes nothing the diagnosis did not.
class ServerHealthView : public QScrollArea {
    Q_OBJECT

public:
    explicit ServerHealthView(QWidget *parent = nullptr);

    void setSnapshot(const server::Snapshot &snapshot, const std::vector<server::Finding> &findings);
    const server::Snapshot &snapshot() const { return m_snapshot; }
    const std::vector<server::Finding> &findings() const { return m_findings; }
    /// Shows the "Open scenario" / "Simulate this" buttons (an import) or not (This Machine's live view).
    void setActionsVisible(bool on);
    void setZoom(double factor);
    double zoom() const { return m_zoom; }

signals:
    /// "Open scenario" on a finding: its library scenario, with the snapshot's sysctls.
    void openScenarioRequested(const QString &scenario);
    /// "Simulate this": a population run resembling the snapshot.
    void simulateRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void addTitle(const QString &text);
    void addInputs();
    void addFindings();
    void addStates();
    void addDestinations();
    void addListeners();
    void addCounters();
    void addLimits();

    server::Snapshot m_snapshot;
    std::vector<server::Finding> m_findings;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_layout = nullptr;
    bool m_actions = true;
    double m_zoom = 1.0;
};

} // namespace closelab
