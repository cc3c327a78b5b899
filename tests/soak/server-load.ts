/**
 * Office server under load (issue 18, item 6). Not part of `npm test`:
 *
 *   npm run soak:server                              50 users, 5 minutes
 *   npm run soak:server -- --users 20 --minutes 1    smaller
 *   npm run soak:server -- --no-export               clerks read instead of exporting Word documents
 *   npm run soak:server -- --postgres                the library in PostgreSQL: `serve --db` on a cluster this script
 *                                                    starts in a temporary folder (tests/helpers/postgres.ts)
 *   npm run soak:server -- --export-workers 0        the server's Word exports on a fresh worker each (no pool);
 *                                                    N: N warm export workers (default: the server's, min(2, cores))
 *
 * The server runs as its own process, as an office runs it: `plan-workbench serve --data-dir <temp> --port 0`
 * (the CLI from source through tsx's loader), on a temporary library holding the seeds, with accounts made
 * beforehand through the server's own Accounts class: one admin; planners, reviewers and clerks in 杨浦区, 静安区
 * and 奉贤区. This process is the load generator only: every simulated user logs in over HTTP (cookie + CSRF
 * header, as the browser does) and loops with a think time of 200–1000 ms:
 *
 *   planners   library.list / library.search / plan.get; make a draft of their district (createFromTemplate from a
 *              seed, or createBlank); plan.save with the revision they read, a new content marker each time (an
 *              acknowledged save is remembered with its revision and marker; a `conflict` re-reads and is counted);
 *              share a draft to edit with a planner of the same district (then both write it: races → conflicts)
 *              or to read with a planner of another district
 *   reviewers  list / search / get; review.add on a draft of their district; probe: plan.save must be refused
 *   clerks     list / get; export.docx of a plan they may read
 *   admin      list, users.list, audit.list
 *
 * Permission probes, all the time: every library.list and library.search answer of every non-admin is checked
 * against the drafts this script made (a draft of another district, not owned by and not shared with the caller,
 * must never appear); plan.get of such a draft must answer not-found; a reviewer's plan.save must be refused and
 * its marker never appear in any plan; after a share the target can read the draft. Positive controls (the owner
 * finds their own marker by search; a shared draft is readable) show the probes can fail.
 *
 * At the end: every plan with an acknowledged save is read back (as the admin): its revision must be the highest
 * acknowledged one and its heading that save's marker — else a lost write. Prints p50/p95/max per method, calls per
 * second, errors by code, conflicts, leaks, the server's CPU and memory; exits 1 on a lost write, a leak or an
 * unexpected error.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore } from '../../electron/core/core.js';
import { Accounts } from '../../electron/server/accounts.js';
import { CSRF_HEADER } from '../../shared/api/server.js';
import { startPostgres, type PgCluster } from '../helpers/postgres.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SEEDS = path.join(ROOT, 'seeds');
const CLI = path.join(ROOT, 'electron', 'cli', 'index.ts');

function flag(name: string, dflt: number): number {
  const i = process.argv.indexOf(name);
  const v = i > 0 ? Number(process.argv[i + 1]) : dflt;
  if (!Number.isFinite(v) || v <= 0) throw new Error(`${name} needs a positive number`);
  return v;
}
const USERS = Math.max(7, Math.round(flag('--users', 50)));
const MINUTES = flag('--minutes', 5);
/** --no-export: clerks read instead of exporting (to see what the Word exports cost the others) */
const EXPORTS = !process.argv.includes('--no-export');
/** --export-workers N: passed to serve (0 = a fresh worker per export, as before the pool); default the server's own */
const EXPORT_WORKERS = (() => {
  const i = process.argv.indexOf('--export-workers');
  if (i < 0) return null;
  const n = Number(process.argv[i + 1]);
  if (!Number.isInteger(n) || n < 0) throw new Error('--export-workers needs a whole number ≥ 0');
  return n;
})();
const DISTRICTS = ['杨浦区', '静安区', '奉贤区'] as const;
type District = (typeof DISTRICTS)[number];
type Role = 'planner' | 'reviewer' | 'clerk' | 'admin';

