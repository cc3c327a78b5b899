/** Errors that cross every boundary (IPC, HTTP, CLI) as `{ code, message, details }`. */
import { visibleControls } from './text/invisible';

export type ImportErrorCode =
  | 'empty'          // no bytes, or only whitespace
  | 'too-large'      // over MAX_IMPORT_BYTES
  | 'binary'         // not text in any supported encoding, and not a .docx
  | 'encoding'       // text, but not decodable without loss
  | 'unsupported'    // a format we do not read (.docm, Excel, PowerPoint, OFD …; .pdf/.doc without a host reader)
  | 'corrupt-docx'   // zip or XML structure broken
  | 'corrupt'        // a .pdf/.doc/.wps whose structure is broken, or a .pdf/.docx/.doc/.wps/.xlsx that is neither what its name says nor text
  | 'encrypted'      // password-protected (PDF with an open password, encrypted .doc/.docx)
  | 'no-text-layer'  // a PDF without text (scanned pages, images only): needs OCR
  | 'zip-bomb'       // too many entries or inflated size over the limit
  | 'doctype'        // XML with a DOCTYPE / entity declarations
  | 'no-content'     // decoded, but nothing that looks like a plan (no text lines)
  | 'timeout'        // the isolated import took longer than LIMITS.importTimeoutMs (worker terminated)
  | 'out-of-memory'  // the isolated import needed more than LIMITS.importMemoryMb (worker terminated)
  | 'cancelled'      // the user cancelled the import (worker terminated)
  | 'too-many-nodes' // more than LIMITS.maxNodes headings and paragraphs
  | 'not-a-plan'     // a .json file that is not a plan exchange file (plan-workbench/v1)
  | 'newer-format';  // a plan exchange file of a format version this program does not read (plan-workbench/v2 …)

/**
 * Every code an error may carry across a boundary. Clients branch on these (conflict → reload, offline → retry …),
 * so a new code is added here first; the compiler then refuses a misspelt one anywhere.
 */
export type ErrorCode =
  | ImportErrorCode
  // input and state
  | 'invalid-input' | 'invalid-state' | 'invalid-move' | 'invalid-package' | 'not-found' | 'duplicate-id' | 'conflict'
  | 'unknown-method' | 'anchor-changed' | 'anchor-not-found'
  // the library and its files
  | 'busy' | 'closed' | 'read-only' | 'disk-full' | 'disk-io' | 'db-corrupt' | 'db-too-new'
  | 'backup-corrupt' | 'backup-failed' | 'backup-too-new' | 'restore-unopened'
  // export and conversion
  | 'unavailable' | 'convert-failed'
  // transports (HTTP bridge, IPC, the renderer's client, the Electron dialogs)
  | 'forbidden' | 'unauthorized' | 'rate-limited' | 'internal' | 'invalid-json' | 'method-not-allowed' | 'payload-too-large'
  | 'read-failed' | 'offline' | 'bad-response';

