// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/segmentnamesmenu.h"

#include "views/segmenttext.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QSettings>

namespace {
const QString notationKey = QStringLiteral("view/segmentNames");
const QString tcpdumpValue = QStringLiteral("tcpdump");
const QString plainValue = QStringLiteral("plain");
}

SegmentNamesMenu::SegmentNamesMenu(QWidget *parent)
    : QObject(parent)
    , m_menu(new QMenu(parent))
    , m_group(new QActionGroup(this))
    , m_plain(new QAction(this))
    , m_tcpdump(new QAction(this))
{
    m_menu->setObjectName(QStringLiteral("segmentNamesMenu"));
    m_plain->setObjectName(QStringLiteral("plainSegmentNamesAction"));
    m_tcpdump->setObjectName(QStringLiteral("tcpdumpNotationAction"));
    m_group->setExclusive(true);
    for (QAction *action : {m_plain, m_tcpdump}) {
        action->setCheckable(true);
        m_group->addAction(action);
        m_menu->addAction(action);
    }
    m_plain->setChecked(!closelab::tcpdumpNotation());
    m_tcpdump->setChecked(closelab::tcpdumpNotation());
    connect(m_group, &QActionGroup::triggered, this, [this](QAction *action) { choose(action == m_tcpdump); });
    // Whoever changes the notation, the menu shows it.
    connect(closelab::SegmentNotation::instance(), &closelab::SegmentNotation::changed, this, [this](bool tcpdump) {
        (tcpdump ? m_tcpdump : m_plain)->setChecked(true);
    });
    retranslateUi();
}

void SegmentNamesMenu::restore()
{
    m_persistent = true;
    const QString saved = QSettings().value(notationKey).toString();
    if (saved == tcpdumpValue || saved == plainValue)
        closelab::setTcpdumpNotation(saved == tcpdumpValue);
}

void SegmentNamesMenu::setTcpdumpNotation(bool on)
{
    choose(on);
}

void SegmentNamesMenu::choose(bool tcpdump)
{
    closelab::setTcpdumpNotation(tcpdump);
    (tcpdump ? m_tcpdump : m_plain)->setChecked(true);
    if (m_persistent)
        QSettings().setValue(notationKey, tcpdump ? tcpdumpValue : plainValue);
}

void SegmentNamesMenu::retranslateUi()
{
    m_menu->setTitle(tr("Segment &Names"));
    m_plain->setText(tr("&Plain Words"));
    //: "FIN" → "F. seq 6 ack 7", as tcpdump prints segments
    m_tcpdump->setText(tr("&tcpdump Notation"));
    m_plain->setToolTip(tr("Name segments in words: FIN, ACK of the FIN, data 100 B"));
    m_tcpdump->setToolTip(tr("Name segments as tcpdump prints them: F. seq 6 ack 7"));
}