// ---------- accounts ----------
interface UserSpec { username: string; role: Role; district: District | null; password: string }
const specs: UserSpec[] = [{ username: 'admin', role: 'admin', district: null, password: 'load-admin-password-1' }];
{
  // of the rest: half planners, a quarter reviewers, a quarter clerks, round-robin over the districts
  const rest = USERS - 1;
  const nPlanners = Math.max(6, Math.round(rest / 2));
  const nReviewers = Math.max(3, Math.round((rest - nPlanners) / 2));
  const nClerks = Math.max(0, rest - nPlanners - nReviewers);
  const add = (role: Role, n: number) => {
    for (let i = 0; i < n; i++) specs.push({ username: `${role}${i + 1}`, role, district: DISTRICTS[i % 3], password: `load-${role}-${i + 1}-pw` });
  };
  add('planner', nPlanners);
  add('reviewer', nReviewers);
  add('clerk', nClerks);
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pw-load-'));
/** --postgres: the library lives in a PostgreSQL cluster started here; the server gets `--db` instead of `--data-dir`. */
const cluster: PgCluster | null = process.argv.includes('--postgres') ? await startPostgres({ prefix: 'pw-pg-load-' }) : null;
const postgres = cluster ? await cluster.createDatabase('load') : undefined;
const STORAGE = postgres ? ['--db', postgres] : ['--data-dir', dataDir];
{
  const core = await createCore({ dataDir, postgres, seedsDir: SEEDS, host: 'test', logError: (m, e) => console.error(m, e) });
  const accounts = new Accounts(() => core.db, () => new Date());
  for (const s of specs) await accounts.add({ username: s.username, role: s.role, district: s.district, password: s.password, displayName: s.username });
  core.close();
}

// ---------- the server process ----------
const ELD = path.join(ROOT, 'tests', 'soak', 'server-eld.mjs');
const server = spawn(process.execPath, ['--import', 'tsx', '--import', ELD, CLI, 'serve', ...STORAGE, '--port', '0', ...(EXPORT_WORKERS === null ? [] : ['--export-workers', String(EXPORT_WORKERS)])], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
const serverLog: string[] = [];
/** The server's event-loop delay (./server-eld.mjs), one sample per SIGUSR2. */
const eld: Array<{ p50: number; p95: number; p99: number; max: number; mean: number }> = [];
let eldWaiter: (() => void) | null = null;
server.stderr.setEncoding('utf8').on('data', (s: string) => {
  for (const line of s.split('\n')) {
    if (line.startsWith('ELD ')) {
      eld.push(JSON.parse(line.slice(4)));
      eldWaiter?.();
    } else if (line.trim()) serverLog.push(line);
  }
});
async function readEld(): Promise<void> {
  const got = new Promise<void>((r) => (eldWaiter = r));
  server.kill('SIGUSR2');
  await Promise.race([got, sleep(2000)]);
  eldWaiter = null;
}
const port = await new Promise<number>((resolve, reject) => {
  let out = '';
  server.stdout.setEncoding('utf8').on('data', (s: string) => {
    out += s;
    const m = /http:\/\/[^\s:]+:(\d+)\//.exec(out);
    if (m) resolve(Number(m[1]));
  });
  server.once('exit', (code) => reject(new Error(`server exited (${code}): ${serverLog.join('')}`)));
  setTimeout(() => reject(new Error(`server did not start: ${out} ${serverLog.join('')}`)), 120_000).unref();
});
const BASE = `http://127.0.0.1:${port}/api/`;

// server CPU and memory, sampled from /proc
const TICK = 100; // USER_HZ on Linux
const procSamples: Array<{ t: number; cpu: number; rssMb: number }> = [];
function sampleServer(): void {
  try {
    const stat = fs.readFileSync(`/proc/${server.pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cpu = (Number(f[11]) + Number(f[12])) / TICK;
    const rss = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${server.pid}/status`, 'utf8'));
    procSamples.push({ t: Date.now(), cpu, rssMb: rss ? Number(rss[1]) / 1024 : 0 });
  } catch {
    /* not on Linux */
  }
}

// ---------- the client ----------
type Env = { ok: true; result: any } | { ok: false; error: { code: string; message: string } };
const lat = new Map<string, number[]>();
const errors = new Map<string, number>();
const unexpected: string[] = [];
let calls = 0;
let measuring = false;

class User {
  cookie = '';
  csrf = '';
  constructor(readonly spec: UserSpec) {}
  get name() {
    return this.spec.username;
  }
  async call(method: string, input: unknown): Promise<Env> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrf) headers[CSRF_HEADER] = this.csrf;
    const t0 = performance.now();
    let env: Env;
    let res: Response;
    try {
      res = await fetch(BASE + method, { method: 'POST', headers, body: JSON.stringify(input) });
      env = (await res.json()) as Env;
    } catch (e) {
      env = { ok: false, error: { code: 'network', message: String(e) } };
      unexpected.push(`${this.name} ${method}: ${String(e)}`);
      return env;
    }
    const ms = performance.now() - t0;
    if (measuring) {
      calls++;
      const list = lat.get(method) ?? [];
      list.push(ms);
      lat.set(method, list);
      if (!env.ok) errors.set(`${method} ${env.error.code}`, (errors.get(`${method} ${env.error.code}`) ?? 0) + 1);
    }
    if (method === 'auth.login' && env.ok) {
      this.cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
      this.csrf = env.result.csrf;
    }
    return env;
  }
  /** A call that must succeed (else counted as unexpected). */
  async must(method: string, input: unknown): Promise<any> {
    const env = await this.call(method, input);
    if (!env.ok) {
      unexpected.push(`${this.name} ${method}: ${env.error.code} ${env.error.message}`);
      return null;
    }
    return env.result;
  }
}

