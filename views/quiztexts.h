// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/quiz.h"
#include "core/trace.h"

#include <QCoreApplication>
#include <QString>

namespace closelab {

/// The words of the quiz (core/quiz gives codes): the question, each choice, the verdict.
class QuizTexts
{
    Q_DECLARE_TR_FUNCTIONS(QuizTexts)

public:
    static QString question(const Trace &trace, const QuizQuestion &q);
    static QString choice(const QuizQuestion &q, int index);
    /// "Right!" or "Not quite: the answer is …".
    static QString verdict(const QuizQuestion &q, int chosen);
    static QString score(int right, int asked);
};

} // namespace closelab
