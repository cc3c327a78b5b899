// Development aid: the whole corpus as PDF (or .docx, .doc with --to). Every tests/corpus/docs/NN-*.txt is made into a
// PDF by LibreOffice (once; the files are kept in DIR) and imported beside its text; per document it prints what the import reads
// differently: the outline (kind, number, heading), each node's departments and its milestone and indicator counts,
// and the meta (title, district, issuer, 文号, 成文日期, period). A document the same both ways is only counted.
//   npx tsx tests/tools/pdf-sweep.ts [--to pdf|docx|doc] [--dir DIR] [PREFIX] [-v]
// DIR: where the files are made and kept (default /tmp/pw-pdf-sweep, or /tmp/pw-docx-sweep …; delete it after a
// LibreOffice upgrade).
// PREFIX: only the documents whose file name starts with it (with it, or with -v, every differing line is printed;
// else the first). The last line is { same, diff }. LibreOffice sets a .txt's lines as paragraphs, its tabs at
// default stops 1.25 cm apart (a tab-separated table becomes columns without rules, often out of line): a difference
// may be the conversion's, not the reader's — look at the PDF (pdftoppm -png -r 60) before changing the reader.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { importFile } from '../../shared/importer/index';
import { walk, type PlanDoc } from '../../shared/model/plan';
import { createNodeReaders } from '../../electron/core/formats/index';

const args = process.argv.slice(2);
const dirAt = args.indexOf('--dir');
const toAt = args.indexOf('--to');
const ext = toAt >= 0 ? args[toAt + 1] : 'pdf';
if (!['pdf', 'docx', 'doc'].includes(ext)) throw new Error(`--to pdf|docx|doc, not ${ext}`);
const out = dirAt >= 0 ? args[dirAt + 1] : `/tmp/pw-${ext}-sweep`;
const rest = args.filter((a, i) => i !== dirAt && i !== dirAt + 1 && i !== toAt && i !== toAt + 1);
const verbose = rest.includes('-v');
const only = rest.find((a) => a !== '-v');
const src = join(import.meta.dirname, '../corpus/docs');
const files = readdirSync(src).filter((f) => f.endsWith('.txt') && (!only || f.startsWith(only))).sort();

mkdirSync(out, { recursive: true });
const missing = files.filter((f) => !existsSync(join(out, f.replace(/\.txt$/, `.${ext}`))));
if (missing.length) {
  console.error(`making ${missing.length} .${ext} files with LibreOffice in ${out} …`);
  execFileSync('soffice', [`-env:UserInstallation=file://${join(out, '.profile')}`, '--headless', '--norestore', '--convert-to', ext, '--outdir', out, ...missing.map((f) => join(src, f))], { stdio: 'ignore' });
}

const readers = createNodeReaders();
const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
const sig = (doc: PlanDoc) => [...walk(doc.nodes)].map(({ node, path }) =>
  `${'  '.repeat(path.length)}${node.kind} ${norm(node.number)}|${norm(node.heading).slice(0, 24)} [${node.lead.join('、')}|${node.partners.join('、')}] m${node.milestones.length} i${node.indicators.length}`);
const META = ['title', 'district', 'issuer', 'docNumber', 'issuedOn'] as const;
let same = 0, diff = 0;
for (const f of files) {
  const pdf = join(out, f.replace(/\.txt$/, `.${ext}`));
  if (!existsSync(pdf)) { console.log(`NO .${ext} ${f}`); diff++; continue; }
  const a = await importFile({ bytes: new Uint8Array(readFileSync(join(src, f))), fileName: f });
  let b: PlanDoc;
  try {
    b = await importFile({ bytes: new Uint8Array(readFileSync(pdf)), fileName: f.replace(/\.txt$/, `.${ext}`) }, { readers });
  } catch (e) {
    console.log(`ERR ${f} ${String(e).slice(0, 120)}`);
    diff++;
    continue;
  }
  const sa = sig(a), sb = sig(b);
  const meta: string[] = META.filter((k) => norm(String(a.meta[k] ?? '')) !== norm(String(b.meta[k] ?? '')));
  if (JSON.stringify(a.meta.period) !== JSON.stringify(b.meta.period)) meta.push('period');
  if (sa.length === sb.length && sa.every((l, i) => l === sb[i]) && !meta.length) { same++; continue; }
  diff++;
  const shown = (k: string) => JSON.stringify((a.meta as unknown as Record<string, unknown>)[k] ?? null) + ' → ' + JSON.stringify((b.meta as unknown as Record<string, unknown>)[k] ?? null);
  console.log(`DIFF ${f}: nodes ${sa.length}/${sb.length}${meta.length ? ', meta ' + meta.map((k) => `${k} ${shown(k)}`).join('; ') : ''}`);
  for (let i = 0; i < Math.max(sa.length, sb.length); i++) {
    if (sa[i] === sb[i]) continue;
    console.log(`   - ${sa[i] ?? '(none)'}\n   + ${sb[i] ?? '(none)'}`);
    if (!only && !verbose) break;
  }
}
console.log({ same, diff });
