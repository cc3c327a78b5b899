/**
 * The indicator grammar (shared/importer/indicators.ts, docs/importer-grammar.md "Targets"): units as a grammar
 * (量词, metric units, compounds, %), verbs of level and of change with their comparators, counts after any verb, and
 * the numbers that are no targets. Sentences in the style of district plans, written for this test; the expected
 * name, value, unit and comparator are what a planner reads in each.
 */
import { describe, expect, it } from 'vitest';
import { findIndicators } from '../../shared/importer/indicators';
import { importFile } from '../../shared/importer/index';
import { walk, type PlanDoc } from '../../shared/model/plan';
import { buildMarkdown } from '../../shared/export/markdown';
import { buildDocx } from '../../shared/export/docx';

const read = (text: string, year: number | null = 2025, subject = '') =>
  findIndicators(text, year, subject).map((i) => `${i.name} ${i.comparator} ${i.value}${i.unit}`);

describe('units as a grammar', () => {
  it('reads measure words (量词) of things counted', () => {
    expect(read('新建公共充电桩500根。')).toEqual(['公共充电桩 = 500根']);
    expect(read('安装智能路灯800盏。')).toEqual(['安装智能路灯 = 800盏']);
    expect(read('植树造林5000株。')).toEqual(['植树造林 = 5000株']);
    expect(read('到2025年，数据中心机架数达到3000架。')).toEqual(['数据中心机架数 >= 3000架']);
    expect(read('全年接待游客1500万人次。')).toEqual(['接待游客 = 1500万人次']);
    expect(read('新增公共停车泊位2000个，新建过街天桥6座。')).toEqual(['公共停车泊位 = 2000个', '过街天桥 = 6座']);
  });
  it('reads metric units, compound units and ages', () => {
    expect(read('新增污水管网30千米。')).toEqual(['污水管网 = 30千米']);
    expect(read('PM2.5年均浓度控制在35微克/立方米以内。')).toEqual(['PM2.5年均浓度 <= 35微克/立方米']);
    expect(read('城市道路网密度达到8公里/平方公里。')).toEqual(['城市道路网密度 >= 8公里/平方公里']);
    expect(read('居民家庭计算机拥有量达到95台/百户。')).toEqual(['居民家庭计算机拥有量 >= 95台/百户']);
    expect(read('人均预期寿命达到83岁。')).toEqual(['人均预期寿命 >= 83岁']);
    // a rate written before its value is that rate's unit
    expect(read('新建排涝泵站2座，总排涝能力达到每秒60立方米。')).toEqual(['排涝泵站 = 2座', '总排涝能力 >= 60立方米/秒']);
  });
  it('takes the year and the name of full-width text as of half-width text', () => {
    expect(findIndicators('到２０２７年，老年助餐服务点达到１２０个。', 2027).map((i) => [i.name, i.value, i.year])).toEqual([['老年助餐服务点', 120, 2027]]);
  });
});

describe('verbs of level and of change', () => {
  it('reads levels with the comparator of their verb', () => {
    expect(read('全区森林覆盖率提高到20%以上。')).toEqual(['森林覆盖率 >= 20%']);
    expect(read('新能源公交车占比提高到90%。')).toEqual(['新能源公交车占比 >= 90%']);
    expect(read('高新技术企业数量突破300家。')).toEqual(['高新技术企业数量 >= 300家']);
    expect(read('农村自来水普及率保持100%。')).toEqual(['农村自来水普及率 = 100%']);
    expect(read('城镇调查失业率控制在5.5%以内。')).toEqual(['城镇调查失业率 <= 5.5%']);
    expect(read('企业开办时间压缩至1个工作日，跑动次数减少至0次。')).toEqual(['跑动次数 <= 0次']);
  });
  it('reads a verb as a whole word: 不超过 is at most, though it ends in 超过', () => {
    // (a frequency capped — 检查每年原则上不超过1次 — is no target at all: general-rules.test.ts, "how often")
    expect(read('细颗粒物年均浓度不超过35微克/立方米。')).toEqual(['细颗粒物年均浓度 <= 35微克/立方米']);
    expect(read('企业开办环节不超过3个。')).toEqual(['企业开办环节 <= 3个']);
  });
  it('reads a change as the size of the change: its verb stays in the name, a least change unless qualified', () => {
    expect(read('单位地区生产总值能耗下降15%。')).toEqual(['单位地区生产总值能耗下降 >= 15%']);
    expect(read('地区生产总值年均增长6%左右。')).toEqual(['地区生产总值年均增长 ~ 6%']);
    expect(read('常住人口城镇化率提高3个百分点。')).toEqual(['常住人口城镇化率提高 >= 3个百分点']);
  });
  it('keeps the base of a change in the name (what is measured), not as the target year', () => {
    const [i, ...rest] = findIndicators('万元地区生产总值用水量较2023年下降8%。', 2026);
    expect(rest).toEqual([]);
    expect([i.name, i.value, i.unit, i.comparator, i.year]).toEqual(['万元地区生产总值用水量较2023年下降', 8, '%', '>=', 2026]);
    expect(read('涉企检查频次同比下降20%。')).toEqual(['涉企检查频次同比下降 >= 20%']);
  });
});

