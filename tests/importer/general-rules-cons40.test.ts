/**
 * Session 40's one-home work: the administrative level of a place or organ (places.ts `placeLevel`, read by
 * export/upward.ts) and the 版记 line (paragraphs.ts, read by dropBanji and the .doc reader's text boxes). What one of
 * the two recognisers knew and the other did not, each in a second style; every case failed before.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import { readBanjiLine } from '../../shared/importer/paragraphs';
import { placeLevel, placeOfTitle, readGovernment } from '../../shared/importer/places';

const meta = (text: string) => importText(text, 'x.txt').meta;

describe('a prefecture\'s government, its 行政公署 (export/upward.ts knew 地区 and 行政公署, the place reader did not)', () => {
  it('readGovernment reads 地区 and 盟 before their 行政公署 or 人民政府', () => {
    expect(readGovernment('云岭地区行政公署')).toMatchObject({ city: '云岭地区', district: null, organ: '行政公署' });
    expect(readGovernment('南屿山地区人民政府')).toMatchObject({ city: '南屿山地区', organ: '人民政府' });
    expect(readGovernment('锡林盟行政公署办公室')).toMatchObject({ city: '锡林盟', organ: '行政公署办公室' });
    // 地区 is a word everywhere else: no city in a title, none before a department or a group
    expect(placeOfTitle('长三角地区一体化发展三年行动计划')).toBeNull();
    expect(placeOfTitle('云岭地区国民经济和社会发展第十五个五年规划纲要')).toBeNull();
    expect(readGovernment('贫困地区发展领导小组办公室')).toMatchObject({ city: null });
    expect(readGovernment('长三角地区合作办公室')).toMatchObject({ city: null });
  });

  it('a plan issued by a 行政公署 under its red header, its city read', () => {
    const m = meta([
      '云岭地区行政公署文件', '', '云署发〔2026〕7号', '', '云岭地区行政公署',
      '关于印发云岭地区数字乡村建设三年行动计划（2026—2028年）的通知', '', '各县（市）人民政府，行署各部门：',
      '现将《云岭地区数字乡村建设三年行动计划（2026—2028年）》印发给你们，请认真贯彻执行。', '', '云岭地区行政公署', '2026年3月2日', '',
      '云岭地区数字乡村建设三年行动计划（2026—2028年）', '', '一、总体要求', '以数字化带动农业农村现代化。', '二、重点任务',
      '（一）建设乡村信息基础设施。到2028年，行政村千兆光网通达率达到95%。', '牵头单位：行署工业和信息化局',
    ].join('\n'));
    expect([m.issuer, m.city, m.district]).toEqual(['云岭地区行政公署', '云岭地区', null]);
  });

  it('a plan issued by a 行政公署\'s office, its notice titled with it and signed by it', () => {
    const m = meta([
      '青原地区行政公署办公室关于印发青原地区智慧牧区建设实施方案的通知', '', '各县人民政府，行署各委、办、局：',
      '经行署同意，现将《青原地区智慧牧区建设实施方案》印发给你们，请结合实际认真组织实施。', '', '青原地区行政公署办公室', '2025年11月20日', '',
      '青原地区智慧牧区建设实施方案', '', '一、工作目标', '到2027年，建成智慧牧场30个。', '二、主要任务',
      '1.推进草原监测数字化。牵头单位：行署林业和草原局',
    ].join('\n'));
    expect([m.issuer, m.city]).toEqual(['青原地区行政公署办公室', '青原地区']);
  });
});

describe('placeLevel: the level of a place or an organ, as upward.ts reads a 主送机关 and an issuer', () => {
  it('a government named in full, short, or as a township\'s', () => {
    expect(placeLevel('广西壮族自治区人民政府')).toEqual({ level: 1, government: true });
    expect(placeLevel('省人民政府')).toEqual({ level: 1, government: true });
    expect(placeLevel('临江市人民政府办公厅')).toEqual({ level: 2, government: true });
    expect(placeLevel('市委办公厅')).toEqual({ level: 2, government: true });
    expect(placeLevel('临江市南屿市人民政府')).toEqual({ level: 3, government: true });
    expect(placeLevel('县人民政府')).toEqual({ level: 3, government: true });
    expect(placeLevel('南屿县清溪镇人民政府')).toEqual({ level: 4, government: true });
    expect(placeLevel('望川街道办事处')).toEqual({ level: 4, government: true });
  });
  it('a department or a place alone has a level but is no government; "各…", a list of offices, no place: none', () => {
    expect(placeLevel('临江市东湖区城市管理局')).toEqual({ level: 3, government: false });
    expect(placeLevel('南屿县清溪镇农业服务中心')).toEqual({ level: 4, government: false });
    expect(placeLevel('云溪区')).toEqual({ level: 3, government: false });
    for (const n of ['各区人民政府', '各街道办事处', '区政府各委、办、局', '市发展改革委', '镇属各单位', '各村民委员会']) expect(placeLevel(n), n).toBeNull();
  });
});

describe('the 版记 line, one reading for the end of a text and a .doc\'s text boxes (the box reader knew these forms, dropBanji did not)', () => {
  const body = ['东湖区数字乡村建设三年行动计划', '', '一、总体要求', '以数字化带动农业农村现代化。', '二、重点任务', '（一）建设乡村信息基础设施。', '牵头单位：区农业农村局', ''];
  const banji = (d: ReturnType<typeof importText>) => d.report!.removed.filter((r) => r.reason.startsWith('版记')).map((r) => r.text);
  const lastText = (d: ReturnType<typeof importText>) => JSON.stringify(d.nodes);

  it('an 抄送 line with a space before its colon is the 版记\'s, not the last task\'s text', () => {
    const d = importText([...body, '抄送 ：区委各部门，区人大办，区政协办。', '东湖区人民政府办公室　　2026年3月20日印发'].join('\n'), 'x.txt');
    expect(banji(d)).toEqual(['抄送 ：区委各部门，区人大办，区政协办。', '东湖区人民政府办公室　　2026年3月20日印发']);
    expect(lastText(d)).not.toContain('抄送');
  });

  it('the office and the date run together on the 印发 line: the 版记 is removed and its date read', () => {
    // a notice under a red header, its 版记 typed without a space (a page's copy, or the tab lost)
    const d = importText([
      '青川区人民政府办公室文件', '', '青府办发〔2026〕5号', '', '青川区人民政府办公室关于印发青川区智慧社区建设行动计划的通知', '',
      '各街道办事处，区政府各部门：', '现将《青川区智慧社区建设行动计划》印发给你们，请认真贯彻执行。', '', '青川区人民政府办公室', '2026年3月18日', '',
      '青川区智慧社区建设行动计划', '', '一、建设目标', '到2027年，建成智慧社区20个。', '二、主要任务', '（一）完善社区数字平台。', '牵头单位：区民政局', '',
      '抄报：市政府办公厅。', '青川区人民政府办公室2026年3月20日印发',
    ].join('\n'), 'x.txt');
    expect(banji(d)).toEqual(['抄报：市政府办公厅。', '青川区人民政府办公室2026年3月20日印发']);
    expect(d.meta.printedOn).toBe('2026-03-20');
    expect(lastText(d)).not.toContain('印发');
  });

  it('readBanjiLine: 抄送/抄报, the 印发 line in its forms, an office alone; a sentence is none', () => {
    expect(readBanjiLine('抄报：市政府办公厅')).toEqual({ kind: 'copy' });
    expect(readBanjiLine('抄送　：区委办')).toEqual({ kind: 'copy' });
    expect(readBanjiLine('东湖区人民政府办公室\t2026年3月20日印发')).toEqual({ kind: 'printed', by: 'office', printedOn: '2026-03-20' });
    expect(readBanjiLine('南屿县人民政府办公室二〇二五年五月八日印发')).toEqual({ kind: 'printed', by: 'office', printedOn: '2025-05-08' });
    expect(readBanjiLine('２０２６年３月２０日印发')).toEqual({ kind: 'printed', by: null, printedOn: '2026-03-20' });
    expect(readBanjiLine('云溪区人民政府办公室　2026年3月印发')).toEqual({ kind: 'printed', by: 'office', printedOn: null });
    expect(readBanjiLine('经研究，现于2026年3月20日印发')).toMatchObject({ kind: 'printed', by: 'other' });
    expect(readBanjiLine('东湖区人民政府办公室')).toEqual({ kind: 'office' });
    for (const l of ['现将《东湖区行动计划》印发', '说明：本表由区发展改革委印发', '2026年3月20日印发的通知', '以数字化带动农业农村现代化。']) expect(readBanjiLine(l), l).toBeNull();
  });
});
