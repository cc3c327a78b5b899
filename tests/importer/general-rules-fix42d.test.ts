/**
 * Session 42, review rev42a F2, F4, F5, F6: numbered notes under a point, a note under a space-aligned table, a field
 * card whose labels repeat, @-mentioned field lines with other labels or full-width ＠ (our own wording).
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import type { PlanNode } from '../../shared/model/plan';

const nodes = (text: string, name = 'probe.txt'): PlanNode[] => {
  const out: PlanNode[] = [];
  const walk = (ns: PlanNode[]) => { for (const n of ns) { out.push(n); walk(n.children); } };
  walk(importText(text, name).nodes);
  return out;
};

describe('F2: a numbered note under a point of its own style', () => {
  it('ends at the next sibling point: "1.…" ⏎ "注：1.…" ⏎ "2.…" keeps 2. and 3. as points', () => {
    const text = [
      '云溪区2026年园林绿化工作计划', '', '一、公园建设',
      '1.建设口袋公园。新建口袋公园20个。（牵头单位：区园林局）',
      '注：1.口袋公园指面积在1公顷以下的小型绿地。',
      '2.推进绿道建设。新建绿道30公里。（牵头单位：区住建局）',
      '3.实施行道树补植。补植行道树2000株。（牵头单位：区城管局）',
      '二、绿化养护', '1.开展精细化养护。（牵头单位：区园林局）',
    ].join('\n');
    const ns = nodes(text);
    const park = ns.find((n) => n.heading === '建设口袋公园')!;
    expect(park.lead).toEqual(['区园林局']);
    expect(park.body).toContain('口袋公园指面积在1公顷以下');
    expect(ns.find((n) => n.heading === '推进绿道建设')?.lead).toEqual(['区住建局']);
    expect(ns.find((n) => n.heading === '实施行道树补植')?.lead).toEqual(['区城管局']);
  });
  it('a note of two numbers under a table still reads as one note (guard)', () => {
    const text = [
      '南屿县2026年教育工作要点', '', '一、发展目标', '（一）年度指标', '',
      '指标\t单位\t2026年', '学前教育普及率\t%\t95', '义务教育巩固率\t%\t99',
      '注：1.学前教育普及率按在园幼儿数计算。', '2.义务教育巩固率按初中毕业生数计算。', '',
      '二、重点任务', '（一）扩充学位。新增学位1000个。', '', '责任单位：县教育局',
    ].join('\n');
    const ns = nodes(text);
    expect(ns.some((n) => n.number === '2.' || n.heading.startsWith('义务教育巩固率按'))).toBe(false);
    expect(ns.map((n) => n.body).join('\n')).toContain('义务教育巩固率按初中毕业生数计算');
  });
  it('a note under a point of another style goes on with its numbers (guard)', () => {
    const text = [
      '青川区2026年环境整治工作方案', '', '一、主要任务',
      '（一）整治黑臭水体。完成整治5条。（牵头单位：区水务局）',
      '注：1.黑臭水体以市级名录为准。', '2.完成整治指通过市级验收。',
      '（二）治理扬尘。（牵头单位：区住建局）',
    ].join('\n');
    const ns = nodes(text);
    expect(ns.some((n) => n.number === '2.')).toBe(false);
    expect(ns.find((n) => n.heading === '整治黑臭水体')!.body).toContain('完成整治指通过市级验收');
  });
});

describe('F4: a line under a space-aligned table', () => {
  const head = ['临江市东湖区2026年民生实事项目', '', '一、民生实事', '序号    项目名称    建设内容    牵头单位',
    '1    城南易涝点整治    整治易涝点12处，新建泵站2座    区住建委'];
  it('an indented note opening with 注： is no cell of the last row', () => {
    const ns = nodes([...head, '2    社区食堂建设    新建社区食堂20个    区民政局', '    注：以上项目年底前全部完成。', '二、保障措施', '（一）加强调度。每月调度一次。'].join('\n'));
    const last = ns.find((n) => n.number === '2')!;
    expect(last.heading).toBe('社区食堂建设');
    expect(last.body).not.toContain('以上项目');
    expect(ns.find((n) => n.heading === '民生实事')!.body).toContain('注：以上项目年底前全部完成。');
  });
  it('a line under a cell that closed its sentence is no rest of it', () => {
    const ns = nodes([...head, '2    社区食堂建设    新建社区食堂20个。    区民政局', '                     以上项目由区政府统一调度。'].join('\n'));
    expect(ns.find((n) => n.number === '2')!.body).not.toContain('统一调度');
  });
  it('a cell wrapped onto a line of its own under its column still joins it (guard)', () => {
    const ns = nodes([...head.slice(0, 4), '1    城南易涝点整治    整治易涝点12处，新建泵站2座，    区住建委', '                      配套建设调蓄池1座', '2    社区食堂建设    新建社区食堂20个    区民政局'].join('\n'));
    expect(ns.find((n) => n.number === '1')!.body).toContain('新建泵站2座，配套建设调蓄池1座');
  });
});

describe('F5: a field card whose labels repeat', () => {
  it('a label met again starts the next card, each with its own units', () => {
    const text = ['青川区2026年重点任务卡片', '', '一、教育', '（一）学前教育扩容',
      '主要任务\t新建幼儿园3所', '责任单位\t区教育局', '主要任务\t改扩建小学2所', '责任单位\t区住建局', '完成时限\t2026年8月底前',
      '（二）义务教育', '1.推进集团化办学。组建教育集团5个。（牵头单位：区教育局）'].join('\n');
    const task = nodes(text).find((n) => n.heading === '学前教育扩容')!;
    expect(task.body).not.toContain('责任单位：区教育局；责任单位');
    expect(task.body.split('\n')).toEqual(['新建幼儿园3所。（责任单位：区教育局）', '改扩建小学2所。（责任单位：区住建局；完成时限：2026年8月底前）']);
  });
  it('a card of one content and its fields is one paragraph (guard)', () => {
    const text = ['青川区2026年重点任务卡片', '', '一、教育', '（一）学前教育扩容',
      '主要任务\t新建幼儿园3所', '责任单位\t区教育局', '完成时限\t2026年8月底前', '（二）义务教育', '新建学校2所。'].join('\n');
    const task = nodes(text).find((n) => n.heading === '学前教育扩容')!;
    expect(task.body).toBe('新建幼儿园3所。（责任单位：区教育局；完成时限：2026年8月底前）');
    expect(task.lead).toEqual(['区教育局']);
  });
  it('a repeated label leaving a card with no content keeps the rows a table (guard)', () => {
    const text = ['青川区2026年重点任务卡片', '', '一、教育', '（一）学前教育扩容',
      '主要任务\t新建幼儿园3所', '责任单位\t区教育局', '责任单位\t区住建局', '（二）义务教育', '新建学校2所。'].join('\n');
    const task = nodes(text).find((n) => n.heading === '学前教育扩容')!;
    expect(task.body).not.toContain('（责任单位：');
  });
});

describe('F6: a line of @-mentioned fields', () => {
  const md = (fields: string) => ['# 青川区2026年数字政府建设计划', '', '## 一、数据共享', '', '### 1. 建设数据共享平台', '', fields, '', '### 2. 完善政务云', '', '负责：@区数据局　截止：2026年9月底', ''].join('\n');
  it('a value ends at a label not ours; that field stays text of its own', () => {
    const task = nodes(md('负责：@区数据局　联系邮箱：data@qingchuan.gov.cn　截止：2026-06-30'), 'p.md').find((n) => n.heading === '建设数据共享平台')!;
    expect(task.lead).toEqual(['区数据局']);
    expect(task.body).toContain('联系邮箱：data@qingchuan.gov.cn');
    expect(task.body).toContain('完成时限：2026年6月30日');
  });
  it('full-width ＠ mentions are mentions too', () => {
    const task = nodes(md('负责：＠区数据局　协同：＠区政务服务中心 ＠区财政局　截止：2026-06-30'), 'p.md').find((n) => n.heading === '建设数据共享平台')!;
    expect(task.lead).toEqual(['区数据局']);
    expect(task.partners).toEqual(['区政务服务中心', '区财政局']);
  });
  it('a mention that names no department leaves the line as written (guard)', () => {
    const task = nodes(md('负责：@张三　协同：@李四　截止：2026-06-30'), 'p.md').find((n) => n.heading === '建设数据共享平台')!;
    expect(task.lead).toEqual([]);
    expect(task.body).toContain('负责：@张三');
  });
});
