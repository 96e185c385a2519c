// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/capture/connection.h"

#include <QAbstractTableModel>

#include <memory>

/// What File > Open Capture… read: the index and the explained connections (immutable, shared).
struct CaptureData {
    closelab::capture::CaptureIndex index;
    std::vector<closelab::capture::Connection> connections;
};

/// The connections of a capture, one a row: id, client, server, start, duration, packets, how it ended,
/// the first finding. Qt::UserRole gives the raw value each column sorts by.
class CaptureConnectionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Client, Server, Start, Duration, Packets, Ended, Finding, ColumnCount };

    explicit CaptureConnectionsModel(QObject *parent = nullptr);
    void setCapture(std::shared_ptr<const CaptureData> capture);
    std::shared_ptr<const CaptureData> capture() const { return m_capture; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "FIN both ways", "RST by the client", … (translated).
    static QString endingText(closelab::capture::Ending e);
    /// "net.ipv4.tcp_orphan_retries ∈ {0, 8} if close() was called" (sysctl tokens untranslated).
    static QString findingText(const closelab::capture::Finding &f);
    /// Re-translates the header and the texts.
    void retranslate();

private:
    std::shared_ptr<const CaptureData> m_capture;
};
