#!/usr/bin/env python3
"""compare.py A B: what changed between two snapshots of snapshot.sh.

Jobs: per set, hard-skill hits/annotated/found and company/title accuracy that differ, then totals.
Resumes: per set, the "all rules" line and the judged-right findings that no longer fire, where they differ.
"""
import re, sys

def sets(path):
    out, cur = {}, None
    for line in open(path, encoding='utf-8'):
        if line.startswith('=== '):
            cur = line[4:].strip(); out[cur] = []
        elif cur:
            out[cur].append(line.rstrip('\n'))
    return out

a, b = sets(sys.argv[1]), sets(sys.argv[2])
tot = [0] * 8
for name, lines in b.items():
    text = '\n'.join(lines)
    old = '\n'.join(a.get(name, []))
    hard = re.search(r'hard skills\s+R [\d.]+ \((\d+)/(\d+)\) P [\d.]+ \((\d+)/(\d+)\)', text)
    if hard:
        ha = re.search(r'hard skills\s+R [\d.]+ \((\d+)/(\d+)\) P [\d.]+ \((\d+)/(\d+)\)', old)
        nb, na = tuple(map(int, hard.groups())), tuple(map(int, ha.groups())) if ha else None
        meta = lambda t: re.search(r'metadata\s+company ([\d.]+)\s+title ([\d.]+)', t)
        mb, ma = meta(text), meta(old)
        if na != nb or (mb and ma and mb.groups() != ma.groups()):
            print(name, na, '->', nb, '| company/title', ma.groups() if ma else None, '->', mb.groups() if mb else None)
        if name != 'corpus' and na:
            for i in range(4): tot[i] += na[i]; tot[4 + i] += nb[i]
        continue
    pick = lambda t: [l for l in t.split('\n') if l.startswith('all rules') or 'no longer fire' in l]
    if pick(text) != pick(old):
        print(name); print('  before:', *pick(old), sep='\n    '); print('  after:', *pick(text), sep='\n    ')
if any(tot):
    print('sets (in both): hits %d/%d -> %d/%d, found %d -> %d' % (tot[0], tot[1], tot[4], tot[5], tot[3], tot[7]))
