/**
 * import: one file, several files or folders into the library.
 *
 *   import <file> --json          the plan (plan-workbench/v1) and its import report on stdout; nothing stored
 *   import <file>                 store it; its id on stdout (an error: one line on stderr, exit 1)
 *   import <folder|files…>        a batch: each file imported in turn (a progress bar on a terminal, or one JSON line
 *                                 per file with --json), then a summary of stored / skipped as duplicate / refused
 *                                 and why. Exit 0 when nothing was refused, 3 when some files were, 1 when all were;
 *                                 130 after Ctrl+C (with --json a `not-imported` line for each file left); 75 when the
 *                                 library is held by another program: the batch stops at the first file refused so
 *                                 (not one 5 s wait per file), that file and the rest `not-imported`, the reason said once.
 *
 * Duplicate: a file whose document the library already holds — the rule of the app's import dialog and its batch
 * import (shared/api/batch-import.ts)
 * (plan.importPreview's `duplicates`: the same text after normalisation, so a GBK copy of a UTF-8 file counts, or for
 * plans stored before schema 7 the same bytes; for a plan JSON file, the plans holding its nodes — the plan it was
 * exported from) — or a file of the same batch already taken. Files whose bytes are
 * those of a stored plan are skipped before they are parsed (one query). A duplicate is not stored twice
 * (--allow-duplicates stores it all the same).
 * --dry-run imports and reports, stores nothing.
 */
import { createHash } from 'node:crypto';
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { isAppError } from '../../shared/errors';
import { visibleControls } from '../../shared/text/invisible';
import { batchCounts, countTasks, refusalReason, rememberTaken, sameDocument } from '../../shared/api/batch-import';
import { PlanDoc } from '../../shared/model/plan';
import { IMPORTABLE_EXTENSIONS } from '../../shared/importer/public';
import { conformsTo } from '../../shared/model/conforms';
import { importIsolated } from '../core/isolated-import';
import { EXIT, UsageError, type Args } from './args';
import type { Core } from '../core/core';
import { withCore, type Call } from './context';
import { isFile, readImport, WORKER_ENTRY } from './files';
import { errorCode, errorLine } from './errors';

/** What a folder contributes (the file types the app's import dialog offers). */
export const IMPORT_EXTENSIONS = new Set(IMPORTABLE_EXTENSIONS.map((e) => `.${e}`));

export type FileOutcome =
  | { file: string; status: 'stored' | 'checked'; id?: string; title: string; tasks: number; warnings: number; remappedStyle?: string; notes?: string[] }
  | { file: string; status: 'duplicate'; duplicateOf: string; title: string }
  | { file: string; status: 'refused'; code: string; reason: string; reasonEn?: string };
// (and, after Ctrl+C or a busy library, with --json: { file, status: 'not-imported' } for each file not read; the file a
// busy library stopped also has code: 'busy' and the reason)

/**
 * The files of a folder, recursively, in name order; hidden files and folders skipped. Links are followed (a link to a
 * plan is that plan) and each folder is walked once, so a link back up the tree (a loop) ends the walk there. A
 * folder or link that cannot be read is a refused row in its place, and the walk goes on.
 */
function folderFiles(dir: string, walked = new Set<string>(), otherTypes = new Map<string, number>()): (string | FileOutcome)[] {
  let real: string;
  let entries: Dirent[];
  try {
    real = realpathSync(dir);
    if (walked.has(real)) return [];
    walked.add(real);
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  } catch (e) {
    return [unreadable(dir, e)];
  }
  const out: (string | FileOutcome)[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    let kind: 'dir' | 'file' | 'other' = e.isDirectory() ? 'dir' : e.isFile() ? 'file' : 'other';
    if (e.isSymbolicLink()) {
      try {
        const st = statSync(p);
        kind = st.isDirectory() ? 'dir' : st.isFile() ? 'file' : 'other';
      } catch (err) {
        // a dangling link: said only when it looks like a plan (its name has an importable extension)
        if (IMPORT_EXTENSIONS.has(extname(e.name).toLowerCase())) out.push(unreadable(p, err));
        continue;
      }
    }
    const ext = extname(e.name).toLowerCase();
    if (kind === 'dir') out.push(...folderFiles(p, walked, otherTypes));
    else if (kind === 'file' && IMPORT_EXTENSIONS.has(ext)) out.push(p);
    else if (kind === 'file') otherTypes.set(ext || '(无扩展名)', (otherTypes.get(ext || '(无扩展名)') ?? 0) + 1);
  }
  return out;
}

