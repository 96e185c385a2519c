// SPDX-License-Identifier: GPL-3.0-or-later
// `closelab --present --zoom N`: everything presented is shown at N %, the quiz's question, answers and
// verdict as well as the diagram, the state graph and the caption. (Before, --zoom reached the window
// behind the presentation only: `--present --quiz --zoom 300` showed the quiz at presentation mode's
// saved zoom, 200 %, the picture the same as with --zoom 100.) A picture's zoom is not kept as
// presentation mode's; an interactive `--present --zoom` is.
#include "app/experimentcontroller.h"
#include "app/languageswitcher.h"
#include "app/mainwindow.h"
#include "app/playhead.h"
#include "app/presentationmode.h"
#include "app/presentationwindow.h"
#include "app/quizmode.h"
#include "views/quizpanel.h"
#include "views/sequencediagramview.h"
#include "views/stategraphview.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTest>

#include <cstring>

using namespace closelab;

class TestPresentationZoom : public QObject {
    Q_OBJECT

private slots:
    void init() { QSettings().clear(); }

    void zoomAtEntryReachesTheQuiz_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("zoom");
        QTest::addColumn<int>("answer"); // 0: asking; else the choice given (1-based), revealed
        // Not 200 %: presentation mode's own zoom when none is given.
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")})
            for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)})
                for (double zoom : {1.0, 3.0})
                    for (int answer : {0, 1})
                        QTest::addRow("%s %dx%d %d%% %s", qPrintable(language), size.width(), size.height(), int(zoom * 100),
                                      answer ? "revealed" : "asking")
                            << language << size << zoom << answer;
    }

    void zoomAtEntryReachesTheQuiz()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QFETCH(double, zoom);
        QFETCH(int, answer);
        LanguageSwitcher languages;
        languages.setLanguage(language);
        MainWindow window(&languages);
        window.showRun(RunConfig{});
        QVERIFY(window.controller()->waitForIdle(60000));
        window.resize(size);
        window.show();
        // As main.cpp takes `--present --quiz [--quiz-answer N] --zoom Z --screenshot` (normal_close at
        // 0.0441 s, the FIN about to reach the client in FIN_WAIT2).
        window.playhead()->seek(44'100'000);
        window.presentation()->enter(size, zoom);
        QuizMode::showInScreenshot(window.quiz(), answer);
        QApplication::processEvents();

        PresentationWindow *shown = window.presentation()->window();
        QVERIFY(shown);
        QCOMPARE(shown->zoom(), zoom);
        QCOMPARE(shown->stateGraph()->zoom(), zoom);
        // The application font's size times the zoom (views/zoom.h: body text is 1 × the factor).
        const double body = QApplication::font().pointSizeF() * zoom;
        QuizPanel *panel = shown->quizPanel();
        QVERIFY(panel->isVisible());
        QCOMPARE(panel->isAsking(), answer == 0);
        auto *question = panel->findChild<QLabel *>(QStringLiteral("quizQuestion"));
        auto *verdict = panel->findChild<QLabel *>(QStringLiteral("quizVerdict"));
        auto *caption = shown->findChild<QLabel *>(QStringLiteral("presentationCaption"));
        QVERIFY(question && verdict && caption);
        QCOMPARE(question->font().pointSizeF(), body);
        QCOMPARE(caption->font().pointSizeF(), body);
        if (answer) {
            QVERIFY(verdict->isVisible());
            QCOMPARE(verdict->font().pointSizeF(), body);
        }
        // Everything a class reads is on the screen: the window is the size asked (at 1280x720 300 %
        // with a question it had grown to 792 px, the answers under the screen's edge), and no part is
        // outside it or over another.
        QCOMPARE(shown->size(), size);
        QList<QPair<QString, QRect>> parts;
        const auto part = [&](QWidget *w) {
            if (w && w->isVisible())
                parts.append({w->objectName() + QLatin1Char(' ') + w->property("text").toString(), QRect(w->mapTo(shown, QPoint(0, 0)), w->size())});
        };
        for (const char *name : {"presentationSequenceDiagram", "presentationStateGraph", "presentationStatus"})
            part(shown->findChild<QWidget *>(QLatin1String(name)));
        for (QWidget *w : {static_cast<QWidget *>(question), static_cast<QWidget *>(verdict), static_cast<QWidget *>(caption)})
            part(w);
        int buttons = 0;
        for (int i = 1; i <= 4; ++i) {
            auto *b = panel->findChild<QPushButton *>(QStringLiteral("quizChoice%1").arg(i));
            QVERIFY(b);
            part(b);
            if (!b->isVisible())
                continue;
            // The answer marked right or wrong too (its style sheet makes it bold).
            QVERIFY2(qAbs(b->font().pointSizeF() - body) < 1e-9,
                     qPrintable(QStringLiteral("%1 at %2 pt").arg(b->text()).arg(b->font().pointSizeF())));
            ++buttons;
        }
        QVERIFY(buttons >= 3);
        for (int i = 0; i < parts.size(); ++i) {
            QVERIFY2(shown->rect().contains(parts[i].second), qPrintable(parts[i].first + QStringLiteral(" is outside the window")));
            QVERIFY2(parts[i].second.height() > 0, qPrintable(parts[i].first + QStringLiteral(" has no height")));
            for (int j = i + 1; j < parts.size(); ++j)
                QVERIFY2(!parts[i].second.intersects(parts[j].second), qPrintable(parts[i].first + QStringLiteral(" overlaps ") + parts[j].first));
        }
        // A picture's zoom is not presentation mode's from now on.
        QVERIFY(!QSettings().contains(PresentationWindow::zoomKey));
        window.presentation()->leave();
    }

    void zoomAtEntryIsKeptWhenPresenting()
    {
        LanguageSwitcher languages;
        languages.setLanguage(QStringLiteral("en"));
        MainWindow window(&languages);
        window.showRun(RunConfig{});
        QVERIFY(window.controller()->waitForIdle(60000));
        window.show();
        window.presentation()->enter(QSize(), 2.5);
        QCOMPARE(window.presentation()->window()->zoom(), 2.5);
        window.presentation()->leave();
        QCOMPARE(QSettings().value(PresentationWindow::zoomKey).toDouble(), 2.5);
        window.presentation()->enter(QSize(1280, 720));
        QCOMPARE(window.presentation()->window()->zoom(), 2.5);
        window.presentation()->leave();
    }

    // The command line: the caption bar of `--present --quiz --zoom 300` is not that of `--zoom 100`.
    void commandLineZoomReachesTheQuiz()
    {
        QImage images[2];
        const char *zooms[2] = {"100", "300"};
        for (int i = 0; i < 2; ++i) {
            const QString png = QDir::temp().filePath(QStringLiteral("closelab-present-zoom-%1.png").arg(QString::fromLatin1(zooms[i])));
            QFile::remove(png);
            QProcess p;
            p.start(QStringLiteral(CLOSELAB_EXECUTABLE),
                    {QStringLiteral("--present"), QStringLiteral("--quiz"), QStringLiteral("--zoom"), QString::fromLatin1(zooms[i]),
                     QStringLiteral("--screenshot"), png, QStringLiteral("--size"), QStringLiteral("1920x1080"),
                     QStringLiteral("--time"), QStringLiteral("0.0441")});
            QVERIFY(p.waitForFinished(60000));
            QCOMPARE(p.exitCode(), 0);
            images[i] = QImage(png).convertToFormat(QImage::Format_RGB32);
            QFile::remove(png);
            QCOMPARE(images[i].size(), QSize(1920, 1080));
        }
        // The quiz's rows at the bottom: at 300 % its question and answers are three times as tall, so
        // the bar starts higher. Count the rows of the lower half that differ.
        int differing = 0;
        for (int y = 540; y < 1080; ++y)
            differing += std::memcmp(images[0].constScanLine(y), images[1].constScanLine(y), std::size_t(images[0].bytesPerLine())) != 0;
        QVERIFY2(differing > 100, qPrintable(QStringLiteral("%1 rows differ").arg(differing)));
    }
};

QTEST_MAIN(TestPresentationZoom)
#include "tst_presentationzoom.moc"
