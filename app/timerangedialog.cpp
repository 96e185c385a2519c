// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/timerangedialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>

TimeRangeDialog::TimeRangeDialog(closelab::SimTime start, closelab::SimTime end, QWidget *parent)
    : QDialog(parent)
    , m_from(new QDoubleSpinBox(this))
    , m_to(new QDoubleSpinBox(this))
{
    setWindowTitle(tr("Export a Time Range"));
    auto *form = new QFormLayout(this);
    for (QDoubleSpinBox *box : {m_from, m_to}) {
        box->setDecimals(6);
        box->setRange(closelab::toSeconds(start), closelab::toSeconds(end));
        //: Unit after a time in seconds
        box->setSuffix(tr(" s"));
    }
    m_from->setValue(closelab::toSeconds(start));
    m_to->setValue(closelab::toSeconds(end));
    connect(m_from, &QDoubleSpinBox::valueChanged, m_to, [this](double v) { m_to->setMinimum(v); });
    form->addRow(tr("From:"), m_from);
    form->addRow(tr("To:"), m_to);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

std::pair<closelab::SimTime, closelab::SimTime> TimeRangeDialog::range() const
{
    return {closelab::fromSeconds(m_from->value()), closelab::fromSeconds(m_to->value())};
}

std::optional<std::pair<closelab::SimTime, closelab::SimTime>> TimeRangeDialog::ask(QWidget *parent, closelab::SimTime start,
                                                                                    closelab::SimTime end)
{
    TimeRangeDialog dialog(start, end, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.range();
}
