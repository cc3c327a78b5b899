/**
 * The command line as a clerk with batch work meets it (walk of session 35): a folder with links (one looping back up
 * the tree, one to a plan elsewhere, one dangling), a folder and a file that cannot be read, Ctrl+C in the middle of a
 * batch import, and export into a folder that cannot be written. Each: a clear line, the right exit code, nothing
 * half-done, the library whole.
 */
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI_BIN, ensureCliBundle, runCli } from '../helpers/cli-bundle';
import { tempDirs } from '../helpers/temp.js';
import { writeAtomic } from '../../electron/cli/output';
import { DB_FILE_NAME } from '../../electron/core/db';

const ROOT = join(__dirname, '..', '..');
const DOCS = join(ROOT, 'tests/corpus/docs');
/** 南湖区 智慧社区 2025—2027 and 青川区 城市精细化管理 2024: plans the seeded library does not hold. */
const NANHU = join(DOCS, '06-action-keytask.txt');
const QINGCHUAN = join(DOCS, '02-starts-at-paren.txt');
const DONGHU_EDU = join(DOCS, '04-chapter-section-resp.txt');

const tempDir = tempDirs('pw-walk-');

// File modes: root ignores them, so as root the command runs as nobody (setpriv), as tests/core/faults.test.ts does.
const asRoot = process.getuid?.() === 0;
const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => existsSync(p));
const canTestModes = process.platform !== 'win32' && (!asRoot || !!setpriv);
const runMaybeAsNobody = (args: string[]) => (asRoot ? ensureCliBundle().then(() => runAs(args)) : runCli(args));
function runAs(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(setpriv!, ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, CLI_BIN, ...args], { env: { ...process.env, HOME: '/tmp' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
/** A folder nobody may use (as root the command runs as nobody). */
const openDir = (d: string) => {
  chmodSync(d, 0o777);
  return d;
};

const planIds = (list: string) => list.trim().split('\n').filter(Boolean).map((l) => l.split('\t')[0]);

beforeAll(() => ensureCliBundle(), 120_000);

describe('import of a folder: links and what cannot be read', () => {
  it('follows a link to a plan, walks a folder once (a link back up is no loop), names a dangling link; the rest is imported', async () => {
    const lib = tempDir();
    const elsewhere = tempDir();
    copyFileSync(QINGCHUAN, join(elsewhere, 'qingchuan.txt'));
    const dir = tempDir();
    copyFileSync(NANHU, join(dir, 'a-nanhu.txt'));
    symlinkSync(join(elsewhere, 'qingchuan.txt'), join(dir, 'b-link-to-qingchuan.txt')); // a shortcut to a plan kept elsewhere
    mkdirSync(join(dir, 'sub'));
    symlinkSync('..', join(dir, 'sub', 'loop')); // back up the tree
    symlinkSync(join(elsewhere, 'gone.txt'), join(dir, 'c-dangling.txt'));
    symlinkSync(join(elsewhere, 'gone.png'), join(dir, 'd-dangling.png')); // not a plan's name: not offered, not said

    const r = await runCli(['import', dir, '--json', '--data-dir', lib]);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, string>);
    expect(lines.map((l) => [l.file.slice(dir.length + 1), l.status])).toEqual([
      ['a-nanhu.txt', 'stored'],
      ['b-link-to-qingchuan.txt', 'stored'],
      ['c-dangling.txt', 'refused'],
    ]);
    expect(lines[1].title).toBe('青川区2024年城市精细化管理工作方案');
    expect(lines[2].reason).toContain('找不到这个文件');
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('已存入 2 份 · 重复跳过 0 份 · 拒绝 1 份');
  }, 120_000);

  it.runIf(canTestModes)('a folder and a file that cannot be read are refused rows (exit 3); the readable files are stored', async () => {
    const lib = openDir(tempDir());
    await runMaybeAsNobody(['list', '--data-dir', lib]); // the library made (and seeded) by the user who imports
    const dir = openDir(tempDir());
    copyFileSync(NANHU, join(dir, 'a-nanhu.txt'));
    copyFileSync(QINGCHUAN, join(dir, 'b-locked.txt'));
    chmodSync(join(dir, 'b-locked.txt'), 0o000);
    mkdirSync(join(dir, 'c-locked-folder'));
    copyFileSync(DONGHU_EDU, join(dir, 'c-locked-folder', 'edu.txt'));
    chmodSync(join(dir, 'c-locked-folder'), 0o000);
    try {
      const r = await runMaybeAsNobody(['import', dir, '--data-dir', lib]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(3);
      expect(r.stdout).toContain('已存入 1 份 · 重复跳过 0 份 · 拒绝 2 份');
      expect(r.stdout).toContain(`拒绝    ${join(dir, 'b-locked.txt')}: 没有权限读取这个文件`);
      expect(r.stdout).toContain(`拒绝    ${join(dir, 'c-locked-folder')}: 没有权限读取这个文件夹,其中的文件都未导入`);
      const list = (await runMaybeAsNobody(['list', '--data-dir', lib])).stdout;
      expect(list).toContain('临江市南湖区智慧社区建设三年行动计划');
      expect(planIds(list)).toHaveLength(6);
    } finally {
      chmodSync(join(dir, 'c-locked-folder'), 0o755);
    }
  }, 120_000);
});

describe('Ctrl+C during a batch import', () => {
  // (deterministic: the second file's read is held (tests/helpers/hold-read.mjs) until Ctrl+C was sent after the first
  // file's line — before, a batch that finished before the signal came ended with exit 0 and the test failed)
  it('finishes the current file, imports no other, says what was stored and what not (exit 130); the library is whole', async () => {
    const lib = tempDir();
    const before = planIds((await runCli(['list', '--data-dir', lib])).stdout);
    const dir = tempDir();
    const names = readdirSync(DOCS).filter((n) => /^(0\d|1\d)-.*\.txt$/.test(n)).sort();
    expect(names.length).toBeGreaterThan(10);
    for (const n of names) copyFileSync(join(DOCS, n), join(dir, n));

    const go = join(tempDir(), 'go');
    const env = { ...process.env, PW_TEST_HOLD_FILE: names[1], PW_TEST_HOLD_GO: go };
    const child = spawn(process.execPath, ['--import', pathToFileURL(join(__dirname, '..', 'helpers', 'hold-read.mjs')).href, CLI_BIN, 'import', dir, '--json', '--data-dir', lib], { env });
    let stdout = '';
    let stderr = '';
    let sent = false;
    child.stdout.on('data', (d) => {
      stdout += d;
      if (!sent && stdout.includes('\n')) {
        sent = true; // the first file is done, the second held: Ctrl+C, then the second goes on
        child.kill('SIGINT');
        writeFileSync(go, '');
      }
    });
    child.stderr.on('data', (d) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));

    expect(code).toBe(130);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; status: string; id?: string });
    // the first file, and the second: the one being imported when Ctrl+C came is finished; no other is begun —
    // and each file left has its line too (status not-imported), so that a script knows what to import again
    const done = lines.filter((l) => l.status !== 'not-imported');
    expect(done.map((l) => l.file.split('/').pop())).toEqual(names.slice(0, 2));
    expect(lines.slice(2).map((l) => [l.file.split('/').pop(), l.status])).toEqual(names.slice(2).map((n) => [n, 'not-imported']));
    expect(stderr).toContain('正在停止');
    expect(stderr).toContain(`· 已中断,${names.length - 2} 个文件未导入`);
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace

    // the library holds the seeds and exactly the plans the lines say were stored, and SQLite finds it whole
    const after = planIds((await runCli(['list', '--data-dir', lib])).stdout);
    const stored = lines.filter((l) => l.status === 'stored').map((l) => l.id!);
    expect(after.sort()).toEqual([...before, ...stored].sort());
    const db = new Database(join(lib, 'library.sqlite'), { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      db.close();
    }
  }, 120_000);
});

describe('export into a folder that cannot be written', () => {
  it.runIf(canTestModes)('export-docx --out: one line naming the folder, exit 1, nothing written; a single export-md says the same', async () => {
    const lib = openDir(tempDir());
    const list = (await runMaybeAsNobody(['list', '--data-dir', lib])).stdout;
    const id = planIds(list)[0];
    const out = tempDir();
    chmodSync(out, 0o555);
    const r = await runMaybeAsNobody(['export-docx', '--all', '--out', out, '--data-dir', lib]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`错误: 没有权限: ${out}`);
    expect(r.stdout).toBe('');
    expect(readdirSync(out)).toEqual([]);

    const md = await runMaybeAsNobody(['export-md', id, join(out, '计划.md'), '--data-dir', lib]);
    expect(md.code).toBe(1);
    expect(md.stderr.trim()).toBe(`错误: 没有权限: ${out}`);
    expect(md.stderr).not.toContain('.tmp');
  }, 120_000);

  it('export-docx --out under a file: the file named in one line, exit 1, no 内部错误; missing folders above are made', async () => {
    const lib = tempDir();
    const dir = tempDir();
    const file = join(dir, '计划.txt');
    writeFileSync(file, 'x');
    const r = await runCli(['export-docx', '--all', '--out', join(file, '公文'), '--data-dir', lib]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`错误: 路径中有一段不是文件夹: ${file}`);
    expect(r.stdout).toBe('');
    expect(readdirSync(dir)).toEqual(['计划.txt']);

    // the folder and the one above it do not exist yet: both are made, the documents written into them
    const deep = join(dir, '公文', '2026');
    const ok = await runCli(['export-docx', '--all', '--out', deep, '--data-dir', lib]);
    expect(ok.code).toBe(0);
    expect(readdirSync(deep)).toHaveLength(5); // the five seeds of a new library
  }, 120_000);

  // Linux's /proc answers ENOENT to a mkdir although /proc exists (as some network and FUSE mounts do): Node's
  // mkdirSync(…, { recursive: true }) then tried again for ever — the command never ended. The child is killed after 60 s.
  it.runIf(process.platform === 'linux' && existsSync('/proc/self'))('export-docx --out where the system will not make the folder: said at once, exit 1, no endless loop', async () => {
    const lib = tempDir();
    await ensureCliBundle();
    const r = await new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [CLI_BIN, 'export-docx', '--all', '--out', '/proc/pw-walk-no-such/公文', '--data-dir', lib], { timeout: 60_000 });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    });
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('错误: 不能在这里新建文件夹: /proc/pw-walk-no-such');
    expect(r.stdout).toBe('');
  }, 120_000);

  it('a write that fails names the file asked for, never its temporary file', () => {
    const dir = tempDir();
    const file = join(dir, 'missing-folder', '公文.docx');
    let err: NodeJS.ErrnoException | undefined;
    try {
      writeAtomic(file, 'x');
    } catch (e) {
      err = e as NodeJS.ErrnoException;
    }
    expect(err?.code).toBe('ENOENT');
    expect(err?.path).toBe(file);
    writeFileSync(join(dir, 'ok.txt'), 'y');
    expect(readdirSync(dir)).toEqual(['ok.txt']); // no temporary file left
  });
});

