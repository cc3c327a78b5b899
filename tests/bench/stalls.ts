/**
 * Event-loop stalls of the host (the main process / the server's thread) while the core does big work, through the
 * API the hosts use (core.call). Prints a table; writes nothing (the figures go into docs/reliability.md by hand).
 *
 *   npx tsx tests/bench/stalls.ts [--plans N] [--only name,name] [--lib <dir>] [--json]
 *
 * For each operation: the longest stall of the event loop while it ran (a 5 ms setInterval probe: the longest gap
 * between two ticks, minus 5 ms), its wall time and the CPU time of the
 * process (main thread and workers together). On a machine shared with other work a stall also includes time the
 * process waited for a core: read the operations against the idle row ("idle": nothing running) of the same run.
 *
 * The library of N plans (default 2,000, varied seeds as in the search benchmark) is built once into --lib (default
 * /tmp/pw-stalls-lib-<N>) and copied for each run, so old and new code can be measured on the same file.
 *
 * On a loaded machine the wall-clock stall is mostly time spent waiting for a core; the CPU the host's thread spends
 * between two ticks is what the stall would be on an idle one: tests/bench/save-cpu.ts (plan.save) and
 * tests/bench/write-cpu.ts (plan.importCommit, plan.duplicate, plan.delete, e.g. on a copy of this library:
 * `npx tsx tests/bench/write-cpu.ts 2000 4 /tmp/pw-stalls-lib-2000`) measure that; figures in docs/reliability.md
 * › The host never freezes.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { FORMAT, emptyNode, type PlanDoc, type PlanNode } from '../../shared/model/plan';
import { importText } from '../../shared/importer/index';
import { openLibrary } from '../../electron/core/library';
import { createCore, type Core } from '../../electron/core/core';
import { variants } from './import-search';
import { measure } from './cpu-probe';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const PLANS = Number(opt('plans') ?? 2000);
const ONLY = opt('only')?.split(',');
const LIB = opt('lib') ?? join(tmpdir(), `pw-stalls-lib-${PLANS}`);

const BODIES = [
  '依托区大数据中心,统筹推进政务云、公共数据平台和城市运行管理平台建设,完善数据共享交换机制。',
  '推进家庭光纤入户和5G基站建设,到2026年实现重点区域5G网络全覆盖,家庭宽带接入能力达到千兆。',
  '完善一网通办线上线下服务体系,推动高频事项全程网办,提升企业和群众办事便利度。',
  '建设智慧社区综合服务平台,整合养老、医疗、文化等社区服务资源,打造十五分钟生活圈。',
  '加强网络安全保障体系建设,落实关键信息基础设施安全保护责任,提升应急处置能力。',
];
const DEPTS = ['区科委', '区经委', '区发展改革委', '区民政局', '区卫生健康委', '区教育局', '区城运中心', '区数据局'];

/** A plan of `tasks` key tasks (20 parts, tasks spread under 5 actions each), each with departments and milestones. */
export function bigPlan(tasks: number, variant = 0, title = `大型测试计划${variant}(2027-2029)`): PlanDoc {
  let n = 0;
  const id = () => `v${variant}n${++n}`;
  const node = (kind: PlanNode['kind'], heading: string, body = '', children: PlanNode[] = [], extra: Partial<PlanNode> = {}): PlanNode => ({ ...emptyNode(id(), kind), heading, body, children, ...extra });
  const perAction = Math.ceil(tasks / 100);
  let made = 0;
  const parts = Array.from({ length: 20 }, (_, p) =>
    node('part', `第${p + 1}部分 主要任务`, '', Array.from({ length: 5 }, (_, a) =>
      node('action', `行动${a + 1} 推进智慧城市建设`, '围绕智慧城市建设目标,推进信息化应用。', Array.from({ length: perAction }, () => {
        const t = made++;
        if (t >= tasks) return null;
        const b = BODIES[(t + variant) % BODIES.length];
        return node('task', `重点任务${t + 1} 建设第${(t * 7 + variant) % 997}号综合服务平台`, `${b}到${2027 + (t % 3)}年完成第${t}批建设。`, [], {
          lead: [DEPTS[t % DEPTS.length]],
          partners: [DEPTS[(t + 3) % DEPTS.length]],
          milestones: [{ year: 2027, stage: '启动', text: `启动第${t}批建设` }, { year: 2029, stage: '完成', text: '全面完成' }],
        });
      }).filter((x): x is PlanNode => x !== null)))));
  return {
    format: FORMAT,
    meta: { title, district: '测试区', city: '上海市', period: { start: 2027, end: 2029 }, issuer: null, docNumber: null, issuedOn: null, addressees: [], status: 'draft', source: null, basedOn: null, notice: '', preamble: '' },
    nodes: parts,
  };
}

