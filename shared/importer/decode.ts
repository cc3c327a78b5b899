/**
 * Byte → text for imported plain-text files. Environment-free (Node and browser): only
 * Uint8Array and TextDecoder (with `fatal: true`, so a wrong guess throws instead of
 * producing U+FFFD); where the host is Node, UTF-8 is checked and converted by node:buffer
 * (found at run time, see decodeUtf8), which gives the same strings faster.
 *
 * Order of decisions (see decodeText):
 *   1. size limit (before anything else), empty file;
 *   2. magic numbers of formats that are not text (PNG, JPEG, GIF, ZIP, PDF, OLE .doc, RTF …);
 *   3. a BOM decides the encoding outright (UTF-8, UTF-16LE/BE); the body must then decode cleanly;
 *   4. no BOM: UTF-16 by the NUL-byte pattern (ASCII in UTF-16 has a NUL in every other byte),
 *      then strict UTF-8, then GB18030 (a superset of GBK and GB2312), then UTF-16 without NULs
 *      as a last resort. Every candidate other than a clean UTF-8 decode must also look like
 *      Chinese/ASCII text (see `plausibility`), because GB18030 accepts most byte soups: UTF-16
 *      or Big5 bytes "decode" as GB18030 into rare characters. Valid UTF-8 is kept unless it
 *      looks like mojibake (mostly Latin/Cyrillic/Greek letters from 2-byte sequences) while the
 *      same bytes are plausible GBK — short GBK texts can be valid UTF-8 by accident.
 *   5. nothing fits: 'binary' when the bytes hold many control bytes, else 'encoding'; a file named .docx, .doc,
 *      .wps or .xlsx (NAMED_AS) is 'corrupt' instead, said as not being what its name says.
 * The result has \n line endings, no BOM, and no stray C0 control characters; a text that
 * already contains U+FFFD (damaged by an earlier conversion) is refused with 'encoding'.
 */
import { EMPTY_REASON, ImportError, LIMITS, textTooLongReason, tooLargeReason, type ImportReason } from '../errors';
import type { DecodedText } from './types';

interface Magic {
  sig: number[];
  code: 'binary' | 'unsupported';
  reason: ImportReason;
}

const ascii = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));

const UTF32: ImportReason = { zh: '文件是 UTF-32 编码,请另存为 UTF-8 文本', en: 'The file is UTF-32 text: save it as UTF-8 and import that.' };
/** A picture (PNG, JPEG, GIF) where text was expected. */
const picture = (kind: string): ImportReason => ({
  zh: `这是 ${kind} 图片,不是文本或 Word 文档;请选择规划本身的 Word、PDF 或文本文件(图片中的文字需先用 OCR 识别)`,
  en: `This is a ${kind} picture, not a text or Word document: choose the plan's own Word, PDF or text file (text in a picture needs OCR first).`,
});
/** An archive (zip, gzip, 7z, RAR) where text was expected. */
const archive = (kind: string): ImportReason => ({
  zh: `这是 ${kind} 压缩文件,不是文本;请先解压,再导入其中的规划文件`,
  en: `This is a ${kind} archive, not text: unpack it and import the plan inside.`,
});

