// SPDX-License-Identifier: GPL-3.0-or-later
// closelab --dock NAME (with --screenshot, or at start) brings a panel in front of its tab group:
// every name it takes is a dock of the main window.
#include "app/commandline.h"
#include "app/docklayout.h"
#include "app/languageswitcher.h"
#include "app/mainwindow.h"

#include <QDockWidget>
#include <QSettings>
#include <QTest>

#include <algorithm>

namespace {
// Whether any part of a dock shows: the dock or something in it (a tabbed dock has no title bar of
// its own showing: its contents cover it, app/docktitlebars.h).
bool shows(const QWidget *widget)
{
    if (!widget->visibleRegion().isEmpty())
        return true;
    const QList<QWidget *> inside = widget->findChildren<QWidget *>();
    return std::any_of(inside.begin(), inside.end(), [](const QWidget *w) { return w->isVisible() && !w->visibleRegion().isEmpty(); });
}
} // namespace

class TestDockOption : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CloseLab"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_dockoption"));
        QSettings().clear();
    }
    void dockNamesAreTheWindowsDocks();
};

// Each --dock name is a dock of the main window, and brought to the front it is what shows of its
// tab group at 1280x720 (the panels behind tabs there: Parameters, Scenarios, Lesson, Timeline Charts).
void TestDockOption::dockNamesAreTheWindowsDocks()
{
    LanguageSwitcher languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(&languages, nullptr, QSize(1280, 720));
    window.resize(1280, 720);
    window.show();
    QCoreApplication::processEvents();
    QCOMPARE(CommandLine::dockNames().size(), 6);
    for (const auto &[name, objectName] : CommandLine::dockNames()) {
        auto *dock = window.findChild<QDockWidget *>(objectName);
        QVERIFY2(dock, qPrintable(name));
        DockLayout::bringToFront(&window, dock);
        QCoreApplication::processEvents();
        QVERIFY2(dock->isVisible() && shows(dock), qPrintable(name));
        // The others of its tab group are behind it.
        for (QDockWidget *other : window.tabifiedDockWidgets(dock))
            QVERIFY2(!shows(other), qPrintable(name + QStringLiteral(" over ") + other->objectName()));
    }
}

QTEST_MAIN(TestDockOption)
#include "tst_dockoption.moc"
