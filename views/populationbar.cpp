// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/populationbar.h"

#include "views/populationheader.h"
#include "views/populationtext.h"
#include "views/zoom.h"

#include "core/populationmoment.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace closelab {

PopulationBar::PopulationBar(QWidget *parent)
    : QToolBar(parent), m_header(new PopulationHeader(this)), m_summary(m_header->summaryButton())
{
    setObjectName(QStringLiteral("populationBar"));
    setMovable(false);
    // The header flows its phrases into as few lines as the bar's width allows, the button at the end
    // of the last one (views/populationheader.h); it sets its own height for its width.
    addWidget(m_header);
    connect(m_summary, &QToolButton::clicked, this, &PopulationBar::showSummary);
    setVisible(false);
    refresh();
}

void PopulationBar::setPopulation(std::shared_ptr<const PopulationResult> result)
{
    m_result = std::move(result);
    setVisible(m_result != nullptr);
    refresh();
}

void PopulationBar::setTime(qint64 t)
{
    m_time = t;
    if (m_result) refresh();
}

void PopulationBar::setZoom(double factor)
{
    m_zoom = zoom::clamped(factor);
    m_header->setFont(zoom::font(m_zoom));
}

QString PopulationBar::headerText() const { return m_header->text(); }

QString PopulationBar::summaryHtml() const { return m_result ? text::populationSummaryHtml(*m_result) : QString(); }

void PopulationBar::showSummary()
{
    if (!m_result) return;
    auto *dialog = new QDialog(window());
    dialog->setObjectName(QStringLiteral("populationSummaryDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Population summary"));
    auto *browser = new QTextBrowser(dialog);
    browser->setHtml(summaryHtml());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    dialog->resize(fontMetrics().averageCharWidth() * 70, fontMetrics().height() * 30);
    dialog->show();
}

void PopulationBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) refresh();
    QToolBar::changeEvent(event);
}

void PopulationBar::refresh()
{
    setWindowTitle(tr("Population"));
    m_summary->setText(tr("Population summary…"));
    m_summary->setToolTip(tr("Connections made and failed by errno, accepts failed, RSTs by reason, peaks and when they were reached"));
    QString note;
    if (m_result) {
        const PopulationMoment m = populationAt(*m_result, double(m_time) / 1e9);
        m_header->setText(text::populationHeader(m) + QLatin1Char('\n') + text::sampleLabel(*m_result));
        note = text::populationNarrationHtml(m, *m_result);
    } else {
        m_header->setText(QString());
    }
    if (note != m_note) {
        m_note = note;
        emit populationNoteChanged(m_note);
    }
}

} // namespace closelab
