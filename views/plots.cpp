// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/plots.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLibrary>

namespace closelab {

namespace {
// The factory in use: usePlotFactory()'s, or the module's once loaded.
PlotFactory *g_factory = nullptr;
bool g_tried = false;
QString g_error;

// What the module exports (views/plotfactory.cpp).
using FactoryEntry = PlotFactory *(*)();
constexpr const char *kEntry = "closelab_plot_factory";

QStringList moduleCandidates()
{
    const QString file = QStringLiteral(CLOSELAB_PLOTS_MODULE_FILE);
    QStringList candidates;
    if (const QString chosen = qEnvironmentVariable("CLOSELAB_PLOTS_MODULE"); !chosen.isEmpty())
        candidates << chosen;
    const QDir bin(QCoreApplication::applicationDirPath());
    candidates << bin.filePath(file);
    candidates << QDir::cleanPath(bin.filePath(QStringLiteral(CLOSELAB_PLOTS_INSTALL_DIR) + QLatin1Char('/') + file));
    return candidates;
}

PlotFactory *loadModule(QString *error)
{
    const QStringList candidates = moduleCandidates();
    QStringList reasons;
    for (const QString &path : candidates) {
        if (!QFileInfo::exists(path)) {
            reasons << QCoreApplication::translate("closelab::Plots", "%1: no such file").arg(QDir::toNativeSeparators(path));
            continue;
        }
        // Never unloaded: the plots' widgets and the functions they hand out live as long as the program.
        QLibrary library(path);
        if (!library.load()) {
            reasons << library.errorString();
            continue;
        }
        const auto entry = reinterpret_cast<FactoryEntry>(library.resolve(kEntry));
        if (!entry) {
            reasons << library.errorString();
            continue;
        }
        if (PlotFactory *factory = entry())
            return factory;
    }
    *error = reasons.join(QLatin1Char('\n'));
    return nullptr;
}
} // namespace

const QStringList &machineChartCounters()
{
    static const QStringList list = {QStringLiteral("TcpExt.ListenOverflows"), QStringLiteral("TcpExt.TCPTimeWaitOverflow"),
                                     QStringLiteral("TcpExt.TCPAbortOnTimeout"), QStringLiteral("TcpExt.SyncookiesSent"),
                                     QStringLiteral("Tcp.ActiveOpens"), QStringLiteral("Tcp.PassiveOpens"),
                                     QStringLiteral("Tcp.OutRsts")};
    return list;
}

PlotFactory *plotFactory(QString *error)
{
    if (!g_factory && !g_tried) {
        g_tried = true;
        g_factory = loadModule(&g_error);
        if (g_factory)
            g_factory->setTheme(palette::theme());
        else
            qWarning("closelab: the charts module could not be loaded:\n%s", qPrintable(g_error));
    }
    if (!g_factory && error)
        *error = g_error;
    return g_factory;
}

PlotFactory *loadedPlotFactory()
{
    return g_factory;
}

void usePlotFactory(PlotFactory *factory)
{
    g_factory = factory;
}

QWidget *plotsUnavailable(const QString &reason, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("plotsUnavailable"));
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setText(QCoreApplication::translate("closelab::Plots",
                                               "The charts cannot be shown: their module (%1) could not be loaded. "
                                               "Everything else works.\n\n%2")
                       .arg(QStringLiteral(CLOSELAB_PLOTS_MODULE_FILE), reason));
    return label;
}

} // namespace closelab
