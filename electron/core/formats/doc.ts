/**
 * Word 97–2003 (.doc, .dot) and WPS 文字 (.wps, the Word-compatible OLE format WPS has written since 2005) →
 * SourceLine[] with word-extractor (needs Node's Buffer). Runs inside the import worker.
 *
 *  - Only the main text (getBody): headers, footers, footnotes, endnotes, comments and text boxes are separate
 *    stories in the file and are not mixed in.
 *  - Tables: Word ends each cell with a cell mark (0x07) and each row with a row mark, which word-extractor turns
 *    into "0x07 + line break". Its own cleaning would turn the cell mark into a tab, which cannot be told from a
 *    tab the author typed; so before word-extractor is loaded its `clean` is wrapped to keep the mark as a private
 *    character (U+E007), and rows are rebuilt from it: a row ends at a paragraph that ends with the mark, cells
 *    are split at the marks, paragraphs inside a cell are joined with a space. A row is one line with `cells` and
 *    `text` = cells joined by a tab, as the .docx reader does. (Known limit: when the first cell of a table's first
 *    row holds several paragraphs, the ones before the last come out as lines of their own.)
 *  - Field codes are removed and their results kept (word-extractor), Unicode punctuation is kept as written
 *    (filterUnicode: false — its default turns — and “” into - and ").
 *  - Encrypted (password) .doc → 'encrypted'; a password-protected .docx (an OLE file holding EncryptedPackage)
 *    → 'encrypted'; an OLE file that is not Word (Excel, PowerPoint, WPS's pre-2005 format) → 'unsupported';
 *    a broken one → 'corrupt'.
 */
import { Buffer } from 'node:buffer';
import { ImportError } from '../../../shared/errors.js';
import type { SourceLine } from '../../../shared/importer/index.js';

const CELL = '\ue007';

class EncryptedWord extends Error {}

type Extractor = { extract(b: Buffer): Promise<{ getBody(o?: { filterUnicode?: boolean }): string }> };
let loading: Promise<Extractor> | null = null;

/** Load word-extractor once, with the cell mark kept and encrypted files refused (see the header comment). */
function loadExtractor(): Promise<Extractor> {
  loading ??= (async () => {
    const filters = (await import('word-extractor/lib/filters.js')).default;
    const clean = filters.clean;
    if (!(clean as { keepsCells?: boolean }).keepsCells) {
      const wrapped = (s: string) => clean(s.replace(/\x07/g, CELL));
      (wrapped as { keepsCells?: boolean }).keepsCells = true;
      filters.clean = wrapped;
    }
    const Ole = (await import('word-extractor/lib/word-ole-extractor.js')).default;
    const extractWordDocument = Ole.prototype.extractWordDocument;
    Ole.prototype.extractWordDocument = function (document: unknown, buffer: Buffer) {
      // FIB: wIdent 0xA5EC at 0, flags at 0x0A; bit 0x0100 is fEncrypted
      if (buffer.length >= 12 && buffer.readUInt16LE(0) === 0xa5ec && (buffer.readUInt16LE(0x0a) & 0x0100) !== 0) {
        return Promise.reject(new EncryptedWord('encrypted'));
      }
      return extractWordDocument.call(this, document, buffer);
    };
    const WordExtractor = (await import('word-extractor')).default;
    return new WordExtractor();
  })();
  return loading;
}

/** UTF-16LE name of a stream in the OLE directory (a cheap look, enough to choose the message). */
function hasStreamName(bytes: Uint8Array, name: string): boolean {
  const pat = Buffer.from(name, 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(pat) >= 0;
}

/** Body text of a .doc (cells marked with U+E007) → lines with `cells` for table rows. */
export function docBodyToLines(body: string): SourceLine[] {
  const lines: SourceLine[] = [];
  const paras = body.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  let row: string[] | null = null; // paragraphs of the row being read
  for (const p of paras) {
    if (row || p.includes(CELL)) {
      (row ??= []).push(p);
      if (p.endsWith(CELL)) {
        const cells = row.join('\n').split(CELL).slice(0, -1).map((c) => c.split('\n').map((s) => s.trim()).filter(Boolean).join(' '));
        lines.push({ text: cells.join('\t'), line: lines.length + 1, cells });
        row = null;
      }
      continue;
    }
    lines.push({ text: p.replace(/[\u0000-\u0008\u000e-\u001f]/g, '').trimEnd(), line: lines.length + 1 });
  }
  // a table that never closed (a damaged file): keep its text
  if (row) for (const p of row) lines.push({ text: p.replaceAll(CELL, '\t').trimEnd(), line: lines.length + 1 });
  return lines;
}

export async function readDoc(bytes: Uint8Array, fileName: string): Promise<SourceLine[]> {
  const wps = /\.wps$/i.test(fileName);
  if (hasStreamName(bytes, 'EncryptedPackage') || hasStreamName(bytes, 'EncryptionInfo')) {
    throw new ImportError('encrypted', fileName, '文档设有打开密码,请在 Word 或 WPS 中取消密码并另存为 .docx 后再导入');
  }
  if (!hasStreamName(bytes, 'WordDocument')) {
    throw new ImportError('unsupported', fileName, wps
      ? '这个 WPS 文件不是 Word 兼容格式(可能是早期 WPS 专有格式),请在 WPS 中另存为 .docx 后再导入'
      : hasStreamName(bytes, 'Workbook') || hasStreamName(bytes, 'Book') ? '这是 Excel 表格,不是 Word 文档,请把内容复制到 Word 文档后再导入'
      : hasStreamName(bytes, 'PowerPoint Document') ? '这是 PowerPoint 演示文稿,不是 Word 文档'
      : '这是旧版 Office 文件,但不是 Word 文档,无法导入');
  }
  const extractor = await loadExtractor();
  let body: string;
  try {
    const doc = await extractor.extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    body = doc.getBody({ filterUnicode: false });
  } catch (e) {
    if (e instanceof EncryptedWord) {
      throw new ImportError('encrypted', fileName, '文档设有打开密码,请在 Word 或 WPS 中取消密码并另存为 .docx 后再导入');
    }
    throw new ImportError('corrupt', fileName, `${wps ? 'WPS' : 'Word'} 文档已损坏,无法读取正文,请在 ${wps ? 'WPS' : 'Word'} 中打开并另存为 .docx 后再导入`,
      { reason: String((e as Error)?.message ?? e).slice(0, 200) });
  }
  return docBodyToLines(body);
}
