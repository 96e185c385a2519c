// SPDX-License-Identifier: GPL-3.0-or-later
// What the collision tests of the state graph and the timeline charts share (issue 17): the window
// sizes, the scenarios' traces, the times a person stops at, the check of one frame's text.
#pragma once

#include "core/scenario.h"
#include "views/labelplacer.h"

#include <QRectF>
#include <QSize>
#include <QString>
#include <QTest>

#include <map>
#include <memory>
#include <vector>

namespace closelab::testing {

inline const QSize kWindows[] = {{640, 400}, {1024, 600}, {1280, 720}, {1920, 1080}, {3840, 2160}};

inline std::shared_ptr<const Trace> traceOf(const std::string &scenario)
{
    static std::map<std::string, std::shared_ptr<const Trace>> cache;
    auto it = cache.find(scenario);
    if (it == cache.end()) {
        RunConfig c;
        c.scenario = scenario;
        it = cache.emplace(scenario, std::make_shared<const Trace>(simulate(c))).first;
    }
    return it->second;
}

// The times a person stops at: the set-up, the call the story is about (0), three events spread
// over the run, the end.
inline std::vector<SimTime> timesOf(const Trace &trace)
{
    std::vector<SimTime> times{trace.start, std::clamp<SimTime>(0, trace.start, trace.end), trace.end};
    const std::size_t n = trace.events.size();
    for (std::size_t k : {n / 5, n / 2, 4 * n / 5})
        if (k < n)
            times.push_back(trace.events[k].t);
    return times;
}

inline QString describe(const QRectF &r)
{
    return QStringLiteral("%1,%2 %3x%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

// "" or what collides.
inline QString checkTexts(const std::vector<QRectF> &texts, const QRectF &widget, const std::vector<QRectF> &markers)
{
    for (std::size_t i = 0; i < texts.size(); ++i) {
        if (!widget.adjusted(-1, -1, 1, 1).contains(texts[i]))
            return QStringLiteral("text %1 leaves %2").arg(describe(texts[i]), describe(widget));
        for (std::size_t j = i + 1; j < texts.size(); ++j)
            if (anyOverlap({texts[i], texts[j]}))
                return QStringLiteral("texts %1 and %2 overlap").arg(describe(texts[i]), describe(texts[j]));
        for (const QRectF &m : markers)
            if (anyOverlap({texts[i], m}))
                return QStringLiteral("text %1 covers the marker %2").arg(describe(texts[i]), describe(m));
    }
    return {};
}

inline void languageRows()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<double>("zoom");
    for (const char *language : {"en", "zh_CN"})
        for (double zoom : {1.0, 2.0})
            QTest::addRow("%s %d %%", language, int(zoom * 100)) << QString::fromLatin1(language) << zoom;
}

} // namespace closelab::testing
