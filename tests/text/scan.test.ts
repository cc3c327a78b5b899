/**
 * The scans of shared/text/scan.ts give what the built-ins they replace give: execAll what String.prototype.matchAll
 * gives, splitAfter what a split at a lookbehind of the same characters gives.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { execAll, splitAfter } from '../../shared/text/scan';

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
