/**
 * Term ids (shared/compare/prepare.ts): a prepared node's term counts on ids say what counting the terms() of its
 * tokens by key says — the same terms, in the same order of first occurrence, the same counts and first surfaces —
 * on every node of the seeds and the importer corpus; heading bigrams as numbers are bigrams() one for one; a library's
 * document frequencies (alignPlans' idf option) are still asked for by key.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { alignPlans } from '../../shared/compare/align';
import { bigramCodes, bigrams } from '../../shared/compare/normalize';
import { preparePlan, termKey, terms, type PreparedNode, type TermCounts } from '../../shared/compare/prepare';
import { tokenize, wordKeys, type Token } from '../../shared/compare/tokens';
import { walk } from '../../shared/model/tree-walk';
import { FENGXIAN_2020, YANGPU_2015 } from './labels';
import { seedDoc } from './score';

const SEEDS = readdirSync(fileURLToPath(new URL('../../seeds', import.meta.url))).filter((f) => f.endsWith('.txt'));
const CORPUS = readdirSync(fileURLToPath(new URL('../corpus/docs', import.meta.url))).filter((f) => /\.(txt|md)$/.test(f)).map((f) => `corpus/${f}`);

/** Term key → [count, first surface], in order of first occurrence, counted by key. */
function byKey(tokenLists: Token[][]): Array<[string, number, string]> {
  const m = new Map<string, [number, string]>();
  for (const tokens of tokenLists)
    terms(tokens, (k, s) => {
      const e = m.get(k);
      if (e) e[0]++;
      else m.set(k, [1, s]);
    });
  return [...m].map(([k, [n, s]]) => [k, n, s]);
}
const onIds = (tf: TermCounts, surfaces?: string[]): Array<[string, number, string]> =>
  Array.from(tf.ids, (id, i) => [termKey(id), tf.n[i], surfaces ? surfaces[i] : '']);
const noSurface = (list: Array<[string, number, string]>) => list.map(([k, n]): [string, number, string] => [k, n, '']);

