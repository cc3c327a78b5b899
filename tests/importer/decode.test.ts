import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportError, LIMITS, tooLargeReason } from '../../shared/errors';
import { decodeText, decodeUtf8, looksLikeText, looksLikeTextQuick, plausibility } from '../../shared/importer/decode';
import { readSource } from '../../shared/importer/source';

const ROOT = join(__dirname, '..', '..');
const SEEDS = join(ROOT, 'seeds');
const ENC = join(ROOT, 'tests/fixtures/encodings');
const read = (p: string): Uint8Array => new Uint8Array(readFileSync(p));
const SEED_002 = readFileSync(join(SEEDS, '002_72028bf86ba9aa86.txt'), 'utf8');

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    return (e as ImportError).code;
  }
  throw new Error('expected an ImportError');
}

const utf16le = (s: string, bom = false): Uint8Array => {
  const out = new Uint8Array(s.length * 2 + (bom ? 2 : 0));
  let o = 0;
  if (bom) { out[0] = 0xff; out[1] = 0xfe; o = 2; }
  for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); out[o++] = c & 0xff; out[o++] = c >> 8; }
  return out;
};
const utf16be = (s: string, bom = false): Uint8Array => {
  const le = utf16le(s, bom);
  for (let i = 0; i < le.length; i += 2) { const t = le[i]; le[i] = le[i + 1]; le[i + 1] = t; }
  return le;
};
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decodeText: seeds and encodings', () => {
  it.each(readdirSync(SEEDS).filter((f) => f.endsWith('.txt')))('seed %s decodes as utf-8, unchanged', (f) => {
    const bytes = read(join(SEEDS, f));
    const d = decodeText(bytes, f);
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe(new TextDecoder().decode(bytes).replace(/\r\n?/g, '\n'));
    expect(d.text).not.toContain('\ufffd');
  });

  // Fixtures written once with iconv from seeds/002 (see tests/fixtures/encodings/README.md).
  it.each([
    ['002.gb18030.txt', 'gb18030'],
    ['002.utf16le-bom.txt', 'utf-16le'],
    ['002.utf16be-bom.txt', 'utf-16be'],
    ['002.utf16le.txt', 'utf-16le'],
    ['002.utf16be.txt', 'utf-16be'],
  ])('%s decodes as %s to exactly the UTF-8 original', (f, enc) => {
    const d = decodeText(read(join(ENC, f)), f);
    expect(d.encoding).toBe(enc);
    expect(d.text).toBe(SEED_002);
  });

  it('a strict GBK copy (NBSP is not in GBK: replaced by a space before encoding) decodes to the same text', () => {
    const d = decodeText(read(join(ENC, '002.gbk.txt')), '002.gbk.txt');
    expect(d.encoding).toBe('gb18030');
    expect(d.text).toBe(SEED_002.replace(/\u00a0/g, ' '));
  });

  it('UTF-8 with BOM: BOM stripped, CRLF and CR normalised', () => {
    const d = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('一、总体要求\r\n(一)指导思想\r二\n')]), 'a.txt');
    expect(d).toEqual({ text: '一、总体要求\n(一)指导思想\n二\n', encoding: 'utf-8-bom' });
  });

  it('UTF-16 built in the test, with and without BOM, including Chinese-only text without any NUL byte', () => {
    const s = '关于印发杨浦区智慧城市建设三年行动计划的通知\r\n一、背景和基本评估\r\n';
    expect(decodeText(utf16le(s, true), 'a.txt')).toEqual({ text: s.replace(/\r\n/g, '\n'), encoding: 'utf-16le' });
    expect(decodeText(utf16be(s, true), 'a.txt')).toEqual({ text: s.replace(/\r\n/g, '\n'), encoding: 'utf-16be' });
    expect(decodeText(utf16le(s), 'a.txt').encoding).toBe('utf-16le');
    expect(decodeText(utf16be(s), 'a.txt').encoding).toBe('utf-16be');
    const noAscii = '推进智慧城市建设\uff0c提升城市管理和公共服务水平\uff0c促进信息产业发展。加强网络基础设施建设';
    expect(utf16le(noAscii).includes(0)).toBe(false);
    expect(decodeText(utf16le(noAscii), 'a.txt')).toEqual({ text: noAscii, encoding: 'utf-16le' });
  });

  it('GBK is not mistaken for UTF-8, nor UTF-8 for GBK', () => {
    const gbk = read(join(ENC, '002.gbk.txt'));
    for (const len of [4, 10, 50, 300, 3000]) {
      // Cut at a line boundary so that no character is split.
      let end = gbk.indexOf(0x0a, len);
      if (end < 0) end = gbk.length;
      const slice = gbk.subarray(0, end + 1);
      const d = decodeText(slice, 'g.txt');
      expect(d.encoding).toBe('gb18030');
      expect(SEED_002.replace(/\u00a0/g, ' ').startsWith(d.text)).toBe(true);
    }
    const u = utf8('规划 2015-2017:推进智慧城市建设。');
    expect(decodeText(u, 'u.txt')).toEqual({ text: '规划 2015-2017:推进智慧城市建设。', encoding: 'utf-8' });
    // "联通": the classic GBK pair that some decoders take for UTF-8.
    expect(decodeText(new Uint8Array([0xc1, 0xaa, 0xcd, 0xa8]), 'lt.txt')).toEqual({ text: '联通', encoding: 'gb18030' });
  });

  it('GBK bytes that happen to be valid UTF-8 are read as GBK when the UTF-8 reading is mojibake', () => {
    // 前 = C7 B0, 瞻 = D5 B0? pick characters whose GBK bytes form valid UTF-8 2-byte sequences.
    // 1) build the GBK bytes from the fixture's character table: every char whose 2 bytes are (C2..DF, 80..BF).
    const gbkBytes = read(join(ENC, '002.gbk.txt'));
    const text = new TextDecoder('gb18030').decode(gbkBytes);
    const chars: string[] = [];
    const bytes: number[] = [];
    const dec = new TextDecoder('gb18030');
    for (let i = 0; i < gbkBytes.length - 1 && chars.length < 12; i++) {
      const a = gbkBytes[i], b = gbkBytes[i + 1];
      if (a >= 0xc2 && a <= 0xdf && b >= 0xa1 && b <= 0xbf) {
        const ch = dec.decode(new Uint8Array([a, b]));
        if (text.includes(ch) && !chars.includes(ch)) { chars.push(ch); bytes.push(a, b); }
        i++;
      } else if (a >= 0x81) i++;
    }
    expect(chars.length).toBeGreaterThan(5);
    const buf = new Uint8Array(bytes);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(buf)).not.toThrow();
    expect(decodeText(buf, 'x.txt')).toEqual({ text: chars.join(''), encoding: 'gb18030' });
  });

  it('UTF-8 Cyrillic stays UTF-8', () => {
    expect(decodeText(utf8('Программа развития города\n'), 'r.txt').encoding).toBe('utf-8');
  });

  it('strips stray control characters when there are few of them', () => {
    const s = '一、总体要求\x01\n' + '推进智慧城市建设。'.repeat(20) + '\x1a';
    expect(decodeText(utf8(s), 'a.txt').text).toBe('一、总体要求\n' + '推进智慧城市建设。'.repeat(20));
  });
});

