/**
 * "Nothing entered is lost" as a property: plans nobody wrote (tests/helpers/plan-arbitrary.ts) through every export
 * and back through the app's own entry points — plan JSON (docs/exchange.md: the CLI's export-json, importFile of a
 * .json), the official Word document with cover and annexes (shared/export/docx buildDocx → importFile of a .docx),
 * Markdown (shared/export/markdown buildMarkdown with annexes, as export.markdown writes it → importFile of a .md) —
 * and the diff (shared/compare comparePlans) of a plan with its round-tripped self.
 *
 * One seed for all properties (tests/setup/fuzz-seed.ts); FUZZ_SEED=<n> replays or explores, FUZZ_RUNS=<n> runs longer.
 * What is compared, and what is not, is written in docs/exchange.md ("Round trips as a property").
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../shared/export/docx';
import { buildMarkdown } from '../../shared/export/markdown';
import { printedTitle } from '../../shared/export/text';
import { importFile } from '../../shared/importer/index';
import { comparePlans } from '../../shared/compare/index';
import { Indicator, Milestone, PlanDoc, PlanMeta, emptyNode, walk, type PlanNode } from '../../shared/model/plan';
import { planArbitrary } from '../helpers/plan-arbitrary';
import { fieldChanges, lost, NOT_IN_PLAIN_WORD } from '../helpers/roundtrip-compare';
import { exportOmissions } from '../../shared/export/checks';

/** Any plan the arbitrary draws (Word, JSON, the diff); for Markdown, departments where a text says them (see PlanArbOptions). */
const planArb = planArbitrary({ boxInTask: true });
const textPlanArb = planArbitrary({ tasksLead: true, departmentsOnTasks: true, boxInTask: true });

/** What only the Word cover prints (发文字号, 签发人, 主送机关, 发文机关 and 成文日期 as its signature, the 通知): a plan exported without it has none. */
const COVER_ONLY = NOT_IN_PLAIN_WORD;

const RUNS = Number(process.env.FUZZ_RUNS) > 0 ? Number(process.env.FUZZ_RUNS) : 25;

const enc = (s: string) => new TextEncoder().encode(s);

const jsonOf = (d: PlanDoc) => JSON.stringify(PlanDoc.parse(d), null, 2) + '\n';

/**
 * The plan as its Word cover states it: a cover is a 印发 notice and has a text (GB/T 9704 §7.3.3), so a plan without
 * a 通知 is printed with the usual sentence (shared/export/docx/cover.ts), which comes back as its notice.
 */
const withCoverNotice = (d: PlanDoc): PlanDoc => (d.meta.notice.trim() ? d
  : { ...d, meta: { ...d.meta, notice: `现将《${printedTitle(d)}》印发给你们，请认真贯彻执行。` } });

