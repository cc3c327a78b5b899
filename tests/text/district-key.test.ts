/** One district however it is written (shared/text/district-key.ts): the key the library groups and filters by. */
import { describe, expect, it } from 'vitest';
import { districtGroups, districtKey, oneDistrict, sameDistrict } from '../../shared/text/district-key';

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