describe('decodeText: bad inputs', () => {
  it('empty and whitespace-only → empty', () => {
    expect(codeOf(() => decodeText(new Uint8Array(0), 'e.txt'))).toBe('empty');
    expect(codeOf(() => decodeText(utf8(' \n\t\r\n\u3000\u00a0 '), 'w.txt'))).toBe('empty');
    expect(codeOf(() => decodeText(new Uint8Array([0xef, 0xbb, 0xbf]), 'bom.txt'))).toBe('empty');
    expect(codeOf(() => decodeText(utf16le(' \r\n ', true), 'w16.txt'))).toBe('empty');
  });

  it('a PNG renamed .txt → binary', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3]);
    expect(codeOf(() => decodeText(png, 'plan.txt'))).toBe('binary');
  });

  it('random binary → binary', () => {
    let seed = 42;
    const rnd = new Uint8Array(4096).map(() => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff);
    expect(codeOf(() => decodeText(rnd, 'r.txt'))).toBe('binary');
    // No NUL, still binary: lots of control bytes.
    const noNul = rnd.map((b) => (b === 0 ? 1 : b));
    expect(codeOf(() => decodeText(noNul, 'r.txt'))).toBe('binary');
  });

  it('a NUL byte in a non-UTF-16 file → binary', () => {
    expect(codeOf(() => decodeText(utf8('一、总体要求\n\0二、主要任务\n一二三四'), 'n.txt'))).toBe('binary');
  });

  it('text in an encoding we do not read (Big5, Shift-JIS) → encoding, not mojibake', () => {
    // Big5 for "智慧城市建設三年行動計劃,推進資訊產業發展" repeated (bytes written by hand from iconv).
    const big5 = new Uint8Array([0xb4, 0xbc, 0xbc, 0x7a, 0xab, 0xb0, 0xa5, 0xab, 0xab, 0xd8, 0xb3, 0x5d, 0xa4, 0x54, 0xa6, 0x7e, 0xa6, 0xe6, 0xb0, 0xca, 0xad, 0x70, 0xb9, 0xba]);
    const many = new Uint8Array(big5.length * 10);
    for (let i = 0; i < 10; i++) many.set(big5, i * big5.length);
    expect(codeOf(() => decodeText(many, 'b5.txt'))).toBe('encoding');
    // A UTF-8 file with one broken byte in the middle.
    const broken = utf8('推进智慧城市建设。'.repeat(30));
    broken[40] = 0xff;
    expect(codeOf(() => decodeText(broken, 'u.txt'))).toBe('encoding');
  });

  it('a BOM that lies → encoding', () => {
    expect(codeOf(() => decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xc1, 0xaa]), 'a.txt'))).toBe('encoding');
    expect(codeOf(() => decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42]), 'a.txt'))).toBe('encoding'); // odd length
    expect(codeOf(() => decodeText(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]), 'a.txt'))).toBe('encoding'); // lone surrogate
  });

  it('text that already contains U+FFFD → encoding', () => {
    expect(codeOf(() => decodeText(utf8('一、总体\ufffd要求\n'), 'a.txt'))).toBe('encoding');
  });

  it('PDF, OLE .doc, RTF, UTF-32 → unsupported with a helpful message', () => {
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    let err: unknown;
    try { decodeText(ole, '规划.txt'); } catch (e) { err = e; }
    expect((err as ImportError).code).toBe('unsupported');
    expect((err as ImportError).message).toContain('旧版 Word(.doc) 请另存为 .docx');
    expect((err as ImportError).message).toContain('规划.txt');
    expect(codeOf(() => decodeText(utf8('%PDF-1.7\n%âãÏÓ\n'), 'a.txt'))).toBe('unsupported');
    expect(codeOf(() => decodeText(utf8('{\\rtf1\\ansi hello}'), 'a.txt'))).toBe('unsupported');
    expect(codeOf(() => decodeText(new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]), 'a.txt'))).toBe('unsupported');
  });

  it('over the size limit → too-large, checked before decoding', () => {
    const big = new Uint8Array(LIMITS.maxImportBytes + 1); // all NUL: would be 'binary' if decoded
    expect(codeOf(() => decodeText(big, 'big.txt'))).toBe('too-large');
  });

  it('too-large says the sizes in MB and what to do, not eight-digit byte counts (walk 10)', () => {
    // walk 10: a 30 MB text was refused with 「文件过大(31469341 字节,上限 20971520 字节)」 and no advice
    let message = '';
    try { decodeText(new Uint8Array(31_469_341), '三十兆文本.txt'); } catch (e) { message = (e as Error).message; }
    expect(message).toBe('无法导入 三十兆文本.txt:文件过大(30.0 MB,上限 20 MB):请确认选对了文件;规划的文字稿通常不到 1 MB,带大量图片的 Word 文档可删去图片或另存为 .txt 后再导入');
    expect(tooLargeReason(LIMITS.maxImportBytes + 1).zh).toContain('文件过大(20.0 MB,上限 20 MB)');
    expect(tooLargeReason(512 * 1024 * 1024, 100 * 1024 * 1024).zh).toContain('文件过大(512.0 MB,上限 100 MB)');
  });

  it('readSource gives the same codes and numbered lines', async () => {
    const r = await readSource(utf8('标题\n\n一、总体要求\n'), 'a.txt');
    expect(r).toEqual({
      encoding: 'utf-8',
      lines: [{ text: '标题', line: 1 }, { text: '', line: 2 }, { text: '一、总体要求', line: 3 }],
    });
    await expect(readSource(new Uint8Array(0), 'e.txt')).rejects.toMatchObject({ code: 'empty' });
    await expect(readSource(utf8('hello'), 'a.pdf')).rejects.toMatchObject({ code: 'corrupt' }); // named .pdf, is not one
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expect(readSource(ole, '规划.doc')).rejects.toMatchObject({ code: 'unsupported' }); // no .doc reader given (a browser)
    await expect(readSource(new Uint8Array(LIMITS.maxImportBytes + 1), 'big.docx')).rejects.toMatchObject({ code: 'too-large' });
  });
});

