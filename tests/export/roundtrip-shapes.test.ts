/**
 * Round trips of shapes the corpus had only once (corpus 182, 183), each in documents of our own wording and in several
 * formats: a task table whose task cells are "X工程：Y，Z。" (a run-in heading and its text), and a zone's 公文 whose
 * red header names a 工作委员会 / 管理委员会 office. Imported, exported as Markdown, plain Word and Word with its cover
 * and annexes, imported again: nothing lost or moved (tests/helpers/roundtrip-compare.ts `lost`).
 */
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../shared/export/docx';
import { buildMarkdown } from '../../shared/export/markdown';
import { importFile } from '../../shared/importer/index';
import { FORMAT, PlanDoc, walk, type Indicator, type PlanNode } from '../../shared/model/plan';
import { splitFieldLines } from '../../shared/importer/fieldlines';
import type { Annotation } from '../../shared/model/annotation';
import { lost, NOT_IN_PLAIN_WORD } from '../helpers/roundtrip-compare';

const enc = (s: string) => new TextEncoder().encode(s);
type Through = 'markdown' | 'docx plain' | 'docx cover+annexes';
const THROUGH: Through[] = ['markdown', 'docx plain', 'docx cover+annexes'];
async function through(d: PlanDoc, f: Through): Promise<PlanDoc> {
  if (f === 'markdown') return importFile({ bytes: enc(buildMarkdown(d)), fileName: 'plan.md' });
  return importFile({ bytes: await buildDocx(d, f === 'docx plain' ? {} : { cover: true, annexes: true }), fileName: 'plan.docx' });
}
/** What an export loses (plain Word prints no cover: its metadata aside; the cover prints an office and a notice for a
 *  plan without them, which come back). */
const loses = async (d: PlanDoc, f: Through) => lost(d, await through(d, f), {
  skipMeta: f === 'docx plain' ? NOT_IN_PLAIN_WORD
    : f === 'docx cover+annexes' ? [...(d.meta.issuer ? [] : ['issuer'] as const), ...(d.meta.notice.trim() ? [] : ['notice'] as const)] : [],
});
const tasks = (d: PlanDoc) => [...walk(d.nodes)].map((w) => w.node).filter((n) => n.kind === 'task');

