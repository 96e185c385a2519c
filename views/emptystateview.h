// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

/// What an area shows while it has nothing to draw: the area's title and a short hint, centred
/// in a dashed frame. The main window uses it for every area until the real view exists; a view
/// can use it for its own "no trace yet" state.
class EmptyStateView : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyStateView(QWidget *parent = nullptr);

    QString title() const;
    /// The caller owns the translation: set it again on QEvent::LanguageChange.
    void setTitle(const QString &title);

    QString hint() const;
    /// An empty hint shows a generic "nothing to show yet" text.
    void setHint(const QString &hint);

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void updateHint();

    QLabel *m_title;
    QLabel *m_hint;
    QString m_customHint;
};