describe('counts after any verb', () => {
  it('reads object, number and measure word closing a clause', () => {
    expect(read('整治老旧小区45个。')).toEqual(['整治老旧小区 = 45个']);
    expect(read('开通公交线路12条。')).toEqual(['开通公交线路 = 12条']);
    expect(read('培训新型职业农民500人次。')).toEqual(['新型职业农民 = 500人次']);
    expect(read('贯通滨江岸线12公里，布局亲水平台。')).toEqual(['贯通滨江岸线 = 12公里']);
  });
  it('names a listed count by what the list is of', () => {
    expect(read('为独居老人配置紧急呼叫、烟感报警等智能设备1万台。')).toEqual(['智能设备 = 1万台']);
    expect(read('在交通、医疗、文旅等领域开放数据集50个。')).toEqual(['开放数据集 = 50个']);
    // (等级 is a word of its own)
    expect(read('新增国家等级旅游景区5家。')).toEqual(['国家等级旅游景区 = 5家']);
  });
  it('names a count by the object after it when a verb of building or gathering stands before the number', () => {
    expect(read('培育10家龙头企业。')).toEqual(['龙头企业 = 10家']);
    expect(read('打造5个示范街区，推出10条精品旅游线路。')).toEqual(['示范街区 = 5个', '精品旅游线路 = 10条']);
    expect(read('年内新增2000个停车泊位。')).toEqual(['停车泊位 = 2000个']);
    // a month's deadline left of the verb is no part of the name
    expect(read('2025年6月底前上线20个主题套餐。')).toEqual(['主题套餐 = 20个']);
    expect(read('6月底前完成20个老旧小区改造。')).toEqual(['老旧小区改造 = 20个']);
    // a list of work still names no target
    expect(read('开展3项专项行动。')).toEqual([]);
  });
});

describe('numbers that are no targets', () => {
  it('reads no count that names what exists', () => {
    expect(read('全区共有社区卫生服务中心12个。')).toEqual([]);
    expect(read('改造老旧小区156个，涉及居民3.8万户。')).toEqual(['改造老旧小区 = 156个']);
  });
  it('reads no number before its object after a verb of work (开展3项行动), no ordinal, no range, no line, no document number', () => {
    expect(read('开展3项行动，推动产业升级。')).toEqual([]);
    expect(read('推进第3批示范街区建设，完成验收。')).toEqual([]);
    expect(read('新建社区食堂3至5家。')).toEqual([]);
    expect(read('新建社区食堂3-5家。')).toEqual([]);
    expect(read('推进轨道交通12号线延伸段建设。')).toEqual([]);
    expect(read('按照沪府办〔2023〕12号文件要求，新建社区食堂。')).toEqual([]);
    expect(read('2025年6月底前完成，服务热线12345。')).toEqual([]);
  });
  it('reads no value inside a name as a target of its own', () => {
    expect(read('65岁以上老年人健康管理率达到75%。')).toEqual(['65岁以上老年人健康管理率 >= 75%']);
    expect(read('中心城区公交站点500米覆盖率达到100%。')).toEqual(['中心城区公交站点500米覆盖率 >= 100%']);
    expect(read('充分利用800兆数字集群政务共网资源，提高政务外网网络保障能力。')).toEqual([]);
    expect(read('加快4G的全面部署和应用，协同3G、4G良好发展，提升网络能力。')).toEqual([]);
    expect(read('全区5G基站总数达到2500个以上。')).toEqual(['5G基站总数 >= 2500个']);
  });
  it('keeps a count followed by what it counts', () => {
    expect(read('至2017年末，光纤入户家庭宽带接入能力覆盖超过21万户家庭。', 2017)).toEqual(['光纤入户家庭宽带接入能力覆盖 >= 21万户']);
  });
});

