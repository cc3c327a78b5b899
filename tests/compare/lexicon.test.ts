/**
 * The word list that cuts runs of Han characters in place of Intl.Segmenter (shared/compare/lexicon.ts): measured on the seeds, which it was not made
 * from (tests/tools/build-lexicon.ts reads only tests/corpus/docs and OpenCC's phrases).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lexiconWords } from '../../shared/compare/lexicon';
import { LEXICON_BY_COST, LEXICON_HASH } from '../../shared/compare/lexicon-data';
import { lexiconHash, lexiconHeader, makeLexiconFile } from '../tools/build-lexicon';
import { toSimplified } from '../../shared/text/fold';
import { JINGAN_2014, YANGPU_2015 } from './labels';

const SEEDS = fileURLToPath(new URL('../../seeds', import.meta.url));
const seg = new Intl.Segmenter('zh', { granularity: 'word' });
const icuOf = (text: string) => [...seg.segment(text)].map((s) => s.segment);

describe('lexicon', () => {
  it('cuts the Han runs of two seeds as ICU does for all but a few in a hundred segments, without asking ICU', () => {
    const text = toSimplified([JINGAN_2014, YANGPU_2015].map((f) => readFileSync(join(SEEDS, f), 'utf8')).join('\n'));
    const runs = text.match(/[\u4e00-\u9fff]+/g)!;
    let segments = 0;
    let differ = 0;
    let sameRuns = 0;
    for (const run of runs) {
      const want = icuOf(run);
      segments += want.length;
      const got = lexiconWords(run);
      if (got === null) {
        expect(run.length).toBeGreaterThan(128);
        continue;
      }
      expect(got.join('')).toBe(run);
      if (got.join('|') === want.join('|')) sameRuns++;
      const kept = new Set(got);
      differ += want.filter((w) => !kept.has(w)).length;
    }
    expect(segments).toBeGreaterThan(20_000);
    // measured (whole runs: the district names and numerals, which tokens.ts cuts out first, left in): 876 of ICU's
    // 25,716 segments not among the words given (78 when the doubtful spans went to ICU), 4,343 of 5,073 runs cut exactly
    // as ICU cuts them — mostly words the list lacks cut into characters or shorter words (始终 → 始|终)
    expect(differ / segments).toBeLessThan(0.04);
    expect(sameRuns / runs.length).toBeGreaterThan(0.82);
  });

  it('cuts a character it does not have as a word of its own, and the rest into listed words', () => {
    // 龘 is in no word of the list
    const run = '推进智慧城区建设龘龘完善公共服务体系';
    const got = lexiconWords(run)!;
    expect(got.join('')).toBe(run);
    expect(got.slice(0, 4)).toEqual(['推进', '智慧', '城区', '建设']);
    expect(got.slice(4, 6)).toEqual(['龘', '龘']);
    expect(lexiconWords('推进智慧城区建设')).toEqual(['推进', '智慧', '城区', '建设']);
    // the least total cost, not the longest word first: a listed word is one word
    expect(lexiconWords('完善公共服务体系')).toEqual(['完善', '公共', '服务', '体系']);
    // longer than a clause: not cut here
    expect(lexiconWords('建设'.repeat(100))).toBeNull();
  });
});

describe('the word list as generated', () => {
  const DATA = fileURLToPath(new URL('../../shared/compare/lexicon-data.ts', import.meta.url));
  const file = readFileSync(DATA, 'utf8');
  const header = lexiconHeader(file);
  afterEach(() => {
    vi.doUnmock('../../shared/compare/lexicon-data');
    vi.resetModules();
  });

  it('names both sources and the ICU version in its header', () => {
    expect(header).not.toBeNull();
    expect(header!.upTo).toBeGreaterThan(200);
    expect(file.split('\n', 1)[0]).toMatch(/tests\/corpus\/docs 1–\d+ and OpenCC's STPhrases \(opencc-js \d+\.\d+\.\d+\)/);
  });

  it('carries the hash of its own lists, and the stored tokens\' fingerprint changes when the list does', async () => {
    expect(LEXICON_HASH).toBe(lexiconHash(LEXICON_BY_COST));
    const { tokenRulesFingerprint } = await import('../../shared/compare/tokens');
    const before = tokenRulesFingerprint();
    // one word more at cost 9 (as the generator would write it: the list, then its hash)
    const changed = LEXICON_BY_COST.map((l, c) => (c === 9 ? `${l} 龘龘` : l));
    const changedHash = lexiconHash(changed);
    expect(changedHash).not.toBe(LEXICON_HASH);
    vi.resetModules();
    vi.doMock('../../shared/compare/lexicon-data', () => ({ LEXICON_BY_COST: changed, LEXICON_HASH: changedHash }));
    const other = await import('../../shared/compare/tokens');
    expect(other.tokenRulesFingerprint()).toMatch(/^[0-9a-f]{8}$/);
    expect(other.tokenRulesFingerprint()).not.toBe(before);
  });

  // the list depends on ICU's segmentation: where the ICU is another, the generator may make another list
  it.runIf(header?.icu === process.versions.icu)('is what tests/tools/build-lexicon.ts makes from the documents its header names (its --check)', () => {
    expect(makeLexiconFile(header!.upTo).body === file).toBe(true);
  }, 60_000);
});
