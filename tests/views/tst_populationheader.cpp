// SPDX-License-Identifier: GPL-3.0-or-later
// The population bar's header at the sizes people use: at 100, 150, 200 and 300 %, 1280 and 1920 px
// wide, at moments of port_exhaustion and close_wait_leak (headers short and long), its phrases flow
// into no more lines than a greedy flow of the same phrases by QFontMetricsF needs (one where they
// fit), it stands no taller than those lines and its button, no line is wider than the bar (nothing
// cut), and the "Population summary…" button is inside the header and over no text. Geometry only.
#include "core/population.h"
#include "core/populationmoment.h"
#include "core/runoptions.h"
#include "views/populationbar.h"
#include "views/populationheader.h"
#include "views/populationtext.h"
#include "views/zoom.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QTest>
#include <QStyle>
#include <QToolButton>

#include <cmath>

using namespace closelab;

namespace {
std::shared_ptr<const PopulationResult> run(const std::string &scenario, const std::vector<std::pair<std::string, std::string>> &options)
{
    RunConfig config;
    config.scenario = scenario;
    for (const auto &[name, value] : options)
        if (auto err = applyRunOption(config, name, value)) qFatal("%s", err->c_str());
    PopulationConfig w;
    populationPreset(scenario, config, w);
    if (auto err = applyPopulationOptions(w, config.options)) qFatal("%s", err->c_str());
    return std::make_shared<const PopulationResult>(simulatePopulation(config, w));
}

// Lines a greedy flow needs: the phrases of the header's first lines whole (a phrase wider than the
// line alone takes the lines its width needs), the last line's words one by one, " · " between
// phrases and a space between words; the button at the end of the last line or on a line of its own.
int greedyLines(const QString &header, const QFontMetricsF &fm, double width, double button)
{
    const QStringList logical = header.split(QLatin1Char('\n'));
    struct Token { QString text; QString before; };
    QList<Token> tokens;
    for (qsizetype i = 0; i < logical.size(); ++i) {
        const bool last = i + 1 == logical.size() && logical.size() > 1;
        const QStringList phrases = logical[i].split(QStringLiteral(" · "));
        for (qsizetype p = 0; p < phrases.size(); ++p) {
            const QString sep = tokens.isEmpty() ? QString() : QStringLiteral(" · ");
            if (!last) {
                tokens << Token{phrases[p], sep};
                continue;
            }
            const QStringList words = phrases[p].split(QLatin1Char(' '));
            for (qsizetype w = 0; w < words.size(); ++w)
                tokens << Token{words[w], w == 0 ? sep : QStringLiteral(" ")};
        }
    }
    int lines = 1;
    double x = 0;
    for (const Token &t : tokens) {
        const double w = fm.horizontalAdvance(t.text);
        const double withSep = x == 0 ? w : fm.horizontalAdvance(t.before) + w;
        if (x > 0 && x + withSep > width) {
            ++lines;
            x = 0;
        }
        if (x == 0 && w > width) {
            lines += int(std::ceil(w / width)) - 1;
            x = std::fmod(w, width);
        } else {
            x += x == 0 ? w : withSep;
        }
    }
    if (x + fm.horizontalAdvance(QLatin1Char('M')) + button > width)
        ++lines;
    return lines;
}
} // namespace

