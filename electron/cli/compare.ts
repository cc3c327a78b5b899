/**
 * compare <plan|file> <plan|file>… [--json | --csv]
 *
 * One plan against one: every row of the alignment (score, left ↔ right, shared terms), then the counts.
 * One plan against several: one row per compared plan (pairs, identical / changed pairs, unmatched on each side,
 * how much of the first plan found a partner, mean score, time), as a table, as JSON (with every pair) or as CSV.
 * A compared plan that cannot be read (an unknown id, a file missing or refused by the importer) does not cost the
 * others: they are compared, it is named with the reason (after the table; --json `unread`; --csv on stderr), exit 3
 * (none readable: exit 1). The first plan, or the library itself (damaged, busy), failing fails the command.
 * Plans are library ids or files (files are imported on the fly, nothing stored). The CSV starts with the UTF-8 byte
 * order mark, as the compare view's 导出 CSV: `compare … --csv > 对比.csv` opened in Excel, WPS or LibreOffice Calc
 * shows its Chinese (without it they read the file as the local ANSI code page).
 */
import { existsSync, statSync } from 'node:fs';
import { comparePlans, comparisonRows, type PlanComparison } from '../../shared/compare/index';
import { describeFieldDiff } from '../../shared/compare/describe';
import { comparisonExportRows, csvLine, rowRecord, rowsCsv, UTF8_BOM } from '../../shared/compare/export';
import type { PlanDoc } from '../../shared/model/plan';
import { UsageError, EXIT, type Args } from './args';
import { lazy } from './lazy';
import { primeFromLibrary, storeInLibrary } from '../core/plan-tokens';
import { dataDirOf, withLibrary } from './read';
import { checkDatabase } from '../core/db';
import { periodText } from '../../shared/model/period';
import { missingFileOrId } from './output';
import { errorCode, errorLine } from './errors';
import { isAppError } from '../../shared/errors';

interface Loaded { ref: string; id: string | null; doc: PlanDoc }

/** A path to a file (else a plan id). The importer (./files) is loaded only when a file is given. */
const isFile = (x: string) => existsSync(x) && statSync(x).isFile();

/** A compared plan that could not be read (one plan against several): the others are compared all the same. */
interface Unread { ref: string; code: string; reason: string }

/**
 * The plans, in the order given. `tolerant` (one plan against several): a compared plan that cannot be read (an
 * unknown id, a file the importer refuses) is an Unread in its place and the others are read; the first plan is
 * needed by every row, so it failing fails the command, as does anything wrong with the library itself.
 */
async function load(args: Args, refs: string[], tolerant: boolean): Promise<(Loaded | Unread)[]> {
  const fromFile = async (x: string): Promise<Loaded> => ({ ref: x, id: null, doc: await (await lazy.files()).importPath(x) });
  const one = async (r: string, i: number, read: () => Promise<Loaded>): Promise<Loaded | Unread> => {
    try {
      if (!isFile(r)) missingFileOrId(r);
      return await read();
    } catch (e) {
      // a file is read apart from the library: whatever stops it is that file's; an id's failure may be the library's
      if (!tolerant || i === 0 || (!isFile(r) && !planRefused(e))) throw e;
      return { ref: r, code: errorCode(e), reason: errorLine(e) };
    }
  };
  if (refs.every(isFile)) {
    const out: (Loaded | Unread)[] = [];
    for (const [i, r] of refs.entries()) out.push(await one(r, i, () => fromFile(r)));
    return out;
  }
  // a path that does not exist is said before the library is opened (or made): every one, or the first plan's
  for (const r of tolerant ? refs.slice(0, 1) : refs) if (!isFile(r)) missingFileOrId(r);
  // opened without PRAGMA quick_check (it reads the whole file): this only reads, and checks before it stores tokens
  return withLibrary(args, async (lib) => {
    const out: (Loaded | Unread)[] = [];
    for (const [i, r] of refs.entries()) out.push(await one(r, i, async () => (isFile(r) ? fromFile(r) : { ref: r, id: r, doc: lib.getPlan(r) })));
    // stored tokens: the segmenter runs only on the lines they do not cover; a plan without them gets them now
    // (only now that every plan was read: a failed command leaves the library as it was)
    const unstored = out.filter((p): p is Loaded => 'doc' in p && p.id !== null && !primeFromLibrary(lib, p.id, p.doc));
    if (unstored.length && !lib.readOnly) {
      checkDatabase(lib.db, dataDirOf(args));
      for (const p of unstored) storeInLibrary(lib, p.id!, p.doc);
    }
    return out;
  }, { quickCheck: false });
}

/**
 * A failure of one plan read from the library (its id unknown, a path that is no file), not of the library: a damaged
 * or busy library, or an internal error, still fails the command.
 */
