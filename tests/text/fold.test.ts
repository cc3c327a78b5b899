/**
 * The matching view (shared/text/fold.ts): Traditional → Simplified and full-width → half-width, one code unit
 * for one code unit, so that an offset in the folded text is the same offset in the original.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForMatch, toSimplified } from '../../shared/text/fold';
import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';
import TW_VARIANTS_REV from 'opencc-js/dict/TWVariantsRev';
import HK_VARIANTS_REV from 'opencc-js/dict/HKVariantsRev';
import { CN_NUMERAL_CHARS, circledToNumber, cnToNumber, cnYear, enclosedToNumber } from '../../shared/text/numerals';

const SEEDS = join(__dirname, '..', '..', 'seeds');

describe('toSimplified', () => {
  it('reads a Traditional 文号 as its Simplified form', () => {
    expect(toSimplified('成府發〔2020〕25號')).toBe('成府发〔2020〕25号');
    expect(toSimplified('政辦〔2021〕22號')).toBe('政办〔2021〕22号');
  });

  it('reads a Traditional notice title', () => {
    expect(toSimplified('關於印發《成都市成華區推進智慧城市建設三年行動計劃》的通知')).toBe('关于印发《成都市成华区推进智慧城市建设三年行动计划》的通知');
  });

  it('maps single characters: 臺/台 → 台, 區 → 区, 縣 → 县, 劃 → 划, 辦 → 办, 於 → 于, 規 → 规', () => {
    expect(toSimplified('臺')).toBe('台');
    expect(toSimplified('台')).toBe('台');
    expect(toSimplified('區縣劃辦於規')).toBe('区县划办于规');
  });

  it('maps the words the grammar looks for: 責任單位 牽頭單位 配合單位 專項 專欄 第一節 重點任務 行動 目錄 第3頁 共40頁 附表', () => {
    expect(toSimplified('責任單位 牽頭單位 配合單位 專項 專欄 第一節 重點任務 行動 目錄 第3頁 共40頁 附表'))
      .toBe('责任单位 牵头单位 配合单位 专项 专栏 第一节 重点任务 行动 目录 第3页 共40页 附表');
  });

  it('maps Taiwan / Hong Kong variant forms through the standard Traditional form (敍 → 叙, 衞 → 卫, 粧 → 妆)', () => {
    expect(toSimplified('敍衞粧')).toBe('叙卫妆');
  });

  it('leaves Simplified characters alone, also those that are variants elsewhere (什么, 干部, 后, 里, 面, 着)', () => {
    expect(toSimplified('什么干部后里面着台发')).toBe('什么干部后里面着台发');
  });

  it('leaves the five reference plans (Simplified, with full-width punctuation) exactly as they are', () => {
    for (const f of readdirSync(SEEDS)) {
      const text = readFileSync(join(SEEDS, f), 'utf8');
      expect(toSimplified(text) === text, f).toBe(true);
    }
  });

  it('does not fold width: ２０２０ and （一） stay', () => {
    expect(toSimplified('２０２０（一）')).toBe('２０２０（一）');
  });
});

describe('foldForMatch', () => {
  it('folds script and width together', () => {
    expect(foldForMatch('成府發〔２０２０〕２５號')).toBe('成府发〔2020〕25号');
    expect(foldForMatch('２０２０')).toBe('2020');
  });

  it('folds the full-width forms numbering and labels use: （一）１．Ａ：／－～［］', () => {
    expect(foldForMatch('（一）')).toBe('(一)');
    expect(foldForMatch('１．')).toBe('1.');
    expect(foldForMatch('Ａｂ')).toBe('Ab');
    expect(foldForMatch('责任单位：')).toBe('责任单位:');
    expect(foldForMatch('／－～［］％')).toBe('/-~[]%');
  });

  it('keeps Chinese sentence punctuation: ，。、；！？ and brackets 〔〕【】《》', () => {
    expect(foldForMatch('甲，乙。丙、丁；戊！己？')).toBe('甲，乙。丙、丁；戊！己？');
    expect(foldForMatch('〔〕【】《》')).toBe('〔〕【】《》');
  });

  it('turns the ideographic space, no-break space and typographic spaces into a space', () => {
    expect(foldForMatch('豫政〔\u30002019\u3000〕')).toBe('豫政〔 2019 〕');
    expect(foldForMatch('a\u00a0b\u2003c')).toBe('a b c');
  });

  it('folds small-form brackets (﹙﹚﹝﹞) and Kangxi radicals (⼀⼆⼋) from PDF text', () => {
    expect(foldForMatch('﹙一﹚﹝2020﹞')).toBe('(一)〔2020〕');
    expect(foldForMatch('\u2f00\u2f06、')).toBe('一二、');
  });

  it('folds a CJK compatibility ideograph to the Simplified form of its unified character (U+F9A8 → 令)', () => {
    expect(foldForMatch('\uf9a8')).toBe('令');
  });

  it('returns the same string for text with nothing to fold', () => {
    const s = '上海市杨浦区人民政府办公室';
    expect(foldForMatch(s)).toBe(s);
  });

  it('is fast: about 1 MB of Traditional text in well under 200 ms', () => {
    const big = '成府發〔２０２０〕２５號關於印發的通知，'.repeat(25_000); // 500k code units ≈ 1.4 MB of UTF-8
    foldForMatch('發'); // build the table once
    const t = performance.now();
    const out = foldForMatch(big);
    const ms = performance.now() - t;
    expect(out.length).toBe(big.length);
    expect(out.startsWith('成府发〔2020〕25号关于印发的通知，')).toBe(true);
    expect(ms).toBeLessThan(200);
  });
});

/**
 * The tables as first written (split the dictionaries into arrays, settle a pass over all 65,536 entries): fold.ts
 * builds them faster (no split arrays, settles only the entries it set) and must give the same table.
 */
