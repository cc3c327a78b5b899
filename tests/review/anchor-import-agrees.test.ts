/**
 * The places an annotation is found again after an exchange agree with the app's own resolver
 * (shared/review/anchor.ts resolveAnchor, what the review panel shows):
 * - the Markdown import looks in the annotation's own field first and keeps it there while the field holds the quote
 *   (shared/importer/annotations.ts), the other field only when the own one holds it nowhere;
 * - a Word comment goes to the line that prints exactly as its paragraph before any line matched only through the
 *   anchors' fold (shared/review/word.ts locateComment);
 * - the fold treats a dash or tilde as a year range's only between two numbers (shared/text/anchor-fold.ts): a minus
 *   sign edited to a tilde is an edit after the Markdown round trip as it is in the app (原文已改).
 * The plans are written here; the expected places are read off the texts.
 */
import { expect, it } from 'vitest';
import { buildMarkdown } from '../../shared/export/markdown';
import { importFile } from '../../shared/importer/index';
import { emptyNode, FORMAT, type PlanDoc, type PlanNode } from '../../shared/model/plan';
import type { Annotation } from '../../shared/model/annotation';
import { makeAnchor, resolveAnchor } from '../../shared/review/anchor';
import { locateComment } from '../../shared/review/word';

const enc = (s: string) => new TextEncoder().encode(s);

/** A plan with one task (t1, the one commented on) and a second task, and a meta enough for the Markdown export. */
function plan(heading: string, body: string): { doc: PlanDoc; task: PlanNode } {
  const task: PlanNode = { ...emptyNode('t1', 'task'), heading, body, lead: ['区科委'] };
  const doc = {
    format: FORMAT,
    meta: {
      title: '东湖区数字化转型三年行动计划（2025—2027年）', district: '东湖区', city: null, period: { start: 2025, end: 2027 }, issuer: null,
      docNumber: null, issuedOn: null, addressees: [], status: 'draft', source: null, basedOn: null, notice: '', preamble: '',
    },
    nodes: [{ ...emptyNode('p1', 'part'), heading: '主要任务', children: [task, { ...emptyNode('t2', 'task'), heading: '推进智慧社区建设', body: '年内完成。' }] }],
  } as PlanDoc;
  return { doc, task };
}

/** A comment on `quote` in the task's `field`, made as the review panel makes it; the task then edited. */
async function roundTrip(heading: string, body: string, quote: string, editedBody: string) {
  const { doc, task } = plan(heading, body);
  const start = body.indexOf(quote);
  const a: Annotation = {
    id: 'a1', planId: 'p1', kind: 'comment', anchor: makeAnchor(doc, { nodeId: 't1', field: 'body', start, end: start + quote.length, quote }),
    author: { name: '王审核', department: '' }, body: '意见', replacement: null, status: 'open', round: null, replies: [],
    createdAt: '2026-12-01T08:00:00.000Z', updatedAt: '2026-12-01T08:00:00.000Z', closedBy: null, closedAt: null, origin: null,
  };
  task.body = editedBody;
  const inApp = resolveAnchor(doc, a.anchor);
  const back = await importFile({ bytes: enc(buildMarkdown({ ...doc, annotations: [a] })), fileName: 'p.md' });
  const b = back.annotations?.[0];
  if (!b) throw new Error('the annotation did not come back');
  const r = resolveAnchor(back, b.anchor);
  return { inApp: [inApp.state, inApp.field, inApp.text], afterMarkdown: [r.state, r.field, r.text] };
}

it('a comment on the body stays in the body through Markdown while the body holds its quote, though the heading fits its old context better', async () => {
  // the body's words around the quote were edited; the heading still reads as the body did
  expect(await roundTrip('全面推进数字政府建设', '全面推进数字政府建设，提升政务服务效能。', '数字政府', '着力打造数字政府标杆，提升政务服务效能。')).toEqual({
    inApp: ['ok', 'body', '数字政府'],
    afterMarkdown: ['ok', 'body', '数字政府'],
  });
  expect(await roundTrip('推进智慧城市建设', '推进智慧城市建设，年内完成主体工程。', '智慧城市', '加快智慧城市发展，年内完成主体工程。')).toEqual({
    inApp: ['ok', 'body', '智慧城市'],
    afterMarkdown: ['ok', 'body', '智慧城市'],
  });
});

it('a comment on the body goes to the heading only when the body holds its quote nowhere (as in the app)', async () => {
  expect(await roundTrip('建设城市数据中心', '建设城市数据中心，年内完成主体工程。', '城市数据中心', '推进机房建设，年内完成主体工程。')).toEqual({
    inApp: ['moved', 'heading', '城市数据中心'],
    afterMarkdown: ['ok', 'heading', '城市数据中心'],
  });
});

it('a minus sign edited to a tilde is an edit after the Markdown round trip as in the app; a year range written otherwise is not', async () => {
  const minus = await roundTrip('压减能耗', '单位GDP能耗下降-5%以内。', '-5%', '单位GDP能耗下降～5%以内。');
  expect(minus.inApp[0]).toBe('changed');
  expect(minus.afterMarkdown[0]).toBe('changed');
  // the export prints 2021 - 2025 as 2021—2025: the quote, marked on the body as written, is found on the same words
  expect(await roundTrip('压减能耗', '实施期限为2021 - 2025年，分步推进。', '2021 - 2025年', '实施期限为2021 - 2025年，分步推进。')).toEqual({
    inApp: ['ok', 'body', '2021 - 2025年'],
    afterMarkdown: ['ok', 'body', '2021—2025年'],
  });
  // a quote that begins at the range's dash is read in the text it was marked in
  expect(await roundTrip('压减能耗', '实施期限为2021～2025年，分步推进。', '～2025年，分步', '实施期限为2021～2025年，分步推进。')).toEqual({
    inApp: ['ok', 'body', '～2025年，分步'],
    afterMarkdown: ['ok', 'body', '—2025年，分步'],
  });
});

it('a Word comment goes to the line that prints exactly as its paragraph, not to an earlier line matching only through the fold', () => {
  const doc = { nodes: [
    { ...emptyNode('t1', 'task'), heading: '建设城市数据中心', body: '推进机房建设。\n实施期限：2021 - 2025年' },
    { ...emptyNode('t2', 'task'), heading: '推进一网通办', body: '深化政务服务改革。\n实施期限：2021—2025年' },
  ] };
  // read from t2's second paragraph as printed: 实施期限：2021—2025年, the quote 2021—2025年 at 5
  expect(locateComment(doc, { quote: '2021—2025年', paragraph: '实施期限：2021—2025年', offset: 5 })).toEqual({ nodeId: 't2', field: 'body', start: 15, quote: '2021—2025年' });
  // with no line printing exactly so, the line matching through the fold takes it (t1 alone)
  const only = { nodes: [doc.nodes[0]] };
  expect(locateComment(only, { quote: '2021—2025年', paragraph: '实施期限：2021—2025年', offset: 5 })).toEqual({ nodeId: 't1', field: 'body', start: 13, quote: '2021 - 2025年' });
});
