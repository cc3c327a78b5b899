/**
 * General rules found in the sixteenth batch of real plans (session 41, h-real16: docs/importer-corpus.md "Real plans
 * read (session 41)"), written as rules in docs/importer-grammar.md "Rules added from real plans (session 41,
 * h-real16)". The real texts were read, never kept: every case is in our own words, with fictional places, in another
 * style than the page that showed the gap. Each rule case failed before its rule; the guards pass on both.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import { outline } from './outline-lines';

describe('a contents page headed 目錄 in Traditional script', () => {
  it('"目　錄" over entries with leaders, the body cut before its chapters: the entries are no outline', () => {
    const plan = importText([
      '雲溪區智慧社區建設三年行動方案',
      '2026年3月',
      '目　錄',
      '一、總體要求……………………………………2',
      '（一）指導思想………………………………2',
      '（二）主要目標………………………………3',
      '二、重點任務……………………………………5',
      '（一）建設社區數據底座……………………5',
      '（二）推廣線上辦事服務……………………7',
      '三、保障措施……………………………………9',
      '智慧社區建設是提升基層治理水平的重要抓手，本方案自印發之日起施行。',
    ].join('\n'), 'x.txt');
    expect(plan.meta.title).toBe('雲溪區智慧社區建設三年行動方案');
    expect(outline(plan.nodes)).toEqual([]);
  });
  it('guard: a Simplified 目录 whose chapters come back in the body keeps the body\'s outline', () => {
    const plan = importText([
      '南屿县农村供水保障行动方案',
      '目　录',
      '一、总体要求………………1',
      '二、重点任务………………2',
      '一、总体要求',
      '到2027年，农村自来水普及率达到95%。',
      '二、重点任务',
      '（一）改造老旧管网。（县水利局牵头）',
    ].join('\n'), 'x.txt');
    expect(outline(plan.nodes)).toEqual(['part 一、|总体要求', 'part 二、|重点任务', '  task （一）|改造老旧管网']);
  });
});

describe('a sentence is no title', () => {
  it('"2025年4月，省政府批复《X规划》（以下简称《规划》）" under the cover title: the cover title stays', () => {
    const plan = importText([
      '青川区滨江片区综合开发实施方案',
      '2025年6月',
      '2025年4月，省政府批复《滨江片区发展规划》（以下简称《规划》）',
    ].join('\n'), 'x.txt');
    expect(plan.meta.title).toBe('青川区滨江片区综合开发实施方案');
  });
  it('guard: a title opening with its year keeps it ("2026年青川区…工作要点")', () => {
    const plan = importText([
      '2026年青川区城市更新工作要点',
      '一、推进老旧小区改造',
      '1.完成改造12个小区。（区住建局牵头）',
    ].join('\n'), 'x.txt');
    expect(plan.meta.title).toBe('2026年青川区城市更新工作要点');
  });
});

describe('a page\'s list entry: the 文号 opening the title line, the status closing it', () => {
  it('"标　题：东府发〔2019〕7号 临江市东湖区人民政府关于…的意见（已失效）": 文号, issuer and title read apart', () => {
    const plan = importText([
      '当前位置：首页 > 政府信息公开 > 区政府文件',
      '标　题：东府发〔2019〕7号 临江市东湖区人民政府关于加快楼宇经济发展的意见（已失效）',
      '发布日期：2019-05-06',
      '主题词：',
      '东府发〔2019〕7号 临江市东湖区人民政府关于加快楼宇经济发展的意见（已失效）',
      '各街道办事处，区政府各部门：',
      '为加快楼宇经济发展，现提出如下意见。',
      '一、总体目标',
      '到2021年，税收亿元楼宇达到10幢。',
      '二、主要措施',
      '（一）盘活存量楼宇。（区商务局牵头）',
    ].join('\n'), 'x.txt');
    expect(plan.meta.title).toBe('临江市东湖区人民政府关于加快楼宇经济发展的意见');
    expect(plan.meta.docNumber).toBe('东府发〔2019〕7号');
    expect(plan.meta.issuer).toBe('临江市东湖区人民政府');
  });
  it('the same line alone, no 标题 cell: the line without its 文号 and status is the title, its organ issues it', () => {
    const plan = importText([
      '青政发〔2020〕15号 临江市青川区人民政府关于促进夜间经济发展的意见（废止）',
      '各街道办事处，区政府各部门：',
      '一、发展目标',
      '到2022年，建成夜间消费集聚区5个。',
    ].join('\n'), 'x.txt');
    expect(plan.meta.title).toBe('临江市青川区人民政府关于促进夜间经济发展的意见');
    expect(plan.meta.docNumber).toBe('青政发〔2020〕15号');
    expect(plan.meta.issuer).toBe('临江市青川区人民政府');
  });
  it('"发文机关：南屿县政府" beside a title line that names it in full: the full name issues', () => {
    const plan = importText([
      '发文机关：南屿县政府　成文日期：2024-03-01',
      '南屿县人民政府关于推进县域商业体系建设的意见',
      '各乡镇人民政府，县政府各部门：',
      '一、工作目标',
      '到2025年，建成乡镇商贸中心8个。',
    ].join('\n'), 'x.txt');
    expect(plan.meta.issuer).toBe('南屿县人民政府');
  });
  it('guard: a title closing with "（试行）" or "（修订）" keeps it', () => {
    for (const closing of ['（试行）', '（修订）']) {
      const plan = importText([
        `云溪区社区工作者管理办法${closing}`,
        '一、总则',
        '为规范社区工作者管理，制定本办法。',
      ].join('\n'), 'x.txt');
      expect(plan.meta.title).toBe(`云溪区社区工作者管理办法${closing}`);
    }
  });
});

describe('a report delivered at a meeting', () => {
  it('"——在…人民代表大会…会议上" ⏎ "X区人民政府区长 姓名" ⏎ "（日期）": the government issues it, the date is its own', () => {
    const plan = importText([
      '当前位置：首页 > 政务公开 > 政府工作报告',
      '发布日期：2026-02-20 09:30',
      '政府工作报告',
      '——在临江市青川区第五届人民代表大会第三次会议上',
      '青川区人民政府区长　林　岚',
      '（2026年1月8日）',
      '各位代表：',
      '现在，我代表区人民政府向大会报告工作，请予审议。',
      '一、2025年工作回顾',
      '过去一年，全区经济稳中有进。',
      '二、2026年工作安排',
      '（一）扩大有效投资。全年实施重点项目60个。',
    ].join('\n'), 'x.txt');
    expect(plan.meta.issuer).toBe('青川区人民政府');
    expect(plan.meta.issuedOn).toBe('2026-01-08');
    expect(plan.meta.district).toBe('青川区');
  });
  it('guard: a report without its occasion line keeps the page\'s date', () => {
    const plan = importText([
      '发布日期：2026-02-20 09:30',
      '政府工作报告',
      '各位代表：',
      '现在，我代表区人民政府向大会报告工作，请予审议。',
      '一、2025年工作回顾',
      '过去一年，全区经济稳中有进。',
    ].join('\n'), 'x.txt');
    expect(plan.meta.issuedOn).toBe('2026-02-20');
  });
});

describe('a 公报 page: the publication\'s name, not a document its contents list', () => {
  it('"标题：" ⏎ "云溪市人民政府公报（2026年第2期）" over contents: the 公报 is the title, its posting office the issuer', () => {
    const plan = importText([
      '您当前所在的位置：首页 >> 政府公报',
      '索引号：11530000-/2026-0002 发布机构：云溪市人民政府办公室',
      '发布日期：2026-04-15 10:00:00 文　号：',
      '标　题：',
      '云溪市人民政府公报（2026年第2期）',
      '云溪市人民政府公报（2026年第2期）',
      '省政府文件',
      '省人民政府关于进一步稳定农业生产的意见',
      '（省政发〔2026〕8号）（3）',
      '市政府办公室文件',
      '云溪市人民政府办公室关于印发云溪市城市体检工作方案的通知（12）',
      '云溪市人民政府关于印发云溪市2026年国民经济和社会发展计划的通知（18）',
    ].join('\n'), 'x.txt');
    expect(plan.meta.title).toBe('云溪市人民政府公报（2026年第2期）');
    expect(plan.meta.issuer).toBe('云溪市人民政府办公室');
    // (the year of a plan its contents name is that plan's, not the 公报's)
    expect(plan.meta.period).toBeNull();
  });
  it('the 公报\'s name alone on the first line, no 标题 cell (as an export prints it): the same title, no period', () => {
    const plan = importText([
      '南屿县人民政府公报（2026年第1期）',
      '县政府文件',
      '南屿县人民政府关于印发南屿县2026年国民经济和社会发展计划的通知（2）',
      '南屿县人民政府关于推进农村供水保障的实施意见（9）',
    ].join('\n'), 'x.txt');
    expect(plan.meta.title).toBe('南屿县人民政府公报（2026年第1期）');
    expect(plan.meta.period).toBeNull();
  });
  it('guard: a 标题 cell naming a notice keeps the plan it publishes as the title', () => {
    const plan = importText([
      '标　题：云溪市人民政府办公室关于印发云溪市城市体检工作方案的通知',
      '云溪市人民政府办公室关于印发云溪市城市体检工作方案的通知',
      '各区人民政府，市政府各部门：',
      '《云溪市城市体检工作方案》已经市政府同意，现印发给你们，请认真贯彻执行。',
      '云溪市人民政府办公室',
      '2026年3月2日',
      '云溪市城市体检工作方案',
      '一、工作目标',
      '全面完成城市体检。',
    ].join('\n'), 'x.txt');
    expect(plan.meta.title).toBe('云溪市城市体检工作方案');
  });
});
