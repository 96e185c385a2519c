// SPDX-License-Identifier: GPL-3.0-or-later
//
// paintedPicture() (app/screenshot.h), what `closelab --screenshot` saves: offscreen it reads the frame the
// window's last paint left in its backing store instead of painting every widget again. That frame must be
// the picture QWidget::grab() paints, pixel for pixel, also after the window changed (a seek, a resize, a
// zoom), and a window that is not shown still gets its picture (grab()).

#include "app/languageswitcher.h"
#include "app/mainwindow.h"
#include "app/playhead.h"
#include "app/screenshot.h"
#include "app/zoomcontroller.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QTest>

namespace {
// Where two pictures first differ, for the failure message.
QString firstDifference(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return QStringLiteral("sizes %1x%2 and %3x%4").arg(a.width()).arg(a.height()).arg(b.width()).arg(b.height());
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            if (a.pixel(x, y) != b.pixel(x, y))
                return QStringLiteral("pixel %1,%2: %3 against %4").arg(x).arg(y).arg(a.pixel(x, y), 8, 16).arg(b.pixel(x, y), 8, 16);
    return {};
}

QImage rgb(const QPixmap &pixmap)
{
    return pixmap.toImage().convertToFormat(QImage::Format_RGB32);
}
} // namespace

class TestPaintedPicture : public QObject
{
    Q_OBJECT

private slots:
    void theBackingStoreIsWhatGrabPaints_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("zoom");
        QTest::addColumn<bool>("seek");
        QTest::newRow("1280x720") << QSize(1280, 720) << 1.0 << false;
        QTest::newRow("1920x1080 at 200 %") << QSize(1920, 1080) << 2.0 << false;
        QTest::newRow("1280x720 after a seek to the end") << QSize(1280, 720) << 1.0 << true;
    }

    void theBackingStoreIsWhatGrabPaints()
    {
        QFETCH(QSize, size);
        QFETCH(double, zoom);
        QFETCH(bool, seek);
        LanguageSwitcher languages;
        languages.setLanguage(QStringLiteral("en"));
        MainWindow window(&languages);
        window.zoomController()->setFactor(zoom);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::processEvents();
        const QImage first = rgb(paintedPicture(&window));
        QCOMPARE(first.size(), size);
        QCOMPARE(firstDifference(first, rgb(window.grab())), QString());

        // The next frame replaces the first one in the backing store: the picture follows the window.
        if (seek)
            window.playhead()->seek(window.playhead()->end());
        else
            window.resize(size - QSize(200, 100));
        QApplication::processEvents();
        const QImage second = rgb(paintedPicture(&window));
        QVERIFY(second != first);
        QCOMPARE(firstDifference(second, rgb(window.grab())), QString());
    }

    void aWindowNotShownIsPainted()
    {
        QLabel label(QStringLiteral("not shown"));
        label.resize(300, 120);
        const QPixmap picture = paintedPicture(&label);
        QCOMPARE(picture.size(), QSize(300, 120));
        QCOMPARE(firstDifference(rgb(picture), rgb(label.grab())), QString());
    }
};

QTEST_MAIN(TestPaintedPicture)
#include "tst_paintedpicture.moc"