describe('plausibility (counted by native replaces)', () => {
  // the definition, one code point at a time: a surrogate pair is one character and none of the classes
  const good = (cp: number) => cp === 0x09 || cp === 0x0a || cp === 0x0d || cp === 0x0c || (cp >= 0x20 && cp <= 0x7e) ||
    (cp >= 0xa0 && cp <= 0xff) || (cp >= 0x2000 && cp <= 0x206f) || (cp >= 0x2100 && cp <= 0x22ff) || (cp >= 0x2460 && cp <= 0x26ff) ||
    (cp >= 0x3000 && cp <= 0x303f) || (cp >= 0x3200 && cp <= 0x33ff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xffef);
  const COMMON = new Set('的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处府研证服务务城市智慧信息网络推广设施建设项目区域规划发展重点推进完善提升加强促进实施管理服务体系');
  function reference(text: string) {
    let n = 0, g = 0, cjk = 0, common = 0, foreign = 0;
    for (const ch of text) {
      n++;
      if (ch.length === 2) continue;
      const cp = ch.charCodeAt(0);
      if (good(cp)) g++;
      if (cp >= 0x4e00 && cp <= 0x9fff) { cjk++; if (COMMON.has(ch)) common++; } else if (cp >= 0x100 && cp <= 0x7ff) foreign++;
    }
    return { good: n ? g / n : 1, cjk, common: cjk ? common / cjk : 0, foreign: n ? foreign / n : 0 };
  }

  it('gives the counts of its definition on texts, mojibake and random code units with lone surrogates', () => {
    const bytes = readFileSync(join(SEEDS, '000_c5ac5ec241139578.txt'));
    const texts = [SEED_002, '', 'abc', '\ud800', '\udc00x', '\ud83d\ude00\ud800x\udc00', 'Ð¿Ñ€Ð¸Ð²ÐµÑ‚ мир',
      ...['gb18030', 'utf-16le', 'big5', 'latin1', 'shift_jis'].map((e) => new TextDecoder(e).decode(bytes))];
    let seed = 1;
    const r = (n: number) => ((seed = (seed * 48271) % 2147483647) % n);
    for (let k = 0; k < 500; k++) {
      let s = '';
      for (let i = r(60); i > 0; i--) s += String.fromCharCode(r(3) === 0 ? 0xd800 + r(0x800) : r(3) === 0 ? 0x4e00 + r(0x5200) : r(0x10000));
      texts.push(s);
    }
    for (const t of texts) expect(plausibility(t)).toEqual(reference(t));
  });

  it('the quick look (common ideographs counted until there are enough) says what the full count says', () => {
    const bytes = readFileSync(join(SEEDS, '000_c5ac5ec241139578.txt'));
    const texts = [SEED_002, '', 'abc', '\ud800', 'Ð¿Ñ€Ð¸Ð²ÐµÑ‚ мир',
      ...['gb18030', 'utf-16le', 'big5', 'latin1', 'shift_jis'].map((e) => new TextDecoder(e).decode(bytes))];
    // 25 ideographs of which 0…6 are common (的): around the 12 % that tells text from mojibake, with foreign letters
    for (let k = 0; k <= 6; k++) for (const extra of ['', 'ÐÐÐÐÐ', 'abc'.repeat(20), '\ud800\udc00'.repeat(3)]) texts.push('的'.repeat(k) + '龘'.repeat(25 - k) + extra);
    let seed = 7;
    const r = (n: number) => ((seed = (seed * 48271) % 2147483647) % n);
    for (let k = 0; k < 500; k++) {
      let s = '';
      for (let i = r(80); i > 0; i--) s += String.fromCharCode(r(3) === 0 ? 0xd800 + r(0x800) : r(2) === 0 ? 0x4e00 + r(0x5200) : r(4) === 0 ? 0x7684 : r(0x10000));
      texts.push(s);
    }
    let yes = 0;
    for (const t of texts) {
      for (const min of [0.6, 0.9]) {
        const want = looksLikeText(plausibility(t), min);
        expect(looksLikeTextQuick(t, min), JSON.stringify(t.slice(0, 30))).toBe(want);
        if (want) yes++;
      }
    }
    expect(yes).toBeGreaterThan(20);
    expect(yes).toBeLessThan(texts.length * 2 - 20);
  });
});

