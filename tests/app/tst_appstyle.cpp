// SPDX-License-Identifier: GPL-3.0-or-later
// The application's style (app/appstyle.h) draws the chrome's standard icons:
// - the main window's first frame reads no image: no image-format plugin is loaded by then
//   (Fusion's PNG icons, read through QIcon::addFile(), dlopen every plugin);
// - each icon is drawn at the size asked for: sharp-edged at 48 px, not a small pixmap enlarged;
// - in the palette's colours, the disabled one for a disabled button;
// - a dock's title bar is as high as with Fusion's own pixmaps, so DockLayout's plan holds;
// - its tool bars, header sections, group box frames and scroll bars (views/flatstyle.h) are painted
//   without Qt's GUI thread pool: the first frame (1280x720 and 1920x1080) starts no thread, and
//   Fusion's chrome does (the control);
// - a scroll bar's handle stands out from its groove (3:1).
#include "app/appstyle.h"
#include "app/languageswitcher.h"
#include "app/mainwindow.h"
#include "views/zoomstyle.h"

#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QMainWindow>
#include <QPalette>
#include <QPixmap>
#include <QSettings>
#include <QStyleFactory>
#include <QTest>
#include <QDir>
#include <QHeaderView>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolBar>
#include <QGroupBox>
#include <QVBoxLayout>

namespace {
const QList<QStyle::StandardPixmap> drawn = {
    QStyle::SP_TitleBarCloseButton,     QStyle::SP_DockWidgetCloseButton, QStyle::SP_TitleBarNormalButton,
    QStyle::SP_ToolBarHorizontalExtensionButton, QStyle::SP_ToolBarVerticalExtensionButton,
    QStyle::SP_MediaPlay,               QStyle::SP_MediaPause,            QStyle::SP_MediaSeekForward,
    QStyle::SP_MediaSeekBackward,       QStyle::SP_MediaSkipForward,      QStyle::SP_MediaSkipBackward,
    QStyle::SP_BrowserReload,           QStyle::SP_LineEditClearButton};

/// The image-format plugins (qt6/plugins/imageformats/) this process has mapped.
QStringList imagePluginsLoaded()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return {QStringLiteral("(cannot read /proc/self/maps)")};
    QStringList found;
    for (const QByteArray &line : maps.readAll().split('\n'))
        if (line.contains("/imageformats/") && !found.contains(QString::fromLocal8Bit(line.mid(line.lastIndexOf('/') + 1))))
            found << QString::fromLocal8Bit(line.mid(line.lastIndexOf('/') + 1));
    return found;
}

struct Coverage {
    int ink = 0;     ///< alpha > 0
    int opaque = 0;  ///< alpha >= 192: the glyph's body
    int partial = 0; ///< 0 < alpha < 192: anti-aliased edges
    bool cornersClear = true;
};

Coverage coverage(const QPixmap &pixmap)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    Coverage c;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const int alpha = qAlpha(image.pixel(x, y));
            c.ink += alpha > 0;
            c.opaque += alpha >= 192;
            c.partial += alpha > 0 && alpha < 192;
        }
    for (const QPoint corner : {QPoint(0, 0), QPoint(image.width() - 1, 0), QPoint(0, image.height() - 1),
                                QPoint(image.width() - 1, image.height() - 1)})
        c.cornersClear = c.cornersClear && qAlpha(image.pixel(corner)) == 0;
    return c;
}

