"""Field-by-field comparison of two plan-workbench/v1 files (an original and what came back from a round trip):
meta (not source/status/templateRefs) and every node's kind, number, heading, body, lead, partners, indicators,
milestones, themes, matched in document order. Prints each difference. Usage: compare-plans.py orig.json back.json"""
import json, sys

def flat(nodes, path=()):
    for n in nodes:
        p = path + ((n['number'] + n['heading'])[:24],)
        yield p, n
        yield from flat(n['children'], p)

a, b = (json.load(open(f)) for f in sys.argv[1:3])
diffs = 0
for k in ['title', 'district', 'city', 'period', 'issuer', 'docNumber', 'issuedOn', 'addressees', 'notice', 'preamble']:
    if a['meta'].get(k) != b['meta'].get(k):
        diffs += 1
        print(f'meta.{k}: {a["meta"].get(k)!r} -> {b["meta"].get(k)!r}')
fa, fb = list(flat(a['nodes'])), list(flat(b['nodes']))
if len(fa) != len(fb):
    diffs += 1
    print(f'nodes: {len(fa)} -> {len(fb)}')
    ha = [p for p, _ in fa]; hb = [p for p, _ in fb]
    for p in ha:
        if p not in hb: print('  only in original:', ' › '.join(p))
    for p in hb:
        if p not in ha: print('  only in round trip:', ' › '.join(p))
bmap = {p: n for p, n in fb}
for p, n in fa:
    m = bmap.get(p)
    if m is None:
        continue
    for k in ['kind', 'number', 'heading', 'body', 'lead', 'partners', 'indicators', 'milestones', 'themes']:
        if n[k] != m[k]:
            diffs += 1
            print(f'{" › ".join(p)}: {k}: {json.dumps(n[k], ensure_ascii=False)} -> {json.dumps(m[k], ensure_ascii=False)}')
print(f'{diffs} difference(s)')