/** Longest signatures first where one is a prefix of another. */
const MAGICS: Magic[] = [
  { sig: [0xff, 0xfe, 0x00, 0x00], code: 'unsupported', reason: UTF32 },
  { sig: [0x00, 0x00, 0xfe, 0xff], code: 'unsupported', reason: UTF32 },
  { sig: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], code: 'binary', reason: picture('PNG') },
  { sig: [0xff, 0xd8, 0xff], code: 'binary', reason: picture('JPEG') },
  { sig: ascii('GIF87a'), code: 'binary', reason: picture('GIF') },
  { sig: ascii('GIF89a'), code: 'binary', reason: picture('GIF') },
  {
    sig: ascii('%PDF-'),
    code: 'unsupported',
    reason: { zh: '暂不支持 PDF,请在 Word 或 WPS 中另存为 .docx 或 .txt 后再导入', en: 'PDF is not read here: save it as .docx or .txt in Word or WPS and import that.' },
  },
  {
    sig: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    code: 'unsupported',
    reason: {
      zh: '这是旧版 Office 文件格式。旧版 Word(.doc) 请另存为 .docx;加密的 .docx 请先取消密码',
      en: 'This is an old Office file: save an old Word (.doc) file as .docx; remove the password of an encrypted .docx first.',
    },
  },
  {
    sig: ascii('{\\rtf'),
    code: 'unsupported',
    reason: { zh: '暂不支持 RTF,请在 Word 中另存为 .docx 后再导入', en: 'RTF is not supported: save it as .docx in Word or WPS and import that.' },
  },
  { sig: [0x50, 0x4b, 0x03, 0x04], code: 'binary', reason: archive('zip') },
  { sig: [0x50, 0x4b, 0x05, 0x06], code: 'binary', reason: archive('zip') },
  { sig: [0x50, 0x4b, 0x07, 0x08], code: 'binary', reason: archive('zip') },
  { sig: [0x1f, 0x8b], code: 'binary', reason: archive('gzip') },
  { sig: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], code: 'binary', reason: archive('7z') },
  { sig: ascii('Rar!\x1a\x07'), code: 'binary', reason: archive('RAR') },
  {
    sig: [0x7f, 0x45, 0x4c, 0x46],
    code: 'binary',
    reason: { zh: '这是可执行文件,不是文本;请选择规划本身的 Word、PDF 或文本文件', en: "This is a program, not text: choose the plan's own Word, PDF or text file." },
  },
];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  if (bytes.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[i] !== sig[i]) return false;
  return true;
}

/** The Magic that matches the start of `bytes`, if any. Exported for readSource. */
export function sniffMagic(bytes: Uint8Array): Magic | undefined {
  return MAGICS.find((m) => startsWith(bytes, m.sig));
}

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Node's buffer module where the host is Node (found at run time, as source.ts finds node:crypto: shared/ imports no built-in). */
interface BufferModule {
  isUtf8(bytes: Uint8Array): boolean;
  transcode(bytes: Uint8Array, from: 'utf8', to: 'utf16le'): { toString(encoding: 'utf16le'): string };
}
const nodeBuffer: BufferModule | null = (() => {
  try {
    const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
    const m = proc?.getBuiltinModule?.('node:buffer') as Partial<BufferModule> | undefined;
    return m && typeof m.isUtf8 === 'function' && typeof m.transcode === 'function' ? (m as BufferModule) : null;
  } catch {
    return null;
  }
})();

/**
 * Strict UTF-8 (null for bytes that are not valid UTF-8), a BOM kept as U+FEFF, like `tryDecode('utf-8', …)`. In
 * Node the bytes are validated by `isUtf8` and converted by `transcode` to UTF-16: the same string, ~10× faster than
 * Node 20's TextDecoder for Chinese text (0.4 → 0.03 ms for 95 KB); elsewhere TextDecoder.
 */
export function decodeUtf8(bytes: Uint8Array): string | null {
  if (nodeBuffer) {
    if (!nodeBuffer.isUtf8(bytes)) return null;
    try {
      return nodeBuffer.transcode(bytes, 'utf8', 'utf16le').toString('utf16le');
    } catch {
      // (a converter that refuses what isUtf8 accepted: the standard decoder decides)
    }
  }
  return tryDecode('utf-8', bytes);
}

/**
 * The ~300 most frequent Chinese characters. Real Chinese text has a third or more of its
 * characters in this set; GB18030 "decodings" of UTF-16, Big5 or random bytes have a few %.
 */
const COMMON_HANZI = new Set(
  Array.from(
    '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处府研证服务务城市智慧信息网络推广设施建设项目区域规划发展重点推进完善提升加强促进实施管理服务体系',
  ),
);

interface Plausibility {
  /** Share of characters that belong in a Chinese or English office document. */
  good: number;
  /** Number of CJK unified ideographs. */
  cjk: number;
  /** Share of the CJK ideographs that are among the most common ones. */
  common: number;
  /** Share of characters that are letters from U+0080..U+07FF (Latin-ext, Greek, Cyrillic, Hebrew, Arabic …). */
  foreign: number;
}