describe('round trips over plans nobody wrote (property)', () => {
  it('the arbitrary gives valid plans with fields on their nodes', () => {
    const sample = fc.sample(planArb, 20);
    for (const d of sample) expect(PlanDoc.safeParse(d).success).toBe(true);
    const nodes = sample.flatMap((d) => [...walk(d.nodes)].map((w) => w.node));
    // the arbitrary is not empty of what it is for: departments, indicators, milestones, items and boxes occur
    expect(nodes.some((n) => n.lead.length && n.partners.length)).toBe(true);
    expect(nodes.some((n) => n.indicators.length)).toBe(true);
    expect(nodes.some((n) => n.milestones.length)).toBe(true);
    expect(nodes.some((n) => n.kind === 'item' && n.children.length)).toBe(true);
    expect(nodes.some((n) => n.kind === 'box')).toBe(true);
    // (a box inside a task whose content it is: boxInTask)
    expect(nodes.some((n) => n.kind === 'task' && !n.body && n.children.some((c) => c.kind === 'box'))).toBe(true);
  });

  it('the arbitrary sets every field of the model a user or the library can set (a field never set is never checked)', () => {
    const sample = fc.sample(planArb, 40);
    const set = (v: unknown) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && !v.length);
    // (source: the file a plan was imported from, set by the importer, not entered; the import report likewise)
    const metaKeys = Object.keys(PlanMeta.shape).filter((k) => k !== 'source');
    expect(metaKeys.filter((k) => !sample.some((d) => set((d.meta as Record<string, unknown>)[k])))).toEqual([]);
    expect(new Set(sample.map((d) => d.meta.status)).size).toBeGreaterThan(1);
    const nodes = sample.flatMap((d) => [...walk(d.nodes)].map((w) => w.node));
    const nodeKeys = [...Object.keys(emptyNode('x', 'task')), 'unreviewed', 'statedOnImport'].filter((k) => k !== 'id');
    expect(nodeKeys.filter((k) => !nodes.some((n) => set((n as unknown as Record<string, unknown>)[k])))).toEqual([]);
    const indicators = nodes.flatMap((n) => n.indicators);
    expect(Object.keys(Indicator.shape).filter((k) => !indicators.some((i) => set((i as Record<string, unknown>)[k])))).toEqual([]);
    expect(indicators.some((i) => i.value === null)).toBe(true);
    const milestones = nodes.flatMap((n) => n.milestones);
    expect(Object.keys(Milestone.shape).filter((k) => !milestones.some((m) => set((m as Record<string, unknown>)[k])))).toEqual([]);
    expect(milestones.some((m) => m.stage === null)).toBe(true);
  });

  it('plan JSON: export-json → import gives the same plan, every field', async () => {
    await fc.assert(fc.asyncProperty(planArb, async (doc) => {
      const back = await importFile({ bytes: enc(jsonOf(doc)), fileName: 'plan.json' });
      expect(back).toEqual(PlanDoc.parse(doc));
    }), { numRuns: RUNS * 2 });
  });

  it('official .docx with cover and annexes → import: the outline, every node\'s fields, the metadata', async () => {
    await fc.assert(fc.asyncProperty(planArb, async (doc) => {
      const back = await importFile({ bytes: await buildDocx(doc, { cover: true, annexes: true }), fileName: 'plan.docx' });
      expect(lost(withCoverNotice(doc), back)).toEqual([]);
    }), { numRuns: RUNS });
  }, 240_000);

  // (without annexes the departments are lines of the text, as in Markdown: drawn where a text says them, PlanArbOptions)
  it('official .docx without cover or annexes → import: the outline, every node\'s fields, the metadata the plan prints', async () => {
    await fc.assert(fc.asyncProperty(textPlanArb, async (doc) => {
      const back = await importFile({ bytes: await buildDocx(doc, {}), fileName: 'plan.docx' });
      expect(lost(doc, back, { skipMeta: COVER_ONLY })).toEqual([]);
    }), { numRuns: RUNS });
  }, 240_000);

  it('Markdown with annexes → import: the outline, every node\'s fields, the metadata', async () => {
    await fc.assert(fc.asyncProperty(textPlanArb, async (doc) => {
      const back = await importFile({ bytes: enc(buildMarkdown(doc, { annexes: true })), fileName: 'plan.md' });
      expect(lost(doc, back)).toEqual([]);
    }), { numRuns: RUNS });
  }, 120_000);

  // The district, city and period are read from the title (and the issuer, notice, preamble where printed), not
  // printed as fields: a title without them loses them, and the export dialog says so (docs/exchange.md). Plans whose
  // title keeps or drops its district and its period (the notice may still quote the title as it was): what each export
  // gives back otherwise is exactly what exportOmissions names.
  const TITLE_FORMS = ['as drawn', 'no period', 'no district', 'neither'] as const;
  it('a title without its district or period: what Word and Markdown lose of district, city and period is what the dialog names', async () => {
    await fc.assert(fc.asyncProperty(textPlanArb, fc.constantFrom(...TITLE_FORMS), async (drawn, form) => {
      let title = drawn.meta.title;
      if (form === 'no period' || form === 'neither') title = title.replace(/（\d{4}—\d{4}年）$/, '');
      if ((form === 'no district' || form === 'neither') && drawn.meta.district && title.startsWith(drawn.meta.district)) title = title.slice(drawn.meta.district.length);
      const doc: PlanDoc = { ...drawn, meta: { ...drawn.meta, title } };
      for (const [format, cover, build, file] of [
        ['markdown', false, async () => enc(buildMarkdown(doc, { annexes: true })), 'plan.md'],
        ['docx', false, () => buildDocx(doc, {}), 'plan.docx'],
        ['docx', true, () => buildDocx(doc, { cover: true, annexes: true }), 'plan.docx'],
      ] as const) {
        const back = await importFile({ bytes: await build(), fileName: file });
        const otherwise = (['district', 'city', 'period'] as const).filter((k) => JSON.stringify(back.meta[k]) !== JSON.stringify(doc.meta[k]));
        const said = exportOmissions(doc, format, { cover }).map((o) => o.code).filter((c) => c === 'district' || c === 'city' || c === 'period');
        expect(said.sort(), `${format}${cover ? ' cover' : ''}: ${title}`).toEqual([...otherwise].sort());
      }
    }), { numRuns: RUNS });
  }, 240_000);

  it('the diff of a plan with its Markdown round trip: no field changed (an item\'s field lines are fields, not text)', async () => {
    await fc.assert(fc.asyncProperty(textPlanArb, async (doc) => {
      const back = await importFile({ bytes: enc(buildMarkdown(doc, { annexes: true })), fileName: 'plan.md' });
      const c = comparePlans(doc, back);
      // (a target without a value: its comparator and unit are not printed — the arbitrary draws it without them)
      expect(c.pairs.flatMap((p) => fieldChanges(p.diff.fields, `${p.left.kind} ${p.left.heading}: `))).toEqual([]);
    }), { numRuns: RUNS });
  }, 120_000);

  it('the diff of a plan with its .docx round trip: every node paired, no field changed', async () => {
    await fc.assert(fc.asyncProperty(planArb, async (doc) => {
      const back = await importFile({ bytes: await buildDocx(doc, { cover: true, annexes: true }), fileName: 'plan.docx' });
      const c = comparePlans(doc, back);
      expect(c.pairs.flatMap((p) => fieldChanges(p.diff.fields, `${p.left.kind} ${p.left.heading}: `))).toEqual([]);
      // (a node the aligner leaves unpaired in a plan compared with itself is the aligner's limit, not the round trip's)
      const alone = new Set(comparePlans(doc, doc).unmatchedLeft.map((n) => n.id));
      expect(c.unmatchedLeft.filter((n) => !alone.has(n.id)).map((n) => `${n.kind} ${n.heading}`)).toEqual([]);
    }), { numRuns: RUNS });
  }, 240_000);
});
