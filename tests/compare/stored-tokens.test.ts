/**
 * Stored tokens (shared/compare/tokens.ts encodeLines / primeLines, electron/core/plan-tokens.ts, table plan_tokens):
 * a plan's lines primed from its stored tokens tokenise exactly as from scratch without cutting (neither the word list
 * nor the segmenter is called), and
 * comparisons give the same result; a blob of other lines, another district, another format, or damaged is ignored;
 * the core stores the tokens at save and at a plan's first compare, and replaces a row it cannot use (both engines).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { comparePlans } from '../../shared/compare/index';
import { districtNames } from '../../shared/compare/normalize';
import { encodePlanTokens, planLines, primePlanTokens } from '../../shared/compare/prepare';
import { clearTokenCache, encodeLines, primeLines, tokenize, TOKENS_FORMAT, type Token } from '../../shared/compare/tokens';
import { walk, type PlanDoc } from '../../shared/model/plan';
import { openLibrary } from '../../electron/core/library';
import { CompareStore } from '../../electron/core/compare-store';
import { primeFromLibrary, storeInLibrary, tokenizerId } from '../../electron/core/plan-tokens';
import { LABEL_SETS, JINGAN_2014, YANGPU_2015 } from './labels';
import { lexiconWords } from '../../shared/compare/lexicon';

// the word list's cut counted with the segmenter's calls: since 2026-12-07 it cuts every run of Han characters, and
// the segmenter sees only what is not one (kana, marks): tokenising from scratch is either of them
vi.mock('../../shared/compare/lexicon', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../shared/compare/lexicon')>();
  return { ...actual, lexiconWords: vi.fn(actual.lexiconWords) };
});
const lexiconCalls = () => vi.mocked(lexiconWords).mock.calls.length;
import { seedDoc } from './score';
import { tempDirs } from '../helpers/temp.js';
import { ok } from '../helpers/core-call.js';
import { ENGINES, engineCore, engineMissing } from '../helpers/engines.js';

const SEEDS_DIR = fileURLToPath(new URL('../../seeds', import.meta.url));
const CORPUS_DIR = fileURLToPath(new URL('../corpus/docs', import.meta.url));
const SEEDS = readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt'));
const CORPUS = readdirSync(CORPUS_DIR).filter((f) => /\.(txt|md)$/.test(f)).map((f) => `corpus/${f}`);

/**
 * Counts the cuts from now — Intl.Segmenter's segment() calls and the word list's (lexicon.ts lexiconWords: one per piece
 * not cut before); the function returned puts segment() back and gives the count (calling it again changes nothing).
 */
function countSegmenter(): () => number {
  const proto = Intl.Segmenter.prototype;
  const orig = proto.segment;
  const lexiconBefore = lexiconCalls();
  let n = 0;
  let done: number | null = null;
  proto.segment = function (this: Intl.Segmenter, text: string) {
    n++;
    return orig.call(this, text);
  };
  return () => {
    proto.segment = orig;
    done ??= n + lexiconCalls() - lexiconBefore;
    return done;
  };
}

/** The cuts (segment() and lexiconWords calls) while fn runs. */
function segmenterCalls(fn: () => void): number {
  const stop = countSegmenter();
  try {
    fn();
    return stop();
  } finally {
    stop();
  }
}

const masksOf = (d: PlanDoc) => districtNames(d.meta.district);
const tokensOf = (lines: string[], masks: string[]) => lines.map((l) => tokenize(l, masks));

beforeEach(() => clearTokenCache());
afterEach(() => clearTokenCache());