describe('import of a folder: what it does not read is said', () => {
  it('files of other types (a plan-workbench JSON export, a slide deck, no extension) are counted by type after the summary', async () => {
    const lib = tempDir();
    const dir = tempDir();
    copyFileSync(NANHU, join(dir, 'a-nanhu.txt'));
    writeFileSync(join(dir, 'b.json'), '{}');
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'c.json'), '{}');
    writeFileSync(join(dir, 'sub', 'slides.pptx'), 'x');
    writeFileSync(join(dir, 'README'), 'x');
    writeFileSync(join(dir, '.hidden.json'), '{}'); // hidden: not the clerk's
    const r = await runCli(['import', dir, '--data-dir', lib]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(0, 2)).toEqual([
      '已存入 1 份 · 重复跳过 0 份 · 拒绝 0 份',
      '另有 4 个文件不是可导入的类型,未读取: .json 2 个、.pptx 1 个、(无扩展名) 1 个',
    ]);
    const again = await runCli(['import', dir, '--json', '--data-dir', lib]);
    expect(again.stdout.trim().split('\n')).toHaveLength(1); // stdout: one JSON line per file read
    expect(again.stderr).toContain('另有 4 个文件不是可导入的类型');
  }, 120_000);
});

describe('search as text', () => {
  it('each hit starts with its plan’s id (what show and export take): two plans of one title are told apart', async () => {
    const lib = tempDir();
    const first = (await runCli(['import', NANHU, '--data-dir', lib])).stdout.trim();
    const second = (await runCli(['import', NANHU, '--allow-duplicates', '--status', 'draft', '--data-dir', lib])).stdout.trim();
    const r = await runCli(['search', '智慧社区', '--kind', 'task', '--data-dir', lib]);
    expect(r.code).toBe(0);
    const heads = r.stdout.split('\n').filter((l) => l.includes(' › '));
    for (const l of heads) expect(l).toMatch(/^p_\S+ {2}\S/); // the seeds' hits too
    const nanhu = heads.filter((l) => l.includes('临江市南湖区智慧社区建设三年行动计划'));
    expect(nanhu.length).toBeGreaterThan(1);
    expect(new Set(nanhu.map((l) => l.split('  ')[0]))).toEqual(new Set([first, second]));
  }, 120_000);
});

