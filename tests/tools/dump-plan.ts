// Development aid: print the outline an import produces (npx tsx tests/tools/dump-plan.ts seeds/000_….txt [--full]).
import { readFileSync } from 'node:fs';
import { importText } from '../../shared/importer/index';
import { walk } from '../../shared/model/plan';

const file = process.argv[2];
const full = process.argv.includes('--full');
const doc = importText(readFileSync(file, 'utf8'), file);
const { nodes, meta } = doc;
const report = doc.report!;
console.log(JSON.stringify({ ...meta, notice: meta.notice.slice(0, 80), preamble: meta.preamble.slice(0, 80) }));
for (const { node, path } of walk(nodes)) {
  if (!full && node.kind === 'item') continue;
  const extra = [node.lead.length ? `牵头:${node.lead.join('/')}` : '', node.partners.length ? `配合:${node.partners.join('/')}` : '', node.indicators.length ? `指标:${node.indicators.map((i) => `${i.name}${i.comparator}${i.value}${i.unit}@${i.year}`).join(';')}` : '', node.milestones.length ? `进度:${node.milestones.length}` : '', `子:${node.children.length}`].filter(Boolean).join(' ');
  console.log(`${'  '.repeat(path.length)}[${node.kind}] ${node.number} ${node.heading.slice(0, 40)} | ${node.body.slice(0, 30).replace(/\n/g, '⏎')} ${extra}`);
}
console.log(JSON.stringify({ found: report.found, declared: report.declared, unstructured: report.unstructured }));
for (const w of report.warnings) console.log('W', w.line, w.code, w.message);
for (const r of report.removed) console.log('R', r.line, r.reason, r.text.slice(0, 40));
for (const u of report.uncertain) console.log('U', u.field, u.raw, u.reason);