// ---------- what this script knows of the drafts ----------
interface Draft {
  id: string;
  owner: string;
  district: District;
  /** users it is shared with (added before the share call is sent, so a share in flight counts as shared) */
  shared: Map<string, 'read' | 'edit'>;
  /** highest acknowledged save */
  acked: { revision: number; marker: string } | null;
  busy: boolean;
}
const drafts = new Map<string, Draft>();
const seedIds: string[] = [];
const users = specs.map((s) => new User(s));
const byName = new Map(users.map((u) => [u.name, u]));

const stats = {
  acked: 0,
  conflicts: 0,
  lost: 0,
  leaks: 0,
  leakNotes: [] as string[],
  probes: { foreignGet: 0, foreignListSearch: 0, reviewerSave: 0, sharedGet: 0, sharedGetFailed: 0, ownSearch: 0, ownSearchFound: 0, ownSearchSuperseded: 0, ownSearchMissed: 0 },
};
function leak(note: string): void {
  stats.leaks++;
  if (stats.leakNotes.length < 20) stats.leakNotes.push(note);
}

const pick = <T>(a: readonly T[]): T => a[Math.floor(Math.random() * a.length)];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const think = () => sleep(200 + Math.random() * 800);
const GLYPHS = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥';
const marker = () => '标记' + Array.from({ length: 6 }, () => pick([...GLYPHS])).join('');

/** May this user read this draft, by what the script has done? (district, owner, share) */
function mayRead(u: User, d: Draft): boolean {
  return u.spec.role === 'admin' || d.district === u.spec.district || d.owner === u.name || d.shared.has(u.name);
}

/** A list or search answer: no draft the caller may not read. */
function checkListed(u: User, what: string, ids: string[]): void {
  if (u.spec.role === 'admin') return;
  stats.probes.foreignListSearch++;
  for (const id of ids) {
    const d = drafts.get(id);
    if (d && !mayRead(u, d)) leak(`${u.name} (${u.spec.district}) saw ${d.district} draft ${id} in ${what}`);
  }
}

