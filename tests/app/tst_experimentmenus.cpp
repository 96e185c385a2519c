// SPDX-License-Identifier: GPL-3.0-or-later
//
// The File menu driven through the real MainWindow: every file dialog, save question and warning is
// answered by the test (ExperimentMenus::setDialogs), the files written are read back.

#include "app/experimentcontroller.h"
#include "app/experimentfile.h"
#include "app/experimentmenus.h"
#include "app/languageswitcher.h"
#include "app/mainwindow.h"
#include "core/populationjson.h"
#include "views/scenariobrowser.h"
#include "views/sequencediagramview.h"
#include "views/timelinechartsview.h"

#include <QAction>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QXmlStreamReader>

using namespace closelab;

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every changed part of an experiment: parameters of both hosts, options, network, seed.
RunConfig richConfig()
{
    RunConfig c;
    c.scenario = "fin_unacked";
    c.options = {{"mode", "shutdown"}};
    (void)c.sysctls.setFromText("net.ipv4.tcp_orphan_retries=2");
    (void)c.sysctls.setFromText("net.ipv4.ip_local_port_range=1024 65000");
    (void)c.sysctls.setFromText("ulimit.nofile=4096");
    c.serverSysctls = Sysctls{};
    (void)c.serverSysctls->setFromText("net.ipv4.tcp_fin_timeout=5");
    c.network.delay = 20 * kMs;
    c.network.jitter = 3 * kMs;
    c.network.lossC2S = 0.125;
    c.network.duplicate = 0.01;
    DropRule r;
    (void)parseDropRule("s2c:fin:first", r);
    c.network.drops = {r};
    c.network.firewall.idleTimeout = 300 * kSec;
    c.network.firewall.action = FirewallConfig::Action::Reset;
    c.seed = 4242;
    return c;
}

// The user, scripted: the paths the file dialogs return and the answers to "Save changes?", in order.
struct User {
    QStringList paths;
    QList<QMessageBox::StandardButton> answers;
    QList<ExperimentMenus::FileRequest> requests;
    QStringList asked;    // the names in "Save changes to …?"
    QStringList warnings; // the texts of the warnings shown

    void install(ExperimentMenus *menus)
    {
        ExperimentMenus::Dialogs d;
        d.chooseFile = [this](const ExperimentMenus::FileRequest &request) {
            requests << request;
            return paths.isEmpty() ? QString() : paths.takeFirst();
        };
        d.askToSave = [this](const QString &name) {
            asked << name;
            return answers.isEmpty() ? QMessageBox::Cancel : answers.takeFirst();
        };
        d.warn = [this](const QString &, const QString &text) { warnings << text; };
        menus->setDialogs(std::move(d));
    }
};

QAction *action(MainWindow &window, const char *name)
{
    auto *a = window.findChild<QAction *>(QLatin1String(name));
    if (!a)
        qWarning("no action %s", name);
    return a;
}

void makeModified(MainWindow &window)
{
    QCOMPARE(window.controller()->setScenario(QStringLiteral("last_ack_lost")), QString());
    QVERIFY(window.experimentMenus()->isModified());
}
} // namespace

