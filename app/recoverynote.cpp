// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/recoverynote.h"

#include "app/experimentcontroller.h"
#include "app/experimentmenus.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSizeGrip>
#include <QStatusBar>
#include <QUndoStack>

RecoveryNote::RecoveryNote(ExperimentMenus *menus, ExperimentController *controller, QWidget *parent)
    : QWidget(parent)
    , m_menus(menus)
    , m_controller(controller)
    , m_label(new QLabel(this))
    , m_discard(new QPushButton(this))
    , m_keep(new QPushButton(this))
{
    setObjectName(QStringLiteral("recoveryNote"));
    m_label->setObjectName(QStringLiteral("recoveryNoteText"));
    m_discard->setObjectName(QStringLiteral("discardRecoveredButton"));
    m_keep->setObjectName(QStringLiteral("keepRecoveredButton"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_discard);
    layout->addWidget(m_keep);
    hide();
    connect(m_discard, &QPushButton::clicked, this, [this] {
        if (m_menus)
            m_menus->discardExperiment();
        dismiss();
    });
    connect(m_keep, &QPushButton::clicked, this, &RecoveryNote::dismiss);
    retranslateUi();
}

QString RecoveryNote::restore(const Autosave::Snapshot &snapshot)
{
    const QString error = m_menus->restoreExperiment(snapshot.config, snapshot.file, snapshot.modified);
    if (!error.isEmpty())
        return error;
    m_file = snapshot.file;
    m_modified = snapshot.modified;
    m_restoredIndex = m_controller->undoStack()->index();
    retranslateUi();
    // Any next step answers the note: an edit or Undo moves the stack, Save or Open the file.
    connect(m_controller->undoStack(), &QUndoStack::indexChanged, this, [this](int index) {
        if (index != m_restoredIndex)
            dismiss();
    });
    connect(m_menus, &ExperimentMenus::currentFileChanged, this, &RecoveryNote::dismiss);
    show();
    if (auto *bar = qobject_cast<QStatusBar *>(parentWidget()))
        bar->show();
    return {};
}

QString RecoveryNote::text() const
{
    return m_label->text();
}

void RecoveryNote::dismiss()
{
    if (isHidden())
        return;
    hide();
    // Null while the window tears down (the undo stack still signals then).
    if (m_controller)
        disconnect(m_controller->undoStack(), nullptr, this, nullptr);
    if (m_menus)
        disconnect(m_menus, nullptr, this, nullptr);
    // The status bar shows only while it has something to say.
    auto *bar = qobject_cast<QStatusBar *>(parentWidget());
    if (!bar || !bar->currentMessage().isEmpty())
        return;
    for (QWidget *child : bar->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (child != this && !qobject_cast<QSizeGrip *>(child) && child->isVisibleTo(bar))
            return;
    }
    bar->hide();
}

void RecoveryNote::retranslateUi()
{
    if (m_modified)
        m_label->setText(tr("CloseLab did not close normally last time: its unsaved experiment is restored."));
    else if (m_file.isEmpty())
        m_label->setText(tr("CloseLab did not close normally last time: its experiment is restored."));
    else
        m_label->setText(tr("CloseLab did not close normally last time: %1 is open again.").arg(QFileInfo(m_file).fileName()));
    //: Button: throw the recovered experiment away and start a new one.
    m_discard->setText(tr("Discard"));
    m_discard->setToolTip(m_modified ? tr("Start a new experiment instead (Edit ▸ Undo also takes the restore back)")
                                     : tr("Start a new experiment instead"));
    //: Button: keep the recovered experiment and hide this note.
    m_keep->setText(tr("Keep"));
}

void RecoveryNote::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
