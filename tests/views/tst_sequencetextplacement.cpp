// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scenario.h"
#include "views/codetexts.h"
#include "views/labelplacer.h"
#include "views/segmenttext.h"
#include "views/sequencediagramview.h"
#include "views/sequencelayout.h"
#include "views/textwidth.h"
#include "views/timeformat.h"

#include <QFontMetricsF>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace closelab;

namespace {

// What the sequence diagram gets in the main window (measured with closelab --screenshot, the
// central area less its scroll bar): at 1280x720 873x658 at 100 %, 715x658 at 200 and 300 %
// (the docks take more); at 1920x1080 1063, 1153 and 1046 px wide, 1018 px high.
struct Screen {
    const char *name;
    double zoom;
    QSizeF size;
};
const Screen kScreens[] = {
    {"1280x720", 1.0, {873, 658}},  {"1280x720", 2.0, {715, 658}},   {"1280x720", 3.0, {715, 658}},
    {"1920x1080", 1.0, {1063, 1018}}, {"1920x1080", 2.0, {1153, 1018}}, {"1920x1080", 3.0, {1046, 1018}},
};

Trace run(const char *scenario)
{
    RunConfig c;
    c.scenario = scenario;
    return simulate(c);
}

SequenceLayout layoutAt(const Trace &trace, const Screen &screen)
{
    return SequenceDiagramView::layoutFor(trace, screen.size.width(), screen.size.height(), screen.zoom,
                                          TimeMap::Mode::Compressed, {});
}

// The frame at t, scrolled so that the playhead is in the middle of the view (as the view follows it).
SequenceFrame frameAt(const Trace &trace, const SequenceLayout &l, const Screen &screen, SimTime t)
{
    SequenceFrame::Request r;
    r.t = t;
    r.viewport = QRectF(QPointF(0, 0), screen.size);
    r.scrollY = std::max(0.0, l.timeMap().y(t) - screen.size.height() / 2);
    r.clientTitle = SequenceDiagramView::sideTitle(trace, Side::Client);
    r.serverTitle = SequenceDiagramView::sideTitle(trace, Side::Server);
    return l.frame(trace, r);
}

// The moments worth looking at: every knot, halfway between neighbouring knots, whole seconds.
std::vector<SimTime> momentsOf(const SequenceLayout &l, const Trace &trace)
{
    std::vector<SimTime> out = l.timeMap().knots();
    const std::size_t n = out.size();
    for (std::size_t i = 1; i < n; ++i)
        out.push_back((out[i - 1] + out[i]) / 2);
    for (SimTime t = 0; t <= trace.end; t += kSec)
        out.push_back(t);
    return out;
}

} // namespace

