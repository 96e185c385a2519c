// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSize>
#include <QString>

/// closelab's command line, QCommandLineParser conventions: --help and --version print and
/// exit 0; a usage error exits 2 with one line on stderr.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Outcome { Run, ShowHelp, ShowVersion, UsageError };

    static constexpr QSize defaultScreenshotSize{1600, 1000};
    static constexpr QSize minimumSize{640, 400};
    static constexpr QSize maximumSize{7680, 4320};

    /// True if the arguments ask for --screenshot. Read before QApplication exists, to choose
    /// the offscreen platform.
    static bool wantsScreenshot(int argc, const char *const *argv);
    /// The --lang value, if any, without validating anything else (to install the translator
    /// before the real parse, so --help comes out in that language).
    static QString languageArgument(const QStringList &arguments);

    /// Builds the options; their descriptions are translated now.
    CommandLine();

    Outcome parse(const QStringList &arguments);

    QString errorText() const { return m_error; }
    QString helpText() const { return m_parser.helpText(); }

    QString language() const { return m_language; }     ///< empty: not given
    QString screenshotPath() const { return m_screenshot; } ///< empty: normal run
    QSize windowSize() const { return m_size; }          ///< invalid: not given

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_langOption;
    QCommandLineOption m_screenshotOption;
    QCommandLineOption m_sizeOption;
    QString m_error;
    QString m_language;
    QString m_screenshot;
    QSize m_size;
};