function straightforwardTables(): { simplified: Uint16Array; matching: Uint16Array } {
  const pairs = (dict: string): [string, string][] => dict.split('|').map((e) => e.split(' ') as [string, string]);
  const bmp = (x: string) => x.length === 1;
  const settle = (t: Uint16Array) => {
    for (let c = 0; c < t.length; c++) {
      let f = t[c];
      for (let k = 0; f !== 0 && t[f] !== 0 && t[f] !== f && k < 4; k++) f = t[f];
      t[c] = f === c ? 0 : f;
    }
  };
  const s = new Uint16Array(0x10000);
  const ts = new Map<string, string>();
  for (const [from, to] of pairs(TS_CHARACTERS)) {
    ts.set(from, to);
    if (bmp(from) && bmp(to) && from !== to) s[from.charCodeAt(0)] = to.charCodeAt(0);
  }
  for (const [from, standard] of [...pairs(TW_VARIANTS_REV), ...pairs(HK_VARIANTS_REV)]) {
    const to = ts.get(standard);
    if (!to || ts.has(from) || !bmp(from) || !bmp(to) || from === to) continue;
    s[from.charCodeAt(0)] = to.charCodeAt(0);
  }
  settle(s);
  const m = new Uint16Array(s);
  for (let c = 0xff01; c <= 0xff5e; c++) if (!['，', '；', '！', '？'].includes(String.fromCharCode(c))) m[c] = c - 0xfee0;
  m[0x3000] = 0x20;
  m[0x00a0] = 0x20;
  for (let c = 0x2000; c <= 0x200a; c++) m[c] = 0x20;
  m[0xfe59] = 0x28;
  m[0xfe5a] = 0x29;
  m[0xfe52] = 0x2e;
  m[0xfe5d] = 0x3014;
  m[0xfe5e] = 0x3015;
  for (const [from, to] of [[0x2f00, 0x2fd5], [0x2e80, 0x2ef3], [0xf900, 0xfaff]]) {
    for (let c = from; c <= to; c++) {
      const n = String.fromCharCode(c).normalize('NFKC');
      if (n.length === 1 && n.charCodeAt(0) !== c) m[c] = m[n.charCodeAt(0)] || n.charCodeAt(0);
    }
  }
  settle(m);
  return { simplified: s, matching: m };
}

describe('the tables', () => {
  it('fold every BMP code unit as the straightforward build of the opencc-js dictionaries does', () => {
    const ref = straightforwardTables();
    const wrong: string[] = [];
    let simplifiedChanged = 0;
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      const s = String.fromCharCode(ref.simplified[c] || c);
      const m = String.fromCharCode(ref.matching[c] || c);
      if (s !== ch) simplifiedChanged++;
      if (toSimplified(ch) !== s) wrong.push(`toSimplified ${ch} → ${toSimplified(ch)}, expected ${s}`);
      if (foldForMatch(ch) !== m) wrong.push(`foldForMatch ${ch} → ${foldForMatch(ch)}, expected ${m}`);
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    // the dictionaries were read at all: some 2,900 Traditional characters change
    expect(simplifiedChanged).toBeGreaterThan(2500);
  });
});

