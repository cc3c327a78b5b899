/**
 * Session 44 (h-pdf16): a preamble line naming a document whose period the next line gives — a contents entry broken
 * as the page broke it, "南屿县人民政府办公室关于印发南屿县农村人居环境整治提升五年行动方案" ⏎ "（2026—2030年）的通知（9）" (corpus
 * 258, a 公报's contents) — came back through Word with the cover as one line. The cover prints the plan under its
 * 附件 label, and the import took that label for a numbered heading: the head, where a line naming a plan is whole, was
 * behind, and a line of 30 characters or more not ending a sentence went on into the next (clean.ts joinBroken). An
 * annex's label puts no head behind: its own title and head stand under it. Fails on f495b327 (the cover).
 */
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../shared/export/docx';
import { buildMarkdown } from '../../shared/export/markdown';
import { importFile } from '../../shared/importer/index';
import { FORMAT, type PlanDoc } from '../../shared/model/plan';
import { lost, NOT_IN_PLAIN_WORD } from '../helpers/roundtrip-compare';

// (a 公报's contents: the publication's name is the title, its list of documents the preamble, no numbered heading)
const PREAMBLE = [
  '县政府文件',
  '南屿县人民政府关于加快推进县域商业体系建设的实施意见（3）',
  '县政府办公室文件',
  '南屿县人民政府办公室关于印发南屿县农村人居环境整治提升五年行动方案',
  '（2026—2030年）的通知（9）',
  '南屿县人民政府办公室关于做好2026年春季森林防火工作的通知（15）',
].join('\n');
const plan = (preamble: string): PlanDoc => ({
  format: FORMAT,
  meta: {
    title: '南屿县人民政府公报（2026年第3期）', district: '南屿县', city: null, period: null,
    issuer: '南屿县人民政府办公室', docNumber: null, issuedOn: '2026-03-20', addressees: [], status: 'draft', source: null, basedOn: null, notice: '',
    preamble,
  },
  nodes: [],
});
const enc = new TextEncoder();
const exports = {
  markdown: async (d: PlanDoc) => importFile({ bytes: enc.encode(buildMarkdown(d)), fileName: 'plan.md' }),
  'Word with the cover': async (d: PlanDoc) => importFile({ bytes: await buildDocx(d, { cover: true, annexes: true }), fileName: 'plan.docx' }),
  'plain Word': async (d: PlanDoc) => importFile({ bytes: await buildDocx(d, {}), fileName: 'plan.docx' }),
};

describe('a preamble line naming a document, its period on the next line', () => {
  it.each(Object.keys(exports) as (keyof typeof exports)[])('comes back a line of its own through %s', async (f) => {
    const d = plan(PREAMBLE);
    const back = await exports[f](d);
    expect(back.meta.preamble).toBe(PREAMBLE);
    expect(lost(d, back, { skipMeta: f === 'plain Word' ? NOT_IN_PLAIN_WORD : ['notice'] })).toEqual([]);
  });
  it('a sentence broken by hand under the cover\'s 附件 label still goes on (a line that names no plan)', async () => {
    // (the guard: only a line closing with a plan's name stays whole before the body; a sentence's first half, 30
    // characters or more without a mark, is still joined with its rest where the text puts them on two lines)
    const text = ['附件', '', '南屿县2026年村庄清洁行动工作方案', '', '为持续改善农村人居环境，巩固提升村庄清洁行动成效并推动长效管护机制', '落实落细，制定本方案。', '', '一、工作目标', '', '全县行政村村庄清洁行动覆盖率保持100%。'].join('\n');
    const doc = await importFile({ bytes: enc.encode(text), fileName: 'plan.txt' });
    expect(doc.meta.preamble).toBe('为持续改善农村人居环境，巩固提升村庄清洁行动成效并推动长效管护机制落实落细，制定本方案。');
  });
});