/** The longest event-loop stall while `work` runs. */
async function probe<T>(work: () => Promise<T>): Promise<{ result: T; stallMs: number; wallMs: number; cpuMs: number }> {
  const PERIOD = 5;
  let last = performance.now();
  let worst = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last - PERIOD);
    last = now;
  }, PERIOD);
  // one tick before the work starts, so the first gap measures the work
  await new Promise((r) => setTimeout(r, 20));
  last = performance.now();
  worst = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = await work();
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  // the gap that ends with the work's answer
  worst = Math.max(worst, performance.now() - last - PERIOD);
  clearInterval(timer);
  return { result, stallMs: worst, wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

function buildLibrary(dir: string, n: number): void {
  process.stderr.write(`stalls: building a library of ${n} plans in ${dir}…\n`);
  mkdirSync(dir, { recursive: true });
  const lib = openLibrary({ dataDir: dir });
  for (const v of variants(n)) lib.addPlan(importText(v.text, v.name), { status: 'reference' });
  lib.merger?.drain(); // (the app merges the index between imports: fts-merge.ts)
  lib.close();
}

async function call<T = unknown>(core: Core, method: string, input: unknown): Promise<T> {
  const env = await core.call(method, input);
  if (!env.ok) return { error: env.error.code, message: env.error.message } as T;
  return env.result as T;
}

interface Row { name: string; what: string; stallMs: number; wallMs: number; cpuMs: number; outcome: string }

/**
 * `n` plan.delete calls (to the 回收站) of the library's plans, one after the other with 30 ms of nothing between them
 * (the planner's next click; the host's loop is free: the search index's merge steps run there, fts-merge.ts). Per
 * delete the longest CPU the host's thread spent between two ticks of a 2 ms probe (cpu-probe.ts: the stall on an idle
 * machine) and the CPU of the call; per gap the same longest CPU (a merge step). The row's stall is the delete's worst.
 */
async function deletes(core: Core, ids: string[], n: number): Promise<Row> {
  process.stderr.write(`stalls: deletes-${n}…\n`);
  const stall: number[] = [];
  const cpu: number[] = [];
  const gaps: number[] = [];
  const step = Math.max(1, Math.floor(ids.length / n));
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < n && i * step < ids.length; i++) {
    const d = await measure(() => call(core, 'plan.delete', { id: ids[i * step] }));
    stall.push(d.longest);
    cpu.push(d.cpu);
    const g = await measure(() => new Promise((r) => setTimeout(r, 30)));
    gaps.push(g.longest);
  }
  const wallMs = performance.now() - t0;
  const c = process.cpuUsage(cpu0);
  const q = (a: number[], p: number) => [...a].sort((x, y) => x - y)[Math.min(a.length - 1, Math.floor(a.length * p))].toFixed(1);
  return {
    name: `deletes-${n}`,
    what: `${stall.length} × plan.delete, 30 ms idle between: longest CPU between 2 ms ticks in a delete p50 / p95 / max; CPU of a delete p50 / max; longest in an idle gap`,
    stallMs: Math.max(...stall),
    wallMs,
    cpuMs: (c.user + c.system) / 1000,
    outcome: `delete ${q(stall, 0.5)} / ${q(stall, 0.95)} / ${q(stall, 1)} ms; call ${q(cpu, 0.5)} / ${q(cpu, 1)} ms; gap ${q(gaps, 0.5)} / ${q(gaps, 0.95)} / ${q(gaps, 1)} ms`,
  };
}

