/**
 * The command line as installed (package.json "bin": the esbuild bundle out/cli/plan-workbench.js run by plain node):
 * the bundle builds, its entry loads nothing heavy, help, batch import (stored / duplicate / refused, exit codes,
 * the library afterwards), export-docx --all / several ids into a folder, compare against several plans.
 */
import { closeSync, copyFileSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI_BIN, CLI_OUT, ensureCliBundle, runCli } from '../helpers/cli-bundle';
import { tempDirs } from '../helpers/temp.js';
import { IMPORT_EXTENSIONS } from '../../electron/cli/import';
import { COMMAND_USAGE, USAGE } from '../../electron/cli/args';
import { IMPORTABLE_EXTENSIONS } from '../../shared/importer/public';
import { LEXICON_BY_COST } from '../../shared/compare/lexicon-data';

const ROOT = join(__dirname, '..', '..');
const SEED_JINGAN_2014 = join(ROOT, 'seeds/000_c5ac5ec241139578.txt');
const SEED_YANGPU = join(ROOT, 'seeds/002_72028bf86ba9aa86.txt');
const SEED_FENGXIAN = join(ROOT, 'seeds/003_95ba35a700e40d34.txt');
/** 杨浦 2015–2017 encoded in GB18030: the same document as the seed in other bytes — a duplicate of it by content. */
const YANGPU_GB18030 = join(ROOT, 'tests/fixtures/encodings/002.gb18030.txt');
/** A plan the library does not hold: 南湖区 智慧社区 2025—2027 (our corpus, 行动 → 重点任务). */
const NANHU = join(ROOT, 'tests/corpus/docs/06-action-keytask.txt');
const NANHU_TITLE = '南湖区智慧社区建设三年行动计划';
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

const tempDir = tempDirs('pw-');

type Row = { id: string; status: string; district: string; period: string; title: string };
const rows = (list: string): Row[] =>
  list.trim().split('\n').filter(Boolean).map((l) => {
    const [id, status, district, period, title] = l.split('\t');
    return { id, status, district, period, title };
  });

beforeAll(() => ensureCliBundle(), 120_000);

