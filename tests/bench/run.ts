/**
 * npm run bench — measures and writes docs/benchmarks.md. Not part of the tests (no timed assertions there).
 *   npm run bench                  all benchmarks
 *   npm run bench -- import search only the named ones (import, pdf, search, export, compare, app)
 *   BENCH_PLANS=500 npm run bench  a smaller search library (default 2,000)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchImport, benchSearch } from './import-search';
import { benchExport } from './export';
import { benchCompare } from './compare';
import { machine } from './machine';
import { benchApp } from './app';
import { benchPdf } from './pdf';
import { replaceSections } from './doc-sections';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BENCHES: Record<string, () => Promise<string>> = {
  import: benchImport,
  pdf: benchPdf,
  search: () => benchSearch(Number(process.env.BENCH_PLANS ?? 2000)),
  export: benchExport,
  compare: () => benchCompare(Number(process.env.BENCH_PLANS ?? 2000)),
  app: benchApp,
};

async function main() {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const names = wanted.length ? wanted : Object.keys(BENCHES);
  const sections: string[] = [];
  for (const name of names) {
    const bench = BENCHES[name];
    if (!bench) throw new Error(`unknown benchmark ${name}; have ${Object.keys(BENCHES).join(', ')}`);
    process.stderr.write(`bench: ${name}…\n`);
    const section = await bench();
    process.stdout.write(section + '\n');
    sections.push(section);
  }
  const header = [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}. Machine: ${machine()}.`,
    'Dated paragraphs (`###`) under each section, and sections no benchmark writes, were written at the time they name',
    'and are kept by a rerun (tests/bench/doc-sections.ts).',
  ].join('\n');
  const file = join(ROOT, 'docs/benchmarks.md');
  if (!wanted.length) writeFileSync(file, replaceSections(existsSync(file) ? readFileSync(file, 'utf8') : '', sections, header));
  else process.stderr.write('bench: partial run, docs/benchmarks.md not rewritten\n');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
