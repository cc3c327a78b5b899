/**
 * The 版记's 印发日期 and the 版记 told from body text (session 39, h-rt40). GB/T 9704 §7.4.3: the 印发 line names the
 * office that sends the document to print and the day it does, "2026年3月20日印发" — the day it goes to print, not the
 * 成文日期. The plan holds it as `meta.printedOn` (empty: the 版记 prints the 成文日期); before, a plan without a whole
 * 成文日期 printed the office alone there, and corpus 29 (no numbered heading, no date) came back from the Word cover
 * with that office as the last line of its preamble. Plans built here as the editor holds them, and texts written for
 * the test in several styles (fictional districts). 6 of the 8 cases fail on b762efe5; the two that pass there guard what
 * held (no 印发日期 entered: the 成文日期 printed and none read; an office alone that is not the issuer stays text).
 */
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../shared/export/docx';
import { buildMarkdown } from '../../shared/export/markdown';
import { coverWarnings, exportOmissions } from '../../shared/export/checks';
import { importFile, importText } from '../../shared/importer/index';
import { FORMAT, PlanDoc as PlanDocSchema, type PlanDoc, type PlanNode } from '../../shared/model/plan';
import { lost, NOT_IN_PLAIN_WORD } from '../helpers/roundtrip-compare';
import { unzipSync, strFromU8 } from 'fflate';

let k = 0;
const node = (kind: PlanNode['kind'], f: Partial<PlanNode> = {}): PlanNode => ({
  id: `p${++k}`, kind, number: '', heading: '', body: '', lead: [], partners: [], indicators: [], milestones: [], themes: [], children: [], ...f,
});
const plan = (meta: Partial<PlanDoc['meta']>, nodes: PlanNode[]): PlanDoc => ({
  format: FORMAT,
  meta: {
    title: '东湖区2026年全民健身工作要点', district: '东湖区', city: null, period: { start: 2026, end: 2026 }, issuer: null, docNumber: null,
    issuedOn: null, addressees: [], status: 'draft', source: null, basedOn: null, notice: '', preamble: '', ...meta,
  },
  nodes,
});
const tasks = () => [
  node('part', { heading: '重点任务', children: [
    node('task', { heading: '新建社区健身苑点', body: '新建和改造一批社区健身苑点。', lead: ['区体育局'], partners: ['各街道办事处'] }),
    node('task', { heading: '办好全民健身运动会', body: '组织开展全民健身日系列活动。', lead: ['区体育局'], milestones: [{ year: 2026, stage: '完成', text: '举办区运动会' }] }),
  ] }),
];

