#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Merges Qt Linguist .ts files: the union of their messages, a finished translation winning over an
unfinished or empty one, the first file winning when both are finished.

    scripts/ts-merge.py OUT.ts FIRST.ts SECOND.ts [MORE.ts ...]

For two branches that both added strings to translations/closelab_*.ts (a rebase or merge conflict):

    git show :2:translations/closelab_zh_CN.ts > /tmp/ours.ts      # during a rebase: main's side
    git show :3:translations/closelab_zh_CN.ts > /tmp/theirs.ts    # the commit being replayed
    scripts/ts-merge.py translations/closelab_zh_CN.ts /tmp/ours.ts /tmp/theirs.ts

then `cmake --build BUILD --target update_translations` puts the file back in lupdate's own order and
marks messages whose source is gone (tst_translations fails on them: delete them).
"""
import sys
import xml.etree.ElementTree as ET


def key(message):
    source = message.findtext('source') or ''
    comment = message.findtext('comment') or ''
    return (source, comment)


def finished(message):
    tr = message.find('translation')
    if tr is None:
        return False
    if tr.get('type') in ('unfinished', 'vanished', 'obsolete'):
        return False
    numerus = tr.findall('numerusform')
    if numerus:
        return all((n.text or '').strip() for n in numerus)
    return bool((tr.text or '').strip())


def main(argv):
    if len(argv) < 4:
        sys.stderr.write(__doc__)
        return 2
    out, inputs = argv[1], argv[2:]
    trees = [ET.parse(p) for p in inputs]
    base = trees[0].getroot()
    contexts = {c.findtext('name'): c for c in base.findall('context')}
    for tree in trees[1:]:
        for ctx in tree.getroot().findall('context'):
            name = ctx.findtext('name')
            target = contexts.get(name)
            if target is None:
                base.append(ctx)
                contexts[name] = ctx
                continue
            existing = {key(m): m for m in target.findall('message')}
            for m in ctx.findall('message'):
                k = key(m)
                mine = existing.get(k)
                if mine is None:
                    target.append(m)
                    existing[k] = m
                elif not finished(mine) and finished(m):
                    target.remove(mine)
                    target.append(m)
                    existing[k] = m
    ET.indent(base, space='    ')
    with open(out, 'w', encoding='utf-8') as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(ET.tostring(base, encoding='unicode'))
        f.write('\n')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
