/**
 * Fixes of session 44 found by review rev44a (h-fix44b): a 报送 report titled by what it sends only when that is a plan,
 * the contact 附注 of a 请示/报告/函 kept as the document's 附注, 模板 cut from a title only with a site's chrome, the
 * verbs of paying money out (兑现/拨付/发放/兑付) as allocating. Our own wording, fictional places; each rule case fails
 * on 037bd170, the guards pass on both.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';

const plan = (text: string, name = 'x.txt') => importText(text, name);
type N = ReturnType<typeof plan>['nodes'][number];
const all = (ns: N[]): N[] => ns.flatMap((n) => [n, ...all(n.children)]);
const byHeading = (ns: N[], h: string) => all(ns).find((n) => n.heading === h)!;
const indicators = (n: N) => n.indicators.map((i) => `${i.name}=${i.value}${i.unit}`);

const REPORT = (sent: string) => [
  `云溪区农业农村局关于报送${sent}的报告`,
  '临江市农业农村局：',
  '　　按照市局通知要求，现将有关情况报告如下。',
  '一、基本情况',
  '　　全区完成高标准农田建设1.5万亩。',
  '二、下一步安排',
  '（一）加快项目验收。2026年6月底前完成项目竣工验收。（牵头单位：区农业农村局）',
  '（二）强化管护。建立农田设施管护台账。',
  '',
  '云溪区农业农村局',
  '2026年2月3日',
  '（联系人：赵敏　联系电话：0571-88123456）',
].join('\n');

describe('a report sending up what is no plan keeps its own title (meta.ts NOTICE_BARE: X names a plan)', () => {
  it('"关于报送2025年高标准农田建设情况的报告": no plan word in X — the whole line is the title', () => {
    expect(plan(REPORT('2025年高标准农田建设情况')).meta.title).toBe('云溪区农业农村局关于报送2025年高标准农田建设情况的报告');
  });
  it('"关于报送2026年高标准农田建设实施方案的报告": a plan sent up is the title (guard)', () => {
    const text = REPORT('2026年高标准农田建设实施方案').replace('云溪区农业农村局关于', '云溪区农业农村局\n关于');
    expect(plan(text).meta.title).toBe('2026年高标准农田建设实施方案');
  });
});

describe('the contact 附注 under the date is the document\'s 附注 (shared/text/notice.ts NOTE_LINE; parse.ts)', () => {
  it('"（联系人：…）" under the signature leaves the last task\'s text for the notice\'s 附注', () => {
    const r = plan(REPORT('2025年高标准农田建设情况'));
    expect(byHeading(r.nodes, '强化管护').body).toBe('建立农田设施管护台账。');
    expect(r.meta.notice).toContain('（联系人：赵敏　联系电话：0571-88123456）');
    expect(r.meta.issuedOn).toBe('2026-02-03');
    expect(r.meta.issuer).toBe('云溪区农业农村局');
  });
  it('…also when an annex follows and the text lists it above the signature ("附件：X" ⏎ signature ⏎ 附注 ⏎ "附件")', () => {
    const r = plan([
      ...REPORT('2026年高标准农田建设实施方案').split('\n').slice(0, 8),
      '　　附件：云溪区2026年高标准农田建设任务表',
      ...REPORT('').split('\n').slice(8),
      '附件',
      '云溪区2026年高标准农田建设任务表',
      '序号\t任务\t牵头单位\t完成时限',
      '1\t完成项目竣工验收\t区农业农村局\t2026年6月底前',
    ].join('\n'));
    expect(all(r.nodes).some((n) => /联系人/.test(n.body))).toBe(false);
    expect(r.meta.notice).toContain('（联系人：赵敏　联系电话：0571-88123456）');
    expect(r.meta.issuedOn).toBe('2026-02-03');
  });
  it('a "联系人：…" sentence inside a task, not in brackets, stays its text (guard)', () => {
    const r = plan([
      '南屿县2026年消费券发放工作方案',
      '一、工作任务',
      '（一）做好政策咨询。设立咨询专线，联系人：县商务局刘强，电话：82011234。',
      '（二）加强宣传。利用各类媒体广泛宣传。',
    ].join('\n'));
    expect(byHeading(r.nodes, '做好政策咨询').body).toContain('联系人：县商务局刘强');
  });
});

describe('a site\'s sample word leaves a title only on a document site\'s copy (meta.ts SITE_TEMPLATE, headlines.ts SITE_COUNTER)', () => {
  const body = [
    '　　为统一各村年度计划的格式，镇里制定本范本，各村对照填报。',
    '一、年度目标',
    '　　到2026年底，村集体经济收入达到50万元。',
    '二、重点工作',
    '（一）发展特色产业。新建茶叶基地200亩。（责任人：村委会主任）',
  ];
  it('"青林镇各村2026年工作计划范本" sent out by the town keeps 范本: no site\'s chrome above it', () => {
    const r = plan(['青林镇各村2026年工作计划范本', ...body].join('\n'));
    expect(r.meta.title).toBe('青林镇各村2026年工作计划范本');
    expect((r.report?.removed ?? []).some((x) => x.text === '范本')).toBe(false);
    expect(r.meta.period).toEqual({ start: 2026, end: 2026 });
  });
  it('…under a document site\'s counters ("- 约2千字", "- 2026-01-05 发布于浙江") it is the site\'s word (guard)', () => {
    const r = plan(['- 12', '- 约2千字', '- 约 4页', '- 2026-01-05 发布于浙江', '', '青林镇各村2026年工作计划范本', ...body].join('\n'));
    expect(r.meta.title).toBe('青林镇各村2026年工作计划');
  });
  it('…under the site\'s listing of the file ("X.docx") too (guard)', () => {
    const r = plan(['青林镇各村2026年工作计划.docx', '', '青林镇各村2026年工作计划范本', ...body].join('\n'));
    expect(r.meta.title).toBe('青林镇各村2026年工作计划');
  });
});

describe('money paid out is the plan\'s sum (indicators.ts ALLOCATING + PAYING: 兑现/兑付/拨付/发放; 327)', () => {
  const r = () => plan([
    '青川区2026年助企纾困工作方案',
    '一、重点任务',
    '（一）兑付惠农补贴。年内兑付耕地地力保护补贴资金860万元。（牵头单位：区农业农村局）',
    '（二）发放创业担保贷款贴息。发放创业贴息资金300万元。（牵头单位：区人社局）',
    '（三）落实人才奖励。人才奖励兑现资金450万元。（牵头单位：区委人才办）',
    '（四）做好资金监管。今年以来已拨付奖补资金1200万元，累计发放消费券资金600万元。（牵头单位：区财政局）',
  ].join('\n'));
  it('"兑付…资金860万元", "发放…资金300万元": sums of the plan, named without the verb', () => {
    expect(indicators(byHeading(r().nodes, '兑付惠农补贴'))).toContain('耕地地力保护补贴资金=860万元');
    expect(indicators(byHeading(r().nodes, '发放创业担保贷款贴息'))).toContain('创业贴息资金=300万元');
  });
  it('"人才奖励兑现资金450万元": the verb inside the name stays the name\'s', () => {
    expect(indicators(byHeading(r().nodes, '落实人才奖励'))).toContain('人才奖励兑现资金=450万元');
  });
  it('"已拨付…", "累计发放…": paid already — accounts, no sum of the plan (guard)', () => {
    expect(byHeading(r().nodes, '做好资金监管').indicators.filter((i) => /万元$/.test(i.unit))).toEqual([]);
  });
});
