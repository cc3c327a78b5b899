// Development aid (issue 15): import every document we have, and variants of them, and write the results as JSON,
// so a change to HOW the importer computes can be checked to change nothing it produces.
//   npx tsx tests/tools/import-snapshot.ts OUT.json [--make-docx DIR] [--docx DIR]
// --make-docx DIR: also export each imported text as .docx into DIR (once, from the code before a change);
// --docx DIR: import the .docx files in DIR too (the same bytes before and after a change).
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { importFile } from '../../shared/importer/index';

const ROOT = new URL('../..', import.meta.url).pathname;
const out = process.argv[2];
const arg = (k: string) => { const i = process.argv.indexOf(k); return i > 0 ? process.argv[i + 1] : undefined; };

const files: { name: string; bytes: Uint8Array }[] = [];
const add = (dir: string) => { for (const f of readdirSync(join(ROOT, dir)).sort()) if (!f.startsWith('.') && !/README|\.mjs$/.test(f)) files.push({ name: `${dir}/${f}`, bytes: new Uint8Array(readFileSync(join(ROOT, dir, f))) }); };
add('seeds'); add('tests/corpus/docs'); add('tests/fixtures/hostile'); add('tests/fixtures/encodings');

const enc = new TextEncoder();
const textish = files.filter((f) => /\.(txt|md)$/.test(f.name) && !/hostile|encodings/.test(f.name));
const variants: { name: string; bytes: Uint8Array }[] = [];
const full = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');
for (const f of textish) {
  const t = new TextDecoder().decode(f.bytes);
  const ext = f.name.endsWith('.md') ? '.md' : '.txt';
  const v = (k: string, s: string) => variants.push({ name: `${f.name}#${k}${ext}`, bytes: enc.encode(s) });
  v('crlf', t.replace(/\r?\n/g, '\r\n'));
  v('wrap30', t.split('\n').map((l) => l.replace(/(.{30})/g, '$1\n')).join('\n'));
  v('wrap17', t.split('\n').map((l) => l.replace(/(.{17})/g, '$1\n')).join('\n'));
  v('oneline', t.replace(/\s*\n\s*/g, ''));
  v('onelinesp', t.replace(/\s*\n\s*/g, ' '));
  v('fullwidth', full(t));
  v('blanklines', t.replace(/\n/g, '\n\n'));
  v('indent', t.split('\n').map((l) => '\u3000\u3000' + l).join('\n'));
  v('bom', '\ufeff' + t);
  const lines = t.split('\n');
  v('reversed-halves', [...lines.slice(lines.length >> 1), ...lines.slice(0, lines.length >> 1)].join('\n'));
}
const all = [...files, ...variants];
const docxDir = arg('--docx');
if (docxDir) for (const f of readdirSync(docxDir).sort()) all.push({ name: `docx/${f}`, bytes: new Uint8Array(readFileSync(join(docxDir, f))) });

const result: Record<string, unknown> = {};
const makeDocx = arg('--make-docx');
if (makeDocx) mkdirSync(makeDocx, { recursive: true });
const { buildDocx } = makeDocx ? await import('../../shared/export/docx') : { buildDocx: null };
for (const f of all) {
  try {
    const doc = await importFile({ bytes: f.bytes, fileName: f.name.replace(/.*\//, '').replace(/#/, '_') });
    result[f.name] = doc;
    if (buildDocx && !f.name.startsWith('docx/') && !/hostile|encodings/.test(f.name)) {
      try { writeFileSync(join(makeDocx!, f.name.replace(/[/#]/g, '_') + '.docx'), await buildDocx(doc)); } catch { /* not exportable */ }
    }
  } catch (e) {
    const x = e as { code?: string; message?: string; details?: unknown };
    result[f.name] = { error: x.code ?? 'throw', message: x.message, details: x.details };
  }
}
const json = JSON.stringify(result, null, 1);
writeFileSync(out, json);
console.log(`${all.length} documents, ${Object.values(result).filter((r) => (r as { error?: string }).error).length} refused, sha256 ${createHash('sha256').update(json).digest('hex').slice(0, 16)}`);
