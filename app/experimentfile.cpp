// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/experimentfile.h"

#include "app/experimentcontroller.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>

namespace {
QString tr_(const char *source)
{
    return QCoreApplication::translate("ExperimentFile", source);
}

constexpr int kVersion = 1;
constexpr qint64 kMaxFileBytes = 1 << 20;
const QString kFormat = QStringLiteral("closelab-experiment");

QJsonObject parametersJson(const closelab::Sysctls &s)
{
    QJsonObject o;
    for (const closelab::SysctlInfo &info : closelab::sysctlTable()) {
        if (s.isExplicit(info.id)) {
            const std::string_view key = info.key;
            o.insert(QString::fromLatin1(key.data(), qsizetype(key.size())), QString::fromStdString(s.valueText(key)));
        }
    }
    return o;
}

QString readParameters(const QJsonValue &value, const QString &field, closelab::Sysctls &out)
{
    if (value.isUndefined())
        return {};
    if (!value.isObject())
        return tr_(QT_TRANSLATE_NOOP("ExperimentFile", "\"%1\" must be an object of sysctl keys and values")).arg(field);
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        QString text;
        if (it.value().isString())
            text = it.value().toString();
        else if (it.value().isDouble() && std::trunc(it.value().toDouble()) == it.value().toDouble())
            text = QString::number(it.value().toDouble(), 'f', 0); // formatted, never cast: 1e20 is past qint64
        else
            return tr_(QT_TRANSLATE_NOOP("ExperimentFile", "%1.%2: the value must be a number or a string")).arg(field, it.key());
        if (auto err = out.setFromText(it.key().toStdString() + "=" + text.toStdString()))
            return QStringLiteral("%1: %2").arg(field, QString::fromStdString(*err));
    }
    return {};
}

QString readNumber(const QJsonObject &o, const QString &key, double min, double max, double &out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return {};
    if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < min || v.toDouble() > max)
        return tr_(QT_TRANSLATE_NOOP("ExperimentFile", "network.%1: expected a number from %2 to %3")).arg(key).arg(min).arg(max);
    out = v.toDouble();
    return {};
}

QString readNetwork(const QJsonValue &value, closelab::NetworkConfig &n)
{
    if (value.isUndefined())
        return {};
    if (!value.isObject())
        return tr_(QT_TRANSLATE_NOOP("ExperimentFile", "\"network\" must be an object"));
    const QJsonObject o = value.toObject();
    static const QStringList known{QStringLiteral("delay_s"), QStringLiteral("jitter_s"), QStringLiteral("loss_c2s"),
                                   QStringLiteral("loss_s2c"), QStringLiteral("duplicate"), QStringLiteral("drops"),
                                   QStringLiteral("firewall")};
    for (const QString &key : o.keys()) {
        if (!known.contains(key))
            return tr_(QT_TRANSLATE_NOOP("ExperimentFile", "network.%1: unknown field (known: %2)")).arg(key, known.join(QStringLiteral(", ")));
    }
    double delay = double(n.delay) / 1e9, jitter = double(n.jitter) / 1e9;
    const double maxDelay = double(closelab::kMaxDelay) / 1e9;
    for (const QString &err : {readNumber(o, QStringLiteral("delay_s"), double(closelab::kMinDelay) / 1e9, maxDelay, delay),
                               readNumber(o, QStringLiteral("jitter_s"), 0, maxDelay, jitter),
                               readNumber(o, QStringLiteral("loss_c2s"), 0, 1, n.lossC2S),
                               readNumber(o, QStringLiteral("loss_s2c"), 0, 1, n.lossS2C),
                               readNumber(o, QStringLiteral("duplicate"), 0, 1, n.duplicate)}) {
        if (!err.isEmpty())
            return err;
    }
    n.delay = closelab::SimTime(std::llround(delay * 1e9));
    n.jitter = closelab::SimTime(std::llround(jitter * 1e9));
    if (o.contains(QStringLiteral("drops"))) {
        if (!o.value(QStringLiteral("drops")).isArray())
            return tr_(QT_TRANSLATE_NOOP("ExperimentFile", "network.drops must be a list of rules such as \"s2c:fin:first\""));
        n.drops.clear();
        for (const QJsonValue &rule : o.value(QStringLiteral("drops")).toArray()) {
            closelab::DropRule r;
            if (!rule.isString())
                return tr_(QT_TRANSLATE_NOOP("ExperimentFile", "network.drops must be a list of rules such as \"s2c:fin:first\""));
            if (auto err = closelab::parseDropRule(rule.toString().toStdString(), r))
                return QStringLiteral("network.drops: ") + QString::fromStdString(*err);
            n.drops.push_back(r);
        }
    }
    if (o.contains(QStringLiteral("firewall"))) {
        const QJsonObject f = o.value(QStringLiteral("firewall")).toObject();
        const QJsonValue idle = f.value(QStringLiteral("idle_s"));
        if (!o.value(QStringLiteral("firewall")).isObject() || (!idle.isUndefined() && (!idle.isDouble() || idle.toDouble() < 0 || idle.toDouble() > 86400)))
            return tr_(QT_TRANSLATE_NOOP("ExperimentFile", "network.firewall: expected {\"idle_s\": 0 to 86400, \"action\": \"drop\" or \"reset\"}"));
        const QString action = f.value(QStringLiteral("action")).toString(QStringLiteral("drop"));
        if (action != QLatin1String("drop") && action != QLatin1String("reset"))
            return tr_(QT_TRANSLATE_NOOP("ExperimentFile", "network.firewall: expected {\"idle_s\": 0 to 86400, \"action\": \"drop\" or \"reset\"}"));
        n.firewall.idleTimeout = closelab::SimTime(std::llround(idle.toDouble(0) * 1e9));
        n.firewall.action = action == QLatin1String("reset") ? closelab::FirewallConfig::Action::Reset : closelab::FirewallConfig::Action::Drop;
    }
    return {};
}
} // namespace

