// SPDX-License-Identifier: GPL-3.0-or-later
//
// A scenario chosen in the library: it opens at the moment its story is about (time 0, the call
// every library scenario is about), the window title names it, carried-over parameters are
// announced and Undo goes back.

#include "app/experimentcontroller.h"
#include "app/languageswitcher.h"
#include "app/mainwindow.h"
#include "app/playhead.h"
#include "app/scenariochoice.h"
#include "core/scenario.h"
#include "views/scenariobrowser.h"

#include <QStatusBar>
#include <QTest>
#include <QUndoStack>

class TestScenarioChoice : public QObject
{
    Q_OBJECT

private slots:
    void opensAtTheStorysMoment_data();
    void opensAtTheStorysMoment();
    void announcesCarriedParameters();
};

void TestScenarioChoice::opensAtTheStorysMoment_data()
{
    QTest::addColumn<QString>("scenario");
    for (const char *name : {"last_ack_lost", "rst_linger0", "fin_unacked", "half_close"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestScenarioChoice::opensAtTheStorysMoment()
{
    QFETCH(QString, scenario);
    LanguageSwitcher languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(&languages);
    window.playhead()->seek(window.playhead()->end());
    emit window.scenarioBrowser()->scenarioChosen(scenario);
    QCOMPARE(window.controller()->config().scenario, scenario.toStdString());
    QCOMPARE(window.playhead()->time(), qint64(0));
    // The story's call is at 0 in the trace: an app call of the client or server happens there.
    bool callAtZero = false;
    for (const closelab::TraceEvent &e : window.trace()->events)
        callAtZero = callAtZero || (e.t == 0 && e.type == closelab::EventType::App);
    QVERIFY(callAtZero);
    QVERIFY(window.windowTitle().contains(scenario));
}

void TestScenarioChoice::announcesCarriedParameters()
{
    LanguageSwitcher languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(&languages);
    QCOMPARE(ScenarioChoice::changedParameters(*window.controller()), QString());
    emit window.scenarioBrowser()->scenarioChosen(QStringLiteral("rst_linger0"));
    QCOMPARE(window.statusBar()->currentMessage(), QString()); // nothing carried over
    QCOMPARE(window.controller()->applyRunOption(QStringLiteral("set"), QStringLiteral("net.ipv4.tcp_fin_timeout=5")), QString());
    emit window.scenarioBrowser()->scenarioChosen(QStringLiteral("fin_wait2_timeout"));
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.contains(QStringLiteral("net.ipv4.tcp_fin_timeout=5")) && message.contains(QStringLiteral("Undo")), qPrintable(message));
    window.controller()->undoStack()->undo();
    QCOMPARE(window.controller()->config().scenario, std::string("rst_linger0"));
}

QTEST_MAIN(TestScenarioChoice)
#include "tst_scenariochoice.moc"