async function listAndSearch(u: User): Promise<void> {
  const list = await u.must('library.list', {});
  if (list) checkListed(u, 'library.list', (list as Array<{ id: string }>).map((p) => p.id));
  // search: a common word, or the current marker of a draft of another district (must find nothing of it)
  const foreign = [...drafts.values()].filter((d) => d.acked && !mayRead(u, d));
  const query = foreign.length && Math.random() < 0.5 ? pick(foreign).acked!.marker : pick(['养老', '社区', '绿色', '交通', '数字化', '托育']);
  const hits = await u.must('library.search', { query });
  if (hits) checkListed(u, 'library.search', (hits as Array<{ planId: string }>).map((h) => h.planId));
}

/** plan.get of a draft of another district not shared with the caller: must be not-found. */
async function probeForeign(u: User): Promise<void> {
  const foreign = [...drafts.values()].filter((d) => !mayRead(u, d));
  if (!foreign.length) return;
  const d = pick(foreign);
  stats.probes.foreignGet++;
  const env = await u.call('plan.get', { id: d.id });
  if (env.ok) leak(`${u.name} (${u.spec.district}) read ${d.district} draft ${d.id}`);
  else if (env.error.code !== 'not-found' && !mayRead(u, d)) unexpected.push(`${u.name} foreign plan.get: ${env.error.code}`);
}

function docOf(plan: any): { doc: any; revision: number } {
  const { id: _id, revision, ...doc } = plan;
  return { doc, revision };
}

async function save(u: User, d: Draft): Promise<void> {
  // read, change, save with the revision read; on conflict read again (at most 3 times)
  for (let attempt = 0; attempt < 3; attempt++) {
    const plan = await u.must('plan.get', { id: d.id });
    if (!plan) return;
    const { doc, revision } = docOf(plan);
    const m = marker();
    doc.nodes[0].heading = m;
    doc.nodes[0].body = `${u.name} 第${attempt + 1}次保存 ${new Date().toISOString()}`;
    d.busy = true;
    const env = await u.call('plan.save', { id: d.id, doc, baseRevision: revision }).finally(() => (d.busy = false));
    if (env.ok) {
      stats.acked++;
      const r = env.result.revision as number;
      if (!d.acked || r > d.acked.revision) d.acked = { revision: r, marker: m };
      return;
    }
    if (env.error.code !== 'conflict') {
      unexpected.push(`${u.name} plan.save: ${env.error.code} ${env.error.message}`);
      return;
    }
    stats.conflicts++;
  }
}