describe('stored tokens give back the segmenter’s tokens', () => {
  it('every line of the seeds and the corpus plans: primed tokens equal tokens from scratch, without the segmenter', () => {
    expect(SEEDS.length).toBe(5);
    expect(CORPUS.length).toBeGreaterThan(30);
    let lines = 0;
    let covered = 0;
    for (const file of [...SEEDS, ...CORPUS]) {
      const doc = seedDoc(file);
      const ls = planLines(doc);
      const masks = masksOf(doc);
      clearTokenCache();
      const scratch = tokensOf(ls, masks);
      const blob = encodePlanTokens(doc);
      clearTokenCache();
      expect(primePlanTokens(doc, blob), file).toBe(true);
      let primed: ReturnType<typeof tokensOf> = [];
      const calls = segmenterCalls(() => (primed = tokensOf(ls, masks)));
      expect(primed, file).toEqual(scratch);
      expect(calls, file).toBe(0);
      lines += ls.length;
      covered += ls.filter((l) => l.length > 0).length;
    }
    expect(lines).toBeGreaterThan(2000);
    expect(covered).toBe(lines);
  });

  it('a line tokenised with other masks (another plan’s district, as a version compare does) is segmented as from scratch', () => {
    const doc = seedDoc(JINGAN_2014); // 静安区
    const ls = planLines(doc).filter((l) => l.includes('静安'));
    expect(ls.length).toBeGreaterThan(10);
    const other = [...masksOf(doc), ...districtNames('杨浦区')];
    const alone = districtNames('杨浦区'); // the 静安 lines without their own mask
    clearTokenCache();
    const scratchOther = tokensOf(ls, other);
    const scratchAlone = tokensOf(ls, alone);
    clearTokenCache();
    expect(primePlanTokens(doc, encodePlanTokens(doc))).toBe(true);
    expect(tokensOf(ls, other)).toEqual(scratchOther);
    expect(tokensOf(ls, alone)).toEqual(scratchAlone);
  });

  it('a line of both plans, primed last by the other plan: used when it has no mask in either, not segmented again', () => {
    const ja = seedDoc(JINGAN_2014);
    const yp = seedDoc(YANGPU_2015);
    const shared = planLines(ja).filter((l) => planLines(yp).includes(l));
    expect(shared).toContain('保障措施');
    const blobs = new Map([ja, yp].map((d) => [d, encodePlanTokens(d)]));
    for (const [a, b] of [[ja, yp], [yp, ja]]) {
      const ls = planLines(a);
      clearTokenCache();
      const scratch = tokensOf(ls, masksOf(a));
      clearTokenCache();
      expect(primePlanTokens(a, blobs.get(a)!)).toBe(true);
      expect(primePlanTokens(b, blobs.get(b)!)).toBe(true); // the shared lines' entries are now b's
      let primed: Token[][] = [];
      expect(segmenterCalls(() => (primed = tokensOf(ls, masksOf(a))))).toBe(0);
      expect(primed).toEqual(scratch);
    }
    // a line with the other plan's district in it (cut with its mask) is not taken for a line without masks
    const line = '杨浦区保障措施';
    clearTokenCache();
    const alone = tokenize(line, masksOf(ja));
    const other = structuredClone(yp);
    other.nodes[0].heading = line;
    const blob = encodePlanTokens(other);
    clearTokenCache();
    expect(primePlanTokens(other, blob)).toBe(true);
    expect(segmenterCalls(() => expect(tokenize(line, masksOf(ja))).toEqual(alone))).toBeGreaterThan(0);
  });

  it('comparisons of the seeds’ pairs and the labelled corpus pairs: the same JSON from stored tokens as from scratch', () => {
    const pairs: Array<[string, string]> = [];
    for (let i = 0; i < SEEDS.length; i++) for (let j = 0; j < SEEDS.length; j++) if (i !== j) pairs.push([SEEDS[i], SEEDS[j]]);
    for (const s of LABEL_SETS) if (s.left.startsWith('corpus/') || s.right.startsWith('corpus/')) pairs.push([s.left, s.right]);
    expect(pairs.length).toBe(22);
    const blobs = new Map<string, Uint8Array>();
    for (const f of new Set(pairs.flat())) blobs.set(f, encodePlanTokens(seedDoc(f)));
    for (const [a, b] of pairs) {
      clearTokenCache();
      const scratch = JSON.stringify(comparePlans(structuredClone(seedDoc(a)), structuredClone(seedDoc(b))));
      clearTokenCache();
      const l = structuredClone(seedDoc(a));
      const r = structuredClone(seedDoc(b));
      expect(primePlanTokens(l, blobs.get(a)!)).toBe(true);
      expect(primePlanTokens(r, blobs.get(b)!)).toBe(true);
      let primed = '';
      const calls = segmenterCalls(() => (primed = JSON.stringify(comparePlans(l, r))));
      expect(primed, `${a} ↔ ${b}`).toBe(scratch);
      // nothing is left for the segmenter: item texts with years masked (item matching across periods) are stored too
      expect(calls, `${a} ↔ ${b}`).toBe(0);
    }
  });

  it('an item whose body opens with a field line (牵头单位：…, as Markdown and Word without annexes print it) is stored as it is compared: no segmenter call (second review)', () => {
    const a = structuredClone(seedDoc(YANGPU_2015));
    const item = [...walk(a.nodes)].map((w) => w.node).find((n) => n.kind === 'item' && n.body)!;
    item.body = `牵头单位：区科委\n${item.body}`;
    // the next version of the plan: the item's text edited, so the two are word-diffed
    const b = structuredClone(a);
    const edited = [...walk(b.nodes)].map((w) => w.node).find((n) => n.id === item.id)!;
    edited.body = `${edited.body}并逐步推广。`;
    const blobs = [encodePlanTokens(structuredClone(a)), encodePlanTokens(structuredClone(b))];
    clearTokenCache();
    const l = structuredClone(a);
    const r = structuredClone(b);
    expect(primePlanTokens(l, blobs[0]) && primePlanTokens(r, blobs[1])).toBe(true);
    expect(segmenterCalls(() => comparePlans(l, r))).toBe(0);
  });
});

