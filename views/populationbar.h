// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/population.h"

#include <QToolBar>

#include <memory>

class QToolButton;

namespace closelab {

class PopulationHeader;

/// The header of a population run, above the sequence diagram: the population at t (sockets per state on
/// each side, connect() failures by errno and RSTs by reason so far), the label of the sample connection
/// the diagram shows, and "Population summary…". Hidden for single-connection runs. Emits the narration's
/// paragraph about the population at t (populationNoteChanged) for the narration panel.
class PopulationBar : public QToolBar {
    Q_OBJECT

public:
    explicit PopulationBar(QWidget *parent = nullptr);
    void setPopulation(std::shared_ptr<const PopulationResult> result);
    QString headerText() const;
    QString note() const { return m_note; }
    /// The summary's HTML (also shown by the button).
    QString summaryHtml() const;
    /// View → Zoom: the header's text and the button follow the window's zoom factor (views/zoom.h).
    void setZoom(double factor);
    double zoom() const { return m_zoom; }
    /// The header: its text and button where they are drawn (views/populationheader.h).
    PopulationHeader *header() const { return m_header; }

public slots:
    void setTime(qint64 t);
    void showSummary();

signals:
    void populationNoteChanged(const QString &html);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    std::shared_ptr<const PopulationResult> m_result;
    qint64 m_time = 0;
    PopulationHeader *m_header;
    QToolButton *m_summary;
    QString m_note;
    double m_zoom = 1.0;
};

} // namespace closelab
