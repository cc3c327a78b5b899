/**
 * A notice entered as its headline alone ("中共…办公室 …人民政府办公室印发《…》的通知", no text under it — what a news
 * page gives of a joint notice, corpus 308) comes back as it was through every export (session 43, h-fix43a). Markdown
 * printed the notice only when it had text, so the headline was dropped; the Word cover made the sentence
 * "现将《…》印发给你们，请认真贯彻执行。" under it, which came back as the notice's text. Both fail on 6b5f010c.
 * A plan with no notice at all still gets the cover's sentence (the last case).
 */
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../shared/export/docx';
import { buildMarkdown } from '../../shared/export/markdown';
import { importFile } from '../../shared/importer/index';
import { FORMAT, type PlanDoc, type PlanNode } from '../../shared/model/plan';
import { lost, NOT_IN_PLAIN_WORD } from '../helpers/roundtrip-compare';

let k = 0;
const node = (kind: PlanNode['kind'], f: Partial<PlanNode> = {}): PlanNode => ({
  id: `h${++k}`, kind, number: '', heading: '', body: '', lead: [], partners: [], indicators: [], milestones: [], themes: [], children: [], ...f,
});
const HEADLINE = '中共南屿县委办公室 南屿县人民政府办公室印发《南屿县数字乡村建设三年行动计划（2026—2028年）》的通知';
const plan = (notice: string): PlanDoc => ({
  format: FORMAT,
  meta: {
    title: '南屿县数字乡村建设三年行动计划（2026—2028年）', district: '南屿县', city: null, period: { start: 2026, end: 2028 },
    issuer: '中共南屿县委办公室', docNumber: null, issuedOn: null, addressees: [], status: 'draft', source: null, basedOn: null, notice,
    preamble: '为加快推进数字乡村建设，结合本县实际，制定本行动计划。',
  },
  nodes: [
    node('part', { heading: '总体要求', body: '坚持统筹规划、因地制宜，推动数字技术与乡村发展深度融合。' }),
    node('part', { heading: '保障措施', body: '加强组织领导，落实工作责任。' }),
  ],
});
const enc = new TextEncoder();
const exports = {
  markdown: async (d: PlanDoc) => importFile({ bytes: enc.encode(buildMarkdown(d)), fileName: 'plan.md' }),
  'Word with the cover': async (d: PlanDoc) => importFile({ bytes: await buildDocx(d, { cover: true, annexes: true }), fileName: 'plan.docx' }),
  'plain Word': async (d: PlanDoc) => importFile({ bytes: await buildDocx(d, {}), fileName: 'plan.docx' }),
};

describe('a notice entered as its headline alone', () => {
  it.each(Object.keys(exports) as (keyof typeof exports)[])('comes back as it was through %s', async (f) => {
    const d = plan(HEADLINE);
    const back = await exports[f](d);
    expect(lost(d, back, { skipMeta: f === 'plain Word' ? NOT_IN_PLAIN_WORD : [] })).toEqual([]);
    if (f !== 'plain Word') expect(back.meta.notice).toBe(HEADLINE);
  });
  it('a plan with no notice still gets the cover\'s sentence', async () => {
    const back = await exports['Word with the cover'](plan(''));
    expect(back.meta.notice).toContain('印发给你们');
  });
});
