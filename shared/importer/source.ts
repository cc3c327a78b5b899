/**
 * Entry point of the importer's byte-level front end: bytes + file name → numbered lines.
 * Environment-free (Node and browser).
 *
 * Dispatch:
 *  - size limit first, then empty;
 *  - .pdf, .docm/.dotm, .doc/.wps, Excel and PowerPoint extensions → 'unsupported'
 *    (a file named .doc that really is a .docx zip is read as .docx: content wins);
 *  - zip content: a Word package → readDocx (encoding 'docx'); Excel/PowerPoint/OFD/other zips →
 *    'unsupported'; a broken zip → 'corrupt-docx';
 *  - everything else → decodeText, split on \n. Every line is kept, blank ones included, so
 *    `line` is the line number an editor shows (a final newline does not add a line).
 */
import { ImportError } from '../errors';
import { checkSize, decodeText } from './decode';
import { classifyZip, readDocx } from './docx';
import type { SourceLine } from './types';

const UNSUPPORTED_EXT: Record<string, string> = {
  pdf: '暂不支持 PDF,请在 Word 或 WPS 中另存为 .docx 或 .txt 后再导入',
  docm: '启用宏的 Word 文档(.docm)不能导入,请在 Word 中另存为 .docx(不含宏)',
  dotm: '启用宏的 Word 模板(.dotm)不能导入,请在 Word 中另存为 .docx(不含宏)',
  doc: '旧版 Word(.doc) 请另存为 .docx 后再导入',
  dot: '旧版 Word 模板(.dot) 请另存为 .docx 后再导入',
  wps: 'WPS 文字(.wps) 请另存为 .docx 后再导入',
  xls: '暂不支持 Excel 表格,请把内容复制到 Word 文档或文本文件后再导入',
  xlsx: '暂不支持 Excel 表格,请把内容复制到 Word 文档或文本文件后再导入',
  ppt: '暂不支持 PowerPoint 演示文稿',
  pptx: '暂不支持 PowerPoint 演示文稿',
  ofd: '暂不支持 OFD 版式文件,请另存为 .docx 或 .txt 后再导入',
};

const extOf = (fileName: string): string => /\.([^./\\]+)$/.exec(fileName)?.[1].toLowerCase() ?? '';

function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b &&
    ((bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[2] === 0x05 && bytes[3] === 0x06) || (bytes[2] === 0x07 && bytes[3] === 0x08));
}

/** Split decoded text (\n line endings) into numbered lines. */
export function splitLines(text: string): SourceLine[] {
  const parts = text.split('\n');
  if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  return parts.map((t, i) => ({ text: t, line: i + 1 }));
}

/**
 * Read an imported file into numbered source lines. Rejects only with ImportError.
 * `encoding` is one of utf-8, utf-8-bom, utf-16le, utf-16be, gb18030, docx.
 */
export async function readSource(bytes: Uint8Array, fileName: string): Promise<{ lines: SourceLine[]; encoding: string }> {
  checkSize(bytes, fileName);
  const ext = extOf(fileName);
  if (ext === 'pdf' || ext === 'docm' || ext === 'dotm') throw new ImportError('unsupported', fileName, UNSUPPORTED_EXT[ext]);

  if (isZip(bytes)) {
    const kind = classifyZip(bytes, fileName);
    if (kind === 'docx' || kind === 'macro') return { lines: await readDocx(bytes, fileName), encoding: 'docx' };
    if (ext === 'docx' || ext === 'dotx') throw new ImportError('corrupt-docx', fileName, 'Word 文档已损坏:缺少正文部分 word/document.xml');
    const what = kind === 'xlsx' ? UNSUPPORTED_EXT.xlsx : kind === 'pptx' ? UNSUPPORTED_EXT.pptx : kind === 'ofd' ? UNSUPPORTED_EXT.ofd
      : '这是 zip 压缩包,不是 Word 文档,请解压后导入其中的 .docx 或 .txt 文件';
    throw new ImportError('unsupported', fileName, what);
  }
  if (Object.hasOwn(UNSUPPORTED_EXT, ext)) throw new ImportError('unsupported', fileName, UNSUPPORTED_EXT[ext]);
  // A .docx that is not a zip: a text file with the wrong extension is still readable;
  // anything else is reported by decodeText (binary, OLE …).
  const { text, encoding } = decodeText(bytes, fileName);
  return { lines: splitLines(text), encoding };
}

/** Hex SHA-256 of the bytes (crypto.subtle: Node 20 and browsers). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
