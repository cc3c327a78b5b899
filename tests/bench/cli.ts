/**
 * `npm run bench:cli`: the command line measured as whole processes (start-up, module loading, the work, exit),
 * each beside its yardstick in the same run, interleaved (A, B, A, B, …) so both see the same machine load:
 *
 *   1. `plan-workbench help`            beside `node -e 0` (Node's own start) and the former `tsx electron/cli/index.ts help`
 *   2. `export-docx 杨浦 --cover --annex` (from the seed file, and from the library) beside pandoc's Markdown → docx of
 *                                       the same content (the Markdown export: same headings, bodies and annex tables)
 *   3. `compare 静安 2014 ↔ 杨浦`          (library ids, and files) beside diff-match-patch's flat diff of the two texts
 *                                       without a time-out (one process per run, 3 runs by default, BENCH_DMP_RUNS: each takes 17–25 s)
 *
 * Builds the bundle first when it is stale. Writes the section "Command line (whole processes)" of docs/benchmarks.md
 * (replacing the previous one) unless BENCH_NO_WRITE=1. BENCH_RUNS: runs per command (default 9).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importFile } from '../../shared/importer/index';
import { buildMarkdown } from '../../shared/export/markdown';
import { JINGAN_2014, YANGPU_2015 } from '../compare/labels';
import { machine, ms, percentile } from './machine';
import { replaceSections } from './doc-sections';
import { buildCli, cliBundleStale, CLI_BIN } from '../../electron/cli/build.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SEEDS = join(ROOT, 'seeds');
const RUNS = Number(process.env.BENCH_RUNS ?? 9);

interface Cmd { label: string; command: string; args: string[]; input?: string }
interface Timing { wall: number[]; cpu: number[] }

/** One whole process; wall-clock time, and CPU time (user + system of the child, from getrusage via /usr/bin/time). */
function once(c: Cmd): { wall: number; cpu: number | null } {
  const useTime = hasTime;
  const t0 = performance.now();
  const r = useTime
    ? spawnSync('/usr/bin/time', ['-f', '%U %S', c.command, ...c.args], { input: c.input, encoding: 'utf8', maxBuffer: 256 << 20 })
    : spawnSync(c.command, c.args, { input: c.input, encoding: 'utf8', maxBuffer: 256 << 20 });
  const wall = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${c.label} failed (${r.status}): ${r.stderr}`);
  let cpu: number | null = null;
  if (useTime) {
    const m = /(\d+\.\d+) (\d+\.\d+)\s*$/.exec(r.stderr);
    if (m) cpu = (Number(m[1]) + Number(m[2])) * 1000;
  }
  return { wall, cpu };
}
const hasTime = spawnSync('/usr/bin/time', ['-f', '%U', 'true']).status === 0;

/** Run the commands interleaved, `runs` times each after one warm-up round (disk cache). */
function side(cmds: Cmd[], runs = RUNS): Timing[] {
  for (const c of cmds) once(c);
  const out = cmds.map(() => ({ wall: [] as number[], cpu: [] as number[] }));
  for (let i = 0; i < runs; i++) {
    cmds.forEach((c, j) => {
      const r = once(c);
      out[j].wall.push(r.wall);
      if (r.cpu !== null) out[j].cpu.push(r.cpu);
    });
  }
  for (const t of out) { t.wall.sort((a, b) => a - b); t.cpu.sort((a, b) => a - b); }
  return out;
}
const med = (xs: number[]) => percentile(xs, 0.5);
const row = (label: string, t: Timing) => `| ${label} | ${ms(med(t.wall))} ms | ${ms(percentile(t.wall, 0.95))} ms | ${t.cpu.length ? `${ms(med(t.cpu))} ms` : '—'} |`;
const HEAD = '| whole process | wall median | wall p95 | CPU median (user+sys) |\n|---|---|---|---|';
const load = () => os.loadavg().map((x) => x.toFixed(1)).join(' / ');

async function main(): Promise<void> {
  if (cliBundleStale()) await buildCli();
  const node = process.execPath;
  const bin = CLI_BIN;
  const tmp = mkdtempSync(join(os.tmpdir(), 'pw-bench-cli-'));
  try {
    const lib = join(tmp, 'lib');
    // a library with the seeds (the first start imports them): ids of 静安 2014 and 杨浦
    const list = spawnSync(node, [bin, 'list', '--data-dir', lib], { encoding: 'utf8' });
    if (list.status !== 0) throw new Error(list.stderr);
    const idOf = (period: string, district: string) => list.stdout.split('\n').find((l) => l.split('\t')[2] === district && l.split('\t')[3] === period)!.split('\t')[0];
    const yangpu = idOf('2015-2017', '杨浦区');
    const jingan = idOf('2014-2016', '静安区');
    const sections: string[] = [];
    const loadAtStart = load();

    // 1. help
    const help = side([
      { label: 'plan-workbench help', command: node, args: [bin, 'help'] },
      { label: 'node -e 0', command: node, args: ['-e', '0'] },
    ], Math.max(RUNS, 15));
    const tsx = side([{ label: 'tsx help', command: join(ROOT, 'node_modules', '.bin', 'tsx'), args: [join(ROOT, 'electron', 'cli', 'index.ts'), 'help'] }], 3);
    const helpOver = med(help[0].wall) - med(help[1].wall);
    sections.push(`### Start-up: \`plan-workbench help\`\n\nTarget: ≤ 150 ms whole process.\n\n${HEAD}\n${row('`plan-workbench help` (node out/cli/plan-workbench.js help)', help[0])}\n${row('`node -e 0` (Node alone)', help[1])}\n${row('before: `tsx electron/cli/index.ts help` (3 runs)', tsx[0])}\n\nOver Node's own start the bundle adds ${ms(helpOver)} ms of wall-clock median${help[0].cpu.length ? ` and ${ms(med(help[0].cpu) - med(help[1].cpu))} ms of CPU (/usr/bin/time counts in 10 ms steps)` : ''}: the wall-clock figures follow the machine's load (other processes share its 2 cores), the CPU figures much less. The command is a CommonJS launcher with argument parsing and the usage text only (since 2026-12-06: help and compare run without Node's ES module loader); every other command imports the ES module entry and its own chunk. Before, tsx compiled the TypeScript sources on every start. \`npx plan-workbench\` adds npm's own start-up (it reads the whole dependency tree: seconds on this machine); \`npm link\` once puts \`plan-workbench\` on the PATH without it.`);

    // 2. export-docx vs pandoc
    const yFile = join(SEEDS, YANGPU_2015);
    const md = buildMarkdown(await importFile({ bytes: new Uint8Array(readFileSync(yFile)), fileName: YANGPU_2015 }), { annexes: true });
    const mdFile = join(tmp, 'yangpu.md');
    writeFileSync(mdFile, md);
    const hasPandoc = spawnSync('pandoc', ['--version']).status === 0;
    const pandocVersion = hasPandoc ? spawnSync('pandoc', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0] : '';
    const exportCmds: Cmd[] = [
      { label: 'file', command: node, args: [bin, 'export-docx', yFile, join(tmp, 'a.docx'), '--cover', '--annex'] },
      { label: 'library', command: node, args: [bin, 'export-docx', yangpu, join(tmp, 'b.docx'), '--cover', '--annex', '--data-dir', lib] },
      ...(hasPandoc ? [{ label: 'pandoc', command: 'pandoc', args: ['-f', 'markdown', '-t', 'docx', '-o', join(tmp, 'p.docx'), mdFile] }] : []),
    ];
    const ex = side(exportCmds);
    let exportText = `### \`export-docx\` of 杨浦 2015–2017 with cover and annexes\n\nTarget: ≤ 3× pandoc's time.\n\n${HEAD}\n${row('`plan-workbench export-docx <seed file> out.docx --cover --annex` (import in a worker, then build)', ex[0])}\n${row('`plan-workbench export-docx <library id> out.docx --cover --annex` (open the library, build in this process)', ex[1])}\n`;
    if (hasPandoc) {
      exportText += `${row(`${pandocVersion}: \`pandoc -f markdown -t docx\` of the Markdown export (${Math.round(md.length / 1000)} K chars)`, ex[2])}\n\nRatio to pandoc (wall medians): from the file **${(med(ex[0].wall) / med(ex[2].wall)).toFixed(1)}×**, from the library **${(med(ex[1].wall) / med(ex[2].wall)).toFixed(1)}×**${ex[2].cpu.length ? `; CPU time: ${(med(ex[0].cpu) / med(ex[2].cpu)).toFixed(1)}× and ${(med(ex[1].cpu) / med(ex[2].cpu)).toFixed(1)}×` : ''}.`;
      exportText += `\n\nWhy not 1×: pandoc is one native binary turning Markdown into a plain document. Each \`plan-workbench export-docx\` process starts Node (${ms(med(help[1].wall))} ms here alone), parses ~2 MB of JavaScript (zod, docx, the plan model; the importer too when a file is imported, in a worker thread with the app's limits), opens SQLite, lays out the GB/T 9704 document (cover, 版记, landscape annex tables: ~400 KB of XML) and zips it once with Node's zlib. In a one-shot process most of the work runs before the JIT has optimised it: docx's components and XML writer (since 2026-12-05 runs, table cells and paragraph properties come from templates, a quarter of the components), building the Traditional→Simplified table the numbering reads with (shared/text/fold.ts, ~20–40 ms cold), compiling modules. Until 2026-12-05 fflate's JavaScript deflate took ~150 ms of such a process (cold code); zlib takes a few.`;
    } else exportText += '\npandoc is not installed: no yardstick.';
    sections.push(exportText);

    // 3. compare vs diff-match-patch
    const jFile = join(SEEDS, JINGAN_2014);
    const cmp = side([
      { label: 'ids', command: node, args: [bin, 'compare', jingan, yangpu, '--json', '--data-dir', lib] },
      { label: 'files', command: node, args: [bin, 'compare', jFile, yFile, '--json'] },
    ]);
    const dmpScript = `const D=require(${JSON.stringify(join(ROOT, 'node_modules', 'diff-match-patch'))});const fs=require('fs');const d=new D();d.Diff_Timeout=0;const r=d.diff_main(fs.readFileSync(process.argv[1],'utf8'),fs.readFileSync(process.argv[2],'utf8'));console.log(r.length);`;
    const dmp = side([{ label: 'dmp', command: node, args: ['-e', dmpScript, jFile, yFile] }], Number(process.env.BENCH_DMP_RUNS ?? 3));
    const best = Math.min(med(cmp[0].wall), med(cmp[1].wall));
    sections.push(`### \`compare\` 静安 2014 ↔ 杨浦 2015\n\nTarget: ≥ 60× faster than a flat diff-match-patch diff without a time-out.\n\n${HEAD}\n${row('`plan-workbench compare <id> <id> --json` (library ids)', cmp[0])}\n${row('`plan-workbench compare <file> <file> --json` (both imported on the fly)', cmp[1])}\n${row(`\`node -e\` diff-match-patch 1.0.5 \`diff_main\` of the two texts, Diff_Timeout = 0 (${dmp[0].wall.length} run${dmp[0].wall.length === 1 ? '' : 's'}; its own time varies a lot from run to run: 17–25 s on the slower machine of 2026-12-04, 6.8–10.8 s on the machine of 2026-12-05/06)`, dmp[0])}\n\ndiff-match-patch ÷ compare (wall medians): by ids **${(med(dmp[0].wall) / med(cmp[0].wall)).toFixed(0)}×**, by files **${(med(dmp[0].wall) / med(cmp[1].wall)).toFixed(0)}×** (best ${(med(dmp[0].wall) / best).toFixed(0)}×)${dmp[0].cpu.length && cmp[0].cpu.length ? `; in CPU time (less dependent on the load than wall-clock time, above all for short processes): by ids **${(med(dmp[0].cpu) / med(cmp[0].cpu)).toFixed(0)}×**, by files **${(med(dmp[0].cpu) / med(cmp[1].cpu)).toFixed(0)}×**` : ''}.\n\nThe library is the one the first start makes (the reference plans imported, no plan compared yet): the warm-up round's compare stores both plans' tokens (table plan_tokens), which the measured runs read instead of running Intl.Segmenter — as after a save, or any compare of the plans before. Where the compare process by ids spends its time (main thread, 2026-12-05, from /proc's per-thread run time at phase boundaries; h-clistart at load ~3, h-cmpstore at load ~8): Node's own start ~70 ms; the entry and the compare script from V8's code cache ~15 ms; better-sqlite3 ~14 ms (since 2026-12-06 its JavaScript is part of the compare script and its code cache; the native module alone loads in ~0.3 ms); opening the library (no quick_check: the command only reads) and reading both plans with their stored tokens ~18 ms; preparing both plans ~30 ms (~95 ms when Intl.Segmenter has to run); aligning and diffing the 37 pairs ~75 ms; the JSON ~5 ms. Garbage collection (~10 % of a CPU profile) is inside these phases, and the code runs before the JIT has optimised it: TurboFan compiles on other threads (the process's CPU time is ~1.6× its main thread's). By files each plan is first imported in a worker thread with the app's limits (the importer loaded there: hence ~2× the CPU).`);

    const text = `## Command line (whole processes)\n\nWritten by \`npm run bench:cli\` on ${new Date().toISOString().slice(0, 10)}. Machine: ${machine()}. ${RUNS} interleaved runs per command after one warm-up round unless said otherwise; load average ${loadAtStart} at the start, ${load()} at the end (1 / 5 / 15 min).\n\n${sections.join('\n\n')}\n`;
    console.log(text);
    if (process.env.BENCH_NO_WRITE !== '1') {
      const file = join(ROOT, 'docs', 'benchmarks.md');
      writeFileSync(file, replaceSections(readFileSync(file, 'utf8'), [text]));
      console.log(`written to ${file}`);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
