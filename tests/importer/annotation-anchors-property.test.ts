/**
 * Range annotations through the exchange formats as a property (docs/exchange.md, "Annotations"; "Nothing entered is
 * lost"): plans nobody wrote (tests/helpers/plan-arbitrary.ts), whose text also holds what a planner types and the
 * export prints otherwise — a period written with spaces or another dash (2020 - 2022, 2020 — 2022, 2020～2022年,
 * 2019~2021), half-width punctuation (,;:()!?), full-width digits and letters (５Ｇ), runs of spaces, indented lines and
 * empty lines — carry comments on random ranges of random headings and bodies (made as the review panel makes them,
 * makeAnchor). Exported as Markdown with its 批注 blocks (with or without annexes) and as plan JSON with its
 * annotations, imported again: every annotation comes back (none dropped) and resolves (resolveAnchor, what the review
 * panel shows) 'ok' on the node at the same place of the outline, over the same words — the same text but for what
 * the export prints otherwise (spaces, the width of a mark, a dash or tilde: the expectation's own fold below, written
 * apart from the importer's) — at the same place in its field (the field's text before it is the same, folded alike).
 *
 * Where the words truly are not in the imported node any more, the mark is kept and claims no other words: a point
 * without a heading prints its text's first line where a heading stands, and a text reads the start of that line (up
 * to the mark or space ending a heading) as the point's heading, without that mark — a quote over the mark, or across
 * it into the rest, is in neither field. Such a mark comes back 'changed' or 'orphaned' (or, as after an edit, on the
 * same words in an ancestor). Nothing else may lose words.
 *
 * The plans are sampled from the fixed seed of tests/setup/fuzz-seed.ts (FUZZ_SEED=<n> explores another part;
 * FUZZ_RUNS=<n> samples more) and every annotation is tallied by the state it comes back in, so a run says how many
 * came back 原文已改 ('changed') or 找不到原文 ('orphaned'). FUZZ_RUNS=200 on the fixed seed, 919 marks: before the
 * import matched quotes on one fold of spaces, widths and dashes (shared/text/anchor-fold.ts) and in both fields of a
 * node, Markdown gave 808 ok, 33 moved, 30 changed, 48 orphaned; after, 902 ok, 1 moved, 9 changed, 7 orphaned — the
 * 17 not ok all words the imported node no longer holds. JSON: 919 ok before and after.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { buildDocx } from '../../shared/export/docx';
import { buildMarkdown } from '../../shared/export/markdown';
import { locateComment, readWordComments } from '../../shared/review/word';
import { importFile } from '../../shared/importer/index';
import { PlanDoc, walk, type PlanNode } from '../../shared/model/plan';
import type { Annotation } from '../../shared/model/annotation';
import { makeAnchor, resolveAnchor } from '../../shared/review/anchor';
import { FUZZ_SEED } from '../setup/fuzz-seed';
import { planArbitrary } from '../helpers/plan-arbitrary';

const RUNS = Number(process.env.FUZZ_RUNS) > 0 ? Number(process.env.FUZZ_RUNS) : 40;

/** The expectation's fold: what a 公文's printing changes and a reader does not see as a change of words. */
const same = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').replace(/[‐‑‒–—―−~〜～﹣]/g, '-').replace(/。/g, '.');

/** What a planner types that the export prints otherwise (shared/export/text.ts cnText, paragraphs). */
const YEAR_SEPARATORS = ['-', ' - ', ' — ', '—', '～', '~', ' ~ ', '–', '－', ' – ', '  -  '];
const periodArb = fc.record({ a: fc.integer({ min: 2015, max: 2030 }), span: fc.integer({ min: 1, max: 4 }), sep: fc.constantFrom(...YEAR_SEPARATORS), year: fc.boolean(), lead: fc.constantFrom('计划于', '在', '到', '（', '实施期为') })
  .map(({ a, span, sep, year, lead }) => `${lead}${a}${sep}${a + span}${year ? '年' : ''}${lead === '（' ? '）' : ''}`);
const phraseArb = fc.oneof(
  periodArb,
  fc.constantFrom('覆盖率达到90%,其中:重点区域(试点)达到100%;', '全面推进  数字化转型', '建设５Ｇ基站和ＡＩ应用场景', '确保按期完成!', '能否如期完成?',
    '开展 “一网通办” 改革', '一期（2021 ~ 2023年）建设', '二期 2024 — 2025 年 完成'),
);
/** An edit of one node's text: a phrase into a sentence, a line indented, or an empty line between two. */
const editArb = fc.record({ node: fc.nat(), heading: fc.boolean(), kind: fc.constantFrom('phrase', 'phrase', 'phrase', 'indent', 'blank'), at: fc.nat(), phrase: phraseArb, period: periodArb });
/** A comment on a range of one node's heading or body: where it starts and how long it is. */
const markArb = fc.record({ node: fc.nat(), heading: fc.boolean(), at: fc.nat(), length: fc.integer({ min: 1, max: 30 }) });

