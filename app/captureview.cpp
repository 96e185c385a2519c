// SPDX-License-Identifier: GPL-3.0-or-later
#include "captureview.h"

#include "views/capturetexts.h"
#include "views/codetexts.h"
#include "views/zoom.h"
#include "views/zoomstyle.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <cmath>

using namespace closelab;
using namespace closelab::capture;

CaptureView::CaptureView(QWidget *parent)
    : QWidget(parent)
    , m_model(new CaptureConnectionsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_summary(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_details(new QTextBrowser(this))
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("captureView"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CaptureConnectionsModel::Id, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_summary->setWordWrap(true);
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("captureFilter"));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    QVBoxLayout *layout = m_layout;
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_filter);
    layout->addWidget(split, 1);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (!current.isValid()) return;
        const QModelIndex source = m_proxy->mapToSource(current);
        m_chosen = source.row();
        showChosen();
        emit connectionChosen(quint32(source.row()));
    });
    retranslate();
}

void CaptureView::setCapture(std::shared_ptr<const CaptureData> capture)
{
    m_chosen = -1;
    m_model->setCapture(std::move(capture));
    m_table->resizeColumnsToContents();
    retranslate();
    showChosen();
}

void CaptureView::setZoom(double factor)
{
    factor = zoom::clamped(factor);
    if (factor == m_zoom)
        return;
    m_zoom = factor;
    const QFont font = zoom::font(m_zoom);
    // Explicitly: the header's font is the style's own and does not follow the panel's.
    setFont(font);
    m_table->horizontalHeader()->setFont(font);
    const QFontMetrics fm(font);
    // A row of a line and some room above and below it.
    m_table->verticalHeader()->setMinimumSectionSize(fm.height());
    m_table->verticalHeader()->setDefaultSectionSize(int(std::ceil(fm.height() * 1.4)));
    closelab::ZoomStyle *old = m_controlStyle;
    m_controlStyle = m_zoom == 1.0 ? nullptr : new closelab::ZoomStyle(m_zoom);
    if (m_controlStyle)
        m_controlStyle->setParent(this);
    for (QScrollBar *bar : {m_table->verticalScrollBar(), m_table->horizontalScrollBar(), m_details->verticalScrollBar(), m_details->horizontalScrollBar()})
        bar->setStyle(m_controlStyle);
    delete old;
    const int margin = int(std::lround(4 * m_zoom));
    m_layout->setContentsMargins(margin, margin, margin, margin);
    m_table->resizeColumnsToContents();
}

void CaptureView::choose(quint32 id)
{
    const QModelIndex source = m_model->index(int(id), 0);
    const QModelIndex row = m_proxy->mapFromSource(source);
    if (!row.isValid()) return;
    m_table->setCurrentIndex(row);
    m_table->scrollTo(row);
}

QString CaptureView::explanationHtml(const CaptureData &capture, const Connection &c)
{
    (void)capture;
    QString html = QStringLiteral("<p><b>#%1 %2 → %3</b> — %4</p>")
                       .arg(c.id)
                       .arg(QString::fromStdString(endpointText(c.client)).toHtmlEscaped(),
                            QString::fromStdString(endpointText(c.server)).toHtmlEscaped(),
                            CaptureConnectionsModel::endingText(c.ending).toHtmlEscaped());
    if (!c.findings.empty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Settings consistent with the capture"));
        for (const Finding &f : c.findings)
            html += QStringLiteral("<li>%1 (%2)</li>").arg(CaptureConnectionsModel::findingText(f).toHtmlEscaped(), text::sideRole(f.side));
        html += QStringLiteral("</ul>");
    }
    if (c.bothClosed) html += QStringLiteral("<p>%1</p>").arg(tr("Both sides closed at once: their FINs crossed."));
    for (const RstEvent &r : c.rsts) {
        QString why = text::captureRstCauseText(r.reason);
        if (r.alternative != RstCause::Unknown) why = tr("%1, or %2 (the capture cannot tell which)").arg(why, text::captureRstCauseText(r.alternative));
        html += QStringLiteral("<p>%1</p>").arg(tr("RST from the %1 at %2 s (frame %3): %4")
                                                     .arg(text::sideRole(r.from))
                                                     .arg(QString::number(toSeconds(r.t), 'f', 3))
                                                     .arg(r.frame)
                                                     .arg(why)
                                                     .toHtmlEscaped());
    }
    for (const std::string &n : c.notes) html += QStringLiteral("<p>%1</p>").arg(text::captureNoteText(n).toHtmlEscaped());
    for (int s = 0; s < 2; ++s) {
        const Side side = s ? Side::Server : Side::Client;
        QStringList steps;
        for (const StateStep &st : c.states[std::size_t(s)]) {
            QString step = QStringLiteral("%1 %2").arg(text::captureStepText(st), QString::number(toSeconds(st.t), 'f', 3));
            if (st.inferred) step = QStringLiteral("<i>%1 (%2)</i>").arg(step, tr("inferred"));
            steps << step;
        }
        QStringList retrans;
        for (int k = 0; k < kRetransKindCount; ++k)
            if (const int n = c.retransmissions[std::size_t(s)][std::size_t(k)]) retrans << QStringLiteral("%1 × %2").arg(text::retransKindLabel(RetransKind(k))).arg(n);
        html += QStringLiteral("<p><b>%1</b>: %2").arg(text::sideRole(side), steps.join(QStringLiteral(" → ")));
        if (!retrans.isEmpty()) html += QStringLiteral("<br>%1 %2").arg(tr("Retransmissions:"), retrans.join(QStringLiteral(", ")));
        html += QStringLiteral("</p>");
    }
    return html;
}

void CaptureView::showChosen()
{
    const auto capture = m_model->capture();
    if (!capture || m_chosen < 0 || std::size_t(m_chosen) >= capture->connections.size()) {
        m_details->setHtml(QStringLiteral("<p>%1</p>").arg(tr("Choose a connection to see each side's states and what the capture says about the kernel's settings.")));
        return;
    }
    m_details->setHtml(explanationHtml(*capture, capture->connections[std::size_t(m_chosen)]));
}

void CaptureView::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter connections (address, port, ending, finding)…"));
    const auto capture = m_model->capture();
    if (!capture) {
        m_summary->setText(tr("No capture open. File > Open Capture… reads a pcap or pcapng file."));
    } else {
        QString text = tr("%1: %2 packets, %3 TCP, %4 connections")
                           .arg(QString::fromStdString(capture->index.file).section(QLatin1Char('/'), -1))
                           .arg(capture->index.packets)
                           .arg(capture->index.tcpPackets)
                           .arg(capture->connections.size());
        if (capture->index.truncated) text += QLatin1Char(' ') + tr("(truncated: explained up to where the file ends)");
        m_summary->setText(text);
    }
    m_model->retranslate();
    showChosen();
}

void CaptureView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}
