// SPDX-License-Identifier: GPL-3.0-or-later
// Presentation mode's quiz at the sizes a classroom projects, both languages, at 100 % and 200 %: the
// caption bar's parts (the question, the rows of answers, the verdict, the caption after a reveal) are
// packed from the bar's top, with no gap between them beyond the layouts' spacing, and the bar is no
// taller than they are. Checked as `closelab --present --quiz --screenshot` takes its picture: after one
// pass of the event loop. (Before: the bar kept the height of the caption it showed before the question
// and centred the quiz panel in it, 46 px above it in Chinese at 1280×720, 59 in English; and a Chinese
// question on one line kept the height of two, its label's size hint: 29 px more between it and the
// answers.)
#include "app/experimentcontroller.h"
#include "app/languageswitcher.h"
#include "app/mainwindow.h"
#include "app/playhead.h"
#include "app/presentationmode.h"
#include "app/presentationwindow.h"
#include "app/quizmode.h"
#include "app/quizsession.h"
#include "views/quizpanel.h"

#include <QApplication>
#include <QGridLayout>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QSettings>
#include <QTest>

#include <algorithm>
#include <vector>

using namespace closelab;

namespace {

QString rectText(const QRect &r)
{
    return QStringLiteral("%1,%2 %3×%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

struct Part {
    QString name;
    QRect rect; ///< in the caption bar's coordinates
    int gapAllowed; ///< the most room above it (from the part before, or from the bar's top)
};

QRect inBar(const QWidget *w, const QWidget *bar)
{
    return QRect(w->mapTo(bar, QPoint(0, 0)), w->size());
}

} // namespace

class TestPresentationQuizLayout : public QObject {
    Q_OBJECT

private slots:
    void init() { QSettings().clear(); }

    void packed_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("zoom");
        QTest::addColumn<int>("answer"); // 0: asking; else the choice given (1-based), revealed
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")})
            for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)})
                for (double zoom : {1.0, 2.0})
                    for (int answer : {0, 2})
                        QTest::addRow("%s %dx%d %d%% %s", qPrintable(language), size.width(), size.height(), int(zoom * 100),
                                      answer ? "revealed" : "asking")
                            << language << size << zoom << answer;
    }

    void packed()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QFETCH(double, zoom);
        QFETCH(int, answer);
        QSettings().setValue(PresentationWindow::zoomKey, zoom);
        LanguageSwitcher languages;
        languages.setLanguage(language);
        MainWindow window(&languages);
        window.showRun(RunConfig{});
        QVERIFY(window.controller()->waitForIdle(60000));
        window.resize(size);
        window.show();
        // As main.cpp takes `--present --quiz [--quiz-answer N] --screenshot` (normal_close at 0.0441 s,
        // the FIN about to reach the client in FIN_WAIT2): enter, ask (and answer), one pass of events.
        window.playhead()->seek(44'100'000);
        window.presentation()->enter(size);
        QuizMode::showInScreenshot(window.quiz(), answer);
        QApplication::processEvents();

        PresentationWindow *shown = window.presentation()->window();
        QVERIFY(shown);
        QCOMPARE(shown->zoom(), zoom);
        QuizPanel *panel = shown->quizPanel();
        QVERIFY(panel->isVisible());
        QCOMPARE(panel->isAsking(), answer == 0);
        auto *bar = shown->findChild<QWidget *>(QStringLiteral("presentationCaptionBar"));
        auto *question = panel->findChild<QLabel *>(QStringLiteral("quizQuestion"));
        auto *verdict = panel->findChild<QLabel *>(QStringLiteral("quizVerdict"));
        auto *caption = shown->findChild<QLabel *>(QStringLiteral("presentationCaption"));
        QVERIFY(bar && question && verdict && caption);

        const QMargins barMargins = bar->layout()->contentsMargins();
        const QMargins panelMargins = panel->layout()->contentsMargins();
        const int spacing = panel->layout()->spacing();
        auto *grid = panel->findChild<QGridLayout *>();
        QVERIFY(grid);
        const int rowSpacing = grid->verticalSpacing();
        QLayout *captionText = bar->layout()->itemAt(0)->layout(); // the quiz panel over the caption
        QVERIFY(captionText);
        const int captionSpacing = captionText->spacing();

        // The parts, top to bottom, each with the room it may have above it.
        std::vector<Part> parts;
        parts.push_back({QStringLiteral("question"), inBar(question, bar), barMargins.top() + panelMargins.top()});
        std::vector<QRect> rows;
        for (int i = 1; i <= 4; ++i)
            if (auto *b = panel->findChild<QPushButton *>(QStringLiteral("quizChoice%1").arg(i)); b && b->isVisible()) {
                const QRect r = inBar(b, bar);
                const auto row = std::find_if(rows.begin(), rows.end(), [&](const QRect &x) { return x.top() == r.top(); });
                if (row == rows.end())
                    rows.push_back(r);
                else
                    *row |= r;
            }
        QVERIFY(rows.size() == 2);
        parts.push_back({QStringLiteral("first row of answers"), rows[0], spacing});
        parts.push_back({QStringLiteral("second row of answers"), rows[1], rowSpacing});
        if (answer) {
            QVERIFY(verdict->isVisible());
            parts.push_back({QStringLiteral("verdict"), inBar(verdict, bar), spacing});
            QVERIFY(caption->isVisible());
            parts.push_back({QStringLiteral("caption"), inBar(caption, bar), panelMargins.bottom() + std::max(captionSpacing, 0)});
        } else {
            QVERIFY(!caption->isVisible());
        }

        // Each label no taller than its wrapped text at its width (a label's own slack is a gap too).
        for (QLabel *label : {question, verdict, caption}) {
            if (!label->isVisible())
                continue;
            const int need = label->heightForWidth(label->width());
            QVERIFY2(label->height() <= need,
                     qPrintable(QStringLiteral("%1 %2 for text %3 px high").arg(label->objectName(), rectText(label->geometry())).arg(need)));
        }

        // Packed: each part right after the one before (or the bar's top), nothing overlapping.
        int bottom = 0;
        QString before = QStringLiteral("the bar's top");
        for (const Part &p : parts) {
            const int gap = p.rect.top() - bottom;
            QVERIFY2(gap >= 0 && gap <= p.gapAllowed,
                     qPrintable(QStringLiteral("%1 %2: %3 px below %4, at most %5 allowed")
                                    .arg(p.name, rectText(p.rect)).arg(gap).arg(before).arg(p.gapAllowed)));
            bottom = p.rect.bottom() + 1;
            before = p.name;
        }
        // And the bar ends with its last part (the status corner, two short lines, is never taller).
        const int below = bar->height() - bottom;
        const int allowedBelow = barMargins.bottom() + (answer ? 0 : panelMargins.bottom());
        QVERIFY2(below >= 0 && below <= allowedBelow,
                 qPrintable(QStringLiteral("bar %1: %2 px below the %3, at most %4 allowed")
                                .arg(rectText(bar->geometry())).arg(below).arg(before).arg(allowedBelow)));
        window.presentation()->leave();
    }
};

QTEST_MAIN(TestPresentationQuizLayout)
#include "tst_presentationquizlayout.moc"
