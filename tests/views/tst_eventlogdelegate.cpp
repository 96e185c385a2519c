// SPDX-License-Identifier: GPL-3.0-or-later
#include "handtrace.h"
#include "views/eventlogdelegate.h"
#include "views/eventlogmodel.h"
#include "views/textwidth.h"
#include "views/zoom.h"

#include <QFontMetricsF>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTest>

using namespace closelab;
using namespace closelab::testing;

// The event log's delegate remembers size hints, and textWidth() remembers text widths: what they
// answer must be what Qt measures, whatever was asked before (a row turning bold, another font).
class TestEventLogDelegate : public QObject {
    Q_OBJECT
private slots:
    void sizeHintsAreQtsOwn()
    {
        EventLogModel model;
        model.setTrace(std::make_shared<Trace>(normalCloseTrace()));
        QTableView view;
        view.setModel(&model);
        view.setWordWrap(false);
        auto *delegate = new EventLogDelegate(&view);
        view.setItemDelegate(delegate);
        QStyledItemDelegate plain;
        for (double factor : {1.0, 2.0, 1.0}) {
            view.setFont(zoom::font(factor));
            // The current row is bold: it moves with the time, and a row measured regular is then bold.
            for (SimTime t : {SimTime(-kSec), SimTime(0), 30 * kSec, SimTime(0)}) {
                model.setTime(t);
                QStyleOptionViewItem option;
                option.initFrom(&view);
                option.font = view.font();
                option.widget = &view;
                for (int row = 0; row < model.rowCount(); ++row) {
                    for (int column = 0; column < EventLogModel::ColumnCount; ++column) {
                        const QModelIndex index = model.index(row, column);
                        QCOMPARE(delegate->sizeHint(option, index), plain.sizeHint(option, index));
                    }
                }
            }
        }
        QVERIFY(model.rowCount() > 10);
    }

    void textWidthsAreQtsOwn()
    {
        QFont bold = zoom::font(1.0);
        bold.setBold(true);
        const QList<QFont> fonts{zoom::font(1.0), bold, zoom::font(2.0), zoom::font(0.75, 1.1)};
        const QStringList texts{u"FIN_WAIT1"_qs, u"ACK of the FIN"_qs, u"-1.003000 s"_qs, u"对 FIN 的 ACK"_qs, QString(), u"… 58.8 s later …"_qs};
        for (int pass = 0; pass < 2; ++pass) { // measured, then remembered
            for (const QFont &font : fonts)
                for (const QString &text : texts)
                    QCOMPARE(textWidth(font, text), QFontMetricsF(font).horizontalAdvance(text));
        }
        // Same text, another font: another width.
        QVERIFY(textWidth(bold, texts[1]) != textWidth(fonts[0], texts[1]));
        QVERIFY(textWidth(fonts[2], texts[1]) > 1.5 * textWidth(fonts[0], texts[1]));
    }
};

QTEST_MAIN(TestEventLogDelegate)
#include "tst_eventlogdelegate.moc"