async function main() {
  if (!existsSync(`${LIB}.done`)) {
    rmSync(LIB, { recursive: true, force: true });
    buildLibrary(LIB, PLANS);
    writeFileSync(`${LIB}.done`, '');
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'pw-stalls-'));
  cpSync(LIB, dataDir, { recursive: true });
  const core = await createCore({ dataDir, seedsDir: null, host: 'test' });
  const rows: Row[] = [];
  const run = async (name: string, what: string, work: () => Promise<unknown>) => {
    // (an operation left out by --only still runs unmeasured when a later one needs its result)
    if (ONLY && !ONLY.includes(name) && name !== 'idle') return ['commit-2000', 'backup-create'].includes(name) ? work() : undefined;
    process.stderr.write(`stalls: ${name}…\n`);
    const r = await probe(work);
    const res = r.result as { error?: string; message?: string } | null;
    const outcome = res && typeof res === 'object' && 'error' in res && res.error ? `error ${res.error}` : 'ok';
    rows.push({ name, what, stallMs: r.stallMs, wallMs: r.wallMs, cpuMs: r.cpuMs, outcome });
    return r.result;
  };
  const seeds = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
  const yangpu = readFileSync(join(ROOT, 'seeds', seeds[2]));
  const ids = ((await call<Array<{ id: string }>>(core, 'library.list', {})) ?? []).map((p) => p.id);
  try {
    await run('idle', 'nothing (the probe alone, 1 s)', () => new Promise((r) => setTimeout(r, 1000)));
    if (!ONLY || ONLY.includes('deletes-200')) rows.push(await deletes(core, ids, 200));
    await run('search', `library.search 智慧社区 over ${ids.length} plans (first after open)`, () => call(core, 'library.search', { query: '智慧社区' }));
    await run('search2', 'library.search 一网通办 with district filter', () => call(core, 'library.search', { query: '一网通办', filters: { district: '杨浦区' } }));
    await run('list', `library.list of ${ids.length} plans`, () => call(core, 'library.list', {}));
    await run('departments', 'library.departments', () => call(core, 'library.departments', {}));
    await run('similar', 'compare.similar of one plan against the library (first: vectors built)', () => call(core, 'compare.similar', { planId: ids[0] }));
    await run('similar2', 'compare.similar again', () => call(core, 'compare.similar', { planId: ids[1] }));
    // a big file: the 杨浦 seed repeated to ~19 MB (under the 20 MB limit)
    // (the base64 text is made before the probe starts: the host receives it made)
    const big50 = Buffer.alloc(50 * 2 ** 20, yangpu).toString('base64');
    await run('preview-50mb', 'plan.importPreview of a 50 MB text (over the 20 MB limit)', () => call(core, 'plan.importPreview', { fileName: 'big.txt', dataBase64: big50 }));
    const big = Buffer.alloc(12 * 2 ** 20, yangpu).toString('base64');
    await run('preview-12mb', 'plan.importPreview of a 12 MB text (the 杨浦 seed repeated)', () => call(core, 'plan.importPreview', { fileName: 'big.txt', dataBase64: big }));
    await run('preview-seed', 'plan.importPreview of the 杨浦 seed (98 KB)', () => call(core, 'plan.importPreview', { fileName: 'yp.txt', dataBase64: yangpu.toString('base64') }));
    const p2000 = bigPlan(2000, 1);
    const c1 = await run('commit-2000', 'plan.importCommit of a 2,000-task plan (2,120 nodes)', () => call<{ id: string }>(core, 'plan.importCommit', { doc: p2000 }));
    const c2 = await call<{ id: string }>(core, 'plan.importCommit', { doc: bigPlan(2000, 2) });
    const c19a = await call<{ id: string }>(core, 'plan.importCommit', { doc: bigPlan(1850, 3) });
    const c19b = await call<{ id: string }>(core, 'plan.importCommit', { doc: bigPlan(1850, 4) });
    const id1 = (c1 as { id: string }).id;
    const stored = await call<{ revision: number } & PlanDoc>(core, 'plan.get', { id: id1 });
    await run('get-2000', 'plan.get of the 2,000-task plan', () => call(core, 'plan.get', { id: id1 }));
    const doc = { format: stored.format, meta: stored.meta, nodes: structuredClone(stored.nodes) };
    doc.nodes[0].heading = '改过的标题';
    await run('save-2000', 'plan.save of the 2,000-task plan (one heading changed)', () => call(core, 'plan.save', { id: id1, doc, baseRevision: stored.revision }));
    await run('compare-2000', 'compare.plans of two 2,000-task plans (4,240 nodes: worker)', () => call(core, 'compare.plans', { leftId: id1, rightId: c2.id }));
    await run('compare-1850', 'compare.plans of two 1,850-task plans (3,930 nodes: host thread)', () => call(core, 'compare.plans', { leftId: c19a.id, rightId: c19b.id }));
    await run('compare-versions', 'compare.versions of the 2,000-task plan, basedOn-less: version 1 → current', async () => {
      const vs = await call<Array<{ versionId: number }>>(core, 'versions.list', { planId: id1 });
      return call(core, 'compare.versions', { planId: id1, fromVersionId: vs[vs.length - 1]?.versionId ?? 1, toVersionId: 'current' });
    });
    await run('similar-2000', 'compare.similar of the 2,000-task plan', () => call(core, 'compare.similar', { planId: id1 }));
    await run('versions-create', 'versions.create of the 2,000-task plan', () => call(core, 'versions.create', { planId: id1, name: '第二稿' }));
    await run('history', 'history.list of the 2,000-task plan', () => call(core, 'history.list', { planId: id1 }));
    await run('markdown-2000', 'export.markdown of the 2,000-task plan', () => call(core, 'export.markdown', { id: id1 }));
    await run('docx-2000', 'export.docx of the 2,000-task plan with annexes (worker)', () => call(core, 'export.docx', { id: id1, options: { annexes: true } }));
    await run('duplicate-2000', 'plan.duplicate of the 2,000-task plan', () => call(core, 'plan.duplicate', { id: id1 }));
    await run('delete-2000', 'plan.delete of the 2,000-task plan', () => call(core, 'plan.delete', { id: c2.id }));
    const b = await run('backup-create', 'backup.create', () => call<{ name: string }>(core, 'backup.create', {}));
    await run('backup-list', 'backup.list', () => call(core, 'backup.list', {}));
    if (b && (b as { name?: string }).name) await run('backup-restore', 'backup.restore of that backup', () => call(core, 'backup.restore', { name: (b as { name: string }).name }));
    // a batch of 200 files, as the import dialog sends them: preview, then commit, one after the other
    const texts = variants(200);
    await run('batch-200', 'batch import of 200 seed variants (importPreview + importCommit each)', async () => {
      let failed = 0;
      for (const v of texts) {
        const p = await core.call('plan.importPreview', { fileName: v.name, dataBase64: Buffer.from(v.text).toString('base64') });
        if (!p.ok) { failed++; continue; }
        const { duplicates: _d, report: _r, ...rest } = p.result as unknown as Record<string, unknown>;
        const c = await core.call('plan.importCommit', { doc: { format: (rest as unknown as PlanDoc).format, meta: (rest as unknown as PlanDoc).meta, nodes: (rest as unknown as PlanDoc).nodes } });
        if (!c.ok) failed++;
      }
      return failed ? { error: `${failed} failed` } : null;
    });
  } finally {
    core.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (args.includes('--json')) process.stdout.write(JSON.stringify(rows) + '\n');
  else {
    process.stdout.write('| operation | what | longest stall ms | wall ms | CPU ms | outcome |\n|---|---|---:|---:|---:|---|\n');
    for (const r of rows) process.stdout.write(`| ${r.name} | ${r.what} | ${r.stallMs.toFixed(0)} | ${r.wallMs.toFixed(0)} | ${r.cpuMs.toFixed(0)} | ${r.outcome} |\n`);
  }
}

if (process.argv[1]?.endsWith("stalls.ts")) main().catch((e) => {
  console.error(e);
  process.exit(1);
});
