/**
 * conformsTo (shared/model/conforms.ts): the importer skips zod's walk when its plan would come back from zod as it
 * is. The answer may be too strict, never too lax: every "yes" must be a zod success with the same data.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { importFile, parsePlan } from '../../shared/importer/index';
import { conformsTo } from '../../shared/model/conforms';
import { PlanDoc, walk } from '../../shared/model/plan';

const ROOT = join(__dirname, '..', '..');
const conforms = conformsTo(PlanDoc);
const texts = [
  ...readdirSync(join(ROOT, 'seeds')).map((f) => join(ROOT, 'seeds', f)),
  ...readdirSync(join(ROOT, 'tests/corpus/docs')).filter((f) => f.endsWith('.txt')).map((f) => join(ROOT, 'tests/corpus/docs', f)),
].map((p) => readFileSync(p, 'utf8'));
// the importer's own plans, before validation (importText would hand back zod's copy where the check says no)
const docs = texts.map((t, i) => parsePlan(t.split('\n').map((text, k) => ({ text, line: k + 1 })), { fileName: `${i}.txt` }));
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
/** The same answer zod gives, and the same data. */
const zodKeepsIt = (v: unknown) => {
  const r = PlanDoc.safeParse(v);
  return r.success && JSON.stringify(r.data) === JSON.stringify(v);
};

