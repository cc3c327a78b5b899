/**
 * Command line over the same core as the app: npm run -s cli -- <command> [options]
 *
 *   import <file> --json          print the imported plan (plan-workbench/v1) and its report; store nothing
 *   import <file> [--status s]    store it in the library (default status: reference); print the new plan id
 *   list                          plans in the library
 *   show <plan>                   a plan's metadata and outline
 *   search <query> [--json] [--district d] [--kind k] [--department d]
 *   export-json <plan> <out.json> write a plan as plan-workbench/v1
 *   compare <planA> <planB> [--json]  align two plans (ids or files; files are imported on the fly, nothing stored)
 *   export-docx <plan|file> <out.docx> [--cover] [--annex] [--fonts windows]
 *                                 the official Word document (GB/T 9704-2012); a file is imported on the fly, nothing stored
 *   --data-dir <dir>              library folder (default: the app's data folder)
 *
 * Files are imported in a worker thread with the app's memory and time limits (electron/core/isolated-import.ts).
 * Errors: one line on stderr, exit code 1 (2 for a usage error).
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError, ImportError, isAppError, LIMITS } from '../../shared/errors';
import { importIsolated } from '../core/isolated-import';
import { buildDocx } from '../../shared/export/docx';
import { PlanDoc, walk } from '../../shared/model/plan';
import type { Input, MethodName, Output } from '../../shared/api/contract';
import { createCore } from '../core/core';
import { comparePlans, comparisonRows } from '../../shared/compare/index';
import { describeFieldDiff } from '../../shared/compare/describe';
import { defaultDataDir } from '../core/paths';
import { visibleControls } from '../../shared/text/invisible';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

interface Args { positional: string[]; flags: Map<string, string | true> }

export function parseArgs(argv: string[]): Args {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  const takesValue = new Set(['--data-dir', '--status', '--district', '--kind', '--department', '--limit', '--fonts']);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const [k, v] = a.split('=', 2);
      if (v !== undefined) flags.set(k, v);
      else if (takesValue.has(k)) {
        if (i + 1 >= argv.length) throw new UsageError(`${k} 需要一个值`);
        flags.set(k, argv[++i]);
      } else flags.set(k, true);
    } else positional.push(a);
  }
  return { positional, flags };
}

class UsageError extends Error {}

const USAGE = `用法: npm run -s cli -- <命令>
  import <文件> --json | import <文件> [--status reference|draft]
  list | show <计划ID> | search <关键词> [--json] [--district 区] [--kind task] [--department 部门]
  export-json <计划ID> <输出.json>
  compare <计划ID|文件> <计划ID|文件> [--json]
  export-docx <计划ID|文件> <输出.docx> [--cover] [--annex] [--fonts windows]
  选项: --data-dir <目录>`;

async function withCore<T>(args: Args, fn: (call: <K extends MethodName>(m: K, i: Input<K>) => Promise<Output<K>>) => Promise<T>): Promise<T> {
  const dataDir = (args.flags.get('--data-dir') as string | undefined) ?? defaultDataDir();
  // stderr holds one line per failed command: warnings and storage errors (already said in that line) are logged
  // only with PW_DEBUG=1; unexpected errors always (their stack is the only record of them).
  const logError = (message: string, error: unknown) => {
    if (process.env.PW_DEBUG || /unexpected error|damaged/.test(message)) console.error(message, error);
  };
  const core = await createCore({ dataDir, seedsDir: join(ROOT, 'seeds'), host: 'cli', logError });
  try {
    return await fn(async (method, input) => {
      const env = await core.call(method, input);
      if (!env.ok) throw new AppError(env.error.code, env.error.message, env.error.details);
      return env.result as Output<typeof method>;
    });
  } finally {
    core.close();
  }
}

/** Read a file to import, refusing one over LIMITS.maxImportBytes before reading it. */
function readImport(file: string): Uint8Array {
  const size = statSync(file).size;
  if (size > LIMITS.maxImportBytes) {
    throw new ImportError('too-large', basename(file), `文件过大(${size} 字节,上限 ${LIMITS.maxImportBytes} 字节)`, { bytes: size, limit: LIMITS.maxImportBytes });
  }
  return new Uint8Array(readFileSync(file));
}

