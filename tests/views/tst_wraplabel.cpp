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
