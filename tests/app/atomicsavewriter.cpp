// SPDX-License-Identifier: GPL-3.0-or-later
//
// The child process of tst_atomicsave and tst_recovery, killed with SIGKILL at random moments:
//
//   atomicsavewriter save PATH FIRST   saves generation FIRST, FIRST+1, … to PATH through
//                                      ExperimentFile::save, printing each number once it is saved
//   atomicsavewriter lock PATH         holds a QLockFile at PATH, prints "locked", waits

#include "app/experimentfile.h"
#include "tests/app/atomicsaveconfig.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QThread>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() == 3 && args[1] == QLatin1String("lock")) {
        QLockFile lock(args[2]);
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            return 1;
        std::printf("locked\n");
        std::fflush(stdout);
        for (;;)
            QThread::sleep(1);
    }
    if (args.size() != 4 || args[1] != QLatin1String("save"))
        return 2;
    for (quint64 generation = args[3].toULongLong();; ++generation) {
        if (const QString error = ExperimentFile::save(args[2], atomicSaveConfig(generation)); !error.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("%llu\n", static_cast<unsigned long long>(generation));
        std::fflush(stdout);
    }
}
