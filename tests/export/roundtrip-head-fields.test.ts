/**
 * The plan's own fields at its head — 发文机关, 成文日期, 主送, 通知, preamble — through Markdown, plain Word and Word with its
 * cover and annexes (session 38, h-rt39: tests/tools/roundtrip-all.ts compares the 成文日期 and the preamble now, and
 * these are what it and the known losses found). Each plan is built here as the editor holds it, exported, imported back
 * and compared field by field (tests/helpers/roundtrip-compare.ts `lost`); every test failed on 64a63c41.
 */
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../shared/export/docx';
import { buildMarkdown } from '../../shared/export/markdown';
import { exportOmissions } from '../../shared/export/checks';
import { importFile, importText } from '../../shared/importer/index';
import { FORMAT, type PlanDoc, type PlanNode } from '../../shared/model/plan';
import { lost, NOT_IN_PLAIN_WORD } from '../helpers/roundtrip-compare';

let k = 0;
const node = (kind: PlanNode['kind'], f: Partial<PlanNode> = {}): PlanNode => ({
  id: `h${++k}`, kind, number: '', heading: '', body: '', lead: [], partners: [], indicators: [], milestones: [], themes: [], children: [], ...f,
});
const plan = (meta: Partial<PlanDoc['meta']>, nodes: PlanNode[]): PlanDoc => ({
  format: FORMAT,
  meta: {
    title: '', district: null, city: null, period: null, issuer: null, docNumber: null, issuedOn: null, addressees: [], status: 'draft',
    source: null, basedOn: null, notice: '', preamble: '', ...meta,
  },
  nodes,
});
const body = () => [
  node('part', { heading: '重点任务', children: [
    node('task', { heading: '推行企业开办一日办结', body: '整合设立登记、印章刻制、申领发票等环节，推行一表填报。', lead: ['区市场监管局'], partners: ['区税务局'] }),
    node('task', { heading: '建设智慧停车平台', body: '建成区级智慧停车平台，实现停车信息一网查询。', lead: ['区城管局'], milestones: [{ year: 2026, stage: '完成', text: '平台上线运行' }] }),
  ] }),
  node('part', { heading: '工作要求', body: '各单位要加强统筹，按月报送进展。' }),
];

type Through = 'markdown' | 'docx plain' | 'docx cover+annexes';
const THROUGH: Through[] = ['markdown', 'docx plain', 'docx cover+annexes'];
async function through(d: PlanDoc, f: Through): Promise<PlanDoc> {
  if (f === 'markdown') return importFile({ bytes: new TextEncoder().encode(buildMarkdown(d)), fileName: 'plan.md' });
  return importFile({ bytes: await buildDocx(d, f === 'docx plain' ? {} : { cover: true, annexes: true }), fileName: 'plan.docx' });
}
/**
 * What an export loses: plain Word prints none of the cover's fields; the cover prints an office and a notice for a plan
 * without them. `period`: left out where a title states its year only before words no period reading knows ("2026年镇街
 * …指标体系", "关于做好2026年…的通知"): Markdown gives no period back there, the Word cover's notice title does — the
 * export dialog names that loss (exportOmissions), as tests/tools/roundtrip-all.ts checks.
 */
const loses = async (d: PlanDoc, f: Through, opts: { period?: false } = {}) => lost(d, await through(d, f), {
  skipMeta: [
    ...(f === 'docx plain' ? NOT_IN_PLAIN_WORD
      : f === 'docx cover+annexes' ? [...(d.meta.issuer ? [] : ['issuer'] as const), ...(d.meta.notice.trim() ? [] : ['notice'] as const)] : []),
    ...(opts.period === false ? ['period'] as const : []),
  ],
});

describe('a plan whose title no plan word marks (台账, 工作安排, 指标体系), published through the Word cover', () => {
  // (no office, no date, no notice of its own: the cover prints the district's office and the usual sentence)
  const titles = ['东湖区2026年优化营商环境重点工作台账', '临川区城东街道2026年重点工作安排', '岚桥区2026年镇街高质量发展综合考核指标体系'];
  it.each(titles)('%s: its title line under the 附件 label is the title; the notice keeps its sentence, the preamble its own', async (title) => {
    const d = plan({ title, district: title.slice(0, 3), period: { start: 2026, end: 2026 }, preamble: '为推动各项任务落地见效，制定本文件。各责任单位要实行清单化管理。' }, body());
    const back = await through(d, 'docx cover+annexes');
    expect(back.meta.title).toBe(title);
    expect(back.meta.preamble).toBe(d.meta.preamble);
    expect(back.meta.notice).toBe(`关于印发${title}的通知\n现将《${title}》印发给你们，请认真贯彻执行。`);
    for (const f of THROUGH) expect(await loses(d, f, { period: false }), f).toEqual([]);
  });
});

