/**
 * Exports for the core: the official Word document (shared/export/docx.ts), Markdown, and PDF by converting that
 * DOCX with LibreOffice (`soffice --headless --convert-to pdf`) when it is installed. Plain Node.
 *
 * PDF output is made reproducible: LibreOffice writes the conversion time (/CreationDate) and a random /ID; both are
 * replaced by values of the same length derived from the DOCX (the plan's date, a hash), so byte offsets stay valid
 * and the same plan gives the same PDF (the contract test compares two conversions byte for byte).
 */
import { execFile, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppError } from '../../shared/errors.js';
import { buildDocx, type DocxOptions } from '../../shared/export/docx.js';
import { buildMarkdown } from '../../shared/export/markdown.js';
import { exportFileName } from '../../shared/export/filename.js';
import type { PlanDoc } from '../../shared/model/plan.js';
import { countNodes } from '../../shared/model/tree-walk.js';
import { durationZh, pdfTimeLimitMs } from '../../shared/export/pdf-time.js';
import { pdfPageInk } from './formats/pdf.js';

// The file names carry the plan's 成文日期 alone, never today's date: a day the plan does not hold reads as its 成文日期
// (h-ui44: the app named a plan with no date by today's, the command line by none — shared/export/filename.ts)

export async function exportDocx(
  doc: PlanDoc,
  options: DocxOptions = {},
  build: (doc: PlanDoc, options: DocxOptions) => Promise<Uint8Array> = buildDocx,
): Promise<{ fileName: string; bytes: Uint8Array }> {
  return { fileName: exportFileName(doc.meta, 'docx'), bytes: await build(doc, options) };
}

export function exportMarkdown(doc: PlanDoc): { fileName: string; text: string } {
  return { fileName: markdownFileName(doc), text: buildMarkdown(doc, { annexes: true }) };
}

/** The Markdown file's name (the text of a large plan is built in a worker: ./handlers/export.ts). */
export function markdownFileName(doc: PlanDoc): string {
  return exportFileName(doc.meta, 'md');
}

/** The LibreOffice executable: $PW_SOFFICE, else soffice / libreoffice on PATH, else the usual install folders. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.PW_SOFFICE) return existsSync(env.PW_SOFFICE) ? env.PW_SOFFICE : null;
  const names = process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const n of names) if (existsSync(join(dir, n))) return join(dir, n);
  }
  const known = process.platform === 'darwin'
    ? ['/Applications/LibreOffice.app/Contents/MacOS/soffice']
    : process.platform === 'win32'
      ? ['C:\\Program Files\\LibreOffice\\program\\soffice.exe', 'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe']
      : ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice'];
  return known.find((p) => existsSync(p)) ?? null;
}

const INSTALL_HINT =
  'Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui fonts-noto-cjk; macOS: brew install --cask libreoffice; Windows: https://www.libreoffice.org/download/';

export function pdfCapability(): { pdf: boolean; reason?: string } {
  return findSoffice()
    ? { pdf: true }
    : { pdf: false, reason: `导出 PDF 需要 LibreOffice(用它把 Word 文件转换为 PDF),本机未安装。安装方法:${INSTALL_HINT}` };
}

function unavailable(): AppError {
  return new AppError('unavailable', `无法导出 PDF:需要 LibreOffice 将 Word 文件转换为 PDF,本机未找到 soffice。安装方法:${INSTALL_HINT}`, {
    en: `PDF export needs LibreOffice (soffice) to convert the Word file, and it was not found. Install it (${INSTALL_HINT}) or set PW_SOFFICE to its path.`,
    install: INSTALL_HINT,
  });
}

/** What the clerk can do when LibreOffice does not make the PDF (walk 10: a large plan timed out on a loaded machine). */
const PDF_INSTEAD = ';请改为导出 Word 公文(.docx),再在 Word 或 WPS 中另存为 PDF';