describe('a blob that is not this plan’s is ignored', () => {
  const doc = seedDoc(YANGPU_2015);
  const blob = encodePlanTokens(doc);
  const ls = planLines(doc);
  const masks = masksOf(doc);
  /** Nothing primed: the lines are cut again (the word list once per piece between punctuation: thousands for 杨浦 2015). */
  const notPrimed = (d: PlanDoc, b: Uint8Array) => {
    clearTokenCache();
    expect(primePlanTokens(d, b)).toBe(false);
    expect(segmenterCalls(() => tokensOf(planLines(d), masksOf(d)))).toBeGreaterThan(500);
  };

  it('primes when it is', () => {
    clearTokenCache();
    expect(primePlanTokens(doc, blob)).toBe(true);
    expect(segmenterCalls(() => tokensOf(ls, masks))).toBe(0);
  });

  it('damaged: one byte of the payload changed, cut short, extended, empty', () => {
    const flipped = blob.slice();
    flipped[blob.length >> 1] ^= 0x21;
    notPrimed(doc, flipped);
    notPrimed(doc, blob.slice(0, blob.length - 7));
    notPrimed(doc, new Uint8Array([...blob, 0]));
    notPrimed(doc, new Uint8Array(0));
  });

  it('of another format', () => {
    const other = blob.slice();
    other[2] = TOKENS_FORMAT + 1;
    notPrimed(doc, other);
  });

  it('stale: the plan changed since (a heading edited), or its district changed, or another plan’s blob', () => {
    const edited = structuredClone(doc);
    edited.nodes[0].heading += '(修订)';
    notPrimed(edited, blob);
    const moved = structuredClone(doc);
    moved.meta.district = '静安区';
    notPrimed(moved, blob);
    notPrimed(doc, encodePlanTokens(seedDoc(JINGAN_2014)));
  });

  /** The blob with its payload's checksum (bytes 7–10) recomputed: a forged row that passes the checksum. */
  const withChecksum = (forged: Uint8Array): Uint8Array => {
    const payload = forged.subarray(11);
    const words = new Uint32Array(payload.length >> 2);
    new Uint8Array(words.buffer).set(payload.subarray(0, words.length << 2));
    let h = 0x811c9dc5 ^ payload.length;
    for (const w of words) h = Math.imul(h ^ w, 0x01000193);
    for (let i = words.length << 2; i < payload.length; i++) h = Math.imul(h ^ payload[i], 0x01000193);
    new DataView(forged.buffer, forged.byteOffset).setUint32(7, h >>> 0, true);
    return forged;
  };

  // (the lines below start with A.I: a run of Han characters alone is cut by the word list, lexicon.ts, and a run of
  // letters next to Han characters is cut off in JS, both with no segmenter call, while a full stop between letters
  // goes to the segmenter — these tests tell a line segmented from a line decoded by the segmenter's calls)
  it('an entry that does not fit its line (checksum made to fit) is not used: the line is segmented, same tokens', () => {
    const line = 'A.I推进智慧城区建设';
    clearTokenCache();
    const scratch = tokenize(line);
    // the header (hash of the lines) of this line's blob, the payload of a longer line's, the checksum recomputed
    const good = encodeLines([line], []);
    const wrong = encodeLines([`${line}。`], []);
    const forged = new Uint8Array(wrong.length);
    forged.set(good.subarray(0, 11));
    forged.set(wrong.subarray(11), 11);
    withChecksum(forged);
    clearTokenCache();
    expect(primeLines([line], [], forged)).toBe(true);
    let primed: ReturnType<typeof tokenize> = [];
    expect(segmenterCalls(() => (primed = tokenize(line)))).toBeGreaterThan(0);
    expect(primed).toEqual(scratch);
    // the blob as made is used
    clearTokenCache();
    expect(primeLines([line], [], good)).toBe(true);
    expect(segmenterCalls(() => (primed = tokenize(line)))).toBe(0);
    expect(primed).toEqual(scratch);
  });
  it('a token of the table used where its line says something else (checksum made to fit): that line is segmented, same tokens, in either order', () => {
    // the segmenter: A.I|推进|智慧|城区|建设 and A.I|推进|智慧|园区|建设
    const a = 'A.I推进智慧城区建设';
    const b = 'A.I推进智慧园区建设';
    clearTokenCache();
    const scratch = [tokenize(a), tokenize(b)];
    expect(scratch.map((t) => t.map((x) => x.s).join('|'))).toEqual(['A.I|推进|智慧|城区|建设', 'A.I|推进|智慧|园区|建设']);
    // payload: the table (six tokens: one byte each), then per line its byte length and one index per token
    const good = encodeLines([a, b], []);
    const n = good.length;
    expect([good[n - 12], good[n - 6]]).toEqual([5, 5]);
    const refsA = [...good.subarray(n - 11, n - 6)];
    const refsB = [...good.subarray(n - 5)];
    expect(refsA.filter((r, i) => r !== refsB[i]).length).toBe(1); // only 城区 / 园区 differ
    expect(refsA[3]).not.toBe(refsB[3]);
    // line b's fourth token made 城区's entry: whichever line is decoded first, the other one does not fit
    const forged = withChecksum(good.slice());
    forged[n - 2] = refsA[3];
    withChecksum(forged);
    for (const order of [[0, 1], [1, 0]]) {
      clearTokenCache();
      expect(primeLines([a, b], [], forged)).toBe(true);
      const got: ReturnType<typeof tokenize>[] = [];
      const calls = segmenterCalls(() => {
        for (const i of order) got[i] = tokenize([a, b][i]);
      });
      expect(calls).toBeGreaterThan(0);
      expect(got).toEqual(scratch);
    }
    // as made, both lines come from the blob
    clearTokenCache();
    expect(primeLines([a, b], [], good)).toBe(true);
    expect(segmenterCalls(() => expect([tokenize(a), tokenize(b)]).toEqual(scratch))).toBe(0);
  });

  it('a row of format 1 (one byte per token, before the table of tokens) is ignored', () => {
    const line = 'A.I推进智慧城区建设';
    clearTokenCache();
    const scratch = tokenize(line);
    // format 1: the header with the same hash of the lines, then per line its byte length and per token (kind << 5 | length): five words
    const header = encodeLines([line], []).subarray(0, 11);
    const old = new Uint8Array([...header, 5, 0x22, 0x22, 0x22, 0x22, 0x22]);
    old[2] = 1;
    withChecksum(old);
    expect(TOKENS_FORMAT).toBe(3);
    clearTokenCache();
    expect(primeLines([line], [], old)).toBe(false);
    let got: ReturnType<typeof tokenize> = [];
    expect(segmenterCalls(() => (got = tokenize(line)))).toBeGreaterThan(0);
    expect(got).toEqual(scratch);
  });
});

