/**
 * Departments said once for several points ("以上3项目标的责任单位均为区发展改革局。", shared/importer/sharedresp.ts) and
 * the departments the planner then entered per point: a Word export (with its 分解表 annex and without) imported back
 * gives each point what was entered, not the shared line's; the shared line fills only points with nothing of their
 * own (a field line, an annex row). The Word file prints a covered point's own departments when they are no longer
 * the line's (shared/fieldtext.ts printedParagraphs), so the document is true without its annexes too.
 */
import { describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { buildDocx } from '../../shared/export/docx';
import { sharedDepartments } from '../../shared/fieldtext';
import { importFile } from '../../shared/importer/index';
import { walk, type PlanDoc, type PlanNode } from '../../shared/model/plan';

const TEXT = `溪南区2025年度政府目标管理工作方案

为推动目标任务落实，制定本方案。

一、目标体系设置

（一）经济发展目标。共3项。

1.地区生产总值增长6%左右；
2.固定资产投资增长7%；
3.规模以上工业增加值增长8%；
以上3项目标的责任单位均为区发展改革局。

二、工作要求

各单位要抓好落实。
`;

const txt = (s: string) => importFile({ bytes: new TextEncoder().encode(s), fileName: '目标管理.txt' });
const points = (d: PlanDoc): PlanNode[] => [...walk(d.nodes)].map((w) => w.node).filter((n) => /^(地区生产总值|固定资产投资|规模以上工业)/.test(n.heading));
const departments = (d: PlanDoc) => points(d).map((n) => [n.lead, n.partners]);

/** The plan as imported, then point 2's lead changed to 区统计局 and 区财政局 added to point 3 as partner. */
async function edited(): Promise<PlanDoc> {
  const d = await txt(TEXT);
  const [, p2, p3] = points(d);
  p2.lead = ['区统计局'];
  p3.partners = ['区财政局'];
  return d;
}

const ENTERED = [
  [['区发展改革局'], []],
  [['区统计局'], []],
  [['区发展改革局'], ['区财政局']],
];

describe('a shared 责任单位 line and departments entered per point', () => {
  it('the import gives the three points the shared line (nothing of their own)', async () => {
    const d = await txt(TEXT);
    expect(departments(d)).toEqual([
      [['区发展改革局'], []],
      [['区发展改革局'], []],
      [['区发展改革局'], []],
    ]);
    expect(sharedDepartments(d.nodes).size).toBe(3);
  });

  for (const annexes of [false, true]) {
    it(`Word ${annexes ? 'with' : 'without'} annexes → import: each point has what was entered; a second round changes nothing`, async () => {
      const bytes = await buildDocx(await edited(), { cover: false, annexes });
      // the shared line is printed as written; the points whose departments differ from it state their own
      const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
      expect(value).toContain('以上3项目标的责任单位均为区发展改革局。');
      expect(value).toContain('牵头单位：区统计局');
      expect(value).toContain('牵头单位：区发展改革局；配合单位：区财政局');
      const back = await importFile({ bytes: new Uint8Array(bytes), fileName: '目标管理.docx' });
      expect(departments(back)).toEqual(ENTERED);
      const again = await importFile({ bytes: new Uint8Array(await buildDocx(back, { cover: false, annexes })), fileName: '目标管理.docx' });
      expect(departments(again)).toEqual(ENTERED);
    });
  }

  it('unchanged departments print no line of their own (the shared line says them)', async () => {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await buildDocx(await txt(TEXT), { cover: false, annexes: false })) });
    expect(value).not.toContain('牵头单位');
  });

  it("an annex row (the 分解表 of a file exported before) gives a covered point its departments instead of the shared line's, not beside them", async () => {
    const md = `# 溪南区2025年度政府目标管理工作方案

为推动目标任务落实，制定本方案。

一、目标体系设置

（一）经济发展目标。

1.地区生产总值增长6%左右；

2.固定资产投资增长7%；

3.规模以上工业增加值增长8%；

以上3项目标的责任单位均为区发展改革局。

二、工作要求

各单位要抓好落实。

附件：溪南区2025年度政府目标管理工作方案主要任务分解表

| 序号 | 主要任务 | 牵头单位 | 配合单位 |
|---|---|---|---|
| 1 | 地区生产总值增长6%左右 | 区发展改革局 |  |
| 2 | 固定资产投资增长7% | 区统计局 |  |
| 3 | 规模以上工业增加值增长8% | 区发展改革局 | 区财政局 |
`;
    const d = await importFile({ bytes: new TextEncoder().encode(md), fileName: '目标管理.md' });
    expect(departments(d)).toEqual(ENTERED);
  });

  it("a point's own field line wins over the shared line; the others take the line", async () => {
    const d = await txt(TEXT.replace('2.固定资产投资增长7%；\n', '2.固定资产投资增长7%；\n牵头单位：区统计局；配合单位：区税务局。\n'));
    expect(departments(d)).toEqual([
      [['区发展改革局'], []],
      [['区统计局'], ['区税务局']],
      [['区发展改革局'], []],
    ]);
  });
});