/**
 * Runs of code units that belong in a Chinese or English office document: tab, LF, CR, FF, printable ASCII,
 * Latin-1, general punctuation, letterlike and number forms (Ⅰ), arrows, math (≤ ≥), ①, box drawing, shapes (■ ●),
 * misc symbols (★), CJK punctuation, ㈠ ㎡, CJK ext. A, CJK unified ideographs, compatibility ideographs, vertical
 * forms, full-width forms. A surrogate is none of them.
 */
const GOOD_RUNS = /[\t\n\r\f\x20-\x7e\xa0-\xff\u2000-\u206f\u2100-\u22ff\u2460-\u26ff\u3000-\u303f\u3200-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]+/g;
const NOT_CJK_RUNS = /[^\u4e00-\u9fff]+/g;
/** COMMON_HANZI over U+4E00..U+9FFF (a character class of them is slow in irregexp: ~40 ns a character). */
let commonBits: Uint8Array | null = null;
const SURROGATE_PAIRS = /[\ud800-\udbff][\udc00-\udfff]/g;

/**
 * Counted by native replaces, and a loop over the ideographs only: this runs once per text import, in a fresh worker
 * (cold code: a loop over 100 K characters in the interpreter took ~10 ms, with its 64 K-entry table to build).
 * A surrogate pair is one character, and none of good, CJK or foreign.
 */
export function plausibility(text: string): Plausibility {
  const len = text.length;
  // what is not good: usually a few characters (the foreign letters are among them)
  const bad = text.replace(GOOD_RUNS, '');
  let foreign = 0, surrogates = false;
  for (let i = 0; i < bad.length; i++) {
    const c = bad.charCodeAt(i);
    if (c >= 0x100 && c <= 0x7ff) foreign++;
    else if (c >= 0xd800 && c <= 0xdfff) surrogates = true;
  }
  const n = surrogates ? len - (text.match(SURROGATE_PAIRS)?.length ?? 0) : len;
  const good = len - bad.length;
  const ideographs = text.replace(NOT_CJK_RUNS, '');
  const cjk = ideographs.length;
  const bits = commonHanzi();
  let common = 0;
  for (let i = 0; i < cjk; i++) common += bits[ideographs.charCodeAt(i) - 0x4e00];
  return { good: n ? good / n : 1, cjk, common: cjk ? common / cjk : 0, foreign: n ? foreign / n : 0 };
}

function commonHanzi(): Uint8Array {
  if (!commonBits) {
    commonBits = new Uint8Array(0x9fff - 0x4e00 + 1);
    for (const ch of COMMON_HANZI) { const cp = ch.charCodeAt(0); if (cp >= 0x4e00 && cp <= 0x9fff) commonBits[cp - 0x4e00] = 1; }
  }
  return commonBits;
}

const CJK_RUNS = /[\u4e00-\u9fff]+/g;

/**
 * `looksLikeText(plausibility(text), minGood)` without counting every common ideograph: the share of common ones
 * is counted only until it reaches COMMON_SHARE (a Chinese text gets there within its first lines), and the
 * ideographs are counted as what a replace of their runs takes away (no copy of them).
 */
export function looksLikeTextQuick(text: string, minGood: number): boolean {
  const len = text.length;
  const bad = text.replace(GOOD_RUNS, '');
  let surrogates = false;
  for (let i = 0; i < bad.length; i++) {
    const c = bad.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) { surrogates = true; break; }
  }
  const n = surrogates ? len - (text.match(SURROGATE_PAIRS)?.length ?? 0) : len;
  if ((n ? (len - bad.length) / n : 1) < minGood) return false;
  const bits = commonHanzi();
  // (a Chinese text has common ideographs for COMMON_SHARE of all its characters within its first lines: enough
  // whatever its count of ideographs, which is at most its length — then the ideographs are not counted at all)
  const enough = needOf(len);
  let common = 0;
  for (let i = 0; i < len && common < enough; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) common += bits[c - 0x4e00];
  }
  if (common >= enough) return true;
  const cjk = len - text.replace(CJK_RUNS, '').length;
  if (cjk < 20) return true;
  return common >= needOf(cjk);
}

