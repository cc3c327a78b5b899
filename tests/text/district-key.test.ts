/** One district however it is written (shared/text/district-key.ts): the key the library groups and filters by. */
import { describe, expect, it } from 'vitest';
import { districtGroups, districtKey, oneDistrict, sameDistrict } from '../../shared/text/district-key';
import { foldForMatch, toSimplified } from '../../shared/text/fold';

describe('districtKey', () => {
  it('folds Traditional characters, full width, white space and case; keeps what tells districts apart', () => {
    expect(districtKey('南嶼縣')).toBe('南屿县');
    expect(districtKey('南屿县')).toBe('南屿县');
    expect(districtKey('靜安區')).toBe('静安区');
    expect(districtKey(' 静安\u3000区 ')).toBe('静安区');
    expect(districtKey('ＡＢ区')).toBe('ab区');
    // 区 and 县 are different districts; so are 新区 and 区
    expect(districtKey('南屿区')).not.toBe(districtKey('南屿县'));
    expect(districtKey('浦东新区')).not.toBe(districtKey('浦东区'));
    expect(districtKey('   ')).toBe('');
    for (const d of ['南嶼縣', '靜安區', 'ＡＢ区']) expect(districtKey(districtKey(d))).toBe(districtKey(d));
  });

  it('is the matching fold of NFKC: on every code unit NFKC can leave in a string, foldForMatch and toSimplified agree', () => {
    // districtKey folds NFKC's output with toSimplified (no matching table in a compare process); the folds are per
    // code unit, so agreeing on every code unit NFKC's output can hold (each one NFKC leaves as it is, and the
    // surrogates) and on every character's NFKC form makes districtKey equal to foldForMatch(NFKC) on any string
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const n = ch.normalize('NFKC');
      if ((n === ch || (c >= 0xd800 && c <= 0xdfff)) && foldForMatch(ch) !== toSimplified(ch)) differ.push(c.toString(16));
      if (foldForMatch(n) !== toSimplified(n)) differ.push(`NFKC of ${c.toString(16)}`);
    }
    expect(differ).toEqual([]);
    // the folds that differ between the two tables are there, and NFKC takes them first
    for (const [written, key] of [['ＡＢ', 'ab'], ['\u3000静安', '静安'], ['﹝静安﹞', '〔静安〕'], ['⼀区', '一区'], ['\uf900区', '岂区']]) {
      expect(foldForMatch(written)).not.toBe(toSimplified(written));
      expect(districtKey(written)).toBe(key);
    }
  });

  it('sameDistrict: any two spellings; null only equals null', () => {
    expect(sameDistrict('南嶼縣', '南屿县')).toBe(true);
    expect(sameDistrict('南屿县', '南屿区')).toBe(false);
    expect(sameDistrict(null, null)).toBe(true);
    expect(sameDistrict(null, '静安区')).toBe(false);
  });

  it('districtGroups: one group per key, named by its most common spelling; a tie goes to the spelling already folded', () => {
    const g = districtGroups(['南嶼縣', '南屿县', '南嶼縣', null, '静安區', '静安区', '  ']);
    expect([...g.keys()]).toEqual(['南屿县', '静安区']);
    expect(g.get('南屿县')).toEqual({ key: '南屿县', name: '南嶼縣', spellings: [{ text: '南嶼縣', count: 2 }, { text: '南屿县', count: 1 }] });
    expect(g.get('静安区')!.name).toBe('静安区');
  });
});

describe('oneDistrict (server access, sharing, compare lineage)', () => {
  it('two spellings of one district are one; a missing or blank district names none, not even another blank one', () => {
    expect(oneDistrict('南嶼縣', '南屿县')).toBe(true);
    expect(oneDistrict('南屿县', '南屿区')).toBe(false);
    expect(oneDistrict(null, null)).toBe(false);
    expect(oneDistrict('  ', ' ')).toBe(false);
    expect(oneDistrict('静安区', undefined)).toBe(false);
  });
});
