// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>
#include <QTranslator>

class QLocale;

/// Installs the translators for one user-interface language at a time: CloseLab's own
/// messages (embedded at :/i18n/closelab_<code>.qm) and Qt's (qtbase_<code>.qm: standard
/// buttons and dialogs). Installing them makes Qt send QEvent::LanguageChange to every widget,
/// which re-translates itself: switching needs no restart.
class LanguageSwitcher : public QObject
{
    Q_OBJECT

public:
    /// Language codes CloseLab ships, e.g. "en", "zh_CN".
    static QStringList availableLanguages();
    /// The language's name in that language ("English", "简体中文"), for the Language menu.
    static QString nativeName(const QString &code);
    /// The available language closest to a locale; "en" if none fits.
    static QString languageForLocale(const QLocale &locale);
    /// The language saved in the settings, or the system locale's.
    static QString savedLanguage();
    static void saveLanguage(const QString &code);

    explicit LanguageSwitcher(QObject *parent = nullptr);
    ~LanguageSwitcher() override;

    QString language() const { return m_language; }
    /// False (and nothing changes) if the code is not an available language.
    bool setLanguage(const QString &code);

signals:
    void languageChanged(const QString &code);

private:
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    QString m_language;
};