/** The least count of common ideographs whose share of `cjk` is not below COMMON_SHARE, as looksLikeText divides. */
function needOf(cjk: number): number {
  let need = Math.ceil(COMMON_SHARE * cjk);
  while (need > 0 && (need - 1) / cjk >= COMMON_SHARE) need--;
  while (need / cjk < COMMON_SHARE) need++;
  return need;
}

/** With 20 ideographs or more, a text whose share of common ones is below this is mojibake. */
const COMMON_SHARE = 0.12;

/** Looks like Chinese (or plain) text rather than mojibake. */
export function looksLikeText(p: Plausibility, minGood = 0.9): boolean {
  if (p.good < minGood) return false;
  // With enough ideographs the frequency test is reliable: mojibake hits common characters rarely.
  if (p.cjk >= 20 && p.common < COMMON_SHARE) return false;
  return true;
}

/**
 * Byte-level GBK check: share of double-byte characters in the GB2312 area (lead A1–F7,
 * trail A1–FE). Simplified-Chinese GBK text is ~99% GB2312; GB18030 readings of UTF-16 or
 * UTF-8 bytes are far lower.
 */
function gb2312Share(bytes: Uint8Array): number {
  let dbcs = 0, gb2312 = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    const t = bytes[i + 1];
    if (t >= 0x30 && t <= 0x39) { // four-byte GB18030 sequence
      dbcs++;
      i += 3;
      continue;
    }
    dbcs++;
    if (b >= 0xa1 && b <= 0xf7 && t >= 0xa1 && t <= 0xfe) gb2312++;
    i++;
  }
  return dbcs ? gb2312 / dbcs : 1;
}

/** Control bytes other than tab, LF, CR, FF, ESC, SUB. */
function controlByteShare(bytes: Uint8Array): number {
  let c = 0;
  for (const b of bytes) {
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b && b !== 0x1a) || b === 0x7f) c++;
  }
  return bytes.length ? c / bytes.length : 0;
}

/** Characters we drop from decoded text when there are few of them (C0 except \t \n, DEL, C1, U+FFFE/U+FFFF). */
const STRAY_CONTROLS = /[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffe\uffff]/g;

/** A line end other than \n, or a character of STRAY_CONTROLS. */
const LINE_ENDS_OR_CONTROLS = /[\r\u2028\u2029\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffe\uffff]/;

/** UTF-16 byte orders worth trying, by the NUL-byte pattern (most likely first). */
function utf16Candidates(bytes: Uint8Array, hasNul: boolean): Array<'utf-16le' | 'utf-16be'> {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return [];
  // (no NUL at all, the usual case: nothing to count)
  if (!hasNul) return [];
  let even = 0, odd = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  if (even + odd === 0) return [];
  return odd >= even ? ['utf-16le', 'utf-16be'] : ['utf-16be', 'utf-16le'];
}

/** A file name's extension, lower-case, without the dot ('' for none). */
export const extOf = (fileName: string): string => /\.([^./\\]+)$/.exec(fileName)?.[1].toLowerCase() ?? '';

/**
 * What a file named like an Office document should have been, when its bytes are neither that document nor text (a
 * damaged or partly downloaded copy, random bytes): said by its name (a .pdf is said so in readSource). Without it,
 * 「不是文本文件…也不是 .docx 文档」 left a .doc or .xlsx wondering what .docx had to do with it.
 */
const NAMED_AS: Record<string, ImportReason> = (() => {
  const word = { zh: 'Word 文档(不是 zip 压缩包,没有正文部分 word/document.xml)', en: 'a Word document (not a zip package, no word/document.xml)' };
  const ole = (kind: ImportReason): ImportReason => ({ zh: `${kind.zh}(没有复合文档的文件头)`, en: `${kind.en} (no compound-file header)` });
  return {
    docx: word,
    dotx: word,
    doc: ole({ zh: 'Word 97-2003 文档', en: 'a Word 97-2003 document' }),
    dot: ole({ zh: 'Word 97-2003 模板', en: 'a Word 97-2003 template' }),
    wps: ole({ zh: 'WPS 文字文档', en: 'a WPS Writer document' }),
    xlsx: { zh: 'Excel 工作簿(不是 zip 压缩包)', en: 'an Excel workbook (not a zip package)' },
  };
})();

