// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTranslator>
#include <QXmlStreamReader>

namespace closelab::testing {

/// A translator that answers from a .ts file (translations/closelab_zh_CN.ts), read directly, so a
/// test checks the file the build embeds. A message marked unfinished or left empty is not
/// answered: QCoreApplication::translate() then returns the English source, which a test that
/// expects Chinese catches. A message with plural forms answers with its first form, %n filled in.
/// Messages are told apart by context, source and disambiguation (the .ts file's <comment>).
/// missed() names every message of the file's contexts that was asked for and not answered, so a
/// test fails on a missing translation even where the English text would pass its other checks
/// (a sentence whose only Chinese is a word filled in).
class TsTranslator : public QTranslator {
public:
    bool load(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        QXmlStreamReader xml(&f);
        QString context, source, comment;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"name") {
                context = xml.readElementText();
                m_contexts.insert(context);
            } else if (xml.name() == u"message") {
                source.clear();
                comment.clear();
            } else if (xml.name() == u"source") {
                source = xml.readElementText();
            } else if (xml.name() == u"comment") {
                comment = xml.readElementText();
            } else if (xml.name() == u"translation") {
                const bool unfinished = xml.attributes().value(QStringLiteral("type")) == QLatin1String("unfinished");
                QStringList forms;
                QString text;
                while (!(xml.isEndElement() && xml.name() == u"translation") && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters())
                        text += xml.text();
                    else if (xml.isStartElement() && xml.name() == u"numerusform")
                        forms << xml.readElementText();
                }
                if (!forms.isEmpty())
                    text = forms.first();
                if (!unfinished && !text.trimmed().isEmpty())
                    m_table.insert(key(context, source, comment), text);
            }
        }
        return !m_table.isEmpty();
    }
    bool isEmpty() const override { return m_table.isEmpty(); }
    QString translate(const char *context, const char *source, const char *disambiguation, int n) const override
    {
        const QString c = QString::fromUtf8(context), s = QString::fromUtf8(source);
        QString t = m_table.value(key(c, s, QString::fromUtf8(disambiguation)));
        if (t.isEmpty() && m_contexts.contains(c) && !m_missed.contains(c + QLatin1String("::") + s))
            m_missed << c + QLatin1String("::") + s;
        if (n >= 0)
            t.replace(QStringLiteral("%n"), QString::number(n));
        return t;
    }
    /// The number of messages it answers.
    int size() const { return int(m_table.size()); }
    /// The messages of the file's contexts asked for and not answered ("Context::source"), in order.
    QStringList missed() const { return m_missed; }

private:
    static QString key(const QString &context, const QString &source, const QString &comment)
    {
        return context + QLatin1Char('\x1f') + source + QLatin1Char('\x1f') + comment;
    }
    QHash<QString, QString> m_table;
    QSet<QString> m_contexts;
    mutable QStringList m_missed;
};

} // namespace closelab::testing
