// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trace.h"

#include <QWidget>

#include <memory>

class QLabel;
class QSplitter;
class QTableView;
class QTextBrowser;
class QToolButton;

namespace closelab {

class EventLogModel;

/// The right-hand pane: the current event's explanation (what, why, which sysctl governs it) above
/// the event log. Follows the playhead; clicking a log row seeks, clicking the sysctl asks for it
/// to be highlighted. A passive renderer of (trace, t).
///
/// Its widgets and the log's model are made when first needed: the panel is shown where it can be
/// seen, buildContent() is called (the main window does so when its dock comes to the front), or an
/// accessor below needs them (views/latewidgets.h). Until then it keeps what it was told (run,
/// time, zoom, population note): a panel behind another dock's tab costs nothing at start-up.
class NarrationPanel : public QWidget {
    Q_OBJECT

public:
    explicit NarrationPanel(QWidget *parent = nullptr);

    void setTrace(std::shared_ptr<const Trace> trace);
    SimTime time() const { return m_time; }
    /// Makes the widgets now (once), showing what the panel was told so far.
    void buildContent();
    bool hasContent() const { return m_model != nullptr; }
    /// The log row of the current event, or -1.
    int currentRow() const;
    /// The explanation as shown (HTML).
    QString explanationHtml() const;
    EventLogModel *model() const;
    QTableView *logView() const;
    double zoom() const { return m_zoom; }
    /// The explanation's minimum height at a zoom (two whole lines and the document's margins),
    /// as applyZoom() gives it, without making the panel (for arranging docks: app/docklayout.h).
    static int minimumExplanationHeight(double zoom);
    /// The lines of explanation a roomy panel has room for before its event log takes any height.
    static constexpr int kRoomyExplanationLines = 5;
    /// The rows of the event log a roomy panel shows.
    static constexpr int kRoomyLogRows = 3;
    /// Whether the event log is shown: in a short panel (a 1280x720 window's dock column) the
    /// explanation takes the whole height and the log folds to its heading, which unfolds it. Where
    /// there is room for both (kRoomyExplanationLines and kRoomyLogRows), both are shown. The user's
    /// click on the heading decides from then on.
    bool isLogShown() const;
    /// Shows or hides the event log as a click on its heading does (the user's choice from then on).
    void setLogShown(bool shown);
    /// The height from which the explanation and the log both have their roomy sizes (see isLogShown()).
    int roomyHeight() const;

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
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    void updateExplanation();
    /// Sets the explanation's HTML unless it is what is shown already: a slider moved or a re-run
    /// usually leaves the explanation at t as it was, and parsing and laying out the same HTML again
    /// took about a tenth of a slider change.
    void setExplanation(const QString &html);
    void retranslateUi();
    /// Not made yet: a panel made with the window would have scrolled its log to the current row
    /// again; remembers how often since the last run and whether its layout was activated then
    /// (buildContent() scrolls the log the same way).
    void noteScroll();

    std::shared_ptr<const Trace> m_trace;
    void applyZoom();
    struct Roomy {
        int upper = 0; ///< the explanation's part of the splitter
        int lower = 0; ///< the log's part
    };
    /// The splitter's parts at roomyHeight().
    Roomy roomyParts() const;
    /// Folds or unfolds the log for the panel's height and the user's choice.
    void placeLog();

    SimTime m_time = 0;
    double m_zoom = 1.0;
    QString m_populationNote;
    QString m_explanationSource; ///< the HTML last given to m_explanation
    bool m_explanationPending = false; ///< buildContent() gives m_explanation its HTML at its end
    int m_scrollsAfterTrace = 0;    ///< see noteScroll()
    bool m_scrolledLaidOut = false; ///< see noteScroll()
    bool m_laidOut = false;         ///< see event()
    QLabel *m_title = nullptr; // these until m_model: made by buildContent()
    QTextBrowser *m_explanation = nullptr;
    QToolButton *m_logTitle = nullptr; ///< the log's heading; a click folds or unfolds the log
    QWidget *m_logPart = nullptr;      ///< the splitter's lower part: the heading and the log
    QSplitter *m_split = nullptr;
    QTableView *m_log = nullptr;
    enum class LogChoice { Auto, Shown, Hidden };
    LogChoice m_logChoice = LogChoice::Auto;
    bool m_splitDragged = false; ///< the user moved the splitter's handle
    EventLogModel *m_model = nullptr;
};

} // namespace closelab
