// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

class QAction;
class QWidget;

/// The zoom for people (views/zoom.h): View → Zoom In (Ctrl+=, Ctrl++), Zoom Out (Ctrl+−),
/// Actual Size (Ctrl+0), 75–300 %, remembered in QSettings once restore() has read it; and
/// View → Full Screen (F11) for the window it serves. The window hands factorChanged() to every
/// zoomable view in one place (MainWindow::applyZoom).
class ZoomController : public QObject
{
    Q_OBJECT

public:
    explicit ZoomController(QWidget *window);

    double factor() const { return m_factor; }
    /// Zoom In, Zoom Out, Actual Size, a separator, Full Screen.
    QList<QAction *> actions() const;
    QAction *fullScreenAction() const { return m_fullScreen; }

    /// Reads the saved factor and saves every later change (screenshots never call it).
    void restore();
    /// The factor restore() will read (1.0 if none is saved): the window can be made at it.
    static double savedFactor();
    void retranslateUi();

public slots:
    /// Clamped to 75–300 %; emits factorChanged() when it changes.
    void setFactor(double factor);

signals:
    void factorChanged(double factor);

private:
    void toggleFullScreen(bool on);

    QWidget *m_window;
    double m_factor = 1.0;
    bool m_persistent = false;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_actualSize;
    QAction *m_separator;
    QAction *m_fullScreen;
};