describe('conformsTo(PlanDoc)', () => {
  it('says yes to every plan the importer makes of the seeds and the corpus, and zod agrees', () => {
    expect(docs.length).toBeGreaterThan(40);
    for (const d of docs) {
      expect(conforms(d)).toBe(true);
      expect(zodKeepsIt(d)).toBe(true);
    }
  });

  it('an imported plan is its own: changing one leaves the next import of the same text as it was', async () => {
    const bytes = new Uint8Array(readFileSync(join(ROOT, 'seeds/002_72028bf86ba9aa86.txt')));
    const first = await importFile({ bytes, fileName: '002.txt' });
    const before = JSON.stringify(first);
    for (const { node } of walk(first.nodes)) {
      node.heading += 'x'; node.lead.push('x'); node.themes.push('x'); node.indicators.forEach((i) => { i.name += 'x'; });
    }
    first.report!.warnings.push({ code: 'x', message: 'x', line: null });
    first.meta.addressees.push('x');
    expect(JSON.stringify(await importFile({ bytes, fileName: '002.txt' }))).toBe(before);
  });

  it('says no to values zod refuses or changes', () => {
    const base = docs[2];
    const node = () => clone(base).nodes[0];
    const cases: [string, (d: PlanDoc) => void][] = [
      ['NaN indicator value', (d) => { d.nodes[0].indicators = [{ name: 'x', value: NaN, unit: '', comparator: '>=', year: null, text: 'x' }]; }],
      ['infinite indicator value', (d) => { d.nodes[0].indicators = [{ name: 'x', value: Infinity, unit: '', comparator: '>=', year: null, text: 'x' }]; }],
      ['fractional year', (d) => { d.nodes[0].milestones = [{ year: 2015.5, stage: '启动', text: 'x' }]; }],
      ['empty id', (d) => { d.nodes[0].id = ''; }],
      ['unknown kind', (d) => { (d.nodes[0] as { kind: string }).kind = 'chapter'; }],
      ['unknown comparator', (d) => { d.nodes[0].indicators = [{ name: 'x', value: 1, unit: '', comparator: '≥' as '>=', year: null, text: 'x' }]; }],
      ['a key zod strips', (d) => { (d.nodes[0] as unknown as Record<string, unknown>).extra = 1; }],
      ['a missing field', (d) => { delete (d.nodes[0] as Partial<PlanDoc['nodes'][0]>).body; }],
      ['keys in another order', (d) => { const { id, ...rest } = d.nodes[0]; d.nodes[0] = { ...rest, id }; }],
      ['one array in two places', (d) => { d.nodes[1].lead = d.nodes[0].lead; }],
      ['one node in two places', (d) => { d.nodes.push(d.nodes[0]); }],
      ['a level key of 41 characters', (d) => { d.report!.levels = [{ key: 'k'.repeat(41), sample: '', depth: 0, kind: 'part', count: 1 }]; }],
      ['a level depth of 21', (d) => { d.report!.levels = [{ key: 'k', sample: '', depth: 21, kind: 'part', count: 1 }]; }],
      ['a style of 401 characters', (d) => { d.report!.style = 's'.repeat(401); }],
      ['a hole in an array', (d) => { d.nodes[0].themes = ['a', , 'b'] as string[]; }],
      ['a Date for a string', (d) => { d.meta.issuedOn = new Date() as unknown as string; }],
      ['an object of a class', (d) => { d.meta.period = new (class { start = 2015; end = 2017; })(); }],
      ['a string count', (d) => { d.report!.found = { task: '3' as unknown as number }; }],
      ['a symbol key in a record', (d) => { d.report!.declared = { [Symbol('x')]: 1 } as unknown as Record<string, number>; }],
      ['a wrong format tag', (d) => { (d as { format: string }).format = 'plan-workbench/v2'; }],
    ];
    for (const [what, mutate] of cases) {
      const d = clone(base);
      mutate(d);
      expect(conforms(d), what).toBe(false);
    }
    expect(node().id).not.toBe('');
  });

  it('says no while Object.prototype has an enumerable key (every object would show it), yes again after', () => {
    const d = clone(docs[3]);
    expect(conforms(d)).toBe(true);
    (Object.prototype as Record<string, unknown>).polluted = 1;
    try {
      expect(conforms(d)).toBe(false);
    } finally {
      delete (Object.prototype as Record<string, unknown>).polluted;
    }
    expect(conforms(d)).toBe(true);
    // keys in another order right after many objects with the usual order (the remembered order is no shortcut)
    const e = clone(docs[3]);
    const last = e.nodes[e.nodes.length - 1];
    const { heading, ...rest } = last;
    e.nodes[e.nodes.length - 1] = { heading, ...rest };
    expect(conforms(e)).toBe(false);
  });

  it('never says yes where zod refuses or changes the data (random mutations of a plan)', () => {
    const values: unknown[] = [null, undefined, '', 'x', 'k'.repeat(41), 0, -1, 1.5, 2016, NaN, Infinity, true, [], {}, ['a'], { a: 1 }, 'task', '>=', '完成'];
    let seed = 7;
    const rand = (n: number) => { // mulberry32
      let x = (seed = (seed + 0x6d2b79f5) | 0);
      x = Math.imul(x ^ (x >>> 15), x | 1);
      x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
      return (((x ^ (x >>> 14)) >>> 0) % n);
    };
    let yes = 0, no = 0;
    for (let t = 0; t < 600; t++) {
      const d = clone(docs[t % docs.length]) as unknown as Record<string, unknown>;
      // walk to a random object or array inside the plan and replace or add one of its entries
      let at: Record<string, unknown> = d;
      for (let depth = 0; depth < 6; depth++) {
        const keys = Object.keys(at);
        if (!keys.length) break;
        const next = at[keys[rand(keys.length)]];
        if (next === null || typeof next !== 'object' || rand(4) === 0) break;
        at = next as Record<string, unknown>;
      }
      const keys = Object.keys(at);
      const key = rand(5) === 0 || !keys.length ? 'added' : keys[rand(keys.length)];
      at[key] = values[rand(values.length)];
      const said = conforms(d);
      if (said) { yes++; expect(zodKeepsIt(d)).toBe(true); } else no++;
    }
    // both answers occur, so the property was exercised
    expect(yes).toBeGreaterThan(20);
    expect(no).toBeGreaterThan(20);
  });

  it('says no to any schema with a check or a change it does not know', () => {
    const unknown: z.ZodType[] = [
      z.object({ a: z.string().regex(/^a/) }),
      z.object({ a: z.number().refine((n) => n > 0) }),
      z.object({ a: z.string().transform((s) => s.trim()) }),
      z.object({ a: z.string().default('x') }),
      z.object({ a: z.string() }).catchall(z.string()),
      z.object({ a: z.string() }).loose(),
      z.union([z.object({ a: z.string() }), z.object({ b: z.string() })]),
      z.object({ a: z.array(z.string()).min(1) }),
      z.object({ a: z.coerce.number() }),
    ];
    for (const s of unknown) expect(conformsTo(s)({ a: 'a' })).toBe(false);
    // the same shapes without the unknown part
    expect(conformsTo(z.object({ a: z.string() }))({ a: 'a' })).toBe(true);
    expect(conformsTo(z.object({ a: z.string() }).strict())({ a: 'a' })).toBe(true);
    expect(conformsTo(z.object({ a: z.string() }).strict())({ a: 'a', b: 1 })).toBe(false);
  });

  it('says no where a check sits on a wrapper or on the schema itself (second review: zod refused these, conforms said yes)', () => {
    const cases: Array<[z.ZodType, unknown]> = [
      [z.enum(['a', 'b']).refine((v) => v === 'a'), 'b'],
      [z.string().nullable().refine((v) => v !== 'x'), 'x'],
      [z.literal('x').refine(() => false), 'x'],
      [z.int(), 1.5],
      [z.email(), 'not an address'],
      [z.uuid(), 'nope'],
      [z.iso.date(), '2024-13-45'],
      [z.iso.date().nullable(), 'garbage'],
    ];
    for (const [schema, value] of cases) {
      expect(schema.safeParse(value).success).toBe(false);
      expect(conformsTo(schema)(value)).toBe(false);
    }
  });

  it('counts code points where zod does (a surrogate pair is one character)', () => {
    const two = conformsTo(z.string().min(2));
    expect(z.string().min(2).safeParse('𠀀').success).toBe(false);
    expect(two('𠀀')).toBe(false);
    expect(two('ab')).toBe(true);
  });
});
