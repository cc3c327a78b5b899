#!/usr/bin/env python3
"""Field-by-field difference of plans exported with `plan-workbench export-json`: the original, then the plans its
JSON and Markdown exports were imported back as. Usage: exchange-diff.py original.json roundtrip.json [more.json…]"""
import json, sys

def flat(nodes, acc):
    for n in nodes:
        acc.append(n)
        flat(n['children'], acc)
    return acc

orig = json.load(open(sys.argv[1]))
for path in sys.argv[2:]:
    back = json.load(open(path))
    print(f'== {path}')
    for k in sorted(set(orig['meta']) | set(back['meta'])):
        if orig['meta'].get(k) != back['meta'].get(k):
            print(f'  meta.{k}: {json.dumps(orig["meta"].get(k), ensure_ascii=False)[:120]} -> {json.dumps(back["meta"].get(k), ensure_ascii=False)[:120]}')
    a, b = flat(orig['nodes'], []), flat(back['nodes'], [])
    if len(a) != len(b):
        print(f'  nodes: {len(a)} -> {len(b)}')
    for x, y in zip(a, b):
        for k in ['kind', 'number', 'heading', 'body', 'lead', 'partners', 'indicators', 'milestones', 'themes', 'unreviewed']:
            if x.get(k) != y.get(k):
                print(f'  {x["heading"][:16]} · {k}: {json.dumps(x.get(k), ensure_ascii=False)[:120]}\n      -> {json.dumps(y.get(k), ensure_ascii=False)[:120]}')