describe('a 意见 or 通知 issued directly: its introduction ends in a colon, and is no list of addressees', () => {
  // (plain Word prints no 主送 line: the introduction is the first line under the title — it named 部门 or 单位, and was
  // read as the addressees, split at its commas, the preamble lost)
  const docs = [
    ['青川区人民政府关于落实《政府工作报告》重点工作部门分工的意见', '为做好2026年政府工作，确保区三届人大五次会议审议通过的《政府工作报告》确定的目标任务落到实处，现就重点工作提出部门分工意见如下：'],
    ['关于做好2026年重点工作和民生实事落实工作的通知', '根据区政府领导班子成员分工，按照归口对应、权责一致的原则，将各项工作任务分解落实到各单位，现就有关事项通知如下：'],
    ['南屿县人民政府关于2026年重点工作责任分工的意见', '为确保县十八届人大四次会议确定的各项任务落到实处，经县政府研究，现就各部门、各单位重点工作分工提出如下：'],
  ] as const;
  it.each(docs)('%s: the preamble comes back through every export, no addressee made of it', async (title, preamble) => {
    const d = plan({ title, issuer: title.includes('关于做好') ? '云溪区人民政府办公室' : title.slice(0, title.indexOf('关于')), issuedOn: '2026-02-10',
      period: { start: 2026, end: 2026 }, addressees: ['各镇人民政府', '区政府各部门', '各直属机构'], preamble }, body());
    for (const f of THROUGH) expect(await loses(d, f, { period: false }), f).toEqual([]);
    const plain = await through(d, 'docx plain');
    expect(plain.meta.addressees).toEqual([]);
    expect(plain.meta.preamble).toBe(preamble);
  });
  it('a real list of addressees under such a title is still read (the colon ends names, no sentence)', () => {
    const d = importText(['青川区人民政府关于2026年重点工作责任分工的意见', '', '各镇人民政府，各街道办事处，区政府各部门：', '为确保各项任务落到实处，现提出如下意见。', '', '一、重点任务', '1.推行企业开办一日办结', '整合设立登记等环节。'].join('\n'));
    expect(d.meta.addressees).toEqual(['各镇人民政府', '各街道办事处', '区政府各部门']);
  });
});

describe('a notice issued directly with its 附件说明 read as an annex: the 成文日期 comes back through the Word cover', () => {
  // (the cover prints its signature after the text, which ends with the 附件 line: its import kept the office and the date
  // as the annex's text, and lost the 成文日期)
  const annexes = [['2026年区《政府工作报告》目标任务责任分解表'], ['2026年区重点项目清单', '2026年区民生实事项目表']];
  it.each(annexes)('附件 %s: issuer and date back, the annex without the signature', async (...titles) => {
    const d = plan({
      title: '云溪区人民政府办公室关于2026年区《政府工作报告》目标任务责任分解的通知', district: '云溪区', period: { start: 2026, end: 2026 },
      issuer: '云溪区人民政府办公室', docNumber: '云政办〔2026〕2号', issuedOn: '2026-01-22', addressees: ['各街道办事处', '区直各单位'],
      notice: '为压实责任，现将2026年区《政府工作报告》目标任务责任分解给你们（详见附件），请认真抓好落实。有关事项通知如下：',
    }, [
      node('part', { heading: '提高认识，压实责任', body: '各部门要把落实区《政府工作报告》作为全年工作的重中之重。' }),
      node('part', { heading: '跟踪督办，严格考核', body: '区政府督查室按照月调度、季通报的要求跟踪督办。' }),
      ...titles.map((t, i) => node('appendix', { number: titles.length > 1 ? `附件${i + 1}` : '附件', heading: t })),
    ]);
    const back = await through(d, 'docx cover+annexes');
    expect(back.meta.issuedOn).toBe('2026-01-22');
    expect(back.meta.issuer).toBe('云溪区人民政府办公室');
    expect(back.nodes.filter((n) => n.kind === 'appendix').map((n) => [n.heading, n.body])).toEqual(titles.map((t) => [t, '']));
    expect(await loses(d, 'docx cover+annexes')).toEqual([]);
  });
});

