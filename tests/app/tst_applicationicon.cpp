// SPDX-License-Identifier: GPL-3.0-or-later
//
// The application's icon is read when first asked for (app/applicationicon.h): it must still be the
// 256×256 picture from the resources, at every size a window manager asks for.

#include "app/applicationicon.h"

#include <QApplication>
#include <QImage>
#include <QTest>

class TestApplicationIcon : public QObject
{
    Q_OBJECT

private slots:
    void isThePictureFromTheResources()
    {
        const QIcon icon = applicationIcon();
        QVERIFY(!icon.isNull());
        const QIcon eager(QStringLiteral(":/icons/closelab.png"));
        QCOMPARE(QImage(QStringLiteral(":/icons/closelab.png")).size(), QSize(256, 256));
        QCOMPARE(icon.availableSizes(), QList<QSize>{QSize(256, 256)});
        for (const int side : {16, 32, 48, 64, 256}) {
            const QImage picture = icon.pixmap(QSize(side, side)).toImage();
            QCOMPARE(picture.size(), QSize(side, side));
            QVERIFY(picture.pixelColor(side / 2, side / 2).alpha() > 0);
            QCOMPARE(picture, eager.pixmap(QSize(side, side)).toImage());
        }
        QCOMPARE(icon.pixmap(QSize(32, 32), 2.0).toImage(), eager.pixmap(QSize(32, 32), 2.0).toImage());
    }

    void theApplicationsCopyIsShared()
    {
        QVERIFY(QApplication::windowIcon().isNull());
        QApplication::setWindowIcon(applicationIcon());
        QCOMPARE(applicationIcon().cacheKey(), QApplication::windowIcon().cacheKey());
    }
};

QTEST_MAIN(TestApplicationIcon)
#include "tst_applicationicon.moc"