describe('the rows of a batch import', () => {
  it('count the import report’s warnings, as the batch panel does; a plan without a title is said, not printed as 《》', async () => {
    const lib = tempDir();
    const dir = tempDir();
    // prose without a numbered heading: stored as its preamble, one warning (no-structure)
    writeFileSync(join(dir, 'a-prose.txt'), '各单位要按照要求认真落实相关工作，确保按时完成。\n请于月底前报送进展情况。\n');
    // a plan whose title is empty (as a small workbook without a title row gives): the exchange file of 青川区's plan, title cleared
    const plan = JSON.parse((await runCli(['import', QINGCHUAN, '--json'])).stdout) as { meta: { title: string } };
    plan.meta.title = '';
    writeFileSync(join(dir, 'b-untitled.json'), JSON.stringify(plan));
    const r = await runCli(['import', join(dir, 'a-prose.txt'), join(dir, 'b-untitled.json'), '--dry-run', '--data-dir', lib]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`可导入  ${join(dir, 'a-prose.txt')}《各单位要按照要求认真落实相关工作，确保按时完成。》0 项任务,1 条提示\n`);
    expect(r.stdout).toMatch(/可导入 {2}\S*b-untitled\.json\(没有识别到标题\)\d+ 项任务/);
    expect(r.stdout).not.toContain('《》');
    const json = await runCli(['import', join(dir, 'a-prose.txt'), join(dir, 'b-untitled.json'), '--dry-run', '--json', '--data-dir', lib]);
    expect(json.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { warnings: number }).warnings)[0]).toBe(1);
  }, 120_000);
});