/// The threads of this process (Qt's GUI thread pool keeps its threads 30 s after their last fill).
int threadCount()
{
    return int(QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
}

/// A main window's tool bar 1280 px wide, a table with a header and a 650 px scroll bar, painted.
void paintChrome()
{
    QMainWindow window;
    auto *bar = new QToolBar(QStringLiteral("playback"), &window);
    bar->addAction(QStringLiteral("Play"));
    window.addToolBar(bar);
    QStandardItemModel model(200, 3);
    model.setHorizontalHeaderLabels({QStringLiteral("Time"), QStringLiteral("Host"), QStringLiteral("What")});
    auto *table = new QTableView(&window);
    table->setModel(&model);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    window.setCentralWidget(table);
    window.resize(1280, 720);
    window.show();
    QCoreApplication::processEvents();
    QVERIFY(table->verticalScrollBar()->height() > 600);
    QVERIFY(!window.grab().isNull());
}

double luminance(QColor c)
{
    const auto linear = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

double contrast(QColor a, QColor b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

/// How far below the dock's top its contents start: the title bar's height.
int titleBarHeight()
{
    QMainWindow window;
    auto *dock = new QDockWidget(QStringLiteral("State Graph"), &window);
    dock->setWidget(new QLabel(QStringLiteral("contents")));
    window.addDockWidget(Qt::RightDockWidgetArea, dock);
    window.resize(800, 600);
    window.show();
    QCoreApplication::processEvents();
    return dock->widget()->geometry().top();
}
} // namespace

class TestAppStyle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CloseLab"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_appstyle"));
        QSettings().clear();
        QApplication::setStyle(new AppStyle);
    }

    // First: nothing before it may have read an image or started a thread.
    void firstFrameLoadsNoImagePluginAndStartsNoThread()
    {
        QVERIFY2(imagePluginsLoaded().isEmpty(), qPrintable(imagePluginsLoaded().join(u' ')));
        const int threads = threadCount();
        LanguageSwitcher languages;
        languages.setLanguage(QStringLiteral("en"));
        // At 1920x1080 the Parameters panel is in front: its group boxes' frames (Fusion stretches a
        // translucent PNG over each box, read through QImageReader) are in the first frame.
        for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)}) {
            MainWindow window(&languages, nullptr, size);
            window.resize(size);
            window.show();
            QCoreApplication::processEvents();
            const QPixmap frame = window.grab();
            QVERIFY(!frame.isNull());
            QVERIFY2(imagePluginsLoaded().isEmpty(), qPrintable(imagePluginsLoaded().join(u' ')));
            QCOMPARE(threadCount(), threads);
        }
        paintChrome();
        QCOMPARE(threadCount(), threads);
    }

    // A style set on one widget for the zoom (ZoomStyle, the playback tool bar's) wraps a Fusion of
    // its own, not the application's style: it is a FlatStyle, so the zoomed chrome is flat too and
    // starts no thread either (it did, 285 hand-offs in a 1280x720 first frame at 200 %).
    void zoomedChromeStartsNoThread()
    {
        const int threads = threadCount();
        QMainWindow window;
        auto *bar = new QToolBar(QStringLiteral("playback"), &window);
        bar->addAction(QStringLiteral("Play"));
        window.addToolBar(bar);
        auto *central = new QWidget(&window);
        auto *layout = new QVBoxLayout(central);
        QStandardItemModel model(200, 3);
        auto *table = new QTableView(central);
        table->setModel(&model);
        table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
        auto *box = new QGroupBox(QStringLiteral("Close and retransmission"), central);
        box->setMinimumHeight(300);
        layout->addWidget(table);
        layout->addWidget(box);
        window.setCentralWidget(central);
        std::vector<std::unique_ptr<closelab::ZoomStyle>> styles;
        for (QWidget *w : std::initializer_list<QWidget *>{bar, table->verticalScrollBar(), table->horizontalHeader(), box}) {
            styles.push_back(std::make_unique<closelab::ZoomStyle>(2.0));
            w->setStyle(styles.back().get());
        }
        window.resize(1280, 1000);
        window.show();
        QCoreApplication::processEvents();
        QVERIFY(table->verticalScrollBar()->height() > 400);
        QVERIFY(!window.grab().isNull());
        QCOMPARE(threadCount(), threads);
    }

    void scrollBarHandleStandsOut()
    {
        QScrollBar bar(Qt::Vertical);
        bar.setRange(0, 100);
        bar.setPageStep(20);
        bar.setValue(50);
        bar.resize(14, 400);
        const QImage image = bar.grab().toImage();
        QStyleOptionSlider option;
        option.initFrom(&bar);
        option.orientation = Qt::Vertical;
        option.minimum = 0;
        option.maximum = 100;
        option.pageStep = 20;
        option.sliderPosition = option.sliderValue = 50;
        option.rect = bar.rect();
        const QRect handle = bar.style()->subControlRect(QStyle::CC_ScrollBar, &option, QStyle::SC_ScrollBarSlider, &bar);
        const QRect groove = bar.style()->subControlRect(QStyle::CC_ScrollBar, &option, QStyle::SC_ScrollBarGroove, &bar);
        QVERIFY(handle.height() > 20);
        const QColor inHandle = image.pixelColor(handle.center());
        // The groove above the handle, off its edge line.
        const QColor inGroove = image.pixelColor(handle.center().x(), (groove.top() + handle.top()) / 2);
        QVERIFY2(contrast(inHandle, inGroove) >= 3.0, qPrintable(QStringLiteral("handle %1 on groove %2: %3:1")
                                                                   .arg(inHandle.name(), inGroove.name())
                                                                   .arg(contrast(inHandle, inGroove), 0, 'f', 2)));
    }

    void drawsItsIconsOnly()
    {
        for (const QStyle::StandardPixmap icon : drawn) {
            QVERIFY(AppStyle::draws(icon));
            QVERIFY(!QApplication::style()->standardIcon(icon).isNull());
        }
        QVERIFY(!AppStyle::draws(QStyle::SP_DialogOkButton));
        QVERIFY(AppStyle::drawnIcon(QStyle::SP_DialogOkButton).isNull());
    }

    void iconsAreDrawnAtTheSizeAsked()
    {
        for (const QStyle::StandardPixmap icon : drawn) {
            const QIcon glyph = AppStyle::drawnIcon(icon, /*fillSize=*/true);
            for (const int side : {16, 24, 48}) {
                const QPixmap pixmap = glyph.pixmap(QSize(side, side));
                QCOMPARE(pixmap.size(), QSize(side, side));
                const Coverage c = coverage(pixmap);
                QVERIFY2(c.ink > 0, qPrintable(QStringLiteral("icon %1 at %2 px is empty").arg(int(icon)).arg(side)));
                QVERIFY2(c.cornersClear, qPrintable(QStringLiteral("icon %1 at %2 px").arg(int(icon)).arg(side)));
            }
            // Sharp at 48 px: the anti-aliased edge is about a pixel wide, fewer pixels than 0.6 of
            // the solid parts (a 2 px stroke has 1 edge pixel each side). A 16 px pixmap enlarged
            // 3x smoothly has an edge band 3 px wide.
            const Coverage large = coverage(glyph.pixmap(QSize(48, 48)));
            QVERIFY2(large.partial < 0.6 * large.opaque,
                     qPrintable(QStringLiteral("icon %1: %2 edge pixels, %3 solid").arg(int(icon)).arg(large.partial).arg(large.opaque)));
            const Coverage small = coverage(glyph.pixmap(QSize(16, 16)));
            QVERIFY(large.ink > 4 * small.ink);
            // The control: the 16 px pixmap enlarged does not pass the sharpness test.
            const Coverage enlarged = coverage(glyph.pixmap(QSize(16, 16)).scaled(48, 48, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
            QVERIFY2(enlarged.partial >= 0.6 * enlarged.opaque,
                     qPrintable(QStringLiteral("icon %1 enlarged: %2 edge pixels, %3 solid").arg(int(icon)).arg(enlarged.partial).arg(enlarged.opaque)));
        }
    }

    void iconsTakeThePaletteColours()
    {
        const QPalette palette = QGuiApplication::palette();
        const QColor text = palette.color(QPalette::Normal, QPalette::WindowText);
        const QColor disabled = palette.color(QPalette::Disabled, QPalette::WindowText);
        QVERIFY(text != disabled);
        const QIcon play = AppStyle::drawnIcon(QStyle::SP_MediaPlay);
        const QImage normal = play.pixmap(QSize(48, 48)).toImage();
        const QImage greyed = play.pixmap(QSize(48, 48), QIcon::Disabled).toImage();
        // The middle of the triangle is solid.
        QCOMPARE(normal.pixelColor(24, 24).rgb(), text.rgb());
        QCOMPARE(greyed.pixelColor(24, 24).rgb(), disabled.rgb());
    }

    // Last: it sets Fusion as the application's style.
    void titleBarsAreAsHighAsFusions()
    {
        const int drawnHeight = titleBarHeight();
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        const int fusionHeight = titleBarHeight();
        QVERIFY(fusionHeight > 0);
        QCOMPARE(drawnHeight, fusionHeight);
        // The title glyphs report Fusion's pixmap size (11x13 for a 16 px small icon).
        QCOMPARE(AppStyle::drawnIcon(QStyle::SP_TitleBarCloseButton).actualSize(QSize(16, 16)), QSize(11, 13));
    }

    // After the above (Fusion is the style now): the control of the thread count. Fusion's
    // translucent tool bar lines and scroll bar gradients go to Qt's GUI thread pool.
    void fusionsChromeStartsThreads()
    {
        const int threads = threadCount();
        paintChrome();
        QVERIFY2(threadCount() > threads, "Fusion's chrome was painted without a thread: the thread count proves nothing");
    }
};

QTEST_MAIN(TestAppStyle)
#include "tst_appstyle.moc"