/**
 * How a PDF conversion is run: its time limit (default: pdfTimeLimitMs of the plan's nodes) — for the whole export,
 * both LibreOffice runs when the 版记 needs a second one — and a cancel.
 */
export interface PdfRun {
  timeoutMs?: number;
  /** The clock the time limit is kept by (default Date.now). */
  now?: () => number;
  /** Aborted: the conversion stops (LibreOffice and its children killed) and the call answers 'cancelled'. */
  signal?: AbortSignal;
}

export const pdfCancelled = (): AppError => new AppError('cancelled', '已取消导出 PDF,没有生成文件', { en: 'The PDF export was cancelled; no file was made.' });
/** The page preview stopped (export.cancel with its jobId): LibreOffice and pdftoppm killed, no page images. */
export const previewCancelled = (): AppError =>
  new AppError('cancelled', '已停止 LibreOffice 排版,没有生成页面图像', { en: 'The page preview was stopped; no page images were made.' });

/**
 * The Word document converted by LibreOffice in a folder of its own, removed afterwards whatever happened: on a time-out
 * or a cancel LibreOffice is killed with every process it started (soffice is a script that starts oosplash, which
 * starts soffice.bin: killing only the first left soffice.bin converting for minutes, and writing into the folder after
 * it was removed), and whatever soffice left running when it exited (failed or not) is killed too; nothing of the
 * conversion is left — no partial PDF reaches the caller or stays on disk, and once cancelled no PDF is answered.
 */
/**
 * The PDF filter with the blank pages Writer inserts kept (IsSkipEmptyPages false; LibreOffice 7.4 and later read the
 * options as JSON): the odd page left blank before the 版记's even page (GB/T 9704 §7.4, shared/export/docx.ts) is a
 * side of the printed sheet, and without it the 版记 would print on the front of a sheet under an even page number.
 */
export const PDF_FILTER = 'pdf:writer_pdf_Export:{"IsSkipEmptyPages":{"type":"boolean","value":"false"}}';
/**
 * The filter for a LibreOffice before 7.4, which reads no options on the command line (and whose profile setting of
 * IsSkipEmptyPages the conversion does not read either): the PDF is made, without the blank pages Writer inserts — a 版记
 * after annexes ending on an even page then falls on an odd page of the PDF (the Word document is right; docs/export.md).
 */
export const PDF_FILTER_BEFORE_7_4 = 'pdf:writer_pdf_Export';
/** The first LibreOffice that reads the PDF filter's options as JSON. */
export const PDF_OPTIONS_SINCE = { major: 7, minor: 4 } as const;

export interface SofficeVersion { major: number; minor: number }
const VERSIONS = new Map<string, SofficeVersion | null>();
/**
 * LibreOffice's version as its installation states it (share/registry/main.xcd, ooSetupVersion "7.4"), read once per
 * soffice path without starting it; null when it is not found there (a script standing in for soffice, another layout).
 */
export function sofficeVersion(soffice: string): SofficeVersion | null {
  if (VERSIONS.has(soffice)) return VERSIONS.get(soffice)!;
  let found: SofficeVersion | null = null;
  try {
    const program = dirname(realpathSync(soffice));
    // Linux and Windows: <install>/program/soffice and <install>/share/registry; macOS: Contents/MacOS and Contents/Resources/registry
    for (const xcd of [join(program, '..', 'share', 'registry', 'main.xcd'), join(program, '..', 'Resources', 'registry', 'main.xcd')]) {
      if (!existsSync(xcd)) continue;
      found = readSetupVersion(readFileSync(xcd, 'latin1'));
      if (found) break;
    }
  } catch { /* unreadable: unknown */ }
  VERSIONS.set(soffice, found);
  return found;
}
/** The version in a main.xcd's text: `<prop oor:name="ooSetupVersion"><value>7.4</value>`. */
export function readSetupVersion(xcd: string): SofficeVersion | null {
  const m = /oor:name="ooSetupVersion"[^>]*>\s*<value>(\d+)\.(\d+)/.exec(xcd);
  return m ? { major: Number(m[1]), minor: Number(m[2]) } : null;
}
/** The PDF filter for this LibreOffice: the one keeping blank pages, unless it is known to be older than 7.4. */
export function pdfFilterFor(version: SofficeVersion | null): string {
  if (!version) return PDF_FILTER;
  const older = version.major < PDF_OPTIONS_SINCE.major || (version.major === PDF_OPTIONS_SINCE.major && version.minor < PDF_OPTIONS_SINCE.minor);
  return older ? PDF_FILTER_BEFORE_7_4 : PDF_FILTER;
}

