// Development aid: every document the importer reads (the seeds and the corpus), as imported, exported as Markdown,
// plain Word and Word with its cover and annexes, and imported again — what each export loses, compared as the
// round-trip property compares (tests/helpers/roundtrip-compare.ts `lost`; plain Word does not print the cover's
// 文号, 主送, 发文机关 and 通知). The figures of docs/exchange.md ("Every document the importer reads, through every
// export") come from it.
//   npx tsx tests/tools/roundtrip-all.ts [OUT.json] [--only NAME-SUBSTRING]
// Compares every field of the metadata an export prints (the 成文日期 and the preamble too, since session 38).
// Prints one line per export that differs, then the count; "cover adds" are exports with the cover whose only
// difference is the office and the notice the cover prints for a plan without them; "source table" are exports whose
// only other difference is a source table the plan kept as an annex (a document's own 分解表, whose rows gave the
// tasks their fields) that comes back as the generated 附表, read into the tasks and not kept: every one of its cells
// is said by the plan's text or fields (shared/export/sourcetable.ts: the export prints the generated table for it,
// and names a cell it would leave out — none here), so no field is lost, only the table's own wording and layout.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importFile } from '../../shared/importer/index';
import { buildDocx } from '../../shared/export/docx';
import { buildMarkdown } from '../../shared/export/markdown';
import type { PlanDoc } from '../../shared/model/plan';
import { lost, NOT_IN_PLAIN_WORD } from '../helpers/roundtrip-compare';
import { coverWarnings, exportOmissions } from '../../shared/export/checks';
import { cnDate } from '../../shared/export/text';
import { splitNotes } from '../../shared/text/notice';
import { sourceTableNotes } from '../../shared/export/sourcetable';
import { normItem } from '../corpus/compare';

const ROOT = new URL('../..', import.meta.url).pathname;
const out = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : null;
const oi = process.argv.indexOf('--only');
const only = oi > 0 ? process.argv[oi + 1] : null;
const files: string[] = [];
const add = (dir: string) => { for (const f of readdirSync(join(ROOT, dir)).sort()) if (/\.(txt|md)$/.test(f) && !/README/.test(f)) files.push(`${dir}/${f}`); };
add('seeds'); add('tests/corpus/docs');

