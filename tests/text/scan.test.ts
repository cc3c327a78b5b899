/**
 * The scans of shared/text/scan.ts give what the built-ins they replace give: execAll what String.prototype.matchAll
 * gives, splitAfter what a split at a lookbehind of the same characters gives.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { execAll, splitAfter, withoutTrailingDeng } from '../../shared/text/scan';
import { spacedFigure } from '../../shared/importer/enrich';

const SEEDS = path.join(import.meta.dirname, '..', '..', 'seeds');
const seedLines = fs.readdirSync(SEEDS).flatMap((f) => fs.readFileSync(path.join(SEEDS, f), 'utf8').split('\n'));

describe('splitAfter', () => {
  const cases = ['', '。', '。。a', 'a。b', 'a。', '到2015年。完成；推进;\n2016年启动！好?a', '；;。！？!?', 'x\ny', 'a-b]c^d\\e'];
  for (const ends of ['。！？!?', '。；', '。；;\n', '-]^\\']) {
    it(`splits after [${JSON.stringify(ends)}] as split(/(?<=[…])/) does`, () => {
      const re = new RegExp(`(?<=[${ends.replace(/[\\\]^-]/g, '\\$&')}])`);
      for (const s of [...cases, ...seedLines]) expect(splitAfter(s, ends), s).toEqual(s.split(re));
    });
  }
});

describe('execAll', () => {
  it('gives the matches matchAll gives, empty matches included', () => {
    const list: [RegExp, string][] = [[/a*/g, 'baaac'], [/(?:)/g, 'ab'], [/(\d+)年/g, '2015年和2016年'], [/(?:)/gu, 'a😀b'], [/[。；]/g, seedLines.join('\n')]];
    for (const [re, s] of list) {
      const want = [...s.matchAll(re)].map((m) => [m.index, ...m]);
      expect(execAll(re, s).map((m) => [m.index, ...m])).toEqual(want);
      expect(re.lastIndex).toBe(0);
    }
  });
  it('refuses a RegExp that is not global', () => {
    expect(() => execAll(/a/, 'a')).toThrow();
  });
});

/** Strings of the characters the two expressions below turn on: spaces of several kinds, digits, 等, letters. */
function madeUp(n: number): string[] {
  const alphabet = [' ', ' ', '\u3000', '\t', '\n', '1', '９', '等', '项', 'a', '。'];
  let seed = 7;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let s = '';
    const len = Math.floor(next() * 14);
    for (let k = 0; k < len; k++) s += alphabet[Math.floor(next() * alphabet.length)];
    out.push(s);
  }
  return out;
}

describe('withoutTrailingDeng', () => {
  it("gives what s.replace(/等$/, '') gives", () => {
    for (const s of ['', '等', '等等', '区科委等', '等区科委', '区科委等\n', ...seedLines, ...madeUp(3000)]) expect(withoutTrailingDeng(s), s).toBe(s.replace(/等$/, ''));
  });
});

describe('spacedFigure (enrich.ts)', () => {
  it('answers as /\\S\\s{3,}[0-9０-９]/.test does', () => {
    const cases = ['', '   1', 'a   1', 'a  1', ' a   1', '    1 a   2', '　　　1', 'x\u3000\u3000\u30001', '   1   2', 'a\t\t\t９'];
    for (const s of [...cases, ...seedLines, ...madeUp(5000)]) expect(spacedFigure(s), JSON.stringify(s)).toBe(/\S\s{3,}[0-9０-９]/.test(s));
  });
});
