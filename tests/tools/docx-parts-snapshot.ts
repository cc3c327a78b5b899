// Development aid (issue 15, export speed): export every seed and corpus document as .docx with several option sets,
// and write each package's parts (name, order, SHA-256 of the content) and the container's hash as JSON, so a change
// to HOW buildDocx works can be checked to change no part of what it writes.
//   npx tsx tests/tools/docx-parts-snapshot.ts OUT.json [--dump DIR]
// Compare two snapshots with `diff` (or `cmp`); --dump DIR also writes every part, for diffing the XML itself.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import { importFile } from '../../shared/importer/index';
import { walk } from '../../shared/model/plan';
import { buildDocx, type DocxOptions } from '../../shared/export/docx';
import { nodeZip } from '../../electron/core/zip';

const ROOT = new URL('../..', import.meta.url).pathname;
const out = process.argv[2];
const arg = (k: string) => { const i = process.argv.indexOf(k); return i > 0 ? process.argv[i + 1] : undefined; };
const dumpDir = arg('--dump');
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex').slice(0, 24);

async function main() {
  const files: string[] = [];
  for (const dir of ['seeds', 'tests/corpus/docs']) for (const f of readdirSync(join(ROOT, dir)).sort()) if (!f.startsWith('.') && !/README/.test(f)) files.push(`${dir}/${f}`);
  const result: Record<string, unknown> = {};
  for (const name of files) {
    let doc;
    try { doc = await importFile({ bytes: new Uint8Array(readFileSync(join(ROOT, name))), fileName: name.split('/').pop()! }); } catch (e) { result[name] = `import failed: ${(e as Error).message}`; continue; }
    const nodes = [...walk(doc.nodes)].map((w) => w.node).slice(0, 12);
    const comments = nodes.map((n, k) => ({
      nodeId: n.id, quote: k % 3 ? (n.body || n.heading).slice(2, 8) : undefined, author: k % 2 ? '张审核' : '', date: '2016-06-30',
      text: `意见${k}\n第二段 <&>`, ...(k % 4 === 1 ? { replacement: `改为${k}` } : {}),
    }));
    const sets: Record<string, DocxOptions> = {
      full: { cover: true, annexes: true, copyTo: ['区委办公室', '区人大常委会办公室'] },
      comments: { comments, annexes: true },
      windows: { fonts: 'windows', cover: true },
      plain: {},
      noMirror: { mirrorMargins: false, annexes: true },
    };
    for (const [k, opts] of Object.entries(sets)) {
      for (const [z, internal] of [['zlib', { zip: nodeZip }], ['fflate', {}]] as const) {
        const bytes = await buildDocx(doc, opts, internal);
        const parts = unzipSync(bytes);
        result[`${name} ${k} ${z}`] = { container: sha(bytes), parts: Object.entries(parts).map(([p, d]) => `${p} ${sha(d)}`) };
        if (dumpDir && z === 'zlib') {
          for (const [p, d] of Object.entries(parts)) {
            const f = join(dumpDir, name.replace(/\//g, '_'), k, p);
            mkdirSync(dirname(f), { recursive: true });
            writeFileSync(f, d);
          }
        }
      }
    }
  }
  writeFileSync(out, JSON.stringify(result, null, 1));
  process.stderr.write(`${Object.keys(result).length} packages\n`);
}
main().catch((e) => { console.error(e); process.exit(1); });
