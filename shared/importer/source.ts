/**
 * Entry point of the importer's byte-level front end: bytes + file name → numbered lines with hints
 * (heading level, list, table cells). Environment-free (Node and browser). The grammar (parse.ts) runs after.
 *
 * Formats and where their readers live:
 *  - .txt (decode.ts), .docx (docx.ts), .xlsx (formats/xlsx.ts), .md/.markdown (formats/markdown.ts),
 *    .html/.htm (formats/html.ts): environment-free, always available;
 *  - .pdf and .doc/.wps: readers that need Node (pdfjs-dist's Node build, word-extractor over Buffer) live in
 *    electron/core/formats/ and are passed in as `readers` (a small registry, see FormatReaders). The import
 *    worker (electron/core/import-worker.ts) passes them; without them (a browser) such files are refused with
 *    a clear message.
 *
 * Dispatch (content wins over the extension where the content is unambiguous):
 *  - size limit first, then empty;
 *  - .docm/.dotm → 'unsupported';
 *  - PDF bytes (`%PDF-` near the start) or a .pdf name → the pdf reader; a .pdf that is not a PDF → 'corrupt';
 *  - zip content: a Word package → readDocx (encoding 'docx'); an Excel workbook → readXlsx (encoding 'xlsx');
 *    a workbook with macros, PowerPoint/OFD/other zips → 'unsupported'; a broken zip → 'corrupt-docx' when named
 *    .docx/.dotx, 'corrupt' (a damaged workbook) when named .xlsx, 'unsupported' when named .pptx/.ofd (what it is,
 *    once), else 'corrupt' (a damaged zip);
 *  - OLE compound file (Word 97–2003 .doc, WPS .wps, .dot; a password-protected .docx is one too) → the doc
 *    reader, which tells Word from the rest; Excel/PowerPoint names → 'unsupported';
 *  - .md/.markdown → decoded text through Markdown; .mht/.mhtml (or a MIME web archive) → its HTML part;
 *    .html/.htm/.xhtml/.shtml (or text that starts like an HTML page) → the HTML reader;
 *  - everything else → decodeText, split on \n. Every line is kept, blank ones included, so
 *    `line` is the line number an editor shows (a final newline does not add a line).
 */
import { ImportError, type ImportReason } from '../errors';
import { checkSize, decodeText, extOf } from './decode';
import { readDocx } from './docx';
import { DOCM_REASON, classifyZip } from '../ooxml/package';
import { readHtml, looksLikeHtml } from './formats/html';
import { looksLikeMht, readMht } from './formats/mht';
import { readMarkdown } from './formats/markdown';
import { readXlsx } from './formats/xlsx';
import { takeAnnotationBlocks, type AnnotationBlock } from '../model/annotation-text';
import type { SourceLine } from './types';
import type { Warning } from '../model/plan';

/** A reader for a format that needs the host (Node): bytes → lines. Rejects only with ImportError. */
export type FormatReader = (bytes: Uint8Array, fileName: string) => Promise<SourceLine[]>;

/** Readers the host provides (electron/core/formats: nodeReaders). */
export interface FormatReaders {
  /** Text PDFs (pdfjs-dist). */
  pdf?: FormatReader;
  /** Word 97–2003 .doc/.dot and WPS .wps (OLE compound files, word-extractor). */
  doc?: FormatReader;
}

export interface ReadSourceOptions {
  readers?: FormatReaders;
}

const POWERPOINT: ImportReason = {
  zh: '这是 PowerPoint 演示文稿,不是 Word 文档;请把其中的文字复制到 Word 文档或文本文件后再导入',
  en: 'This is a PowerPoint presentation, not a Word document: copy its text into a Word document or a text file and import that.',
};

const UNSUPPORTED_EXT: Record<string, ImportReason> = {
  docm: DOCM_REASON,
  dotm: {
    zh: '启用宏的 Word 模板(.dotm)不能导入,请在 Word 中另存为 .docx(不含宏)',
    en: 'A macro-enabled Word template (.dotm) cannot be imported: save it as .docx (without macros) in Word.',
  },
  xls: {
    zh: '旧版 Excel 工作簿(.xls)暂不能导入,请在 Excel 或 WPS 表格中另存为 .xlsx 后再导入',
    en: 'Old Excel workbooks (.xls) cannot be imported yet: save it as .xlsx in Excel or WPS and import that.',
  },
  xlsm: {
    zh: '启用宏的 Excel 工作簿(.xlsm)不能导入,请在 Excel 或 WPS 表格中另存为 .xlsx(不含宏)后再导入',
    en: 'A macro-enabled Excel workbook (.xlsm) cannot be imported: save it as .xlsx (without macros) and import that.',
  },
  ppt: POWERPOINT,
  pptx: POWERPOINT,
  ofd: { zh: '暂不支持 OFD 版式文件,请另存为 .docx 或 .txt 后再导入', en: 'OFD documents are not supported: save it as .docx or .txt and import that.' },
};