describe('decodeUtf8 (Node: isUtf8 + transcode; elsewhere TextDecoder)', () => {
  const standard = (b: Uint8Array): string | null => {
    try { return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(b); } catch { return null; }
  };
  it('gives what the strict TextDecoder gives, or null where it throws: seeds, fixtures, edge sequences, random bytes', () => {
    const cases: Uint8Array[] = [];
    for (const f of readdirSync(SEEDS)) cases.push(read(join(SEEDS, f)));
    for (const f of readdirSync(ENC)) cases.push(read(join(ENC, f)));
    // a BOM kept, a BOM inside, U+FFFE/U+FFFF/U+FFFD, NUL, the last code point, a supplementary character, and
    // invalid ones: an encoded surrogate, overlong forms, a truncated sequence, beyond U+10FFFF, a lone trail byte
    for (const seq of [[0xef, 0xbb, 0xbf, 0x41], [0x41, 0xef, 0xbb, 0xbf, 0x42], [0xef, 0xbf, 0xbe], [0xef, 0xbf, 0xbf], [0xef, 0xbf, 0xbd], [0],
      [0xf4, 0x8f, 0xbf, 0xbf], [0xf0, 0x9f, 0x98, 0x80], [0xed, 0xa0, 0x80], [0xc0, 0x80], [0xe0, 0x80, 0x80], [0xe4, 0xb8], [0xf4, 0x90, 0x80, 0x80], [0x80], []]) {
      cases.push(new Uint8Array(seq));
    }
    let rnd = 7;
    const next = () => (rnd = (rnd * 1103515245 + 12345) % 2 ** 31);
    const text = utf8(SEED_002.slice(0, 2000));
    for (let k = 0; k < 300; k++) {
      // valid text with one byte changed, and short runs of random bytes
      const t = text.slice(0, 50 + (next() % 400));
      t[next() % t.length] = next() % 256;
      cases.push(t);
      cases.push(Uint8Array.from({ length: 1 + (next() % 12) }, () => next() % 256));
    }
    const valid = cases.filter((c) => standard(c) !== null).length;
    expect(valid).toBeGreaterThan(40);
    expect(cases.length - valid).toBeGreaterThan(300);
    for (const c of cases) expect(decodeUtf8(c)).toBe(standard(c));
  });
});
