// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runoptions.h"
#include "core/storyfacts.h"
#include "views/scenariobrowser.h"
#include "views/zoom.h"
#include "views/scenariotexts.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleOptionButton>
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

    // The widgets are made when first needed (a browser behind another dock's tab costs nothing at
    // start-up); what was set before is then shown.
    void widgetsAreMadeWhenFirstNeeded()
    {
        ScenarioBrowser browser;
        browser.setCurrentScenario(QStringLiteral("fin_unacked"));
        QVERIFY(browser.findChildren<QTreeWidget *>().isEmpty());
        QCOMPARE(browser.currentScenario(), QStringLiteral("fin_unacked"));
        QTreeWidget *tree = browser.tree();
        QVERIFY(tree);
        QVERIFY(tree->currentItem());
        QCOMPARE(tree->currentItem()->text(0), QStringLiteral("fin_unacked"));
        QVERIFY(tree->currentItem()->font(0).bold());
        QVERIFY(!browser.suggestionButtons().isEmpty());
        QVERIFY(browser.kernelMark()->text().contains(QStringLiteral("Linux")));

        ScenarioBrowser shown;
        shown.show();
        QVERIFY(!shown.findChildren<QTreeWidget *>().isEmpty());
    }

    void everyScenarioHasWordsAndSuggestionsThatApply()
    {
        for (const ScenarioInfo &info : scenarioLibrary()) {
            QVERIFY(!text::scenarioDescription(info).isEmpty());
            const auto suggestions = text::trySuggestions(info.name);
            QVERIFY2(suggestions.size() >= 2, info.name.data());
            // every suggestion core declares (and tests/core/tst_stories checks) has its words
            QVERIFY(findStory(info.name));
            QCOMPARE(qsizetype(findStory(info.name)->suggestions.size()), suggestions.size());
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

    void suggestionsFitTheirButtons_data()
    {
        QTest::addColumn<double>("zoom");
        QTest::addColumn<int>("width");
        for (double z : {1.0, 2.0, 3.0})
            for (int w : {300, 545})
                QTest::addRow("%d %%, %d px", int(z * 100), w) << z << w;
    }

    void suggestionsFitTheirButtons()
    {
        // The dock's font at the zoom (the browser inherits it): a "Try this" suggestion is shortened
        // with "…" to its button rather than cut at the dock's edge, and then its tooltip has it whole.
        QFETCH(double, zoom);
        QFETCH(int, width);
        ScenarioBrowser browser;
        browser.setFont(zoom::font(zoom));
        // As in its dock (MainWindow): the dock's width, whatever the contents would like.
        browser.setMinimumSize(120, 80);
        browser.resize(width, 900);
        browser.show();
        browser.setCurrentScenario(QStringLiteral("normal_close"));
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        QCoreApplication::processEvents();
        const auto suggestions = text::trySuggestions("normal_close");
        QCOMPARE(qsizetype(browser.suggestionButtons().size()), suggestions.size());
        for (qsizetype i = 0; i < suggestions.size(); ++i) {
            QPushButton *button = browser.suggestionButtons().at(i);
            QStyleOptionButton option;
            option.initFrom(button);
            option.text = button->text();
            const QRect room = button->style()->subElementRect(QStyle::SE_PushButtonContents, &option, button);
            QCOMPARE(browser.width(), width);
            QVERIFY2(button->geometry().right() < browser.width(),
                     qPrintable(QStringLiteral("\"%1\" to x = %2 in %3 px").arg(button->text()).arg(button->geometry().right()).arg(browser.width())));
            QVERIFY2(QFontMetrics(button->font()).horizontalAdvance(button->text()) <= room.width(),
                     qPrintable(QStringLiteral("\"%1\" in %2 px").arg(button->text()).arg(room.width())));
            if (button->text() != suggestions[i].watch)
                QVERIFY2(button->toolTip().contains(suggestions[i].watch), qPrintable(button->toolTip()));
        }
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
        QCOMPARE(browser.kernelMark()->text(), QStringLiteral("✓ verified on Linux 6.18 (2 sets, 50 facts)"));
        const QString tip = browser.kernelMark()->toolTip();
        QVERIFY2(tip.contains(QStringLiteral("default parameters: 25 facts agree")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("net.ipv4.tcp_orphan_retries=3: 25 facts agree")), qPrintable(tip));

        browser.setCurrentScenario(QStringLiteral("half_close"));
        QCOMPARE(browser.kernelMark()->text(), QStringLiteral("✗ differs from Linux 6.18 (1 sets, 25 facts)"));
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

    void storyFactsOfTheShownRun()
    {
        ScenarioBrowser browser;
        browser.setCurrentScenario(QStringLiteral("rst_linger0"));
        RunConfig own;
        own.scenario = "rst_linger0";
        auto trace = std::make_shared<const Trace>(simulate(own));
        browser.setRun(own, own, trace, nullptr);
        QVERIFY2(browser.failingStoryFacts().isEmpty(), qPrintable(browser.failingStoryFacts().join(u'\n')));
        QVERIFY(browser.kernelMark()->text().startsWith(QStringLiteral("✓")));

        // a run that contradicts the description (here: normal_close's trace shown as rst_linger0's): ✗
        RunConfig other = own;
        other.scenario = "normal_close";
        browser.setRun(own, own, std::make_shared<const Trace>(simulate(other)), nullptr);
        QVERIFY(!browser.failingStoryFacts().isEmpty());
        QVERIFY2(browser.kernelMark()->text().startsWith(QStringLiteral("✗ this run contradicts its description")),
                 qPrintable(browser.kernelMark()->text()));
        QTreeWidgetItem *row = browser.tree()->currentItem();
        QCOMPARE(row->text(2), QStringLiteral("✗"));

        // the user's own settings are not the story's: nothing is judged
        RunConfig changed = own;
        QVERIFY(!applyRunOption(changed, "set", "net.ipv4.tcp_fin_timeout=5"));
        browser.setRun(changed, changed, std::make_shared<const Trace>(simulate(other)), nullptr);
        QVERIFY(browser.failingStoryFacts().isEmpty());
        QVERIFY(browser.kernelMark()->text().startsWith(QStringLiteral("✓")));
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