function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b &&
    ((bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[2] === 0x05 && bytes[3] === 0x06) || (bytes[2] === 0x07 && bytes[3] === 0x08));
}

/** Split decoded text (\n line endings) into numbered lines. */
export function splitLines(text: string): SourceLine[] {
  const parts = text.split('\n');
  if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  // (built by a loop: the array map() returns is of another hidden class when V8 has optimised the caller than when
  // it has not, and every function reading the lines threw its optimised code away when that changed)
  const lines: SourceLine[] = [];
  for (let i = 0; i < parts.length; i++) lines.push({ text: parts[i], line: i + 1 });
  return lines;
}

/** Without a host reader (a browser): what to do instead. */
const NO_READER: Record<'pdf' | 'doc', ImportReason> = {
  pdf: {
    zh: 'PDF 只能在桌面程序或命令行中导入,请改用桌面程序,或另存为 .docx 或 .txt 后再导入',
    en: 'A PDF can be imported only in the desktop app or the command line: use one of them, or save it as .docx or .txt.',
  },
  doc: {
    zh: '旧版 Word(.doc)/WPS(.wps) 文件只能在桌面程序或命令行中导入,请改用桌面程序,或另存为 .docx 后再导入',
    en: 'Old Word (.doc) and WPS (.wps) files can be imported only in the desktop app or the command line: use one of them, or save it as .docx.',
  },
};

/** What a zip named .docx/.dotx holds instead of a Word document, in both languages. */
const ZIP_HOLDS: Record<'other' | 'xlsm' | 'pptx' | 'ofd', ImportReason> = {
  other: { zh: '普通的 zip 压缩包', en: 'an ordinary zip archive' },
  xlsm: { zh: ' Excel 工作簿', en: 'an Excel workbook' },
  pptx: { zh: ' PowerPoint 演示文稿', en: 'a PowerPoint presentation' },
  ofd: { zh: ' OFD 版式文件', en: 'an OFD document' },
};

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const isOle = (b: Uint8Array) => b.length >= 8 && OLE.every((x, i) => b[i] === x);
/** Names of Excel workbooks (an OLE file so named is an encrypted workbook or an old .xls). */
const EXCEL_EXT = new Set(['xlsx', 'xlsm', 'xls', 'xlsb']);
/** Whether an OLE file names a stream `name` (UTF-16LE in its directory: a cheap look, enough to choose the message). */
function oleHas(b: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0);
  outer: for (let i = 0; i + name.length * 2 <= b.length; i++) {
    if (b[i] !== first || b[i + 1] !== 0) continue;
    for (let k = 1; k < name.length; k++) if (b[i + 2 * k] !== name.charCodeAt(k) || b[i + 2 * k + 1] !== 0) continue outer;
    return true;
  }
  return false;
}

/** `%PDF-` in the first 1 KB (the PDF reference lets a few bytes of junk precede the header). */
export function isPdf(b: Uint8Array): boolean {
  const n = Math.min(b.length - 5, 1024);
  for (let i = 0; i <= n; i++) {
    if (b[i] === 0x25 && b[i + 1] === 0x50 && b[i + 2] === 0x44 && b[i + 3] === 0x46 && b[i + 4] === 0x2d) return true;
  }
  return false;
}

/** Zip-based formats refused by name when the zip itself cannot be read. */
const ZIP_UNSUPPORTED = new Set(['pptx', 'ofd']);

const HTML_EXT = new Set(['html', 'htm', 'xhtml', 'shtml']);
const MHT_EXT = new Set(['mht', 'mhtml']);
const MD_EXT = new Set(['md', 'markdown', 'mdown', 'mkd']);

/**
 * Read an imported file into numbered source lines. Rejects only with ImportError.
 * `encoding` is one of utf-8, utf-8-bom, utf-16le, utf-16be, gb18030 (text, Markdown, HTML), docx, pdf, doc.
 * `markdown`: the file was read as Markdown (whose field lines are its statement of the fields: fieldOnlyBodies).
 */
