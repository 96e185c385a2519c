// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/networkeditor.h"
#include "views/parameterpanel.h"
#include "views/parameterrow.h"
#include "views/sliderscale.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

using namespace closelab;

class TestParameterPanel : public QObject {
    Q_OBJECT
private slots:
    void everyParameterOfTheTableHasAWidget()
    {
        ParameterPanel panel;
        QCOMPARE(panel.rows().size(), qsizetype(sysctlTable().size()));
        for (const SysctlInfo &info : sysctlTable()) {
            ParameterRow *row = panel.row(info.id);
            QVERIFY2(row, info.key.data());
            QCOMPARE(row->value(), info.defaultValue);
            QVERIFY(!row->isChanged());
            QVERIFY(!row->spinBox()->toolTip().isEmpty());
            QCOMPARE(row->spinBox()->minimum(), int(std::min<std::int64_t>(info.min, INT_MAX)));
        }
    }

    void tooltipsCarryTheKernelNotes()
    {
        ParameterPanel panel;
        QVERIFY(panel.row(SysctlId::TcpOrphanRetries)->spinBox()->toolTip().contains(QStringLiteral("8")));
        QVERIFY(panel.row(SysctlId::TcpTwRecycle)->spinBox()->toolTip().contains(QStringLiteral("4.12")));
        QVERIFY(panel.row(SysctlId::TcpFinTimeout)->spinBox()->toolTip().contains(QStringLiteral("60 s")));
    }

    void modesSayWhatTheirValueMeans()
    {
        ParameterPanel panel;
        ParameterRow *reuse = panel.row(SysctlId::TcpTwReuse);
        // A mode has no unit: the number is followed by nothing, its meaning is spelled out.
        QCOMPARE(reuse->spinBox()->suffix(), QString());
        QCOMPARE(reuse->defaultLabel()->text(), QStringLiteral("default 2 (on for loopback only)"));
        reuse->spinBox()->setValue(1);
        QCOMPARE(reuse->defaultLabel()->text(), QStringLiteral("now: on for every connection · default 2 (on for loopback only)"));
        ParameterRow *early = panel.row(SysctlId::TcpEarlyRetrans);
        early->spinBox()->setValue(2); // tcp_schedule_loss_probe() arms only for 3 and 4
        QVERIFY(early->defaultLabel()->text().startsWith(QStringLiteral("now: tail loss probe off")));
        // tcp_orphan_retries keeps its unit and says what its default 0 really is.
        ParameterRow *orphan = panel.row(SysctlId::TcpOrphanRetries);
        QCOMPARE(orphan->spinBox()->suffix(), QStringLiteral(" times"));
        QCOMPARE(orphan->defaultLabel()->text(), QStringLiteral("default 0 times · 0 means 8 to the kernel"));
        orphan->spinBox()->setValue(3);
        QCOMPARE(orphan->defaultLabel()->text(), QStringLiteral("default 0 times"));
    }