class TestExperimentMenus : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CloseLab"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_experimentmenus"));
        m_languages.setLanguage(QStringLiteral("en"));
    }

    void init() { QSettings().clear(); }

    void titleShowsTheFileAndUnsavedChanges()
    {
        QTemporaryDir dir;
        MainWindow window(&m_languages);
        User user;
        user.install(window.experimentMenus());
        QVERIFY2(window.windowTitle().startsWith(QLatin1String("Untitled[*]")), qPrintable(window.windowTitle()));
        QVERIFY(!window.isWindowModified());
        makeModified(window);
        QVERIFY(window.isWindowModified());
        window.experimentMenus()->undoAction()->trigger();
        QVERIFY(!window.isWindowModified()); // back where it was saved
        window.experimentMenus()->redoAction()->trigger();
        QVERIFY(window.isWindowModified());

        user.paths << dir.filePath(QStringLiteral("mine")); // the suffix is added
        action(window, "saveAsAction")->trigger();
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("mine.closelab"))));
        QVERIFY(!window.isWindowModified());
        QVERIFY2(window.windowTitle().startsWith(QLatin1String("mine.closelab[*]")), qPrintable(window.windowTitle()));
        QCOMPARE(user.requests.size(), 1);
        QCOMPARE(user.requests.first().mode, ExperimentMenus::FileMode::Save);
        QVERIFY(user.asked.isEmpty());
    }

    void newAsksBeforeDiscarding()
    {
        MainWindow window(&m_languages);
        User user;
        user.install(window.experimentMenus());
        // Nothing changed: no question.
        action(window, "newAction")->trigger();
        QVERIFY(user.asked.isEmpty());

        makeModified(window);
        const RunConfig edited = window.controller()->config();
        user.answers << QMessageBox::Cancel;
        action(window, "newAction")->trigger();
        QCOMPARE(user.asked, QStringList{QStringLiteral("Untitled")});
        QVERIFY(window.controller()->config() == edited); // Cancel keeps everything
        QVERIFY(window.experimentMenus()->isModified());
        QVERIFY(window.controller()->undoStack()->canUndo());

        user.answers << QMessageBox::Discard;
        action(window, "newAction")->trigger();
        QCOMPARE(user.asked.size(), 2);
        QVERIFY(window.controller()->config() == RunConfig{});
        QVERIFY(!window.experimentMenus()->isModified());
    }

    void saveAnswerSavesFirst()
    {
        QTemporaryDir dir;
        MainWindow window(&m_languages);
        User user;
        user.install(window.experimentMenus());
        makeModified(window);
        const RunConfig edited = window.controller()->config();

        // Save on a never-saved experiment is Save As; cancelling its dialog cancels New.
        user.answers << QMessageBox::Save;
        action(window, "newAction")->trigger();
        QCOMPARE(user.requests.size(), 1);
        QVERIFY(window.controller()->config() == edited);
        QVERIFY(window.experimentMenus()->isModified());

        // A save that fails stops too, and says why.
        user.answers << QMessageBox::Save;
        user.paths << dir.filePath(QStringLiteral("no/such/dir/x.closelab"));
        action(window, "newAction")->trigger();
        QCOMPARE(user.warnings.size(), 1);
        QVERIFY(window.controller()->config() == edited);

        // A save that works goes on: the file holds the edits, the experiment is new.
        const QString path = dir.filePath(QStringLiteral("saved.closelab"));
        user.answers << QMessageBox::Save;
        user.paths << path;
        action(window, "newAction")->trigger();
        RunConfig onDisk;
        QCOMPARE(ExperimentFile::load(path, onDisk), QString());
        QVERIFY(onDisk == edited);
        QVERIFY(window.controller()->config() == RunConfig{});
        QVERIFY(window.experimentMenus()->currentFile().isEmpty());

        // With a file, Save writes it without a dialog.
        QCOMPARE(window.experimentMenus()->openFile(path), QString());
        QCOMPARE(window.controller()->setScenario(QStringLiteral("half_close")), QString());
        QVERIFY(window.experimentMenus()->isModified());
        const RunConfig again = window.controller()->config();
        const qsizetype dialogs = user.requests.size();
        user.answers << QMessageBox::Save;
        action(window, "newAction")->trigger();
        QCOMPARE(user.requests.size(), dialogs);
        QCOMPARE(user.asked.last(), QStringLiteral("saved.closelab"));
        QCOMPARE(ExperimentFile::load(path, onDisk), QString());
        QVERIFY(onDisk == again);
    }

    void closingAsks()
    {
        MainWindow window(&m_languages);
        User user;
        user.install(window.experimentMenus());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        makeModified(window);
        user.answers << QMessageBox::Cancel;
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        QCOMPARE(user.asked.size(), 1);
        user.answers << QMessageBox::Discard;
        QVERIFY(window.close());
        QCOMPARE(user.asked.size(), 2);
    }

    void openAsksOnlyForAGoodFile()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("good.closelab"));
        QCOMPARE(ExperimentFile::save(good, richConfig()), QString());
        const QString bad = dir.filePath(QStringLiteral("bad.closelab"));
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"format": "closelab-experiment", "version": 1, "scenario": "teleport"})");
        }
        MainWindow window(&m_languages);
        User user;
        user.install(window.experimentMenus());
        makeModified(window);
        const RunConfig edited = window.controller()->config();
        const int undoSteps = window.controller()->undoStack()->count();

        // A bad file: the message, no question, the experiment as it was (undo history too).
        user.paths << bad;
        action(window, "openAction")->trigger();
        QCOMPARE(user.warnings.size(), 1);
        QVERIFY2(user.warnings.first().contains(QLatin1String("teleport")), qPrintable(user.warnings.first()));
        QVERIFY(user.asked.isEmpty());
        QVERIFY(window.controller()->config() == edited);
        QCOMPARE(window.controller()->undoStack()->count(), undoSteps);
        QVERIFY(window.experimentMenus()->isModified());
        QCOMPARE(window.experimentMenus()->currentFile(), QString());

        // A good file asks; Cancel keeps the experiment.
        user.paths << good;
        user.answers << QMessageBox::Cancel;
        action(window, "openAction")->trigger();
        QCOMPARE(user.asked.size(), 1);
        QVERIFY(window.controller()->config() == edited);

        user.paths << good;
        user.answers << QMessageBox::Discard;
        action(window, "openAction")->trigger();
        QVERIFY(window.controller()->config() == richConfig());
        QCOMPARE(window.experimentMenus()->currentFile(), good);
        QCOMPARE(user.requests.last().mode, ExperimentMenus::FileMode::Open);
    }

    void recentFileAsks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("recent.closelab"));
        QCOMPARE(ExperimentFile::save(path, richConfig()), QString());
        MainWindow window(&m_languages);
        User user;
        user.install(window.experimentMenus());
        QCOMPARE(window.experimentMenus()->openFile(path), QString());
        QCOMPARE(ExperimentMenus::recentFiles().value(0), path);
        action(window, "newAction")->trigger(); // not modified: no question
        QVERIFY(user.asked.isEmpty());
        makeModified(window);
        const RunConfig edited = window.controller()->config();

        auto *recent = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
        emit recent->aboutToShow();
        QAction *first = recent->actions().value(0);
        QVERIFY(first && first->isEnabled());
        user.answers << QMessageBox::Cancel;
        first->trigger();
        QCOMPARE(user.asked.size(), 1);
        QVERIFY(window.controller()->config() == edited);
        user.answers << QMessageBox::Discard;
        first->trigger();
        QVERIFY(window.controller()->config() == richConfig());
    }

    void scenarioSwitchIsAnUndoStepNotAQuestion()
    {
        MainWindow window(&m_languages);
        User user;
        user.install(window.experimentMenus());
        QCOMPARE(window.controller()->applyRunOption(QStringLiteral("set"), QStringLiteral("net.ipv4.tcp_fin_timeout=7")), QString());
        emit window.scenarioBrowser()->scenarioChosen(QStringLiteral("half_close"));
        QVERIFY(user.asked.isEmpty());
        QCOMPARE(window.controller()->config().scenario, std::string("half_close"));
        window.experimentMenus()->undoAction()->trigger();
        QCOMPARE(window.controller()->config().scenario, std::string("normal_close"));
        QCOMPARE(window.controller()->config().sysctls.get(SysctlId::TcpFinTimeout), 7);
    }

    void saveOpenRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("round.closelab"));
        MainWindow window(&m_languages);
        User user;
        user.install(window.experimentMenus());
        QCOMPARE(window.controller()->edit(richConfig()), QString());
        user.paths << path;
        action(window, "saveAsAction")->trigger();
        QVERIFY(!window.experimentMenus()->isModified());
        action(window, "newAction")->trigger();
        QVERIFY(window.controller()->config() == RunConfig{});

        user.paths << path;
        action(window, "openAction")->trigger();
        const RunConfig &loaded = window.controller()->config();
        QVERIFY(loaded == richConfig());
        // Spelled out, so a failure names the part that did not come back.
        QCOMPARE(loaded.scenario, std::string("fin_unacked"));
        QCOMPARE(loaded.options, richConfig().options);
        QCOMPARE(loaded.sysctls.get(SysctlId::TcpOrphanRetries), 2);
        QCOMPARE(loaded.sysctls.get(SysctlId::IpLocalPortRangeLow), 1024);
        QVERIFY(loaded.serverSysctls && loaded.serverSysctls->get(SysctlId::TcpFinTimeout) == 5);
        QVERIFY(loaded.network == richConfig().network);
        QCOMPARE(loaded.seed, quint64(4242));
        QVERIFY(user.warnings.isEmpty());
        QVERIFY(!window.experimentMenus()->isModified());
        QVERIFY(window.windowTitle().startsWith(QLatin1String("round.closelab[*]")));
    }

    void exportImages_data()
    {
        QTest::addColumn<QString>("actionName");
        QTest::addColumn<QString>("suffix");
        for (const char *name : {"exportDiagramAction", "exportChartsAction"}) {
            QTest::addRow("%s png", name) << name << "png";
            QTest::addRow("%s pdf", name) << name << "pdf";
#ifdef CLOSELAB_HAVE_SVG
            QTest::addRow("%s svg", name) << name << "svg";
#endif
        }
    }

    void exportImages()
    {
        QFETCH(QString, actionName);
        QFETCH(QString, suffix);
        QTemporaryDir dir;
        MainWindow window(&m_languages);
        User user;
        user.install(window.experimentMenus());
        window.resize(1300, 850);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QWidget *shown = actionName == QLatin1String("exportDiagramAction") ? static_cast<QWidget *>(window.sequenceDiagram())
                                                                            : static_cast<QWidget *>(window.timelineCharts());
        const QString path = dir.filePath(QStringLiteral("out.") + suffix);
        user.paths << path;
        action(window, qPrintable(actionName))->trigger();
        QVERIFY(user.warnings.isEmpty());
        QCOMPARE(user.requests.size(), 1);
        QVERIFY(user.requests.first().filter.contains(QLatin1String("*.") + suffix));
        const QByteArray bytes = readAll(path);
        if (suffix == QLatin1String("png")) {
            QImage image;
            QVERIFY(image.loadFromData(bytes, "PNG"));
            // The whole picture laid out for print, not the dock (tst_diagramexport, tst_panelexport).
            if (actionName == QLatin1String("exportDiagramAction"))
                QCOMPARE(image.width(), 3200);
            else
                QVERIFY(image.width() > 2 * shown->width());
        } else if (suffix == QLatin1String("pdf")) {
            QVERIFY(bytes.startsWith("%PDF-"));
            QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        } else {
            QXmlStreamReader xml(bytes);
            bool sawSvg = false;
            while (!xml.atEnd()) {
                if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("svg"))
                    sawSvg = true;
            }
            QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
            QVERIFY(sawSvg);
        }
        // A cancelled dialog writes nothing.
        QVERIFY(QFile::remove(path));
        action(window, qPrintable(actionName))->trigger();
        QVERIFY(!QFile::exists(path));
    }

    void exportTrace()
    {
        QTemporaryDir dir;
        MainWindow window(&m_languages);
        User user;
        user.install(window.experimentMenus());
        QCOMPARE(window.controller()->setScenario(QStringLiteral("fin_unacked")), QString());
        const auto trace = window.controller()->trace();
        QVERIFY(trace && !trace->events.empty());

        const QString csv = dir.filePath(QStringLiteral("trace.csv"));
        user.paths << csv;
        action(window, "exportTraceCsvAction")->trigger();
        const QList<QByteArray> lines = readAll(csv).trimmed().split('\n');
        QVERIFY(lines.first().startsWith("t_s,type,host,conn,"));
        QCOMPARE(lines.size(), qsizetype(trace->events.size() + 1));

        const QString json = dir.filePath(QStringLiteral("trace.json"));
        user.paths << json;
        action(window, "exportTraceJsonAction")->trigger();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(readAll(json), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(doc.isObject());
        QVERIFY(user.warnings.isEmpty());
    }

    void exportPopulation()
    {
        QTemporaryDir dir;
        MainWindow window(&m_languages);
        User user;
        user.install(window.experimentMenus());
        RunConfig c;
        c.scenario = "tw_bucket_overflow";
        c.options = {{"duration", "2"}, {"rate", "100"}};
        window.showRun(c);
        QVERIFY(window.controller()->waitForIdle());
        const auto result = window.controller()->populationResult();
        QVERIFY(result && !result->series.t.empty());
        emit window.findChild<QMenu *>(QStringLiteral("exportMenu"))->aboutToShow();
        QVERIFY(action(window, "exportSeriesCsvAction")->isEnabled());

        const QString csv = dir.filePath(QStringLiteral("series.csv"));
        user.paths << csv;
        action(window, "exportSeriesCsvAction")->trigger();
        const QList<QByteArray> lines = readAll(csv).trimmed().split('\n');
        QVERIFY(lines.first().startsWith("t,"));
        QCOMPARE(lines.size(), qsizetype(result->series.t.size() + 1));

        const QString json = dir.filePath(QStringLiteral("population.json"));
        user.paths << json;
        action(window, "exportSeriesJsonAction")->trigger();
        QJsonParseError error;
        QJsonDocument::fromJson(readAll(json), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(user.warnings.isEmpty());
    }

    void exportSysctlConf()
    {
        QTemporaryDir dir;
        MainWindow window(&m_languages);
        User user;
        user.install(window.experimentMenus());
        QCOMPARE(window.controller()->edit(richConfig()), QString());
        const QString path = dir.filePath(QStringLiteral("99-closelab.conf"));
        user.paths << path;
        action(window, "exportSysctlAction")->trigger();
        const QStringList lines = QString::fromUtf8(readAll(path)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QStringList settings;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (lines[i].startsWith(QLatin1Char('#')))
                continue;
            settings << lines[i];
            QVERIFY2(i > 0 && lines[i - 1].startsWith(QLatin1Char('#')), qPrintable(lines[i])); // a comment above each
        }
        // The client's changed sysctls (ulimit.nofile is a comment: it is not a sysctl).
        settings.sort();
        QCOMPARE(settings, (QStringList{QStringLiteral("net.ipv4.ip_local_port_range = 1024 65000"),
                                        QStringLiteral("net.ipv4.tcp_orphan_retries = 2")}));
        QVERIFY(QString::fromUtf8(readAll(path)).contains(QLatin1String("ulimit -n 4096")));
    }

private:
    LanguageSwitcher m_languages;
};

QTEST_MAIN(TestExperimentMenus)
#include "tst_experimentmenus.moc"