type Edit = typeof editArb extends fc.Arbitrary<infer T> ? T : never;
type MarkDraw = typeof markArb extends fc.Arbitrary<infer T> ? T : never;

const caseArb = fc.record({
  doc: planArbitrary({ tasksLead: true, departmentsOnTasks: true, boxInTask: true }),
  edits: fc.array(editArb, { minLength: 1, maxLength: 12 }),
  marks: fc.array(markArb, { minLength: 1, maxLength: 12 }),
  annexes: fc.boolean(),
});

/** The plan with the edits made to its text. Phrases go inside a sentence (after a Chinese character), never at a line's start. */
function edited(doc: PlanDoc, edits: Edit[]): PlanDoc {
  const nodes = [...walk(doc.nodes)].map((w) => w.node);
  for (const e of edits) {
    const n = nodes[e.node % nodes.length];
    if (e.heading && n.heading && e.kind === 'phrase') {
      n.heading = `${n.heading}${e.period}`;
      continue;
    }
    if (!n.body) continue;
    if (e.kind === 'phrase') {
      const spots = [...n.body.matchAll(/[\u4e00-\u9fff](?=[\u4e00-\u9fff，。])/g)].map((m) => m.index + 1);
      if (spots.length) { const k = spots[e.at % spots.length]; n.body = n.body.slice(0, k) + e.phrase + n.body.slice(k); }
    } else {
      const lines = n.body.split('\n');
      const k = e.at % lines.length;
      if (e.kind === 'indent') lines[k] = `  ${lines[k]}`;
      else if (k > 0) lines.splice(k, 0, '');
      n.body = lines.join('\n');
    }
  }
  return doc;
}

interface Mark { annotation: Annotation; node: PlanNode; index: number; field: 'heading' | 'body'; start: number; before: string; quote: string; headingRead?: boolean }

/** Comments on random non-blank ranges, anchored as the review panel anchors a selection. */
function marked(doc: PlanDoc, marks: MarkDraw[]): Mark[] {
  const nodes = [...walk(doc.nodes)].map((w) => w.node);
  const out: Mark[] = [];
  for (const m of marks) {
    const index = m.node % nodes.length;
    const n: PlanNode = nodes[index];
    const field = m.heading && n.heading ? 'heading' : 'body';
    const text = n[field];
    if (!text.trim()) continue;
    let start = m.at % text.length;
    let end = Math.min(text.length, start + m.length);
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (start === end) continue;
    const quote = text.slice(start, end);
    const anchor = makeAnchor(doc, { nodeId: n.id, field, start, end, quote });
    const id = `a${out.length + 1}`;
    out.push({
      node: n, index, field, start, before: text.slice(0, start), quote,
      annotation: {
        id, planId: 'p1', kind: 'comment', anchor, author: { name: '王审核', department: '区发展改革委' }, body: `第${out.length + 1}条`, replacement: null,
        status: 'open', round: null, replies: [], createdAt: '2026-12-01T08:00:00.000Z', updatedAt: '2026-12-01T08:00:00.000Z', closedBy: null, closedAt: null, origin: null,
      },
    });
  }
  return out;
}

type State = 'ok' | 'moved' | 'changed' | 'orphaned' | 'dropped' | 'elsewhere';
const enc = (s: string) => new TextEncoder().encode(s);

/**
 * The words of a quote: its fold, less a mark closing it — a heading is read without the mark that closed its line,
 * and a point without a heading prints its first sentence where a heading stands ("（1）加强部门协同，形成工作合力。").
 */
const words = (s: string) => same(s).replace(/(.)[.,;:!?]$/, '$1');

/**
 * A node's text before a place in one of its fields (its heading first), for "the same place": marks aside (a point's
 * first sentence, read as its heading, loses the mark that ended it: 。 ！ ？ ；).
 */
const before = (n: PlanNode, field: 'heading' | 'body', start: number) => same(field === 'heading' ? n.heading.slice(0, start) : n.heading + n.body.slice(0, start)).replace(/[.,;:!?]/g, '');