describe('properties', () => {
  // strings mixing Traditional, Simplified, full-width, ASCII, spaces and random code units (lone surrogates too)
  const pieces = fc.constantFrom('發', '號', '區', '縣', '劃', '臺', '台', '（', '）', '２', '：', '\u3000', '。', '，', 'a', '1', '⼀', '﹝', '\uf9a8', '𠀀', '\ud800');
  const mixed = fc.oneof(fc.string({ unit: 'binary' }), fc.array(pieces).map((a) => a.join('')));

  it('both folds preserve length', () => {
    fc.assert(fc.property(mixed, (s) => toSimplified(s).length === s.length && foldForMatch(s).length === s.length));
  });

  it('fold is character by character: the i-th code unit folds on its own', () => {
    fc.assert(fc.property(fc.array(pieces).map((a) => a.join('')), (s) => {
      const f = foldForMatch(s);
      for (let i = 0; i < s.length; i++) if (f[i] !== foldForMatch(s[i])) return false;
      return true;
    }));
  });

  it('folding twice changes nothing', () => {
    fc.assert(fc.property(mixed, (s) => foldForMatch(foldForMatch(s)) === foldForMatch(s) && toSimplified(toSimplified(s)) === toSimplified(s)));
  });

  it('surrogate pairs and lone surrogates pass through unchanged', () => {
    fc.assert(fc.property(mixed, (s) => {
      const f = foldForMatch(s);
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdfff && f.charCodeAt(i) !== c) return false;
      }
      return true;
    }));
  });
});

describe('numerals (shared/text/numerals.ts) on folded and unfolded text', () => {
  it('keeps what it read before: 十九, 二十一, 一百零八, 二○一一, 两, full-width digits', () => {
    expect([cnToNumber('十九'), cnToNumber('二十一'), cnToNumber('一百零八'), cnToNumber('二○一一'), cnToNumber('两'), cnToNumber('１２')]).toEqual([19, 21, 108, 2011, 2, 12]);
    expect(cnToNumber('参加')).toBeNull();
    expect(cnToNumber('')).toBeNull();
  });

  it('reads capital numerals, Simplified or Traditional, and 兩: 壹 貳 參拾 陸 兩', () => {
    expect([cnToNumber('壹'), cnToNumber('貳'), cnToNumber('贰'), cnToNumber('參拾'), cnToNumber('陸'), cnToNumber('兩')]).toEqual([1, 2, 2, 30, 6, 2]);
    expect(cnToNumber(foldForMatch('參拾伍'))).toBe(35);
  });

  it('CN_NUMERAL_CHARS holds every character cnToNumber reads', () => {
    for (const ch of CN_NUMERAL_CHARS) if (ch !== '十' && ch !== '百' && ch !== '拾' && ch !== '佰') expect(cnToNumber(ch), ch).not.toBeNull();
  });

  it('cnYear, the one reader of a year in Chinese digits (the importer\'s dates and the date a planner types)', () => {
    expect(['二〇二五', '二○二五', '二零二五', '二O二五', '二0二五', '二 〇 二五', '一九九九'].map(cnYear)).toEqual([2025, 2025, 2025, 2025, 2025, 2025, 1999]);
    // not four digits written one by one: no year
    expect(['二〇二', '二〇二五六', '二十二五', '2025', ''].map(cnYear)).toEqual([null, null, null, null, null]);
  });

  it('reads enclosed list numbers: ③ circled, ⑶ = (3), ⒊ = 3., ㈢ = (三)', () => {
    expect(enclosedToNumber('③')).toEqual({ n: 3, form: 'circled' });
    expect(enclosedToNumber('⑶')).toEqual({ n: 3, form: 'paren' });
    expect(enclosedToNumber('⒊')).toEqual({ n: 3, form: 'dot' });
    expect(enclosedToNumber('㈢')).toEqual({ n: 3, form: 'cnparen' });
    expect(enclosedToNumber('3')).toBeNull();
    expect(circledToNumber('⑶')).toBeNull(); // circledToNumber keeps its meaning: circled only
  });
});

describe('digits in the matching view', () => {
  it('come only from ASCII and full-width digits (clean.ts skips folding a line without one when it looks for page numbers)', () => {
    const others: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const s = String.fromCharCode(c);
      if (/[0-9]/.test(foldForMatch(s)) && !/[0-9０-９]/.test(s)) others.push(s);
    }
    expect(others).toEqual([]);
    expect(foldForMatch('— ３ —')).toBe('— 3 —');
  });
});
