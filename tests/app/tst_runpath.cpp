// SPDX-License-Identifier: GPL-3.0-or-later
//
// CloseLab's executables carry no run path (CMakeLists.txt: CMAKE_SKIP_RPATH). CMake used to pad the
// build tree's binaries with a run path of empty entries ("::::"), and an empty entry is the current
// directory: the loader looked for every library in 19 subdirectories of wherever the program was
// started, and would have loaded a libQt6Core.so.6 it found there. This test's executable is built
// with the same settings as closelab and closelab-cli; it reads its own dynamic section.

#include <QTest>

#include <elf.h>
#include <link.h>

namespace {

struct Found {
    bool dynamic = false;
    int runPaths = 0; ///< DT_RUNPATH and DT_RPATH entries
};

int scanMainProgram(dl_phdr_info *info, size_t, void *data)
{
    auto *found = static_cast<Found *>(data);
    // The first object is the program itself (its name is empty).
    for (ElfW(Half) i = 0; i < info->dlpi_phnum; ++i) {
        const ElfW(Phdr) &header = info->dlpi_phdr[i];
        if (header.p_type != PT_DYNAMIC)
            continue;
        found->dynamic = true;
        const auto *entry = reinterpret_cast<const ElfW(Dyn) *>(info->dlpi_addr + header.p_vaddr);
        for (; entry->d_tag != DT_NULL; ++entry)
            found->runPaths += entry->d_tag == DT_RUNPATH || entry->d_tag == DT_RPATH;
    }
    return 1; // the main program only
}

} // namespace

class TestRunPath : public QObject
{
    Q_OBJECT

private slots:
    void noRunPath()
    {
        Found found;
        dl_iterate_phdr(scanMainProgram, &found);
        QVERIFY2(found.dynamic, "no dynamic section found: the test reads nothing");
        QCOMPARE(found.runPaths, 0);
    }
};

QTEST_MAIN(TestRunPath)
#include "tst_runpath.moc"
