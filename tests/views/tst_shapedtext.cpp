// SPDX-License-Identifier: GPL-3.0-or-later
// drawShapedText() must draw what QPainter::drawText() draws, pixel for pixel, and textWidth() must
// measure what QFontMetricsF::horizontalAdvance() measures: the views' first frames stay the same.
#include "views/shapedtext.h"
#include "views/textwidth.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QScreen>
#include <QTextLayout>
#include <QtTest>

using namespace closelab;

namespace {

QImage canvas()
{
    QImage image(160, 60, QImage::Format_ARGB32_Premultiplied);
    // The screen's DPI, as a widget has it (a QImage's default may differ).
    const double dpi = QGuiApplication::primaryScreen()->logicalDotsPerInchY();
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    return image;
}

QFont fontOf(double pointSize, bool bold)
{
    QFont f = QGuiApplication::font();
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

const QStringList &samples()
{
    static const QStringList texts{
        QStringLiteral("FIN_WAIT1"), QStringLiteral("client · 10.0.0.1:40312"), QStringLiteral("retransmitted FIN (2nd)"),
        QStringLiteral("61.8 s left"), QStringLiteral("W"), QStringLiteral("0.000250 s"), QStringLiteral("ACK  "),
        QStringLiteral("  #3"), QStringLiteral("tcp_synack_retries …"), QString::fromUtf8("对 FIN 的 ACK"),
        QString::fromUtf8("主动关闭方 · 第二次重传的 FIN"), QString::fromUtf8("孤儿连接 3 秒"), QStringLiteral("fi ffl AV To"),
    };
    return texts;
}

} // namespace

class TestShapedText : public QObject {
    Q_OBJECT

private slots:
    void widthIsHorizontalAdvance_data()
    {
        QTest::addColumn<double>("pointSize");
        QTest::addColumn<bool>("bold");
        QTest::newRow("9 pt") << 9.0 << false;
        QTest::newRow("10.35 pt bold") << 10.35 << true;
        QTest::newRow("13.5 pt") << 13.5 << false;
        QTest::newRow("27 pt bold") << 27.0 << true;
    }
    void widthIsHorizontalAdvance()
    {
        QFETCH(double, pointSize);
        QFETCH(bool, bold);
        const QFont font = fontOf(pointSize, bold);
        for (const QString &text : samples()) {
            QVERIFY(shapedLine(font, text));
            QCOMPARE(textWidth(font, text), QFontMetricsF(font).horizontalAdvance(text));
            QCOMPARE(textBoxSize(font, text), QFontMetricsF(font).boundingRect(QRectF(0, 0, 2000, 500), Qt::AlignCenter, text).size());
        }
        const QString twoLines = QStringLiteral("tcp_synack_retries\nRST");
        QCOMPARE(textBoxSize(font, twoLines), QFontMetricsF(font).boundingRect(QRectF(0, 0, 2000, 500), Qt::AlignCenter, twoLines).size());
    }

    void drawsWhatDrawTextDraws_data()
    {
        QTest::addColumn<int>("flags");
        QTest::addColumn<Qt::LayoutDirection>("direction");
        // A widget's painter is left-to-right; an image's (exports) automatic.
        QTest::newRow("centre") << int(Qt::AlignCenter) << Qt::LeftToRight;
        QTest::newRow("centre, automatic direction") << int(Qt::AlignCenter) << Qt::LayoutDirectionAuto;
        QTest::newRow("left top") << int(Qt::AlignLeft | Qt::AlignTop) << Qt::LeftToRight;
        QTest::newRow("right top") << int(Qt::AlignRight | Qt::AlignTop) << Qt::LeftToRight;
        QTest::newRow("right vcentre") << int(Qt::AlignRight | Qt::AlignVCenter) << Qt::LayoutDirectionAuto;
        QTest::newRow("hcentre bottom") << int(Qt::AlignHCenter | Qt::AlignBottom) << Qt::LeftToRight;
    }
    void drawsWhatDrawTextDraws()
    {
        QFETCH(int, flags);
        QFETCH(Qt::LayoutDirection, direction);
        int compared = 0;
        for (const double size : {9.0, 10.35, 12.6}) {
            for (const bool bold : {false, true}) {
                const QFont font = fontOf(size, bold);
                for (const QString &text : samples()) {
                    const double w = QFontMetricsF(font).horizontalAdvance(text);
                    const double h = QFontMetricsF(font).height();
                    // Rects wider and taller than the text, exactly its size, and too small (clipped),
                    // at fractional positions.
                    for (const QRectF r : {QRectF(3.3, 4.7, w + 9.6, h + 5.2), QRectF(5.5, 2.25, w, h),
                                           QRectF(2.8, 6.1, w * 0.6, h * 0.7), QRectF(0.5, 0.5, w + 1, h - 0.4)}) {
                        QImage expected = canvas();
                        QImage actual = canvas();
                        const int madeBefore = shapedLinesMade();
                        {
                            QPainter p(&expected);
                            p.setLayoutDirection(direction);
                            p.setRenderHint(QPainter::Antialiasing);
                            p.setFont(font);
                            p.setPen(QColor(0x20, 0x30, 0x90));
                            p.drawText(r, flags, text);
                        }
                        {
                            QPainter p(&actual);
                            p.setLayoutDirection(direction);
                            p.setRenderHint(QPainter::Antialiasing);
                            p.setFont(font);
                            p.setPen(QColor(0x20, 0x30, 0x90));
                            drawShapedText(p, r, flags, text);
                            // Drawn from the shaped line (made once, by the first rect), not by drawText().
                            QVERIFY(shapedLine(p.font(), text, direction));
                        }
                        QVERIFY(shapedLinesMade() <= madeBefore + 1);
                        if (expected != actual)
                            QFAIL(qPrintable(QStringLiteral("%1 in %2 pt at (%3, %4, %5 x %6) differs")
                                                 .arg(text).arg(size).arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height())));
                        ++compared;
                    }
                }
            }
        }
        QVERIFY(compared > 100);
    }

    void shapesOnceForMeasuringAndDrawing()
    {
        const QFont font = fontOf(11.25, false);
        const QString text = QStringLiteral("shaped once: FIN #3");
        const int before = shapedLinesMade();
        const double w = textWidth(font, text);
        QImage image = canvas();
        QPainter p(&image);
        p.setLayoutDirection(Qt::LeftToRight); // as a widget's
        p.setFont(font);
        drawShapedText(p, QRectF(0, 0, w + 4, 30), Qt::AlignCenter, text);
        drawShapedText(p, QRectF(0, 20, w + 4, 30), Qt::AlignCenter, text);
        QCOMPARE(shapedLinesMade(), before + 1);
    }

    void declinesWhatIsNotOnePlainLine()
    {
        const QFont font = fontOf(10, false);
        QVERIFY(!shapedLine(font, QString()));
        QVERIFY(!shapedLine(font, QStringLiteral("61.8 s\nleft")));
        QVERIFY(!shapedLine(font, QStringLiteral("a\tb")));
        // Lines drawText() lays out itself are still drawn, by drawText().
        QImage expected = canvas();
        QImage actual = canvas();
        const QRectF r(2, 2, 120, 50);
        {
            QPainter p(&expected);
            p.setFont(font);
            p.drawText(r, Qt::AlignCenter, QStringLiteral("61.8 s\nleft"));
        }
        {
            QPainter p(&actual);
            p.setFont(font);
            drawShapedText(p, r, Qt::AlignCenter, QStringLiteral("61.8 s\nleft"));
        }
        QCOMPARE(actual, expected);
    }
};

QTEST_MAIN(TestShapedText)
#include "tst_shapedtext.moc"
