import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { THEMES, themeCounts, themesOf } from '../../shared/importer/themes';

const ROOT = join(__dirname, '..', '..');
/** What themesOf is defined as: each theme whose expression matches, in THEMES order. */
const byExpressions = (text: string) => THEMES.filter((t) => t.keywords.test(text)).map((t) => t.theme);
/** What themeCounts is defined as: each theme's expression run globally over the text, its matches counted, in THEMES order. */
const countsByExpressions = (text: string) => {
  const out: Array<[string, number]> = [];
  for (const t of THEMES) {
    const n = [...text.matchAll(new RegExp(t.keywords.source, 'g'))].length;
    if (n) out.push([t.theme, n]);
  }
  return out;
};

describe('themesOf (one pass over the text)', () => {
  it('gives what the themes\' expressions give, on every paragraph of the seeds and the corpus', () => {
    let tagged = 0, paragraphs = 0;
    for (const dir of ['seeds', 'tests/corpus/docs']) {
      for (const f of readdirSync(join(ROOT, dir)).filter((x) => /\.(txt|md)$/.test(x))) {
        for (const p of readFileSync(join(ROOT, dir, f), 'utf8').split('\n')) {
          paragraphs++;
          const want = byExpressions(p);
          if (want.length) tagged++;
          expect(themesOf(p)).toEqual(want);
          expect([...themeCounts(p)]).toEqual(countsByExpressions(p));
        }
        const whole = readFileSync(join(ROOT, dir, f), 'utf8');
        expect([...themeCounts(whole)]).toEqual(countsByExpressions(whole));
      }
    }
    expect(paragraphs).toBeGreaterThan(3000);
    expect(tagged).toBeGreaterThan(500);
  });

  it('finds keywords at the start and the end, overlapping, repeated, and keeps THEMES order', () => {
    const words = THEMES.flatMap((t) => t.keywords.source.split('|'));
    let rnd = 11;
    const next = () => (rnd = (rnd * 1103515245 + 12345) % 2 ** 31);
    const filler = '的推进和建设，。 aG5';
    for (let k = 0; k < 2000; k++) {
      let s = '';
      for (let j = next() % 6; j > 0; j--) {
        s += filler.slice(0, next() % filler.length);
        const w = words[next() % words.length];
        // a keyword cut short or with its first character doubled, now and then
        s += next() % 4 === 0 ? w.slice(0, -1) : next() % 5 === 0 ? w[0] + w : w;
      }
      expect(themesOf(s)).toEqual(byExpressions(s));
      expect([...themeCounts(s)]).toEqual(countsByExpressions(s));
    }
    // matches do not overlap, and the first keyword of an expression that matches at a position is the one taken
    expect([...themeCounts('大数据库')]).toEqual([['数据/大数据', 1]]);
    expect([...themeCounts('数据库数据库')]).toEqual([['数据/大数据', 2]]);
    expect([...themeCounts('电子商务商务')]).toEqual([['商务商圈', 2]]);
    expect([...themeCounts('政务服务一网通办政务服务')]).toEqual([['政务服务', 3]]);
    expect([...themeCounts('')]).toEqual([]);
    expect(themesOf('通信医疗')).toEqual(['医疗健康', '宽带/5G']);
    expect(themesOf('电子商务')).toEqual(['商务商圈']);
    expect(themesOf('')).toEqual([]);
  });
});
