/**
 * The command line: same core, one JSON document on stdout, one clear line on stderr for bad input. Run as installed:
 * the bundle out/cli/plan-workbench.js (built here when stale); tests/hosts/cli-batch.test.ts covers the batch commands.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { PlanDoc } from '../../shared/model/plan';
import { planJsonSchemaText } from '../../shared/model/json-schema';
import { CLI_BIN, ensureCliBundle } from '../helpers/cli-bundle';
import { COMMAND_USAGE } from '../../electron/cli/args';
import { tempDirs } from '../helpers/temp.js';

const ROOT = join(__dirname, '..', '..');
const run = promisify(execFile);
const cli = (args: string[]) => run(process.execPath, [CLI_BIN, ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
beforeAll(() => ensureCliBundle(), 120_000);
const tempDir = tempDirs('pw-');
const HELP_HINT = '全部命令、选项(--data-dir)与退出码: plan-workbench help';
const fails = async (args: string[]) => {
  try {
    await cli(args);
  } catch (e) {
    const err = e as { code: number; stderr: string; stdout: string };
    return err;
  }
  throw new Error(`expected ${args.join(' ')} to fail`);
};

describe('cli', () => {
  const dataDir = tempDir('pw-cli-');

  it('import --json prints one valid plan-workbench/v1 document and stores nothing', async () => {
    const { stdout } = await cli(['import', join(ROOT, 'seeds/003_95ba35a700e40d34.txt'), '--json', '--data-dir', dataDir]);
    const doc = PlanDoc.parse(JSON.parse(stdout));
    expect(doc.format).toBe('plan-workbench/v1');
    expect(doc.meta.district).toBe('奉贤区');
    expect(doc.meta.period).toEqual({ start: 2020, end: 2022 });
    expect(doc.report?.removed.length).toBeGreaterThan(0);
    // nothing was stored: the library folder is still empty
    const { stdout: list } = await cli(['list', '--data-dir', tempDir('pw-cli-empty-')]);
    expect(list.split('\n').filter(Boolean)).toHaveLength(5); // only the seeds of a first start
  });

  it('list shows the five reference plans on first start; import stores; search finds; export-json round-trips', async () => {
    const { stdout: list } = await cli(['list', '--data-dir', dataDir]);
    const rows = list.trim().split('\n');
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => r.split('\t')[1] === 'reference')).toBe(true);
    expect(list).toContain('杨浦区“智慧城市”建设三年行动计划(2015-2017)');

    // 杨浦 in GB18030 is the seeded 杨浦's document in other bytes: a duplicate, stored only when asked to
    const yangpuId = rows.find((r) => r.includes('杨浦区'))!.split('\t')[0];
    const { stdout: dup } = await cli(['import', join(ROOT, 'tests/fixtures/encodings/002.gb18030.txt'), '--status', 'draft', '--data-dir', dataDir]);
    expect(dup.trim()).toBe(yangpuId);
    const { stdout: id } = await cli(['import', join(ROOT, 'tests/fixtures/encodings/002.gb18030.txt'), '--status', 'draft', '--allow-duplicates', '--data-dir', dataDir]);
    expect(id.trim()).toMatch(/^p_/);
    expect(id.trim()).not.toBe(yangpuId);

    const { stdout: hits } = await cli(['search', '家庭光纤', '--json', '--data-dir', dataDir]);
    const parsed = JSON.parse(hits) as { planTitle: string; snippet: { text: string; hit: boolean }[] }[];
    expect(parsed.length).toBeGreaterThan(0);
    expect(parsed.every((h) => h.snippet.some((s) => s.hit && s.text.includes('家庭光纤')))).toBe(true);

    const out = join(dataDir, 'export.json');
    await cli(['export-json', id.trim(), out, '--data-dir', dataDir]);
    const exported = PlanDoc.parse(JSON.parse(readFileSync(out, 'utf8')));
    const { stdout: again } = await cli(['import', join(ROOT, 'tests/fixtures/encodings/002.gb18030.txt'), '--json']);
    const fresh = PlanDoc.parse(JSON.parse(again));
    // lossless: what the library gives back is what the importer produced (apart from the id and status chosen)
    expect({ ...exported, id: undefined, meta: { ...exported.meta, status: 'draft' } }).toEqual({ ...fresh, id: undefined, meta: { ...fresh.meta, status: 'draft' } });
  }, 120_000); // five CLI processes, imports in a worker thread each

  it('show prints the head\'s fields on labelled lines, 签发人 and 印发日期 among them, then the outline', async () => {
    const dir = tempDir('pw-cli-show-');
    const { stdout } = await cli(['import', join(ROOT, 'seeds/003_95ba35a700e40d34.txt'), '--json', '--data-dir', dir]);
    const doc = JSON.parse(stdout);
    doc.meta = { ...doc.meta, city: null, docNumber: '奉府发〔2020〕8号', signer: '林晓岚', issuedOn: '2020-03-05', printedOn: '2020-03-09', addressees: ['各街道办事处', '各镇人民政府'] };
    const file = join(dir, 'plan.json');
    writeFileSync(file, JSON.stringify(doc));
    // (its outline is the seeded 奉贤's: stored as a plan of its own only when asked to)
    const { stdout: id } = await cli(['import', file, '--allow-duplicates', '--data-dir', dir]);
    const lines = (await cli(['show', id.trim(), '--data-dir', dir])).stdout.split('\n');
    expect(lines[0]).toBe(doc.meta.title);
    expect(lines).toContain('区县: 奉贤区');
    expect(lines).toContain('规划期: 2020-2022');
    expect(lines).toContain('发文字号: 奉府发〔2020〕8号');
    expect(lines).toContain('签发人: 林晓岚');
    expect(lines).toContain('成文日期: 2020-03-05');
    expect(lines).toContain('印发日期: 2020-03-09');
    expect(lines).toContain('主送机关: 各街道办事处、各镇人民政府');
    // a field not set gets no line; the outline follows the head
    expect(lines.some((l) => l.startsWith('城市:'))).toBe(false);
    expect(lines.some((l) => /^\S.*\[牵头: /.test(l) || /^ +\S/.test(l))).toBe(true);
  }, 60_000);

  it('export-json and export-md --annotations carry the plan\'s annotations and say how many; import gives them back; without the flag none', async () => {
    const dir = tempDir('pw-cli-ann-');
    const seed = (await cli(['list', '--data-dir', dir])).stdout.trim().split('\n').map((r) => r.split('\t')).find((r) => r[2] === '杨浦区')![0];
    const file = join(dir, 'plan.json');
    await cli(['export-json', seed, file, '--data-dir', dir]);
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    expect('annotations' in doc).toBe(false);
    const first = doc.nodes[0];
    const note = {
      id: 'a_cli1', planId: seed, kind: 'comment', author: { name: '李审核', department: '区发改委' }, body: '总体要求再精炼', replacement: null,
      status: 'resolved', round: 1, replies: [{ id: 'r1', author: { name: '王规划', department: '' }, body: '已改', createdAt: '2026-12-02T08:00:00.000Z' }],
      createdAt: '2026-12-01T08:00:00.000Z', updatedAt: '2026-12-02T08:00:00.000Z', closedBy: { name: '王规划', department: '' }, closedAt: '2026-12-02T08:00:00.000Z', origin: null,
      anchor: { nodeId: first.id, field: 'node', quote: '', start: 0, prefix: '', suffix: '', path: [] },
    };
    writeFileSync(file, JSON.stringify({ ...doc, annotations: [note] }));
    const id = (await cli(['import', file, '--status', 'draft', '--allow-duplicates', '--data-dir', dir])).stdout.trim();
    const out = join(dir, 'out.json');
    const said = await cli(['export-json', id, out, '--annotations', '--data-dir', dir]);
    expect(said.stdout.trim()).toBe(`${out}(含 1 条批注与修改建议)`);
    // the same annotation on the new plan: the round is this library's (none), the rest as entered
    expect(JSON.parse(readFileSync(out, 'utf8')).annotations).toEqual([{ ...note, planId: id, round: null }]);
    const md = join(dir, 'out.md');
    const withNotes = await cli(['export-md', id, md, '--annotations', '--data-dir', dir]);
    expect(withNotes.stdout.trim()).toBe(`${md}(含 1 条批注与修改建议)`);
    expect(withNotes.stderr).toBe('');
    expect(readFileSync(md, 'utf8')).toContain('<!-- 批注 a_cli1\n类型：批注\n状态：已解决');
    const plain = await cli(['export-md', id, md, '--data-dir', dir]);
    expect(plain.stdout.trim()).toBe(md);
    expect(readFileSync(md, 'utf8')).not.toContain('<!--');
    // what the file leaves out is said on stderr, as export-docx and the export dialog say it: here the annotation
    expect(plain.stderr).toBe(`不保存: ${id}: 1 条已处理（已解决、采纳或拒绝）的批注和修改建议及其 1 条回复不写入（在应用中导出 Word 时勾选“包含批注与修改建议”可带出未解决的；交换文件、Markdown 和审阅包可带出全部）\n`);
    await cli(['export-json', id, out, '--data-dir', dir]);
    expect('annotations' in JSON.parse(readFileSync(out, 'utf8'))).toBe(false);
  }, 120_000);

  it('list --district and search --district take any spelling of a district; each plan keeps its own', async () => {
    const dir = tempDir('pw-cli-district-');
    const rows = (await cli(['list', '--data-dir', dir])).stdout.trim().split('\n');
    const jingan = rows.filter((r) => r.split('\t')[2] === '静安区').map((r) => r.split('\t')[0]);
    expect(jingan).toHaveLength(2); // seeds 000 and 004
    // seed 000 again, its district written in Traditional characters
    const file = join(dir, 'trad.json');
    await cli(['export-json', jingan[0], file, '--data-dir', dir]);
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify({ ...doc, meta: { ...doc.meta, district: '靜安區' } }));
    const trad = (await cli(['import', file, '--status', 'draft', '--allow-duplicates', '--data-dir', dir])).stdout.trim();
    expect(trad).toMatch(/^p_/);
    for (const d of ['静安区', '靜安區']) {
      const listed = (await cli(['list', '--district', d, '--data-dir', dir])).stdout.trim().split('\n').map((r) => r.split('\t'));
      expect(listed.map((r) => r[0]).sort(), d).toEqual([...jingan, trad].sort());
      expect(listed.find((r) => r[0] === trad)![2]).toBe('靜安區');
      const hits = JSON.parse((await cli(['search', '信息化', '--district', d, '--limit', '500', '--json', '--data-dir', dir])).stdout) as Array<{ planId: string }>;
      expect(new Set(hits.map((h) => h.planId)), d).toEqual(new Set([...jingan, trad]));
    }
    expect((await cli(['list', '--district', '徐汇区', '--data-dir', dir])).stdout).toBe('');
  }, 120_000);

  it('bad input: non-zero exit, one clear line on stderr, library unchanged', async () => {
    const before = (await cli(['list', '--data-dir', dataDir])).stdout;
    const png = join(dataDir, 'really-a-png.txt');
    writeFileSync(png, Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    const e1 = await fails(['import', png, '--data-dir', dataDir]);
    expect(e1.code).toBe(1);
    expect(e1.stderr.trim().split('\n')).toHaveLength(1);
    expect(e1.stderr).toContain('really-a-png.txt');
    const e2 = await fails(['import', join(dataDir, 'missing.txt'), '--data-dir', dataDir]);
    expect(e2.code).toBe(1);
    expect(e2.stderr).toContain('找不到文件');
    const e3 = await fails(['frobnicate']);
    expect(e3.code).toBe(2);
    // an unknown command: the commands' names, not the whole usage
    expect(e3.stderr).toBe(`错误: 未知命令“frobnicate”\n命令: import list show search export-json export-md export-docx compare serve users help\n${HELP_HINT}\n`);
    const e4 = await fails(['show', 'p_nope', '--data-dir', dataDir]);
    expect(e4.code).toBe(1);
    expect(e4.stderr.trim().split('\n')).toHaveLength(1);
    expect((await cli(['list', '--data-dir', dataDir])).stdout).toBe(before);
  }, 120_000); // six CLI processes

  it('random bytes named .docx, .doc, .xlsx or .pdf: said not to be that document, in Chinese, exit 1, library unchanged', async () => {
    const dir = tempDir('pw-cli-noise-');
    const before = (await cli(['list', '--data-dir', dir])).stdout;
    let x = 42;
    const noise = Buffer.from(Array.from({ length: 3000 }, () => ((x = (x * 1103515245 + 12345) >>> 0) >>> 16) & 0xff));
    const what: Record<string, string> = { docx: 'Word 文档', doc: 'Word 97-2003 文档', xlsx: 'Excel 工作簿', pdf: 'PDF 文档' };
    for (const [ext, zh] of Object.entries(what)) {
      const file = join(dir, `随机.${ext}`);
      writeFileSync(file, noise);
      const e = await fails(['import', file, '--data-dir', dir]);
      expect(e.code, ext).toBe(1);
      expect(e.stdout).toBe('');
      expect(e.stderr).toMatch(new RegExp(`^错误: 无法导入 随机\\.${ext}:文件扩展名是 \\.${ext},但内容不是 ${zh}[^\\n]*\\(corrupt\\)\\n$`));
    }
    // export-docx of such a file refuses it the same way, and writes nothing
    const out = join(dir, 'out.docx');
    const ex = await fails(['export-docx', join(dir, '随机.docx'), out, '--data-dir', dir]);
    expect(ex.code).toBe(1);
    expect(ex.stderr).toContain('但内容不是 Word 文档');
    expect(existsSync(out)).toBe(false);
    expect((await cli(['list', '--data-dir', dir])).stdout).toBe(before);
  }, 120_000);

  it('usage errors before any work: arguments too many, option values, output folders; the library and the files as they were', async () => {
    const rows = (await cli(['list', '--data-dir', dataDir])).stdout;
    const id = rows.split('\t')[0];
    const seed = join(ROOT, 'seeds/003_95ba35a700e40d34.txt');
    const missing = join(dataDir, 'no-such-folder');
    const cases: Array<[string[], string]> = [
      [['list', 'extra'], '多余的参数: extra'],
      [['show', id, id], `多余的参数: ${id}(只需计划ID)`],
      // what is missing alone: the id was given
      [['export-md', id], '缺少输出文件'],
      [['export-json'], '缺少计划ID和输出文件'],
      [['export-docx', id], '缺少输出文件;多份规划请用 --out <文件夹>'],
      [['export-docx', id, id, 'x.docx'], `多余的参数: x.docx(只需计划ID(或文件)和输出文件);多份规划请用 --out <文件夹>`],
      [['export-docx'], '缺少计划ID(或文件)和输出文件;多份规划请用 --out <文件夹>'],
      [['search', '智慧', '--limit', 'abc'], '--limit 应是 1 到 500 的整数: abc'],
      [['search', '智慧', '--limit', '0'], '--limit 应是 1 到 500 的整数: 0'],
      // was the API's English "filters.kind: Invalid input" and exit 1 (walk of session 35)
      [['search', '智慧', '--kind', 'tasks'], '--kind 应是 part(部分) section(节) action(行动) task(任务) item(事项) appendix(附件) box(专栏) 之一: tasks'],
      [['import', seed, '--status', 'final'], '--status 只能是 reference(参考)或 draft(草稿): final'],
      // (--data-dir follows) the next option is not taken for the value: it would be lost, the seed stored into the
      // default library
      [['import', seed, '--status'], '--status 需要一个值'],
      // an option the command does not read is said as such, not as a missing value (was 「--status 需要一个值」)
      [['list', '--status'], 'list 没有选项 --status(--status 用于 import)。list 可用的选项:--district --data-dir --help'],
      [['export-docx', id, join(missing, 'x.docx')], `输出文件夹不存在: ${missing}`],
      [['export-json', id, join(missing, 'x.json')], `输出文件夹不存在: ${missing}`],
      [['export-md', id, dataDir], `输出文件是一个文件夹: ${dataDir}`],
    ];
    for (const [args, message] of cases) {
      const r = await fails([...args, '--data-dir', dataDir]);
      expect(r.code, args.join(' ')).toBe(2);
      // the line, then the usage of that command alone (was the whole usage: forty lines burying the one that mattered)
      expect(r.stderr).toBe(`错误: ${message}\n用法:\n${COMMAND_USAGE[args[0]]}\n${HELP_HINT}\n`);
      expect(r.stderr).not.toContain('退出码: 0 成功');
    }
    // an option before the command took the command as its value: said so, with that command's usage (was 「未知命令“建设”」);
    // a folder named as a command, before the command itself, is a folder
    const before = await fails(['--limit', 'search', '建设', '--data-dir', dataDir]);
    expect(before.code).toBe(2);
    expect(before.stderr).toBe(`错误: --limit 写在了命令之前,命令“search”被读作它的值。请先写命令:plan-workbench search … --limit <值>\n用法:\n${COMMAND_USAGE.search}\n${HELP_HINT}\n`);
    expect((await cli(['--data-dir', dataDir, 'list'])).stdout).toBe(rows);
    // a file's name typed wrong is a missing file, not a missing plan (exit 1)
    for (const args of [['compare', '某区计划.docx', id], ['export-docx', 'plans/某区计划', join(dataDir, 'x.docx')]]) {
      const r = await fails([...args, '--data-dir', dataDir]);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(`错误: 找不到文件: ${args[1]}\n`);
    }
    expect((await cli(['list', '--data-dir', dataDir])).stdout).toBe(rows);
    // the words of a search are one query, not the first word alone
    const one = JSON.parse((await cli(['search', '光纤 入户', '--json', '--data-dir', dataDir])).stdout) as unknown[];
    const two = JSON.parse((await cli(['search', '光纤', '入户', '--json', '--data-dir', dataDir])).stdout) as unknown[];
    const first = JSON.parse((await cli(['search', '光纤', '--json', '--data-dir', dataDir])).stdout) as unknown[];
    expect(two).toEqual(one);
    expect(two.length).toBeLessThan(first.length);
  }, 180_000);

  it('the JSON Schema file is generated from the current model', () => {
    expect(readFileSync(join(ROOT, 'docs/plan-workbench-v1.schema.json'), 'utf8')).toBe(planJsonSchemaText());
  });
});