function planRefused(e: unknown): boolean {
  if (isAppError(e)) return e.code !== 'db-corrupt' && e.code !== 'busy' && e.code !== 'internal';
  const code = (e as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOENT' || code === 'EACCES' || code === 'EPERM' || code === 'EISDIR';
}

function pairsJson(c: PlanComparison, left: PlanDoc, right: PlanDoc) {
  return comparisonExportRows(comparisonRows(c, left, right)).map(rowRecord);
}

/** Display width in a terminal: CJK and full-width forms take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
  return w;
}
const pad = (s: string, w: number, right = false) => (right ? ' '.repeat(Math.max(0, w - width(s))) + s : s + ' '.repeat(Math.max(0, w - width(s))));
function table(header: string[], rows: string[][], numeric: boolean[]): string {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
  const line = (r: string[]) => r.map((c, i) => pad(c, widths[i], numeric[i])).join('  ').trimEnd() + '\n';
  return line(header) + line(widths.map((w) => '─'.repeat(w))) + rows.map(line).join('');
}

/**
 * Milliseconds on a monotonic clock: process.hrtime, not performance.now — the global `performance` loads perf_hooks
 * and ten internal modules on first use (~0.4 ms of a compare process's main thread).
 */
const now = (): number => Number(process.hrtime.bigint()) / 1e6;

const label = (p: Loaded) => {
  const m = p.doc.meta;
  const period = m.period ? ` ${periodText(m.period)}` : '';
  return `${m.district ?? ''}${period} ${m.title}`.trim();
};

export async function compareCommand(args: Args, out: (s: string) => void): Promise<number> {
  const refs = args.positional.slice(1);
  if (refs.length < 2) throw new UsageError('缺少要比较的规划(ID 或文件):一份对比一份或多份');
  const json = args.flags.has('--json');
  const csv = args.flags.has('--csv');
  if (json && csv) throw new UsageError('--json 和 --csv 只能选一个');
  const t0 = now();
  const [base, ...rest] = (await load(args, refs, refs.length > 2)) as [Loaded, ...(Loaded | Unread)[]];
  const others = rest.filter((p): p is Loaded => 'doc' in p);
  const unread = rest.filter((p): p is Unread => !('doc' in p));
  // said on stderr where stdout is data for a program (--json, --csv); in the table otherwise
  const unreadLines = unread.map((u) => `未能读取 ${u.ref}: ${u.reason}\n`);
  if (unread.length && !others.length) {
    for (const l of unreadLines) process.stderr.write(l);
    process.stderr.write(`错误: 要对比的 ${unread.length} 份规划都未能读取\n`);
    return EXIT.failed;
  }
  const done = unread.length ? EXIT.partial : EXIT.ok;
  if (unread.length && (json || csv)) for (const l of unreadLines) process.stderr.write(l);

  if (refs.length === 2) {
    const other = others[0];
    const c = comparePlans(base.doc, other.doc);
    const timingMs = Math.round(now() - t0);
    if (json) {
      out(JSON.stringify({ pairs: pairsJson(c, base.doc, other.doc), stats: c.stats, timingMs }, null, 2) + '\n');
      return EXIT.ok;
    }
    const rows = comparisonRows(c, base.doc, other.doc);
    if (csv) {
      out(rowsCsv(comparisonExportRows(rows), { bom: true }));
      return EXIT.ok;
    }
    for (const r of rows) {
      const l = r.left ? r.left.heading : '—';
      const rr = r.right ? r.right.heading : '—';
      out(`${r.pair ? r.pair.score.toFixed(2) : '    '}  ${l}  ↔  ${rr}${r.pair?.reasons.length ? `  [${r.pair.reasons.slice(0, 4).join('、')}]` : ''}\n`);
      if (r.pair?.moved) out('        位置已变(在另一上级下,或与同级的先后不同)\n');
      if (r.pair) for (const line of describeFieldDiff(r.pair.diff.fields)) out(`        ${line}\n`);
    }
    out(`${c.stats.pairs} 对, 左侧未配对 ${c.stats.unmatchedLeft}, 右侧未配对 ${c.stats.unmatchedRight}, ${timingMs} ms\n`);
    return EXIT.ok;
  }

  const results = others.map((other) => {
    const t = now();
    const c = comparePlans(base.doc, other.doc);
    const ms = Math.round(now() - t);
    const leftNodes = c.stats.pairs + c.stats.unmatchedLeft;
    const meanScore = c.pairs.length ? c.pairs.reduce((s, p) => s + p.score, 0) / c.pairs.length : 0;
    return { other, c, ms, coverage: leftNodes ? c.stats.pairs / leftNodes : 0, meanScore };
  });
  const timingMs = Math.round(now() - t0);
  const planJson = (p: Loaded) => ({ ref: p.ref, id: p.id, title: p.doc.meta.title, district: p.doc.meta.district, period: p.doc.meta.period });
  if (json) {
    out(JSON.stringify({
      left: planJson(base),
      results: results.map((r) => ({
        right: planJson(r.other), stats: r.c.stats, coverage: r.coverage, meanScore: r.meanScore, timingMs: r.ms, pairs: pairsJson(r.c, base.doc, r.other.doc),
      })),
      timingMs,
      ...(unread.length ? { unread } : {}),
    }, null, 2) + '\n');
    return done;
  }
  const header = ['对比对象', '配对', '无改动', '有改动', '左侧未配对', '右侧未配对', '覆盖', '平均相似度', '用时ms'];
  const cells = (r: (typeof results)[number]) => [
    String(r.c.stats.pairs), String(r.c.stats.identicalPairs), String(r.c.stats.changedPairs), String(r.c.stats.unmatchedLeft),
    String(r.c.stats.unmatchedRight), `${Math.round(r.coverage * 100)}%`, r.meanScore.toFixed(2), String(r.ms),
  ];
  if (csv) {
    out(UTF8_BOM + csvLine(['计划', '标题', ...header.slice(1)]));
    for (const r of results) out(csvLine([r.other.ref, r.other.doc.meta.title, ...cells(r)]));
    return done;
  }
  out(`${label(base)}\n对比 ${others.length} 份规划${unread.length ? `(另有 ${unread.length} 份未能读取,见表后)` : ''}:\n\n`);
  out(table(header, results.map((r) => [label(r.other), ...cells(r)]), header.map((_, i) => i > 0)));
  out(`\n覆盖: 左侧规划中找到对应项的比例 · 共 ${timingMs} ms\n`);
  if (unread.length) out('\n' + unreadLines.join(''));
  return done;
}
