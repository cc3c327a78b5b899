/**
 * Print the outline the importer reads from a file: one node per line (kind, number, heading), indented by depth,
 * then the levels and the warnings. `npx tsx tests/tools/outline.ts <file> [--body]` — for teaching the importer a
 * new style (docs/importer-grammar.md).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { importFile } from '../../shared/importer/index';
import type { PlanNode } from '../../shared/model/plan';

const file = process.argv[2];
const withBody = process.argv.includes('--body');
const doc = await importFile({ bytes: new Uint8Array(readFileSync(file)), fileName: basename(file) });
const out: string[] = [];
const walk = (nodes: PlanNode[], depth: number) => {
  for (const n of nodes) {
    const depts = n.lead.length || n.partners.length ? `  [${n.lead.join('、')} | ${n.partners.join('、')}]` : '';
    out.push(`${'  '.repeat(depth)}${n.kind} ${n.number}|${n.heading}${withBody && n.body ? ' ¶ ' + n.body.slice(0, 60).replace(/\n/g, '⏎') : ''}${depts}`);
    walk(n.children, depth + 1);
  }
};
walk(doc.nodes, 0);
const m = doc.meta;
console.log(`title: ${m.title}\ndistrict: ${m.district}  city: ${m.city}  period: ${m.period ? m.period.start + '-' + m.period.end : '-'}  docNumber: ${m.docNumber}  issuedOn: ${m.issuedOn}  issuer: ${m.issuer}`);
console.log(`preamble: ${m.preamble.length} chars  notice: ${m.notice.length} chars`);
console.log(out.join('\n'));
console.log('levels:', (doc.report?.levels ?? []).map((l) => `${l.key}(${l.sample})@${l.depth}=${l.kind}×${l.count}`).join('  '));
for (const w of doc.report?.warnings ?? []) console.log(`warning ${w.code} [${w.line ?? '-'}] ${w.message}`);
for (const r of doc.report?.removed ?? []) console.log(`removed [${r.line}] ${r.reason}: ${r.text.slice(0, 40)}`);
