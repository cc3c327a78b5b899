/**
 * A news page that prints a notice whole after its lead ("…全文如下：" ⏎ the notice's title ⏎ its addressees …), and a
 * year's work whose year only its targets give (session 41, h-rt41; corpus 240 was the one document of
 * tests/tools/roundtrip-all.ts that came back otherwise through two exports):
 *  - the page's lines before "全文如下" (a related link cut off, the news headline, the lead) are not the notice's: the
 *    notice starts with its title, and comes back through Word with the cover as it was imported (the lead, kept as the
 *    notice's first paragraph, came back joined with the next);
 *  - a title naming a year's work without its year ("《政府工作报告》重点工作分工", "工作要点") whose targets and deadlines
 *    all name one year gets that year, uncertain, when the head does not give it: the exports print every indicator's
 *    year when the head alone would not give the period back (plain Word prints no notice), and the dialog says so.
 * Each test of a fix failed on b65b9aba; the guards (a notice's own "如下：", targets of two years) and corpus 240
 * through Markdown (which printed the lead and gave it back) passed there too.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../shared/export/docx';
import { buildMarkdown } from '../../shared/export/markdown';
import { exportOmissions } from '../../shared/export/checks';
import { importFile, importText } from '../../shared/importer/index';
import { FORMAT, type PlanDoc, type PlanNode } from '../../shared/model/plan';
import { lost, NOT_IN_PLAIN_WORD } from '../helpers/roundtrip-compare';

type Through = 'markdown' | 'docx plain' | 'docx cover+annexes';
const THROUGH: Through[] = ['markdown', 'docx plain', 'docx cover+annexes'];
async function through(d: PlanDoc, f: Through): Promise<PlanDoc> {
  if (f === 'markdown') return importFile({ bytes: new TextEncoder().encode(buildMarkdown(d)), fileName: 'plan.md' });
  return importFile({ bytes: await buildDocx(d, f === 'docx plain' ? {} : { cover: true, annexes: true }), fileName: 'plan.docx' });
}
// (the cover prints an office and a notice for a plan without them: not a loss)
const loses = async (d: PlanDoc, f: Through) => lost(d, await through(d, f), {
  skipMeta: f === 'docx plain' ? NOT_IN_PLAIN_WORD : f === 'docx cover+annexes' && !d.meta.issuer ? ['issuer', 'notice'] : [],
});

const CORPUS_240 = new URL('../corpus/docs/240-news-page-notice-after-lead-leader-lines.txt', import.meta.url);
// (a 县 page in another shape: a <title>-like headline, the page's 发布时间 line, a lead ending "通知原文如下：" on the same
// line, the notice's title over two lines)
const NANYU = `县政府办公室印发优化营商环境工作要点
发布时间：2026-02-20 来源：南屿县融媒体中心
南屿县新闻网讯 日前，南屿县人民政府办公室印发了今年优化营商环境的工作要点，对涉企服务作出安排。通知原文如下：
南屿县人民政府办公室关于印发
南屿县优化营商环境工作要点的通知
各乡镇人民政府，县政府各部门：
《南屿县优化营商环境工作要点》已经县政府同意，现印发给你们，请结合实际认真抓好落实。
南屿县人民政府办公室
2026年2月18日
南屿县优化营商环境工作要点
一、提升政务服务效能
1.推行企业开办一日办结，全年企业开办平均时间压缩至1个工作日以内。（县市场监管局牵头，县税务局配合）
2.建设惠企政策兑现平台，2026年9月底前上线运行。（县数据局牵头，县财政局配合）
二、优化要素保障
3.新增工业用地供应300亩，2026年12月底前完成供地。（县自然资源局牵头）
`;

describe('a news page printing a notice after its lead: the lead is the page\'s, the notice starts with its title', () => {
  it('corpus 240 (天津\'s shape: a related link cut at "》的", the headline twice, the lead, "全文如下：")', async () => {
    const d = await importFile({ bytes: new Uint8Array(readFileSync(CORPUS_240)), fileName: '240.txt' });
    expect(d.meta.notice).toBe('临江市人民政府印发关于贯彻落实市《政府工作报告》重点工作分工的通知\n现将《关于贯彻落实市〈政府工作报告〉重点工作分工》印发给你们，请认真贯彻执行。');
    // (the lead is named in the report, not silently dropped; the head's fields it gave are still read)
    const r = d.report!.removed.find((x) => x.reason.startsWith('新闻稿导语'));
    expect(r?.text).toMatch(/^临江市发展改革委等部门关于印发.*本报讯.*全文如下：$/);
    expect(d.meta.period).toEqual({ start: 2026, end: 2026 });
    expect(d.meta.issuer).toBe('临江市人民政府');
  });
  it('a 县 page, the lead and "通知原文如下：" on one line, hard-wrapped or not', async () => {
    const want = '南屿县人民政府办公室关于印发南屿县优化营商环境工作要点的通知\n《南屿县优化营商环境工作要点》已经县政府同意，现印发给你们，请结合实际认真抓好落实。';
    const wrapped = NANYU.split('\n').map((l) => l.replace(/(.{26})/g, '$1\n')).join('\n');
    for (const text of [NANYU, wrapped]) {
      const d = importText(text, 'nanyu.txt');
      expect(d.meta.notice).toBe(want);
      expect(d.meta.title).toBe('南屿县优化营商环境工作要点');
      expect(d.report!.removed.some((x) => x.reason.includes('“原文如下”之前') && x.text.includes('南屿县新闻网讯'))).toBe(true);
    }
  });
  it('a notice\'s own sentence ending "如下：" stays the notice\'s', () => {
    const d = importText(`关于印发南屿县优化营商环境工作要点的通知
各乡镇人民政府，县政府各部门：
为推动各项任务落地见效，现将有关事项通知如下：
《南屿县优化营商环境工作要点》已经县政府同意，现印发给你们，请认真抓好落实。
南屿县人民政府办公室
2026年2月18日
南屿县优化营商环境工作要点
一、提升政务服务效能
1.推行企业开办一日办结。（县市场监管局牵头）
`, 'n.txt');
    expect(d.meta.notice).toContain('现将有关事项通知如下：');
    expect(d.report!.removed.some((x) => x.reason.startsWith('新闻稿导语'))).toBe(false);
  });
  it.each(THROUGH)('corpus 240 and the 县 page come back through %s (notice, period and all)', async (f) => {
    for (const d of [await importFile({ bytes: new Uint8Array(readFileSync(CORPUS_240)), fileName: '240.txt' }), importText(NANYU, 'nanyu.txt')]) {
      expect(await loses(d, f), `${d.meta.title} ${f}`).toEqual([]);
    }
  });
});

let k = 0;
const node = (kind: PlanNode['kind'], f: Partial<PlanNode> = {}): PlanNode => ({
  id: `n${++k}`, kind, number: '', heading: '', body: '', lead: [], partners: [], indicators: [], milestones: [], themes: [], children: [], ...f,
});
const ind = (name: string, value: number, unit: string, year: number) => ({ name, value, unit, comparator: '>=' as const, year, text: '' });
const plan = (title: string, years: [number, number]): PlanDoc => ({
  format: FORMAT,
  meta: { title, district: '青川区', city: null, period: { start: 2026, end: 2026 }, issuer: null, docNumber: null, issuedOn: null, addressees: [], status: 'draft', source: null, basedOn: null, notice: '', preamble: '' },
  nodes: [node('part', { heading: '扩大有效投资', children: [
    node('task', { heading: '推进重大项目建设', body: '加快实施城东片区更新等重大项目。', lead: ['区发展改革局'], indicators: [ind('重大项目开工数', 20, '个', years[0])] }),
    node('task', { heading: '激活民间投资', body: '向民间资本推介优质项目。', lead: ['区投资促进局'], indicators: [ind('民间投资增速', 6, '%', years[1])] }),
  ] })],
});

describe('a year\'s work without its year in the title: the year its targets all name', () => {
  it.each(['青川区《政府工作报告》重点工作分工', '青川区投资促进工作要点'])('%s, two targets of 2026: the period comes back through plain Word, and the dialog warns of nothing', async (title) => {
    const d = plan(title, [2026, 2026]);
    const back = await through(d, 'docx plain');
    expect(back.meta.period).toEqual({ start: 2026, end: 2026 });
    expect(back.report!.uncertain.some((u) => u.field === 'period' && u.reason.includes('指标的年份'))).toBe(true);
    expect(exportOmissions(d, 'docx').map((o) => o.code)).not.toContain('period');
    for (const f of THROUGH) expect(await loses(d, f), f).toEqual([]);
  });
  it('targets of two years give no year: the period is lost through plain Word, and the dialog says so', async () => {
    const d = plan('青川区投资促进工作要点', [2026, 2027]);
    expect((await through(d, 'docx plain')).meta.period).toBeNull();
    expect(exportOmissions(d, 'docx').map((o) => o.code)).toContain('period');
  });
});
