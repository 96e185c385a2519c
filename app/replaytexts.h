// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/capture/replay.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

/// Words for a capture replayed on the engine (core/capture/replay.h): how the engine's run differs
/// from the capture, one sentence each, and the experiment as rows of (what, the capture, the engine).
/// Translated at the point of use.
class ReplayTexts {
    Q_DECLARE_TR_FUNCTIONS(ReplayTexts)

public:
    /// "Client: the kernel retransmitted the FIN 9 times, the engine 8."
    static QString differenceSentence(const closelab::capture::ReplayDifference &d);
    /// "The engine reproduces the capture…" or "The engine differs from the capture in 2 ways: …".
    static QString headline(const std::vector<closelab::capture::ReplayDifference> &diffs);
    /// The experiment: delay, each call, each drop rule, each sysctl picked (three cells a row).
    static QList<QStringList> planRows(const closelab::capture::ReplayPlan &plan);
    static QStringList planHeader();
};