describe('the command line’s library read (primeFromLibrary, storeInLibrary)', () => {
  const tempDir = tempDirs('pw-tokens-');
  it('primes from a row fit for the plan, not from none or from another tokenizer’s; storeInLibrary writes its own row beside another tokenizer’s', async () => {
    const dir = tempDir();
    const { createCore } = await import('../../electron/core/core');
    (await createCore({ dataDir: dir, seedsDir: SEEDS_DIR, host: 'test', logError: () => {} })).close();
    const lib = openLibrary({ dataDir: dir });
    try {
      const id = lib.listPlans().find((p) => p.district === '杨浦区')!.id;
      const doc = lib.getPlan(id);
      const row = () => lib.db.prepare(`SELECT revision, tokenizer, lines FROM plan_tokens WHERE plan_id = ? AND tokenizer = ?`).get(id, tokenizerId()) as { revision: number; tokenizer: string; lines: Buffer } | undefined;
      const tokenizers = () => (lib.db.prepare(`SELECT tokenizer FROM plan_tokens WHERE plan_id = ? ORDER BY tokenizer`).all(id) as Array<{ tokenizer: string }>).map((r) => r.tokenizer);
      lib.db.prepare(`DELETE FROM plan_tokens`).run();
      clearTokenCache();
      expect(primeFromLibrary(lib, id, doc)).toBe(false);
      expect(row()).toBeUndefined();
      storeInLibrary(lib, id, doc);
      expect(row()).toMatchObject({ revision: lib.revisionOf(id), tokenizer: tokenizerId() });
      expect(Buffer.compare(row()!.lines, Buffer.from(encodePlanTokens(doc)))).toBe(0);
      clearTokenCache();
      expect(primeFromLibrary(lib, id, doc)).toBe(true);
      // only another tokenizer's row (the desktop app's ICU): not used; ours is stored beside it
      lib.db.prepare(`UPDATE plan_tokens SET tokenizer = '0/icu-1/unicode-1'`).run();
      clearTokenCache();
      expect(primeFromLibrary(lib, id, doc)).toBe(false);
      storeInLibrary(lib, id, doc);
      expect(tokenizers()).toEqual(['0/icu-1/unicode-1', tokenizerId()]);
      clearTokenCache();
      expect(primeFromLibrary(lib, id, doc)).toBe(true);
    } finally {
      lib.close();
    }
  });
});

