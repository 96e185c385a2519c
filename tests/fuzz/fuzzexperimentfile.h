// SPDX-License-Identifier: GPL-3.0-or-later
// The .closelab reader's fuzz body (ExperimentFile::fromJson), shared by fuzz_experimentfile.cpp and by
// tests/hardening/tst_fuzzregressions.cpp. Unlike fuzzinput.h it needs Qt Core and Gui (the reader
// checks a file with ExperimentController::check(), which lives beside a QUndoStack); no widgets.
#pragma once

#include "fuzzinput.h"

#include "app/experimentcontroller.h"
#include "app/experimentfile.h"

#include <QByteArray>
#include <QString>

namespace closelabfuzz {

/// A rejected file gives a message and leaves the caller's experiment alone; an accepted one passes the
/// controller's own check, writes back to a file that reads as the same experiment (and writes the same
/// bytes again), and, for a single-connection story, runs (budget-capped) keeping every invariant.
inline Problem fuzzExperimentFile(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    RunConfig sentinel;
    sentinel.scenario = "sentinel";
    sentinel.seed = 4242;
    sentinel.options["keep"] = "me";
    RunConfig config = sentinel;
    const QString err = ExperimentFile::fromJson(bytes, config);
    if (!err.isEmpty()) {
        if (!(config == sentinel)) return "experiment file: a rejected file changed the experiment: " + err.toStdString();
        return std::nullopt;
    }
    if (config == sentinel) return std::string("experiment file: accepted, but the experiment was not set");
    if (const QString check = ExperimentController::check(config); !check.isEmpty())
        return "experiment file: accepted a file the controller refuses: " + check.toStdString();
    const QByteArray written = ExperimentFile::toJson(config);
    RunConfig again;
    if (const QString back = ExperimentFile::fromJson(written, again); !back.isEmpty())
        return "experiment file: its own output is rejected: " + back.toStdString() + "\n" + written.toStdString();
    if (!(again == config)) return "experiment file: its own output reads as a different experiment:\n" + written.toStdString();
    if (ExperimentFile::toJson(again) != written) return "experiment file: writing again gives different bytes:\n" + written.toStdString();

    const ScenarioInfo *info = findScenario(config.scenario);
    if (!info || info->group == ScenarioGroup::Population) return std::nullopt; // population runs cost seconds
    config.eventBudget = std::min(config.eventBudget, kMaxEvents);
    if (config.until) config.until = std::min(*config.until, kMaxHorizon);
    const Trace trace = simulate(config);
    if (auto p = invariantProblem(config, trace)) return *p + "\n  closelab-cli " + describe(config);
    return std::nullopt;
}

} // namespace closelabfuzz
