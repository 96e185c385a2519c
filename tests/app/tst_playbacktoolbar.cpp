// SPDX-License-Identifier: GPL-3.0-or-later
//
// The playback tool bar at the zoom for people (views/zoom.h): its words in the zoomed font, its
// buttons' icons at the zoomed size, its widgets side by side without overlapping, the time label
// wide enough for its longest text, and the bar no wider than the window.

#include "app/languageswitcher.h"
#include "app/mainwindow.h"
#include "app/playbacktoolbar.h"
#include "app/timeslider.h"
#include "app/zoomcontroller.h"
#include "views/sequencediagramview.h"

#include <QApplication>
#include <QComboBox>
#include <QFontMetrics>
#include <QLabel>
#include <QSettings>
#include <QStyle>
#include <QTest>
#include <QToolButton>

#include <cmath>

namespace {

// The bar within the window, its time shown and as wide as its longest line, no two shown widgets
// overlapping, and what is left out behind an extension button as easy to hit as a button.
void checkGeometry(const MainWindow &window, const PlaybackToolBar *bar)
{
    const auto *time = bar->findChild<QLabel *>(QStringLiteral("timeLabel"));
    QVERIFY(time);
    const QFontMetricsF zoomed(time->font());
    QString text;
    for (const QString &line : time->text().split(u'\n'))
        if (zoomed.horizontalAdvance(line) > zoomed.horizontalAdvance(text))
            text = line;
    // Within the window, and the time readable (shown, not left to the extension menu).
    QVERIFY(bar->geometry().right() < window.width());
    QVERIFY2(time->isVisible(), "the time label went into the tool bar's extension menu");
    QVERIFY2(time->contentsRect().width() >= std::ceil(zoomed.horizontalAdvance(text)),
             qPrintable(QStringLiteral("%1 px for \"%2\"").arg(time->contentsRect().width()).arg(text)));
    QVERIFY(time->geometry().right() < bar->width());

    // No two of the bar's shown widgets overlap; each lies within the bar.
    QList<QWidget *> shown;
    for (QAction *action : bar->actions())
        if (QWidget *w = bar->widgetForAction(action); w && w->isVisible())
            shown << w;
    QVERIFY(shown.size() >= 4);
    for (qsizetype i = 0; i < shown.size(); ++i) {
        QVERIFY2(bar->rect().contains(shown[i]->geometry()), qPrintable(shown[i]->objectName()));
        for (qsizetype j = i + 1; j < shown.size(); ++j)
            QVERIFY2(!shown[i]->geometry().intersects(shown[j]->geometry()),
                     qPrintable(QStringLiteral("%1 and %2").arg(shown[i]->metaObject()->className(), shown[j]->metaObject()->className())));
    }
    // What does not fit is behind the extension button, and that is as easy to hit as a button.
    auto *extension = bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
    QVERIFY(extension);
    const int baseExtent = QApplication::style()->pixelMetric(QStyle::PM_ToolBarExtensionExtent);
    if (!bar->findChild<QComboBox *>(QStringLiteral("speedBox"))->isVisible()) {
        QVERIFY(extension->isVisible());
        QVERIFY2(extension->width() >= 2 * baseExtent, qPrintable(QString::number(extension->width())));
        for (QWidget *w : std::as_const(shown))
            QVERIFY(!w->geometry().intersects(extension->geometry()));
    }
}
} // namespace

class TestPlaybackToolBar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void followsTheZoom_data();
    void followsTheZoom();
    void followsTheLanguageWhenZoomed();
    void mnemonicsFocusTheirBoxes_data();
    void mnemonicsFocusTheirBoxes();

private:
    LanguageSwitcher m_languages;
};

void TestPlaybackToolBar::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CloseLab"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_playbacktoolbar"));
    m_languages.setLanguage(QStringLiteral("en"));
}

void TestPlaybackToolBar::init()
{
    QSettings().clear();
}

void TestPlaybackToolBar::followsTheZoom_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("zoom");
    QTest::addColumn<QString>("language");
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")})
        for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)})
            for (double zoom : {2.0, 3.0})
                QTest::addRow("%s %dx%d %d %%", qPrintable(language), size.width(), size.height(), int(zoom * 100))
                    << size << zoom << language;
}