/** A folder or link the walk could not read: a refused row, as a file the importer refuses. */
function unreadable(file: string, e: unknown): FileOutcome {
  const code = e instanceof Error && 'code' in e ? String((e as NodeJS.ErrnoException).code) : 'internal';
  return { file, status: 'refused', code, reason: rowReason(e, file) };
}

/** A refused row's reason, without the file name (the row names it already). */
function rowReason(e: unknown, file: string): string {
  const code = e instanceof Error && 'code' in e ? (e as NodeJS.ErrnoException).code : undefined;
  if (code === 'EACCES' || code === 'EPERM') {
    return isDir(file) ? '没有权限读取这个文件夹,其中的文件都未导入;请检查文件夹的权限' : '没有权限读取这个文件;请检查文件的权限,或复制一份到可读的位置再导入';
  }
  if (code === 'ENOENT') return '找不到这个文件(或链接指向的文件已不存在)';
  return refusalReason(errorLine(e), visibleControls(basename(file)));
}

const isDir = (p: string) => {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
};

const conformsToPlan = conformsTo(PlanDoc);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export async function importCommand(args: Args, out: (s: string) => void): Promise<number> {
  const paths = args.positional.slice(1);
  if (!paths.length) throw new UsageError('缺少要导入的文件或文件夹');
  const json = args.flags.has('--json');
  const status = args.flags.get('--status') ?? 'reference';
  // what the import dialog offers: a plan is stored as a reference or as a draft (review and final are steps of a draft)
  if (status !== 'reference' && status !== 'draft') throw new UsageError(`--status 只能是 reference(参考)或 draft(草稿): ${status === true ? '(缺少值)' : status}`);
  const single = paths.length === 1 && !isDir(paths[0]);

  if (single && json && !args.flags.has('--dry-run')) {
    // the plan itself, nothing stored (plan-workbench/v1: docs/plan-format.md)
    const file = paths[0];
    // the worker validated it already: zod's walk again only when the quick check cannot say it would change nothing
    const got = await importIsolated({ bytes: readImport(file), fileName: basename(file) }, { workerEntry: WORKER_ENTRY });
    const doc = conformsToPlan(got) ? got : PlanDoc.parse(got);
    out(JSON.stringify(doc, null, 2) + '\n');
    return EXIT.ok;
  }

  const files: (string | FileOutcome)[] = [];
  const walked = new Set<string>();
  const otherTypes = new Map<string, number>(); // files of the folders the import does not read, by extension
  for (const p of paths) {
    if (isDir(p)) files.push(...folderFiles(p, walked, otherTypes));
    else files.push(p);
  }
  if (!files.length) throw new UsageError(`${paths.join('、')} 中没有可导入的文件(${[...IMPORT_EXTENSIONS].join(' ')})`);

  return withCore(args, async (call, core) => {
    const allowDuplicates = args.flags.has('--allow-duplicates');
    const known = allowDuplicates ? new Map<string, { id: string; title: string }>() : librarySources(core);
    const dryRun = args.flags.has('--dry-run');

    if (single && !dryRun) {
      // one file: its id on stdout, or the error as the command's one stderr line (exit 1)
      const r = await importOne(call, files[0] as string, known, status, false, true, allowDuplicates);
      if (r.status === 'duplicate') process.stderr.write(`内容与资料库中的《${r.title}》(${r.duplicateOf})相同,未重复存入\n`);
      else if (r.status === 'stored' && r.remappedStyle) process.stderr.write(`已按上次的设置调整层级(文档样式 ${r.remappedStyle})\n`);
      // stored without a task (a meeting notice …): why, on stderr (stdout keeps only the id, for scripts)
      if (r.status === 'stored') for (const n of r.notes ?? []) process.stderr.write(`已存入,但没有识别到任务: ${visibleControls(n)}\n`);
      out(`${r.status === 'duplicate' ? r.duplicateOf : (r as { id: string }).id}\n`);
      return EXIT.ok;
    }

    const progress = !json && process.stderr.isTTY ? new ProgressBar(files.length) : null;
    const results: FileOutcome[] = [];
    // Ctrl+C: the current file finishes (stored whole or not at all), no further file is read, and the summary says
    // what was stored and how many files were not imported — as 停止 in the app's batch panel. A second Ctrl+C ends at once.
    let interrupted = false;
    // the library held by another program (the app saving, a backup, another import): each file would wait SQLite's
    // busy time-out (5 s) to be refused in turn, so the batch stops at the first: that file and the rest are not imported
    let busy: FileOutcome & { status: 'refused' } | null = null;
    const onInterrupt = () => {
      if (interrupted) process.exit(EXIT.interrupted);
      interrupted = true;
      progress?.done();
      process.stderr.write('正在停止:当前文件导入完后不再导入其余文件(再按一次 Ctrl+C 立即退出)\n');
    };
    process.on('SIGINT', onInterrupt);
    try {
      for (const [i, file] of files.entries()) {
        if (interrupted) break;
        if (typeof file !== 'string') {
          results.push(file);
          if (json) out(JSON.stringify(file) + '\n');
          continue;
        }
        progress?.draw(i, basename(file));
        const r = await importOne(call, file, known, status, dryRun, false, allowDuplicates);
        if (r.status === 'refused' && r.code === 'busy') {
          busy = r;
          break;
        }
        results.push(r);
        if (json) out(JSON.stringify(r) + '\n');
      }
    } finally {
      process.off('SIGINT', onInterrupt);
    }
    progress?.done();
    const notImported = files.length - results.length;

    const counts = batchCounts(results);
    const refused = counts.refused;
    const done = results.length - refused;
    const summary = `${dryRun ? `可导入 ${counts.checked} 份` : `已存入 ${counts.stored} 份`} · 重复跳过 ${counts.duplicate} 份 · 拒绝 ${refused} 份${interrupted ? ` · 已中断,${notImported} 个文件未导入` : ''}${busy ? ` · 已停止,${notImported} 个文件未导入` : ''}`;
    const busyLine = busy ? `资料库正被另一个程序使用(应用正在保存、备份或另一次导入),导入在 ${busy.file} 停止;其余文件未读取,可稍后再导入这些文件\n` : '';
    // what the folders held besides: said, so that a clerk counting files is not left wondering (plan.json exports, .pptx …)
    const others = [...otherTypes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const othersLine = others.length
      ? `另有 ${others.reduce((n, [, k]) => n + k, 0)} 个文件不是可导入的类型,未读取: ${others.map(([e, k]) => `${e} ${k} 个`).join('、')}\n`
      : '';
    if (json) {
      // one line for every file, those Ctrl+C left too: a script reading the lines knows what to import again
      // (the file the library's lock stopped carries the reason, once)
      for (const [i, f] of files.slice(results.length).entries()) {
        out(JSON.stringify({ file: typeof f === 'string' ? f : f.file, status: 'not-imported', ...(busy && i === 0 ? { code: 'busy', reason: busy.reason } : {}) }) + '\n');
      }
      process.stderr.write(summary + '\n' + busyLine + othersLine);
    }
    else {
      out(summary + '\n' + busyLine + othersLine);
      for (const r of results) {
        if (r.status === 'stored' || r.status === 'checked') {
          // a title the importer did not find is said, not printed as an empty 《》; the report's warnings counted, as
          // the batch panel does (import <file> --json and the app's 导入报告 list them)
          const title = r.title.trim() ? `《${r.title}》` : '(没有识别到标题)';
          out(`  ${r.status === 'stored' ? '已存入' : '可导入'}  ${r.file}${r.id ? ` → ${r.id}` : ''}${title}${r.tasks} 项任务${r.warnings ? `,${r.warnings} 条提示` : ''}${r.remappedStyle ? '(已按上次的设置调整层级)' : ''}\n`);
          for (const n of r.notes?.slice(0, 3) ?? []) out(`          提示: ${visibleControls(n)}\n`);
          if ((r.notes?.length ?? 0) > 3) out(`          (另有 ${r.notes!.length - 3} 条提示)\n`);
        }
        else if (r.status === 'duplicate') out(`  重复    ${r.file} = ${r.duplicateOf}《${r.title}》\n`);
        else if (r.status === 'refused') out(`  拒绝    ${r.file}: ${r.reason}\n`);
      }
      for (const f of files.slice(results.length)) out(`  未导入  ${typeof f === 'string' ? f : f.file}\n`);
    }
    if (interrupted) return EXIT.interrupted;
    if (busy) return EXIT.busy;
    return refused === 0 ? EXIT.ok : done > 0 ? EXIT.partial : EXIT.failed;
  });
}

/** sha256 of each plan's source file (meta.source.sha256) → the plan first stored with it; one query, no plan parsed. */
function librarySources(core: Core): Map<string, { id: string; title: string }> {
  const known = new Map<string, { id: string; title: string }>();
  const rows = core.library.db
    .prepare(`SELECT id, title, json_extract(meta, '$.source.sha256') AS sha FROM plans WHERE trashed_at IS NULL ORDER BY created_at, rowid`)
    .all() as { id: string; title: string; sha: string | null }[];
  for (const r of rows) if (r.sha && !known.has(r.sha)) known.set(r.sha, { id: r.id, title: r.title });
  return known;
}

/**
 * `known`: file sha256 → plan (the library's, then this batch's), and `text:<fingerprint>` → plan for this batch's
 * documents. With --allow-duplicates it starts empty and the library's answer is ignored.
 */
async function importOne(call: Call, file: string, known: Map<string, { id: string; title: string }>, status: string, dryRun: boolean, rethrow: boolean, allowDuplicates: boolean): Promise<FileOutcome> {
  try {
    if (!isFile(file)) {
      const e = Object.assign(new Error(`not a file: ${file}`), { code: isDir(file) ? 'EISDIR' : 'ENOENT', path: file });
      throw e;
    }
    const bytes = readImport(file);
    const sha = sha256(bytes);
    const prior = allowDuplicates ? undefined : known.get(sha);
    if (prior) return { file, status: 'duplicate', duplicateOf: prior.id, title: prior.title };
    const { levelMapping, duplicates, ...doc } = await call('plan.importPreview', { fileName: basename(file), dataBase64: Buffer.from(bytes).toString('base64') });
    // the same document in other bytes: stored before (the library says so), or earlier in this batch (a dry run stores nothing)
    const same = allowDuplicates ? undefined : sameDocument({ duplicates, meta: doc.meta }, known);
    if (same) return { file, status: 'duplicate', duplicateOf: same.id, title: same.title };
    const tasks = countTasks(doc.nodes);
    const remappedStyle = levelMapping?.remembered ? (levelMapping.style ?? undefined) : undefined;
    const warnings = doc.report?.warnings.length ?? 0; // as the batch panel's row: the import report's warning count
    // no task in it (a meeting notice, a letter): the warnings' words, so that the row says what the file is — it is
    // stored all the same (its text as the plan's preamble), as the app's import does
    const notes = tasks === 0 && warnings ? { notes: doc.report!.warnings.map((w) => w.message) } : {};
    if (dryRun) {
      rememberTaken(known, doc, { id: '(本批次)', title: doc.meta.title }, sha);
      return { file, status: 'checked', title: doc.meta.title, tasks, warnings, ...(remappedStyle ? { remappedStyle } : {}), ...notes };
    }
    const { id } = await call('plan.importCommit', { doc, status: status as 'reference' });
    rememberTaken(known, doc, { id, title: doc.meta.title }, sha);
    return { file, status: 'stored', id, title: doc.meta.title, tasks, warnings, ...(remappedStyle ? { remappedStyle } : {}), ...notes };
  } catch (e) {
    if (rethrow) throw e;
    const code = errorCode(e);
    // (the file's own reason in English too: every ImportError is made with it, shared/errors.ts ImportReason)
    const en = isAppError(e) && typeof e.details?.en === 'string' ? e.details.en : undefined;
    return { file, status: 'refused', code, reason: rowReason(e, file), ...(en ? { reasonEn: en } : {}) };
  }
}

/** One line on stderr, redrawn in place: [██████░░░░] 3/10 name. */
class ProgressBar {
  constructor(private readonly total: number) {}
  draw(done: number, name: string): void {
    const width = 24;
    const filled = Math.round((done / this.total) * width);
    const label = `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${this.total} `;
    // the bar's characters take two columns in a CJK terminal; the name gets what is left, by display width
    let room = (process.stderr.columns || 80) - 2 * width - (label.length - width) - 1;
    let shown = '';
    for (const ch of name) {
      room -= /[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
      if (room < 0) break;
      shown += ch;
    }
    process.stderr.write(`\r\x1b[K${label}${shown}`);
  }
  done(): void {
    process.stderr.write('\r\x1b[K');
  }
}
