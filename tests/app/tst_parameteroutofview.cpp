// SPDX-License-Identifier: GPL-3.0-or-later
// The Parameters panel made while it is shown leaves the rows below its bottom edge (and the network
// editor) hidden in their places until just after its first frame (OutOfView). The first frame must be
// what a panel with every row shown gives: the same picture, every row at the same place and size, the
// same scroll range; at several widths, zoom 100, 200 and 300 %, in English and in Chinese. Afterwards
// the panel is the whole panel: every row shown, in the tab order of the table, found by the search.
#include "app/languageswitcher.h"
#include "views/networkeditor.h"
#include "views/parameterpanel.h"
#include "views/parameterrow.h"

#include <QApplication>
#include <QGroupBox>
#include <QImage>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSlider>
#include <QTest>

using namespace closelab;

namespace {
// Where every row and group box of the panel's content is (content coordinates), and the scroll range.
struct Placement {
    QList<QRect> rows;
    QList<QRect> groups;
    int scrollMaximum = 0;
    int scrollPage = 0;
    bool operator==(const Placement &) const = default;
};

Placement placementOf(const ParameterPanel &panel)
{
    Placement p;
    auto *scroll = panel.findChild<QScrollArea *>();
    // Not panel.rows(): that brings every row into view.
    for (const ParameterRow *row : panel.findChildren<ParameterRow *>())
        p.rows << QRect(row->mapTo(scroll->widget(), QPoint(0, 0)), row->size());
    for (const QGroupBox *box : panel.findChildren<QGroupBox *>())
        p.groups << QRect(box->mapTo(scroll->widget(), QPoint(0, 0)), box->size());
    p.scrollMaximum = scroll->verticalScrollBar()->maximum();
    p.scrollPage = scroll->verticalScrollBar()->pageStep();
    return p;
}

QString describe(const Placement &p)
{
    QStringList rows;
    for (QRect r : p.rows)
        rows << QStringLiteral("%1+%2").arg(r.y()).arg(r.height());
    QStringList groups;
    for (QRect r : p.groups)
        groups << QStringLiteral("%1+%2").arg(r.y()).arg(r.height());
    return QStringLiteral("rows %1; groups %4; scroll %2/%3").arg(rows.join(QLatin1Char(' '))).arg(p.scrollMaximum).arg(p.scrollPage).arg(groups.join(QLatin1Char(' ')));
}

// The scroll area's picture (the search box above it takes the focus when the window is activated).
QImage picture(const ParameterPanel &panel)
{
    return panel.findChild<QScrollArea *>()->grab().toImage();
}

int hiddenRows(const ParameterPanel &panel)
{
    int n = 0;
    for (const ParameterRow *row : panel.findChildren<ParameterRow *>())
        n += row->isHidden() ? 1 : 0;
    return n;
}
} // namespace

