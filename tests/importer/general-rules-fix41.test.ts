/**
 * The second review of session 41's importer merges (rev41b, h-fix41b): a masthead above one plan, a report's byline,
 * a 信息来源 naming another place, a status note on the document's own title. Every case is in our own words, with
 * fictional places; each rule case failed before its fix, the guards pass on both.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';

const allText = (plan: ReturnType<typeof importText>): string =>
  [plan.meta.notice ?? '', plan.meta.preamble ?? '', ...(plan.report?.removed ?? []).map((r) => r.text)].join('\n');

describe('a publication\'s masthead over ONE document (rev41b F1)', () => {
  it('"X人民政府公报" ⏎ "2026年第3期" ⏎ the plan\'s title: the plan\'s title and period; the masthead reported, not lost', () => {
    const plan = importText([
      '临江市人民政府公报',
      '2026年第3期',
      '临江市东湖区2026年养老服务工作要点',
      '为做好全年养老服务工作，制定本要点。',
      '（一）扩大服务供给。全年新增养老床位300张（区民政局牵头）。',
      '（二）提升服务质量。2026年9月底前完成养老机构等级评定（区民政局牵头）。',
    ].join('\n'), 'x.txt');
    expect(plan.meta.title).toBe('临江市东湖区2026年养老服务工作要点');
    expect(plan.meta.period).toEqual({ start: 2026, end: 2026 });
    expect(plan.meta.preamble).not.toContain('养老服务工作要点');
    const removed = (plan.report?.removed ?? []).map((r) => r.text.trim());
    expect(removed).toContain('临江市人民政府公报');
    expect(removed).toContain('2026年第3期');
  });
  it('a 简报 masthead with its issue on the same line, over a 实施方案 with 一、 parts: the plan is titled', () => {
    const plan = importText([
      '南屿县农业农村工作简报（第12期）',
      '南屿县2027年高标准农田建设实施方案',
      '一、建设目标',
      '全年建成高标准农田2万亩。',
      '二、工作措施',
      '（一）统筹资金投入。（县财政局牵头）',
    ].join('\n'), 'x.txt');
    expect(plan.meta.title).toBe('南屿县2027年高标准农田建设实施方案');
    expect(plan.meta.period).toEqual({ start: 2027, end: 2027 });
    expect(allText(plan)).toContain('南屿县农业农村工作简报（第12期）');
  });
  it('guard: the masthead over a list of documents (titles with their pages) is the title, no period', () => {
    const plan = importText([
      '青川区人民政府公报',
      '2026年第1期',
      '区政府文件',
      '临江市青川区人民政府关于印发青川区2026年国民经济和社会发展计划的通知（2）',
      '临江市青川区人民政府关于加快发展银发经济的实施意见（7）',
      '区政府办公室文件',
      '临江市青川区人民政府办公室关于印发青川区城市更新三年行动计划（2026—2028年）的通知（15）',
    ].join('\n'), 'x.txt');
    expect(plan.meta.title).toBe('青川区人民政府公报');
    expect(plan.meta.period).toBeNull();
  });
});

describe('a report delivered at a meeting keeps its byline (rev41b F2, F4)', () => {
  it('"——在…会议上" ⏎ "X人民政府区长 姓名" ⏎ "（日期）": issuer and date read, the speaker\'s line and the date line kept', () => {
    const plan = importText([
      '云溪区2026年十件民生实事',
      '——在云溪区第三届人民代表大会第二次会议上',
      '云溪区人民政府区长　赵　明',
      '（2026年1月12日）',
      '一、新建城市书房8个（区文旅局牵头）。',
      '二、改造背街小巷30条（区城管局牵头）。',
    ].join('\n'), 'x.txt');
    expect(plan.meta.issuer).toBe('云溪区人民政府');
    expect(plan.meta.issuedOn).toBe('2026-01-12');
    expect(plan.meta.preamble).toContain('云溪区人民政府区长　赵　明');
    expect(plan.meta.preamble).toContain('（2026年1月12日）');
  });
  it('the date said first on the occasion line, "——2027年1月6日在…会议上": that date, and the speaker\'s government issues', () => {
    const plan = importText([
      '青川区2027年政府工作报告',
      '——2027年1月6日在临江市青川区第六届人民代表大会第一次会议上',
      '青川区人民政府代区长　孙　婷',
      '各位代表：',
      '现在，我代表区人民政府向大会报告工作，请予审议。',
      '一、2026年工作回顾',
      '全区一般公共预算收入达到40亿元。',
      '二、2027年重点工作',
      '（一）推进产业升级。新培育规上工业企业20家。',
    ].join('\n'), 'x.txt');
    expect(plan.meta.issuedOn).toBe('2027-01-06');
    expect(plan.meta.issuer).toBe('青川区人民政府');
    expect(plan.meta.preamble).toContain('孙　婷');
  });
});

describe('a 信息来源 naming another place\'s office (rev41b F5)', () => {
  it('"信息来源：临江市人民政府办公室" over a county\'s plan: no issuer taken from it', () => {
    const plan = importText([
      '发布时间：2026-04-01 09:00　信息来源：临江市人民政府办公室',
      '南屿县2026年农村人居环境整治工作要点',
      '一、推进厕所改造。全年完成农村户厕改造1500户（县农业农村局牵头）。',
      '二、治理生活污水。2026年10月底前完成12个村污水治理（县生态环境分局牵头）。',
    ].join('\n'), 'x.txt');
    expect(plan.meta.issuer).toBeNull();
    expect(plan.meta.district).toBe('南屿县');
  });
  it('guard: a 信息来源 naming an office of the title\'s own district is still its issuer (uncertain)', () => {
    const plan = importText([
      '发布时间：2026-04-01 09:00　信息来源：南屿县农业农村局',
      '南屿县2026年农村人居环境整治工作要点',
      '一、推进厕所改造。全年完成农村户厕改造1500户（县农业农村局牵头）。',
    ].join('\n'), 'x.txt');
    expect(plan.meta.issuer).toBe('南屿县农业农村局');
  });
});

describe('a status note closing a title (rev41b F6)', () => {
  it('the document\'s own title line "X工作方案（已修订）", no page list around it: kept as written', () => {
    const plan = importText([
      '云溪区2026年城市燃气安全整治工作方案（已修订）',
      '为加强城市燃气安全管理，制定本方案。',
      '一、整治目标',
      '全年完成燃气管网改造30公里。',
    ].join('\n'), 'x.txt');
    expect(plan.meta.title).toBe('云溪区2026年城市燃气安全整治工作方案（已修订）');
  });
  it('a page\'s list line opened by its 文号: the note cut, and said in the report', () => {
    const plan = importText([
      '云府发〔2022〕9号 云溪区人民政府关于支持夜间经济发展的意见（已失效）',
      '各街道办事处，区政府各部门：',
      '一、发展目标',
      '到2024年，建成夜间经济集聚区4个。',
    ].join('\n'), 'x.txt');
    expect(plan.meta.title).toBe('云溪区人民政府关于支持夜间经济发展的意见');
    expect(plan.meta.docNumber).toBe('云府发〔2022〕9号');
    expect((plan.report?.removed ?? []).map((r) => r.text)).toContain('（已失效）');
  });
});