// The core on both storages (tests/helpers/engines.ts).
describe.each(ENGINES)('%s', (engine) => {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- shadows the core's createCore for this engine
  const createCore = engineCore(engine);
  const tempDir = tempDirs('pw-tokens-');
  describe.skipIf(engineMissing(engine))(`on ${engine}`, () => {
    it('compare.plans stores the tokens, uses them after a restart with the same result, replaces a damaged row and keeps another tokenizer’s beside its own; plan.save stores them and drops the revision before', async () => {
      const dir = tempDir();
      const open = () => createCore({ dataDir: dir, seedsDir: SEEDS_DIR, host: 'test', logError: () => {} });
      let core = await open();
      const list = await core.db.plans.listPlans();
      const leftId = list.find((p) => p.district === '静安区' && p.period?.start === 2014)!.id;
      const rightId = list.find((p) => p.district === '杨浦区')!.id;
      const rows = async () => core.db.sql.all<{ plan_id: string; revision: number; tokenizer: string; lines: Buffer }>(`SELECT plan_id, revision, tokenizer, lines FROM plan_tokens ORDER BY plan_id, tokenizer`);
      // Intl.Segmenter's calls over the whole (asynchronous) call
      const compareCounting = async () => {
        clearTokenCache();
        const stop = countSegmenter();
        try {
          const r = await ok(core, 'compare.plans', { leftId, rightId });
          return { result: JSON.stringify(r), calls: stop() };
        } finally {
          stop();
        }
      };
      try {
        await core.db.sql.run(`DELETE FROM plan_tokens`);
        // a compare that fails (the second plan is missing) stores nothing
        expect((await core.call('compare.plans', { leftId, rightId: 'p_missing' })).ok).toBe(false);
        expect(await rows()).toEqual([]);
        const first = await compareCounting();
        expect(first.calls).toBeGreaterThan(500); // thousands: the word list once per piece between punctuation
        const stored = (await rows()).filter((r) => r.plan_id === leftId || r.plan_id === rightId);
        expect(stored.map((r) => [r.plan_id, r.tokenizer])).toEqual([leftId, rightId].sort().map((id) => [id, tokenizerId()]));

        core.close();
        core = await open(); // the core's own cache of plans is gone: the plan is read again
        const again = await compareCounting();
        expect(again.result).toBe(first.result);
        expect(again.calls).toBeLessThan(100);

        // a damaged row, and only another tokenizer's row (the other runtime's ICU): not used, the same result; the
        // damaged row replaced, ours stored beside the other tokenizer's
        const left = (await rows()).find((r) => r.plan_id === leftId)!;
        const damaged = Buffer.from(left.lines);
        damaged[damaged.length >> 1] ^= 0x40;
        await core.db.sql.run(`UPDATE plan_tokens SET lines = ? WHERE plan_id = ?`, [damaged, leftId]);
        await core.db.sql.run(`UPDATE plan_tokens SET tokenizer = ? WHERE plan_id = ?`, ['0/icu-1/unicode-1', rightId]);
        core.close();
        core = await open();
        const repaired = await compareCounting();
        expect(repaired.result).toBe(first.result);
        expect(repaired.calls).toBeGreaterThan(500);
        const now = (await rows()).filter((r) => r.plan_id === leftId || r.plan_id === rightId);
        expect(now.map((r) => [r.plan_id, r.tokenizer]).sort()).toEqual([[leftId, tokenizerId()], [rightId, '0/icu-1/unicode-1'], [rightId, tokenizerId()]].sort());
        expect(Buffer.compare(now.find((r) => r.plan_id === leftId)!.lines, left.lines)).toBe(0);

        // plan.save: the row follows the new revision and primes the saved plan
        const p = await ok(core, 'plan.get', { id: rightId });
        const nodes = structuredClone(p.nodes);
        nodes[0].heading += '(修订)';
        await ok(core, 'plan.save', { id: rightId, doc: { format: p.format, meta: p.meta, nodes }, baseRevision: p.revision });
        const saved = await ok(core, 'plan.get', { id: rightId });
        // this revision's row of this tokenizer; the rows of the revision before (the other tokenizer's too) dropped
        const right = (await rows()).filter((r) => r.plan_id === rightId);
        expect(right.map((r) => [r.tokenizer, r.revision])).toEqual([[tokenizerId(), saved.revision]]);
        const row = right[0];
        const { revision: _r, ...doc } = saved;
        clearTokenCache();
        expect(primePlanTokens(doc, row.lines)).toBe(true);
        expect(primePlanTokens(structuredClone(seedDoc(YANGPU_2015)), row.lines)).toBe(false);
      } finally {
        core.close();
      }
    });

    it('tokens of a plan read before a save are not stored over the saved revision’s row (second review)', async () => {
      const dir = tempDir();
      const core = await createCore({ dataDir: dir, seedsDir: SEEDS_DIR, host: 'test', logError: () => {} });
      try {
        const id = (await core.db.plans.listPlans()).find((p) => p.district === '杨浦区')!.id;
        await core.db.sql.run(`DELETE FROM plan_tokens WHERE plan_id = ?`, [id]);
        const store = new CompareStore(core.db);
        await store.plan(id); // read without tokens: waits to be stored after its comparison
        const p = await ok(core, 'plan.get', { id });
        const nodes = structuredClone(p.nodes);
        nodes[0].heading += '(修订)';
        await ok(core, 'plan.save', { id, doc: { format: p.format, meta: p.meta, nodes }, baseRevision: p.revision });
        const saved = await ok(core, 'plan.get', { id });
        await store.storeTokens();
        const rows = await core.db.sql.all<{ revision: number }>(`SELECT revision FROM plan_tokens WHERE plan_id = ?`, [id]);
        expect(rows.map((r) => Number(r.revision))).toEqual([saved.revision]);
      } finally {
        core.close();
      }
    });
  });
});

describe('the tokenizer id', () => {
  it('names the cutting rules (a fingerprint of the chunk size, the punctuation and the number patterns) as well as the format and ICU', async () => {
    const { tokenRulesFingerprint } = await import('../../shared/compare/tokens');
    expect(tokenRulesFingerprint()).toMatch(/^[0-9a-f]{8}$/);
    expect(tokenizerId()).toBe(`${TOKENS_FORMAT}.${tokenRulesFingerprint()}/icu-${process.versions.icu}/unicode-${process.versions.unicode}`);
  });
});