export interface ErrorShape {
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

/**
 * Marks an AppError of any copy of this module: the command line's launcher, its compare script and its ES module
 * bundle each hold one (electron/cli/build.mjs), and an error thrown in one is caught in another, where instanceof
 * fails. Symbol.for is one symbol for the whole process.
 */
const APP_ERROR = Symbol.for('plan-workbench/AppError');

export class AppError extends Error implements ErrorShape {
  readonly [APP_ERROR] = true;
  readonly code: ErrorCode;
  readonly details?: Record<string, unknown>;
  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
  toJSON(): ErrorShape {
    return { code: this.code, message: this.message, details: this.details };
  }
}

/**
 * Why a file is refused, in both languages, written together where it is refused: `zh` the reason the user reads
 * (after 「无法导入 <file>:」), `en` the same reason in English with the same figures, extensions and names (an
 * English window's import dialog and batch panel, and the CLI's --json rows, show it: `details.en`). Both are
 * required, so a refusal without English does not compile.
 */
export interface ImportReason {
  readonly zh: string;
  readonly en: string;
}

/** A file could not be imported. The message names the file and the reason, in Chinese first. */
export class ImportError extends AppError {
  declare readonly code: ImportErrorCode;
  readonly fileName: string;
  constructor(code: ImportErrorCode, fileName: string, reason: ImportReason, details?: Record<string, unknown>) {
    // The name as the user's file system gave it, but with control characters made visible (ESC, CR, bidi …).
    // (and the reason in English, its figures and names kept, for an English window and the CLI's --json rows)
    super(code, `无法导入 ${visibleControls(fileName)}:${reason.zh}`, { fileName, ...details, en: reason.en });
    this.name = 'ImportError';
    this.fileName = fileName;
  }
}

/** Documented limits for one imported file. */
export const LIMITS = {
  /** Largest file accepted (bytes). The biggest real plan we know is ~100 KB of text; 20 MB leaves room for .docx with images. */
  maxImportBytes: 20 * 1024 * 1024,
  /** Largest decoded text accepted (characters). */
  maxTextChars: 5_000_000,
  /** .docx: most zip entries accepted. */
  maxDocxEntries: 2000,
  /** .docx: most total inflated bytes accepted. */
  maxDocxInflatedBytes: 100 * 1024 * 1024,
  /**
   * Hard wall-clock limit of one import in its worker (electron/core/isolated-import.ts); the
   * worker is terminated after it. The largest accepted real plan takes well under a second.
   */
  importTimeoutMs: 30_000,
  /**
   * Worker heap limit of one import (V8 old generation, MB); over it the worker is stopped. The same for every
   * format, measured: a 50-page text PDF needs under 24 MB of heap (it is stopped at 16 MB), a 200-page one under
   * 32 MB (stopped at 24 MB) and reads without GC pressure from 48 MB; .txt/.md/.html/.docx/.doc need a few times
   * their text size. 512 MB leaves ten times the room a 500-page PDF needs and still stops a hostile file.
   */
  importMemoryMb: 512,
  /**
   * PDF wall-clock limit (ms), instead of importTimeoutMs: pdfjs runs cold in a fresh worker (about 20 ms a page
   * on an idle machine, several times that on a busy one), and a 500-page PDF (maxPdfPages) must fit.
   */
  importPdfTimeoutMs: 60_000,
  /**
   * PDF: most pages read. A three-year plan is 20–60 pages, with annex tables maybe 150; 500 pages is a
   * yearbook, not a plan, and would take seconds (≈10 ms a page).
   */
  maxPdfPages: 500,
  /**
   * Most nodes in one plan (import, save, create). The largest real plan has about 1,000; a file of 200,000 一、
   * headings is accepted by the byte limits but would take minutes and gigabytes to export and compare.
   */
  maxNodes: 20_000,
  /** Wall-clock limit of building one Word document in its worker (electron/core/isolated-import.ts). */
  exportTimeoutMs: 120_000,
  /** Worker heap limit of building one Word document (MB). */
  exportMemoryMb: 1024,
} as const;

/** Why an empty file is refused, and what to do (every reader says it alike). */
export const EMPTY_REASON: ImportReason = {
  zh: '文件是空的,没有任何文字;请确认选对了文件,或从原处重新复制、下载一份后再导入',
  en: 'The file is empty (0 bytes): check that you chose the right file, or copy or download it again from where it came from.',
};

const MB = 1024 * 1024;

/**
 * Why a file over the size limit is refused: the sizes in MB (not eight-digit byte counts) and what to do. Every host
 * says it alike (the renderer before sending, the bridge, the core, the CLI, the Electron file dialog); the bytes are
 * in the error's details.
 */
export function tooLargeReason(bytes: number, limit: number = LIMITS.maxImportBytes): ImportReason {
  const size = (bytes / MB).toFixed(1), max = +(limit / MB).toFixed(1);
  return {
    zh: `文件过大(${size} MB,上限 ${max} MB):请确认选对了文件;规划的文字稿通常不到 1 MB,带大量图片的 Word 文档可删去图片或另存为 .txt 后再导入`,
    en: `The file is too large (${size} MB; the limit is ${max} MB): check that it is the right file. A plan's text is usually under 1 MB; remove the pictures of a Word document, or save it as .txt.`,
  };
}

/** Why a file whose text is over LIMITS.maxTextChars is refused (text, Word and Excel files alike). */
export function textTooLongReason(chars: number): ImportReason {
  return {
    zh: `文本过长(${chars} 个字符,上限 ${LIMITS.maxTextChars})`,
    en: `The text is too long (${chars} characters; the limit is ${LIMITS.maxTextChars}).`,
  };
}

/** Why a file of more than LIMITS.maxNodes headings and paragraphs is refused (any file, and plan exchange files). */
export function tooManyNodesReason(count: number): ImportReason {
  return {
    zh: `标题和段落过多(${count} 个,上限 ${LIMITS.maxNodes} 个),请拆分为几个文件后再导入`,
    en: `Too many headings and paragraphs (${count}; the limit is ${LIMITS.maxNodes}): split the document into several files.`,
  };
}

/** Why a web page or PDF whose text runs over LIMITS.maxTextChars is refused (said while it is read). */
export const TEXT_OVER_LIMIT_REASON: ImportReason = {
  zh: `文字超过 ${LIMITS.maxTextChars} 个字符`,
  en: `The text is longer than ${LIMITS.maxTextChars} characters.`,
};

/** Why an import the user cancelled did not finish (the worker stopped, or the import never started). */
export const CANCELLED_REASON: ImportReason = { zh: '导入已取消', en: 'The import was cancelled.' };

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError || (e instanceof Error && (e as { [APP_ERROR]?: unknown })[APP_ERROR] === true);
}
