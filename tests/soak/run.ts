/**
 * Soak test (issue 14): mixed work for a while through the HTTP bridge (as browser mode) and two CLI processes at
 * once on one library. Not part of `npm test`:
 *
 *   npm run soak                   30 minutes
 *   npm run soak -- --minutes 3    shorter
 *
 * Through the bridge, in a loop: import a seed (preview + commit), save a draft (a new body each time; the last
 * acknowledged body of every draft is remembered), search, export a Word document, compare two plans. Meanwhile
 * two CLI processes loop: one imports a seed as a draft (its printed id is an acknowledged write; the bridge loop
 * checks it is there, then deletes it so the library keeps its size), one searches and lists. Passes when no call failed except with the documented `busy`, every acknowledged save is in the
 * library as acknowledged, every id a CLI import printed is there, and the bridge process's memory is flat (the
 * last quarter's median RSS within 25% of the second quarter's). Prints the figures as Markdown.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore } from '../../electron/core/core.js';
import { startBridge, TOKEN_HEADER } from '../../electron/bridge/server.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SEEDS = path.join(ROOT, 'seeds');
const SEED_FILES = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const CLI = path.join(ROOT, 'electron', 'cli', 'index.ts');

const argMinutes = process.argv.indexOf('--minutes');
const minutes = argMinutes > 0 ? Number(process.argv[argMinutes + 1]) : 30;
const deadline = Date.now() + minutes * 60_000;

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pw-soak-'));
const core = await createCore({ dataDir, seedsDir: SEEDS, host: 'web', logError: (m, e) => console.error(m, e instanceof Error ? e.message : e) });
const bridge = await startBridge({ core, port: 0 });

type Env = { ok: true; result: any } | { ok: false; error: { code: string; message: string } };
const counts: Record<string, { ok: number; busy: number; failed: number; ms: number[] }> = {};
const failures: string[] = [];
async function api(method: string, input: unknown): Promise<Env> {
  const t0 = performance.now();
  const res = await fetch(`${bridge.url}api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', [TOKEN_HEADER]: bridge.token }, body: JSON.stringify(input) });
  const env = (await res.json()) as Env;
  const c = (counts[method] ??= { ok: 0, busy: 0, failed: 0, ms: [] });
  c.ms.push(performance.now() - t0);
  if (env.ok) c.ok++;
  else if (env.error.code === 'busy') c.busy++;
  else {
    c.failed++;
    failures.push(`${method}: ${env.error.code} ${env.error.message}`);
  }
  return env;
}

const acked = new Map<string, { revision: number; body: string }>();
const rss: Array<{ t: number; mb: number }> = [];
const sampler = setInterval(() => rss.push({ t: Date.now(), mb: process.memoryUsage().rss / 1e6 }), 5_000);

async function bridgeLoop(): Promise<void> {
  let i = 0;
  const drafts: string[] = [];
  while (Date.now() < deadline) {
    i++;
    const seed = SEED_FILES[i % SEED_FILES.length];
    const preview = await api('plan.importPreview', { fileName: seed, dataBase64: fs.readFileSync(path.join(SEEDS, seed)).toString('base64') });
    if (preview.ok && drafts.length < 6) {
      const c = await api('plan.importCommit', { doc: preview.result, status: 'draft' });
      if (c.ok) drafts.push(c.result.id);
    }
    for (const id of drafts) {
      const p = await api('plan.get', { id });
      if (!p.ok) continue;
      const { id: _id, revision, ...doc } = p.result;
      const body = `第${i}轮保存 ${new Date().toISOString()} ${id}`;
      doc.nodes[0].body = body;
      const s = await api('plan.save', { id, doc, baseRevision: revision });
      if (s.ok) acked.set(id, { revision: s.result.revision, body });
    }
    // Plans the CLI imported (acknowledged by their printed id): each must be there; then deleted, so the library
    // (and with it the memory a comparison or a list needs) stays the same size however long the soak runs.
    while (cliChecked < cliIds.length) {
      const id = cliIds[cliChecked++];
      const got = await api('plan.get', { id });
      if (!got.ok) cliMissing++;
      else await api('plan.delete', { id });
    }
    await api('library.search', { query: ['养老', '一网通办', '智慧城市', '信息基础设施'][i % 4] });
    if (i % 3 === 0 && drafts.length) await api('export.docx', { id: drafts[i % drafts.length] });
    const list = await api('library.list', {});
    if (list.ok && list.result.length > 1) await api('compare.plans', { leftId: list.result[i % list.result.length].id, rightId: list.result[(i + 1) % list.result.length].id });
  }
}

const cliIds: string[] = [];
let cliChecked = 0;
let cliMissing = 0;
const cliRuns = { import: 0, search: 0, failed: 0, busy: 0 };
function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(TSX, [CLI, ...args, '--data-dir', dataDir], { cwd: ROOT });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => resolve({ code: code ?? -1, out, err }));
  });
}
async function cliLoop(kind: 'import' | 'search'): Promise<void> {
  let i = 0;
  while (Date.now() < deadline) {
    i++;
    const r = kind === 'import'
      ? await cli(['import', path.join(SEEDS, SEED_FILES[i % SEED_FILES.length]), '--status', 'draft', '--allow-duplicates']) // a write every time
      : await cli(i % 2 ? ['search', '养老'] : ['list']);
    cliRuns[kind]++;
    if (r.code === 0 && kind === 'import') cliIds.push(r.out.trim());
    else if (r.code !== 0) {
      if (/\(busy\)/.test(r.err)) cliRuns.busy++;
      else {
        cliRuns.failed++;
        failures.push(`cli ${kind}: ${r.err.trim()}`);
      }
    }
  }
}

const t0 = Date.now();
await Promise.all([bridgeLoop(), cliLoop('import'), cliLoop('search')]);
clearInterval(sampler);

// Check every acknowledged write.
let lost = 0;
for (const [id, a] of acked) {
  const p = core.library.getPlan(id);
  if (core.library.revisionOf(id) !== a.revision || p.nodes[0].body !== a.body) lost++;
}
const missing = cliMissing + cliIds.slice(cliChecked).filter((id) => !core.library.hasPlan(id)).length;
const integrity = core.library.db.pragma('integrity_check', { simple: true });
await bridge.close();
core.close();

const median = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : 0);
const q = Math.floor(rss.length / 4);
const mid = median(rss.slice(q, 2 * q).map((r) => r.mb));
const end = median(rss.slice(3 * q).map((r) => r.mb));
const flat = rss.length < 8 || end <= mid * 1.25;
const p95 = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] : 0);

console.log(`Soak of ${((Date.now() - t0) / 60_000).toFixed(1)} min (${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}):\n`);
console.log('| method (bridge) | ok | busy | failed | p50 ms | p95 ms |\n|---|---|---|---|---|---|');
for (const [m, c] of Object.entries(counts)) console.log(`| ${m} | ${c.ok} | ${c.busy} | ${c.failed} | ${Math.round(median(c.ms))} | ${Math.round(p95(c.ms))} |`);
console.log(`\nCLI: ${cliRuns.import} imports (${cliIds.length} acknowledged), ${cliRuns.search} searches/lists, busy ${cliRuns.busy}, failed ${cliRuns.failed}.`);
console.log(`Acknowledged saves checked: ${acked.size} drafts, lost or torn: ${lost}; CLI-imported plans missing: ${missing}; integrity_check: ${integrity}.`);
console.log(`RSS of the bridge process: start ${Math.round(rss[0]?.mb ?? 0)} MB, 2nd quarter median ${Math.round(mid)} MB, last quarter median ${Math.round(end)} MB, max ${Math.round(Math.max(0, ...rss.map((r) => r.mb)))} MB → ${flat ? 'flat' : 'GROWING'}.`);
if (failures.length) console.log(`\nFailures (first 10):\n${failures.slice(0, 10).map((f) => `- ${f}`).join('\n')}`);
fs.rmSync(dataDir, { recursive: true, force: true });
const pass = !failures.length && !lost && !missing && integrity === 'ok' && flat;
console.log(pass ? '\nPASS' : '\nFAIL');
process.exit(pass ? 0 : 1);
