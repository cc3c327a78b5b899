/**
 * Walk 10 (a clerk's bad day): every file the import dialog refused named what is wrong, but several did not say what
 * to do — 「文件是空的」, 「这是 PNG 图片,不是文本或 Word 文档」 (a .docx that is a renamed PNG), 「Word 文档已损坏:zip 结构
 * 不完整(找不到目录,文件可能被截断)」 (a .docx cut in half), 「PDF 文件已损坏,无法读取(可能只下载了一部分)」. Each refusal
 * is one Chinese line: what is wrong, then (after ;) what to do. The files are made here, not copied.
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../shared/errors';
import { readSource } from '../../shared/importer/source';
import { importError, readWithNode } from '../formats/office';

async function refusal(bytes: Uint8Array, name: string, read = readSource): Promise<ImportError> {
  return importError(read(bytes, name));
}

/** A small real .docx (what Word writes, in its parts). */
function docx(): Uint8Array {
  const body = Array.from({ length: 40 }, (_, i) => `<w:p><w:r><w:t>${i + 1}.推进第${i + 1}项重点任务，完成年度建设目标。</w:t></w:r></w:p>`).join('');
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    '_rels/.rels': strToU8('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    'word/document.xml': strToU8(`<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`),
  }, { level: 0 });
}

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, ...new Array(64).fill(7)]);
const PDF_HEAD = new TextEncoder().encode('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n4 0 obj\n<< /Length 400 >>\nstream\nBT /F1 12 Tf 72 720 Td (');

describe('a bad day at the import dialog: each refusal says what is wrong and what to do (walk 10)', () => {
  it('an empty file', async () => {
    const e = await refusal(new Uint8Array(0), '空文件.txt');
    expect(e.code).toBe('empty');
    expect(e.message).toBe('无法导入 空文件.txt:文件是空的,没有任何文字;请确认选对了文件,或从原处重新复制、下载一份后再导入');
    // only spaces and line ends: the same refusal
    expect((await refusal(strToU8(' \n\r\n\t '), '空白.txt')).code).toBe('empty');
  });

  it('a .docx that is a renamed PNG picture', async () => {
    const e = await refusal(PNG, '图片改名.docx');
    expect(e.code).toBe('binary');
    expect(e.message).toBe('无法导入 图片改名.docx:这是 PNG 图片,不是文本或 Word 文档;请选择规划本身的 Word、PDF 或文本文件(图片中的文字需先用 OCR 识别)');
  });

  it('a gzip archive named .txt (a zip one already said 请解压后导入其中的 .docx 或 .txt 文件)', async () => {
    const e = await refusal(new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, ...new Array(40).fill(0x55)]), '规划.txt');
    expect(e.message).toBe('无法导入 规划.txt:这是 gzip 压缩文件,不是文本;请先解压,再导入其中的规划文件');
    expect((await refusal(zipSync({ 'a.txt': strToU8('一、总体要求') }), '规划.txt')).message).toMatch(/请解压后导入/);
  });

  it('a .docx cut in half (a download that stopped)', async () => {
    const whole = docx();
    expect((await readSource(whole, '完整.docx')).lines.length).toBeGreaterThan(30);
    const e = await refusal(whole.slice(0, Math.floor(whole.length / 2)), '截断的.docx');
    expect(e.code).toBe('corrupt-docx');
    expect(e.message).toBe('无法导入 截断的.docx:Word 文档已损坏:zip 结构不完整(找不到目录,文件可能被截断);请从原处重新复制或下载一份,或在 Word/WPS 中打开后另存为 .docx 再导入');
  });

  it('random bytes named like an Office document: not that document, said by its name (was 「也不是 .docx 文档」 for a .doc or .xlsx too)', async () => {
    // deterministic bytes with no signature of any format (an LCG), some with many control bytes, some with none
    let x = 12345;
    const noise = (n: number, lo = 0) => Uint8Array.from({ length: n }, () => ((x = (x * 1103515245 + 12345) >>> 0) >>> 16) % (256 - lo) + lo);
    const bytes = noise(4000);
    expect(bytes[0] === 0x50 && bytes[1] === 0x4b).toBe(false);
    const what: Record<string, string> = {
      docx: 'Word 文档(不是 zip 压缩包,没有正文部分 word/document.xml)',
      doc: 'Word 97-2003 文档(没有复合文档的文件头)',
      wps: 'WPS 文字文档(没有复合文档的文件头)',
      xlsx: 'Excel 工作簿(不是 zip 压缩包)',
    };
    for (const [ext, zh] of Object.entries(what)) {
      const e = await refusal(bytes, `乱码.${ext}`, readWithNode);
      expect(e.code, ext).toBe('corrupt');
      expect(e.message).toBe(`无法导入 乱码.${ext}:文件扩展名是 .${ext},但内容不是 ${zh},也不是文本;文件可能已损坏或只下载了一部分,请从原处重新复制或下载一份,或找到原始文件再导入`);
    }
    // bytes of no encoding with few control bytes (high bytes only): the same for a .docx, an encoding error for a .txt
    const high = noise(4000, 0x80);
    expect((await refusal(high, '乱码.docx')).code).toBe('corrupt');
    expect((await refusal(high, '乱码.txt')).code).toBe('encoding');
    // a .pdf says it was no PDF; a .txt stays 「不是文本文件」
    expect((await refusal(bytes, '乱码.pdf', readWithNode)).message).toContain('但内容不是 PDF 文档');
    const txt = await refusal(bytes, '乱码.txt');
    expect(txt.code).toBe('binary');
    expect(txt.message).toContain('不是文本文件');
    // what a name promises is no more than that: a text file named .docx is still read as text
    expect((await readSource(strToU8('一、总体要求\n推进第1项重点任务。\n'), '改名的.docx')).lines).toHaveLength(2);
  });

  it('a PDF cut short', async () => {
    const e = await refusal(PDF_HEAD, '损坏的.pdf', readWithNode);
    expect(e.code).toBe('corrupt');
    expect(e.message).toMatch(/^无法导入 损坏的\.pdf:PDF 文件已损坏,(无法读取|部分页面无法读取)\(可能只下载了一部分\);请重新下载,或找到原始 Word\/文本版本后再导入$/);
  });
});
