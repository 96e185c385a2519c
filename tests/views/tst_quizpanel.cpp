// SPDX-License-Identifier: GPL-3.0-or-later
// After an answer, every answer stays readable from the back of a classroom: the right one (white on
// green), the wrong one chosen (white on red) and the others, which are no longer clickable but keep
// dark text (Qt's disabled grey on a light button was about 1.6:1). Measured on the painted buttons:
// the contrast (WCAG 2 relative luminance) between a button's face behind the text and its text is
// at least 4.5:1.
#include "views/quizpanel.h"

#include <QApplication>
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

/// The contrast of a button's text with the face behind it, on its painted picture: the face is
/// sampled left of the (centred) text on the middle row, the text is the colour of the middle band
/// farthest from it in luminance. (A styled button's face is a vertical gradient: no single colour.)
double textContrast(QPushButton *button)
{
    const QImage image = button->grab().toImage().convertToFormat(QImage::Format_RGB32);
    const int middle = image.height() / 2;
    const double face = luminance(image.pixel(6, middle));
    double best = 1.0;
    for (int y = middle - image.height() / 5; y <= middle + image.height() / 5; ++y)
        for (int x = 6; x < image.width() - 6; ++x)
            best = std::max(best, contrast(face, luminance(image.pixel(x, y))));
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