class TestParameterOutOfView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CloseLab"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_parameteroutofview"));
        QSettings().clear();
    }

    void firstFrameIsTheWholePanels_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<double>("zoom");
        QTest::addColumn<QSize>("size");
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")})
            for (double zoom : {1.0, 2.0, 3.0})
                for (QSize size : {QSize(300, 500), QSize(345, 973), QSize(520, 700)})
                    QTest::addRow("%s, %d %%, %dx%d", qPrintable(language), int(zoom * 100), size.width(), size.height())
                        << language << zoom << size;
    }

    void firstFrameIsTheWholePanels()
    {
        QFETCH(QString, language);
        QFETCH(double, zoom);
        QFETCH(QSize, size);
        LanguageSwitcher languages;
        QVERIFY(languages.setLanguage(language));
        ParameterPanel panel;
        RunConfig config;
        config.sysctls.set(SysctlId::TcpFinTimeout, 5); // a changed row: bold title, tinted
        panel.setConfig(config);
        panel.setZoom(zoom);
        panel.resize(size);
        panel.show();
        // The layouts settle; nothing else runs (the rows out of view are shown by a queued call
        // after the first paint).
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QVERIFY(panel.hasContent());
        QVERIFY(panel.hasRowsOutOfView());
        const int waiting = hiddenRows(panel);
        QVERIFY2(waiting > 0, qPrintable(QString::number(waiting)));
        const Placement first = placementOf(panel);
        const QImage firstFrame = picture(panel);

        // Just after the first frame every row is shown, where it was.
        QTRY_VERIFY(!panel.hasRowsOutOfView());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCOMPARE(hiddenRows(panel), 0);
        const Placement whole = placementOf(panel);
        QVERIFY2(whole == first, qPrintable(describe(first) + QStringLiteral("\nshown: ") + describe(whole)));
        QVERIFY(picture(panel) == firstFrame);

        // A panel whose rows were all shown from the start (made before it was shown) is the same.
        ParameterPanel eager;
        eager.setConfig(config);
        eager.setZoom(zoom);
        eager.buildContent();
        QVERIFY(!eager.hasRowsOutOfView());
        eager.resize(size);
        eager.show();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QVERIFY2(placementOf(eager) == whole, qPrintable(describe(placementOf(eager)) + QStringLiteral("\nlazy: ") + describe(whole)));
        QVERIFY(picture(eager) == firstFrame);
    }

    // Anything that needs a row out of view shows them all at once: the search, an accessor, the
    // scroll bar, the keyboard's focus, a taller panel.
    void rowsComeWhenNeeded_data()
    {
        QTest::addColumn<int>("need");
        QTest::newRow("search") << 0;
        QTest::newRow("rows()") << 1;
        QTest::newRow("scrolling") << 2;
        QTest::newRow("focus") << 3;
        QTest::newRow("taller") << 4;
        QTest::newRow("showParameter") << 5;
    }

    void rowsComeWhenNeeded()
    {
        QFETCH(int, need);
        ParameterPanel panel;
        panel.resize(340, 400);
        panel.show();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QVERIFY(panel.hasRowsOutOfView());
        ParameterRow *last = panel.findChildren<ParameterRow *>().constLast();
        QVERIFY(last->isHidden());
        switch (need) {
        case 0:
            panel.searchBox()->setText(QStringLiteral("tcp_tw_reuse_delay"));
            break;
        case 1:
            QCOMPARE(panel.rows().size(), qsizetype(sysctlTable().size()));
            break;
        case 2:
            panel.findChild<QScrollArea *>()->verticalScrollBar()->setValue(200);
            break;
        case 3:
            panel.searchBox()->setFocus();
            QApplication::setActiveWindow(&panel);
            panel.searchBox()->setFocus();
            break;
        case 4:
            panel.resize(340, 900);
            break;
        case 5:
            panel.showParameter(QStringLiteral("net.ipv4.tcp_keepalive_probes"));
            break;
        }
        if (need == 3)
            QTRY_VERIFY(!panel.hasRowsOutOfView());
        QVERIFY(!panel.hasRowsOutOfView());
        if (need == 0) {
            // The search finds a row that waited out of view, and only rows that match.
            ParameterRow *delay = panel.row(SysctlId::TcpTwReuseDelay);
            QVERIFY(delay->isVisible());
            QVERIFY(!panel.row(SysctlId::TcpFinTimeout)->isVisible());
            return;
        }
        QCOMPARE(hiddenRows(panel), 0);
        QVERIFY(!last->isHidden());
    }

    // The tab order runs through the rows in the table's order, the network editor after them, as
    // in a panel made whole.
    void tabOrderIsTheTables()
    {
        ParameterPanel panel;
        panel.resize(340, 400);
        panel.show();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QVERIFY(panel.hasRowsOutOfView());
        const QList<ParameterRow *> rows = panel.rows();
        QList<QWidget *> sliders;
        for (QWidget *w = panel.searchBox(); w; w = w->nextInFocusChain()) {
            if (auto *slider = qobject_cast<QSlider *>(w))
                sliders << slider;
            if (w->nextInFocusChain() == panel.searchBox())
                break;
        }
        QCOMPARE(sliders.size(), rows.size());
        for (int i = 0; i < rows.size(); ++i)
            QCOMPARE(sliders[i], static_cast<QWidget *>(rows[i]->slider()));
        // The network editor's fields come after the last row's.
        bool afterLast = false;
        for (QWidget *w = rows.constLast()->slider(); w != panel.searchBox(); w = w->nextInFocusChain()) {
            if (panel.networkEditor()->isAncestorOf(w)) {
                afterLast = true;
                break;
            }
        }
        QVERIFY(afterLast);
    }
};

QTEST_MAIN(TestParameterOutOfView)
#include "tst_parameteroutofview.moc"
