// SPDX-License-Identifier: GPL-3.0-or-later
// After an answer, every answer stays readable from the back of a classroom: the right one (white on
// green), the wrong one chosen (white on red) and the others, which are no longer clickable but keep
// dark text (Qt's disabled grey on a light button was about 1.6:1). Measured on the painted buttons:
// the contrast (WCAG 2 relative luminance) between a button's background, its most frequent colour,
// and its text, the colour farthest from it in luminance, is at least 4.5:1.
#include "views/quizpanel.h"

#include <QApplication>
#include <QHash>
#include <QImage>
#include <QPushButton>
#include <QTest>

#include <algorithm>
#include <cmath>

namespace {
double luminance(QRgb rgb)
{
    const auto channel = [](int value) {
        const double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(qRed(rgb)) + 0.7152 * channel(qGreen(rgb)) + 0.0722 * channel(qBlue(rgb));
}

double contrast(double a, double b)
{
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

/// The contrast of a button's text with its background, on its painted picture (the frame left out).
double textContrast(QPushButton *button)
{
    const QImage image = button->grab().toImage().convertToFormat(QImage::Format_RGB32);
    const QRect inside = image.rect().adjusted(4, 4, -4, -4);
    QHash<QRgb, int> counts;
    for (int y = inside.top(); y <= inside.bottom(); ++y)
        for (int x = inside.left(); x <= inside.right(); ++x)
            ++counts[image.pixel(x, y)];
    QRgb background = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > most) {
            most = it.value();
            background = it.key();
        }
    const double base = luminance(background);
    double best = 1.0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        best = std::max(best, contrast(base, luminance(it.key())));
    return best;
}
} // namespace

class TestQuizPanel : public QObject
{
    Q_OBJECT

private slots:
    void answersStayReadableAfterTheVerdict()
    {
        closelab::QuizPanel panel;
        panel.resize(900, 400);
        panel.ask(QStringLiteral("Which state is the server in?"),
                  {QStringLiteral("CLOSE_WAIT"), QStringLiteral("FIN_WAIT2"), QStringLiteral("TIME_WAIT"), QStringLiteral("LAST_ACK")});
        panel.show();
        QCoreApplication::processEvents();
        panel.reveal(/*chosen=*/1, /*right=*/0, QStringLiteral("Not quite."));
        QCoreApplication::processEvents();
        const QList<QPushButton *> buttons = panel.findChildren<QPushButton *>();
        QCOMPARE(buttons.size(), 4);
        for (QPushButton *button : buttons) {
            QVERIFY(!button->isEnabled()); // no second answer
            const double ratio = textContrast(button);
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1: contrast %2:1").arg(button->text()).arg(ratio, 0, 'f', 2)));
        }
    }
};

QTEST_MAIN(TestQuizPanel)
#include "tst_quizpanel.moc"
