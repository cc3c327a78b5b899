/**
 * A flat list of points (1. … with nothing above or below) is the plan's work when its points carry work of their own
 * (levels.ts carriesWork): departments, as before, or — new in session 38 — a milestones line (年度节点：2026年完成：…)
 * or a report on their progress (进展情况：…, 完成情况：…). A 重点工作清单 whose table has no unit column (序号 | 工作事项 |
 * 进度安排 | 进展情况 | 完成情况, corpus 214) is read as tasks; its Markdown and Word exports print each task as a "1."
 * heading with those lines and no department, and came back as five parts holding nothing. Written afresh, fictional
 * places; the rule cases fail on ecce6bf9, the guards pass on both.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import { outline } from './outline-lines';

describe('a flat list whose points carry milestones or progress reports is a list of tasks', () => {
  it('Markdown as the export prints it: "## 1." headings with 年度节点 and 进展情况 lines and no department', () => {
    const md = ['# 云溪区2027年度重点工作清单', '',
      '## 1.建成城北便民服务中心。', '', '进展情况：已完成主体结构。', '', '年度节点：2027年完成：3月底前完成装修招标；9月底前投入使用。', '',
      '## 2.改造背街小巷12条。', '', '完成情况：序时推进', '', '年度节点：2027年完成：10月底前全部完工。', '',
      '## 3.新增托育托位300个。', '', '进展情况：已新增托位90个。', ''].join('\n');
    const p = importText(md, 'x.md');
    expect(outline(p.nodes)).toEqual(['task 1.|建成城北便民服务中心', 'task 2.|改造背街小巷12条', 'task 3.|新增托育托位300个']);
    expect(p.nodes[0].milestones.map((m) => [m.year, m.stage])).toEqual([[2027, '完成']]);
  });

  it('plain text as Word prints it: "1." lines, each with a 年度节点 line or a 进展情况 line and no department', () => {
    const txt = ['南屿县2026年民生实事推进清单', '',
      '1.新建农村公路30公里', '年度节点：2026年完成：6月底前开工；11月底前完工', '',
      '2.改造农贸市场3个', '进展情况：两个市场已进场施工', '',
      '3.建成乡镇污水处理站4座', '年度节点：2026年推进：完成设备采购'].join('\n');
    const p = importText(txt, 'x.txt');
    expect(outline(p.nodes)).toEqual(['task 1.|新建农村公路30公里', 'task 2.|改造农贸市场3个', 'task 3.|建成乡镇污水处理站4座']);
  });

  it('guard: a flat list whose points carry nothing of work stays as it was read (no tasks)', () => {
    const txt = ['青川区2026年社区工作要点', '',
      '1.坚持党建引领', '把党的领导贯穿社区治理全过程。', '',
      '2.坚持共建共享', '发动居民参与社区事务。', '',
      '3.坚持问题导向', '聚焦群众急难愁盼。'].join('\n');
    const p = importText(txt, 'x.txt');
    expect(p.nodes.some((n) => n.kind === 'task')).toBe(false);
  });

  it('guard: a flat list with only one point reporting progress is not made tasks by it (most points must carry work)', () => {
    const txt = ['东湖区2026年机关工作要点', '',
      '1.加强理论学习', '组织专题学习12次。', '',
      '2.改进工作作风', '进展情况：已开展作风整顿。', '',
      '3.严守纪律规矩', '开展警示教育。', '',
      '4.推进机关文化建设', '办好读书分享会。'].join('\n');
    const p = importText(txt, 'x.txt');
    expect(p.nodes.some((n) => n.kind === 'task')).toBe(false);
  });
});
