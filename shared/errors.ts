/** Errors that cross every boundary (IPC, HTTP, CLI) as `{ code, message, details }`. */
import { visibleControls } from './text/invisible';

export type ImportErrorCode =
  | 'empty'          // no bytes, or only whitespace
  | 'too-large'      // over MAX_IMPORT_BYTES
  | 'binary'         // not text in any supported encoding, and not a .docx
  | 'encoding'       // text, but not decodable without loss
  | 'unsupported'    // a format we do not read (.doc, .pdf, .docm …)
  | 'corrupt-docx'   // zip or XML structure broken
  | 'zip-bomb'       // too many entries or inflated size over the limit
  | 'doctype'        // XML with a DOCTYPE / entity declarations
  | 'no-content'     // decoded, but nothing that looks like a plan (no text lines)
  | 'timeout'        // the isolated import took longer than LIMITS.importTimeoutMs (worker terminated)
  | 'out-of-memory'  // the isolated import needed more than LIMITS.importMemoryMb (worker terminated)
  | 'cancelled'      // the user cancelled the import (worker terminated)
  | 'too-many-nodes'; // more than LIMITS.maxNodes headings and paragraphs

export interface ErrorShape {
  code: string;
  message: string;
  details?: Record<string, unknown>;
}

export class AppError extends Error implements ErrorShape {
  readonly code: string;
  readonly details?: Record<string, unknown>;
  constructor(code: string, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
  toJSON(): ErrorShape {
    return { code: this.code, message: this.message, details: this.details };
  }
}

/** A file could not be imported. The message names the file and the reason, in Chinese first. */
export class ImportError extends AppError {
  declare readonly code: ImportErrorCode;
  readonly fileName: string;
  constructor(code: ImportErrorCode, fileName: string, reason: string, details?: Record<string, unknown>) {
    // The name as the user's file system gave it, but with control characters made visible (ESC, CR, bidi …).
    super(code, `无法导入 ${visibleControls(fileName)}:${reason}`, { fileName, ...details });
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
  /** Worker heap limit of one import (V8 old generation, MB); over it the worker is stopped. */
  importMemoryMb: 512,
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

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
