// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/captureconnectionsmodel.h"

#include <QObject>
#include <QPointer>

#include <optional>

class CaptureView;
class ReplayLauncher;
class MainWindow;
class QAction;
class QDockWidget;

/// File > Open Capture…, `closelab FILE.pcap` and dropping a capture on the window: reads a pcap or
/// pcapng file on a worker thread (progress and Cancel), shows its connections in a dock beside the
/// timeline, and the chosen connection in every view (as a Trace, inferred parts marked).
class CaptureLauncher : public QObject
{
    Q_OBJECT

public:
    explicit CaptureLauncher(MainWindow *window);

    QAction *action() const { return m_action; }
    QDockWidget *dock() const { return m_dock; }
    CaptureView *view() const { return m_view; }
    std::shared_ptr<const CaptureData> capture() const { return m_capture; }
    /// The connection shown in the views, if any.
    std::optional<quint32> chosenConnection() const { return m_chosen; }
    /// File > Replay on the Engine (app/replaylauncher.h).
    ReplayLauncher *replayLauncher() const { return m_replay; }

    /// .pcap, .pcapng, .cap (case-insensitive).
    static bool isCaptureFile(const QString &path);
    /// Reads in the background with a progress dialog; a bad file is reported in a message box.
    void openFile(const QString &path);
    /// Reads and shows it before returning (command line, screenshots): an error message, or empty.
    /// Without `connection`, the first connection with a finding or an RST is shown.
    QString openNow(const QString &path, std::optional<quint32> connection = std::nullopt);
    /// Shows connection `id` of the open capture in every view.
    void choose(quint32 id);
    /// The translated one-line message for a file that could not be read.
    static QString errorText(const QString &path, int error, const QString &detail);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openDialog();
    void show(std::shared_ptr<const CaptureData> capture, quint32 connection);
    void retranslate();

    MainWindow *m_window;
    QAction *m_action;
    QDockWidget *m_dock = nullptr;
    CaptureView *m_view = nullptr;
    std::shared_ptr<const CaptureData> m_capture;
    std::optional<quint32> m_chosen;
    ReplayLauncher *m_replay;
};