export async function readSource(bytes: Uint8Array, fileName: string, opts: ReadSourceOptions = {}): Promise<{ lines: SourceLine[]; encoding: string; annotations?: AnnotationBlock[]; markdown?: true; warnings?: Warning[] }> {
  checkSize(bytes, fileName);
  const ext = extOf(fileName);
  const readers = opts.readers ?? {};
  if (ext === 'docm' || ext === 'dotm') throw new ImportError('unsupported', fileName, UNSUPPORTED_EXT[ext]);

  if (isPdf(bytes)) {
    if (!readers.pdf) throw new ImportError('unsupported', fileName, NO_READER.pdf);
    return { lines: await readers.pdf(bytes, fileName), encoding: 'pdf' };
  }
  if (ext === 'pdf') {
    throw new ImportError('corrupt', fileName, {
      zh: '文件扩展名是 .pdf,但内容不是 PDF 文档(文件可能已损坏或只下载了一部分)',
      en: 'The file is named .pdf but is not a PDF document (it may be damaged or only partly downloaded).',
    });
  }

  if (isZip(bytes)) {
    let kind: ReturnType<typeof classifyZip>;
    try {
      kind = classifyZip(bytes, fileName);
    } catch (e) {
      // A broken zip is a damaged Word document only when it is named like one: a damaged .xlsx/.pptx/.ofd is
      // refused for what its name says it is, any other damaged zip as a damaged zip (not as 「Word 文档已损坏」).
      if (!(e instanceof ImportError) || e.code !== 'corrupt-docx' || ext === 'docx' || ext === 'dotx') throw e;
      if (ZIP_UNSUPPORTED.has(ext)) throw new ImportError('unsupported', fileName, UNSUPPORTED_EXT[ext]);
      if (ext === 'xlsx') {
        throw new ImportError('corrupt', fileName, {
          zh: 'Excel 工作簿已损坏或不完整(可能只下载了一部分),请重新获取文件,或在 Excel 或 WPS 表格中打开后另存为 .xlsx 再导入',
          en: 'The Excel workbook is damaged or incomplete (perhaps only partly downloaded): copy or download it again from where it came from, or open it in Excel or WPS and save it as .xlsx again.',
        });
      }
      throw new ImportError('corrupt', fileName, {
        zh: '这是 zip 压缩包,但已损坏或不完整(可能只下载了一部分),请重新获取文件',
        en: 'This is a zip archive, but damaged or incomplete (perhaps only partly downloaded): copy or download it again from where it came from.',
      });
    }
    if (kind === 'docx' || kind === 'macro') return { lines: await readDocx(bytes, fileName), encoding: 'docx' };
    if (kind === 'xlsx') {
      // hidden sheets (the lists a drop-down reads, a working copy) are not read: the report names them
      const hidden: string[] = [];
      const lines = readXlsx(bytes, fileName, hidden);
      const named = hidden.map((n) => `“${n.trim() || '(无名)'}”`).join('、');
      return { lines, encoding: 'xlsx', ...(hidden.length ? { warnings: [{ code: 'hidden-sheets', message: `工作簿中有 ${hidden.length} 个隐藏的工作表未导入:${named};如需导入,请在 Excel 或 WPS 表格中取消隐藏后再导入`, line: null }] } : {}) };
    }
    if (ext === 'docx' || ext === 'dotx') {
      // named like a Word document, holding none of its parts: say what it holds and what to do (walk 13: a .zip
      // renamed .docx said only 「Word 文档已损坏:缺少正文部分 word/document.xml」)
      const inside = ZIP_HOLDS[kind];
      throw new ImportError('corrupt-docx', fileName, {
        zh: `文件扩展名是 .${ext},但内容是${inside.zh},不是 Word 文档(没有正文部分 word/document.xml);${kind === 'other' ? '如是压缩包,请解压后导入其中的 .docx 或 .txt 文件;否则' : ''}请确认选对了文件,或找到原始的 Word 文件再导入`,
        en: `The file is named .${ext} but holds ${inside.en}, not a Word document (it has no word/document.xml): check that you chose the right file, or find the Word file itself.`,
      });
    }
    const what = kind === 'xlsm' ? UNSUPPORTED_EXT.xlsm : kind === 'pptx' ? UNSUPPORTED_EXT.pptx : kind === 'ofd' ? UNSUPPORTED_EXT.ofd
      : { zh: '这是 zip 压缩包,不是 Word 文档,请解压后导入其中的 .docx 或 .txt 文件', en: 'This is a zip archive, not a Word document: unpack it and import the .docx or .txt inside.' };
    throw new ImportError('unsupported', fileName, what);
  }
  // an OLE file named as a workbook: one with an open password (Excel and WPS keep an encrypted .xlsx as an OLE file
  // holding EncryptedPackage), or an old .xls renamed — said as what it is, not as a Word document
  if (isOle(bytes) && EXCEL_EXT.has(ext)) {
    if (oleHas(bytes, 'EncryptedPackage') || oleHas(bytes, 'EncryptionInfo')) {
      throw new ImportError('encrypted', fileName, {
        zh: 'Excel 工作簿设有打开密码,请在 Excel 或 WPS 表格中取消密码并另存为 .xlsx 后再导入',
        en: 'The Excel workbook has an open password: remove it in Excel or WPS and save it as .xlsx.',
      });
    }
    if (ext !== 'xls') {
      throw new ImportError('unsupported', fileName, {
        zh: `这是旧版 Excel 工作簿(.xls),扩展名却是 .${ext};请在 Excel 或 WPS 表格中另存为 .xlsx 后再导入`,
        en: `This is an old Excel workbook (.xls) named .${ext}: save it as .xlsx in Excel or WPS and import that.`,
      });
    }
  }
  if (isOle(bytes) && !Object.hasOwn(UNSUPPORTED_EXT, ext)) {
    if (!readers.doc) throw new ImportError('unsupported', fileName, NO_READER.doc);
    return { lines: await readers.doc(bytes, fileName), encoding: 'doc' };
  }
  if (Object.hasOwn(UNSUPPORTED_EXT, ext)) throw new ImportError('unsupported', fileName, UNSUPPORTED_EXT[ext]);
  if (ext === 'doc' || ext === 'dot' || ext === 'wps') {
    // Not an OLE file: an RTF or a web page saved as .doc is common; text is read as text below, the rest refused.
    if (!looksLikeHtml(bytes) && !looksLikeMht(bytes)) {
      const { text, encoding } = decodeText(bytes, fileName);
      return { lines: splitLines(text), encoding };
    }
  }
  if (MHT_EXT.has(ext) || (!MD_EXT.has(ext) && ext !== 'txt' && looksLikeMht(bytes))) return readMht(bytes, fileName);
  if (HTML_EXT.has(ext) || (!MD_EXT.has(ext) && ext !== 'txt' && looksLikeHtml(bytes))) {
    return readHtml(bytes, fileName);
  }
  // A .docx that is not a zip: a text file with the wrong extension is still readable;
  // anything else is reported by decodeText (binary, OLE …).
  const { text, encoding } = decodeText(bytes, fileName);
  if (MD_EXT.has(ext)) {
    // the annotations the Markdown export wrote as <!-- 批注 … --> blocks: out of the text, read back by importFile
    const taken = takeAnnotationBlocks(text);
    return { lines: readMarkdown(taken.text), encoding, markdown: true, ...(taken.blocks.length ? { annotations: taken.blocks } : {}) };
  }
  return { lines: splitLines(text), encoding };
}

