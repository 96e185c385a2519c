// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trace.h"

#include <QWidget>

#include <memory>

class QLabel;
class QTableView;
class QTextBrowser;

namespace closelab {

class EventLogModel;

/// The right-hand pane: the current event's explanation (what, why, which sysctl governs it) above
/// the event log. Follows the playhead; clicking a log row seeks, clicking the sysctl asks for it
/// to be highlighted. A passive renderer of (trace, t).
class NarrationPanel : public QWidget {
    Q_OBJECT

public:
    explicit NarrationPanel(QWidget *parent = nullptr);

    void setTrace(std::shared_ptr<const Trace> trace);
    SimTime time() const { return m_time; }
    /// The log row of the current event, or -1.
    int currentRow() const;
    /// The explanation as shown (HTML).
    QString explanationHtml() const;
    EventLogModel *model() const { return m_model; }
    QTableView *logView() const { return m_log; }
    double zoom() const { return m_zoom; }

public slots:
    void setTime(qint64 t);
    /// One zoom factor for the explanation and the event log (views/zoom.h).
    void setZoom(double factor);
    /// A population run: its paragraph at t (HTML, views/populationtext.h), shown above the sample's events.
    void setPopulationNote(const QString &html);

signals:
    void seekRequested(qint64 t);
    /// The user clicked a sysctl ("net.ipv4.tcp_fin_timeout"): highlight it in the parameters.
    void sysctlActivated(const QString &key);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateExplanation();
    /// Sets the explanation's HTML unless it is what is shown already: a slider moved or a re-run
    /// usually leaves the explanation at t as it was, and parsing and laying out the same HTML again
    /// took about a tenth of a slider change.
    void setExplanation(const QString &html);
    void retranslateUi();

    std::shared_ptr<const Trace> m_trace;
    void applyZoom();

    SimTime m_time = 0;
    double m_zoom = 1.0;
    QString m_populationNote;
    QString m_explanationSource; ///< the HTML last given to m_explanation
    QLabel *m_title;
    QTextBrowser *m_explanation;
    QLabel *m_logTitle;
    QTableView *m_log;
    EventLogModel *m_model;
};

} // namespace closelab
