/**
 * Normalisation for search (electron/core/textindex.ts): the fast path (stretches of characters NFKC + lower case
 * leave alone are copied) gives what normalising every character one by one gives — text, map back to the original,
 * and so the highlighted ranges of snippets.
 */
import { describe, expect, it } from 'vitest';
import { findRanges, normalize, normalizedText, NFKC_STABLE_SOURCE, snippet, snippetOf, termText } from '../../electron/core/textindex.js';
import { occurrences } from '../../electron/core/bm25.js';

/** The definition: every code point NFKC + lower case on its own, a space if that is empty. */
function reference(original: string): { text: string; map: number[] } {
  let text = '';
  const map: number[] = [];
  let i = 0;
  for (const ch of original) {
    let n = ch.normalize('NFKC').toLowerCase();
    if (n.length === 0) n = ' ';
    for (let k = 0; k < n.length; k++) map.push(i);
    text += n;
    i += ch.length;
  }
  map.push(i);
  return { text, map };
}

describe('normalize', () => {
  it('every character of the stable class is left alone by NFKC and lower case', () => {
    const stable = new RegExp(`^[${NFKC_STABLE_SOURCE}]$`);
    let checked = 0;
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (c >= 0xd800 && c <= 0xdfff) continue;
      if (!stable.test(ch)) continue;
      checked++;
      expect(ch.normalize('NFKC').toLowerCase(), `U+${c.toString(16)}`).toBe(ch);
    }
    // ASCII without A–Z (102), ext A (6,592), the unified block (20,992), 、。 《…〕 (12), — ‘ ’ “ ” (5)
    expect(checked).toBe(102 + 6592 + 20992 + 2 + 12 + 5);
    expect(stable.test('Ａ')).toBe(false);
    expect(stable.test('A')).toBe(false);
    expect(stable.test('，')).toBe(false);
  });

  it('termText counts a term as often as the normalised text does, and leaves ordinary text alone', () => {
    // full-width punctuation turns into ASCII punctuation and A–Z into a–z: nothing a Han term holds
    const plain = '区科委牵头，区发展改革委（区信息委）配合：推进GPON、5G基站建设。';
    expect(termText(plain, true)).toBe(plain);
    // for a term with letters or digits, A–Z and Ｇ may become part of it: normalised
    expect(termText(plain, false)).toBe(normalizedText(plain));
    expect(occurrences(termText(plain, false), 'gpon')).toBe(1);
    // characters that normalise into Han: a Kangxi radical (⼀ → 一), a compatibility ideograph (豈 U+F900 → 豈),
    // a parenthesised ideograph (㈠ → (一)), a squared one outside the BMP (🈐 → 手)
    expect(occurrences(termText('⼀网通办', true), '一网')).toBe(1);
    expect(occurrences(termText('\uf900豈', true), '豈豈')).toBe(1);
    expect(occurrences(termText('㈠十', true), '一十')).toBe(0);
    expect(occurrences(termText('十㈠', true), '十一')).toBe(0);
    expect(occurrences(termText('🈐机', true), '手机')).toBe(1);
    expect(occurrences(termText('①２３', false), '123')).toBe(1);
    // against the definition, on texts mixing all of these
    const pool = [...'区科委一十手机网abc5gGP，：（）　…—•·①⑴㈠⼀豈ＡＧ２Ⅻ㎏™'];
    const terms: Array<[string, boolean]> = [['区科', true], ['一十', true], ['十一', true], ['手机', true], ['gp', false], ['5g', false], ['12', false], ['ab', false], ['xii', false], ['kg', false], ['tm', false]];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 3000; i++) {
      let s = '';
      for (let k = 1 + Math.floor(next() * 10); k > 0; k--) s += pool[Math.floor(next() * pool.length)];
      for (const [t, han] of terms) expect(occurrences(termText(s, han), t), `${s} ${t}`).toBe(occurrences(reference(s).text, t));
    }
  });

  it('gives the same text and map as normalising character by character', () => {
    const samples = [
      '',
      '推进养老服务体系建设',
      '（一）推进ＡＢＣ４Ｇ网络，建设“智慧城市”——《行动计划》【2015】…',
      'Ⅻ项ﬁ措施　第一\u00a0条İ',
      '𠀀𠀁汉字\ud800孤\udc00立',
      '\ud83d\ude00末尾𠀀',
      'ABC',
      'x\u0301y', // combining mark: per character, not composed
    ];
    let rnd = 7;
    const rand = (n: number) => (rnd = (rnd * 1103515245 + 12345) % 2 ** 31) % n;
    const alphabet = ['养', '老', 'Ａ', 'a', 'B', '，', '。', '（', '）', '　', ' ', 'Ⅻ', 'ﬁ', '𠀀', '\ud800', '\udc00', '“', '…', '〔', '2', '²', 'İ', '\u0301'];
    for (let s = 0; s < 300; s++) {
      let t = '';
      for (let k = rand(40); k > 0; k--) t += alphabet[rand(alphabet.length)];
      samples.push(t);
    }
    for (const t of samples) {
      expect(normalize(t), JSON.stringify(t)).toEqual(reference(t));
      // the text alone (search.ts counts a term's occurrences in it to rank as FTS5 does)
      expect(normalizedText(t), JSON.stringify(t)).toBe(reference(t).text);
      // highlighted ranges through the reference map (findRanges skips the map when no character changed length)
      const ref = reference(t);
      for (const needle of ['养老', 'a', 'ab', 'fi', 'xii', '2', '老a']) {
        const want: Array<[number, number]> = [];
        for (let at = ref.text.indexOf(needle); at >= 0; at = ref.text.indexOf(needle, at + 1)) want.push([ref.map[at], ref.map[at + needle.length]]);
        want.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
        const merged: Array<[number, number]> = [];
        for (const r of want) {
          const last = merged[merged.length - 1];
          if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
          else merged.push([r[0], r[1]]);
        }
        expect(findRanges(t, [needle]), `${JSON.stringify(t)} ${needle}`).toEqual(t ? merged : []);
      }
    }
  });

  it('highlights map back to the original characters', () => {
    const text = '推进ＡＢＣ养老，Ⅻ养老服务';
    expect(findRanges(text, ['abc养老'])).toEqual([[2, 7]]);
    expect(findRanges(text, ['xii养老'])).toEqual([[8, 11]]);
    expect(snippet(text, ['养老'])).toEqual([
      { text: '推进ＡＢＣ', hit: false },
      { text: '养老', hit: true },
      { text: '，Ⅻ', hit: false },
      { text: '养老', hit: true },
      { text: '服务', hit: false },
    ]);
  });

  it('a long text\'s snippet, found in a prefix, is the one of all its ranges', () => {
    // hits before, at and after the prefix cuts (640, 2,560 and 10,240 units), full-width letters and surrogate
    // pairs that change length, a chain of overlapping hits, a text with its only hit at the end
    const filler = (n: number) => '推进信息化建设，完善公共服务。'.repeat(Math.ceil(n / 15)).slice(0, n);
    const texts: string[] = [];
    for (const at of [0, 5, 560, 600, 620, 630, 634, 636, 640, 700, 2480, 2550, 2560, 6000, 10230, 12000]) {
      texts.push(filler(at) + '区科委' + filler(7000));
      texts.push(filler(at) + 'ＡＢＣ区科委𝐀𝐁' + filler(50) + '区科委' + filler(7000));
      texts.push(filler(at) + '𠀋'.repeat(40) + '区科委' + '区科'.repeat(300) + '区科委' + filler(3000));
      texts.push(filler(at) + '区科区科区科区科区科区科区科区科区科区科区科区科区科区科' + filler(300));
      texts.push(filler(at) + '区科委');
    }
    let cutShort = 0;
    for (const t of texts) {
      for (const ndls of [['区科委'], ['区科'], ['abc区科委'], ['科区科'], ['区科委', '信息化'], ['没有']]) {
        for (const width of [80, 20]) {
          const whole = snippetOf(t, findRanges(t, ndls), width);
          expect(snippet(t, ndls, width), `${ndls} ${width} ${t.length}`).toEqual(whole);
          if (whole && t.length > 1000 && whole[whole.length - 1].text.endsWith('…')) cutShort++;
        }
      }
    }
    expect(cutShort).toBeGreaterThan(300); // most windows end well before a long text's end
  });
});