describe('the bundle', () => {
  it('is built, and its entries (the launcher, main.mjs) statically load no heavy module (docx, the importer, pdfjs, compare, zod, SQLite)', () => {
    const meta = JSON.parse(readFileSync(join(CLI_OUT, 'meta.json'), 'utf8')) as {
      outputs: Record<string, { entryPoint?: string; imports: { path: string; kind: string }[]; inputs: Record<string, unknown> }>;
    };
    const byName = new Map(Object.entries(meta.outputs).map(([p, o]) => [p.split('/').pop()!, o]));
    const entry = byName.get('main.mjs')!;
    expect(entry.entryPoint).toMatch(/electron\/cli\/index\.ts$/);
    // every module reachable from the entry through static imports
    const seen = new Set<string>();
    const inputs: string[] = [];
    const visit = (name: string) => {
      if (seen.has(name)) return;
      seen.add(name);
      const o = byName.get(name);
      if (!o) return; // external (node:*)
      inputs.push(...Object.keys(o.inputs));
      for (const i of o.imports) if (i.kind === 'import-statement') visit(i.path.split('/').pop()!);
    };
    visit('main.mjs');
    expect(inputs.length).toBeGreaterThan(0);
    expect(inputs.filter((i) => /node_modules\/(docx|pdfjs-dist|zod|fflate|mammoth|word-extractor|better-sqlite3)\/|shared\/(importer|compare|export)\/|electron\/core\//.test(i))).toEqual([]);
    // ... while the commands' chunks, loaded on demand, hold them
    const dynamic = entry.imports.filter((i) => i.kind === 'dynamic-import');
    expect(dynamic.length).toBeGreaterThanOrEqual(4); // import, library, export, compare
    const all = Object.values(meta.outputs).flatMap((o) => Object.keys(o.inputs));
    expect(all.some((i) => i.includes('node_modules/docx/'))).toBe(true);
    expect(byName.has('import-worker.mjs')).toBe(true);
    // the command itself (package.json "bin"): a CommonJS launcher with argument parsing, the usage and the code
    // cache's loader only — help and compare run without the ES module loader, everything else imports main.mjs
    const launcherMeta = JSON.parse(readFileSync(join(CLI_OUT, 'meta-launcher.json'), 'utf8')) as { outputs: Record<string, { inputs: Record<string, unknown> }> };
    const launcherInputs = Object.values(launcherMeta.outputs).flatMap((o) => Object.keys(o.inputs));
    expect(launcherInputs.some((i) => i.endsWith('electron/cli/launcher.ts'))).toBe(true);
    expect(launcherInputs.filter((i) => /node_modules\/|shared\/(importer|compare|export|model)\/|electron\/core\/|electron\/cli\/(index|compare|library|import|export|files|context)\.ts/.test(i))).toEqual([]);
    expect(JSON.parse(readFileSync(join(CLI_OUT, 'package.json'), 'utf8'))).toEqual({ type: 'commonjs' });
    // zod's message catalogues stay out (English only); compare of library plans does not load the importer
    expect(all.some((i) => /zod\/v4\/locales\/(ar|zh-CN)\.js$/.test(i))).toBe(false);
    const closure = (start: string) => {
      const names = new Set<string>();
      const ins: string[] = [];
      const go = (n: string) => {
        if (names.has(n) || !byName.has(n)) return;
        names.add(n);
        ins.push(...Object.keys(byName.get(n)!.inputs));
        for (const i of byName.get(n)!.imports) if (i.kind === 'import-statement') go(i.path.split('/').pop()!);
      };
      go(start);
      return ins;
    };
    const compareChunk = [...byName].find(([, o]) => Object.keys(o.inputs).some((i) => i.endsWith('electron/cli/compare.ts')))![0];
    const compareInputs = closure(compareChunk);
    expect(compareInputs.some((i) => i.includes('shared/compare/index.ts'))).toBe(true);
    expect(compareInputs.filter((i) => /node_modules\/(docx|markdown-it|pdfjs-dist|mammoth)\/|shared\/importer\/index\.ts|electron\/core\/core\.ts/.test(i))).toEqual([]);
    // nor zod and the schemas (shared/model/tree-walk.ts, shared/text/district.ts): ~400 KB less to parse per compare
    expect(compareInputs.filter((i) => /node_modules\/zod\/|shared\/model\/plan\.ts|shared\/template\.ts|shared\/numbering\.ts/.test(i))).toEqual([]);
    expect(compareInputs.some((i) => i.endsWith('electron/core/library.ts'))).toBe(true);
    // the same command as one classic script (run with V8's code cache): no zod, and the modules loaded on demand
    // (importing a file, creating a library) are not in it — it takes the ES module bundle's (electron/cli/lazy.ts)
    const scriptMeta = JSON.parse(readFileSync(join(CLI_OUT, 'meta-compare-script.json'), 'utf8')) as { outputs: Record<string, { inputs: Record<string, unknown> }> };
    const scriptInputs = Object.values(scriptMeta.outputs).flatMap((o) => Object.keys(o.inputs));
    expect(scriptInputs.some((i) => i.endsWith('shared/compare/index.ts'))).toBe(true);
    expect(scriptInputs.filter((i) => /node_modules\/(zod|docx|pdfjs-dist|markdown-it)\/|shared\/importer\/index\.ts|electron\/cli\/(files|context|lazy)\.ts|electron\/core\/core\.ts/.test(i))).toEqual([]);
    // shared/ without side effects (build.mjs): of what shared/importer/public.ts re-exports, the script holds the
    // theme keywords and the field lines compare reads, not the marker grammar, the indicator sentences or the table
    // readers (their tables and expressions were built at every compare's start)
    expect(scriptInputs.filter((i) => /shared\/importer\/(themes|fieldlines)\.ts$/.test(i))).toHaveLength(2);
    expect(scriptInputs.filter((i) => /shared\/importer\/(grammar|indicators|celltable|sharedline|tables)\.ts$/.test(i))).toEqual([]);
    // non-ASCII text as written (charset utf8), not as \\uXXXX escapes: the word list's Chinese doubled the script
    expect(readFileSync(join(CLI_OUT, 'compare-script.cjs'), 'utf8')).toContain(LEXICON_BY_COST[9].slice(0, 40));
  });

  it('`node <bundle> help` prints the usage with the command name and the exit codes', async () => {
    for (const args of [['help'], ['--help'], []]) {
      const r = await runCli(args);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('plan-workbench <命令>');
      expect(r.stdout).toContain('export-docx --all');
      expect(r.stdout).toMatch(/退出码: 0 成功 · 1 失败.* · 2 用法错误 · 3 部分成功/);
      expect(r.stderr).toBe('');
    }
    // help with a command: that command's usage alone and the common options (was the whole usage); the launcher's path
    const one = await runCli(['help', 'export-md']);
    expect(one.code).toBe(0);
    expect(one.stdout).toBe(`用法:\n${COMMAND_USAGE['export-md']}\n\n选项:   --data-dir <目录>   资料库文件夹(默认: 应用的数据文件夹)    --version   版本号\n全部命令与退出码: plan-workbench help\n`);
    expect(one.stderr).toBe('');
    // the same from the sources (index.ts: npm run cli)
    const { run } = await import('../../electron/cli/index');
    const printed: string[] = [];
    expect(await run(['help', 'export-md'], (t) => printed.push(t))).toBe(0);
    expect(printed.join('')).toBe(one.stdout);
    const notOne = await runCli(['help', 'exportmd']);
    expect(notOne.code).toBe(2);
    expect(notOne.stderr).toContain('错误: 未知命令“exportmd”;是否指 export-md?\n命令: import list');
    expect(notOne.stdout).toBe('');
    const bad = await runCli(['frobnicate']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('错误: 未知命令“frobnicate”\n'); // nothing near it: no guess
    // a typed-wrong command is told the one it was near, as a typed-wrong option is (below)
    for (const [typed, meant] of [['lsit', 'list'], ['exportdocx', 'export-docx'], ['Import', 'import'], ['compre', 'compare']]) {
      const near = await runCli([typed]);
      expect(near.code).toBe(2);
      expect(near.stderr).toContain(`错误: 未知命令“${typed}”;是否指 ${meant}?\n`);
    }
    // an option the command does not read is a usage error before anything is opened, never ignored: a typo would
    // list every plan, --db would import into the local library instead of the office's database
    const typo = await runCli(['list', '--distrct', '静安区']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('list 没有选项 --distrct;是否指 --district?list 可用的选项:'); // no ?。
    const elsewhere = await runCli(['import', 'plan.txt', '--db', 'postgres://plans@dbhost/plans']);
    expect(elsewhere.code).toBe(2);
    expect(elsewhere.stderr).toContain('import 没有选项 --db(--db 用于 serve、users)');
    const inCompare = await runCli(['compare', 'p_a', 'p_b', '--jsno']); // compare's own path in the launcher
    expect(inCompare.code).toBe(2);
    expect(inCompare.stderr).toContain('是否指 --json?');
    for (const r of [typo, elsewhere, inCompare]) expect(r.stderr.split('\n')[0]).toMatch(/^错误: \S+ 没有选项 --/); // then the usage
    // ... of that command alone, and where the rest is: also from the compare script (the launcher's own path)
    for (const [r, cmd] of [[typo, 'list'], [elsewhere, 'import'], [inCompare, 'compare']] as const) {
      expect(r.stderr.split('\n').slice(1).join('\n')).toBe(`用法:\n${COMMAND_USAGE[cmd]}\n全部命令、选项(--data-dir)与退出码: plan-workbench help\n`);
    }
    const tooFew = await runCli(['compare', 'p_a']);
    expect(tooFew.code).toBe(2);
    expect(tooFew.stderr).toContain(`用法:\n${COMMAND_USAGE.compare}\n`);
    expect(tooFew.stderr).not.toContain('import <');
    // --help wins over a usage error, and names its command's usage alone
    const listHelp = await runCli(['list', '--distrct', 'x', '--help']);
    expect(listHelp.code).toBe(0);
    expect(listHelp.stdout).toBe((await runCli(['help', 'list'])).stdout);
    // `<command> --help` (or -h): that command's usage alone, as `help <command>` (h-ui44: it printed the whole usage);
    // the launcher's path and the sources' (index.ts) print the same
    for (const argv of [['export-md', '--help'], ['export-md', '-h'], ['help', 'export-md', '--help'], ['compare', 'a', '--help']]) {
      const r = await runCli(argv);
      const cmd = argv[0] === 'help' ? argv[1] : argv[0];
      expect(r.code, argv.join(' ')).toBe(0);
      expect(r.stdout, argv.join(' ')).toBe(`用法:\n${COMMAND_USAGE[cmd]}\n\n选项:   --data-dir <目录>   资料库文件夹(默认: 应用的数据文件夹)    --version   版本号\n全部命令与退出码: plan-workbench help\n`);
      expect(r.stdout).not.toContain('import <');
      expect(r.stderr).toBe('');
      const fromSources: string[] = [];
      expect(await run(argv, (t) => fromSources.push(t))).toBe(0);
      expect(fromSources.join('')).toBe(r.stdout);
    }
    // `help --help` is the whole usage; an unknown command with --help is said as `help <unknown>` says it
    expect((await runCli(['help', '--help'])).stdout).toBe(`${USAGE}\n`);
    const unknownHelp = await runCli(['exportmd', '--help']);
    expect(unknownHelp.code).toBe(2);
    expect(unknownHelp.stderr).toContain('错误: 未知命令“exportmd”;是否指 export-md?');
    expect(unknownHelp.stdout).toBe('');
    // a reader that went away before the usage was written (plan-workbench help | true): no failure, no stack trace
    await ensureCliBundle();
    const gone = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const c = spawn(process.execPath, [CLI_BIN, 'help'], { stdio: ['ignore', 'pipe', 'pipe'] });
      c.stdout.destroy();
      let stderr = '';
      c.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      c.on('close', (code) => resolve({ code, stderr }));
    });
    expect(gone).toEqual({ code: 0, stderr: '' });
  });

  it('package.json: bin plan-workbench is the bundle, built by prepare and npm run build', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(join(ROOT, pkg.bin['plan-workbench'])).toBe(CLI_BIN);
    expect(pkg.scripts.prepare).toContain('electron/cli/build.mjs');
    expect(pkg.scripts.build).toContain('electron/cli/build.mjs');
    expect(pkg.devDependencies.esbuild).toBeTruthy();
    expect(readFileSync(CLI_BIN, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });
});

describe('the file types a folder import takes', () => {
  it('are the ones the dialogs offer, and the usage text names each (it is written out: help loads no importer)', () => {
    expect([...IMPORT_EXTENSIONS]).toEqual(IMPORTABLE_EXTENSIONS.map((e) => `.${e}`));
    const line = USAGE.split('\n').find((l) => l.includes('文件夹中的'))!;
    for (const e of IMPORTABLE_EXTENSIONS.filter((x) => !['markdown', 'mhtml'].includes(x))) expect(line).toContain(` .${e} `);
  });
});

describe('batch import', () => {
  it('a folder with a good file, a duplicate of a library plan, a bad file and a copy of the good one: summary, exit 3, library holds exactly the good plan', async () => {
    const lib = tempDir('pw-batch-lib-');
    const dir = tempDir('pw-batch-in-');
    copyFileSync(NANHU, join(dir, 'a-good.txt'));
    copyFileSync(SEED_JINGAN_2014, join(dir, 'b-seed-copy.txt')); // the library's 静安 2014 (seeded on first start)
    writeFileSync(join(dir, 'c-bad.txt'), PNG);
    copyFileSync(YANGPU_GB18030, join(dir, 'd-yangpu-gb18030.txt')); // the library's 杨浦 in other bytes
    writeFileSync(join(dir, 'notes.pptx'), 'not offered for import');
    mkdirSync(join(dir, 'sub'));
    copyFileSync(NANHU, join(dir, 'sub', 'again.txt')); // same bytes as a-good.txt, later in the batch

    const before = rows((await runCli(['list', '--data-dir', lib])).stdout);
    expect(before).toHaveLength(5); // the seeds
    const jingan = before.find((r) => r.district === '静安区' && r.period === '2014-2016')!;

    const r = await runCli(['import', dir, '--json', '--data-dir', lib]);
    expect(r.code).toBe(3); // partly refused
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, string>);
    expect(lines.map((l) => [l.file.slice(dir.length + 1), l.status])).toEqual([
      ['a-good.txt', 'stored'],
      ['b-seed-copy.txt', 'duplicate'],
      ['c-bad.txt', 'refused'],
      ['d-yangpu-gb18030.txt', 'duplicate'],
      [join('sub', 'again.txt'), 'duplicate'],
    ]);
    expect(lines[0].title).toContain(NANHU_TITLE);
    expect(lines[1].duplicateOf).toBe(jingan.id);
    expect(lines[2].code).toBe('binary');
    expect(lines[2].reason).toContain('PNG');
    // and its own reason in English (written beside the Chinese where the file is refused), not the code's general words
    expect(lines[2].reasonEn).toMatch(/^This is a PNG picture, not a text or Word document/);
    expect(lines[0].reasonEn).toBeUndefined();
    expect(lines[3].duplicateOf).toBe(before.find((b) => b.district === '杨浦区')!.id); // same text, other bytes
    expect(lines[4].duplicateOf).toBe(lines[0].id);
    expect(r.stderr).toContain('已存入 1 份 · 重复跳过 3 份 · 拒绝 1 份');

    const after = rows((await runCli(['list', '--data-dir', lib])).stdout);
    expect(after).toHaveLength(6);
    const added = after.filter((x) => !before.some((b) => b.id === x.id));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ id: lines[0].id, status: 'reference', period: '2025-2027' });
    expect(added[0].title).toContain(NANHU_TITLE);

    // again, as text: everything importable is now a duplicate; the bad file is still refused and named
    const again = await runCli(['import', dir, '--data-dir', lib]);
    expect(again.code).toBe(3);
    expect(again.stdout).toContain('已存入 0 份 · 重复跳过 4 份 · 拒绝 1 份');
    expect(again.stdout).toMatch(/拒绝 +\S*c-bad\.txt: .*PNG.*\(binary\)/);
    expect(rows((await runCli(['list', '--data-dir', lib])).stdout)).toHaveLength(6);
  }, 120_000);

  it('only bad files: exit 1, library unchanged; --dry-run stores nothing; a lone duplicate file exits 0 with the existing id, --allow-duplicates stores it', async () => {
    const lib = tempDir('pw-batch-lib-');
    const dir = tempDir('pw-batch-bad-');
    writeFileSync(join(dir, 'x.txt'), PNG);
    writeFileSync(join(dir, 'y.docx'), 'PK\u0003\u0004 not really a zip');
    const before = (await runCli(['list', '--data-dir', lib])).stdout;
    const bad = await runCli(['import', dir, '--data-dir', lib]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('已存入 0 份 · 重复跳过 0 份 · 拒绝 2 份');

    const dry = await runCli(['import', NANHU, SEED_FENGXIAN, YANGPU_GB18030, '--dry-run', '--json', '--data-dir', lib]);
    expect(dry.code).toBe(0);
    expect(dry.stdout.trim().split('\n').map((l) => JSON.parse(l).status)).toEqual(['checked', 'duplicate', 'duplicate']);
    expect((await runCli(['list', '--data-dir', lib])).stdout).toBe(before);

    const dup = await runCli(['import', SEED_YANGPU, '--data-dir', lib]);
    expect(dup.code).toBe(0);
    const yangpu = rows(before).find((r) => r.district === '杨浦区')!;
    expect(dup.stdout.trim()).toBe(yangpu.id);
    expect(dup.stderr).toBe(`内容与资料库中的《${yangpu.title}》(${yangpu.id})相同,未重复存入\n`); // Chinese throughout (was "… (duplicate of p_…)")
    expect((await runCli(['list', '--data-dir', lib])).stdout).toBe(before);

    const forced = await runCli(['import', SEED_YANGPU, '--allow-duplicates', '--status', 'draft', '--data-dir', lib]);
    expect(forced.code).toBe(0);
    const added = rows((await runCli(['list', '--data-dir', lib])).stdout).filter((r) => !rows(before).some((b) => b.id === r.id));
    expect(added).toEqual([{ id: forced.stdout.trim(), status: 'draft', district: '杨浦区', period: '2015-2017', title: '杨浦区“智慧城市”建设三年行动计划(2015-2017)' }]);

    // --allow-duplicates stores every file of a batch, the same bytes twice included
    const twice = tempDir('pw-batch-twice-');
    copyFileSync(NANHU, join(twice, 'a.txt'));
    copyFileSync(NANHU, join(twice, 'b.txt'));
    const both = await runCli(['import', twice, '--allow-duplicates', '--json', '--data-dir', lib]);
    expect(both.code).toBe(0);
    expect(both.stdout.trim().split('\n').map((l) => JSON.parse(l).status)).toEqual(['stored', 'stored']);
  }, 120_000);
});

describe('export-docx into a folder', () => {
  it('--all writes one Word document per plan; several ids with one unknown write the others and exit 3', async () => {
    const lib = tempDir('pw-exp-lib-');
    expect((await runCli(['import', NANHU, '--data-dir', lib])).code).toBe(0); // a plan without 成文日期
    const plans = rows((await runCli(['list', '--data-dir', lib])).stdout);
    const out = join(tempDir('pw-exp-out-'), 'docs');
    const r = await runCli(['export-docx', '--all', '--out', out, '--annex', '--data-dir', lib]);
    expect(r.code).toBe(0);
    const files = readdirSync(out).sort();
    expect(files).toHaveLength(plans.length);
    // named by title and 成文日期, never by the day of the export (was today's date for a plan without a full one)
    expect(files.filter((f) => f.includes(new Date().toISOString().slice(0, 10)))).toEqual([]);
    expect(files.find((f) => f.startsWith('杨浦区'))).toMatch(/_2016-07-18\.docx$/);
    expect(files.find((f) => f.includes('十一五'))).toMatch(/^静安区国民经济和社会信息化“十一五”规划_2005-11\.docx$/); // its 2005年11月
    expect(files.find((f) => f.startsWith('临江市南湖区'))).toMatch(/^临江市南湖区智慧社区建设三年行动计划[^_]*\.docx$/);
    // a summary as import's, on stderr (stdout stays the files): a second run says it replaced what the first wrote
    expect(r.stderr.trim().split('\n').at(-1)).toBe(`已导出 ${plans.length} 份 · 失败 0 份 → ${out}`);
    // what Word leaves out of each plan is said with the plan's title beside its id: --all names no plan itself
    const noteLines = r.stderr.trim().split('\n').filter((l) => /^(提示|不保存): /.test(l));
    expect(noteLines.length).toBeGreaterThan(0);
    for (const l of noteLines) {
      const m = /^(?:提示|不保存): (p_[\w-]+)《(.+?)》: /.exec(l);
      expect(m, l).not.toBeNull();
      expect(m![2]).toBe(plans.find((p) => p.id === m![1])?.title);
    }
    const yangpuPlan = plans.find((p) => p.title.startsWith('杨浦区'))!;
    expect(r.stderr).toContain(`不保存: ${yangpuPlan.id}《${yangpuPlan.title}》: 原文表格中 1 处文字计划正文和字段都没有写到`);
    const again = await runCli(['export-docx', '--all', '--out', out, '--annex', '--data-dir', lib]);
    expect(again.stderr.trim().split('\n').at(-1)).toBe(`已导出 ${plans.length} 份 · 失败 0 份 → ${out}(其中 ${plans.length} 份替换了同名的已有文件)`);
    expect(readdirSync(out)).toHaveLength(plans.length);
    for (const f of files) {
      expect(f.endsWith('.docx')).toBe(true);
      const zip = unzipSync(new Uint8Array(readFileSync(join(out, f))));
      expect(Object.keys(zip)).toContain('word/document.xml');
    }
    // each plan's document carries its own title (the 杨浦 title's distinctive words in its file name and text)
    const yangpu = files.find((f) => f.startsWith('杨浦区'))!;
    const xml = new TextDecoder().decode(unzipSync(new Uint8Array(readFileSync(join(out, yangpu))))['word/document.xml']);
    expect(xml).toContain('智慧城市');

    const two = join(tempDir('pw-exp-two-'), 'two');
    const partial = await runCli(['export-docx', plans[0].id, 'p_nope', plans[1].id, '--out', two, '--data-dir', lib]);
    expect(partial.code).toBe(3);
    expect(readdirSync(two)).toHaveLength(2);
    // one error line (the other lines say what Word leaves out of each plan written: its cover fields, without --cover)
    const errors = partial.stderr.trim().split('\n').filter((l) => l.startsWith('错误'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('p_nope');
    expect(partial.stderr).toContain(`已导出 2 份 · 失败 1 份 → ${two}\n`);

    const usage = await runCli(['export-docx', '--all', '--data-dir', lib]);
    expect(usage.code).toBe(2);
  }, 120_000);
});

describe('export-docx with the 通知 cover', () => {
  it('says on stderr what the notice will lack, as the export dialog does; stdout stays the file written', async () => {
    const out = tempDir('pw-cover-');
    // 静安 十一五 (seed 004): no 发文字号, and "二○○五年十一月" is a month, not a full 成文日期
    const jingan = await runCli(['export-docx', join(ROOT, 'seeds/004_5927250410f73846.txt'), join(out, 'a.docx'), '--cover']);
    expect(jingan.code).toBe(0);
    expect(jingan.stdout.trim()).toBe(join(out, 'a.docx'));
    const notes = jingan.stderr.trim().split('\n');
    expect(notes).toHaveLength(3);
    expect(notes[0]).toContain('未填写发文字号');
    expect(notes[1]).toMatch(/成文日期“2005-11”不完整/);
    // …and so the 版记 has no date to print before 印发 (no 印发日期 entered either: GB/T 9704 §7.4.3)
    expect(notes[2]).toMatch(/未填写印发日期：版记只印发文机关/);
    // 杨浦 (seed 002) has both: 杨府办发〔2016〕30号 (line 3) and the signature date "2016718" (line 29)
    const yangpu = await runCli(['export-docx', SEED_YANGPU, join(out, 'b.docx'), '--cover']);
    expect(yangpu.code).toBe(0);
    // nothing about the cover; one cell of its 分解表 that no text or field of the plan says is named as left out
    // (seeds/002 line 950, "为第三方运营商提供杨浦区最新规划与信息更新": only in the table, which the generated one replaces)
    expect(yangpu.stderr).toBe(`不保存: ${SEED_YANGPU}: 原文表格中 1 处文字计划正文和字段都没有写到，随表格不印出：“为第三方运营商提供杨浦区最新规划与信息更新”\n`);
    // without the cover nothing is said about the cover's gaps, but what it does not print is (next test)
    expect((await runCli(['export-docx', join(ROOT, 'seeds/004_5927250410f73846.txt'), join(out, 'c.docx')])).stderr).not.toContain('提示');
  }, 120_000);
});

describe('export-docx says what Word leaves out, as the export dialog lists it', () => {
  it('without --cover: the cover fields the plan holds are not printed (stderr, and in --json)', async () => {
    const out = tempDir('pw-omit-');
    // 静安 十一五 (seed 004), line 2 "上海市静安区信息化委员会二○○五年十一月": an issuer and a 成文日期, printed only on the cover
    const jingan = await runCli(['export-docx', join(ROOT, 'seeds/004_5927250410f73846.txt'), join(out, 'a.docx')]);
    expect(jingan.code).toBe(0);
    expect(jingan.stdout.trim()).toBe(join(out, 'a.docx'));
    // and so its city 上海市, which only that issuer names (the plain document imports with city null)
    expect(jingan.stderr.trim().split('\n')).toEqual([`不保存: ${join(ROOT, 'seeds/004_5927250410f73846.txt')}: 不含通知封面：成文日期、发文机关不印出`, `不保存: ${join(ROOT, 'seeds/004_5927250410f73846.txt')}: 所属城市“上海市”不写入（标题未写明）`]);
    // 杨浦 (seed 002): 杨府办发〔2016〕30号 (line 3), 区政府各委、办、局… (主送, line 18), the 通知 signed by 上海市杨浦区人民政府办公室 on 2016718: all five
    const json = await runCli(['export-docx', SEED_YANGPU, join(out, 'b.docx'), '--json']);
    expect(json.code).toBe(0);
    const line = JSON.parse(json.stdout);
    expect(line.file).toBe(join(out, 'b.docx'));
    expect(line.coverWarnings).toEqual([]);
    expect(line.omissions.map((o: { code: string }) => o.code)).toEqual(['cover', 'city', 'source-cells']);
    expect(line.omissions[0].fields).toEqual(['docNumber', 'issuedOn', 'addressees', 'issuer', 'notice']);
    expect(json.stderr).toContain('发文字号、成文日期、主送机关、发文机关、印发通知不印出');
    // with the cover all of them are printed: nothing of the cover left out (the source table's one cell stays said)
    const cover = JSON.parse((await runCli(['export-docx', SEED_YANGPU, join(out, 'c.docx'), '--cover', '--json'])).stdout);
    expect(cover.omissions.map((o: { code: string }) => o.code)).toEqual(['source-cells']);
  }, 120_000);

  it('a stored plan with comments: says they are not in the document, open and closed ones and replies (the CLI prints none; walks 8 and 9)', async () => {
    const lib = tempDir('pw-omit-ann-');
    const out = tempDir('pw-omit-ann-out-');
    const { createCore } = await import('../../electron/core/core');
    const core = await createCore({ dataDir: lib, seedsDir: join(ROOT, 'seeds'), host: 'test' });
    let id = '';
    try {
      const list = await core.call('library.list', {});
      if (!list.ok) throw new Error(list.error.message);
      id = list.result.find((p) => p.district === '杨浦区')!.id;
      const plan = await core.call('plan.get', { id });
      if (!plan.ok) throw new Error(plan.error.message);
      const node = plan.result.nodes[0];
      const added: string[] = [];
      for (const body of ['第一条意见', '第二条意见', '第三条意见']) {
        const r = await core.call('review.add', { planId: id, kind: 'comment', anchor: { nodeId: node.id, field: 'node', start: 0, end: 0, quote: '' }, body });
        if (!r.ok) throw new Error(r.error.message);
        added.push(r.result.id);
      }
      // the third resolved, with two replies, and one reply on the first: left out as well (walk 9: only the open were counted)
      for (const [a, body] of [[added[2], '已改'], [added[2], '确认'], [added[0], '稍后处理']]) {
        const r = await core.call('review.reply', { planId: id, annotationId: a, body });
        if (!r.ok) throw new Error(r.error.message);
      }
      const closed = await core.call('review.setStatus', { planId: id, annotationId: added[2], status: 'resolved' });
      if (!closed.ok) throw new Error(closed.error.message);
    } finally {
      core.close();
    }
    const r = await runCli(['export-docx', id, join(out, 'a.docx'), '--cover', '--json', '--data-dir', lib]);
    expect(r.code).toBe(0);
    const line = JSON.parse(r.stdout);
    expect(line.omissions.filter((o: { code: string }) => o.code !== 'source-cells')).toEqual([
      { code: 'annotations', count: 3, open: 2, closed: 1, replies: 3, message: expect.stringContaining('3 条批注和修改建议（2 条未解决、1 条已处理）及其 3 条回复不写入') }]);
    expect(r.stderr).toContain(`不保存: ${id}: 3 条批注和修改建议（2 条未解决、1 条已处理）及其 3 条回复不写入`);
  }, 120_000);
});

describe('compare one plan against several', () => {
  const lib = tempDir('pw-cmp-lib-');
  let ids: { jingan: string; yangpu: string; fengxian: string };
  beforeAll(async () => {
    const plans = rows((await runCli(['list', '--data-dir', lib])).stdout);
    const id = (d: string, p: string) => plans.find((r) => r.district === d && r.period === p)!.id;
    ids = { jingan: id('静安区', '2014-2016'), yangpu: id('杨浦区', '2015-2017'), fengxian: id('奉贤区', '2020-2022') };
  }, 60_000);

  it('a table with one row per compared plan', async () => {
    const r = await runCli(['compare', ids.jingan, ids.yangpu, ids.fengxian, '--data-dir', lib]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toContain('静安区推进智慧城区建设三年行动方案');
    const header = lines.findIndex((l) => l.startsWith('对比对象'));
    expect(lines[header]).toMatch(/配对 +无改动 +有改动 +左侧未配对 +右侧未配对 +覆盖 +平均相似度/);
    expect(lines[header + 2]).toContain('杨浦区“智慧城市”建设三年行动计划');
    expect(lines[header + 3]).toContain('上海市奉贤区推进智慧城市建设三年行动计划');
  }, 60_000);

  it('JSON: one result per plan, the same pairs as comparing each pair alone (智慧养老服务 ↔ 智慧养老 with 杨浦)', async () => {
    const many = JSON.parse((await runCli(['compare', ids.jingan, ids.yangpu, ids.fengxian, '--json', '--data-dir', lib])).stdout);
    expect(many.left.title).toBe('静安区推进智慧城区建设三年行动方案(2014-2016)');
    expect(many.results.map((x: { right: { id: string } }) => x.right.id)).toEqual([ids.yangpu, ids.fengxian]);
    const withYangpu = many.results[0];
    expect(withYangpu.pairs.find((p: { left: { heading: string } | null }) => p.left?.heading === '智慧养老服务')?.right?.heading).toBe('智慧养老');
    const alone = JSON.parse((await runCli(['compare', ids.jingan, ids.yangpu, '--json', '--data-dir', lib])).stdout);
    expect(withYangpu.stats.pairs).toBe(alone.stats.pairs);
    expect(withYangpu.coverage).toBeCloseTo(alone.stats.pairs / (alone.stats.pairs + alone.stats.unmatchedLeft), 6);
  }, 60_000);

  it('CSV: a header and one row per plan, fields quoted where needed, counts as in the JSON', async () => {
    const csv = (await runCli(['compare', ids.jingan, ids.yangpu, ids.fengxian, '--csv', '--data-dir', lib])).stdout;
    const json = JSON.parse((await runCli(['compare', ids.jingan, ids.yangpu, ids.fengxian, '--json', '--data-dir', lib])).stdout);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.startsWith('\ufeff计划,')).toBe(true); // the UTF-8 byte order mark: Excel and Calc read the Chinese
    const records = csv.slice(1).trimEnd().split('\r\n').map(parseCsvLine);
    expect(records[0]).toEqual(['计划', '标题', '配对', '无改动', '有改动', '左侧未配对', '右侧未配对', '覆盖', '平均相似度', '用时ms']);
    expect(records).toHaveLength(3);
    for (const [i, rec] of records.slice(1).entries()) {
      expect(rec).toHaveLength(10);
      expect(rec[0]).toBe([ids.yangpu, ids.fengxian][i]);
      expect(Number(rec[2])).toBe(json.results[i].stats.pairs);
      expect(Number(rec[5])).toBe(json.results[i].stats.unmatchedLeft);
    }
    expect(records[1][1]).toBe('杨浦区“智慧城市”建设三年行动计划(2015-2017)');
  }, 60_000);

  it('an unknown id: the library’s message with its code (exit 1); a file beside an id is imported on the fly', async () => {
    const missing = await runCli(['compare', ids.jingan, 'p_nosuchplan', '--json', '--data-dir', lib]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('错误: 找不到规划 p_nosuchplan (not-found)\n');
    // a file that cannot be imported (read in the ES module bundle, its AppError another copy of the class): its own
    // reason and code, not 内部错误
    const badFile = join(tmpdir(), `pw-cli-bad-${process.pid}.pdf`);
    writeFileSync(badFile, 'not a pdf at all');
    try {
      const bad = await runCli(['compare', ids.jingan, badFile, '--data-dir', lib]);
      expect(bad.code).toBe(1);
      expect(bad.stderr).not.toContain('内部错误');
      expect(bad.stderr).toMatch(/^错误: 无法导入 pw-cli-bad-\d+\.pdf.*\((corrupt|unsupported-format)\)\n$/);
    } finally {
      rmSync(badFile, { force: true });
    }
    const mixed = await runCli(['compare', join(ROOT, 'seeds/000_c5ac5ec241139578.txt'), ids.yangpu, '--json', '--data-dir', lib]);
    expect(mixed.code).toBe(0);
    const out = JSON.parse(mixed.stdout);
    expect(out.pairs.find((p: { left: { heading: string } | null }) => p.left?.heading === '智慧养老服务')?.right?.heading).toBe('智慧养老');
  }, 60_000);

  it('one plan against several, one of them unreadable (an unknown id, a file the importer refuses): the other rows, which could not be read and why, exit 3', async () => {
    const badFile = join(tmpdir(), `pw-cli-bad-several-${process.pid}.pdf`);
    writeFileSync(badFile, 'not a pdf at all');
    try {
      const args = [ids.jingan, ids.yangpu, 'p_nosuchplan', badFile, ids.fengxian, '--data-dir', lib];
      const whole = JSON.parse((await runCli(['compare', ids.jingan, ids.yangpu, ids.fengxian, '--json', '--data-dir', lib])).stdout);
      // the table: a row for each plan read, then a line for each plan not read, with its reason
      const t = await runCli(['compare', ...args]);
      expect(t.code).toBe(3);
      const lines = t.stdout.split('\n');
      expect(lines[1]).toBe('对比 2 份规划(另有 2 份未能读取,见表后):');
      const header = lines.findIndex((l) => l.startsWith('对比对象'));
      expect(lines[header + 2]).toContain('杨浦区“智慧城市”建设三年行动计划');
      expect(lines[header + 3]).toContain('上海市奉贤区推进智慧城市建设三年行动计划');
      expect(t.stdout).toContain('未能读取 p_nosuchplan: 找不到规划 p_nosuchplan (not-found)\n');
      expect(t.stdout).toMatch(new RegExp(`未能读取 ${badFile.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: 无法导入 pw-cli-bad-several-\\d+\\.pdf.*\\((corrupt|unsupported-format)\\)\\n`));
      expect(t.stdout).not.toContain('内部错误');
      // --json: the results of the plans read, as without the others; `unread` says the rest; stderr too
      const j = await runCli(['compare', ...args, '--json']);
      expect(j.code).toBe(3);
      const got = JSON.parse(j.stdout);
      expect(got.results.map((x: { right: { id: string } }) => x.right.id)).toEqual([ids.yangpu, ids.fengxian]);
      expect(got.results.map((x: { stats: unknown }) => x.stats)).toEqual(whole.results.map((x: { stats: unknown }) => x.stats));
      expect(got.unread.map((u: { ref: string; code: string }) => [u.ref, u.code])).toEqual([['p_nosuchplan', 'not-found'], [badFile, expect.stringMatching(/corrupt|unsupported-format/)]]);
      expect(j.stderr).toContain('未能读取 p_nosuchplan: 找不到规划');
      // --csv: the rows read; the others on stderr (stdout is the file)
      const c = await runCli(['compare', ...args, '--csv']);
      expect(c.code).toBe(3);
      const records = c.stdout.slice(1).trimEnd().split('\r\n').map(parseCsvLine);
      expect(records.map((r) => r[0])).toEqual(['计划', ids.yangpu, ids.fengxian]);
      expect(c.stderr.split('\n').filter((l) => l.startsWith('未能读取 '))).toHaveLength(2);
      // none readable: exit 1, each said; the first plan unreadable: the command fails as before
      const none = await runCli(['compare', ids.jingan, 'p_nosuchplan', badFile, '--data-dir', lib]);
      expect(none.code).toBe(1);
      expect(none.stdout).toBe('');
      expect(none.stderr).toContain('未能读取 p_nosuchplan');
      expect(none.stderr).toContain('错误: 要对比的 2 份规划都未能读取');
      const noBase = await runCli(['compare', 'p_nosuchplan', ids.yangpu, ids.fengxian, '--data-dir', lib]);
      expect(noBase.code).toBe(1);
      expect(noBase.stderr).toBe('错误: 找不到规划 p_nosuchplan (not-found)\n');
    } finally {
      rmSync(badFile, { force: true });
    }
  }, 120_000);

  it('keeps V8’s code cache of the compare script next to it; a missing or damaged cache changes nothing', async () => {
    const caches = () => readdirSync(CLI_OUT).filter((f) => /^compare-script\.cjs\.[0-9a-f]{16}\.cache$/.test(f));
    const args = ['compare', ids.jingan, ids.yangpu, '--json', '--data-dir', lib];
    const result = async () => {
      const r = await runCli(args);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      return JSON.stringify({ ...JSON.parse(r.stdout), timingMs: 0 });
    };
    for (const f of caches()) rmSync(join(CLI_OUT, f), { force: true });
    const first = await result(); // no cache: compiled, then written
    expect(caches()).toHaveLength(1);
    const cache = join(CLI_OUT, caches()[0]);
    const written = statSync(cache).mtimeMs;
    expect(await result()).toBe(first); // with the cache: accepted, not written again
    expect(statSync(cache).mtimeMs).toBe(written);
    writeFileSync(cache, 'not a code cache');
    expect(await result()).toBe(first); // rejected: compiled as usual, and the cache written anew
    expect(readFileSync(cache, 'utf8')).not.toBe('not a code cache');
    expect(JSON.parse(first).stats.pairs).toBeGreaterThan(20);
  }, 60_000);

  it('writes its output to fd 1 itself: the same JSON into a pipe and into a file; a reader gone (compare … | head) is no failure', async () => {
    await ensureCliBundle();
    const args = [CLI_BIN, 'compare', ids.jingan, ids.yangpu, '--json', '--data-dir', lib];
    const piped = await runCli(args.slice(1));
    expect(piped.code).toBe(0);
    const file = join(tempDir('pw-cmp-out-'), 'out.json');
    const fd = openSync(file, 'w');
    const toFile = await new Promise<number | null>((resolve) => spawn(process.execPath, args, { stdio: ['ignore', fd, 'ignore'] }).on('close', resolve));
    closeSync(fd);
    expect(toFile).toBe(0);
    const same = (s: string) => JSON.stringify({ ...JSON.parse(s), timingMs: 0 });
    expect(same(readFileSync(file, 'utf8'))).toBe(same(piped.stdout));
    const gone = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const c = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
      c.stdout.destroy();
      let stderr = '';
      c.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      c.on('close', (code) => resolve({ code, stderr }));
    });
    expect(gone).toEqual({ code: 0, stderr: '' });
  }, 60_000);

  it('fewer than two plans, or --json with --csv: usage error (exit 2)', async () => {
    expect((await runCli(['compare', ids.jingan, '--data-dir', lib])).code).toBe(2);
    const both = await runCli(['compare', ids.jingan, ids.yangpu, '--json', '--csv', '--data-dir', lib]);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/^错误: --json 和 --csv 只能选一个\n/);
  }, 60_000);
});

/** RFC 4180 fields of one record (no line breaks inside fields here). */
function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let s = '';
      i++;
      while (i < line.length) {
        if (line[i] === '"' && line[i + 1] === '"') { s += '"'; i += 2; }
        else if (line[i] === '"') { i++; break; }
        else s += line[i++];
      }
      out.push(s);
      i++; // comma
    } else {
      const j = line.indexOf(',', i);
      const end = j < 0 ? line.length : j;
      out.push(line.slice(i, end));
      i = end + 1;
    }
  }
  return out;
}
