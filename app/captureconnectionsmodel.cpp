// SPDX-License-Identifier: GPL-3.0-or-later
#include "captureconnectionsmodel.h"

#include "views/capturetexts.h"
#include "views/codetexts.h"

using namespace closelab;
using namespace closelab::capture;

CaptureConnectionsModel::CaptureConnectionsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CaptureConnectionsModel::setCapture(std::shared_ptr<const CaptureData> capture)
{
    beginResetModel();
    m_capture = std::move(capture);
    endResetModel();
}

int CaptureConnectionsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_capture) return 0;
    return int(m_capture->connections.size());
}

int CaptureConnectionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CaptureConnectionsModel::endingText(Ending e)
{
    switch (e) {
    case Ending::FinBothWays: return tr("FIN both ways");
    case Ending::RstByClient: return tr("RST by the client");
    case Ending::RstByServer: return tr("RST by the server");
    case Ending::StillOpen: return tr("still open");
    case Ending::GaveUp: return tr("gave up (retries)");
    case Ending::Refused: return tr("refused (no listener)");
    }
    return {};
}

QString CaptureConnectionsModel::findingText(const closelab::capture::Finding &f)
{
    return text::captureFindingText(f);
}

QVariant CaptureConnectionsModel::data(const QModelIndex &index, int role) const
{
    if (!m_capture || !index.isValid() || index.row() >= rowCount()) return {};
    const Connection &c = m_capture->connections[std::size_t(index.row())];
    if (role == Qt::TextAlignmentRole) {
        const bool number = index.column() == Id || index.column() == Start || index.column() == Duration || index.column() == Packets;
        return QVariant(int((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    }
    if (role != Qt::DisplayRole && role != Qt::UserRole && role != Qt::ToolTipRole) return {};
    const bool raw = role == Qt::UserRole;
    switch (index.column()) {
    case Id: return raw ? QVariant(qulonglong(c.id)) : QVariant(QString::number(c.id));
    case Client: return QString::fromStdString(endpointText(c.client));
    case Server: return QString::fromStdString(endpointText(c.server));
    case Start: return raw ? QVariant(toSeconds(c.start)) : QVariant(QString::number(toSeconds(c.start), 'f', 3));
    case Duration: return raw ? QVariant(toSeconds(c.end - c.start)) : QVariant(QString::number(toSeconds(c.end - c.start), 'f', 3));
    case Packets: return raw ? QVariant(qulonglong(c.segments.size())) : QVariant(QString::number(c.segments.size()));
    case Ended: return endingText(c.ending);
    case Finding: return c.findings.empty() ? QString() : findingText(c.findings.front());
    default: return {};
    }
}

QVariant CaptureConnectionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id: return QStringLiteral("#");
    case Client: return tr("Client");
    case Server: return tr("Server");
    case Start: return tr("Start (s)");
    case Duration: return tr("Duration (s)");
    case Packets: return tr("Packets");
    case Ended: return tr("Ended");
    case Finding: return tr("First finding");
    default: return {};
    }
}

void CaptureConnectionsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}