function fail(code: 'binary' | 'encoding', fileName: string, bytes: Uint8Array): never {
  const ext = extOf(fileName);
  const named = Object.hasOwn(NAMED_AS, ext) ? NAMED_AS[ext] : undefined;
  if (named) {
    throw new ImportError('corrupt', fileName, {
      zh: `文件扩展名是 .${ext},但内容不是 ${named.zh},也不是文本;文件可能已损坏或只下载了一部分,请从原处重新复制或下载一份,或找到原始文件再导入`,
      en: `The file is named .${ext} but is not ${named.en}, nor text: it may be damaged or only partly downloaded; copy or download it again from where it came from, or find the original file.`,
    });
  }
  if (code === 'binary') {
    throw new ImportError('binary', fileName, {
      zh: '不是文本文件(含有大量二进制字节),也不是 .docx 文档',
      en: 'Not a text file (it holds many binary bytes), nor a .docx document.',
    });
  }
  throw new ImportError(
    'encoding',
    fileName,
    {
      zh: '无法识别文本编码(支持 UTF-8、UTF-16、GBK/GB18030),请在记事本或 WPS 中另存为 UTF-8 后再导入',
      en: 'The text encoding is not recognised (UTF-8, UTF-16 and GBK/GB18030 are): save it as UTF-8 in Notepad or WPS and import that.',
    },
    { bytes: bytes.length },
  );
}

function detect(bytes: Uint8Array, fileName: string): { text: string; encoding: string } {
  // 3. BOMs decide.
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = decodeUtf8(bytes.subarray(3));
    if (text === null) {
      throw new ImportError('encoding', fileName, {
        zh: '文件标记为 UTF-8,但含有无效的 UTF-8 字节(文件可能已损坏或被截断)',
        en: 'The file says it is UTF-8 but holds bytes that are not (it may be damaged or cut short).',
      });
    }
    return { text, encoding: 'utf-8-bom' };
  }
  for (const [bom, label] of [[[0xff, 0xfe], 'utf-16le'], [[0xfe, 0xff], 'utf-16be']] as const) {
    if (startsWith(bytes, [...bom])) {
      const text = tryDecode(label, bytes.subarray(2));
      if (text === null) {
        const name = label.toUpperCase();
        throw new ImportError('encoding', fileName, {
          zh: `文件标记为 ${name},但内容不是有效的 ${name}(文件可能已损坏或被截断)`,
          en: `The file says it is ${name} but its content is not valid ${name} (it may be damaged or cut short).`,
        });
      }
      return { text, encoding: label };
    }
  }

  // 4a. UTF-16 without BOM, by the NUL pattern (ASCII and line breaks have a NUL high byte).
  // (one native scan for a NUL, read twice)
  const hasNul = bytes.includes(0);
  for (const label of utf16Candidates(bytes, hasNul)) {
    const text = tryDecode(label, bytes);
    if (text !== null && looksLikeText(plausibility(text))) return { text, encoding: label };
  }
  if (hasNul) fail('binary', fileName, bytes);

  // 4b. Pure ASCII is UTF-8.
  let highBytes = false;
  for (const b of bytes) if (b >= 0x80) { highBytes = true; break; }
  if (!highBytes) return { text: decodeUtf8(bytes)!, encoding: 'utf-8' };

  // 4c. Strict UTF-8, unless it reads as mojibake and GBK reads as Chinese.
  const gbk = (): string | null => {
    const gb = tryDecode('gb18030', bytes);
    return gb !== null && gb2312Share(bytes) >= 0.6 && looksLikeText(plausibility(gb)) ? gb : null;
  };
  const utf8 = decodeUtf8(bytes);
  if (utf8 !== null) {
    // (a text that looks like text, with ideographs or with few foreign letters, is no mojibake: most of them, told
    // without counting every common ideograph)
    if (looksLikeTextQuick(utf8, 0.6) && (/[\u4e00-\u9fff]/.test(utf8) || plausibility(utf8).foreign <= 0.2)) return { text: utf8, encoding: 'utf-8' };
    const p8 = plausibility(utf8);
    const mojibake = !looksLikeText(p8, 0.6) || (p8.foreign > 0.2 && p8.cjk === 0);
    const gb = mojibake ? gbk() : null;
    if (gb !== null) {
      const pg = plausibility(gb);
      if (pg.good > p8.good || pg.cjk > 0) return { text: gb, encoding: 'gb18030' };
    }
    return { text: utf8, encoding: 'utf-8' };
  }

  // 4d. GB18030 / GBK.
  const gb = gbk();
  if (gb !== null) return { text: gb, encoding: 'gb18030' };

  // 4e. UTF-16 without BOM and without any ASCII: accept only text that is clearly Chinese.
  if (bytes.length % 2 === 0) {
    for (const label of ['utf-16le', 'utf-16be'] as const) {
      const text = tryDecode(label, bytes);
      if (text === null) continue;
      const p = plausibility(text);
      const chars = text.length;
      if (p.good >= 0.95 && p.cjk >= Math.max(4, chars * 0.5) && (p.cjk < 20 ? true : p.common >= 0.12)) {
        return { text, encoding: label };
      }
    }
  }

  // 5. Nothing fits.
  fail(controlByteShare(bytes) > 0.01 ? 'binary' : 'encoding', fileName, bytes);
}

