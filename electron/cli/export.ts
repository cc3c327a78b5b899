/**
 * export-docx: the official Word document (GB/T 9704-2012).
 *
 *   export-docx <plan|file> <out.docx> [--cover] [--annex] [--fonts windows]
 *   export-docx --all|<plans|files…> --out <dir> [...]   one document per plan, named as the app names them
 *                                                          (title and 成文日期 — none when the plan has none, where
 *                                                          the app takes today's); exit 3 when some plans failed
 *   --json: one JSON line per document written: { source, file, coverWarnings, omissions }
 * What the document will lack is said on stderr, one line each, as the export dialog says it: with --cover what the
 * notice lacks (coverWarnings), and what Word leaves out of the plan (exportOmissions: the cover fields without
 * --cover, hand-set themes, …; docs/exchange.md; a stored plan's comments and suggestions, open and closed, with their
 * replies, which this document never carries). stdout stays the files written.
 * A file is imported on the fly (nothing stored), in the isolated worker. The document is built in this process (the
 * CLI serves no one else meanwhile, so the app's export worker would only add its start-up): the same buildDocx, file
 * names as the app gives them (exportFileName).
 */
import { existsSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { buildDocx } from '../../shared/export/docx';
import { nodeZip } from '../core/zip';
import { annotationsLeftOut, coverWarnings, exportOmissions, type AnnotationCount, type CoverWarning, type Omission } from '../../shared/export/checks';
import type { PlanDoc } from '../../shared/model/plan';
import { EXIT, need, UsageError, type Args } from './args';
import { exportFileName } from '../../shared/export/filename';
import { withLibrary } from './read';
import type { Library } from '../core/library';
import { errorLine } from './errors';
import { checkOutputFile, checkWritableFolder, makeFolder, missingFileOrId, writeAtomic } from './output';

const isFile = (x: string) => existsSync(x) && statSync(x).isFile();
/** Import a file on the fly; the importer (./files) is loaded only when a file is given. */
const importPath = async (file: string) => (await import('./files')).importPath(file);


/**
 * What the document will lack, said on stderr as the export dialog says it (shared/export/checks.ts, the dialog's own
 * functions): with --cover what the notice lacks (no 发文字号, no full 成文日期), and what Word leaves out of the plan.
 */
function notes(doc: PlanDoc, cover: boolean, label: string, annotations: AnnotationCount[] = [], annexes = false): { coverWarnings: CoverWarning[]; omissions: Omission[] } {
  const r = { coverWarnings: cover ? coverWarnings(doc.meta) : [], omissions: exportOmissions(doc, 'docx', { cover, annotations: annotationsLeftOut(annotations, 'docx', false), annexes }) };
  for (const w of r.coverWarnings) process.stderr.write(`提示: ${label}: ${w.message}\n`);
  for (const o of r.omissions) process.stderr.write(`不保存: ${label}: ${o.message}\n`);
  return r;
}

/** A stored plan's comments and suggestions, open and closed, with their replies: the CLI's Word document has none of them (said on stderr). */
function annotationsOf(lib: Library, id: string): AnnotationCount[] {
  return lib.db.prepare("SELECT status, coalesce(json_array_length(data, '$.replies'), 0) AS replies FROM annotations WHERE plan_id = ?").all(id) as AnnotationCount[];
}

export async function exportDocxCommand(args: Args, out: (s: string) => void): Promise<number> {
  const fonts = (args.flags.get('--fonts') as string | undefined) ?? 'gb2312';
  if (fonts !== 'gb2312' && fonts !== 'windows') throw new UsageError('--fonts 只能是 gb2312 或 windows');
  const options = { cover: args.flags.has('--cover'), annexes: args.flags.has('--annex'), fonts: fonts as 'gb2312' | 'windows' };
  const sources = args.positional.slice(1);
  const outDir = args.flags.get('--out');
  const all = args.flags.has('--all');
  const json = args.flags.has('--json');
  /** stdout: the file written, or with --json a line that also says what it lacks. */
  const written = (source: string, file: string, n: ReturnType<typeof notes>) =>
    out(json ? JSON.stringify({ source, file, ...n }) + '\n' : `${file}\n`);

  if (outDir === undefined && !all) {
    const [src, file] = need(args, ['计划ID(或文件)', '输出文件'], '多份规划请用 --out <文件夹>');
    checkOutputFile(file);
    if (!isFile(src)) missingFileOrId(src);
    const write = async (doc: PlanDoc, annotations: AnnotationCount[] = []) => {
      const n = notes(doc, options.cover, src, annotations, options.annexes);
      writeAtomic(file, await buildDocx(doc, options, { zip: nodeZip }));
      return n;
    };
    const n = isFile(src) ? await write(await importPath(src)) : await withLibrary(args, (lib) => write(lib.getPlan(src), annotationsOf(lib, src)));
    written(src, file, n);
    return EXIT.ok;
  }

  if (typeof outDir !== 'string') throw new UsageError('--all 和多份规划需要 --out <文件夹>');
  if (all && sources.length) throw new UsageError('--all 与计划ID不能同时使用');
  if (!all && !sources.length) throw new UsageError('缺少计划ID(或文件),或用 --all 导出全部');
  if (existsSync(outDir) && isFile(outDir)) throw new UsageError(`--out 应是文件夹: ${outDir}`);
  makeFolder(outDir);
  checkWritableFolder(outDir);

  return withLibrary(args, async (lib) => {
    const ids = all ? lib.listPlans().reverse().map((p) => p.id) : sources; // newest first, as \`list\`
    const used = new Set<string>();
    const uniqueName = (name: string, id: string) => {
      let n = name;
      if (used.has(n)) n = `${basename(name, extname(name))}-${id}${extname(name)}`;
      used.add(n);
      return n;
    };
    let failed = 0;
    let replaced = 0;
    for (const src of ids) {
      try {
        const fromFile = isFile(src);
        if (!fromFile) missingFileOrId(src);
        const doc = fromFile ? await importPath(src) : lib.getPlan(src);
        // a plan id alone tells a clerk reading the notes of --all nothing: its title beside it (a file names itself)
        const label = fromFile ? src : `${src}《${doc.meta.title}》`;
        const n = notes(doc, options.cover, label, fromFile ? [] : annotationsOf(lib, src), options.annexes);
        const bytes = await buildDocx(doc, options, { zip: nodeZip });
        const name = fromFile
          ? `${basename(src, extname(src))}.docx`
          : exportFileName(doc.meta, 'docx'); // as the app names it: the plan's 成文日期 alone, never today's date
        const file = join(outDir, uniqueName(name, basename(src)));
        if (existsSync(file)) replaced++;
        writeAtomic(file, bytes);
        written(src, file, n);
      } catch (e) {
        failed++;
        process.stderr.write(`错误: ${src}: ${errorLine(e)}\n`);
      }
    }
    // the batch's summary, as import's (stderr: stdout stays the files written): how many, where, and what was there before
    process.stderr.write(`已导出 ${ids.length - failed} 份 · 失败 ${failed} 份 → ${outDir}${replaced ? `(其中 ${replaced} 份替换了同名的已有文件)` : ''}\n`);
    return failed === 0 ? EXIT.ok : failed < ids.length ? EXIT.partial : EXIT.failed;
  });
}