async function plannerStep(u: User): Promise<void> {
  const mine = [...drafts.values()].filter((d) => d.owner === u.name);
  const editable = [...drafts.values()].filter((d) => d.owner === u.name || d.shared.get(u.name) === 'edit');
  const r = Math.random();
  if (mine.length === 0 || (r < 0.04 && mine.length < 6)) {
    const district = u.spec.district as District;
    const env =
      Math.random() < 0.5
        ? await u.call('plan.createFromTemplate', { templateId: pick(seedIds), district, period: { start: 2027, end: 2029 }, mode: 'full', title: `${district}${u.name}行动计划草案` })
        : await u.call('plan.createBlank', { title: `${district}${u.name}空白草案`, district, period: { start: 2027, end: 2029 } });
    if (!env.ok) return void unexpected.push(`${u.name} create: ${env.error.code} ${env.error.message}`);
    const d: Draft = { id: env.result.id, owner: u.name, district, shared: new Map(), acked: null, busy: false };
    drafts.set(d.id, d);
    await save(u, d);
  } else if (r < 0.45) {
    await save(u, pick(editable));
  } else if (r < 0.65) {
    await listAndSearch(u);
  } else if (r < 0.75) {
    await u.must('plan.get', { id: pick([...seedIds, ...mine.map((d) => d.id)]) });
  } else if (r < 0.8) {
    // share: to edit with a planner of the same district, or to read with one of another district
    const d = pick(mine);
    const same = Math.random() < 0.5;
    const targets = users.filter((t) => t.spec.role === 'planner' && t !== u && (same ? t.spec.district === d.district : t.spec.district !== d.district) && !d.shared.has(t.name));
    if (!targets.length) return;
    const t = pick(targets);
    const access = same ? 'edit' : 'read';
    d.shared.set(t.name, access);
    const ok = await u.must('plan.share', { planId: d.id, username: t.name, access });
    if (ok) {
      stats.probes.sharedGet++;
      const env = await t.call('plan.get', { id: d.id });
      if (!env.ok) {
        stats.probes.sharedGetFailed++;
        unexpected.push(`${t.name} could not read ${d.id} shared to it: ${env.error.code}`);
      }
    }
  } else if (r < 0.88) {
    await probeForeign(u);
  } else {
    // positive control: the owner's search finds the marker of their own draft
    const d = mine.find((x) => x.acked);
    if (!d) return;
    const { marker: marked, revision } = d.acked!;
    stats.probes.ownSearch++;
    const hits = await u.must('library.search', { query: marked });
    if (hits) {
      checkListed(u, 'library.search', (hits as Array<{ planId: string }>).map((h) => h.planId));
      if ((hits as Array<{ planId: string }>).some((h) => h.planId === d.id)) stats.probes.ownSearchFound++;
      // a co-editor's save may have replaced the marker while the search ran; otherwise the index missed a save
      else if (d.acked!.revision !== revision || d.busy) stats.probes.ownSearchSuperseded++;
      else {
        stats.probes.ownSearchMissed++;
        unexpected.push(`${u.name}: search for ${marked} (acknowledged in ${d.id} rev ${revision}) did not find it`);
      }
    }
  }
}

async function reviewerStep(u: User): Promise<void> {
  const local = [...drafts.values()].filter((d) => d.district === u.spec.district);
  const r = Math.random();
  if (r < 0.3) await listAndSearch(u);
  else if (r < 0.55 && local.length) {
    const d = pick(local);
    const plan = await u.must('plan.get', { id: d.id });
    if (plan) await u.must('review.add', { planId: d.id, kind: 'comment', anchor: { nodeId: plan.nodes[0].id, field: 'node', start: 0, end: 0, quote: '' }, body: `${u.name} 请补充量化指标` });
  } else if (r < 0.7 && local.length) {
    // probe: a reviewer's plan.save is refused and its marker never stored
    const d = pick(local);
    const plan = await u.must('plan.get', { id: d.id });
    if (!plan) return;
    const { doc, revision } = docOf(plan);
    doc.nodes[0].heading = `审核越权${u.name}`;
    stats.probes.reviewerSave++;
    const env = await u.call('plan.save', { id: d.id, doc, baseRevision: revision });
    if (env.ok) leak(`${u.name} (reviewer) saved ${d.id}`);
    else if (env.error.code !== 'forbidden') unexpected.push(`${u.name} reviewer plan.save: ${env.error.code}`);
  } else if (r < 0.85) await probeForeign(u);
  else await u.must('plan.get', { id: pick(seedIds) });
}

async function clerkStep(u: User): Promise<void> {
  const r = Math.random();
  if (r < 0.3 && EXPORTS) {
    const readable = [...seedIds, ...[...drafts.values()].filter((d) => d.district === u.spec.district && d.acked).map((d) => d.id)];
    await u.must('export.docx', { id: pick(readable) });
  } else if (r < 0.6) await listAndSearch(u);
  else if (r < 0.8) await probeForeign(u);
  else await u.must('plan.get', { id: pick(seedIds) });
}

async function adminStep(u: User): Promise<void> {
  const r = Math.random();
  if (r < 0.4) await u.must('library.list', {});
  else if (r < 0.7) await u.must('users.list', {});
  else await u.must('audit.list', {});
}

