// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/kernelverification.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace closelab {

namespace {
QStringList settingsOf(const QJsonObject &set)
{
    QStringList out;
    for (const char *key : {"sysctls", "options"}) {
        const QJsonObject kv = set.value(QLatin1String(key)).toObject();
        for (auto it = kv.begin(); it != kv.end(); ++it)
            out << it.key() + QLatin1Char('=') + it.value().toVariant().toString();
    }
    return out;
}
} // namespace

KernelVerification KernelVerification::embedded()
{
    QFile file(QStringLiteral(":/kernel/verified.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return fromJson(file.readAll());
}

KernelVerification KernelVerification::fromJson(const QByteArray &json)
{
    KernelVerification v;
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        if (o.value(QLatin1String("kernel")).toString().isEmpty())
            continue;
        Entry e;
        e.kernel = o.value(QLatin1String("kernel")).toString();
        e.date = o.value(QLatin1String("date")).toString();
        e.passed = o.value(QLatin1String("passed")).toBool();
        for (const QJsonValue &s : o.value(QLatin1String("sets")).toArray()) {
            const QJsonObject set = s.toObject();
            e.sets.append({settingsOf(set), set.value(QLatin1String("facts")).toInt(),
                           set.value(QLatin1String("agree")).toInt(), set.value(QLatin1String("passed")).toBool()});
        }
        v.m_entries.insert(it.key(), e);
    }
    return v;
}

const KernelVerification::Entry *KernelVerification::entry(const QString &scenario) const
{
    auto it = m_entries.constFind(scenario);
    return it == m_entries.constEnd() ? nullptr : &it.value();
}

} // namespace closelab