describe('--version', () => {
  it('prints the package’s version (it printed the whole usage), exit 0', async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const r = await runCli(['--version']);
    expect(r).toEqual({ code: 0, stdout: `plan-workbench ${pkg.version}\n`, stderr: '' });
    expect((await runCli(['help'])).stdout).toContain('--version');
  });
});

describe('a batch import while another program holds the library', () => {
  it('stops at the first file the library refuses as busy: that file and the rest are 未导入, the reason said once, exit 75; nothing stored', async () => {
    const lib = tempDir();
    expect((await runCli(['list', '--data-dir', lib])).code).toBe(0); // the library made (the reference plans)
    const files = [NANHU, QINGCHUAN, DONGHU_EDU];
    const holder = new Database(join(lib, DB_FILE_NAME));
    const before = holder.prepare('SELECT count(*) FROM plans').pluck().get() as number;
    // another program writing (as the app saving or backing up): SQLite lets the command read, not write
    holder.exec('BEGIN IMMEDIATE');
    let text: Awaited<ReturnType<typeof runCli>>;
    let json: Awaited<ReturnType<typeof runCli>>;
    try {
      text = await runCli(['import', ...files, '--data-dir', lib]);
      json = await runCli(['import', NANHU, QINGCHUAN, '--json', '--data-dir', lib]);
    } finally {
      holder.exec('ROLLBACK');
    }
    expect(text.code).toBe(75);
    const lines = text.stdout.split('\n');
    expect(lines[0]).toBe('已存入 0 份 · 重复跳过 0 份 · 拒绝 0 份 · 已停止,3 个文件未导入');
    expect(text.stdout.split('资料库正被另一个程序使用').length - 1).toBe(1);
    expect(lines[1]).toContain(`导入在 ${NANHU} 停止`);
    for (const f of files) expect(lines).toContain(`  未导入  ${f}`);
    expect(text.stdout).not.toContain('拒绝    ');
    // --json: a not-imported line for each file, the first with the reason (as after Ctrl+C, plus why)
    expect(json.code).toBe(75);
    const rows = json.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; status: string; code?: string; reason?: string });
    expect(rows.map((r) => [r.file, r.status])).toEqual([[NANHU, 'not-imported'], [QINGCHUAN, 'not-imported']]);
    expect(rows[0].code).toBe('busy');
    expect(rows[0].reason).toContain('资料库正被另一个窗口或程序使用');
    expect(rows[1].reason).toBeUndefined();
    expect(json.stderr).toContain('已停止,2 个文件未导入');
    // the library as it was; once free, the same command imports them
    expect(holder.prepare('SELECT count(*) FROM plans').pluck().get()).toBe(before);
    holder.close();
    const again = await runCli(['import', ...files, '--data-dir', lib]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('已存入 3 份');
  }, 120_000);
});