// ---------- run ----------
const started = Date.now();
for (const u of users) {
  const env = await u.call('auth.login', { username: u.name, password: u.spec.password });
  if (!env.ok) throw new Error(`login ${u.name}: ${env.error.code} ${env.error.message}`);
}
const loginMs = Date.now() - started;
const all = (await users[0].must('library.list', {})) as Array<{ id: string; status: string }>;
seedIds.push(...all.filter((p) => p.status === 'reference' || p.status === 'final').map((p) => p.id));
if (!seedIds.length) throw new Error('no seed plans in the library');

console.error(`server pid ${server.pid} on port ${port}; ${users.length} users logged in in ${loginMs} ms; running ${MINUTES} min`);
const load0 = os.loadavg();
measuring = true;
const t0 = Date.now();
const deadline = t0 + MINUTES * 60_000;
sampleServer();
await readEld(); // reset: the run's histogram starts now
eld.length = 0;
const cpu0 = process.cpuUsage();
const sampler = setInterval(sampleServer, 5000);
const eldTimer = setInterval(() => void readEld(), 30_000);
const progress = setInterval(() => console.error(`  ${Math.round((Date.now() - t0) / 1000)} s: ${calls} calls, ${stats.acked} saves, ${stats.conflicts} conflicts, ${stats.leaks} leaks, ${unexpected.length} unexpected, load ${os.loadavg()[0].toFixed(2)}`), 30_000);
await Promise.all(
  users.map(async (u, i) => {
    await sleep((i * 1000) / users.length); // spread the start over a second
    const step = { planner: plannerStep, reviewer: reviewerStep, clerk: clerkStep, admin: adminStep }[u.spec.role];
    while (Date.now() < deadline) {
      try {
        await step(u);
      } catch (e) {
        unexpected.push(`${u.name}: ${e instanceof Error ? e.stack : String(e)}`);
      }
      await think();
    }
  }),
);
const elapsed = (Date.now() - t0) / 1000;
measuring = false;
clearInterval(sampler);
clearInterval(progress);
clearInterval(eldTimer);
await readEld();
const cpu1 = process.cpuUsage(cpu0);
sampleServer();
const load1 = os.loadavg();

// ---------- the acknowledged writes, read back ----------
const admin = users[0];
let checked = 0;
for (const d of drafts.values()) {
  if (!d.acked) continue;
  checked++;
  const plan = await admin.must('plan.get', { id: d.id });
  if (!plan || plan.revision !== d.acked.revision || plan.nodes[0].heading !== d.acked.marker) {
    stats.lost++;
    console.error(`LOST: ${d.id} acknowledged rev ${d.acked.revision} ${d.acked.marker}, stored rev ${plan?.revision} ${plan?.nodes?.[0]?.heading}`);
  }
}
// no reviewer's text anywhere
for (const d of drafts.values()) {
  const plan = await admin.must('plan.get', { id: d.id });
  if (plan && JSON.stringify(plan).includes('审核越权')) leak(`a reviewer's refused save is in ${d.id}`);
}
sampleServer();
server.kill('SIGTERM');
await new Promise((r) => server.once('exit', r));
fs.rmSync(dataDir, { recursive: true, force: true });
await cluster?.stop();