type Through = 'markdown' | 'docx plain' | 'docx cover+annexes';
async function through(d: PlanDoc, f: Through): Promise<PlanDoc> {
  if (f === 'markdown') return importFile({ bytes: new TextEncoder().encode(buildMarkdown(d)), fileName: 'plan.md' });
  return importFile({ bytes: await buildDocx(d, f === 'docx plain' ? {} : { cover: true, annexes: true }), fileName: 'plan.docx' });
}
/** What an export loses, less what it does not print (plain Word: the cover's fields) or adds (the cover: an office and a notice). */
const loses = async (d: PlanDoc, f: Through) => lost(d, await through(d, f), {
  skipMeta: f === 'docx plain' ? NOT_IN_PLAIN_WORD
    : f === 'docx cover+annexes' ? [...(d.meta.issuer ? [] : ['issuer'] as const), ...(d.meta.notice.trim() ? [] : ['notice'] as const)] : [],
});
/** The 版记's paragraphs of a Word export: the framed paragraphs after the last section's text, as plain text. */
async function recordText(d: PlanDoc): Promise<string> {
  const xml = strFromU8(unzipSync(await buildDocx(d, { cover: true, annexes: true }))['word/document.xml']);
  return [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:framePr(?:(?!<\/w:p>).)*?<\/w:p>/g)].map((m) => [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')).join('\n');
}

describe('印发日期: entered, printed in the 版记, read back', () => {
  it('a 印发日期 other than the 成文日期 is printed in the 版记 and comes back from Word with the cover and from Markdown', async () => {
    const d = plan({ issuer: '东湖区人民政府办公室', docNumber: '东府办发〔2026〕8号', issuedOn: '2026-03-16', printedOn: '2026-03-20',
      addressees: ['各街道办事处'], notice: '现将《东湖区2026年全民健身工作要点》印发给你们，请认真贯彻执行。' }, tasks());
    expect(await recordText(d)).toContain('2026年3月20日印发');
    expect(await recordText(d)).not.toContain('2026年3月16日印发');
    for (const f of ['markdown', 'docx cover+annexes', 'docx plain'] as const) expect(await loses(d, f), f).toEqual([]);
    expect((await through(d, 'docx cover+annexes')).meta.printedOn).toBe('2026-03-20');
    expect((await through(d, 'markdown')).meta.printedOn).toBe('2026-03-20');
    // (plan JSON carries it as every field)
    expect(PlanDocSchema.parse(JSON.parse(JSON.stringify(d))).meta.printedOn).toBe('2026-03-20');
    // plain Word has no 版记: the dialog names it among the cover's fields left out
    expect(exportOmissions(d, 'docx', { cover: false }).find((o) => o.code === 'cover')?.fields).toContain('printedOn');
  });

  it('a plan with a 印发日期 and no 成文日期: the 版记 prints it, the signature none, and it comes back as the 印发日期', async () => {
    const d = plan({ printedOn: '2026-04-02', preamble: '为推动全民健身深入开展，制定本要点。' }, tasks());
    expect(await recordText(d)).toMatch(/东湖区人民政府办公室.*2026年4月2日印发/);
    const back = await through(d, 'docx cover+annexes');
    expect(back.meta.printedOn).toBe('2026-04-02');
    expect(back.meta.issuedOn).toBeNull();
    expect(await loses(d, 'docx cover+annexes')).toEqual([]);
    expect(await loses(d, 'markdown')).toEqual([]);
    expect(coverWarnings(d.meta).map((w) => w.code)).toEqual(['no-doc-number', 'no-issue-date']);
  });

  it('no 印发日期 entered: the 版记 prints the 成文日期 and the import reads no 印发日期 of its own', async () => {
    const d = plan({ issuer: '东湖区人民政府办公室', issuedOn: '2026-03-16' }, tasks());
    expect(await recordText(d)).toContain('2026年3月16日印发');
    expect((await through(d, 'docx cover+annexes')).meta.printedOn ?? null).toBeNull();
    expect(coverWarnings(d.meta).map((w) => w.code)).toEqual(['no-doc-number']);
  });

  it('neither date: the dialog says the 版记 prints no 印发 line (the export dialog proposes today)', () => {
    const codes = coverWarnings(plan({ docNumber: '东府办发〔2026〕8号' }, tasks()).meta).map((w) => w.code);
    expect(codes).toEqual(['no-issue-date', 'no-print-date']);
    expect(coverWarnings(plan({ docNumber: '东府办发〔2026〕8号', printedOn: '2026-03' }, tasks()).meta)[1].message).toContain('印发日期“2026-03”不完整');
  });
});

describe('the 版记 told from body text, in documents of several styles', () => {
  const read = (text: string) => importText(text, 'doc.txt');
  const preamble = '为推动全民健身深入开展，结合本区实际，制定本要点。';

  it('corpus 29 through the Word cover: a plan with no numbered heading and no date keeps its preamble whole', async () => {
    const d = plan({ preamble: `${preamble}\n全年新建和改造社区健身苑点30个。\n本要点自印发之日起施行。` }, []);
    const back = await through(d, 'docx cover+annexes');
    expect(back.meta.preamble).toBe(d.meta.preamble);
    expect(back.report!.removed.some((r) => r.text === '东湖区人民政府办公室' && r.reason.startsWith('版记'))).toBe(true);
  });

  it('a red header naming the office, the office alone on the last line: the 版记, not the last task\'s text', () => {
    const doc = read([
      '青川区人民政府办公室文件', '青府办发〔2026〕5号', '关于印发青川区2026年为民办实事项目的通知', '各镇人民政府，区政府各部门：',
      '现将《青川区2026年为民办实事项目》印发给你们，请认真组织实施。', '青川区人民政府办公室', '2026年2月10日',
      '青川区2026年为民办实事项目', '一、新建社区食堂10个', '由区民政局牵头，年底前建成投用。', '二、改造老旧小区20个', '由区住建局牵头，10月底前完工。',
      '青川区人民政府办公室',
    ].join('\n'));
    expect(doc.meta.issuer).toBe('青川区人民政府办公室');
    const last = doc.nodes.at(-1)!;
    expect(last.body).not.toContain('青川区人民政府办公室');
    expect(doc.report!.removed.some((r) => r.text === '青川区人民政府办公室' && r.reason.startsWith('版记'))).toBe(true);
  });

  it('抄送 and the 印发 line with its date (spaced or tabbed): the date is the 印发日期 when it is not the 成文日期', () => {
    const head = ['南屿县人民政府办公室文件', '南府办发〔2026〕12号', '南屿县人民政府办公室关于印发南屿县2026年农村公路建设计划的通知',
      '各乡镇人民政府，县政府各部门：', '现将《南屿县2026年农村公路建设计划》印发给你们，请认真贯彻执行。', '南屿县人民政府办公室', '2026年3月2日',
      '南屿县2026年农村公路建设计划', '一、建设任务', '1.新改建农村公路40公里', '县交通运输局牵头，11月底前完成。'];
    const later = read([...head, '抄送：县委办公室，县人大常委会办公室。', '南屿县人民政府办公室　　2026年3月5日印发'].join('\n'));
    expect(later.meta.issuedOn).toBe('2026-03-02');
    expect(later.meta.printedOn).toBe('2026-03-05');
    const same = read([...head, '南屿县人民政府办公室        2026年3月2日印发'].join('\n'));
    expect(same.meta.printedOn ?? null).toBeNull();
    const tabbed = read([...head, '抄送：县委办公室。', '南屿县人民政府办公室\t2026年3月6日印发'].join('\n'));
    expect(tabbed.meta.printedOn).toBe('2026-03-06');
    for (const d of [later, same, tabbed]) expect(JSON.stringify(d.nodes)).not.toContain('印发');
  });

  it('guard: an office alone at the end of a document whose head names no issuer stays text', () => {
    const notIssuer = read(['云溪区2026年河湖长制工作要点', '一、全面落实河湖长制', '各镇街要压实河湖长责任。', '二、加强水环境治理', '年底前完成整治任务。', '云溪区水务局'].join('\n'));
    expect(JSON.stringify(notIssuer.report!.removed)).not.toContain('版记');
  });
});