describe('a file with no plan in it', () => {
  it('is stored (its text as the preamble) and its row says why it has no task: the warning’s words under the row', async () => {
    const lib = tempDir();
    const dir = tempDir();
    // a meeting notice of 云溪区: a title, an addressee, prose, a sender and a date — no numbered heading
    writeFileSync(join(dir, 'a-notice.txt'), [
      '关于召开全区秋季防汛工作部署会的通知',
      '',
      '各镇人民政府、街道办事处,区政府各部门:',
      '经区政府同意,定于2026年10月12日上午9时在区政府二楼会议室召开全区秋季防汛工作部署会。请各单位分管负责同志准时参加,会前将本单位隐患排查情况报区应急管理局。',
      '',
      '云溪区人民政府办公室',
      '2026年10月8日',
      '',
    ].join('\n'));
    const r = await runCli(['import', join(dir, 'a-notice.txt'), NANHU, '--data-dir', lib]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    const row = lines.findIndex((l) => l.includes('a-notice.txt'));
    expect(lines[row]).toMatch(/《关于召开全区秋季防汛工作部署会的通知》0 项任务,1 条提示$/);
    expect(lines[row + 1]).toMatch(/^ +提示: 没有识别到编号标题.*全文作为引言保存$/);
    // a plan's row has no such line
    const nanhu = lines.findIndex((l) => l.includes(NANHU));
    expect(lines[nanhu]).toMatch(/10 项任务$/);
    expect(lines[nanhu + 1] ?? '').not.toContain('提示:');
    // --json: the same words in `notes`; stored all the same
    const json = await runCli(['import', join(dir, 'a-notice.txt'), NANHU, '--dry-run', '--json', '--allow-duplicates', '--data-dir', lib]);
    const rows = json.stdout.trim().split('\n').map((l) => JSON.parse(l) as { tasks: number; notes?: string[] });
    expect(rows[0].tasks).toBe(0);
    expect(rows[0].notes?.[0]).toMatch(/^没有识别到编号标题/);
    expect(rows[1].notes).toBeUndefined();
    const list = (await runCli(['list', '--data-dir', lib])).stdout;
    expect(list).toContain('关于召开全区秋季防汛工作部署会的通知');
    // one file: its id on stdout, why it holds no task on stderr
    const one = await runCli(['import', join(dir, 'a-notice.txt'), '--allow-duplicates', '--data-dir', lib]);
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/^p_\S+\n$/);
    expect(one.stderr).toMatch(/^已存入,但没有识别到任务: 没有识别到编号标题/);
  }, 120_000);
});