/**
 * Whether the page before a PDF's last one is blank — no text and nothing drawn (the blank page LibreOffice leaves
 * before a 版记; pdfPageInk's pages) — and the last one holds text. An annex's last page with only a figure or a
 * table's borders on it is no blank page.
 */
export const blankBeforeLast = (pages: readonly { chars: number; drawn: boolean }[]): boolean => {
  const [before, last] = pages.slice(-2);
  return pages.length >= 3 && before.chars === 0 && !before.drawn && last.chars > 0;
};

export async function exportPdf(
  doc: PlanDoc,
  options: DocxOptions = {},
  run: PdfRun = {},
  /** How the Word document is built (the core builds it in a worker thread); default buildDocx here. */
  build: (doc: PlanDoc, options: DocxOptions) => Promise<Uint8Array> = buildDocx,
): Promise<{ fileName: string; bytes: Uint8Array }> {
  const soffice = findSoffice();
  if (!soffice) throw unavailable();
  const timeoutMs = run.timeoutMs ?? pdfTimeLimitMs(countNodes(doc.nodes));
  // one deadline for the export: a second run (the 版记 made again without its number) gets what the first left, so
  // the export never takes longer than the limit the dialog states
  const now = run.now ?? Date.now;
  const deadline = now() + timeoutMs;
  if (run.signal?.aborted) throw pdfCancelled();
  // (the 版记's number as a plain field: LibreOffice does not work out the Word file's conditional one, and the render
  // below decides it instead)
  const forPdf: DocxOptions = options.cover && options.annexes ? { ...options, recordPlainNumber: true } : options;
  let docx = await build(doc, forPdf);
  if (run.signal?.aborted) throw pdfCancelled();
  const dir = mkdtempSync(join(tmpdir(), 'pw-pdf-'));
  try {
    const input = join(dir, 'plan.docx');
    const out = join(dir, 'plan.pdf');
    // a profile of its own: a running LibreOffice (or a parallel conversion) would otherwise take the call over
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const convert = async (bytes: Uint8Array): Promise<Uint8Array> => {
      writeFileSync(input, bytes);
      rmSync(out, { force: true });
      const left = deadline - now();
      if (left <= 0) throw pdfTimedOut(timeoutMs);
      await convertProcess(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--nologo', '--convert-to', pdfFilterFor(sofficeVersion(soffice)), '--outdir', dir, input], left, run.signal, timeoutMs);
      // a cancel that came after LibreOffice finished still cancels: no file is answered once the export was stopped
      if (run.signal?.aborted) throw pdfCancelled();
      if (!existsSync(out)) throw new AppError('convert-failed', `LibreOffice 没有生成 PDF 文件${PDF_INSTEAD}`, { en: 'LibreOffice produced no PDF.' });
      return new Uint8Array(readFileSync(out));
    };
    let made = await convert(docx);
    // the 版记 on its own even page after the annexes: when they ended on an even page LibreOffice left the odd page
    // before it blank, and GB/T 9704 §7.5 numbers neither that page nor the 版记's — made again without its number
    // (the blank page has none: LibreOffice prints no footer on a page it inserted)
    if (options.cover && options.annexes && !options.recordUnnumbered && blankBeforeLast(await pdfPageInk(made))) {
      docx = await build(doc, { ...forPdf, recordUnnumbered: true });
      if (run.signal?.aborted) throw pdfCancelled();
      made = await convert(docx);
    }
    const pdf = reproduciblePdf(made, docx, doc.meta.issuedOn);
    return { fileName: exportFileName(doc.meta, 'pdf'), bytes: pdf };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Run LibreOffice in a process group of its own (POSIX; a process tree on Windows) and wait for it to exit; past
 * `timeoutMs` or on `signal` the whole group is killed ('timeout', 'cancelled'). However soffice ends — a time-out, a
 * cancel, a failure or a success — what is left of its group is killed and waited for before this answers: a
 * converter that outlived a failed soffice must not go on writing, and one that holds stderr must not keep the answer
 * waiting (the answer follows soffice's exit, never the end of a pipe a left-over child holds).
 */
/** The export stopped at its time limit (`limitMs`, the whole export's). */
const pdfTimedOut = (limitMs: number): AppError => new AppError('timeout', `LibreOffice 转换 PDF 超时(${durationZh(limitMs)}),已停止转换,没有生成文件${PDF_INSTEAD}`, {
  en: `LibreOffice did not finish within ${limitMs} ms; it was stopped and no file was made.`,
  timeoutMs: limitMs,
});

function convertProcess(command: string, args: string[], timeoutMs: number, signal: AbortSignal | undefined, limitMs: number = timeoutMs): Promise<void> {
  const posix = process.platform !== 'win32';
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { detached: posix, stdio: ['ignore', 'ignore', 'pipe'], windowsHide: true });
    let stderr = '';
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (d: string) => { if (stderr.length < 2000) stderr += d; });
    child.stderr!.on('error', () => { /* destroyed below: what was read is kept */ });
    let stopped: 'timeout' | 'cancelled' | null = null;
    let exited = false;
    const stop = (why: 'timeout' | 'cancelled') => {
      if (stopped) return;
      stopped = why;
      // once soffice has exited its group is being reaped (below): a cancel then only decides the answer
      if (!exited) killTree(child.pid, posix);
    };
    const timer = setTimeout(() => stop('timeout'), timeoutMs);
    const onAbort = () => stop('cancelled');
    signal?.addEventListener('abort', onAbort, { once: true });
    const ended = async (err: Error | null, code: number | null) => {
      if (exited) return;
      exited = true;
      clearTimeout(timer);
      // what soffice started may outlive it (a converter still writing, a child holding stderr): kill the group and
      // answer once none of it is left; then read what stderr still holds, without waiting on a holder outside the group
      if (posix && child.pid) await reapGroup(child.pid);
      await drained(child.stderr!);
      signal?.removeEventListener('abort', onAbort);
      if (stopped === 'cancelled' || signal?.aborted) return reject(pdfCancelled());
      if (stopped === 'timeout') return reject(pdfTimedOut(limitMs));
      if (!err && code === 0) return resolve();
      reject(new AppError('convert-failed', `LibreOffice 转换 PDF 失败,没有生成文件${PDF_INSTEAD}`, {
        en: 'LibreOffice failed to convert the document.',
        stderr: stderr.slice(0, 2000),
      }));
    };
    child.once('error', (err) => void ended(err, null));
    child.once('exit', (code) => void ended(null, code));
  });
}