class TestSequenceTextPlacement : public QObject {
    Q_OBJECT
private slots:
    void playheadClockFitsItsColumn_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("screen");
        for (const char *scenario : {"fin_unacked", "last_ack_lost", "simultaneous_close", "syn_flood"}) {
            for (int i = 0; i < int(std::size(kScreens)); ++i)
                QTest::addRow("%s %s %d %%", scenario, kScreens[i].name, int(kScreens[i].zoom * 100)) << QString::fromLatin1(scenario) << i;
        }
    }

    void playheadClockFitsItsColumn()
    {
        // fin_unacked at 10 s, 200 % at 1280x720: the clock read "10.00000…", a column sized for the
        // ticks, not the playhead's bold badge. Wherever the playhead is, its clock is a number a
        // class can read: whole (never elided), inside the time column, within the badge's padding,
        // and the time rounded to the decimals it shows.
        QFETCH(QString, scenario);
        QFETCH(int, screen);
        const Screen &s = kScreens[screen];
        const Trace trace = run(qPrintable(scenario));
        const SequenceLayout l = layoutAt(trace, s);
        QFont clock = l.metrics().small;
        clock.setBold(true);
        int checked = 0;
        for (const SimTime t : momentsOf(l, trace)) {
            const SequenceFrame f = frameAt(trace, l, s, t);
            const auto it = std::find_if(f.texts.begin(), f.texts.end(), [](const PlacedText &p) { return p.kind == TextKind::Playhead; });
            QVERIFY2(it != f.texts.end(), qPrintable(formatClock(t)));
            const PlacedText &p = *it;
            const QString where = formatClock(t) + u": "_qs + p.text;
            QVERIFY2(!p.text.contains(u"…"_qs), qPrintable(where));
            QVERIFY2(p.fullText.isEmpty() || p.fullText == formatClock(t), qPrintable(where)); // the whole clock: its tooltip
            QVERIFY2(p.rect.left() >= 0 && p.rect.right() <= l.columns().axisRight, qPrintable(where));
            QVERIFY2(textWidth(clock, p.text) + l.metrics().pad <= p.rect.width() + 1e-6, qPrintable(where));
            QVERIFY2(p.text.endsWith(u" s"_qs), qPrintable(where));
            bool ok = false;
            const double shown = p.text.chopped(2).toDouble(&ok);
            QVERIFY2(ok, qPrintable(where));
            const qsizetype point = p.text.indexOf(u'.');
            const int decimals = point < 0 ? 0 : int(p.text.size() - 2 - point - 1);
            QVERIFY2(std::abs(shown - toSeconds(t)) <= 0.5 * std::pow(10.0, -decimals) + 1e-9, qPrintable(where));
            // At least tenths wherever they fit the badge.
            QVERIFY2(decimals >= 1 || textWidth(clock, formatClock(t, 1)) + l.metrics().pad > p.rect.width(), qPrintable(where));
            ++checked;
        }
        QVERIFY(checked > 10);
    }

    void playheadClockShowsTheDigitsThatMatter_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<double>("zoom");
        QTest::addColumn<double>("width");
        for (const char *scenario : {"fin_unacked", "last_ack_lost"}) {
            QTest::addRow("%s 1280x720 100 %%", scenario) << QString::fromLatin1(scenario) << 1.0 << 873.0;
            QTest::addRow("%s 1920x1080 200 %%", scenario) << QString::fromLatin1(scenario) << 2.0 << 1153.0;
        }
    }

    void playheadClockShowsTheDigitsThatMatter()
    {
        // Where the column has room: the last decimal is the first one a pixel of the playhead's path
        // changes (the seconds per pixel of the time map here, the finer side beside an event), none
        // finer; on an event, that event's tick text (formatClock), which the playhead covers.
        QFETCH(QString, scenario);
        QFETCH(double, zoom);
        QFETCH(double, width);
        const Trace trace = run(qPrintable(scenario));
        const SequenceLayout l = SequenceDiagramView::layoutFor(trace, width, 1000, zoom, TimeMap::Mode::Compressed, {});
        const std::vector<SimTime> &knots = l.timeMap().knots();
        int coarse = 0, fine = 0;
        for (const SimTime t : momentsOf(l, trace)) {
            const QString text = l.playheadClock(t, 1e6);
            const bool onKnot = std::binary_search(knots.begin(), knots.end(), t);
            if (onKnot) {
                QCOMPARE(text, formatClock(t));
                continue;
            }
            const double y = l.timeMap().y(t);
            const double before = toSeconds(t - l.timeMap().timeAt(y - 1));
            const double after = toSeconds(l.timeMap().timeAt(y + 1) - t);
            const double perPixel = std::min(before, after);
            const qsizetype point = text.indexOf(u'.');
            const int decimals = point < 0 ? 0 : int(text.size() - 2 - point - 1);
            const int most = std::abs(toSeconds(t)) >= 100 ? 3 : 6;
            const QString where = formatClock(t) + u": "_qs + text + u", "_qs + QString::number(perPixel) + u" s per pixel"_qs;
            QVERIFY2(decimals == most || std::pow(10.0, -decimals) <= perPixel * (1 + 1e-6), qPrintable(where));
            QVERIFY2(decimals == 0 || std::pow(10.0, -(decimals - 1)) > perPixel, qPrintable(where));
            QCOMPARE(l.playheadClock(t, textWidth(l.metrics().smallBold, text)), text);
            coarse += decimals <= 3;
            fine += decimals == 6;
        }
        // Both kinds of scale occur: the idle breaks (milliseconds or coarser) and the round trips.
        QVERIFY(coarse > 0);
        QVERIFY(fine > 0);
    }
    void arrowLabelsNameTheirSegment_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("screen");
        for (const char *scenario : {"normal_close", "fin_unacked", "last_ack_lost", "simultaneous_close", "synack_lost"}) {
            for (int i = 0; i < int(std::size(kScreens)); ++i)
                QTest::addRow("%s %s %d %%", scenario, kScreens[i].name, int(kScreens[i].zoom * 100))
                    << QString::fromLatin1(scenario) << i;
        }
    }

    void arrowLabelsNameTheirSegment()
    {
        // At 200 % in the 1280x720 window the arrows had 129 px between the lifelines, and their
        // labels read "retr…", "SYN…", "ACK…"; synack_lost's "retransmitted data 11 B" and
        // "retransmitted SYN-ACK" read "retra…". A label is its whole name on one line or two, or
        // its short name ("FIN #2", "ACK", "data #2"), up to 200 %; it lies between the
        // lifelines, and no two texts of the diagram overlap at any zoom.
        QFETCH(QString, scenario);
        QFETCH(int, screen);
        const Screen &s = kScreens[screen];
        const Trace trace = run(qPrintable(scenario));
        const SequenceLayout l = layoutAt(trace, s);
        std::vector<QRectF> rects;
        int labels = 0;
        for (const PlacedText &t : l.texts()) {
            rects.push_back(t.rect);
            if (t.kind != TextKind::ArrowLabel)
                continue;
            ++labels;
            const auto arrow = std::find_if(l.arrows().begin(), l.arrows().end(), [&](const auto &a) { return a.segment == t.ref; });
            QVERIFY(arrow != l.arrows().end());
            const QString where = u"%1: \"%2\" for \"%3\""_qs.arg(formatClock(arrow->t0), t.text, arrow->label);
            QVERIFY2(t.rect.left() >= l.columns().clientX && t.rect.right() <= l.columns().serverX, qPrintable(where));
            if (s.zoom > 2.0)
                continue;
            // The lines joined again: a space between words, nothing after a hyphen ("SYN-" / "ACK").
            QString joined = t.text;
            joined.replace(u"-\n"_qs, u"-"_qs).replace(u'\n', u' ');
            QVERIFY2(joined == arrow->label || joined == arrow->shortLabel, qPrintable(where));
            QVERIFY2(!t.text.contains(u"…"_qs), qPrintable(where));
            QCOMPARE(t.fullText.isEmpty(), joined == arrow->label);
        }
        QVERIFY2(!anyOverlap(rects), qPrintable(scenario));
        // Most arrows keep a label (a few of those sent at the same moment as another may not);
        // at 300 % everyLabelWholeAtLargeZoom counts them in 715 px.
        if (s.zoom <= 2.0)
            QVERIFY2(labels >= int(0.8 * double(l.arrows().size())), qPrintable(u"%1 labels for %2 arrows"_qs.arg(labels).arg(l.arrows().size())));
    }


    void dataSegmentsHaveAShortName()
    {
        // synack_lost: the client's 11 bytes are retransmitted until the handshake completes. A
        // retransmitted data segment's short name leaves the size out: "data #2", not "data 11 B #2".
        const Trace trace = run("synack_lost");
        int retransmitted = 0;
        for (int i = 0; i < int(trace.segments.size()); ++i) {
            const SegmentRecord &seg = trace.segments[std::size_t(i)];
            if (seg.header.len == 0 || seg.header.flags & (FlagSyn | FlagFin | FlagRst))
                continue;
            QCOMPARE(segmentShortName(trace, i), seg.transmission > 1 ? u"data #%1"_qs.arg(seg.transmission) : u"data"_qs);
            retransmitted += seg.transmission > 1;
        }
        QVERIFY(retransmitted >= 3);
    }

    void everyLabelWholeAtLargeZoom_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("screen");
        for (const char *scenario : {"normal_close", "fin_unacked", "last_ack_lost", "simultaneous_close", "synack_lost"}) {
            for (int i : {1, 2}) // 1280x720 at 200 and 300 %
                QTest::addRow("%s %s %d %%", scenario, kScreens[i].name, int(kScreens[i].zoom * 100)) << QString::fromLatin1(scenario) << i;
        }
    }

    void everyLabelWholeAtLargeZoom()
    {
        // At 300 % in the 1280x720 window (715 px) the arrows had 129 px between the lifelines: no
        // label but "FIN" had room, the axis no ticks (a whole clock is 202 px, the column 144), the
        // header read "10.0.0…" and "ESTABL…", the tags "SYN…", "EST…", "FIN…", "clos…".
        // Now every label of the layout and of the frames is whole: no "…", its text within its
        // rectangle, and none overlaps another. Arrow labels are the segment's name or short name
        // (segmenttext), state tags the state's name (or ss's "ESTAB"), ticks the knot's time
        // rounded, titles the role, the address or its port; most arrows and a few ticks keep one.
        QFETCH(QString, scenario);
        QFETCH(int, screen);
        const Screen &s = kScreens[screen];
        const Trace trace = run(qPrintable(scenario));
        const SequenceLayout l = layoutAt(trace, s);
        const SequenceMetrics &m = l.metrics();
        const auto fontOf = [&](const PlacedText &t) {
            switch (t.kind) {
            case TextKind::Title: return m.title;
            case TextKind::HeaderState:
            case TextKind::StateTag: return t.smaller > 0 ? m.smallerBadges[std::size_t(t.smaller - 1)] : m.badge;
            case TextKind::AppTag: return t.smaller > 0 ? m.smallerLabels[std::size_t(t.smaller - 1)] : m.label;
            case TextKind::Break:
            case TextKind::ArrowLabel: return m.label;
            case TextKind::Playhead:
            case TextKind::DropReason: return m.smallBold;
            case TextKind::TimerRunning:
            case TextKind::TimerEnd:
            case TextKind::Tick: return m.small;
            }
            return m.label;
        };
        const auto joined = [](QString text) { return text.replace(u"_\n"_qs, u"_"_qs).replace(u"-\n"_qs, u"-"_qs).replace(u'\n', u' '); };
        const auto check = [&](const PlacedText &t, const QString &when) {
            const QString where = when + u": \""_qs + t.text + u'"';
            QVERIFY2(!t.text.isEmpty() && !t.text.contains(u"…"_qs), qPrintable(where));
            for (const QString &line : t.text.split(u'\n'))
                QVERIFY2(textWidth(fontOf(t), line) <= t.rect.width() + 1e-6, qPrintable(where));
            QVERIFY2(QFontMetricsF(fontOf(t)).height() * double(t.text.count(u'\n') + 1) <= t.rect.height() + 1e-6, qPrintable(where));
            const QString text = joined(t.text);
            if (t.kind == TextKind::ArrowLabel) {
                QVERIFY2(text == segmentName(trace, t.ref) || text == segmentShortName(trace, t.ref)
                             || (text == u"ACK"_qs && trace.segments[std::size_t(t.ref)].header.flags == FlagAck),
                         qPrintable(where));
            } else if (t.kind == TextKind::StateTag) {
                const TcpState state = l.stateMarks()[std::size_t(t.ref)].state;
                QVERIFY2(text == text::stateName(state) || (state == TcpState::Established && text == u"ESTAB"_qs), qPrintable(where));
            } else if (t.kind == TextKind::Title) {
                const QString endpoint = QString::fromStdString(trace.endpointText(t.side));
                const QString role = text::sideRole(t.side);
                QVERIFY2(text == role || text == endpoint || text == endpoint.mid(endpoint.lastIndexOf(u':'))
                             || text == role + u" · "_qs + endpoint, qPrintable(where));
            } else if (t.kind == TextKind::Tick) {
                const SimTime time = l.timeMap().knots()[std::size_t(t.ref)];
                const qsizetype point = text.indexOf(u'.');
                const int decimals = point < 0 ? 0 : int(text.size() - 2 - point - 1);
                QVERIFY2(std::abs(text.chopped(2).toDouble() - toSeconds(time)) <= 0.5 * std::pow(10.0, -decimals) + 1e-9, qPrintable(where));
            }
        };
        std::vector<QRectF> rects;
        int labels = 0, ticks = 0;
        for (const PlacedText &t : l.texts()) {
            check(t, u"layout"_qs);
            rects.push_back(t.rect);
            labels += t.kind == TextKind::ArrowLabel;
            ticks += t.kind == TextKind::Tick;
        }
        QVERIFY2(!anyOverlap(rects), qPrintable(scenario));
        QVERIFY2(labels >= int(0.8 * double(l.arrows().size())), qPrintable(u"%1 labels for %2 arrows"_qs.arg(labels).arg(l.arrows().size())));
        QVERIFY2(ticks >= 3, qPrintable(u"%1 ticks"_qs.arg(ticks)));
        for (const SimTime t : l.timeMap().knots()) {
            const SequenceFrame f = frameAt(trace, l, s, t);
            std::vector<QRectF> inFrame;
            for (const PlacedText &p : f.texts) {
                check(p, formatClock(t));
                inFrame.push_back(p.rect);
            }
            QVERIFY2(!anyOverlap(inFrame), qPrintable(formatClock(t)));
        }
    }

    void stateNamesAndTimersAreWhole_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("screen");
        for (const char *scenario : {"normal_close", "fin_unacked", "last_ack_lost", "simultaneous_close", "synack_lost"}) {
            for (int i = 0; i < int(std::size(kScreens)); ++i) {
                if (kScreens[i].zoom <= 2.0)
                    QTest::addRow("%s %s %d %%", scenario, kScreens[i].name, int(kScreens[i].zoom * 100)) << QString::fromLatin1(scenario) << i;
            }
        }
    }

    void stateNamesAndTimersAreWhole()
    {
        // At 200 % in the 1280x720 window a side's outer column has 177 px and CLOSE_WAIT's badge
        // needs 199: the tag read "CLOSE_…"; the running delayed ACK's name read "delayed A…". A
        // state tag is its state's whole name (in a smaller font where need be), a running timer's
        // label its whole name and what is left (each on two lines where need be), how a timer
        // ended whole, up to 200 %.
        QFETCH(QString, scenario);
        QFETCH(int, screen);
        const Screen &s = kScreens[screen];
        const Trace trace = run(qPrintable(scenario));
        const SequenceLayout l = layoutAt(trace, s);
        int tags = 0;
        for (const PlacedText &t : l.texts()) {
            if (t.kind != TextKind::StateTag)
                continue;
            ++tags;
            const QString name = text::stateName(l.stateMarks()[std::size_t(t.ref)].state);
            QCOMPARE(t.text, name);
            QVERIFY(t.fullText.isEmpty());
            QVERIFY(t.smaller >= 0 && t.smaller <= int(l.metrics().smallerBadges.size()));
        }
        QVERIFY(tags > 0);
        // How a timer ended: whole, on one line or two ("TIME_WAIT / cancelled"); synack_lost's
        // crowded client column keeps one "RTO canc…" at 200 % in 715 px.
        for (const PlacedText &t : l.texts()) {
            if (t.kind == TextKind::TimerEnd && scenario != u"synack_lost"_qs)
                QVERIFY2(!t.text.contains(u"…"_qs) && t.fullText.isEmpty(), qPrintable(t.text));
        }
        int timers = 0;
        for (const SimTime t : l.timeMap().knots()) {
            const SequenceFrame f = frameAt(trace, l, s, t);
            for (const PlacedText &p : f.texts) {
                if (p.kind != TextKind::TimerRunning)
                    continue;
                ++timers;
                const QString where = formatClock(t) + u": "_qs + p.text;
                QVERIFY2(!p.text.contains(u"…"_qs) && p.fullText.isEmpty(), qPrintable(where));
                const QString name = text::timerLabel(trace.timers[std::size_t(p.ref)].kind);
                QString joined = p.text;
                joined.replace(u"-\n"_qs, u"-"_qs).replace(u'\n', u' ');
                QVERIFY2(joined.startsWith(name + u' ') && joined.endsWith(u" left"_qs), qPrintable(where));
            }
        }
        QVERIFY(timers > 0);
    }
};

QTEST_MAIN(TestSequenceTextPlacement)
#include "tst_sequencetextplacement.moc"
