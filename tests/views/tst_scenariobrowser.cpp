// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runoptions.h"
#include "views/scenariobrowser.h"
#include "views/scenariotexts.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace closelab;

class TestScenarioBrowser : public QObject {
    Q_OBJECT
private slots:
    void everyScenarioIsListedUnderItsGroup()
    {
        ScenarioBrowser browser;
        QTreeWidget *tree = browser.tree();
        int count = 0;
        for (int g = 0; g < tree->topLevelItemCount(); ++g) {
            QTreeWidgetItem *group = tree->topLevelItem(g);
            QVERIFY(!group->text(0).isEmpty());
            for (int i = 0; i < group->childCount(); ++i) {
                const ScenarioInfo *info = findScenario(group->child(i)->text(0).toStdString());
                QVERIFY(info);
                QCOMPARE(int(info->group), g);
                ++count;
            }
        }
        QCOMPARE(count, int(scenarioLibrary().size()));
    }

    void everyScenarioHasWordsAndSuggestionsThatApply()
    {
        for (const ScenarioInfo &info : scenarioLibrary()) {
            QVERIFY(!text::scenarioDescription(info).isEmpty());
            const auto suggestions = text::trySuggestions(info.name);
            QVERIFY2(suggestions.size() >= 2, info.name.data());
            for (const text::TrySuggestion &s : suggestions) {
                RunConfig c;
                c.scenario = std::string(info.name);
                const auto err = applyRunOption(c, s.option.toStdString(), s.value.toStdString());
                QVERIFY2(!err, qPrintable(QString::fromStdString(err.value_or("")) + QLatin1Char(' ') + s.value));
                QVERIFY2(!validate(c), qPrintable(s.value));
                QVERIFY(!s.watch.isEmpty());
            }
        }
    }

    void choosingEmitsIntents()
    {
        ScenarioBrowser browser;
        QSignalSpy chosen(&browser, &ScenarioBrowser::scenarioChosen);
        QSignalSpy tried(&browser, &ScenarioBrowser::suggestionChosen);
        browser.setCurrentScenario(QStringLiteral("fin_unacked"));
        QCOMPARE(chosen.count(), 0);
        QVERIFY(browser.suggestionButtons().size() >= 2);
        browser.suggestionButtons().first()->click();
        QCOMPARE(tried.count(), 1);
        QCOMPARE(tried.at(0).at(0).toString(), QStringLiteral("fin_unacked"));
        emit browser.tree()->itemActivated(browser.tree()->currentItem(), 0);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("fin_unacked"));
    }

    void kernelMarkFromVerifiedJson()
    {
        // the format run_matrix.py `verified` writes (tests/kernel/verified.json)
        const QByteArray json = R"({
            "fin_unacked": {"kernel": "6.18", "date": "2026-11-22", "passed": true, "sets": [
                {"sysctls": {}, "options": {}, "facts": 25, "agree": 25, "passed": true},
                {"sysctls": {"net.ipv4.tcp_orphan_retries": "3"}, "options": {}, "facts": 25, "agree": 25, "passed": true}]},
            "half_close": {"kernel": "6.18", "date": "2026-11-21", "passed": false, "sets": [
                {"sysctls": {}, "options": {"send_for": "2"}, "facts": 25, "agree": 23, "passed": false}]}
        })";
        ScenarioBrowser browser;
        browser.setKernelVerification(KernelVerification::fromJson(json));

        browser.setCurrentScenario(QStringLiteral("fin_unacked"));
        QCOMPARE(browser.kernelMark()->text(), QStringLiteral("✓ verified on Linux 6.18 · 2026-11-22"));
        const QString tip = browser.kernelMark()->toolTip();
        QVERIFY2(tip.contains(QStringLiteral("default parameters: 25 facts agree")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("net.ipv4.tcp_orphan_retries=3: 25 facts agree")), qPrintable(tip));

        browser.setCurrentScenario(QStringLiteral("half_close"));
        QCOMPARE(browser.kernelMark()->text(), QStringLiteral("✗ differs from Linux 6.18 · 2026-11-21"));
        QVERIFY(browser.kernelMark()->toolTip().contains(QStringLiteral("send_for=2: 23 of 25 facts agree")));

        browser.setCurrentScenario(QStringLiteral("normal_close"));   // not in this table
        QCOMPARE(browser.kernelMark()->text(), QStringLiteral("not verified on a kernel"));

        // every row carries the mark in its own column
        QTreeWidgetItem *row = browser.tree()->currentItem();
        QCOMPARE(row->text(2), QString());
        bool found = false;
        for (int g = 0; g < browser.tree()->topLevelItemCount(); ++g)
            for (int i = 0; i < browser.tree()->topLevelItem(g)->childCount(); ++i)
                if (QTreeWidgetItem *it = browser.tree()->topLevelItem(g)->child(i); it->text(0) == QLatin1String("fin_unacked")) {
                    QCOMPARE(it->text(2), QStringLiteral("✓ 6.18"));
                    found = true;
                }
        QVERIFY(found);
    }

    void embeddedTableNamesOnlyLibraryScenarios()
    {
        // tests/kernel/verified.json is compiled in; each of its scenarios is in the library
        const KernelVerification v = KernelVerification::embedded();
        QVERIFY(!v.isEmpty());
        int verified = 0;
        for (const ScenarioInfo &info : scenarioLibrary())
            verified += v.entry(QString::fromLatin1(info.name.data(), qsizetype(info.name.size()))) ? 1 : 0;
        QVERIFY(verified >= 20);
        QVERIFY(!v.entry(QStringLiteral("no_such_scenario")));
        QVERIFY(KernelVerification::fromJson("not json").isEmpty());
    }
};

QTEST_MAIN(TestScenarioBrowser)
#include "tst_scenariobrowser.moc"