    void movingASliderEmitsTheNewConfig()
    {
        ParameterPanel panel;
        QSignalSpy edited(&panel, &ParameterPanel::configEdited);
        QSignalSpy changed(&panel, &ParameterPanel::parameterChanged);
        ParameterRow *row = panel.row(SysctlId::TcpFinTimeout);
        row->slider()->setValue(row->slider()->value() - 20);
        QCOMPARE(edited.count(), 1);
        const auto config = edited.at(0).at(0).value<RunConfig>();
        QCOMPARE(config.sysctls.get(SysctlId::TcpFinTimeout), 40);
        QVERIFY(config.sysctls.isExplicit(SysctlId::TcpFinTimeout));
        QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("net.ipv4.tcp_fin_timeout"));
        QCOMPARE(changed.at(0).at(1).toString(), QStringLiteral("40"));
        QCOMPARE(row->spinBox()->value(), 40);
        QVERIFY(row->isChanged());
        QVERIFY(row->property("changed").toBool());
    }

    void theSpinBoxIsExact()
    {
        ParameterPanel panel;
        QSignalSpy edited(&panel, &ParameterPanel::configEdited);
        panel.row(SysctlId::TcpMaxTwBuckets)->spinBox()->setValue(4321);
        QCOMPARE(edited.count(), 1);
        QCOMPARE(edited.at(0).at(0).value<RunConfig>().sysctls.get(SysctlId::TcpMaxTwBuckets), 4321);
    }

    void setConfigDoesNotEmit()
    {
        ParameterPanel panel;
        QSignalSpy edited(&panel, &ParameterPanel::configEdited);
        RunConfig c;
        c.sysctls.set(SysctlId::TcpOrphanRetries, 3);
        panel.setConfig(c);
        QCOMPARE(edited.count(), 0);
        QCOMPARE(panel.row(SysctlId::TcpOrphanRetries)->value(), 3);
        QCOMPARE(panel.changedCount(), 1);
    }

    void resetOneAndAll()
    {
        ParameterPanel panel;
        RunConfig c;
        c.sysctls.set(SysctlId::TcpOrphanRetries, 3);
        c.sysctls.set(SysctlId::TcpFinTimeout, 5);
        c.network.lossS2C = 0.5;
        panel.setConfig(c);
        QSignalSpy edited(&panel, &ParameterPanel::configEdited);
        panel.row(SysctlId::TcpOrphanRetries)->resetButton()->click();
        QCOMPARE(edited.count(), 1);
        RunConfig after = edited.at(0).at(0).value<RunConfig>();
        QVERIFY(!after.sysctls.isExplicit(SysctlId::TcpOrphanRetries));
        QCOMPARE(after.sysctls.get(SysctlId::TcpOrphanRetries), 0);
        QCOMPARE(after.sysctls.get(SysctlId::TcpFinTimeout), 5);
        panel.resetAllButton()->click();
        QCOMPARE(edited.count(), 2);
        after = edited.at(1).at(0).value<RunConfig>();
        QVERIFY(after.sysctls == Sysctls{});
        QVERIFY(after.network == NetworkConfig{});
    }

    void searchFilters()
    {
        ParameterPanel panel;
        panel.show();
        panel.searchBox()->setText(QStringLiteral("keepalive"));
        QVERIFY(panel.row(SysctlId::TcpKeepaliveTime)->isVisible());
        QVERIFY(!panel.row(SysctlId::TcpFinTimeout)->isVisible());
        panel.searchBox()->clear();
        QVERIFY(panel.row(SysctlId::TcpFinTimeout)->isVisible());
    }

    void dropRuleEditorValidates()
    {
        NetworkEditor editor;
        QSignalSpy edited(&editor, &NetworkEditor::networkEdited);
        editor.dropRuleEdit()->setText(QStringLiteral("s2c:bogus"));
        QVERIFY(!editor.ruleMessage().isEmpty());
        QVERIFY(!editor.addRuleButton()->isEnabled());
        editor.addRuleButton()->click();
        QCOMPARE(edited.count(), 0);
        editor.dropRuleEdit()->setText(QStringLiteral("s2c:fin:first"));
        QVERIFY(editor.ruleMessage().isEmpty());
        QVERIFY(editor.addRuleButton()->isEnabled());
        editor.addRuleButton()->click();
        QCOMPARE(edited.count(), 1);
        const auto network = edited.at(0).at(0).value<NetworkConfig>();
        QCOMPARE(network.drops.size(), std::size_t(1));
        QCOMPARE(editor.ruleList()->count(), 1);
    }

    void networkFieldsEmit()
    {
        ParameterPanel panel;
        QSignalSpy edited(&panel, &ParameterPanel::configEdited);
        panel.networkEditor()->lossS2CBox()->setValue(30);
        QCOMPARE(edited.count(), 1);
        QCOMPARE(edited.at(0).at(0).value<RunConfig>().network.lossS2C, 0.3);
    }

    void scenarioOptionsAreEditable()
    {
        ParameterPanel panel;
        RunConfig c;
        c.scenario = "fin_unacked";
        panel.setConfig(c);
        QLineEdit *mode = panel.optionEdit(QStringLiteral("mode"));
        QVERIFY(mode);
        QSignalSpy edited(&panel, &ParameterPanel::configEdited);
        mode->setText(QStringLiteral("shutdown"));
        emit mode->editingFinished();
        QCOMPARE(edited.count(), 1);
        QCOMPARE(edited.at(0).at(0).value<RunConfig>().options.at("mode"), std::string("shutdown"));
    }

    void sliderScale_data()
    {
        QTest::addColumn<qint64>("min");
        QTest::addColumn<qint64>("max");
        QTest::addColumn<bool>("log");
        QTest::newRow("fin_timeout") << qint64(1) << qint64(600) << false;
        QTest::newRow("bool") << qint64(0) << qint64(1) << false;
        QTest::newRow("tw_buckets") << qint64(0) << qint64(16777216) << true;
        QTest::newRow("somaxconn") << qint64(1) << qint64(2147483647) << true;
    }

    void sliderScale()
    {
        QFETCH(qint64, min);
        QFETCH(qint64, max);
        QFETCH(bool, log);
        const SliderScale scale(min, max);
        QCOMPARE(scale.isLogarithmic(), log);
        QCOMPARE(scale.value(0), min);
        QCOMPARE(scale.value(scale.steps()), max);
        std::int64_t previous = min;
        for (int p = 0; p <= scale.steps(); ++p) {
            const std::int64_t v = scale.value(p);
            QVERIFY(v >= previous);
            QVERIFY(v >= min && v <= max);
            previous = v;
        }
        QCOMPARE(scale.position(min), 0);
        QCOMPARE(scale.position(max), scale.steps());
    }
};

QTEST_MAIN(TestParameterPanel)
#include "tst_parameterpanel.moc"
