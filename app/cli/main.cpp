// SPDX-License-Identifier: GPL-3.0-or-later
//
// Placeholder closelab-cli (the engine lead replaces it): QCommandLineParser conventions,
// exit 2 with a one-line reason on a usage error.

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("closelab-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLOSELAB_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("closelab-cli", "Simulates how TCP connections close on Linux, without a display."));
    parser.addHelpOption();
    parser.addVersionOption();

    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "closelab-cli: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    return 0;
}
