// SPDX-License-Identifier: GPL-3.0-or-later
#include "machinereader.h"

#include "snapshotreader.h"

#include "core/sysctltable.h"

#include <fstream>
#include <set>
#include <sstream>
#include <sys/resource.h>

namespace closelab::server {

namespace {

bool readAll(const std::string &path, std::string &out)
{
    std::ifstream f(path, std::ios::binary);
    if (!f) return false;
    std::ostringstream ss;
    ss << f.rdbuf();
    out = ss.str();
    return true;
}

} // namespace

Snapshot readMachine(const std::string &procRoot)
{
    SnapshotReader reader;
    const std::pair<const char *, InputFormat> files[] = {
        {"/net/tcp", InputFormat::ProcTcp},         {"/net/tcp6", InputFormat::ProcTcp6},
        {"/net/netstat", InputFormat::ProcNetstat}, {"/net/snmp", InputFormat::ProcSnmp},
        {"/net/sockstat", InputFormat::ProcSockstat}};
    std::string text;
    for (const auto &[name, format] : files) {
        text.clear();
        readAll(procRoot + name, text);
        reader.add(procRoot + name, text, format);
    }
    // The engine's parameters, as sysctl -a would print them
    std::string sysctls;
    std::set<std::string_view> done;
    for (const SysctlInfo &row : sysctlTable()) {
        if (!row.isSysctl || !done.insert(row.key).second) continue;
        std::string path = procRoot + "/sys/";
        for (char c : row.key) path += c == '.' ? '/' : c;
        std::string value;
        if (!readAll(path, value)) continue;
        sysctls += std::string(row.key) + " = " + value;
        if (sysctls.back() != '\n') sysctls += '\n';
    }
    reader.add(procRoot + "/sys", sysctls, InputFormat::Sysctl);
    rlimit rl{};
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
        reader.add("ulimit -n", std::to_string(rl.rlim_cur) + "\n", InputFormat::UlimitN);
    return reader.snapshot();
}

} // namespace closelab::server