// ---------- figures ----------
const q = (a: number[], p: number) => a[Math.min(a.length - 1, Math.floor(p * a.length))];
const rows = [...lat.entries()].sort((a, b) => b[1].length - a[1].length);
const out: string[] = [];
const roles = (r: Role) => specs.filter((s) => s.role === r).length;
out.push(`Office server under load: ${users.length} users (1 admin, ${roles('planner')} planners, ${roles('reviewer')} reviewers, ${roles('clerk')} clerks in ${DISTRICTS.join('/')}) for ${elapsed.toFixed(0)} s, think time 200–1000 ms${EXPORTS ? '' : ', no Word exports (--no-export)'}, export workers: ${EXPORT_WORKERS === null ? 'the server default' : EXPORT_WORKERS === 0 ? 'none (a fresh worker per export)' : EXPORT_WORKERS}; library: ${cluster ? `PostgreSQL (${cluster.version.trim()}, serve --db)` : 'SQLite (serve --data-dir)'}`);
out.push(`Machine: ${os.cpus()[0]?.model ?? '?'} × ${os.cpus().length}, Node ${process.version}, load average ${load0.map((x) => x.toFixed(2)).join(' ')} at the start, ${load1.map((x) => x.toFixed(2)).join(' ')} at the end`);
out.push(`Logins of all users before the run: ${loginMs} ms`);
out.push('');
out.push('| method | calls | p50 ms | p95 ms | max ms |');
out.push('|---|---:|---:|---:|---:|');
for (const [m, a] of rows) {
  a.sort((x, y) => x - y);
  out.push(`| ${m} | ${a.length} | ${q(a, 0.5).toFixed(1)} | ${q(a, 0.95).toFixed(1)} | ${a[a.length - 1].toFixed(1)} |`);
}
const allLat = rows.flatMap(([, a]) => a).sort((x, y) => x - y);
out.push(`| all | ${allLat.length} | ${q(allLat, 0.5).toFixed(1)} | ${q(allLat, 0.95).toFixed(1)} | ${allLat[allLat.length - 1].toFixed(1)} |`);
out.push('');
out.push(`Calls: ${calls} in ${elapsed.toFixed(0)} s = ${(calls / elapsed).toFixed(1)} per second`);
out.push(`Errors by code: ${errors.size ? [...errors.entries()].map(([k, v]) => `${k} ×${v}`).join(', ') : 'none'}`);
out.push(`Drafts made: ${drafts.size}; acknowledged saves: ${stats.acked}; conflicts (two writers raced; re-read and retried, not losses): ${stats.conflicts}`);
out.push(`Lost acknowledged writes: ${stats.lost} (of ${checked} drafts read back: last acknowledged revision and marker)`);
const p = stats.probes;
out.push(`Permission leaks: ${stats.leaks} — probes: ${p.foreignGet} plan.get of another district's unshared draft (not-found), ${p.foreignListSearch} list/search answers checked, ${p.reviewerSave} reviewer plan.save (refused), ${p.sharedGet} reads after a share (${p.sharedGetFailed} failed), own-marker search ${p.ownSearchFound}/${p.ownSearch} found (${p.ownSearchSuperseded} replaced meanwhile by a co-editor's save, ${p.ownSearchMissed} missed)`);
if (procSamples.length >= 2) {
  const a = procSamples[0];
  const b = procSamples[procSamples.length - 1];
  const rss = procSamples.map((s) => s.rssMb);
  out.push(`Server process: CPU ${(b.cpu - a.cpu).toFixed(1)} s over ${((b.t - a.t) / 1000).toFixed(0)} s (${((100 * (b.cpu - a.cpu)) / ((b.t - a.t) / 1000)).toFixed(0)}% of one core); RSS ${rss[0].toFixed(0)} MB at the start, max ${Math.max(...rss).toFixed(0)} MB, ${rss[rss.length - 1].toFixed(0)} MB at the end`);
}
out.push(`Load generator (this process, ${users.length} users' HTTP clients): CPU ${((cpu1.user + cpu1.system) / 1e6).toFixed(1)} s`);
if (eld.length) {
  const mx = (k: 'p50' | 'p95' | 'p99' | 'max') => Math.max(...eld.map((e) => e[k]));
  out.push(`Server event-loop delay, per 30 s window (worst window): p50 ${mx('p50')} ms, p95 ${mx('p95')} ms, p99 ${mx('p99')} ms, max ${mx('max')} ms; windows' p99: ${eld.map((e) => e.p99).join(', ')}`);
}
out.push(`Unexpected: ${unexpected.length}${unexpected.length ? '\n  ' + unexpected.slice(0, 20).join('\n  ') : ''}`);
const serverErrors = serverLog.join('').trim();
out.push(`Server stderr: ${serverErrors ? '\n' + serverErrors.slice(0, 3000) : '(empty)'}`);
console.log(out.join('\n'));
process.exit(stats.lost || stats.leaks || unexpected.length ? 1 : 0);