class TestPopulationHeader : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }

    void headerTakesTheLinesItNeeds_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<double>("seconds");
        QTest::addColumn<double>("zoom");
        QTest::addColumn<int>("width");
        for (const char *scenario : {"port_exhaustion", "close_wait_leak"})
            for (double t : {0.5, 9.0, 1e9})
                for (double z : {1.0, 1.5, 2.0, 3.0})
                    for (int w : {1280, 1920})
                        QTest::addRow("%s at %g s, %d %%, %d px", scenario, t, int(z * 100), w) << QString::fromLatin1(scenario) << t << z << w;
    }

    void headerTakesTheLinesItNeeds()
    {
        QFETCH(QString, scenario);
        QFETCH(double, seconds);
        QFETCH(double, zoom);
        QFETCH(int, width);
        static const auto portExhaustion = run("port_exhaustion", {{"set", "net.ipv4.ip_local_port_range=40000-40999"}, {"opt", "rate=200"}, {"opt", "duration=10"}, {"opt", "tail=1"}});
        static const auto closeWaitLeak = run("close_wait_leak", {{"opt", "duration=30"}, {"opt", "tail=5"}});
        const auto result = scenario == QLatin1String("port_exhaustion") ? portExhaustion : closeWaitLeak;

        PopulationBar bar;
        bar.setPopulation(result);
        bar.setTime(qint64(std::min(seconds, 1e6) * 1e9));
        bar.setZoom(zoom);
        bar.resize(width, 400);
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        bar.resize(width, bar.sizeHint().height());
        QCoreApplication::processEvents();

        const PopulationHeader *header = bar.header();
        const PopulationHeaderLayout &layout = header->currentLayout();
        const QFontMetricsF fm(zoom::font(zoom));
        const QString where = QStringLiteral("%1 at %2 s, %3 %, %4 px").arg(scenario).arg(seconds).arg(zoom * 100).arg(width);
        QCOMPARE(header->font().pointSizeF(), zoom::font(zoom).pointSizeF());
        QVERIFY(!layout.lines.isEmpty());
        const QRectF inside(0, 0, header->width(), header->height());
        for (const QRectF &line : layout.lines) {
            QVERIFY2(line.left() >= 0 && line.right() <= header->width() + 0.5,
                     qPrintable(QStringLiteral("%1: a line from %2 to %3 in %4 px").arg(where).arg(line.left()).arg(line.right()).arg(header->width())));
            QVERIFY2(line.height() >= fm.height() - 0.5, qPrintable(where));
            QVERIFY2(!line.intersects(layout.button), qPrintable(QStringLiteral("%1: the button over a line").arg(where)));
            QVERIFY2(inside.contains(line.adjusted(0.5, 0.5, -0.5, -0.5)), qPrintable(where));
        }
        QVERIFY2(inside.contains(layout.button), qPrintable(where));
        QCOMPARE(header->summaryButton()->geometry(), layout.button.toAlignedRect());
        QVERIFY(fm.horizontalAdvance(header->summaryButton()->text()) <= layout.button.width());

        // As few lines as the phrases need, and no taller than those lines and the button.
        const double button = header->summaryButton()->sizeHint().width();
        const int needed = greedyLines(header->text(), fm, header->width(), button);
        QVERIFY2(layout.lines.size() <= needed,
                 qPrintable(QStringLiteral("%1: %2 lines, a greedy flow needs %3").arg(where).arg(layout.lines.size()).arg(needed)));
        // Those lines, what the button stands over a line, and a thin margin (0.15 em each side).
        const double buttonHeight = header->summaryButton()->sizeHint().height();
        const double tallest = needed * fm.lineSpacing() + std::max(0.0, buttonHeight - fm.lineSpacing()) + 0.3 * zoom::em(zoom::font(zoom)) + 1;
        QVERIFY2(header->height() <= tallest,
                 qPrintable(QStringLiteral("%1: header %2 px for %3 lines (%4 needed), at most %5").arg(where).arg(header->height()).arg(layout.lines.size()).arg(needed).arg(tallest)));
        // The bar is its header and the toolbar's thin frame.
        const int frame = 2 * (bar.style()->pixelMetric(QStyle::PM_ToolBarFrameWidth, nullptr, &bar) + bar.style()->pixelMetric(QStyle::PM_ToolBarItemMargin, nullptr, &bar));
        QVERIFY2(bar.height() <= header->height() + frame,
                 qPrintable(QStringLiteral("%1: bar %2 px, header %3").arg(where).arg(bar.height()).arg(header->height())));
        if (needed == 1)
            QVERIFY2(header->height() <= std::max(fm.lineSpacing(), buttonHeight) + 0.5 * fm.height(), qPrintable(where));
    }
};

QTEST_MAIN(TestPopulationHeader)
#include "tst_populationheader.moc"