/** Kill a process and everything it started (its process group on POSIX, /T on Windows). */
function killTree(pid: number | undefined, posix: boolean): void {
  if (!pid) return;
  try {
    if (posix) process.kill(-pid, 'SIGKILL');
    else spawnSync('taskkill', ['/pid', String(pid), '/T', '/F'], { windowsHide: true });
  } catch {
    // already gone
  }
}

/**
 * Kill what is left of the process group `pgid` and resolve when none of it runs (or after ~5 s); at once when nothing
 * does. Zombies do not count: what soffice.bin leaves (gpg, gpgconf) is reparented to PID 1, which reaps it when it
 * will — ~1.7 s in a container here, never when the server itself is PID 1 — and a zombie neither converts nor writes.
 */
async function reapGroup(pgid: number): Promise<void> {
  for (let i = 0; i < 200 && groupRuns(pgid); i++) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Whether a process of group `pgid` is running (not a zombie): from /proc on Linux, else whether the group exists. */
function groupRuns(pgid: number): boolean {
  if (process.platform === 'linux') {
    let pids: string[] | null = null;
    try {
      pids = readdirSync('/proc').filter((e) => /^\d+$/.test(e));
    } catch {
      // no /proc: below
    }
    if (pids) {
      for (const pid of pids) {
        let stat: string;
        try {
          stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
        } catch {
          continue; // ended meanwhile
        }
        // pid (comm) state ppid pgrp …; comm may hold spaces and brackets
        const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        if (Number(pgrp) === pgid && state !== 'Z' && state !== 'X') return true;
      }
      return false;
    }
  }
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** How long stderr is read after the group is gone (its writers are dead: the pipe ends at once unless one escaped the group). */
const STDERR_DRAIN_MS = 1000;

/** Resolves when `stream` has ended, or after STDERR_DRAIN_MS, when it is destroyed (a holder outside the group). */
function drained(stream: NodeJS.ReadableStream & { destroy(): void; closed?: boolean; readableEnded?: boolean }): Promise<void> {
  if (stream.closed || stream.readableEnded) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => { clearTimeout(t); resolve(); };
    const t = setTimeout(() => { stream.destroy(); resolve(); }, STDERR_DRAIN_MS);
    stream.once('close', done);
    stream.once('end', done);
  });
}