describe('term ids', () => {
  it('every node of the seeds and the corpus: counts on ids are the counts by key, in order, with the first surfaces', () => {
    let nodes = 0;
    let withCore = 0;
    for (const file of [...SEEDS, ...CORPUS]) {
      const doc = seedDoc(file);
      const p = preparePlan(doc);
      for (const n of p.nodes) {
        const below: Token[][] = [];
        if (n.cls !== 'task') for (const { node: d } of walk(n.node.children)) if (d.kind !== 'item' && d.heading) below.push(tokenize(d.heading, p.masks));
        expect(onIds(n.tf, n.surfaces), `${file} ${n.ref.heading}`).toEqual(byKey([n.headTokens, n.textTokens, ...below]));
        expect(onIds(n.headTf)).toEqual(noSurface(byKey([n.headTokens])));
        if (n.core) {
          withCore++;
          const name = /[“"「『]([^”"」』]{2,20})[”"」』]/.exec(n.node.heading)![1];
          expect(onIds(n.core.tf)).toEqual(noSurface(byKey([tokenize(name, p.masks)])));
        }
        nodes++;
      }
    }
    expect(nodes).toBeGreaterThan(1000);
    expect(withCore).toBeGreaterThan(10);
  });

  it('runs of single characters: long ones (past 4,096 code units, a surrogate pair across), Traditional surfaces, a run at the end', () => {
    const doc = structuredClone(seedDoc(YANGPU_2015));
    const task = [...walk(doc.nodes)].find(({ node }) => node.kind === 'task')!.node;
    const long = '龘靐齉' + '𠀀龘靐'.repeat(1200); // 4,803 code units, single characters for the segmenter
    task.heading = '龘靐齉 推进' + long.slice(0, 40);
    task.body = `${long}，建设龘靐。發展龘靐齉 ${long.slice(0, 4095)}𠀀${long}`;
    task.children = task.children.filter((c) => c.kind !== 'item');
    const p = preparePlan(doc);
    const n = p.byId.get(task.id)!;
    const want = byKey([n.headTokens, n.textTokens]);
    expect(onIds(n.tf, n.surfaces)).toEqual(want);
    expect(want.some(([k]) => k.length > 4096)).toBe(true);
    expect(want.map(([, , s]) => s)).toContain('發展');
  });

  it('a plan prepared again (another document object) gets the same ids', () => {
    const a = preparePlan(structuredClone(seedDoc(YANGPU_2015)));
    const b = preparePlan(structuredClone(seedDoc(YANGPU_2015)));
    expect(a).not.toBe(b);
    expect(b.nodes.map((n) => [...n.tf.ids])).toEqual(a.nodes.map((n) => [...n.tf.ids]));
  });

  it('heading bigrams as numbers: one for each of bigrams(), a lone character beyond every pair', () => {
    const code = (b: string) => (b.length === 2 ? (b.charCodeAt(0) << 16) | b.charCodeAt(1) : 2 ** 32 + b.charCodeAt(0));
    for (const s of ['智慧养老', '养', '', '（一）推进“一网通办”', 'ＡＢ 5G基站', '𠀀𠀁书', '，', '，养。', ' 养 老 ', '\u3000\u00a0', '𐄀养𐄀老', '\ud800养', '养\udc00']) expect(bigramCodes(s), s).toEqual(bigrams(s).map(code));
    // every line of the seeds and the corpus (twice: the second time every unit's answer is known)
    for (let round = 0; round < 2; round++)
      for (const file of [...SEEDS, ...CORPUS]) {
        const d = seedDoc(file);
        for (const { node } of walk(d.nodes)) for (const s of [node.heading, node.body]) expect(bigramCodes(s)).toEqual(bigrams(s).map(code));
      }
    // every BMP code unit alone and between two Han characters
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c);
      expect(bigramCodes(s)).toEqual(bigrams(s).map(code));
      expect(bigramCodes('养' + s + '老')).toEqual(bigrams('养' + s + '老').map(code));
    }
    const p = preparePlan(seedDoc(FENGXIAN_2020));
    const heads = (n: PreparedNode) => bigrams(wordKeys(n.headTokens).join(''));
    for (const n of p.nodes) expect(n.headBigrams).toEqual(heads(n).map(code));
    // 2^32 + c is no int32: never equal to a pair's number, never looked up in a text's pairs
    expect(bigramCodes('养')[0]).toBeGreaterThan(2 ** 31);
  });

  it('a library’s document frequencies are asked for by term key, and a key it does not know keeps the local IDF', () => {
    const fx = seedDoc(FENGXIAN_2020);
    const yp = seedDoc(YANGPU_2015);
    const asked = new Set<string>();
    const none = alignPlans(fx, yp, { idf: (k) => void asked.add(k) });
    expect(none).toEqual(alignPlans(fx, yp));
    // every content term of both plans, by its key
    const keys = new Set([...preparePlan(fx).nodes, ...preparePlan(yp).nodes].flatMap((n) => Array.from(n.tf.ids, termKey)));
    expect(asked).toEqual(keys);
    expect(asked.has('养老')).toBe(true);
    // a collection where every term is everywhere (IDF 0): no content or heading word counts, only bigrams, themes …
    const flat = alignPlans(fx, yp, { idf: () => 0 });
    expect(flat.pairs.length).toBeGreaterThan(0);
    for (const p of flat.pairs) expect(p.parts.content).toBe(0);
    expect(alignPlans(fx, yp).pairs.some((p) => p.parts.content > 0)).toBe(true);
  });
});

describe('the term dictionary starts again when it is full', () => {
  it('compares give the same result across a new generation, and a plan prepared in an older one is prepared again', async () => {
    const { comparePlans } = await import('../../shared/compare/index');
    const { setTermLimit } = await import('../../shared/compare/prepare');
    const [a, b, c] = await Promise.all([seedDoc(SEEDS[0]), seedDoc(SEEDS[2]), seedDoc(SEEDS[1])]);
    const fresh = (x: typeof a) => structuredClone(x);
    const expected = JSON.stringify(comparePlans(fresh(a), fresh(b)));
    const expectedAC = JSON.stringify(comparePlans(fresh(a), fresh(c)));
    setTermLimit(50);
    try {
      const keepA = fresh(a);
      const first = preparePlan(keepA);
      // every compare now starts a new generation: the same answers, and keepA prepared again for the second
      expect(JSON.stringify(comparePlans(keepA, fresh(b)))).toBe(expected);
      const again = preparePlan(keepA);
      expect(again.generation).toBeGreaterThan(first.generation);
      expect(JSON.stringify(comparePlans(keepA, fresh(c)))).toBe(expectedAC);
      expect(preparePlan(keepA).generation).toBeGreaterThan(again.generation);
    } finally {
      setTermLimit();
    }
  });
});
