// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/emptystateview.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

namespace {
/// Translates every message to a marker, to see who re-translates on LanguageChange.
class MarkerTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        return QStringLiteral("[%1] %2").arg(QLatin1String(context), QLatin1String(sourceText));
    }
};
} // namespace

class TestEmptyStateView : public QObject
{
    Q_OBJECT

private slots:
    void showsTitleAndHint();
    void defaultHintWhenNoneGiven();
    void defaultHintRetranslates();
};

void TestEmptyStateView::showsTitleAndHint()
{
    EmptyStateView view;
    view.setTitle(QStringLiteral("State Graph"));
    view.setHint(QStringLiteral("States appear here."));
    QCOMPARE(view.title(), QStringLiteral("State Graph"));
    QCOMPARE(view.hint(), QStringLiteral("States appear here."));
}

void TestEmptyStateView::defaultHintWhenNoneGiven()
{
    EmptyStateView view;
    QCOMPARE(view.hint(), QStringLiteral("Nothing to show yet."));
    view.setHint(QStringLiteral("custom"));
    view.setHint(QString());
    QCOMPARE(view.hint(), QStringLiteral("Nothing to show yet."));
}

void TestEmptyStateView::defaultHintRetranslates()
{
    EmptyStateView view;
    view.show();
    MarkerTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QTRY_COMPARE(view.hint(), QStringLiteral("[EmptyStateView] Nothing to show yet."));
    QCoreApplication::removeTranslator(&translator);
    QTRY_COMPARE(view.hint(), QStringLiteral("Nothing to show yet."));
}

QTEST_MAIN(TestEmptyStateView)
#include "tst_emptystateview.moc"