describe('a joint issuer: every office that signs comes back, not the first only', () => {
  const issuers = ['区发展改革委 区经济信息化委', '区发展改革委　区科委', '青川区发展和改革委员会　青川区经济和信息化委员会', '中共青川区委办公室　青川区人民政府办公室'];
  it.each(issuers)('%s through Markdown and Word with its cover', async (issuer) => {
    const d = plan({
      title: '青川区推进数字经济发展三年行动计划（2025—2027年）', district: '青川区', period: { start: 2025, end: 2027 }, issuer,
      docNumber: '青发改〔2025〕7号', issuedOn: '2025-03-18', addressees: ['各街道办事处', '区政府各部门'],
      notice: '现将《青川区推进数字经济发展三年行动计划（2025—2027年）》印发给你们，请认真组织实施。', preamble: '为加快数字经济发展，制定本行动计划。',
    }, body());
    for (const f of THROUGH) expect(await loses(d, f), f).toEqual([]);
    expect((await through(d, 'docx cover+annexes')).meta.issuer).toBe(issuer);
  });
  it('a text signed by two bureaus above its date: both issue, the notice keeps only its sentence', () => {
    const d = importText(['关于印发《青川区2025年数字经济工作要点》的通知', '', '各街道办事处：', '现将《青川区2025年数字经济工作要点》印发给你们，请认真贯彻执行。', '',
      '区发展改革委　区科委', '2025年3月18日', '', '青川区2025年数字经济工作要点', '', '一、主要任务', '1.建设千兆光网', '推进千兆光网进小区。'].join('\n'));
    expect([d.meta.issuer, d.meta.issuedOn, d.meta.notice]).toEqual(['区发展改革委　区科委', '2025-03-18', '关于印发《青川区2025年数字经济工作要点》的通知\n现将《青川区2025年数字经济工作要点》印发给你们，请认真贯彻执行。']);
  });
});

describe('a count after the title, "…方案（共计9项）": the document\'s words, kept as the preamble\'s first line', () => {
  // (cut from the title without a word before — on the title's line, or on the line under it where a Word import joins
  // the two: corpus 170 through plain Word lost its "（共13项）" so)
  const counts = ['（共计9项）', '（共4项）', '(共3条)'];
  it.each(counts)('%s on the title line: the title without it, the preamble with it, and so back from every export', async (count) => {
    const text = ['云溪区2026年重点工作目标任务分解落实方案' + count, '', '为确保全年目标任务落到实处，制定本方案。', '', '一、经济发展', '1.地区生产总值增长5.5%左右。', '牵头单位：区发改局', '2.一般公共预算收入增长4%。', '牵头单位：区财政局'].join('\n');
    const d = importText(text, 'plan.txt');
    expect(d.meta.title).toBe('云溪区2026年重点工作目标任务分解落实方案');
    expect(d.meta.preamble.split('\n')).toEqual([count, '为确保全年目标任务落到实处，制定本方案。']);
    for (const f of THROUGH) expect(await loses(d, f), f).toEqual([]);
  });
});

describe('a plan whose title names no years, its span said in its 工作目标 (session 38: the export dialog reads as the import does)', () => {
  // (the import reads such a period from the first paragraphs since h-real12 — parse.ts periodFromText —; the dialog's
  // reading of what a file prints, headread.ts readPrintedHead, warned that the period would be lost although it came back)
  const goal = (text: string) => node('part', { heading: '工作目标', body: text });
  const d = plan({ title: '云溪区推进社区嵌入式服务设施建设行动方案', district: '云溪区', period: { start: 2026, end: 2028 }, preamble: '为补齐社区服务短板，制定本方案。' },
    [goal('2026—2028年，持续完善社区嵌入式服务设施布局，让群众就近享有便捷服务。'), ...body()]);
  it.each(THROUGH)('%s: the period comes back, and the dialog does not name it lost', async (f) => {
    expect(await loses(d, f)).toEqual([]);
    const named = exportOmissions(d, f === 'markdown' ? 'markdown' : 'docx', { cover: f === 'docx cover+annexes' }).map((o) => o.code);
    expect(named).not.toContain('period');
  });
  it('…and a title without years whose text says none: the dialog still names the period', () => {
    const none = plan(d.meta, [goal('持续完善社区嵌入式服务设施布局，让群众就近享有便捷服务。'), ...body()]);
    expect(exportOmissions(none, 'markdown').map((o) => o.code)).toContain('period');
  });
});

