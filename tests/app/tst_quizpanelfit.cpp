// SPDX-License-Identifier: GPL-3.0-or-later
// The Quiz dock after an answer, at the sizes a classroom projects (1280×720, 1920×1080), at 100 %
// and 200 %, in English and Chinese: the question, the answer buttons and the verdict do not
// overlap, each label's wrapped text fits its rectangle, and what the dock cannot show scrolls.
// (Before: at 1280×720, 200 %, zh_CN the verdict was drawn over the third answer button.)
#include "app/languageswitcher.h"
#include "app/mainwindow.h"
#include "app/quizmode.h"
#include "app/zoomcontroller.h"
#include "views/quizpanel.h"

#include <QApplication>
#include <QDockWidget>
#include <QFontMetrics>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTest>

namespace {

QString rectText(const QRect &r)
{
    return QStringLiteral("%1,%2 %3×%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

// The height the label's text needs, wrapped at the label's width.
QString labelFits(const QLabel *label)
{
    const QRect box = label->contentsRect();
    const QRect need = QFontMetrics(label->font())
                           .boundingRect(QRect(0, 0, box.width(), 100000), Qt::TextWordWrap | int(label->alignment()), label->text());
    if (need.width() > box.width() || need.height() > box.height())
        return QStringLiteral("%1: text needs %2×%3, has %4").arg(label->objectName()).arg(need.width()).arg(need.height()).arg(rectText(box));
    return QString();
}

} // namespace

class TestQuizPanelFit : public QObject {
    Q_OBJECT

private slots:
    void init() { QSettings().clear(); }

    void revealFits_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("zoom");
        QTest::addColumn<QString>("language");
        for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)})
            for (const double zoom : {1.0, 2.0})
                for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")})
                    QTest::addRow("%dx%d %d%% %s", size.width(), size.height(), int(zoom * 100), qPrintable(language))
                        << size << zoom << language;
    }

    void revealFits()
    {
        QFETCH(QSize, size);
        QFETCH(double, zoom);
        QFETCH(QString, language);
        LanguageSwitcher languages;
        QVERIFY(languages.setLanguage(language));
        MainWindow window(&languages);
        window.zoomController()->setFactor(zoom);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // As closelab --quiz --quiz-answer 2 --screenshot: the next step's question, answered wrong.
        QuizMode::showInScreenshot(window.quiz(), 2);
        QApplication::processEvents();

        QDockWidget *dock = window.quiz()->dock();
        closelab::QuizPanel *panel = window.quiz()->panel();
        QVERIFY(dock->isVisible());
        auto *question = panel->findChild<QLabel *>(QStringLiteral("quizQuestion"));
        auto *verdict = panel->findChild<QLabel *>(QStringLiteral("quizVerdict"));
        QVERIFY(question && verdict);
        QVERIFY(verdict->isVisible() && !verdict->text().isEmpty());

        std::vector<std::pair<QString, QRect>> boxes{{question->objectName(), question->geometry()},
                                                     {verdict->objectName(), verdict->geometry()}};
        for (int i = 1; i <= 4; ++i)
            if (auto *b = panel->findChild<QPushButton *>(QStringLiteral("quizChoice%1").arg(i)); b && b->isVisible()) {
                boxes.emplace_back(b->objectName(), b->geometry());
                QVERIFY2(b->fontMetrics().horizontalAdvance(b->text()) <= b->contentsRect().width(),
                         qPrintable(b->objectName() + QStringLiteral(": text cut")));
            }
        QVERIFY(boxes.size() >= 4);
        for (std::size_t i = 0; i < boxes.size(); ++i) {
            QVERIFY2(panel->rect().contains(boxes[i].second),
                     qPrintable(QStringLiteral("%1 %2 leaves the panel %3").arg(boxes[i].first, rectText(boxes[i].second), rectText(panel->rect()))));
            for (std::size_t j = i + 1; j < boxes.size(); ++j)
                QVERIFY2(!boxes[i].second.intersects(boxes[j].second),
                         qPrintable(QStringLiteral("%1 %2 overlaps %3 %4")
                                        .arg(boxes[i].first, rectText(boxes[i].second), boxes[j].first, rectText(boxes[j].second))));
        }
        for (const QLabel *label : {question, verdict}) {
            const QString problem = labelFits(label);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        // What the dock cannot show is reached by scrolling, not cut off.
        auto *scroll = qobject_cast<QScrollArea *>(dock->widget());
        if (scroll && scroll->widget() == panel) {
            const int hidden = panel->height() - scroll->viewport()->height();
            QVERIFY2(hidden <= 0 || scroll->verticalScrollBar()->maximum() >= hidden,
                     qPrintable(QStringLiteral("panel %1 px taller than its view, scrolls %2").arg(hidden).arg(scroll->verticalScrollBar()->maximum())));
            // At these sizes the dock is planned tall enough for all of it: the class sees the
            // answers and the verdict without anyone scrolling.
            QVERIFY2(hidden <= 0, qPrintable(QStringLiteral("the dock hides %1 px of the panel").arg(hidden)));
        } else {
            const QRect shown(panel->mapTo(dock, QPoint(0, 0)), panel->size());
            QVERIFY2(dock->rect().contains(shown), qPrintable(QStringLiteral("panel %1 cut by the dock %2").arg(rectText(shown), rectText(dock->rect()))));
        }
    }
};

QTEST_MAIN(TestQuizPanelFit)
#include "tst_quizpanelfit.moc"
