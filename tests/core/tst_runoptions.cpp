// SPDX-License-Identifier: GPL-3.0-or-later
// Drop rules and run options: parse, round trip, and messages that name the part that is wrong.
#include "core/network.h"
#include "core/runoptions.h"

#include <QTest>

using namespace closelab;

class TestRunOptions : public QObject {
    Q_OBJECT

private slots:
    void dropRules_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("all") << "s2c:any" << "";
        QTest::newRow("first") << "c2s:syn:first" << "";
        QTest::newRow("nth") << "c2s:ack:n=2" << "";
        QTest::newRow("from") << "s2c:data:from=0.5" << "";
        QTest::newRow("until") << "c2s:fin:until=1.25" << "";
        QTest::newRow("synack") << "s2c:synack" << "";
        QTest::newRow("rst") << "s2c:rst:all" << "";
        QTest::newRow("no colon") << "s2c" << "expected DIR:MATCH";
        QTest::newRow("bad dir") << "up:any" << "direction 'up'";
        QTest::newRow("bad match") << "c2s:psh" << "match 'psh'";
        QTest::newRow("bad when") << "c2s:any:sometimes" << "when 'sometimes'";
        QTest::newRow("n zero") << "c2s:any:n=0" << "n=K needs an integer";
        QTest::newRow("n text") << "c2s:any:n=x" << "n=K needs an integer";
        QTest::newRow("from text") << "c2s:any:from=soon" << "from=T needs T in seconds";
        QTest::newRow("until nan") << "c2s:any:until=nan" << "until=T needs T";
    }

    void dropRules()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        DropRule r;
        const auto err = parseDropRule(text.toStdString(), r);
        if (error.isEmpty()) {
            QVERIFY2(!err, err ? err->c_str() : "");
            DropRule again;
            QVERIFY(!parseDropRule(ruleText(r), again));
            QVERIFY(again == r);
        } else {
            QVERIFY(err.has_value());
            QVERIFY2(QString::fromStdString(*err).contains(error), err->c_str());
        }
    }

    void runOptions_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("error");
        QTest::newRow("delay") << "delay" << "0.000004" << "";
        QTest::newRow("delay too small") << "delay" << "0" << "--delay";
        QTest::newRow("delay too big") << "delay" << "2" << "--delay";
        QTest::newRow("loss") << "loss" << "0.5" << "";
        QTest::newRow("loss > 1") << "loss" << "1.5" << "probability between 0 and 1";
        QTest::newRow("loss nan") << "loss-c2s" << "nan" << "probability";
        QTest::newRow("seed") << "seed" << "7" << "";
        QTest::newRow("seed negative") << "seed" << "-1" << "--seed";
        QTest::newRow("until") << "until" << "30" << "";
        QTest::newRow("until negative") << "until" << "-5" << "--until";
        QTest::newRow("opt") << "opt" << "mode=shutdown" << "";
        QTest::newRow("opt no value") << "opt" << "mode" << "--opt expects KEY=VALUE";
        QTest::newRow("unknown") << "frobnicate" << "1" << "unknown option --frobnicate";
        QTest::newRow("budget zero") << "budget" << "0" << "--budget";
    }

    void runOptions()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(QString, error);
        RunConfig c;
        const RunConfig before = c;
        const auto err = applyRunOption(c, name.toStdString(), value.toStdString());
        if (error.isEmpty()) {
            QVERIFY2(!err, err ? err->c_str() : "");
            QVERIFY(!(c == before));
        } else {
            QVERIFY(err.has_value());
            QVERIFY2(QString::fromStdString(*err).contains(error), err->c_str());
            QVERIFY(c == before);
        }
    }

    void validateNamesTheProblem_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown scenario") << "no_such" << "" << "unknown scenario 'no_such'";
        QTest::newRow("unknown option") << "normal_close" << "colour=red" << "normal_close has no such option";
        QTest::newRow("bad choice") << "fin_unacked" << "mode=linger" << "expected close|shutdown";
        QTest::newRow("bad seconds") << "peer_crash" << "reboot_at=-3" << "expected seconds";
        QTest::newRow("bad integer") << "last_ack_lost" << "n=2.5" << "expected integer 1..20";
        QTest::newRow("fine") << "last_ack_lost" << "n=3" << "";
    }

    void validateNamesTheProblem()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, option);
        QFETCH(QString, error);
        RunConfig c;
        c.scenario = scenario.toStdString();
        if (!option.isEmpty()) QVERIFY(!applyRunOption(c, "opt", option.toStdString()));
        const auto err = validate(c);
        if (error.isEmpty()) {
            QVERIFY(!err);
        } else {
            QVERIFY(err.has_value());
            QVERIFY2(QString::fromStdString(*err).contains(error), err->c_str());
        }
    }
};

QTEST_APPLESS_MAIN(TestRunOptions)
#include "tst_runoptions.moc"
