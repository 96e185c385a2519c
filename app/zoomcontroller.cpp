// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/zoomcontroller.h"

#include "views/zoom.h"

#include <QAction>
#include <QSettings>
#include <QWidget>

namespace {
const QString zoomKey = QStringLiteral("view/zoom");
}

ZoomController::ZoomController(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_zoomIn(new QAction(this))
    , m_zoomOut(new QAction(this))
    , m_actualSize(new QAction(this))
    , m_separator(new QAction(this))
    , m_fullScreen(new QAction(this))
{
    m_zoomIn->setObjectName(QStringLiteral("zoomInAction"));
    m_zoomOut->setObjectName(QStringLiteral("zoomOutAction"));
    m_actualSize->setObjectName(QStringLiteral("actualSizeAction"));
    m_fullScreen->setObjectName(QStringLiteral("fullScreenAction"));
    // Ctrl+= is where "+" is without Shift on most keyboards; Ctrl++ (QKeySequence::ZoomIn) too.
    m_zoomIn->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(QKeySequence::ZoomIn)});
    m_zoomOut->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Minus), QKeySequence(QKeySequence::ZoomOut)});
    m_actualSize->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_separator->setSeparator(true);
    m_fullScreen->setCheckable(true);
    m_fullScreen->setShortcut(QKeySequence(Qt::Key_F11));
    for (QAction *a : {m_zoomIn, m_zoomOut, m_actualSize, m_fullScreen})
        a->setShortcutContext(Qt::WindowShortcut);
    connect(m_zoomIn, &QAction::triggered, this, [this] { setFactor(closelab::zoom::stepIn(m_factor)); });
    connect(m_zoomOut, &QAction::triggered, this, [this] { setFactor(closelab::zoom::stepOut(m_factor)); });
    connect(m_actualSize, &QAction::triggered, this, [this] { setFactor(closelab::zoom::kDefault); });
    connect(m_fullScreen, &QAction::toggled, this, &ZoomController::toggleFullScreen);
    retranslateUi();
}

QList<QAction *> ZoomController::actions() const
{
    return {m_zoomIn, m_zoomOut, m_actualSize, m_separator, m_fullScreen};
}

void ZoomController::restore()
{
    m_persistent = true;
    const QVariant saved = QSettings().value(zoomKey);
    if (saved.isValid())
        setFactor(saved.toDouble());
}

double ZoomController::savedFactor()
{
    const QVariant saved = QSettings().value(zoomKey);
    return saved.isValid() ? closelab::zoom::clamped(saved.toDouble()) : closelab::zoom::kDefault;
}

void ZoomController::setFactor(double factor)
{
    factor = closelab::zoom::clamped(factor);
    m_zoomIn->setEnabled(factor < closelab::zoom::kMax);
    m_zoomOut->setEnabled(factor > closelab::zoom::kMin);
    if (factor == m_factor)
        return;
    m_factor = factor;
    if (m_persistent)
        QSettings().setValue(zoomKey, factor);
    retranslateUi();
    emit factorChanged(factor);
}

void ZoomController::toggleFullScreen(bool on)
{
    if (on)
        m_window->setWindowState(m_window->windowState() | Qt::WindowFullScreen);
    else
        m_window->setWindowState(m_window->windowState() & ~Qt::WindowFullScreen);
}

void ZoomController::retranslateUi()
{
    m_zoomIn->setText(tr("Zoom &In"));
    m_zoomOut->setText(tr("Zoom &Out"));
    //: %1: the zoom now, e.g. 150
    m_actualSize->setText(tr("&Actual Size (now %1 %)").arg(qRound(m_factor * 100)));
    m_fullScreen->setText(tr("&Full Screen"));
}