void TestPlaybackToolBar::followsTheZoom()
{
    QFETCH(QSize, size);
    QFETCH(double, zoom);
    QFETCH(QString, language);
    m_languages.setLanguage(language);
    MainWindow window(&m_languages, nullptr, size);
    auto *bar = window.findChild<PlaybackToolBar *>(QStringLiteral("playbackToolBar"));
    QVERIFY(bar);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents();
    const QFont baseFont = bar->findChild<QLabel *>(QStringLiteral("timeLabel"))->font();
    const QSize baseIcon = bar->iconSize();
    auto *play = qobject_cast<QToolButton *>(bar->widgetForAction(bar->playbackActions().at(2)));
    QVERIFY(play);
    const QSize basePlayIcon = play->iconSize();
    const QList<QAction *> baseOrder = bar->actions();
    const int baseMinimum = bar->findChild<QLabel *>(QStringLiteral("timeLabel"))->minimumWidth();

    window.zoomController()->setFactor(zoom);
    QCoreApplication::processEvents();

    // The time in the zoomed font: its text about zoom times as high and as wide.
    auto *time = bar->findChild<QLabel *>(QStringLiteral("timeLabel"));
    QVERIFY(time);
    const QFontMetricsF base(baseFont);
    const QFontMetricsF zoomed(time->font());
    QVERIFY2(std::abs(zoomed.height() / base.height() - zoom) < 0.25 * zoom,
             qPrintable(QStringLiteral("%1 px at 100 %, %2 px zoomed").arg(base.height()).arg(zoomed.height())));
    // (Where the bar is narrow the time takes two lines: the longest counts.)
    QString text;
    for (const QString &line : time->text().split(u'\n'))
        if (zoomed.horizontalAdvance(line) > zoomed.horizontalAdvance(text))
            text = line;
    QVERIFY(std::abs(zoomed.horizontalAdvance(text) / base.horizontalAdvance(text) - zoom) < 0.25 * zoom);
    QVERIFY(time->contentsRect().height() >= std::ceil(zoomed.lineSpacing() * (time->text().count(u'\n') + 1) - zoomed.leading()));
    // The buttons' icons (the bar's icon size, which the buttons take) scale with it.
    // (At most 2.5 times, so that the bar leaves 1280x720 its docks at 300 %.)
    const double iconZoom = std::min(zoom, 2.5);
    QCOMPARE(bar->iconSize(), baseIcon * iconZoom);
    QCOMPARE(play->iconSize(), basePlayIcon * iconZoom);

    checkGeometry(window, bar);
    QVERIFY(!QTest::currentTestFailed());

    // Back at 100 %: the bar as it was made, every item in its place.
    window.zoomController()->setFactor(1.0);
    QCoreApplication::processEvents();
    QCOMPARE(bar->actions(), baseOrder);
    QCOMPARE(bar->iconSize(), baseIcon);
    QCOMPARE(time->minimumWidth(), baseMinimum);
    QVERIFY(time->isVisible());
    for (QAction *action : baseOrder)
        QVERIFY(action->isVisible());
}

// Zoomed in one language, then switched: the bar still fits with the new words (at 200 % in 1600 px
// the whole bar only just fits, in either language).
void TestPlaybackToolBar::followsTheLanguageWhenZoomed()
{
    m_languages.setLanguage(QStringLiteral("zh_CN"));
    MainWindow window(&m_languages, nullptr, QSize(1600, 900), 2.0);
    auto *bar = window.findChild<PlaybackToolBar *>(QStringLiteral("playbackToolBar"));
    QVERIFY(bar);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    checkGeometry(window, bar);
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        m_languages.setLanguage(language);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCoreApplication::processEvents();
        checkGeometry(window, bar);
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(language));
    }
}

// "Step by:" (Alt+B) and "Speed:" (Alt+S) focus their boxes in every form of the bar: whole, compact
// (zoomed where the whole bar does not fit: the words left out) and with a box in the bar's extension
// (narrower still, or at 300 %). In Chinese the mnemonics are the same letters (步进方式(&B)：, 速度(&S)：).
// (Before, in the compact form the keys did nothing: a hidden label's shortcut does not act.)
void TestPlaybackToolBar::mnemonicsFocusTheirBoxes_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("zoom");
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        QTest::addRow("%s whole 1920x1080 100 %%", qPrintable(language)) << language << QSize(1920, 1080) << 1.0;
        QTest::addRow("%s compact 1280x720 200 %%", qPrintable(language)) << language << QSize(1280, 720) << 2.0;
        QTest::addRow("%s compact 1280x720 300 %%", qPrintable(language)) << language << QSize(1280, 720) << 3.0;
        QTest::addRow("%s narrow 900x700 100 %%", qPrintable(language)) << language << QSize(900, 700) << 1.0;
        QTest::addRow("%s compact 900x700 200 %%", qPrintable(language)) << language << QSize(900, 700) << 2.0;
    }
}

void TestPlaybackToolBar::mnemonicsFocusTheirBoxes()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    QFETCH(double, zoom);
    m_languages.setLanguage(language);
    MainWindow window(&m_languages, nullptr, size, zoom);
    auto *bar = window.findChild<PlaybackToolBar *>(QStringLiteral("playbackToolBar"));
    QVERIFY(bar);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QCoreApplication::processEvents();
    const struct {
        Qt::Key key;
        QComboBox *box;
    } mnemonics[] = {{Qt::Key_B, bar->stepByBox()}, {Qt::Key_S, bar->findChild<QComboBox *>(QStringLiteral("speedBox"))}};
    for (const auto &m : mnemonics) {
        QVERIFY(m.box);
        const QLabel *label = nullptr;
        for (const QLabel *l : bar->findChildren<QLabel *>())
            if (l->buddy() == m.box)
                label = l;
        QVERIFY(label);
        const QString form = QStringLiteral("%1: the box %2, its label %3")
                                 .arg(m.box->objectName(), m.box->isVisible() ? QStringLiteral("shown") : QStringLiteral("in the extension"),
                                      label->isVisible() ? QStringLiteral("shown") : QStringLiteral("hidden"));
        window.sequenceDiagram()->setFocus();
        QVERIFY(!m.box->hasFocus());
        QTest::keyClick(&window, m.key, Qt::AltModifier);
        QTRY_VERIFY2(m.box->hasFocus(), qPrintable(form));
        QVERIFY(m.box->isVisible());
    }
}

QTEST_MAIN(TestPlaybackToolBar)
#include "tst_playbacktoolbar.moc"
