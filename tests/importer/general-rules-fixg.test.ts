/**
 * The batch-26 rules narrowed to the shapes they were written for (review 37: H1, M1, L2; docs/importer-grammar.md,
 * "Rules added for batch 26"). Opening (1) / ① points are the top level only when their numbering runs on over the
 * numbered points (187's "(3)提升服务效能" after 2.); a run of 【】 labels is a task's fields only when the labels are
 * those of a task list, the first a name, content or field label (186), in Traditional script too.
 * Every case is written in our own words, with fictional places, and the rule cases fail on 27e80c14.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import { outline } from './outline-lines';

const plan = (text: string) => importText(text, 'x.txt');
type N = ReturnType<typeof plan>['nodes'][number];
const all = (ns: N[]): N[] => ns.flatMap((n) => [n, ...all(n.children)]);
const byHeading = (ns: N[], h: string) => all(ns).find((n) => n.heading === h);
const parentOf = (ns: N[], h: string): N | null => all(ns).find((n) => n.children.some((c) => c.heading === h)) ?? null;

describe('opening (1) / ① points that the numbered points follow, numbered afresh under them, are no top level (H1)', () => {
  it('an opening list of the plan\'s bases, then 1、 points each with its own （1）（2）', () => {
    const text = [
      '南屿县2026年乡村建设工作要点',
      '本要点依据下列文件编制：',
      '（1）《南屿县国土空间总体规划》',
      '（2）《南屿县乡村振兴促进条例》',
      '1、推进农村道路提档。全年完成农村公路提档升级60公里。',
      '（1）打通断头路',
      '（2）完善安保设施',
      '2、改善农村人居环境。新建农村公厕30座。',
      '（1）推进厕所改造',
      '（2）治理生活污水',
    ].join('\n');
    const nodes = plan(text).nodes;
    // the second point is no child of a (2) under the first; each (1) (2) is under its own point
    expect(parentOf(nodes, '改善农村人居环境')?.heading).not.toBe('完善安保设施');
    expect(parentOf(nodes, '打通断头路')?.heading).toBe('推进农村道路提档');
    expect(parentOf(nodes, '治理生活污水')?.heading).toBe('改善农村人居环境');
    expect(parentOf(nodes, '推进农村道路提档')).toBeNull();
    expect(parentOf(nodes, '改善农村人居环境')).toBeNull();
  });
  it('the areas a plan covers listed ① ② before its 1. tasks, no ③ after them', () => {
    const text = [
      '云溪区2026年背街小巷整治工作安排',
      '今年整治覆盖以下两个片区：',
      '①滨江片区',
      '②火车站片区',
      '1.整治路面破损。修补破损路面2万平方米。（责任单位：区城管局）',
      '2.规范店招店牌。更换不规范店招300块。（责任单位：区城管局）',
      '3.清理架空线缆。入地改造线缆15公里。（责任单位：区住建局）',
    ].join('\n');
    const nodes = plan(text).nodes;
    for (const h of ['整治路面破损', '规范店招店牌', '清理架空线缆']) expect(parentOf(nodes, h)?.number ?? '').not.toBe('②');
    expect(byHeading(nodes, '清理架空线缆')!.lead).toEqual(['区住建局']);
  });
  it('(1) headings whose numbering goes on after the points still hold them (187\'s shape, as ① headings)', () => {
    const text = [
      '青川区2026年全民健身工作要点',
      '①总体目标',
      '全区经常参加体育锻炼人数比例达到42%。',
      '②设施建设',
      '1.新建社区健身点。全年新建社区健身点25个。（牵头单位：区文体旅局）',
      '2.改造公共体育场。完成区体育场塑胶跑道改造。（牵头单位：区文体旅局）',
      '③赛事活动',
      '3.举办全民健身运动会。设置比赛项目12个。（牵头单位：区文体旅局；配合单位：区总工会）',
      '④工作要求',
      '各单位要加强协同。',
    ].join('\n');
    const o = outline(plan(text).nodes).join('\n');
    expect(o).toContain('part ②|设施建设\n  task 1.|新建社区健身点\n  task 2.|改造公共体育场\npart ③|赛事活动\n  task 3.|举办全民健身运动会\npart ④|工作要求');
  });
  it('an annex numbering its own (1) (2) afresh does not undo the body\'s top level', () => {
    const text = [
      '云溪区2026年控烟工作要点',
      '（1）工作目标',
      '全区成人吸烟率下降到19%以下。',
      '（2）重点任务',
      '1、推进无烟机关建设。全区党政机关全部建成无烟机关。（责任单位：区卫健委）',
      '2、加强控烟执法。开展控烟联合执法检查4次。（责任单位：区卫健委、区市场监管局）',
      '（3）保障措施',
      '3、强化经费保障。将控烟经费纳入年度预算。（责任单位：区财政局）',
      '',
      '附件1',
      '云溪区无烟单位建设名单',
      '（1）云溪区人民医院',
      '（2）云溪区第一中学',
    ].join('\n');
    const nodes = plan(text).nodes;
    expect(parentOf(nodes, '加强控烟执法')?.heading).toBe('重点任务');
    expect(parentOf(nodes, '强化经费保障')?.heading).toBe('保障措施');
  });
});

describe('【】 around headings or stressed words is no run of task fields (M1)', () => {
  it('bracketed headings, one followed by a department field, stay the headings they are', () => {
    const text = [
      '青川区2026年优化营商环境行动方案',
      '一、重点行动',
      '【行动一】审批服务提速',
      '推行企业开办一日办结。',
      '【行动二】融资服务扩面【牵头单位】区金融服务中心',
      '新增普惠小微贷款10亿元。',
      '【行动三】涉企执法规范',
      '推行涉企检查“扫码入企”。',
      '二、保障措施',
      '加强督促检查。',
    ].join('\n');
    const nodes = plan(text).nodes;
    const bodies = all(nodes).map((n) => n.body).join('\n');
    expect(bodies).not.toContain('行动二：');
    // the three bracketed headings are read alike: siblings under 一、
    const one = byHeading(nodes, '重点行动')!;
    const kids = one.children.map((c) => `${c.kind}|${c.heading}`);
    expect(kids.length).toBe(3);
    expect(new Set(one.children.map((c) => c.kind)).size).toBe(1);
    expect(all(nodes).some((n) => /审批服务提速/.test(`${n.heading}${n.body}`) && n.body.indexOf('推行企业开办一日办结') >= 0)).toBe(true);
  });
  it('a stressed phrase opening a paragraph with a field run after it is left as written', () => {
    const text = [
      '南屿县2026年农村供水保障工作方案',
      '一、主要任务',
      '【巩固提升农村供水】完成12处农村供水工程改造，农村自来水普及率达到96%。【责任单位】县水利局',
      '【加强水质检测】每季度开展一次水质抽检。【责任单位】县疾控中心【完成时限】2026年12月底前',
      '二、工作要求',
      '各乡镇要落实管护责任。',
    ].join('\n');
    const body = all(plan(text).nodes).map((n) => n.body).join('\n');
    expect(body).toContain('【巩固提升农村供水】完成12处农村供水工程改造');
    expect(body).toContain('【加强水质检测】每季度开展一次水质抽检。');
    expect(body).not.toContain('巩固提升农村供水：');
    expect(body).not.toContain('加强水质检测：');
  });
  it('a run with a label no task list uses (【温馨提示】) is left as written; a list\'s own 【推进措施】 is read', () => {
    const text = [
      '云溪区2026年重点民生事项清单',
      '一、教育',
      '1.【任务名称】新建公办幼儿园【工作内容】新建公办幼儿园2所【牵头单位】区教育局【温馨提示】请于每月5日前报送进展',
      '2.【任务名称】推进集团化办学【推进措施】组建义务教育集团3个【牵头单位】区教育局【完成时限】2026年8月底前',
      '二、卫生',
      '3.提升基层医疗服务。（责任单位：区卫健委）',
    ].join('\n');
    const nodes = plan(text).nodes;
    expect(all(nodes).map((n) => `${n.heading}${n.body}`).join('\n')).toContain('【工作内容】新建公办幼儿园2所【牵头单位】区教育局【温馨提示】');
    const b = byHeading(nodes, '推进集团化办学')!;
    expect(b.lead).toEqual(['区教育局']);
    expect(b.body).toContain('组建义务教育集团3个');
    expect(b.body).not.toContain('【');
  });
});

describe('a run of 【】 fields in Traditional script is read as in Simplified (L2)', () => {
  it('numbered tasks with 【任務名稱】…【牽頭單位】…【完成時限】', () => {
    const text = [
      '青川區2026年重點民生實事',
      '一、城市建設',
      '1.【任務名稱】改造老舊小區【工作內容】完成老舊小區改造18個【牽頭單位】區住建局【配合單位】區財政局【完成時限】2026年11月底前',
      '2.【任務名稱】新建停車泊位【工作內容】新增公共停車泊位800個【牽頭單位】區城管局【完成時限】2026年12月底前',
      '二、工作要求',
      '各單位按月報送進展。',
    ].join('\n');
    const nodes = plan(text).nodes;
    const a = byHeading(nodes, '改造老舊小區')!;
    expect(a).toBeDefined();
    expect(a.lead).toEqual(['區住建局']);
    expect(a.partners).toEqual(['區財政局']);
    expect(a.milestones.map((m) => m.year)).toEqual([2026]);
    expect(a.body).not.toContain('【');
    expect(byHeading(nodes, '新建停車泊位')!.lead).toEqual(['區城管局']);
  });
  it('unnumbered lines under 一、 with 【工作任務】【具體措施】【責任單位】【完成時間】 and a 【備註】', () => {
    const text = [
      '南嶼縣2026年鄉村振興重點任務',
      '一、產業發展',
      '【工作任務】發展特色種植【具體措施】新建高標準茶園2000畝【責任單位】縣農業農村局【完成時間】2026年10月底前【備註】分兩批驗收',
      '【工作任務】培育農村電商【具體措施】建成村級電商服務站40個【責任單位】縣商務局【完成時間】2026年9月底前',
      '二、保障措施',
      '加強資金保障。',
    ].join('\n');
    const nodes = plan(text).nodes;
    const a = byHeading(nodes, '發展特色種植')!;
    expect(a).toBeDefined();
    expect(a.lead).toEqual(['縣農業農村局']);
    expect(a.body).toContain('備註：分兩批驗收');
    expect(byHeading(nodes, '培育農村電商')!.lead).toEqual(['縣商務局']);
  });
});
