// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/networkeditor.h"
#include "views/parameterpanel.h"
#include "views/parameterrow.h"
#include "views/sliderscale.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QScrollArea>
#include <QScrollBar>
#include <QWheelEvent>
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

    // The widgets are made when first needed (a panel behind another dock's tab costs nothing at
    // start-up); the count of changes is known before they exist, and they show what was set.
    void widgetsAreMadeWhenFirstNeeded()
    {
        ParameterPanel panel;
        QVERIFY(!panel.hasContent());
        RunConfig c;
        c.sysctls.set(SysctlId::TcpFinTimeout, 5);
        c.network.lossS2C = 0.5;
        RunConfig effective = c;
        effective.sysctls.set(SysctlId::TcpMaxTwBuckets, 5000); // a scenario's own default
        panel.setConfig(c, effective);
        QVERIFY(!panel.hasContent());
        QVERIFY(panel.findChildren<QWidget *>().isEmpty());
        // tcp_fin_timeout, tcp_max_tw_buckets and the network.
        QCOMPARE(panel.changedCount(), 3);

        QCOMPARE(panel.rows().size(), qsizetype(sysctlTable().size()));
        QVERIFY(panel.hasContent());
        QCOMPARE(panel.row(SysctlId::TcpFinTimeout)->value(), 5);
        QCOMPARE(panel.row(SysctlId::TcpMaxTwBuckets)->value(), 5000);
        QCOMPARE(panel.networkEditor()->network().lossS2C, 0.5);
        int changedRows = 0;
        for (const ParameterRow *row : panel.rows())
            changedRows += row->isChanged() ? 1 : 0;
        QCOMPARE(changedRows + (panel.networkEditor()->isChanged() ? 1 : 0), 3);
        QVERIFY(panel.resetAllButton()->isEnabled());
        bool summarised = false;
        for (QLabel *label : panel.findChildren<QLabel *>())
            summarised |= label->text() == QStringLiteral("3 parameter(s) changed from the Linux defaults.");
        QVERIFY(summarised);

        ParameterPanel shown;
        shown.show();
        QVERIFY(shown.hasContent());
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

    // Issue 17: the wheel over the Parameters panel changed keepalive probes, timestamps and
    // tcp_max_orphans without a click. Over a widget without the focus it scrolls the panel.
    void wheelOverAnUnfocusedValueScrollsThePanel()
    {
        ParameterPanel panel;
        panel.resize(360, 300);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *scroll = panel.findChild<QScrollArea *>();
        QVERIFY(scroll);
        QSignalSpy edited(&panel, &ParameterPanel::configEdited);
        const RunConfig before = panel.config();
        ParameterRow *row = panel.row(SysctlId::TcpKeepaliveProbes);
        scroll->ensureWidgetVisible(row);
        const int scrolled = scroll->verticalScrollBar()->value();
        const QList<QWidget *> targets = {row->slider(), row->spinBox(), panel.networkEditor()->lossS2CBox(),
                                          panel.networkEditor()->findChild<QComboBox *>()};
        for (QWidget *target : targets) {
            QVERIFY(target);
            QVERIFY(!target->hasFocus());
            scroll->ensureWidgetVisible(target);
            const int top = scroll->verticalScrollBar()->value();
            const QPoint local = target->rect().center();
            QWheelEvent wheel(local, target->mapToGlobal(local), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                              Qt::NoScrollPhase, false);
            QApplication::sendEvent(target, &wheel);
            QVERIFY2(!target->hasFocus(), qPrintable(target->metaObject()->className()));
            // Left unaccepted, a real (spontaneous) wheel event goes on to the parents: QApplication
            // hands it to the scroll area, which scrolls the panel. Synthesised events do not propagate,
            // so the test hands it on itself, as QApplication::notify() does.
            QVERIFY2(!wheel.isAccepted(), qPrintable(target->metaObject()->className()));
            QWheelEvent onward(QPointF(1, 1), scroll->viewport()->mapToGlobal(QPoint(1, 1)), QPoint(), QPoint(0, -120), Qt::NoButton,
                               Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(scroll->viewport(), &onward);
            QVERIFY(scroll->verticalScrollBar()->value() > top || top == scroll->verticalScrollBar()->maximum());
        }
        QVERIFY(scrolled >= 0);
        QCOMPARE(edited.count(), 0);
        QVERIFY(panel.config() == before);
        QCOMPARE(row->value(), sysctlInfo(SysctlId::TcpKeepaliveProbes).defaultValue);

        // With the focus, the wheel is the widget's again.
        row->spinBox()->setFocus();
        QTRY_VERIFY(row->spinBox()->hasFocus());
        const QPoint local = row->spinBox()->rect().center();
        QWheelEvent wheel(local, row->spinBox()->mapToGlobal(local), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(row->spinBox(), &wheel);
        QCOMPARE(edited.count(), 1);
        QCOMPARE(row->value(), sysctlInfo(SysctlId::TcpKeepaliveProbes).defaultValue + 1);
    }

    // A focused slider takes the arrow keys even though the window has ←/→ as playback shortcuts.
    void aFocusedSliderTakesTheArrowKeys()
    {
        QWidget window;
        auto *panel = new ParameterPanel(&window);
        auto *stepBack = new QAction(&window);
        stepBack->setShortcut(Qt::Key_Left);
        auto *stepForward = new QAction(&window);
        stepForward->setShortcut(Qt::Key_Right);
        window.addAction(stepBack);
        window.addAction(stepForward);
        QSignalSpy back(stepBack, &QAction::triggered);
        QSignalSpy forward(stepForward, &QAction::triggered);
        window.resize(360, 500);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy edited(panel, &ParameterPanel::configEdited);

        // Without a focused value widget the arrows are the playhead's.
        window.setFocus();
        QTest::keyClick(&window, Qt::Key_Right);
        QCOMPARE(forward.count(), 1);

        ParameterRow *row = panel->row(SysctlId::TcpFinTimeout);
        row->slider()->setFocus();
        QTRY_VERIFY(row->slider()->hasFocus());
        QTest::keyClick(row->slider(), Qt::Key_Left);
        QCOMPARE(back.count(), 0);
        QCOMPARE(forward.count(), 1);
        QCOMPARE(edited.count(), 1);
        QCOMPARE(row->value(), 59);
        QTest::keyClick(row->slider(), Qt::Key_Right);
        QTest::keyClick(row->slider(), Qt::Key_Right);
        QCOMPARE(forward.count(), 1);
        QCOMPARE(row->value(), 61);

        // A logarithmic slider steps by a few per cent, not by a decade.
        ParameterRow *buckets = panel->row(SysctlId::TcpMaxTwBuckets);
        buckets->spinBox()->setValue(5000);
        buckets->slider()->setFocus();
        QTRY_VERIFY(buckets->slider()->hasFocus());
        QTest::keyClick(buckets->slider(), Qt::Key_Right);
        QVERIFY2(buckets->value() > 5000 && buckets->value() <= 5500, qPrintable(QString::number(buckets->value())));
    }

    // Issue 17: a 25 px drag on tcp_max_tw_buckets jumped 5,000 → 130,000 (a factor of 26). On a
    // slider 200 px wide a 25 px drag is an eighth of the slider: it must stay under a factor of 3.
    void aDragOfTheBucketsSliderIsControllable()
    {
        const SysctlInfo &info = sysctlInfo(SysctlId::TcpMaxTwBuckets);
        const SliderScale scale(info.min, info.max, info.defaultValue);
        QVERIFY(scale.isLogarithmic());
        const int from = scale.position(5000);
        const int to = from + scale.steps() / 8;
        const double factor = double(scale.value(to)) / double(scale.value(from));
        QVERIFY2(factor > 1.5 && factor < 3, qPrintable(QString::number(factor)));
        // 0 (no TIME_WAIT at all) is still at the left end; the whole range is reachable through the spin box.
        QCOMPARE(scale.value(0), 0);
        QCOMPARE(scale.spanHigh(), 10 * info.defaultValue);
    }

    void networkFieldsHaveLabels()
    {
        NetworkEditor editor;
        auto *form = editor.findChild<QFormLayout *>();
        QVERIFY(form);
        int fields = 0;
        for (int r = 0; r < form->rowCount(); ++r) {
            QLayoutItem *field = form->itemAt(r, QFormLayout::FieldRole);
            if (!field || !field->widget())
                continue;
            ++fields;
            auto *label = qobject_cast<QLabel *>(form->labelForField(field->widget()));
            QVERIFY2(label, qPrintable(QString::number(r)));
            QVERIFY(!label->text().isEmpty());
        }
        QCOMPARE(fields, 7);
        auto *delay = qobject_cast<QLabel *>(form->labelForField(editor.delayBox()));
        QCOMPARE(delay->text(), QStringLiteral("One-way delay"));
    }

    void scenarioOptionsHaveWordsAndDefaults()
    {
        ParameterPanel panel;
        RunConfig c;
        c.scenario = "tw_bucket_overflow";
        panel.setConfig(c);
        const auto labelOf = [&panel](QWidget *field) -> QLabel * {
            for (QLabel *label : panel.findChildren<QLabel *>())
                if (label->buddy() == field)
                    return label;
            return nullptr;
        };
        QLineEdit *form = panel.optionEdit(QStringLiteral("rate"));
        QVERIFY(form);
        QLabel *label = labelOf(form);
        QVERIFY(label);
        QCOMPARE(label->text(), QStringLiteral("Connections per second"));
        // The preset's value (core/populationoptions.cpp: tw_bucket_overflow rate 200), not an empty field.
        QCOMPARE(form->placeholderText(), QStringLiteral("default: 200"));
        QVERIFY(form->toolTip().contains(QLatin1String("--opt rate=")));
        auto *closer = panel.optionEdit(QStringLiteral("closer"));
        QCOMPARE(closer->placeholderText(), QStringLiteral("default: client"));

        c.scenario = "normal_close";
        panel.setConfig(c);
        QLineEdit *delay = panel.optionEdit(QStringLiteral("server_close_delay"));
        QVERIFY(delay);
        QLabel *delayLabel = labelOf(delay);
        QVERIFY(delayLabel);
        QCOMPARE(delayLabel->text(), QStringLiteral("Server closes after (s)"));
        QCOMPARE(delay->placeholderText(), QStringLiteral("default: 0.05"));
    }

    void sliderScale_data()
    {
        QTest::addColumn<qint64>("min");
        QTest::addColumn<qint64>("max");
        QTest::addColumn<qint64>("def");
        QTest::addColumn<bool>("log");
        QTest::addColumn<qint64>("high");
        QTest::newRow("fin_timeout") << qint64(1) << qint64(600) << qint64(60) << false << qint64(600);
        QTest::newRow("bool") << qint64(0) << qint64(1) << qint64(0) << false << qint64(1);
        // Logarithmic: the dragged span ends a decade over the default.
        QTest::newRow("tw_buckets") << qint64(0) << qint64(16777216) << qint64(131072) << true << qint64(1310720);
        QTest::newRow("somaxconn") << qint64(1) << qint64(2147483647) << qint64(4096) << true << qint64(40960);
        QTest::newRow("rto_max_ms") << qint64(1000) << qint64(120000) << qint64(120000) << true << qint64(120000);
        QTest::newRow("default at 0") << qint64(0) << qint64(100000) << qint64(0) << true << qint64(1000);
    }

    void sliderScale()
    {
        QFETCH(qint64, min);
        QFETCH(qint64, max);
        QFETCH(qint64, def);
        QFETCH(bool, log);
        QFETCH(qint64, high);
        const SliderScale scale(min, max, def);
        QCOMPARE(scale.isLogarithmic(), log);
        QCOMPARE(scale.value(0), min);
        QCOMPARE(scale.value(scale.steps()), high);
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
