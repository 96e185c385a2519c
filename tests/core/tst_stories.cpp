// SPDX-License-Identifier: GPL-3.0-or-later
// Stories as tested claims: every library scenario declares what its one-line description and its "try
// this" suggestions promise (core/scenariostories.cpp); this checks each declared fact at one-way delays
// 4 us, 0.5 ms, 20 ms and 100 ms with seeds 1, 2 and 3, and each suggestion as the GUI applies it (at the
// GUI's 0.5 ms, seeds 1-3) against the same run without it. A scenario without declared facts fails.
#include "core/runoptions.h"
#include "core/storyfacts.h"

#include <QTest>

#include <future>
#include <string>
#include <vector>

using namespace closelab;

namespace {

const double kDelays[] = {0.000004, 0.0005, 0.020, 0.100};
const std::uint64_t kSeeds[] = {1, 2, 3};
constexpr double kGuiDelay = 0.0005;

std::string apply(RunConfig &c, std::string_view option, std::string_view value)
{
    auto err = applyRunOption(c, option, value);
    return err ? std::string(option) + " " + std::string(value) + ": " + *err : std::string();
}

/// The scenario at a delay and seed, bounded by the story's test scale.
RunConfig baseConfig(const ScenarioStory &story, double delay, std::uint64_t seed)
{
    RunConfig c;
    c.scenario = std::string(story.scenario);
    c.seed = seed;
    c.network.delay = fromSeconds(delay);
    for (const auto &[option, value] : story.testScale) {
        const std::string err = apply(c, option, value);
        if (!err.empty()) qFatal("test scale of %s: %s", c.scenario.c_str(), err.c_str());
    }
    return c;
}

std::string where(const RunConfig &c)
{
    return c.scenario + " delay " + std::to_string(toSeconds(c.network.delay)) + " s seed " + std::to_string(c.seed);
}

/// The facts of `facts` that do not hold in `run`, one line each.
std::vector<std::string> failing(const std::vector<StoryFact> &facts, const StoryRun &run, const StoryRun *without)
{
    std::vector<std::string> out;
    for (const StoryFact &f : facts) {
        const FactResult r = checkFact(f, run, without);
        if (!r.holds)
            out.push_back(factText(f) + ": measured " + std::to_string(r.measured) + ", expected " + std::to_string(r.expected));
    }
    return out;
}

QString joined(const std::vector<std::string> &lines)
{
    QString s;
    for (const std::string &l : lines) s += QString::fromStdString(l) + QLatin1Char('\n');
    return s;
}

} // namespace

class TestStories : public QObject {
    Q_OBJECT
private slots:
    void everyScenarioHasAStory();
    void descriptionHolds_data();
    void descriptionHolds();
    void suggestionDoesWhatItSays_data();
    void suggestionDoesWhatItSays();
};

void TestStories::everyScenarioHasAStory()
{
    for (const ScenarioInfo &info : scenarioLibrary()) {
        const ScenarioStory *story = findStory(info.name);
        QVERIFY2(story, qPrintable(QStringLiteral("%1 declares no story facts").arg(QString::fromLatin1(info.name.data(), info.name.size()))));
        QVERIFY2(!story->facts.empty(), info.name.data());
        for (const Suggestion &s : story->suggestions)
            QVERIFY2(!s.facts.empty(), qPrintable(QStringLiteral("%1: suggestion %2 %3 promises nothing")
                                                      .arg(QString::fromLatin1(info.name.data(), info.name.size()),
                                                           QString::fromLatin1(s.option.data(), s.option.size()),
                                                           QString::fromLatin1(s.value.data(), s.value.size()))));
    }
    QCOMPARE(scenarioStories().size(), scenarioLibrary().size());
    std::size_t facts = 0, suggestions = 0;
    for (const ScenarioStory &s : scenarioStories()) {
        facts += s.facts.size();
        suggestions += s.suggestions.size();
    }
    qInfo("%zu stories, %zu declared facts, %zu suggestions", scenarioStories().size(), facts, suggestions);
}

void TestStories::descriptionHolds_data()
{
    QTest::addColumn<QString>("scenario");
    for (const ScenarioStory &s : scenarioStories())
        QTest::newRow(s.scenario.data()) << QString::fromLatin1(s.scenario.data(), s.scenario.size());
}

void TestStories::descriptionHolds()
{
    QFETCH(QString, scenario);
    const ScenarioStory *story = findStory(scenario.toStdString());
    QVERIFY(story);
    std::vector<std::future<std::vector<std::string>>> runs;
    for (double delay : kDelays) {
        for (std::uint64_t seed : kSeeds) {
            runs.push_back(std::async(std::launch::async, [story, delay, seed] {
                const RunConfig c = baseConfig(*story, delay, seed);
                std::vector<std::string> out;
                for (const std::string &line : failing(story->facts, runStory(c), nullptr)) out.push_back(where(c) + ": " + line);
                return out;
            }));
        }
    }
    std::vector<std::string> problems;
    for (auto &r : runs) {
        for (std::string &line : r.get()) problems.push_back(std::move(line));
    }
    QVERIFY2(problems.empty(), qPrintable(joined(problems)));
}

void TestStories::suggestionDoesWhatItSays_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("index");
    for (const ScenarioStory &s : scenarioStories()) {
        for (std::size_t i = 0; i < s.suggestions.size(); ++i) {
            const Suggestion &g = s.suggestions[i];
            const std::string row = std::string(s.scenario) + " " + std::string(g.option) + " " + std::string(g.value);
            QTest::newRow(row.c_str()) << QString::fromLatin1(s.scenario.data(), s.scenario.size()) << int(i);
        }
    }
}

void TestStories::suggestionDoesWhatItSays()
{
    QFETCH(QString, scenario);
    QFETCH(int, index);
    const ScenarioStory *story = findStory(scenario.toStdString());
    QVERIFY(story);
    const Suggestion &g = story->suggestions[static_cast<std::size_t>(index)];
    {
        RunConfig probe = baseConfig(*story, kGuiDelay, 1);
        const std::string err = apply(probe, g.option, g.value);
        QVERIFY2(err.empty(), err.c_str()); // the GUI applies exactly this option
    }
    std::vector<std::future<std::vector<std::string>>> runs;
    for (std::uint64_t seed : kSeeds) {
        runs.push_back(std::async(std::launch::async, [story, &g, seed] {
            const RunConfig base = baseConfig(*story, kGuiDelay, seed);
            RunConfig with = base;
            apply(with, g.option, g.value);
            const StoryRun without = runStory(base), run = runStory(with);
            std::vector<std::string> out;
            for (const std::string &line : failing(g.facts, run, &without)) out.push_back(where(with) + " with it: " + line);
            if (g.unchanged) {
                for (const std::string &line : failing(g.facts, without, nullptr))
                    out.push_back(where(base) + " without it (it says nothing changes): " + line);
            } else if (failing(g.facts, without, &without).empty()) {
                out.push_back(where(base) + ": every fact it promises holds without it too: it changes nothing it says");
            }
            return out;
        }));
    }
    std::vector<std::string> problems;
    int seedsOk = 0;
    for (auto &r : runs) {
        std::vector<std::string> lines = r.get();
        seedsOk += lines.empty();
        for (std::string &line : lines) problems.push_back(std::move(line));
    }
    if (g.anySeed)
        QVERIFY2(seedsOk > 0, qPrintable(joined(problems)));
    else
        QVERIFY2(problems.empty(), qPrintable(joined(problems)));
}

QTEST_APPLESS_MAIN(TestStories)
#include "tst_stories.moc"
