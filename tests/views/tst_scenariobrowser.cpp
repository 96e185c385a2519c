// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runoptions.h"
#include "views/scenariobrowser.h"
#include "views/scenariotexts.h"

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
};

QTEST_MAIN(TestScenarioBrowser)
#include "tst_scenariobrowser.moc"
