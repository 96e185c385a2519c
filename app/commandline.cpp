// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commandline.h"

#include "app/languageswitcher.h"

#include <QRegularExpression>

#include <cstring>

namespace {
const QString langName = QStringLiteral("lang");
const QString screenshotName = QStringLiteral("screenshot");
const QString sizeName = QStringLiteral("size");

QString sizeText(QSize size)
{
    return QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
}
} // namespace

bool CommandLine::wantsScreenshot(int argc, const char *const *argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0)
            return false;
        if (std::strcmp(argv[i], "--screenshot") == 0 || std::strncmp(argv[i], "--screenshot=", 13) == 0)
            return true;
    }
    return false;
}

QString CommandLine::languageArgument(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(langName, QString(), QStringLiteral("language")));
    parser.addOption(QCommandLineOption(screenshotName, QString(), QStringLiteral("file")));
    parser.addOption(QCommandLineOption(sizeName, QString(), QStringLiteral("size")));
    parser.parse(arguments);
    return parser.value(langName);
}

CommandLine::CommandLine()
    : m_langOption(langName,
                   tr("User interface language: %1.").arg(LanguageSwitcher::availableLanguages().join(QStringLiteral(", "))),
                   //: Value name of --lang in --help
                   tr("language"))
    , m_screenshotOption(screenshotName,
                         tr("Render the main window offscreen, save it as a PNG image and exit."),
                         //: Value name of --screenshot in --help
                         tr("file"))
    , m_sizeOption(sizeName,
                   tr("Window size in pixels, e.g. %1 (the default for --screenshot).").arg(sizeText(defaultScreenshotSize)),
                   //: Value name of --size in --help
                   tr("WIDTHxHEIGHT"))
{
    m_parser.setApplicationDescription(tr("CloseLab shows how TCP connections close on Linux."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOption(m_langOption);
    m_parser.addOption(m_screenshotOption);
    m_parser.addOption(m_sizeOption);
}

CommandLine::Outcome CommandLine::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments)) {
        m_error = m_parser.errorText();
        return Outcome::UsageError;
    }
    if (m_parser.isSet(QStringLiteral("help")))
        return Outcome::ShowHelp;
    if (m_parser.isSet(QStringLiteral("version")))
        return Outcome::ShowVersion;

    if (!m_parser.positionalArguments().isEmpty()) {
        m_error = tr("Unexpected argument '%1'.").arg(m_parser.positionalArguments().constFirst());
        return Outcome::UsageError;
    }

    if (m_parser.isSet(m_langOption)) {
        m_language = m_parser.value(m_langOption);
        const QStringList available = LanguageSwitcher::availableLanguages();
        if (!available.contains(m_language)) {
            m_error = tr("Unknown language '%1' for --lang (available: %2).")
                          .arg(m_language, available.join(QStringLiteral(", ")));
            return Outcome::UsageError;
        }
    }

    if (m_parser.isSet(m_screenshotOption)) {
        m_screenshot = m_parser.value(m_screenshotOption);
        if (m_screenshot.isEmpty()) {
            m_error = tr("--screenshot needs a file name.");
            return Outcome::UsageError;
        }
    }

    if (m_parser.isSet(m_sizeOption)) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})x(\\d{1,5})$"));
        const QString value = m_parser.value(m_sizeOption);
        const QRegularExpressionMatch match = pattern.match(value);
        const QSize size = match.hasMatch() ? QSize(match.captured(1).toInt(), match.captured(2).toInt()) : QSize();
        if (!size.isValid() || size.width() < minimumSize.width() || size.height() < minimumSize.height()
            || size.width() > maximumSize.width() || size.height() > maximumSize.height()) {
            m_error = tr("Invalid --size '%1': expected WIDTHxHEIGHT from %2 to %3.")
                          .arg(value, sizeText(minimumSize), sizeText(maximumSize));
            return Outcome::UsageError;
        }
        m_size = size;
    }
    return Outcome::Run;
}