/** Replace /CreationDate, /ModDate, /ID and LibreOffice's /DocChecksum by same-length values derived from the DOCX, so offsets stay valid. */
export function reproduciblePdf(pdf: Uint8Array, docx: Uint8Array, issuedOn: string | null): Uint8Array {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const hash = createHash('sha256').update(docx).digest('hex').toUpperCase();
  const ymd = /^(\d{4})-(\d{2})-(\d{2})/.exec(issuedOn ?? '')?.slice(1).join('') ?? '20000101';
  const fixed = text
    .replace(/\/(CreationDate|ModDate)\s*\(D:([^)]*)\)/g, (all, key: string, v: string) => {
      const stamp = (ymd + '000000' + v.slice(14)).slice(0, v.length);
      return `/${key}(D:${stamp})`.padEnd(all.length, ' ').slice(0, all.length);
    })
    .replace(/\/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g, (all, a: string, b: string) =>
      all.replace(`<${a}>`, `<${hash.repeat(4).slice(0, a.length)}>`).replace(`<${b}>`, `<${hash.repeat(4).slice(0, b.length)}>`))
    .replace(/\/DocChecksum\s*\/([0-9A-Fa-f]+)/g, (all, c: string) => all.replace(c, hash.repeat(4).slice(0, c.length)));
  return new Uint8Array(Buffer.from(fixed, 'latin1'));
}

// --- page images for the preview (export.preview) -------------------------------------------------------------

/** Resolution of the preview's page images: 72 dpi gives an A4 page of 595 × 842 px, enough to judge page breaks. */
export const PREVIEW_DPI = 72;
/** Most pages rendered for one preview (a plan with its annexes rarely has 60). */
export const PREVIEW_MAX_PAGES = 200;
/** Longest pdftoppm may take for the pages. */
export const RASTER_TIMEOUT_MS = 60_000;

/** poppler's pdftoppm: $PW_PDFTOPPM, else on PATH, else the usual folders; null when absent. */
export function findPdftoppm(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.PW_PDFTOPPM) return existsSync(env.PW_PDFTOPPM) ? env.PW_PDFTOPPM : null;
  const name = process.platform === 'win32' ? 'pdftoppm.exe' : 'pdftoppm';
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) if (existsSync(join(dir, name))) return join(dir, name);
  return ['/usr/bin/pdftoppm', '/usr/local/bin/pdftoppm', '/opt/homebrew/bin/pdftoppm'].find((p) => existsSync(p)) ?? null;
}

