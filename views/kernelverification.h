// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace closelab {

/// Which library scenarios the kernel conformance suite (tests/kernel) played on a real Linux kernel, and
/// how they fared: tests/kernel/verified.json, embedded as the resource `:/kernel/verified.json`.
class KernelVerification {
public:
    /// One parameter set played on the kernel.
    struct ParameterSet {
        QStringList settings; ///< "net.ipv4.tcp_orphan_retries=3", "idle=2"; empty for the defaults
        int facts = 0;        ///< facts compared with the engine
        int agree = 0;        ///< of which the engine matched
        bool passed = false;
        bool operator==(const ParameterSet &) const = default;
    };
    /// One scenario's verdict.
    struct Entry {
        QString kernel;               ///< "6.18"
        QString date;                 ///< ISO date of the run
        bool passed = false;          ///< every fact of every parameter set matched
        QList<ParameterSet> sets;
        bool operator==(const Entry &) const = default;
    };

    /// The embedded tests/kernel/verified.json.
    static KernelVerification embedded();
    /// Parses verified.json's format; malformed data gives an empty table.
    static KernelVerification fromJson(const QByteArray &json);

    /// The entry for a scenario, or nullptr when it was never played on a kernel.
    const Entry *entry(const QString &scenario) const;
    bool isEmpty() const { return m_entries.isEmpty(); }

private:
    QHash<QString, Entry> m_entries;
};

} // namespace closelab
