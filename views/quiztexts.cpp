// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/quiztexts.h"

#include "views/codetexts.h"
#include "views/segmenttext.h"
#include "views/timeformat.h"

namespace closelab {

QString QuizTexts::question(const Trace &trace, const QuizQuestion &q)
{
    const QString side = text::sideRole(q.side);
    switch (q.kind) {
    case QuestionKind::NextState:
        if (q.segment >= 0 && std::size_t(q.segment) < trace.segments.size()) {
            //: %1 a segment as the diagram names it (FIN, ACK of the FIN, SYN-ACK, RST, data 5 B), %2 client or server, %3 its state now (FIN_WAIT1)
            return tr("The %1 reaches the %2, now in %3. Which state does it enter?")
                .arg(segmentName(trace, q.segment), side, text::stateName(q.from));
        }
        if (q.cause == Cause::AppClose)
            //: %1 client or server, %2 its state now
            return tr("The %1's application closes its end (close() or shutdown()) in %2. Which state does the socket enter?")
                .arg(side, text::stateName(q.from));
        //: %1 client or server, %2 its state now
        return tr("The %1 is in %2. Which state does it enter next?").arg(side, text::stateName(q.from));
    case QuestionKind::NextSender:
        return tr("Which side sends the next segment?");
    case QuestionKind::TimerFires:
        //: %1 client or server, %2 a timer's name (RTO, TIME_WAIT, keepalive…)
        return tr("The %1's %2 timer is running. How long until it fires?").arg(side, text::timerLabel(q.timer));
    case QuestionKind::EndingSysctl:
        //: %1 client or server, %2 its state (FIN_WAIT1)
        return tr("The kernel is about to end the %1's socket in %2. Which sysctl decides when?").arg(side, text::stateName(q.from));
    }
    return {};
}

QString QuizTexts::choice(const QuizQuestion &q, int index)
{
    if (index < 0 || std::size_t(index) >= q.choices.size())
        return {};
    const QuizChoice &c = q.choices[std::size_t(index)];
    switch (q.kind) {
    case QuestionKind::NextState:
        return text::stateName(c.state);
    case QuestionKind::NextSender:
        switch (c.sender) {
        case Sender::Client: return tr("The client");
        case Sender::Server: return tr("The server");
        case Sender::Both: return tr("Both at once");
        }
        return {};
    case QuestionKind::TimerFires:
        return formatDuration(c.after);
    case QuestionKind::EndingSysctl:
        return QString::fromStdString(c.sysctl);
    }
    return {};
}

QString QuizTexts::verdict(const QuizQuestion &q, int chosen)
{
    if (chosen == q.answer)
        return tr("Right!");
    return tr("Not quite: the answer is %1.").arg(choice(q, q.answer));
}

QString QuizTexts::score(int right, int asked)
{
    //: The quiz's score in this run
    return tr("Score: %1 of %2").arg(right).arg(asked);
}

} // namespace closelab
