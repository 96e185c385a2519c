// SPDX-License-Identifier: GPL-3.0-or-later
//
// Finding a scenario: each symptom people type, in English and in Chinese, finds the scenario that
// shows it, whatever the interface language; names and descriptions are found; the browser hides
// what the query does not find and a single click loads.

#include "views/scenariobrowser.h"
#include "views/scenariosearch.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

using namespace closelab;

class TestScenarioSearch : public QObject
{
    Q_OBJECT

private slots:
    void symptomsFindTheirScenario_data();
    void symptomsFindTheirScenario();
    void namesAndDescriptions();
    void everySymptomNamesLibraryScenarios();
    void browserFiltersAndLoadsOnOneClick();
};

void TestScenarioSearch::symptomsFindTheirScenario_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("scenario");
    // The list, as people type it (upper/lower case mixed), in both languages. The
    // scenario each must find comes from what the scenario shows (closelab-cli list).
    QTest::newRow("EADDRNOTAVAIL") << "eaddrnotavail" << "port_exhaustion";
    QTest::newRow("Cannot assign requested address") << "Cannot assign requested address" << "port_exhaustion";
    QTest::newRow("无法分配请求的地址") << "无法分配请求的地址" << "port_exhaustion";
    QTest::newRow("CLOSE_WAIT") << "CLOSE_WAIT" << "close_wait_leak";
    QTest::newRow("CLOSE_WAIT 过多") << "CLOSE_WAIT 过多" << "close_wait_leak";
    QTest::newRow("too many open files") << "too many open files" << "close_wait_leak";
    QTest::newRow("EMFILE") << "EMFILE" << "close_wait_leak";
    QTest::newRow("打开的文件过多") << "打开的文件过多" << "close_wait_leak";
    QTest::newRow("connection reset by peer") << "connection reset by peer" << "rst_linger0";
    QTest::newRow("连接被对端重置") << "连接被对端重置" << "rst_linger0";
    QTest::newRow("TIME_WAIT") << "time_wait" << "tw_bucket_overflow";
    QTest::newRow("TIME_WAIT 过多") << "TIME_WAIT 过多" << "port_exhaustion";
    QTest::newRow("Broken pipe") << "Broken pipe" << "rst_data_after_close";
    QTest::newRow("EPIPE") << "EPIPE" << "rst_data_after_close";
    QTest::newRow("管道破裂") << "管道破裂" << "rst_data_after_close";
    QTest::newRow("SYN flood") << "syn flood" << "syn_flood";
    QTest::newRow("SYN 洪泛") << "SYN 洪泛" << "syn_flood";
    QTest::newRow("Connection refused") << "Connection refused" << "rst_closed_port";
    QTest::newRow("连接被拒绝") << "连接被拒绝" << "rst_closed_port";
    QTest::newRow("Address already in use") << "address already in use" << "so_reuseaddr_restart";
    QTest::newRow("全连接队列") << "全连接队列" << "accept_queue_overflow";
}

void TestScenarioSearch::symptomsFindTheirScenario()
{
    QFETCH(QString, query);
    QFETCH(QString, scenario);
    // English interface: Chinese queries still work (and English ones in the Chinese interface).
    for (const char *language : {"en", "zh_CN"}) {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/closelab_%1.qm").arg(QLatin1String(language))));
        QCoreApplication::installTranslator(&translator);
        const QStringList found = ScenarioSearch::find(query);
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(found.contains(scenario), qPrintable(QStringLiteral("%1 (%2): %3").arg(query, QLatin1String(language), found.join(QLatin1Char(' ')))));
        // A search narrows the list.
        QVERIFY(found.size() < ScenarioSearch::find(QString()).size());
    }
}

void TestScenarioSearch::namesAndDescriptions()
{
    QVERIFY(ScenarioSearch::find(QStringLiteral("last_ack_lost")).contains(QStringLiteral("last_ack_lost")));
    QCOMPARE(ScenarioSearch::find(QStringLiteral("so_reuseaddr_restart")), QStringList{QStringLiteral("so_reuseaddr_restart")});
    // The engine's summary of keepalive_dead_peer speaks of keepalive probes.
    QVERIFY(ScenarioSearch::find(QStringLiteral("keepalive probes")).contains(QStringLiteral("keepalive_dead_peer")));
    QVERIFY(ScenarioSearch::find(QStringLiteral("no such symptom at all")).isEmpty());
    QVERIFY(ScenarioSearch::matches(QStringLiteral("normal_close"), QStringLiteral("  ")));
}

void TestScenarioSearch::everySymptomNamesLibraryScenarios()
{
    for (const ScenarioSearch::Symptom &symptom : ScenarioSearch::symptoms()) {
        QVERIFY(!symptom.scenarios.isEmpty());
        for (const QString &scenario : symptom.scenarios)
            QVERIFY2(findScenario(scenario.toStdString()), qPrintable(scenario));
        // Each symptom's own text finds each of its scenarios.
        for (const QString &scenario : symptom.scenarios)
            QVERIFY2(ScenarioSearch::matches(scenario, symptom.text), qPrintable(symptom.text));
    }
}

void TestScenarioSearch::browserFiltersAndLoadsOnOneClick()
{
    ScenarioBrowser browser;
    browser.resize(400, 600);
    browser.show();
    const int all = int(browser.visibleScenarios().size());
    browser.searchBox()->setText(QStringLiteral("Broken pipe"));
    const QStringList shown = browser.visibleScenarios();
    QCOMPARE(shown, ScenarioSearch::find(QStringLiteral("Broken pipe")));
    QVERIFY(shown.size() < all);
    QSignalSpy chosen(&browser, &ScenarioBrowser::scenarioChosen);
    // Enter loads the first found.
    QTest::keyClick(browser.searchBox(), Qt::Key_Return);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.at(0).at(0).toString(), shown.constFirst());
    // One click on a scenario loads it.
    QTreeWidget *tree = browser.tree();
    QTreeWidgetItem *item = nullptr;
    for (int g = 0; g < tree->topLevelItemCount() && !item; ++g) {
        for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i) {
            if (!tree->topLevelItem(g)->child(i)->isHidden()) {
                item = tree->topLevelItem(g)->child(i);
                break;
            }
        }
    }
    QVERIFY(item);
    tree->scrollToItem(item);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(item).center());
    QCOMPARE(chosen.size(), 2);
    browser.searchBox()->clear();
    QCOMPARE(int(browser.visibleScenarios().size()), all);
}

QTEST_MAIN(TestScenarioSearch)
#include "tst_scenariosearch.moc"