/** Import a file on the fly (nothing stored), isolated like the app's imports. */
const importPath = (file: string) => importIsolated({ bytes: readImport(file), fileName: basename(file) });

function need(args: Args, n: number, what: string): string[] {
  if (args.positional.length < n + 1) throw new UsageError(`缺少${what}`);
  return args.positional.slice(1, n + 1);
}

export async function run(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s)): Promise<void> {
  const args = parseArgs(argv);
  const cmd = args.positional[0];
  switch (cmd) {
    case 'import': {
      const [file] = need(args, 1, '要导入的文件');
      const bytes = readImport(file);
      if (args.flags.get('--json')) {
        const doc = PlanDoc.parse(await importIsolated({ bytes, fileName: basename(file) }));
        out(JSON.stringify(doc, null, 2) + '\n');
        return;
      }
      const status = (args.flags.get('--status') as string | undefined) ?? 'reference';
      await withCore(args, async (call) => {
        const { levelMapping, ...doc } = await call('plan.importPreview', { fileName: basename(file), dataBase64: Buffer.from(bytes).toString('base64') });
        // the levels the planner set for documents of this style in the app apply here too: say so
        if (levelMapping?.remembered) process.stderr.write(`已按上次的设置调整层级(文档样式 ${levelMapping.style})\n`);
        const { id } = await call('plan.importCommit', { doc, status: status as 'reference' });
        out(id + '\n');
      });
      return;
    }
    case 'list':
      await withCore(args, async (call) => {
        for (const p of await call('library.list', {})) {
          const period = p.period ? `${p.period.start}-${p.period.end}` : '—';
          out(`${p.id}\t${p.status}\t${p.district ?? '—'}\t${period}\t${p.title}\n`);
        }
      });
      return;
    case 'show': {
      const [id] = need(args, 1, '计划ID');
      await withCore(args, async (call) => {
        const plan = await call('plan.get', { id });
        if (args.flags.get('--json')) { out(JSON.stringify(plan, null, 2) + '\n'); return; }
        const m = plan.meta;
        out(`${m.title}\n${m.district ?? ''} ${m.period ? `${m.period.start}-${m.period.end}` : ''} ${m.issuer ?? ''} ${m.docNumber ?? ''} ${m.issuedOn ?? ''}\n`);
        for (const { node, path } of walk(plan.nodes)) {
          if (node.kind === 'item') continue;
          const lead = node.lead.length ? `  [牵头: ${node.lead.join('、')}]` : '';
          out(`${'  '.repeat(path.length)}${node.number}${node.number ? ' ' : ''}${node.heading}${lead}\n`);
        }
      });
      return;
    }
    case 'search': {
      const [query] = need(args, 1, '关键词');
      await withCore(args, async (call) => {
        const kind = args.flags.get('--kind') as string | undefined;
        const hits = await call('library.search', {
          query,
          filters: {
            district: args.flags.get('--district') as string | undefined,
            department: args.flags.get('--department') as string | undefined,
            kind: kind as 'task' | undefined,
            limit: args.flags.has('--limit') ? Number(args.flags.get('--limit')) : undefined,
          },
        });
        if (args.flags.get('--json')) { out(JSON.stringify(hits, null, 2) + '\n'); return; }
        for (const h of hits) out(`${h.planTitle} › ${h.path.join(' › ')}\n    ${h.snippet.map((s) => (s.hit ? `【${s.text}】` : s.text)).join('')}\n`);
        out(`${hits.length} 条结果\n`);
      });
      return;
    }
    case 'export-json': {
      const [id, file] = need(args, 2, '计划ID和输出文件');
      await withCore(args, async (call) => {
        const plan = await call('plan.get', { id });
        const { revision: _r, ...doc } = plan;
        writeFileSync(file, JSON.stringify(PlanDoc.parse(doc), null, 2) + '\n');
        out(`${file}\n`);
      });
      return;
    }
    case 'export-docx': {
      const [src, file] = need(args, 2, '计划ID(或文件)和输出文件');
      const fonts = (args.flags.get('--fonts') as string | undefined) ?? 'gb2312';
      if (fonts !== 'gb2312' && fonts !== 'windows') throw new UsageError(`--fonts 只能是 gb2312 或 windows`);
      const options = { cover: args.flags.has('--cover'), annexes: args.flags.has('--annex'), fonts: fonts as 'gb2312' | 'windows' };
      if (existsSync(src) && statSync(src).isFile()) {
        const doc = await importPath(src);
        writeFileSync(file, await buildDocx(doc, options));
      } else {
        await withCore(args, async (call) => {
          const { dataBase64 } = await call('export.docx', { id: src, options });
          writeFileSync(file, Buffer.from(dataBase64, 'base64'));
        });
      }
      out(`${file}\n`);
      return;
    }
    case 'compare': {
      const [a, b] = need(args, 2, '要比较的两个计划(ID 或文件)');
      const t0 = performance.now();
      const isFile = (x: string) => existsSync(x) && statSync(x).isFile();
      const fromFile = importPath;
      let docs: [PlanDoc, PlanDoc];
      if (isFile(a) && isFile(b)) docs = [await fromFile(a), await fromFile(b)];
      else {
        docs = await withCore(args, async (call) => {
          const get = async (x: string) => (isFile(x) ? fromFile(x) : (({ revision: _r, ...d }) => d as PlanDoc)(await call('plan.get', { id: x })));
          return [await get(a), await get(b)] as [PlanDoc, PlanDoc];
        });
      }
      const c = comparePlans(docs[0], docs[1]);
      const rows = comparisonRows(c, docs[0], docs[1]);
      const timingMs = Math.round(performance.now() - t0);
      const ref = (n: { id: string; heading: string; kind: string } | null) => (n ? { id: n.id, heading: n.heading, kind: n.kind } : null);
      if (args.flags.get('--json')) {
        const pairs = rows.map((r) => ({ left: ref(r.left), right: ref(r.right), score: r.pair?.score ?? null, reasons: r.pair?.reasons ?? [], diff: r.pair?.diff ?? null }));
        out(JSON.stringify({ pairs, stats: c.stats, timingMs }, null, 2) + '\n');
        return;
      }
      for (const r of rows) {
        const l = r.left ? `${r.left.heading}` : '—';
        const rr = r.right ? `${r.right.heading}` : '—';
        out(`${r.pair ? r.pair.score.toFixed(2) : '    '}  ${l}  ↔  ${rr}${r.pair?.reasons.length ? `  [${r.pair.reasons.slice(0, 4).join('、')}]` : ''}\n`);
        if (r.pair) for (const line of describeFieldDiff(r.pair.diff.fields)) out(`        ${line}\n`);
      }
      out(`${c.stats.pairs} 对, 左侧未配对 ${c.stats.unmatchedLeft}, 右侧未配对 ${c.stats.unmatchedRight}, ${timingMs} ms\n`);
      return;
    }
    case undefined:
    case 'help':
    case '--help':
      out(USAGE + '\n');
      return;
    default:
      throw new UsageError(`未知命令“${cmd}”`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  run(process.argv.slice(2)).catch((e: unknown) => {
    if (e instanceof UsageError) {
      process.stderr.write(`错误: ${e.message}\n${USAGE}\n`);
      process.exit(2);
    }
    const msg = isAppError(e) ? `${e.message} (${e.code})` : e instanceof Error && 'code' in e && (e as NodeJS.ErrnoException).code === 'ENOENT' ? `找不到文件: ${(e as NodeJS.ErrnoException).path}` : `内部错误: ${e instanceof Error ? e.message : String(e)}`;
    process.stderr.write(`错误: ${visibleControls(msg.replace(/\n/g, ' '))}\n`); // one line: no raw ESC, CR or LF from a file name
    process.exit(1);
  });
}