/** Node's hash module where the host is Node (found at run time: shared/ imports no Node built-in). */
interface HashModule { createHash(algorithm: 'sha256'): { update(data: Uint8Array | string, encoding?: 'utf8'): { digest(encoding: 'hex'): string } } }
const nodeHash: HashModule | null = (() => {
  try {
    const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
    return (proc?.getBuiltinModule?.('node:crypto') as HashModule | undefined) ?? null;
  } catch {
    return null;
  }
})();

/**
 * Hex SHA-256 of the bytes: Node's createHash where there is one (the import worker, the CLI: synchronous, ~0.1 ms
 * less per digest than crypto.subtle's job and no Web Crypto to load in a fresh worker), else crypto.subtle
 * (browsers).
 */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  if (nodeHash) return nodeHash.createHash('sha256').update(bytes).digest('hex');
  return webSha256Hex(bytes);
}

/**
 * Hex SHA-256 of a text's UTF-8 bytes (a lone surrogate as U+FFFD, as TextEncoder writes it). In Node the text is
 * hashed as it is: no byte array made first (TextEncoder took 4× the hash's time for a 95 KB Chinese text).
 */
export async function sha256HexOfText(text: string): Promise<string> {
  if (nodeHash) return nodeHash.createHash('sha256').update(text, 'utf8').digest('hex');
  return webSha256Hex(new TextEncoder().encode(text));
}

/** Hex SHA-256 by crypto.subtle (Node 20 and browsers). */
export async function webSha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
