// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/languageswitcher.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace {
const QString languageKey = QStringLiteral("language");
}

QStringList LanguageSwitcher::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString LanguageSwitcher::nativeName(const QString &code)
{
    // Autonyms stay untranslated: a reader must find their language whatever is shown now.
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    return code;
}

QString LanguageSwitcher::languageForLocale(const QLocale &locale)
{
    if (locale.language() == QLocale::Chinese)
        return QStringLiteral("zh_CN");
    return QStringLiteral("en");
}

QString LanguageSwitcher::savedLanguage()
{
    const QString saved = QSettings().value(languageKey).toString();
    if (availableLanguages().contains(saved))
        return saved;
    return languageForLocale(QLocale::system());
}

void LanguageSwitcher::saveLanguage(const QString &code)
{
    QSettings().setValue(languageKey, code);
}

LanguageSwitcher::LanguageSwitcher(QObject *parent)
    : QObject(parent)
{
}

LanguageSwitcher::~LanguageSwitcher()
{
    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
}

bool LanguageSwitcher::setLanguage(const QString &code)
{
    if (!availableLanguages().contains(code))
        return false;
    if (code == m_language)
        return true;

    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);

    // English messages are the source text; the English .qm exists so plurals read right.
    if (m_appTranslator.load(QStringLiteral(":/i18n/closelab_%1.qm").arg(code)))
        QCoreApplication::installTranslator(&m_appTranslator);
    else
        qWarning("closelab: translations for %s are missing from the resources", qPrintable(code));

    if (code != QLatin1String("en")
        && m_qtTranslator.load(QStringLiteral("qtbase_") + code,
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&m_qtTranslator);
    }

    m_language = code;
    QLocale::setDefault(QLocale(code));
    emit languageChanged(code);
    return true;
}
