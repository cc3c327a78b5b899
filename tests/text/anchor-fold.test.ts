/**
 * The anchors' fold (shared/text/anchor-fold.ts): what the 公文 printing changes (spaces, the width of a mark, the dash
 * or tilde of a range between two numbers) folds alike, and a match in the folded text is a range of the original.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorKey, foldForAnchor } from '../../shared/text/anchor-fold';

describe('foldForAnchor', () => {
  it('folds a period however its dash is written, and the marks of either width', () => {
    const printed = anchorKey('2020—2022年');
    for (const typed of ['2020 - 2022年', '2020 — 2022年', '2020～2022年', '2020~2022年', '2020–2022 年', '2020－2022年']) expect(anchorKey(typed)).toBe(printed);
    expect(anchorKey('覆盖率达到90%,其中:重点区域(试点)达到100%;')).toBe(anchorKey('覆盖率达到90%，其中：重点区域（试点）达到100%；'));
    expect(anchorKey('建设。\n  推进')).toBe(anchorKey('建设.推进'));
    expect(anchorKey('５Ｇ基站')).toBe('5G基站');
  });

  it('folds a dash or tilde only between two numbers: a minus sign edited to a tilde is an edit', () => {
    expect(anchorKey('下降-5%')).not.toBe(anchorKey('下降～5%'));
    expect(anchorKey('-5%')).not.toBe(anchorKey('～5%'));
    expect(anchorKey('数据—安全')).not.toBe(anchorKey('数据~安全'));
    // a 年 after the first number, spaces on either side
    expect(anchorKey('2020年～2022年')).toBe(anchorKey('2020年—2022年'));
    expect(anchorKey('2020年 ~ 2022年')).toBe(anchorKey('2020年-2022年'));
    // (the width of the marks still folds: － is -, ～ is ~)
    expect(anchorKey('下降－5%')).toBe(anchorKey('下降-5%'));
    expect(anchorKey('下降～5%')).toBe(anchorKey('下降~5%'));
  });

  it('reads a dash at the edge of a quote in the text around it (before, after)', () => {
    expect(anchorKey('～2022年', '到2020')).toBe(anchorKey('—2022年', '到2020'));
    expect(anchorKey('到2020 - ', '', '2022年')).toBe(anchorKey('到2020—', '', '2022年'));
    expect(anchorKey('～5%', '下降')).not.toBe(anchorKey('—5%', '下降'));
    // the context is only looked at, never part of the result
    expect(anchorKey('～2022年', '到2020')).toBe('-2022年');
  });

  it('keeps words apart: Traditional script, other marks and letters are not folded', () => {
    expect(anchorKey('區')).not.toBe(anchorKey('区'));
    expect(anchorKey('、')).not.toBe(anchorKey(','));
    expect(anchorKey('“一网通办”')).toBe('“一网通办”');
  });

  it('maps each folded unit back to the characters it came from (property)', () => {
    const char = fc.constantFrom('a', '区', ' ', '\n', '　', '—', '-', '～', '，', ',', '。', '５', '2', '年', '(', '（');
    fc.assert(fc.property(fc.array(char, { maxLength: 40 }).map((a) => a.join('')), fc.nat(), fc.nat(), (s, x, y) => {
      const f = foldForAnchor(s);
      expect(f.start.length).toBe(f.text.length);
      if (!f.text.length) return;
      const i = x % f.text.length;
      const j = i + (y % (f.text.length - i)) + 1;
      // the range of the original that a folded range came from folds to that range (read in the text around it)
      const [a, b] = [f.start[i], f.end[j - 1]];
      expect(anchorKey(s.slice(a, b), s.slice(0, a), s.slice(b))).toBe(f.text.slice(i, j));
    }));
  });
});