describe('the year of each target', () => {
  const years = (text: string, planEnd: number | null = 2026) => findIndicators(text, planEnd).map((i) => `${i.name} ${i.value}${i.unit} ${i.year}`);
  it('a sentence of yearly steps gives each value the year of its own clause; a step naming only its verb repeats the work before it', () => {
    expect(years('2024年，改造背街小巷30条；2025年，改造50条；2026年，完成全部120条改造任务。')).toEqual(['改造背街小巷 30条 2024', '改造背街小巷 50条 2025', '改造任务 120条 2026']);
    expect(years('2025年，建成城东污水处理厂，新增日处理能力3万吨；2026年，实现镇级污水处理设施全覆盖。')).toEqual(['日处理能力 3万吨 2025']);
    expect(years('力争到2025年，充电桩达到5000个，2030年达到12000个。')).toEqual(['充电桩 5000个 2025', '充电桩 12000个 2030']);
  });
  it('a year said before a later one keeps the sentence going forward: an earlier year after a later one dates a thing', () => {
    expect(years('2024年至2026年，计划改造2000年底前建成的老旧小区80个。')).toEqual(['老旧小区 80个 2026']);
  });
  it('a base year of a change is no target year; a sentence with one year, or none, is as before', () => {
    expect(years('到2026年，万元地区生产总值能耗较2020年下降13.5%。')).toEqual(['万元地区生产总值能耗较2020年下降 13.5% 2026']);
    expect(years('到2026年，农村自来水普及率达到95%，水质达标率达到92%。')).toEqual(['农村自来水普及率 95% 2026', '水质达标率 92% 2026']);
    expect(years('新建公共充电桩500根。')).toEqual(['公共充电桩 500根 2026']);
  });
  it('全部 before a value is no name: "完成全部120处老旧小区改造" reads as 完成120处', () => {
    expect(years('完成全部120处老旧小区改造。')).toEqual(['老旧小区改造 120处 2026']);
  });
});

describe('in an imported plan', () => {
  it('a task gives its targets to the task, with the plan\'s end year', async () => {
    const text = '某区生态环境保护三年行动计划（2024-2026年）\n一、主要任务\n（一）改善大气环境\n细颗粒物年均浓度控制在30微克/立方米以下，单位地区生产总值二氧化碳排放下降18%，整治老旧小区45个。\n牵头单位：区生态环境局';
    const plan = await importFile({ bytes: new TextEncoder().encode(text), fileName: 'p.txt' });
    const task = [...walk(plan.nodes)].map((w) => w.node).find((n) => n.kind === 'task')!;
    expect(task.indicators.map((i) => [i.name, i.comparator, i.value, i.unit, i.year])).toEqual([
      ['细颗粒物年均浓度', '<=', 30, '微克/立方米', 2026],
      ['单位地区生产总值二氧化碳排放下降', '>=', 18, '%', 2026],
      ['整治老旧小区', '=', 45, '个', 2026],
    ]);
  });

  it('a change, a compound unit and an open count come back the same through the Markdown and the Word export', async () => {
    const text = '某区生态环境保护三年行动计划（2024-2026年）\n一、主要任务\n（一）改善大气环境\nPM2.5年均浓度控制在30微克/立方米以下，万元地区生产总值用水量较2023年下降8%，地区生产总值年均增长6%左右，安装智能路灯800盏。\n牵头单位：区生态环境局';
    const a = await importFile({ bytes: new TextEncoder().encode(text), fileName: 'p.txt' });
    const inds = (d: PlanDoc) => [...walk(d.nodes)].flatMap((w) => w.node.indicators.map((i) => [i.name, i.comparator, i.value, i.unit, i.year]));
    expect(inds(a)).toEqual([
      ['PM2.5年均浓度', '<=', 30, '微克/立方米', 2026],
      ['万元地区生产总值用水量较2023年下降', '>=', 8, '%', 2026],
      ['地区生产总值年均增长', '~', 6, '%', 2026],
      ['安装智能路灯', '=', 800, '盏', 2026],
    ]);
    const md = await importFile({ bytes: new TextEncoder().encode(buildMarkdown(a)), fileName: 'p.md' });
    expect(inds(md)).toEqual(inds(a));
    const docx = await importFile({ bytes: await buildDocx(a, { cover: true, annexes: true }), fileName: 'p.docx' });
    expect(inds(docx)).toEqual(inds(a));
  });
});
