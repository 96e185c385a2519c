// SPDX-License-Identifier: GPL-3.0-or-later
// Edit > Presets has a sensible width: a preset's item is its title and where its values come from,
// shortened where a line could break (never inside a word) to 56 average characters of the menu's
// font, the whole text in the item's tooltip and status tip. Seed 003's source alone is 140
// characters: the menu was 1023 px wide at 100 %, and at 200 % too wide for a 1280 px screen, so it
// was drawn at 100 % beside a menu bar at 200 %. At 100 % and 200 %, in English and Chinese, at
// 1280×720: the menu opens at the zoom, fits beside the Edit menu within the screen, and every
// item's text fits its item. Geometry from QMenu's own rectangles and QFontMetrics.
#include "app/experimentmenus.h"
#include "app/languageswitcher.h"
#include "app/mainwindow.h"
#include "app/presets.h"
#include "app/zoomcontroller.h"

#include <QAction>
#include <QApplication>
#include <QFontMetrics>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QTest>

namespace {
QString rectText(QRect r)
{
    return QStringLiteral("(%1,%2 %3x%4)").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

bool isWordCharacter(QChar c)
{
    // Latin letters and digits make words; a Chinese character is a word of its own.
    return c.isLetterOrNumber() && c.script() != QChar::Script_Han;
}
} // namespace

class TestPresetsMenu : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CloseLab"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_presetsmenu"));
        QSettings().clear();
    }

    void menuHasASensibleWidth_data()
    {
        QTest::addColumn<double>("zoom");
        QTest::addColumn<QString>("language");
        for (double z : {1.0, 2.0})
            for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")})
                QTest::addRow("%d %% %s", int(z * 100), qPrintable(language)) << z << language;
    }

    void menuHasASensibleWidth()
    {
        QFETCH(double, zoom);
        QFETCH(QString, language);
        LanguageSwitcher languages;
        languages.setLanguage(language);
        MainWindow window(&languages);
        window.zoomController()->setFactor(zoom);
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::processEvents();
        const QString where = QStringLiteral("at %1 % in %2").arg(zoom * 100).arg(language);

        QMenuBar *bar = window.menuBar();
        QMenu *edit = window.findChild<QMenu *>(QStringLiteral("editMenu"));
        QMenu *presets = window.experimentMenus()->presetsMenu();
        QVERIFY(edit && presets);
        // As when the user opens Edit, then Presets.
        emit edit->aboutToShow();
        emit presets->aboutToShow();
        const QList<ParameterPreset> all = allPresets();
        QCOMPARE(presets->actions().size(), all.size());

        // At the zoom: the menu fits the screen there (MenuBarZoom draws a menu that does not at a smaller step).
        const double base = QApplication::font(presets).pointSizeF();
        const double factor = presets->font().pointSizeF() > 0 && zoom != 1.0 ? presets->font().pointSizeF() / base : 1.0;
        QCOMPARE(factor, zoom);

        // Beside the Edit menu, within the 1280 px window (the room a projector gives).
        const int editLeft = bar->actionGeometry(edit->menuAction()).left();
        const int right = editLeft + edit->sizeHint().width() + presets->sizeHint().width();
        QVERIFY2(right <= window.width(), qPrintable(QStringLiteral("Edit at %1, %2 px wide, Presets %3 px wide: ends at %4, %5")
                                                         .arg(editLeft).arg(edit->sizeHint().width()).arg(presets->sizeHint().width()).arg(right).arg(where)));

        const QFontMetrics fm(presets->font());
        const QRect inside(QPoint(0, 0), presets->sizeHint());
        for (qsizetype i = 0; i < all.size(); ++i) {
            QAction *action = presets->actions().at(i);
            const QString whole = presetText(all[i]);
            const QString text = action->text();
            const QRect r = presets->actionGeometry(action);
            // Its text whole in its item.
            QVERIFY2(inside.contains(r) && r.width() >= fm.horizontalAdvance(text),
                     qPrintable(QStringLiteral("\"%1\" %2 px in %3 of %4, %5").arg(text).arg(fm.horizontalAdvance(text)).arg(rectText(r), rectText(inside), where)));
            QVERIFY2(fm.horizontalAdvance(text) <= presetMenuWidth(fm), qPrintable(text));
            // The whole text, or its beginning up to the end of a word and "…".
            QVERIFY2(action->toolTip().startsWith(whole) && action->statusTip() == whole, qPrintable(action->toolTip()));
            if (text == whole)
                continue;
            QVERIFY2(text.contains(QChar(0x2026)), qPrintable(text));
            const QString kept = text.left(text.indexOf(QChar(0x2026)));
            QVERIFY2(whole.startsWith(kept), qPrintable(QStringLiteral("\"%1\" of \"%2\"").arg(text, whole)));
            QVERIFY2(kept.size() > all[i].title.size() + 2, qPrintable(text)); // some of the source is kept
            QVERIFY2(!(isWordCharacter(kept.back()) && isWordCharacter(whole.at(kept.size()))),
                     qPrintable(QStringLiteral("\"%1\" cuts a word of \"%2\"").arg(text, whole)));
        }
    }
};

QTEST_MAIN(TestPresetsMenu)
#include "tst_presetsmenu.moc"
