// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/capture/connection.h"

#include <QString>

#include <string_view>

// The words for what the capture inference writes as codes (core/capture/findingcodes.h): findings,
// capture-point notes, RST causes, conditions, the state steps. Translated at the point of use; an
// unknown code comes back as an empty string (labels) or the code itself (sentences), never a crash.
namespace closelab::text {

QString captureFindingLabel(std::string_view code);          ///< "orphan retry budget exhausted"; empty when unknown
QString captureFindingText(const capture::Finding &f);       ///< label, the consistent set, and the condition
QString captureConditionText(std::string_view condition, const QString &claim); ///< "%1 if the application called close()"
QString captureNoteText(std::string_view note);              ///< "code:side" as a sentence; the note itself when unknown
QString captureRstCauseText(capture::RstCause c);            ///< "close() with unread data"
QString captureStepText(const capture::StateStep &s);        ///< "FIN_WAIT1", "GONE", or "not visible in the capture"

} // namespace closelab::text