// ── a task table whose task cells are a run-in heading and its text ──────────────────────────────────────────────
const ROWS = [
  ['1', '道路畅通工程：新建改建城市道路12公里，打通断头路5条。', '区住建局', '区交通运输局', '2026年11月底'],
  ['2', '海绵城市工程：新增海绵城市建成区面积3平方公里，完成积水点改造8处。', '区水务局', '各街道', '2026年10月底'],
  ['3', '公园绿地工程：新建口袋公园6个。', '区园林局', '区财政局', '2026年9月底'],
];
const OTHER = [
  ['4', '完成老旧管网改造30公里，消除安全隐患。', '区水务局', '区城管局', '2026年12月底'],
  ['5', '新建公共停车泊位500个。', '区城管局', '区公安分局', '2026年8月底'],
];
const HEAD = ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'];
const TITLE = '云溪区2026年城乡建设重点任务分解方案';
const INTRO = '为推进城乡建设提质增效，结合本区实际，制定本方案。';
const asTxt = () => [TITLE, '', INTRO, '', '一、重点工程', '', ...[HEAD, ...ROWS].map((r) => r.join('\t')), '', '二、其他任务', '', ...[HEAD, ...OTHER].map((r) => r.join('\t'))].join('\n');
const pipe = (rows: string[][]) => [`| ${rows[0].join(' | ')} |`, `|${'---|'.repeat(rows[0].length)}`, ...rows.slice(1).map((r) => `| ${r.join(' | ')} |`)];
const asMd = () => [`# ${TITLE}`, '', INTRO, '', '## 一、重点工程', '', ...pipe([HEAD, ...ROWS]), '', '## 二、其他任务', '', ...pipe([HEAD, ...OTHER])].join('\n');
const table = (rows: string[][]) => `<table>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;
const asHtml = () => `<html><body><h1>${TITLE}</h1><p>${INTRO}</p><p>一、重点工程</p>${table([HEAD, ...ROWS])}<p>二、其他任务</p>${table([HEAD, ...OTHER])}</body></html>`;

describe('a task table whose cells are "X工程：Y，Z。": read as the same words on a numbered line are, and back the same', () => {
  const docs = [['.txt (tabs)', 'plan.txt', asTxt], ['Markdown (pipes)', 'plan.md', asMd], ['web page', 'plan.html', asHtml]] as const;
  it.each(docs)('%s: the cell is a run-in heading X and its text Y; the departments are the row\'s', async (_, name, text) => {
    const d = await importFile({ bytes: enc(text()), fileName: name });
    const t = tasks(d);
    expect(t.map((n) => n.heading)).toEqual(['道路畅通工程', '海绵城市工程', '公园绿地工程', '完成老旧管网改造30公里，消除安全隐患。', '新建公共停车泊位500个。']);
    expect(t[0].body.split('\n')[0]).toBe('新建改建城市道路12公里，打通断头路5条。');
    expect(t[2].body.split('\n')[0]).toBe('新建口袋公园6个。');
    expect(t.map((n) => [n.lead, n.partners])).toEqual([...ROWS, ...OTHER].map((r) => [[r[2]], [r[3]]]));
    // (the 完成时限 cell: each task's milestone of 2026)
    expect(t.every((n) => n.milestones.some((m) => m.year === 2026))).toBe(true);
  });
  it.each(docs)('%s: through Markdown, plain Word and Word with its cover and annexes nothing is lost or moved', async (_, name, text) => {
    const d = await importFile({ bytes: enc(text()), fileName: name });
    for (const f of THROUGH) expect(await loses(d, f), f).toEqual([]);
  });
});

// ── a zone's 公文: the red header of a 工作委员会 office, a joint notice of two offices ────────────────────────────────
const ZONE_NOTICE = [
  '中共云溪区滨江新城工作委员会办公室文件',
  '',
  '云新办发〔2026〕3号',
  '',
  '中共云溪区滨江新城工作委员会办公室　云溪区滨江新城管理委员会办公室关于印发《滨江新城2026年社区治理提升行动方案》的通知',
  '',
  '新城各部门，各社区：',
  '《滨江新城2026年社区治理提升行动方案》已经新城党工委、管委会同意，现印发给你们，请认真贯彻执行。',
  '',
  '中共云溪区滨江新城工作委员会办公室　　云溪区滨江新城管理委员会办公室',
  '2026年2月16日',
  '',
  '滨江新城2026年社区治理提升行动方案',
  '',
  '一、主要任务',
  '（一）完善网格服务。2026年6月底前完成网格重新划分，配齐专职网格员。（牵头单位：新城社会事务局）',
  '（二）建设邻里中心。2026年新建邻里中心3个。（牵头单位：新城建设局；配合单位：各社区）',
  '二、保障措施',
  '（一）加强组织领导。成立工作专班，统筹推进各项任务。',
];
describe('a zone\'s red header "中共X新城工作委员会办公室文件" is the red header, not the notice\'s title', () => {
  const NOTICE_TITLE = '中共云溪区滨江新城工作委员会办公室　云溪区滨江新城管理委员会办公室关于印发《滨江新城2026年社区治理提升行动方案》的通知';
  it.each([
    ['one office', ZONE_NOTICE],
    ['two offices over 文件', [ZONE_NOTICE[0].replace('文件', '　云溪区滨江新城管理委员会办公室文件'), ...ZONE_NOTICE.slice(1)]],
  ])('in a .txt (%s): the notice opens with its own title; the office issues', async (_, lines) => {
    const d = await importFile({ bytes: enc(lines.join('\n')), fileName: 'plan.txt' });
    expect(d.meta.notice.split('\n')[0]).toBe(NOTICE_TITLE);
    expect(d.meta.issuer).toBe('中共云溪区滨江新城工作委员会办公室');
    expect(d.meta.docNumber).toBe('云新办发〔2026〕3号');
  });
  it('through Word with its cover (which prints the red header) and Markdown, and a plan without the red header: nothing lost', async () => {
    for (const lines of [ZONE_NOTICE, ZONE_NOTICE.slice(2)]) {
      const d = await importFile({ bytes: enc(lines.join('\n')), fileName: 'plan.txt' });
      for (const f of THROUGH) expect(await loses(d, f), f).toEqual([]);
      const back = await through(d, 'docx cover+annexes');
      expect(back.meta.notice.split('\n')[0]).toBe(NOTICE_TITLE);
    }
  });
});

// ── plans entered in the editor, in unusual values, through every format ───────────────────────────────────────────
// Every field a planner enters (计划信息: 标题, 发文机关, 发文字号, 签发人, 成文日期, 主送机关, 通知, 前言; nodes: heading,
// text, 牵头/配合单位, 指标, 年度节点) in values the corpus does not hold: Traditional script and full-width digits, ASCII
// brackets and emoji, empty fields, very long ones, line breaks inside a field, a joint document's 主送 and 签发人.
let seq = 0;
const node = (kind: PlanNode['kind'], f: Partial<PlanNode>): PlanNode => ({ id: `n${++seq}`, kind, number: '', heading: '', body: '', lead: [], partners: [], indicators: [], milestones: [], themes: [], children: [], ...f });
const meta = (m: Partial<PlanDoc['meta']>): PlanDoc['meta'] => ({ title: '', district: null, city: null, period: null, issuer: null, docNumber: null, issuedOn: null, addressees: [], status: 'draft', source: null, basedOn: null, notice: '', preamble: '', ...m });
const planOf = (m: Partial<PlanDoc['meta']>, nodes: PlanNode[]): PlanDoc => PlanDoc.parse({ format: FORMAT, meta: meta(m), nodes });
const LONG_TITLE = '临江市东湖区关于进一步深化“放管服”改革优化营商环境持续激发市场主体活力和社会创造力推动经济高质量发展的三年行动实施方案（2025—2027年）';
const PLANS: Record<string, () => PlanDoc> = {
  'Traditional script, full-width digits': () => planOf({
    title: '雲溪區推進數字政府建設三年行動方案（２０２５—２０２７年）', district: '雲溪區', period: { start: 2025, end: 2027 },
    issuer: '雲溪區人民政府辦公室', docNumber: '雲府辦發〔２０２５〕７號', signer: '陳明遠', issuedOn: '2025-03-18',
    addressees: ['各街道辦事處', '區政府各委、辦、局'], notice: '經區政府同意，現將《雲溪區推進數字政府建設三年行動方案（２０２５—２０２７年）》印發給你們，請認真組織實施。',
    preamble: '為加快數字政府建設，制定本方案。',
  }, [node('part', { heading: '主要任務', children: [
    node('task', { heading: '建設１０個智慧社區', body: '推進社區服務數字化。', lead: ['區民政局'], partners: ['各街道辦事處'],
      indicators: [{ name: '智慧社區', value: 10, unit: '個', comparator: '>=', year: 2027, text: '' }],
      milestones: [{ year: 2025, stage: '启动', text: '完成３個試點' }, { year: 2027, stage: '完成', text: '全面建成' }] }),
    node('task', { heading: '完善政務數據共享平臺', body: '打通部門數據壁壘。', lead: ['區數據局'], partners: ['區財政局'] }),
  ] })]),
  'ASCII brackets and emoji': () => planOf({
    title: '青川区智慧停车(一期)建设三年行动方案(2026-2028年)🚗', district: '青川区', period: { start: 2026, end: 2028 },
    issuer: '青川区人民政府办公室', docNumber: '青府办发[2026]5号', issuedOn: '2026-01-09', addressees: ['各镇人民政府(街道办事处)'],
    notice: '现将《青川区智慧停车(一期)建设三年行动方案(2026-2028年)🚗》印发给你们，请认真贯彻执行。👍', preamble: '为缓解停车难(尤其是老城区)，制定本方案🅿️。',
  }, [node('part', { heading: '重点任务', children: [
    node('task', { heading: '(试点)建设智慧停车平台[一期]🚗', body: '推进🚀停车数据接入，实现"一屏统管"。', lead: ['区数据局(大数据中心)'], partners: ['区公安分局(交警大队)'],
      indicators: [{ name: '接入停车泊位', value: 5000, unit: '个', comparator: '>=', year: 2026, text: '' }],
      milestones: [{ year: 2026, stage: '完成', text: '平台上线运行✅' }] }),
    node('task', { heading: '新增公共停车泊位', body: '利用边角地建设停车场(库)。', lead: ['区住建局'] }),
  ] })]),
  'empty fields': () => planOf({ title: '南屿县2026年农村供水保障工作方案', district: '南屿县', period: { start: 2026, end: 2026 } }, [
    node('part', { heading: '工作任务', children: [
      node('task', { heading: '实施管网改造', body: '', lead: ['县水务局'], children: [node('item', { heading: '', body: '完成农村供水管网改造。' })] }),
      node('task', { heading: '提升水质检测能力', body: '', lead: ['县卫健局'], partners: ['县水务局'],
        indicators: [{ name: '水质检测合格率', value: 95, unit: '', comparator: '>=', year: 2026, text: '' }] }),
      node('task', { heading: '建立长效管护机制', body: '', lead: ['县水利服务中心'], milestones: [{ year: 2026, stage: null, text: '出台管护办法' }] }),
    ] }),
    node('part', { heading: '保障措施' }),
  ]),
  'very long values': () => planOf({
    title: LONG_TITLE, district: '东湖区', city: '临江市', period: { start: 2025, end: 2027 }, issuer: '临江市东湖区人民政府办公室', docNumber: '东府办发〔2025〕118号', issuedOn: '2025-06-30',
    addressees: ['各街道办事处', '各镇人民政府', '区政府各委、办、局', '区各直属单位', '东湖经济开发区管委会', '东湖高新区管委会', '各人民团体', '区属各国有企业'],
    notice: `经区政府同意，现将《${LONG_TITLE}》印发给你们，请结合实际认真贯彻落实。\n各单位要建立工作台账，每季度末向区营商办报送进展情况。`,
    preamble: '为深入贯彻落实党中央、国务院和省委、省政府关于优化营商环境的决策部署，'.repeat(6) + '制定本方案。',
  }, [node('part', { heading: '重点任务', children: [
    node('task', { heading: '全面推行企业开办“一网通办、一窗通取、一日办结”并同步推进涉企经营许可事项告知承诺制和证照分离改革全覆盖',
      body: '依托一体化政务服务平台，整合市场监管、税务、人社、公积金、银行等部门业务系统，实现企业开办全流程网上办理。'.repeat(8),
      lead: ['区市场监管局', '区政务服务中心'], partners: ['区税务局', '区人力资源社会保障局', '区住房公积金管理中心', '区公安分局', '区数据局', '区财政局', '区司法局', '区发展改革委', '区商务局', '区工业和信息化局', '区自然资源局', '区生态环境局'],
      indicators: [{ name: '企业开办时间', value: 1, unit: '个工作日', comparator: '<=', year: 2025, text: '' }],
      milestones: [{ year: 2025, stage: '启动', text: '出台企业开办全流程网上办理实施细则，完成系统对接' }, { year: 2026, stage: '推进', text: '实现涉企经营许可事项告知承诺制全覆盖' }, { year: 2027, stage: '完成', text: '形成可复制推广的经验做法并在全市范围内交流推广' }] }),
  ] })]),
  'line breaks inside fields': () => planOf({
    title: '云溪区2026年城市更新工作要点', district: '云溪区', period: { start: 2026, end: 2026 }, issuer: '云溪区人民政府办公室', docNumber: '云府办发〔2026〕2号', issuedOn: '2026-02-01',
    addressees: ['各街道办事处', '区政府各部门'], notice: '现将《云溪区2026年城市更新工作要点》印发给你们。\n\n请认真贯彻执行。', preamble: '第一段前言。\n第二段前言，说明依据。',
  }, [node('part', { heading: '重点工作', children: [
    node('task', { heading: '推进老旧小区改造', body: '改造老旧小区20个。\n同步加装电梯30部。\n\n完善小区配套设施。', lead: ['区住建局'], partners: ['各街道办事处'],
      milestones: [{ year: 2026, stage: '完成', text: '11月底前完工' }] }),
    node('task', { heading: '实施城市道路\n微循环工程', body: '打通断头路。', lead: ['区交通运输局'] }),
  ] })]),
  'a joint document: 主送 "各镇党委、人民政府", two 签发人': () => planOf({
    title: '云溪区2026年乡村振兴重点工作任务分工方案', district: '云溪区', period: { start: 2026, end: 2026 },
    issuer: '中共云溪区委办公室', docNumber: '云委办发〔2026〕4号', signer: '李明　王华', issuedOn: '2026-03-02',
    addressees: ['各镇党委、人民政府', '各街道党工委、办事处', '区级国家机关各部门'], notice: '经区委、区政府同意，现将《云溪区2026年乡村振兴重点工作任务分工方案》印发给你们，请认真抓好落实。',
  }, [node('part', { heading: '重点任务', children: [node('section', { heading: '发展乡村产业', children: [
    node('task', { heading: '培育特色农业品牌', body: '打造区域公用品牌。', lead: ['区农业农村局'], partners: ['区市场监管局'],
      indicators: [{ name: '区域公用品牌', value: 2, unit: '个', comparator: '=', year: 2026, text: '' }], milestones: [{ year: 2026, stage: '完成', text: '品牌发布' }] }),
    node('task', { heading: '发展农村电商', body: '建设村级电商服务站。', lead: ['区商务局'], partners: ['区邮政分公司', '各镇'] }),
  ] })] })]),
};

type Format = 'json' | 'markdown' | 'markdown annexes' | 'docx plain' | 'docx cover+annexes';
async function exchange(d: PlanDoc, f: Format): Promise<PlanDoc> {
  if (f === 'json') return importFile({ bytes: enc(JSON.stringify(d)), fileName: 'plan.json' });
  if (f === 'markdown annexes') return importFile({ bytes: enc(buildMarkdown(d, { annexes: true })), fileName: 'plan.md' });
  return through(d, f);
}
/** Text as compared: the exports print a 公文's punctuation (ASCII brackets full-width, 〔〕 in a 文号, a year range's
 *  dash —) and digits as the 文号 prints them (docs/exchange.md, "Every field"); spaces and line breaks are the layout's.
 *  Nothing else is folded. */
const fold = (s: string | null | undefined) => (s ?? '').normalize('NFKC').replace(/\s+/g, '').replace(/〔/g, '[').replace(/〕/g, ']').replace(/[-–—]/g, '-');
/** Every entered field of `a` as it came back in `b`, one line each (an indicator the import read from the text besides
 *  the entered ones is the importer's reading, not a loss: entered ones are looked for among them). */
function entered(a: PlanDoc, b: PlanDoc, f: Format): string[] {
  const out: string[] = [];
  const cover = f !== 'docx plain';
  // (the Word cover prints an office and a notice for a plan without them, which come back: what the cover adds)
  const adds = f === 'docx cover+annexes';
  const keys = ['title', 'district', 'city', 'period', 'preamble', ...(cover ? ['docNumber', 'signer', 'issuedOn', 'addressees'] as const : []),
    ...(cover && !(adds && !a.meta.issuer) ? ['issuer'] as const : [])] as const;
  for (const k of keys) if (JSON.stringify(typeof a.meta[k] === 'string' ? fold(a.meta[k] as string) : Array.isArray(a.meta[k]) ? (a.meta[k] as string[]).map(fold) : a.meta[k] ?? null) !== JSON.stringify(typeof b.meta[k] === 'string' ? fold(b.meta[k] as string) : Array.isArray(b.meta[k]) ? (b.meta[k] as string[]).map(fold) : b.meta[k] ?? null)) out.push(`meta.${k}: ${JSON.stringify(a.meta[k])} → ${JSON.stringify(b.meta[k])}`);
  // (the notice: its paragraphs, less the title 关于印发…的通知 the exports print over it, which comes back as its first line)
  const notice = (d: PlanDoc) => d.meta.notice.split('\n').map(fold).filter((p, i) => p && !(i === 0 && /^关于印发.*的通知$/.test(p)));
  if (cover && !(adds && !a.meta.notice.trim()) && JSON.stringify(notice(a)) !== JSON.stringify(notice(b))) out.push(`meta.notice: ${JSON.stringify(a.meta.notice)} → ${JSON.stringify(b.meta.notice)}`);
  // (the generated 附表 are read back into the nodes, not kept: an annex more is a loss of the plan's shape)
  const annexes = (d: PlanDoc) => d.nodes.filter((n) => n.kind === 'appendix').map((n) => fold(n.heading));
  if (JSON.stringify(annexes(a)) !== JSON.stringify(annexes(b))) out.push(`annexes: ${JSON.stringify(annexes(a))} → ${JSON.stringify(annexes(b))}`);
  const nodes = (d: PlanDoc) => [...walk(d.nodes)].filter((w) => w.node.kind !== 'appendix' && !w.path.some((p) => p.kind === 'appendix'));
  const A = nodes(a);
  const B = nodes(b);
  if (A.length !== B.length) return [...out, `nodes: ${A.length} → ${B.length}`];
  A.forEach(({ node: x, path }, i) => {
    const y = B[i].node;
    const at = `${path.length}|${x.kind}|${x.heading}`;
    const text = (n: PlanNode) => fold(splitFieldLines(n.body).text.join(''));
    // (an item is its words: one without a heading prints its text after its number, read back as heading and text, the
    // heading without its closing 。 — the round-trip property compares items so, tests/helpers/roundtrip-compare.ts)
    if (x.kind === 'item' && y.kind === 'item' && path.length === B[i].path.length) {
      const words = (n: PlanNode) => (fold(n.heading) + text(n)).replace(/[。；;]$/, '');
      if (words(x) !== words(y)) out.push(`${at} words: ${JSON.stringify(x.heading + x.body)} → ${JSON.stringify(y.heading + y.body)}`);
    } else if (x.kind !== y.kind || path.length !== B[i].path.length || fold(x.heading) !== fold(y.heading)) out.push(`${at} → ${B[i].path.length}|${y.kind}|${y.heading}`);
    else if (text(x) !== text(y)) out.push(`${at} text: ${JSON.stringify(x.body)} → ${JSON.stringify(y.body)}`);
    if (JSON.stringify([x.lead, x.partners].map((l) => l.map(fold))) !== JSON.stringify([y.lead, y.partners].map((l) => l.map(fold)))) out.push(`${at} departments: ${JSON.stringify([x.lead, x.partners])} → ${JSON.stringify([y.lead, y.partners])}`);
    const ind = (i: Indicator) => JSON.stringify([fold(i.name), i.value, i.unit, i.comparator, i.year]);
    for (const i of x.indicators) if (!y.indicators.map(ind).includes(ind(i))) out.push(`${at} indicator ${ind(i)} → ${JSON.stringify(y.indicators.map(ind))}`);
    const ms = (n: PlanNode) => JSON.stringify(n.milestones.map((m) => [m.year, m.stage, fold(m.text)]));
    if (ms(x) !== ms(y)) out.push(`${at} milestones: ${ms(x)} → ${ms(y)}`);
  });
  return out;
}

describe('plans entered in the editor, in unusual values: every entered field back from every format', () => {
  const FORMATS: Format[] = ['json', 'markdown', 'markdown annexes', 'docx plain', 'docx cover+annexes'];
  it.each(Object.keys(PLANS))('%s', async (name) => {
    const d = PLANS[name]();
    expect(await exchange(d, 'json')).toEqual(d);
    for (const f of FORMATS.slice(1)) expect(entered(d, await exchange(d, f), f), f).toEqual([]);
  });
  // what the comparison above folds, asserted exactly where this round fixed it
  it('主送 "各镇党委、人民政府" and "各街道党工委、办事处" are one addressee each, as entered (splitAddressees)', async () => {
    const d = PLANS['a joint document: 主送 "各镇党委、人民政府", two 签发人']();
    for (const f of ['markdown', 'docx cover+annexes'] as const) expect((await exchange(d, f)).meta.addressees, f).toEqual(d.meta.addressees);
  });
  it('a title broken by the Word export after a closing quote comes back without a space ("深化“放管服”改革")', async () => {
    const d = PLANS['very long values']();
    for (const f of ['docx plain', 'docx cover+annexes'] as const) expect((await exchange(d, f)).meta.title, f).toBe(LONG_TITLE);
  });
  it('a heading holding a line break prints on one line in Markdown: its second line is no text of the node', async () => {
    const d = PLANS['line breaks inside fields']();
    const md = buildMarkdown(d);
    expect(md).toContain('### 2.实施城市道路微循环工程\n');
    const t = tasks(await exchange(d, 'markdown'))[1];
    expect([t.heading, splitFieldLines(t.body).text.join('')]).toEqual(['实施城市道路微循环工程', '打通断头路。']);
  });
  it('plain Word prints a 指标 line for a target only its heading writes, in another unit or comparator ("建設１０個智慧社區", 不低于10個)', async () => {
    const d = PLANS['Traditional script, full-width digits']();
    const back = await exchange(d, 'docx plain');
    expect(tasks(back)[0].indicators.map((i) => [i.name, i.value, i.unit, i.comparator, i.year])).toEqual([['智慧社區', 10, '個', '>=', 2027]]);
  });
});

describe('review comments in unusual values through plan JSON and Markdown (包含批注与修改建议)', () => {
  const canon = (x: unknown): unknown => (Array.isArray(x) ? x.map(canon) : x && typeof x === 'object' ? Object.fromEntries(Object.keys(x).sort().map((k) => [k, canon((x as Record<string, unknown>)[k])])) : x);
  it.each(['Traditional script, full-width digits', 'ASCII brackets and emoji', 'line breaks inside fields'])('%s: every annotation and reply back, on the same node', async (name) => {
    const doc = PLANS[name]();
    const task = tasks(doc)[0];
    const person = (n: string, department = '') => ({ name: n, department });
    const base = { planId: 'p1', author: person('陳審核(外聘)', '區發改委🏛'), round: 1, replies: [], createdAt: '2026-04-01T08:00:00.000Z', updatedAt: '2026-04-01T08:00:00.000Z', closedBy: null, closedAt: null, origin: null };
    const anchor = (field: Annotation['anchor']['field'], quote: string, suffix = '') => ({ nodeId: task.id, field, quote, start: 0, prefix: '', suffix, path: [doc.nodes[0].id] });
    const annotations: Annotation[] = [
      { ...base, id: 'a1', kind: 'comment', anchor: anchor('body', task.body.slice(0, 2), task.body.slice(2, 26)), body: '意見👍 <!-- 不是註釋 --> [括號](x) **粗**\n\n第二段\n', replacement: null, status: 'open',
        replies: [{ id: 'r1', author: person('王規劃'), body: '已改🙂\n換行', createdAt: '2026-04-02T08:00:00.000Z' }] },
      { ...base, id: 'a2', kind: 'comment', anchor: anchor('node', ''), body: '長'.repeat(3000), replacement: null, status: 'open' },
      { ...base, id: 'a3', kind: 'suggestion', anchor: anchor('heading', task.heading.slice(0, 2), task.heading.slice(2)), body: '', replacement: `(新)${task.heading.slice(0, 2)}🚀`, status: 'open' },
      { ...base, id: 'a4', kind: 'comment', anchor: anchor('lead', task.lead[0]), body: '', replacement: null, status: 'open' },
    ];
    const annotated = PlanDoc.parse({ ...doc, annotations });
    expect(await importFile({ bytes: enc(JSON.stringify(annotated)), fileName: 'plan.json' })).toEqual(annotated);
    const md = await importFile({ bytes: enc(buildMarkdown(annotated)), fileName: 'plan.md' });
    expect(md.report!.warnings.filter((w) => w.code.startsWith('annotation'))).toEqual([]);
    const back = tasks(md)[0];
    expect((md.annotations ?? []).every((a) => a.anchor.nodeId === back.id)).toBe(true);
    // (the place in the text read back aside; a quote of the heading as printed — "(试" printed "（试")
    const strip = (a: Annotation) => canon({ ...a, planId: '', anchor: { ...a.anchor, nodeId: '', path: [], start: 0, prefix: '', suffix: '', quote: fold(a.anchor.quote) } });
    expect((md.annotations ?? []).map(strip)).toEqual(annotations.map(strip));
  });
});
