// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/captureconnectionsmodel.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;
class QVBoxLayout;
namespace closelab {
class ZoomStyle;
}

/// A capture's connections (sortable, filterable) and the explanation of the chosen one: each side's
/// states (inferred ones marked), retransmissions, RSTs and why, what the capture point hides, and the
/// sysctl values consistent with it. Choosing a connection emits connectionChosen().
class CaptureView : public QWidget
{
    Q_OBJECT

public:
    explicit CaptureView(QWidget *parent = nullptr);
    void setCapture(std::shared_ptr<const CaptureData> capture);
    CaptureConnectionsModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    /// Selects the connection with this id (and emits connectionChosen).
    void choose(quint32 id);
    /// View → Zoom (views/zoom.h): the summary, the filter, the table (rows, header, columns sized to
    /// their contents again) and the explanation in the zoomed font, the scroll bars' handles at the zoom.
    void setZoom(double factor);
    double zoom() const { return m_zoom; }
    /// The explanation of one connection as HTML (also what the panel shows).
    static QString explanationHtml(const CaptureData &capture, const closelab::capture::Connection &c);

signals:
    void connectionChosen(quint32 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showChosen();

    CaptureConnectionsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_summary;
    QLineEdit *m_filter;
    QTableView *m_table;
    QTextBrowser *m_details;
    qint64 m_chosen = -1;
    double m_zoom = 1.0;
    QVBoxLayout *m_layout;
    closelab::ZoomStyle *m_controlStyle = nullptr;
};