namespace ExperimentFile {

QByteArray toJson(const closelab::RunConfig &config)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), kFormat);
    root.insert(QStringLiteral("version"), kVersion);
    root.insert(QStringLiteral("scenario"), QString::fromStdString(config.scenario));
    QJsonObject options;
    for (const auto &[k, v] : config.options)
        options.insert(QString::fromStdString(k), QString::fromStdString(v));
    root.insert(QStringLiteral("options"), options);
    root.insert(QStringLiteral("parameters"), parametersJson(config.sysctls));
    if (config.serverSysctls)
        root.insert(QStringLiteral("serverParameters"), parametersJson(*config.serverSysctls));
    const closelab::NetworkConfig &n = config.network;
    QJsonArray drops;
    for (const closelab::DropRule &r : n.drops)
        drops.append(QString::fromStdString(closelab::ruleText(r)));
    QJsonObject firewall{{QStringLiteral("idle_s"), double(n.firewall.idleTimeout) / 1e9},
                         {QStringLiteral("action"), n.firewall.action == closelab::FirewallConfig::Action::Reset ? QStringLiteral("reset") : QStringLiteral("drop")}};
    root.insert(QStringLiteral("network"), QJsonObject{{QStringLiteral("delay_s"), double(n.delay) / 1e9},
                                                       {QStringLiteral("jitter_s"), double(n.jitter) / 1e9},
                                                       {QStringLiteral("loss_c2s"), n.lossC2S},
                                                       {QStringLiteral("loss_s2c"), n.lossS2C},
                                                       {QStringLiteral("duplicate"), n.duplicate},
                                                       {QStringLiteral("drops"), drops},
                                                       {QStringLiteral("firewall"), firewall}});
    root.insert(QStringLiteral("seed"), QString::number(config.seed));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString fromJson(const QByteArray &data, closelab::RunConfig &out)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return tr_(QT_TRANSLATE_NOOP("ExperimentFile", "not a CloseLab experiment: invalid JSON at byte %1 (%2)")).arg(parseError.offset).arg(parseError.errorString());
    if (!doc.isObject())
        return tr_(QT_TRANSLATE_NOOP("ExperimentFile", "not a CloseLab experiment: the document is not a JSON object"));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat)
        return tr_(QT_TRANSLATE_NOOP("ExperimentFile", "not a CloseLab experiment: \"format\" must be \"%1\"")).arg(kFormat);
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toInt() < 1)
        return tr_(QT_TRANSLATE_NOOP("ExperimentFile", "\"version\" must be a positive integer"));
    if (version.toInt() > kVersion)
        return tr_(QT_TRANSLATE_NOOP("ExperimentFile", "written by a newer CloseLab (file version %1, this one reads %2)")).arg(version.toInt()).arg(kVersion);
    static const QStringList known{QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("scenario"), QStringLiteral("options"),
                                   QStringLiteral("parameters"), QStringLiteral("serverParameters"), QStringLiteral("network"), QStringLiteral("seed")};
    for (const QString &key : root.keys()) {
        if (!known.contains(key))
            return tr_(QT_TRANSLATE_NOOP("ExperimentFile", "unknown field \"%1\"")).arg(key);
    }
    closelab::RunConfig c;
    const QJsonValue scenario = root.value(QStringLiteral("scenario"));
    if (!scenario.isString() || !closelab::findScenario(scenario.toString().toStdString()))
        return tr_(QT_TRANSLATE_NOOP("ExperimentFile", "\"scenario\": unknown scenario \"%1\"")).arg(scenario.toVariant().toString());
    c.scenario = scenario.toString().toStdString();
    const QJsonValue options = root.value(QStringLiteral("options"));
    if (!options.isUndefined() && !options.isObject())
        return tr_(QT_TRANSLATE_NOOP("ExperimentFile", "\"options\" must be an object of option names and values"));
    const QJsonObject optionObject = options.toObject();
    for (auto it = optionObject.begin(); it != optionObject.end(); ++it) {
        if (!it.value().isString() && !it.value().isDouble())
            return tr_(QT_TRANSLATE_NOOP("ExperimentFile", "options.%1: the value must be a string or a number")).arg(it.key());
        c.options[it.key().toStdString()] = it.value().isString() ? it.value().toString().toStdString() : QString::number(it.value().toDouble()).toStdString();
    }
    if (QString err = readParameters(root.value(QStringLiteral("parameters")), QStringLiteral("parameters"), c.sysctls); !err.isEmpty())
        return err;
    if (root.contains(QStringLiteral("serverParameters"))) {
        closelab::Sysctls server;
        if (QString err = readParameters(root.value(QStringLiteral("serverParameters")), QStringLiteral("serverParameters"), server); !err.isEmpty())
            return err;
        c.serverSysctls = server;
    }
    if (QString err = readNetwork(root.value(QStringLiteral("network")), c.network); !err.isEmpty())
        return err;
    const QJsonValue seed = root.value(QStringLiteral("seed"));
    if (!seed.isUndefined()) {
        bool ok = false;
        quint64 s = 0;
        if (seed.isString()) {
            s = seed.toString().toULongLong(&ok);
        } else if (seed.isDouble()) {
            // Checked before the conversion: a double that is negative, not whole or not below 2^64 has no
            // quint64 value (converting it is undefined behaviour; the fuzzer found "seed": -7).
            const double d = seed.toDouble();
            ok = d >= 0 && d < 18446744073709551616.0 && std::trunc(d) == d;
            if (ok)
                s = quint64(d);
        }
        if (!ok)
            return tr_(QT_TRANSLATE_NOOP("ExperimentFile", "\"seed\" must be a non-negative integer"));
        c.seed = s;
    }
    // The same checks as any edit (options of the scenario, port range order, population options).
    if (const QString err = ExperimentController::check(c); !err.isEmpty())
        return err;
    out = std::move(c);
    return {};
}

QString save(const QString &path, const closelab::RunConfig &config)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.write(toJson(config));
    if (!file.commit())
        return file.errorString();
    return {};
}

QString load(const QString &path, closelab::RunConfig &out)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return file.errorString();
    if (file.size() > kMaxFileBytes)
        return tr_(QT_TRANSLATE_NOOP("ExperimentFile", "the file is too large to be an experiment (over 1 MB)"));
    return fromJson(file.readAll(), out);
}

} // namespace ExperimentFile