const enc = new TextEncoder();
const FORMATS = ['markdown', 'docx plain', 'docx cover+annexes'] as const;
async function roundTrip(doc: PlanDoc, f: (typeof FORMATS)[number]): Promise<PlanDoc> {
  if (f === 'markdown') return importFile({ bytes: enc.encode(buildMarkdown(doc)), fileName: 'plan.md' });
  if (f === 'docx plain') return importFile({ bytes: await buildDocx(doc, {}), fileName: 'plan.docx' });
  return importFile({ bytes: await buildDocx(doc, { cover: true, annexes: true }), fileName: 'plan.docx' });
}
const result: Record<string, Record<string, string[]>> = {};
let total = 0; let same = 0; let coverOnly = 0; let said = 0; let sourceOnly = 0; let partial = 0;
const saidWrong: string[] = [];
for (const file of files) {
  if (only && !file.includes(only)) continue;
  const name = file.split('/').pop()!;
  const d = await importFile({ bytes: new Uint8Array(readFileSync(join(ROOT, file))), fileName: name });
  result[name] = {};
  for (const f of FORMATS) {
    total++;
    let l: string[];
    let b: PlanDoc | null = null;
    try {
      const back = await roundTrip(d, f);
      b = back;
      l = lost(d, back, { skipMeta: f === 'docx plain' ? NOT_IN_PLAIN_WORD : [] });
      // the export dialog names the district, city and period an import of the file would not give back
      const lostMeta = (['district', 'city', 'period'] as const).filter((k) => JSON.stringify(back.meta[k]) !== JSON.stringify(d.meta[k])).sort();
      const named = exportOmissions(d, f === 'markdown' ? 'markdown' : 'docx', { cover: f === 'docx cover+annexes' }).map((o) => o.code)
        .filter((c) => c === 'district' || c === 'city' || c === 'period').sort();
      if (JSON.stringify(named) === JSON.stringify(lostMeta)) said++;
      else saidWrong.push(`${name} ${f}: the dialog names ${named.join(',') || 'none'}, the import loses ${lostMeta.join(',') || 'none'}`);
    } catch (e) { l = [`throws: ${(e as Error).message}`]; }
    result[name][f] = l;
    if (!l.length) { same++; continue; }
    // (the cover prints an office, and a notice, for a plan without them: its district's 人民政府办公室, 现将《…》印发给你们)
    // (…but its 附注 comes back: a notice of only "（此件公开发布）" that loses it is a loss, not what the cover adds)
    const parts = splitNotes(d.meta.notice.split('\n').map((p) => p.trim()).filter(Boolean));
    const noBody = !parts.body.length && parts.notes.every((n) => b?.meta.notice.includes(n));
    const skip = [...(d.meta.issuer?.trim() ? [] : ['issuer'] as const), ...(noBody ? ['notice'] as const : [])];
    const coverAdds = (x: string) => f === 'docx cover+annexes' && skip.some((k) => x.startsWith(`meta.${k}:`));
    const onlyCover = f === 'docx cover+annexes' && skip.length > 0 && l.every(coverAdds);
    if (onlyCover) { coverOnly++; continue; }
    // (a 成文日期 of a year and a month only, "2021-03" — a 纲要's cover date —, which the signature does not print: GB/T
    // 9704 §7.3.5.1 writes the date whole, and the export dialog warns "成文日期不完整：落款将没有日期", coverWarnings;
    // since session 41 the plan's first page prints it under its title and it comes back: none counted here since)
    const partialDate = (x: string) => f === 'docx cover+annexes' && x.startsWith('meta.issuedOn:') && !cnDate(d.meta.issuedOn) &&
      coverWarnings(d.meta).some((w) => w.code === 'no-issue-date') && b?.meta.issuedOn == null;
    if (l.some(partialDate) && l.every((x) => partialDate(x) || coverAdds(x))) {
      partial++;
      console.log(`${name} ${f}: 成文日期 ${d.meta.issuedOn} not printed by the cover (not a whole date; the dialog warns)`);
      continue;
    }
    // the annexes lost are source tables the export prints as the generated 附表 (or sets it in place of), each cell
    // said by the plan; the annexes kept are the same; nothing else differs but what the cover adds
    const annexLine = l.filter((x) => x.startsWith('annexes: '));
    if (annexLine.length === 1 && l.every((x) => x === annexLine[0] || coverAdds(x))) {
      const [was, now] = annexLine[0].slice('annexes: '.length).split(' → ').map((j) => JSON.parse(j) as string[]);
      const gone = was.filter((t) => !now.includes(t));
      const notes = sourceTableNotes(d, f === 'docx cover+annexes');
      const covered = (t: string) => notes.some((n) => normItem(n.title) === t && n.action !== 'table' && !n.unsaid?.length);
      if (gone.length && now.every((t) => was.includes(t)) && gone.every(covered)) {
        sourceOnly++;
        console.log(`${name} ${f}: source table ${gone.map((t) => `“${t}”`).join('、')} not kept as an annex: ${f === 'markdown' ? 'printed as written' : 'printed as the generated 附表'}, read back into the tasks (every cell said by the plan's text or fields)`);
        continue;
      }
    }
    console.log(`${name} ${f}:\n  ${l.join('\n  ').slice(0, 3000)}`);
  }
}
for (const w of saidWrong) console.log(w);
if (out) writeFileSync(out, JSON.stringify(result, null, 1));
console.log(`${files.filter((f) => !only || f.includes(only)).length} documents, ${total} exports: ${same} come back without a difference, ${coverOnly} differ only by the office and notice the cover adds, ${sourceOnly} only by a source table read back into the tasks and not kept (every cell said by the plan), ${partial} only by a 成文日期 of year and month the cover does not print (the dialog warns), ${total - same - coverOnly - sourceOnly - partial} otherwise; the dialog names the district, city and period lost in ${said} of ${total}`);
