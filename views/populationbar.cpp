// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/populationbar.h"

#include "views/populationtext.h"
#include "views/zoom.h"

#include "core/populationmoment.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace closelab {

PopulationBar::PopulationBar(QWidget *parent) : QToolBar(parent), m_header(new QLabel(this)), m_summary(new QToolButton(this))
{
    setObjectName(QStringLiteral("populationBar"));
    setMovable(false);
    m_header->setObjectName(QStringLiteral("populationHeader"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_summary->setObjectName(QStringLiteral("populationSummaryButton"));
    m_header->installEventFilter(this);
    addWidget(m_header);
    addWidget(m_summary);
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
    const QFont font = zoom::font(m_zoom);
    m_header->setFont(font);
    m_summary->setFont(font);
    fitHeaderHeight();
}

void PopulationBar::fitHeaderHeight()
{
    const int width = m_header->width() - m_header->contentsMargins().left() - m_header->contentsMargins().right();
    const int height = m_header->heightForWidth(std::max(width, 1));
    if (height > 0 && m_header->maximumHeight() != height)
        m_header->setMaximumHeight(height);
}

bool PopulationBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_header && event->type() == QEvent::Resize)
        fitHeaderHeight();
    return QToolBar::eventFilter(watched, event);
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
        m_header->clear();
    }
    fitHeaderHeight();
    if (note != m_note) {
        m_note = note;
        emit populationNoteChanged(m_note);
    }
}

} // namespace closelab