/**
 * Each mark's state after the round trip: 'ok' on the node at the same place of the outline, over the same words, at
 * the same place in its text — or what went wrong. Words the imported node no longer holds (`gone`) cannot be found:
 * their mark must still be there and not claim other words ('changed' or 'orphaned', or the same words found in an
 * ancestor as after an edit).
 */
function states(back: PlanDoc, marks: Mark[], problems: string[], gone: Mark[]): State[] {
  const nodes = [...walk(back.nodes)].map((w) => w.node);
  return marks.map((m) => {
    const a = back.annotations?.find((x) => x.id === m.annotation.id);
    if (!a) {
      problems.push(`dropped: “${m.quote}” (${m.field} of node ${m.index})`);
      return 'dropped';
    }
    const r = resolveAnchor(back, a.anchor);
    const own = nodes[m.index];
    // (a mark alone on a point without a heading may be the one closing the line read as its heading: gone with it)
    const markOnly = !m.node.heading && /^[.,;:!?]$/.test(same(m.quote));
    if (markOnly || (!same(own.heading).includes(same(m.quote)) && !same(own.body).includes(same(m.quote)) && !(same(own.heading).endsWith(words(m.quote)) && words(m.quote) !== same(m.quote)))) {
      gone.push({ ...m, headingRead: !!own.heading });
      // (or, as after an edit, the same words in an ancestor: resolveAnchor's step 4)
      const inAncestor = r.state === 'moved' && r.nodeId !== own.id && a.anchor.path.includes(r.nodeId) && same(r.text) === same(m.quote);
      if (r.state !== 'changed' && r.state !== 'orphaned' && !inAncestor && !markOnly) problems.push(`found over other words: “${m.quote}” (${m.field} of node ${m.index}) → “${r.text}”`);
      return r.state;
    }
    if (r.state !== 'ok') {
      problems.push(`${r.state}: “${m.quote}” (${m.field} of node ${m.index}) → “${r.text}”`);
      return r.state;
    }
    const node = nodes.findIndex((n) => n.id === r.nodeId);
    const field = r.field === 'heading' ? 'heading' : 'body';
    if (node !== m.index || words(r.text) !== words(m.quote) || before(nodes[node], field, r.start) !== before(m.node, m.field, m.start)) {
      problems.push(`elsewhere: “${m.quote}” (${m.field} of node ${m.index} after “${m.before.slice(-12)}”) → “${r.text}” (${r.field} of node ${node} after “${nodes[node]?.[field].slice(0, r.start).slice(-12)}”)`);
      return 'elsewhere';
    }
    return 'ok';
  });
}

it('range annotations come back on the same words after a Markdown or plan JSON round trip (property)', async () => {
  const tally: Record<'markdown' | 'json', Record<State, number>> = {
    markdown: { ok: 0, moved: 0, changed: 0, orphaned: 0, dropped: 0, elsewhere: 0 },
    json: { ok: 0, moved: 0, changed: 0, orphaned: 0, dropped: 0, elsewhere: 0 },
  };
  const problems: string[] = [];
  const gone: Mark[] = [];
  let outlineChanged = 0;
  for (const c of fc.sample(caseArb, { seed: FUZZ_SEED, numRuns: RUNS })) {
    const doc = edited(c.doc, c.edits);
    const marks = marked(doc, c.marks);
    const withNotes: PlanDoc = { ...doc, annotations: marks.map((m) => m.annotation) };
    const md = await importFile({ bytes: enc(buildMarkdown(withNotes, { annexes: c.annexes })), fileName: 'plan.md' });
    // the property is about the anchors: a plan whose outline the Markdown does not give back is counted apart
    if ([...walk(md.nodes)].length !== [...walk(doc.nodes)].length) { outlineChanged++; continue; }
    for (const s of states(md, marks, problems, gone)) tally.markdown[s]++;
    const json = await importFile({ bytes: enc(JSON.stringify(PlanDoc.parse(withNotes))), fileName: 'plan.json' });
    expect(json.annotations ?? []).toEqual(withNotes.annotations);
    for (const s of states(json, marks, problems, [])) tally.json[s]++;
  }
  console.log(`annotation anchors over ${RUNS} plans (seed ${FUZZ_SEED}): Markdown ${JSON.stringify(tally.markdown)}; JSON ${JSON.stringify(tally.json)}; outline not given back: ${outlineChanged}; words no longer in the node: ${gone.length}`);
  expect(problems.slice(0, 10)).toEqual([]);
  // (a phrase with spaces inside a point's first line changes how the line is read — heading and text split at the
  // space — and the annex cells then no longer repeat the plan, which is kept as an annex: 2 of 40 plans on the fixed
  // seed, 10 of 200; the outline is the round-trip property's (tests/export/roundtrip-property.test.ts), not this one's)
  expect(outlineChanged).toBeLessThanOrEqual(RUNS / 10);
  // words go only where a point without a heading is read with the start of its text as its heading (up to the mark
  // or space that ends a heading: "（1）加强部门协同，形成工作合力。", "…达到100%;…"): a quote over that mark, or across
  // it, is in neither field
  expect(gone.filter((m) => m.node.heading || !m.headingRead).map((m) => m.quote)).toEqual([]);
  expect(tally.markdown.ok).toBeGreaterThan(RUNS * 2);
}, 120_000);

