// Development aid: the indicators added, removed and changed per document between two import snapshots
// (tests/tools/import-snapshot.ts), to read after a change to shared/importer/indicators.ts.
//   npx tsx tests/tools/import-snapshot.ts before.json   (on the code before the change)
//   npx tsx tests/tools/import-snapshot.ts after.json
//   npx tsx tests/tools/indicator-diff.ts before.json after.json [base]   (base: leave out the generated variants, #…)
// An indicator is keyed by name|value|unit within a document; "~" is the same key with another comparator, year, text or node.
import { readFileSync } from 'node:fs';
const [a, b] = [process.argv[2], process.argv[3]].map((f) => JSON.parse(readFileSync(f, 'utf8')));
const only = process.argv[4];
interface N { kind: string; heading: string; indicators?: { name: string; value: number | null; unit: string; comparator: string; year: number | null; text: string }[]; children?: N[] }
function inds(doc: { nodes?: N[] }): Map<string, string[]> {
  const m = new Map<string, string[]>();
  const rec = (n: N, path: string) => { for (const i of n.indicators ?? []) { const k = `${i.name}|${i.value}|${i.unit}`; (m.get(k) ?? m.set(k, []).get(k)!).push(`${i.comparator} ${i.year} «${i.text.slice(0, 90)}» @${n.kind} ${n.heading.slice(0, 20)}`); } for (const c of n.children ?? []) rec(c, path); };
  for (const n of doc.nodes ?? []) rec(n, '');
  return m;
}
let add = 0, rem = 0, chg = 0, docs = 0;
for (const name of Object.keys(a)) {
  if (only === 'base' && name.includes('#')) continue;
  const A = inds(a[name]), B = inds(b[name] ?? {});
  const lines: string[] = [];
  for (const [k, v] of B) { if (!A.has(k)) { add += v.length; for (const x of v) lines.push(`  + ${k}  ${x}`); } else if (JSON.stringify(A.get(k)) !== JSON.stringify(v)) { chg++; lines.push(`  ~ ${k}  ${A.get(k)![0]}  =>  ${v[0]}`); } }
  for (const [k, v] of A) if (!B.has(k)) { rem += v.length; for (const x of v) lines.push(`  - ${k}  ${x}`); }
  if (lines.length) { docs++; console.log(name); console.log(lines.join('\n')); }
}
console.log(`docs ${docs}  added ${add}  removed ${rem}  changed ${chg}`);
