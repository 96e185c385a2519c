// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/wraplabel.h"

#include <QTest>

using namespace closelab;

// WrapLabel remembers its sizes; each must be what a word-wrapped QLabel with the same text and font
// measures, at every width, after a change of text or font, and for two labels with one text.
class TestWrapLabel : public QObject {
    Q_OBJECT
private slots:
    void sizesAreQLabelsOwn()
    {
        const QStringList texts{QStringLiteral("default 60 s"),
                                QStringLiteral("Retries before asking the peer again whether it is there · 0 means 8 to the kernel"),
                                QStringLiteral("孤儿连接的重试次数（主动关闭方）"),
                                QStringLiteral("two\nlines")};
        QFont bold;
        bold.setBold(true);
        QFont small;
        small.setPointSizeF(small.pointSizeF() * 0.85);
        WrapLabel twin;
        for (const QFont &font : {QFont(), bold, small}) {
            for (const QString &text : texts) {
                QLabel plain(text);
                plain.setWordWrap(true);
                plain.setFont(font);
                WrapLabel wrap;
                wrap.setText(text);
                wrap.setFont(font);
                twin.setText(text);
                twin.setFont(font);
                QVERIFY(wrap.wordWrap());
                QCOMPARE(wrap.hasHeightForWidth(), plain.hasHeightForWidth());
                QCOMPARE(wrap.sizeHint(), plain.sizeHint());
                QCOMPARE(wrap.minimumSizeHint(), plain.minimumSizeHint());
                for (int width : {0, 1, 20, 60, 100, 150, 200, 300, 600, 2000}) {
                    QCOMPARE(wrap.heightForWidth(width), plain.heightForWidth(width));
                    QCOMPARE(twin.heightForWidth(width), plain.heightForWidth(width));
                }
                QCOMPARE(twin.sizeHint(), plain.sizeHint());
            }
        }
    }

    void oneLineSizesAreQLabelsOwn()
    {
        QFont mono;
        mono.setFamily(QStringLiteral("monospace"));
        mono.setPointSizeF(mono.pointSizeF() * 0.85);
        QFont big;
        big.setPointSizeF(big.pointSizeF() * 3);
        LineLabel twin;
        for (const QFont &font : {QFont(), mono, big}) {
            for (const QString &text : {QStringLiteral("net.ipv4.tcp_fin_timeout"), QStringLiteral("net.ipv4.tcp_rmem [1]"),
                                        QStringLiteral("孤儿连接"), QStringLiteral("x"), QStringLiteral("two\nlines"),
                                        QStringLiteral("<b>rich</b>")}) {
                QLabel plain;
                plain.setText(text);
                plain.setFont(font);
                LineLabel line;
                line.setText(text);
                line.setFont(font);
                twin.setText(text);
                twin.setFont(font);
                QCOMPARE(line.sizeHint(), plain.sizeHint());
                QCOMPARE(line.minimumSizeHint(), plain.minimumSizeHint());
                QCOMPARE(twin.sizeHint(), plain.sizeHint());
                QCOMPARE(twin.minimumSizeHint(), plain.minimumSizeHint());
            }
        }
        // A minimum size and contents margins count as in a QLabel.
        QLabel plain(QStringLiteral("net.ipv4.tcp_tw_reuse"));
        LineLabel line(QStringLiteral("net.ipv4.tcp_tw_reuse"));
        for (QLabel *label : {&plain, static_cast<QLabel *>(&line)}) {
            label->setContentsMargins(3, 5, 7, 11);
            label->setMinimumHeight(40);
        }
        QCOMPARE(line.sizeHint(), plain.sizeHint());
        QCOMPARE(line.minimumSizeHint(), plain.minimumSizeHint());
    }

    void noTextYet()
    {
        QLabel plain;
        plain.setWordWrap(true);
        WrapLabel wrap;
        QCOMPARE(wrap.hasHeightForWidth(), plain.hasHeightForWidth());
        QCOMPARE(wrap.sizeHint(), plain.sizeHint());
        QCOMPARE(wrap.heightForWidth(100), plain.heightForWidth(100));
    }

    void marginsCount()
    {
        const QString text = QStringLiteral("Retries of orphaned connections before they are killed");
        QLabel plain(text);
        plain.setWordWrap(true);
        WrapLabel wrap;
        wrap.setText(text);
        const int before = plain.heightForWidth(120);
        QCOMPARE(wrap.heightForWidth(120), before);
        plain.setContentsMargins(10, 0, 10, 0);
        wrap.setContentsMargins(10, 0, 10, 0);
        QCOMPARE(wrap.sizeHint(), plain.sizeHint());
        QCOMPARE(wrap.heightForWidth(120), plain.heightForWidth(120));
        QVERIFY(plain.heightForWidth(120) > before); // narrower text: more lines, a taller label
    }
};

QTEST_MAIN(TestWrapLabel)
#include "tst_wraplabel.moc"