/** The first checks on any imported file: not over the size limit, not empty. */
export function checkSize(bytes: Uint8Array, fileName: string): void {
  if (bytes.length > LIMITS.maxImportBytes) {
    throw new ImportError('too-large', fileName, tooLargeReason(bytes.length), {
      bytes: bytes.length,
      limit: LIMITS.maxImportBytes,
    });
  }
  if (bytes.length === 0) throw new ImportError('empty', fileName, EMPTY_REASON);
}

/**
 * Decode the bytes of a text file. Throws ImportError:
 * 'too-large', 'empty', 'binary', 'unsupported' (PDF, .doc, RTF, UTF-32), 'encoding'.
 */
export function decodeText(bytes: Uint8Array, fileName: string): DecodedText {
  checkSize(bytes, fileName);
  const magic = sniffMagic(bytes);
  if (magic) throw new ImportError(magic.code, fileName, magic.reason);

  const { text: raw, encoding } = detect(bytes, fileName);

  if (raw.length > LIMITS.maxTextChars) {
    throw new ImportError('too-large', fileName, textTooLongReason(raw.length), {
      chars: raw.length,
      limit: LIMITS.maxTextChars,
    });
  }

  let text = raw.replace(/^\ufeff/, '');
  // (one scan tells a text with \n line ends and no control character, the usual one: nothing to replace or count)
  const plain = !LINE_ENDS_OR_CONTROLS.test(text);
  if (!plain) text = text.replace(/\r\n?|\u2028|\u2029/g, '\n');

  const damaged = text.indexOf('\ufffd');
  if (damaged >= 0) {
    const line = text.slice(0, damaged).split('\n').length;
    throw new ImportError('encoding', fileName, {
      zh: `文本中含有替换字符 U+FFFD(第 ${line} 行),说明文件在之前的转换中已丢失内容`,
      en: `The text holds the replacement character U+FFFD (line ${line}): text was lost in an earlier conversion.`,
    }, {
      line,
      encoding,
    });
  }

  const controls = plain ? 0 : text.match(STRAY_CONTROLS)?.length ?? 0;
  if (controls > 3 + text.length / 100) fail('binary', fileName, bytes);
  if (controls > 0) text = text.replace(STRAY_CONTROLS, '');
  text = text.replace(/\f/g, '\n');

  if (text.trim() === '') {
    throw new ImportError('empty', fileName, {
      zh: '文件中只有空白字符,没有任何文字;请确认选对了文件,或从原处重新复制、下载一份后再导入',
      en: 'The file holds only white space, no text: check that you chose the right file, or copy or download it again from where it came from.',
    });
  }
  return { text, encoding };
}