export interface PreviewPage { width: number; height: number; pngBase64: string }

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const v = new DataView(png.buffer, png.byteOffset, png.byteLength);
  if (png.byteLength < 24 || v.getUint32(0) !== 0x89504e47) throw new AppError('convert-failed', '页面图像无效', { en: 'Not a PNG page image.' });
  return { width: v.getUint32(16), height: v.getUint32(20) };
}

/**
 * The official document's pages as PNG images, as LibreOffice lays out the exported Word file: the DOCX is built in
 * the worker (`build`), converted to PDF by soffice and rasterised by pdftoppm — both child processes with a time
 * limit (killed when it passes), so the host's event loop never waits on them. 'unavailable' when LibreOffice or
 * pdftoppm is missing (the renderer then shows its own approximation of the page).
 */
export async function previewPages(
  doc: PlanDoc,
  options: DocxOptions = {},
  build: (doc: PlanDoc, options: DocxOptions) => Promise<Uint8Array> = buildDocx,
  /** `signal`: stops LibreOffice or pdftoppm, whichever runs (the answer is then 'cancelled'). */
  limits: { pdfTimeoutMs?: number; rasterTimeoutMs?: number; dpi?: number; maxPages?: number; signal?: AbortSignal } = {},
): Promise<{ pages: PreviewPage[]; totalPages: number; dpi: number }> {
  const pdftoppm = findPdftoppm();
  if (!findSoffice() || !pdftoppm) {
    throw new AppError('unavailable', '无法生成页面图像:需要 LibreOffice 和 pdftoppm(poppler-utils)', {
      en: 'Page images need LibreOffice (soffice) and pdftoppm (poppler-utils).',
      install: INSTALL_HINT,
    });
  }
  const dpi = limits.dpi ?? PREVIEW_DPI;
  const maxPages = limits.maxPages ?? PREVIEW_MAX_PAGES;
  const rasterTimeoutMs = limits.rasterTimeoutMs ?? RASTER_TIMEOUT_MS;
  const { signal } = limits;
  const { bytes: pdf } = await exportPdf(doc, options, { timeoutMs: limits.pdfTimeoutMs, signal }, build);
  const dir = mkdtempSync(join(tmpdir(), 'pw-preview-'));
  try {
    const input = join(dir, 'plan.pdf');
    writeFileSync(input, pdf);
    await new Promise<void>((resolve, reject) => {
      execFile(pdftoppm, ['-png', '-r', String(dpi), '-l', String(maxPages), input, join(dir, 'page')],
        { timeout: rasterTimeoutMs, killSignal: 'SIGKILL', maxBuffer: 1024 * 1024, windowsHide: true, signal },
        (err) => {
          if (signal?.aborted) return reject(previewCancelled());
          if (!err) return resolve();
          const timedOut = (err as { killed?: boolean }).killed;
          reject(new AppError(timedOut ? 'timeout' : 'convert-failed', timedOut ? `生成页面图像超时(${Math.round(rasterTimeoutMs / 1000)} 秒)` : '生成页面图像失败', {
            en: timedOut ? `pdftoppm did not finish within ${rasterTimeoutMs} ms.` : 'pdftoppm failed.',
          }));
        });
    });
    // page-1.png … page-N.png (zero-padded to the width of the page count)
    const files = readdirSync(dir).filter((f) => /^page-\d+\.png$/.test(f)).sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
    const pages = files.map((f) => {
      const png = new Uint8Array(readFileSync(join(dir, f)));
      return { ...pngSize(png), pngBase64: Buffer.from(png).toString('base64') };
    });
    return { pages, totalPages: pdfPageCount(pdf) ?? pages.length, dpi };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The page count a PDF declares (/Type /Pages … /Count N of the root page tree: the largest /Count); null if none. */
export function pdfPageCount(pdf: Uint8Array): number | null {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  let max = -1;
  for (const m of text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)) max = Math.max(max, Number(m[1] ?? m[2]));
  return max >= 0 ? max : null;
}