describe('a title the opening sentence says again at greater length: Word\'s Title style marks it as the document\'s (session 39)', () => {
  // (roundtrip-all found corpus 229, a 通报, losing its title through plain Word: its opening sentence repeats the title
  // inside a longer clause, and the title line was taken for a web page's <title> — the rule spared such a sentence only
  // under a notice title or a Word heading, and the export sets the title in Word's Title style)
  const cases: Array<[string, string]> = [
    ['2026年第一季度全区重点项目建设进展情况的通报', '区发展改革局近期对2026年第一季度全区重点项目建设进展情况进行了调度检查，现将有关情况通报如下。'],
    ['2025年度全区安全生产工作情况的报告', '区应急管理局对2025年度全区安全生产工作情况进行了全面总结，现将有关情况报告如下。'],
  ];
  it.each(cases)('%s: its title and preamble come back through plain Word and the cover', async (title, preamble) => {
    const d = plan({ title, district: '青川区', period: { start: 2026, end: 2026 }, preamble }, body());
    for (const f of THROUGH) {
      const back = await through(d, f);
      expect(back.meta.title, f).toBe(title);
      expect(back.meta.preamble, f).toBe(preamble);
    }
  });
  it('guard: a web page\'s <title> over the page that prints the title again is still left out of the text', () => {
    const text = '青川区2026年第一季度重点项目建设进展情况的通报 2026-04-12\n\n青川区2026年第一季度重点项目建设进展情况的通报\n\n区发展改革局近期对重点项目进行了调度检查，现将有关情况通报如下。\n\n一、总体情况\n\n全区重点项目开工率达到85%。\n';
    const d = importText(text, 'page.txt');
    expect(d.meta.title).toBe('青川区2026年第一季度重点项目建设进展情况的通报');
    expect(d.report?.removed.some((r) => r.reason === '网页标题')).toBe(true);
  });
});

describe('a township or 街道 office issuing, no date known: the 版记 prints its office alone after the generated annexes (session 40)', () => {
  // (roundtrip-all found corpus 227, a 街道办事处's plan, keeping the generated 主要指标表 as an annex through Word with the
  // cover: the 版记's office line after the table was read as the table's last line, so the annex held a line that was no
  // row and was not known as the one the export generates — the 版记 reader knew a government's or a bureau's name alone
  // after a table, not a township's or a 街道's, as the signature reader does)
  // (the 镇's government passed before: the government reader knows it; the two 街道 failed)
  const issuers: Array<[string, string, string | null, string]> = [
    ['临江市青川区东岭街道办事处', '青川区', '临江市', '东岭街道2026年老旧小区改造提升工作方案'],
    ['云溪区桂园街道办事处', '云溪区', null, '桂园街道2026年社区服务提升行动计划'],
    ['南屿县青禾镇人民政府', '南屿县', null, '青禾镇2026年人居环境整治工作方案'],
  ];
  const withIndicators = () => [
    node('part', { heading: '工作目标', body: '2026年完成老旧小区改造12个，新增社区食堂3个。', indicators: [
      { name: '老旧小区改造', value: 12, unit: '个', comparator: '=', year: 2026, text: '2026年完成老旧小区改造12个' },
      { name: '社区食堂', value: 3, unit: '个', comparator: '=', year: 2026, text: '新增社区食堂3个' },
    ] }),
    ...body(),
  ];
  it.each(issuers)('%s: no annex comes back, the office is read as the 版记, nothing is lost', async (issuer, district, city, title) => {
    const d = plan({ title, issuer, district, city, period: { start: 2026, end: 2026 } }, withIndicators());
    const back = await through(d, 'docx cover+annexes');
    expect(back.nodes.filter((n) => n.kind === 'appendix').map((n) => n.heading)).toEqual([]);
    expect(back.report?.removed.some((r) => r.text === issuer && /版记/.test(r.reason))).toBe(true);
    expect(await loses(d, 'docx cover+annexes')).toEqual([]);
  });
  it('guard: a sentence naming a 街道办事处 after the last table stays the text\'s', () => {
    const d = importText(['东岭街道2026年重点工作安排', '一、重点任务', '（一）改造老旧小区。（城市建设办公室牵头）', '序号\t任务\t牵头单位', '1\t改造老旧小区\t城市建设办公室', '东岭街道办事处负责统筹实施。'].join('\n'), 'x.txt');
    expect(d.report?.removed.some((r) => /版记/.test(r.reason))).toBe(false);
  });
});
