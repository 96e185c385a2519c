// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "steppoints.h"
#include "trace.h"

#include <cstdint>
#include <string>
#include <vector>

namespace closelab {

/// Predict, then reveal: the question asked before a step. Codes only; the views word them.
enum class QuestionKind : std::uint8_t {
    NextState,    ///< "This FIN reaches the server. Which state does it enter?"
    NextSender,   ///< "Which side sends next?"
    TimerFires,   ///< "How long until this timer fires?"
    EndingSysctl, ///< "Which sysctl ends this socket?"
};

/// Who sends next (NextSender).
enum class Sender : std::uint8_t { Client, Server, Both };

/// One choice; the field the question's kind names is meaningful.
struct QuizChoice {
    TcpState state = TcpState::Closed; ///< NextState
    Sender sender = Sender::Client;    ///< NextSender
    SimTime after = 0;                 ///< TimerFires: from the question's time until the timer fires
    std::string sysctl;                ///< EndingSysctl: "net.ipv4.tcp_orphan_retries"
    bool operator==(const QuizChoice &) const = default;
};

struct QuizQuestion {
    QuestionKind kind = QuestionKind::NextState;
    std::size_t step = 0;      ///< index of the stop it is asked before (into the StepPoint list)
    SimTime askedAt = 0;       ///< the time shown while asking: the previous stop (or the run's start)
    SimTime revealAt = 0;      ///< the stop that shows the answer
    Side side = Side::Client;  ///< whose state changes / whose timer / whose socket ends
    TcpState from = TcpState::Closed; ///< NextState: the side's state while asking
    Cause cause = Cause::AppClose;    ///< NextState / EndingSysctl: the trigger of the change
    int segment = -1;          ///< NextState: the segment whose arrival causes it, or -1
    TimerKind timer = TimerKind::Retransmit; ///< TimerFires
    std::vector<QuizChoice> choices; ///< 3 or 4, distinct
    int answer = 0;            ///< index into choices
    bool operator==(const QuizQuestion &) const = default;
};

/// The questions for a run's stops, at most one per stop, in stop order, about connection 0. Choices
/// come from the transition table (states, sysctls) and from the run itself; their order and the kind
/// asked where several fit are drawn from a generator seeded by the trace and by the question itself
/// (its stop's time), so the same trace always gives the same questions, and a question asked from
/// another list of stops (presentation mode steps by segments) lists its choices in the same order.
std::vector<QuizQuestion> generateQuiz(const Trace &trace, const std::vector<StepPoint> &points);

} // namespace closelab