it('a quote over a period written with spaces or another dash keeps its place through the Markdown round trip', async () => {
  // the export prints 2020 - 2022, 2020～2022 and 2019~2021 as 2020—2022 (shared/export/text.ts cnText); the quotes
  // are as the reviewer marked them
  const [doc] = fc.sample(planArbitrary({ tasksLead: true, departmentsOnTasks: true }), { seed: 7, numRuns: 1 });
  const task = [...walk(doc.nodes)].map((w) => w.node).find((n) => n.kind === 'task')!;
  task.body = '在2020 - 2022年建成区级数据中心,完成一期（2021 — 2022年）建设。\n  到2020～2022年累计新建５Ｇ基站500个;\n\n2019~2021年间 试点先行。';
  const quotes = ['2020 - 2022年建成', '区级数据中心,完成一期（2021 — 2022年', '2020～2022年累计', '５Ｇ基站500个;\n\n2019~2021年间 试点'];
  const marks = quotes.map((quote, k): Annotation => {
    const start = task.body.indexOf(quote);
    return {
      id: `q${k}`, planId: 'p1', kind: 'comment', anchor: makeAnchor(doc, { nodeId: task.id, field: 'body', start, end: start + quote.length, quote }),
      author: { name: '王审核', department: '' }, body: '', replacement: null, status: 'open', round: null, replies: [],
      createdAt: '2026-12-01T08:00:00.000Z', updatedAt: '2026-12-01T08:00:00.000Z', closedBy: null, closedAt: null, origin: null,
    };
  });
  const back = await importFile({ bytes: enc(buildMarkdown({ ...doc, annotations: marks })), fileName: 'plan.md' });
  const got = (back.annotations ?? []).map((a) => { const r = resolveAnchor(back, a.anchor); return [r.state, r.text]; });
  expect(got).toEqual([
    ['ok', '2020—2022年建成'],
    ['ok', '区级数据中心，完成一期（2021 — 2022年'],
    ['ok', '2020—2022年累计'],
    ['ok', '５Ｇ基站500个；\n2019—2021年间 试点'],
  ]);
});

it('a Word comment on a paragraph whose period is written with spaces is placed on its words (locateComment)', async () => {
  // the Word export prints 2020 - 2022 as 2020—2022; a comment read back from the document quotes the printed words
  // and counts offsets in the printed paragraph (before: such a line was skipped, and the comment kept as 找不到原文 —
  // a comment on other words of that paragraph too)
  const [doc] = fc.sample(planArbitrary({ tasksLead: true, departmentsOnTasks: true }), { seed: 7, numRuns: 1 });
  const task = [...walk(doc.nodes)].map((w) => w.node).find((n) => n.kind === 'task')!;
  task.heading = '建设区级数据中心 2021 - 2023';
  task.body = '统筹推进,在2020 - 2022年建成区级数据中心。\n到2020～2022年累计新建５Ｇ基站500个。';
  const comment = (quote: string, text: string) => ({ nodeId: task.id, quote, text, author: '王审核', date: '2026-12-01T08:00:00Z' });
  const bytes = await buildDocx(doc, { comments: [comment('2020 - 2022年建成', 'c1'), comment('区级数据中心。', 'c2'), comment('2020～2022年累计', 'c3'), comment('2021 - 2023', 'c4')] });
  const placed = readWordComments(bytes, 'review.docx').map((c) => [c.text, locateComment(doc, c)]);
  const at = (field: 'heading' | 'body', quote: string) => ({ nodeId: task.id, field, start: task[field].indexOf(quote), quote });
  expect(placed).toEqual([
    ['c1', at('body', '2020 - 2022年建成')], ['c2', at('body', '区级数据中心。')], ['c3', at('body', '2020～2022年累计')], ['c4', at('heading', '2021 - 2023')],
  ]);
});
