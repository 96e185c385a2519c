// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scenario.h"
#include "core/trace.h"

#include <QByteArray>
#include <QString>

class QWidget;

/// Exports of the current experiment. Every file is written atomically (QSaveFile); each function
/// returns "" or a translated reason.
namespace Exporter {

/// A widget as it is shown (the sequence diagram, the charts) as PNG, SVG or PDF by the suffix.
QString saveWidget(QWidget *widget, const QString &path);
/// Raw bytes (CSV, JSON, sysctl.conf).
QString saveBytes(const QString &path, const QByteArray &bytes);
/// The trace's events as CSV: a header, then one row per event.
QByteArray traceCsv(const closelab::Trace &trace);
/// The parameters that differ from the Linux defaults as a sysctl.conf snippet, a comment per line.
QByteArray sysctlConf(const closelab::RunConfig &config);

} // namespace Exporter
