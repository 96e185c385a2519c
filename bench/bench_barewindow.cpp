// SPDX-License-Identifier: GPL-3.0-or-later
// The yardstick for start-up time: a bare Qt Widgets window (menu bar, status bar, one label) that starts,
// shows, paints itself once, writes that painted frame into a PNG and exits, the same steps
// `closelab --screenshot FILE --size WxH` takes (both read the frame from the offscreen backing store,
// app/screenshot.cpp: paintedPicture()). The goal: closelab within 1.5x of this. Usage: bench_barewindow FILE.png|FILE.bmp [WxH]
// Compare with FILE.bmp on both sides (closelab --screenshot FILE.bmp): uncompressed, so the time is the
// window's own and not zlib's (PNG encoding of the full window was a quarter of closelab's time).
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QPixmap>
#include <QSaveFile>
#include <QScreen>
#include <QStatusBar>
#include <QWindow>

#include <cstdio>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_barewindow FILE.png [WxH]\n");
        return 2;
    }
    QSize size(1280, 720);
    if (argc > 2) {
        const QStringList wh = QString::fromLocal8Bit(argv[2]).split(QLatin1Char('x'));
        if (wh.size() == 2) size = QSize(wh[0].toInt(), wh[1].toInt());
    }
    QMainWindow window;
    window.menuBar()->addMenu(QStringLiteral("File"));
    window.setCentralWidget(new QLabel(QStringLiteral("bare window"), &window));
    window.statusBar()->showMessage(QStringLiteral("ready"));
    window.resize(size);
    window.show();
    QApplication::processEvents();
    // The frame the first paint left in the backing store, as closelab's paintedPicture() reads it.
    QPixmap pixmap = window.windowHandle()->screen()->grabWindow(window.winId());
    if (pixmap.size() != window.size()) pixmap = window.grab();
    QSaveFile file(QString::fromLocal8Bit(argv[1]));
    const char *format = QString::fromLocal8Bit(argv[1]).endsWith(QLatin1String(".bmp"), Qt::CaseInsensitive) ? "BMP" : "PNG";
    if (!file.open(QIODevice::WriteOnly) || !pixmap.save(&file, format) || !file.commit()) return 1;
    return 0;
}
