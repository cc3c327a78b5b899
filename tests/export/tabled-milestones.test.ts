/**
 * A node's milestones read from a 分解表's year cells beside a sentence of its text giving the same year and stage in
 * other words (the importer reads the table first and adds no sentence's milestone of a year and stage the table gave).
 * Wherever the export prints a 分解表 — the annex, or without annexes the generated table set in place of a source table
 * of the tasks (`taskTable`) — the table carries the words and no 年度节点 line is printed: a line would state the
 * milestones twice and, re-imported, be read in place of the table (shared/fieldtext.ts staleMilestones).
 */
import { describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { buildDocx } from '../../shared/export/docx';
import { sourceTableNotes } from '../../shared/export/sourcetable';
import { printedParagraphs, staleMilestones } from '../../shared/fieldtext';
import { importFile } from '../../shared/importer/index';
import { emptyNode, walk, type PlanNode } from '../../shared/model/plan';
import { compareFields } from '../helpers/fields';

const PERIOD = { start: 2025, end: 2027 };

function park(): PlanNode {
  const n = emptyNode('t1', 'task');
  n.heading = '建设智慧园区';
  n.body = '以南屿县高新园、云溪物流园为重点，推进园区信息化建设，2027年底前建成3家示范性智慧园区。';
  // the table's cells: 2025 启动, 2026 推进, 2027 完成 — in the table's words, not the sentence's
  n.milestones = [
    { year: 2025, stage: '启动', text: '园区综合服务平台建设' },
    { year: 2026, stage: '推进', text: '园区综合服务平台建设' },
    { year: 2027, stage: '完成', text: '园区综合服务平台建设' },
  ];
  return n;
}

describe('milestones a printed 分解表 carries are not printed again as a 年度节点 line', () => {
  it('the sentence\'s 2027 完成 is held by the table\'s 2027 完成 cell when a table is printed, not otherwise', () => {
    const n = park();
    expect(staleMilestones(n, PERIOD, true)).toBe(false);
    expect(staleMilestones(n, PERIOD, false)).toBe(true);
  });
  it('the generated table set in place of the source table (no annexes) is such a table, as the annex is', () => {
    const n = park();
    const plain = [n.body];
    expect(printedParagraphs(n, PERIOD, { annexes: true })).toEqual(plain);
    expect(printedParagraphs(n, PERIOD, { annexes: false, taskTable: true })).toEqual(plain);
    // no table at all: the line states the entered milestones, and a re-import reads them from it
    expect(printedParagraphs(n, PERIOD, { annexes: false }).slice(-1)[0]).toMatch(/^年度节点：2025年启动：园区综合服务平台建设；/);
  });
  it('a milestone of another stage than the sentence\'s is no hold: the line is printed with the table too', () => {
    const n = park();
    n.milestones[2] = { year: 2027, stage: '推进', text: '园区综合服务平台建设' };
    expect(printedParagraphs(n, PERIOD, { annexes: false, taskTable: true }).slice(-1)[0]).toMatch(/^年度节点：/);
  });
});

const PLAN = ['南屿县智慧园区建设三年行动计划（2025—2027年）', '', '一、主要任务', '', '（一）建设园区综合服务平台',
  '以南屿县高新园、云溪物流园为重点，建设园区综合服务平台，2026年底前建成3家示范性智慧园区。（责任单位：县科技局）', '',
  '（二）推进园区能源管理', '在重点园区建立能源在线监测系统，2026年完成高新园能源管理系统建设。（责任单位：县发展改革局）', '',
  '附件', '', '南屿县智慧园区建设三年行动计划重点任务分解表', '序号\t重点任务\t牵头部门\t2025年\t2026年\t2027年',
  '1\t建设园区综合服务平台\t县科技局\t启动：园区综合服务平台建设\t完成：园区综合服务平台建设\t——',
  '2\t推进园区能源管理\t县发展改革局\t启动：能源在线监测系统建设\t推进：能源在线监测系统建设\t完成：能源在线监测系统建设'].join('\n');

describe('plain Word with the generated 分解表 in place of the source table', () => {
  it('prints no 年度节点 line for a sentence the table\'s cell holds, and reads back the same milestones', async () => {
    const d = await importFile({ bytes: new TextEncoder().encode(PLAN), fileName: 'plan.txt' });
    const ms = (doc: typeof d) => [...walk(doc.nodes)].filter((w) => w.node.kind === 'task').map((w) => w.node.milestones.map((m) => `${m.year} ${m.stage} ${m.text}`));
    // the first task's 2026 完成 is the table's cell (the sentence's "2026年底前建成…" adds none); the second's sentence
    // gives a 2026 完成 the table has not (its 2026 cell is 推进)
    expect(ms(d)).toEqual([
      ['2025 启动 园区综合服务平台建设', '2026 完成 园区综合服务平台建设'],
      ['2025 启动 能源在线监测系统建设', '2026 推进 能源在线监测系统建设', '2027 完成 能源在线监测系统建设', '2026 完成 2026年完成高新园能源管理系统建设'],
    ]);
    expect(sourceTableNotes(d, false).map((n) => n.action)).toEqual(['generated']);
    const plain = await buildDocx(d, { cover: false, annexes: false });
    expect((await mammoth.extractRawText({ buffer: Buffer.from(plain) })).value).not.toContain('年度节点');
    const back = await importFile({ bytes: plain, fileName: 'plan.docx' });
    expect(compareFields(d, back).lost).toEqual([]);
  });
});
