/**
 * Rules of session 43 (h-imp44): last session's importer leftovers (/work/notes/close42.md "Left, and why"), each as a
 * general rule. Every case is written in our own words, in more than one shape, and failed before its rule.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import type { PlanNode } from '../../shared/model/plan';

describe('a street\'s or a township\'s name alone signs in a signature\'s place, as its government does', () => {
  // (293 through the Word cover: its issuer "青川区柳塘街道", from the page's 发布机构, printed as the red header
  // "青川区柳塘街道文件" and the signature over the 成文日期, came back null, both lines read as the notice's words — only
  // "…街道办事处" or "…镇人民政府" signed)
  const cover = (office: string, shape: 'cover' | 'plain') => importText([
    ...(shape === 'cover' ? [`${office}文件`, '东街发〔2026〕5号'] : [`${office}文件`, '', '（东街发〔2026〕5号）', '']),
    '关于印发《东街2026年社区治理重点任务》的通知',
    '各社区居委会，街道各科室：',
    '现将《东街2026年社区治理重点任务》印发给你们，请认真抓好落实。',
    office, '2026年3月2日',
    '东街2026年社区治理重点任务',
    '一、完善社区服务',
    '1.新建社区食堂2个。（牵头科室：社会事务办公室）',
    '2.改造社区用房3处。（牵头科室：城市建设管理办公室）',
  ].join('\n'), 'x.txt');
  it.each([['青川区东街街道'], ['临江市东湖区东街街道'], ['东街街道'], ['青林镇'], ['南屿县青林乡']])('the red header and the signature: %s', (office) => {
    for (const shape of ['cover', 'plain'] as const) {
      const d = cover(office, shape);
      expect(d.meta.notice.split('\n'), `${office} ${shape}`).toEqual([
        '关于印发《东街2026年社区治理重点任务》的通知',
        '现将《东街2026年社区治理重点任务》印发给你们，请认真抓好落实。',
      ]);
      expect([d.meta.title, d.meta.issuer, d.meta.issuedOn], `${office} ${shape}`).toEqual(['东街2026年社区治理重点任务', office, '2026-03-02']);
    }
  });
  it('the signature alone, no red header: the office over the date', () => {
    const d = importText(['关于印发《青林镇2026年人居环境整治方案》的通知', '各村（社区）：',
      '现将《青林镇2026年人居环境整治方案》印发给你们，请结合实际抓好落实。', '南屿县青林镇', '2026年4月1日',
      '青林镇2026年人居环境整治方案', '一、整治重点', '1.清理村庄垃圾。', '2.整治农村厕所。'].join('\n'), 'x.txt');
    expect([d.meta.issuer, d.meta.issuedOn, d.meta.district]).toEqual(['南屿县青林镇', '2026-04-01', '南屿县']);
    expect(d.meta.notice).not.toContain('南屿县青林镇\n');
  });
  it('the signature at the end of the text', () => {
    for (const office of ['云溪区石桥街道', '石桥街道', '青林镇']) {
      const d = importText(['石桥2026年重点工作安排', '一、抓好项目建设', '1.推进安置房建设。', '2.完成道路改造2条。',
        office, '2026年1月15日'].join('\n'), 'x.txt');
      expect([d.meta.issuer, d.meta.issuedOn], office).toEqual([office, '2026-01-15']);
      expect(JSON.stringify(d.nodes), office).not.toContain(office);
    }
  });
  it('not: the name in the text, where it is a place', () => {
    // (a street named alone in a notice's sentence, or a line of the plan naming it, is where the work is done)
    const d = importText(['关于印发《东街2026年社区治理重点任务》的通知', '各社区居委会：',
      '现将《东街2026年社区治理重点任务》印发给你们，请认真抓好落实。', '青川区人民政府办公室', '2026年3月2日',
      '东街2026年社区治理重点任务', '一、完善社区服务', '东街街道', '1.新建社区食堂2个。', '青林镇', '2.改造社区用房3处。'].join('\n'), 'x.txt');
    expect(d.meta.issuer).toBe('青川区人民政府办公室');
    const text = JSON.stringify(d.nodes);
    expect(text).toContain('东街街道');
    expect(text).toContain('青林镇');
  });
  it('not: a word ending in 镇 or 街道, "各乡镇", "全区各街道", over a date', () => {
    for (const words of ['各乡镇', '全区各街道', '特色小镇']) {
      const d = importText(['石桥2026年重点工作安排', '一、抓好项目建设', '1.推进安置房建设。', '2.完成道路改造2条。', words, '2026年1月15日'].join('\n'), 'x.txt');
      expect(d.meta.issuer, words).not.toBe(words);
    }
  });
});

describe('a collective of units after a role word is a lead or a partner written as such, as "各有关部门配合" is', () => {
  // ("县农业农村局牵头，沿线乡镇配合" gave no roles at all — the lead lost with the clause —, as "有关乡镇配合" and
  // "相关部门配合" did, while "有关部门配合", "沿线街道配合" and "各有关乡镇配合" gave both)
  const all = (ns: PlanNode[]): PlanNode[] => ns.flatMap((n) => [n, ...all(n.children)]);
  const roles = (sentence: string) => {
    const p = importText(['南屿县2026年农村公路提升方案', '一、重点任务', `1.改造农村公路30公里。${sentence}`].join('\n'), 'x.txt');
    const n = all(p.nodes).find((x) => x.heading.startsWith('改造农村公路'))!;
    return { lead: n.lead, partners: n.partners };
  };
  it.each([
    ['县农业农村局牵头，沿线乡镇配合。', ['县农业农村局'], ['沿线乡镇']],
    ['县交通运输局牵头，有关乡镇配合。', ['县交通运输局'], ['有关乡镇']],
    ['县交通运输局牵头，相关乡镇配合。', ['县交通运输局'], ['相关乡镇']],
    ['县交通运输局牵头，沿线各乡镇配合。', ['县交通运输局'], ['沿线各乡镇']],
    ['县交通运输局牵头，相关部门配合。', ['县交通运输局'], ['相关部门']],
    ['县交通运输局牵头，相关单位配合。', ['县交通运输局'], ['相关单位']],
    ['有关乡镇负责，县农业农村局配合。', ['有关乡镇'], ['县农业农村局']],
    ['（县交通运输局牵头，沿线乡镇配合）', ['县交通运输局'], ['沿线乡镇']],
  ])('%s', (sentence, lead, partners) => {
    expect(roles(sentence)).toEqual({ lead, partners });
  });
  it('as today: 各有关部门, 有关部门, 各街道, 沿线街道', () => {
    expect(roles('县交通运输局牵头，各有关部门配合。')).toEqual({ lead: ['县交通运输局'], partners: ['各有关部门'] });
    expect(roles('县交通运输局牵头，有关部门配合。')).toEqual({ lead: ['县交通运输局'], partners: ['有关部门'] });
    expect(roles('县住建局牵头，各街道配合。')).toEqual({ lead: ['县住建局'], partners: ['各街道'] });
    expect(roles('县住建局牵头，沿线街道配合。')).toEqual({ lead: ['县住建局'], partners: ['沿线街道'] });
  });
  it('not: a kind of township with another qualifier, one town named by its kind (试点镇, 示范镇)', () => {
    expect(roles('试点镇负责，县住建局配合。').lead).toEqual([]);
    expect(roles('县住建局牵头，示范镇配合。').partners).toEqual([]);
  });
  it('not: a collective with no role word is where the work is done', () => {
    expect(roles('沿线乡镇要做好路域环境整治。')).toEqual({ lead: [], partners: [] });
  });
});

describe('a province or an autonomous region named short before its city is the province, not part of the city\'s name', () => {
  // ("广西南宁市青秀区…" read the city as "广西南宁市"; "新疆乌鲁木齐市天山区人民政府" and "内蒙古赤峰市…" gave no place at all:
  // only a province written with 省 or 自治区 was read before its city)
  const head = (title: string, issuer: string) => importText([title, '一、重点任务', '1.新建社区食堂2个。', '2.改造老旧小区3个。', issuer, '2026年3月2日'].join('\n'), 'x.txt').meta;
  it.each([
    ['广西南宁市青秀区2026年重点工作安排', '广西南宁市青秀区人民政府', '南宁市', '青秀区'],
    ['新疆乌鲁木齐市天山区2026年重点工作安排', '新疆乌鲁木齐市天山区人民政府', '乌鲁木齐市', '天山区'],
    ['西藏拉萨市城关区2026年重点工作安排', '西藏拉萨市城关区人民政府', '拉萨市', '城关区'],
    ['宁夏银川市兴庆区2026年重点工作安排', '宁夏银川市兴庆区人民政府', '银川市', '兴庆区'],
    ['内蒙古赤峰市红山区2026年重点工作安排', '内蒙古赤峰市红山区人民政府', '赤峰市', '红山区'],
    ['湖南长沙市岳麓区2026年重点工作安排', '湖南长沙市岳麓区人民政府', '长沙市', '岳麓区'],
    ['广西壮族自治区南宁市青秀区2026年重点工作安排', '广西壮族自治区南宁市青秀区人民政府', '南宁市', '青秀区'],
  ])('%s', (title, issuer, city, district) => {
    const m = head(title, issuer);
    expect([m.city, m.district, m.issuer]).toEqual([city, district, issuer]);
  });
  it('not: a prefecture whose name opens like a province\'s (海南藏族自治州 is 青海\'s), nor a province\'s name alone', () => {
    const m = head('海南藏族自治州贵德县2026年重点工作安排', '海南藏族自治州贵德县人民政府');
    expect([m.city, m.district]).toEqual(['海南藏族自治州', '贵德县']);
    expect(head('广西2026年重点工作安排', '南屿县人民政府').city).toBeNull();
  });
});

describe('a whole sentence under the last row of a space-aligned table, its cell not left open, is no rest of the cell', () => {
  // (rev42a F4's second half: "2    社区食堂建设    新建社区食堂20个    区民政局" ⏎ "                     以上项目由区政府统一
  // 调度。" joined the note to the cell above it; only a label line or a cell that closed its sentence kept it out)
  const all = (ns: PlanNode[]): PlanNode[] => ns.flatMap((n) => [n, ...all(n.children)]);
  const head = ['临江市东湖区2026年民生实事项目', '', '一、民生实事', '序号    项目名称    建设内容    牵头单位',
    '1    城南易涝点整治    整治易涝点12处，新建泵站2座    区住建委'];
  const plan = (lines: string[]) => all(importText([...head, ...lines].join('\n'), 'x.txt').nodes);
  it.each([
    ['under the task cell', '                     以上项目由区政府统一调度。'],
    ['under the serial cell', '    以上项目均纳入年度考核，每月通报一次。'],
  ])('%s, before the next part', (_, note) => {
    const ns = plan(['2    社区食堂建设    新建社区食堂20个    区民政局', note, '二、保障措施', '（一）加强调度。每月调度一次。']);
    const text = note.trim();
    expect(ns.find((n) => n.number === '2')!.body).not.toContain(text);
    expect(ns.find((n) => n.number === '2')!.heading).not.toContain(text);
    expect(JSON.stringify(ns.find((n) => n.heading === '民生实事'))).toContain(text);
  });
  it('guard: a cell left open with a comma goes on into it, the last row too', () => {
    const ns = plan(['2    社区食堂建设    新建社区食堂20个，    区民政局', '                      配套建设助餐点5个。', '二、保障措施', '（一）加强调度。每月调度一次。']);
    expect(ns.find((n) => n.number === '2')!.body).toContain('新建社区食堂20个，配套建设助餐点5个。');
  });
  it('guard: a line between two rows goes on with the cell above, a sentence end or not', () => {
    const ns = plan(['2    社区食堂建设    新建社区食堂20个    区民政局', '                      配套建设助餐点5个。', '3    口袋公园建设    新建口袋公园6处    区城管局']);
    expect(ns.find((n) => n.number === '2')!.body).toContain('新建社区食堂20个配套建设助餐点5个。');
  });
});

describe('a task table copied one cell a line whose rows carry no 序号: each row opens at its task sentence', () => {
  // (real batch 18's page 06: the header "序号 ⏎ 重点工作任务 ⏎ 牵头领导 ⏎ 牵头单位", then rows of a sentence, one or two
  // leaders one a line and the unit, no number before any: nothing was read, the whole annex left as the preamble)
  const all = (ns: PlanNode[]): PlanNode[] => ns.flatMap((n) => [n, ...all(n.children)]);
  const table = (rows: string[]) => all(importText(['南屿县2026年重点工作任务分解表', '', '序号', '', '重点工作任务', '', '牵头领导', '', '牵头单位', '', ...rows.flatMap((r) => [r, ''])].join('\n'), 'x.txt').nodes);
  it('rows without numbers, two leaders on two lines', () => {
    const ns = table(['县城要加快建设口袋公园，年内新建口袋公园8处。', '林海峰', '吴  涛', '县住建局', '青林镇要做好农村人居环境整治，完成改厕1200户。', '周文静', '县农业农村局']);
    expect(ns.map((n) => n.heading.slice(0, 5))).toEqual(['县城要加快', '青林镇要做']);
    expect(ns.map((n) => n.lead)).toEqual([['县住建局'], ['县农业农村局']]);
  });
  it('numbered rows with two leaders on two lines keep their units', () => {
    const ns = table(['1', '县城要加快建设口袋公园，年内新建口袋公园8处。', '林海峰', '吴  涛', '县住建局', '2', '青林镇要做好农村人居环境整治，完成改厕1200户。', '周文静', '县农业农村局']);
    expect(ns.map((n) => n.lead)).toEqual([['县住建局'], ['县农业农村局']]);
  });
  it('not: a short line under the header is no row without its number (the table is not read so)', () => {
    const ns = table(['道路工程', '林海峰', '县住建局']);
    expect(ns.some((n) => n.lead.includes('县住建局'))).toBe(false);
  });
});
