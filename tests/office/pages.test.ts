/** The GB/T 9704 page layout of the HTML preview (shared/export/pages.ts): lines of 28 characters, 22 lines a page. */
import { describe, expect, it } from 'vitest';
import { balancedLines, breakLines, layoutPages, paginate, TITLE_CHARS, widthOf } from '../../shared/export/pages';
import { emptyNode, type PlanDoc, type PlanNode } from '../../shared/model/plan';
import { blankPlan } from '../../shared/template';

const PARA = '推进智慧城市建设，完善信息基础设施，提升公共服务水平和城市管理能力'.repeat(3).slice(0, 84);

function plan(nodes: PlanNode[]): PlanDoc {
  const blank = blankPlan({ title: '某区推进智慧城市建设三年行动计划(2027-2029)', district: '某区', period: { start: 2027, end: 2029 } });
  return { ...blank, meta: { ...blank.meta, preamble: '' }, nodes };
}

describe('breakLines', () => {
  it('fills lines of 28 characters, the first after a 2-character indent', () => {
    const lines = breakLines('一'.repeat(60), 28, 2);
    expect(lines.map((l) => [...l].length)).toEqual([26, 28, 6]);
  });
  it('counts Latin letters and digits as half a character and keeps a number in one piece', () => {
    expect(widthOf('2015年ab')).toBe(4);
    const lines = breakLines('一'.repeat(27) + '2015年', 28);
    expect(lines).toEqual(['一'.repeat(27), '2015年']);
  });
  it('hangs closing punctuation on the line before instead of starting a line with it', () => {
    const lines = breakLines('一'.repeat(28) + '。二', 28);
    expect(lines).toEqual(['一'.repeat(28) + '。', '二']);
  });
  it('balances a long title into lines of at most 20 二号 characters', () => {
    expect(TITLE_CHARS).toBe(20);
    const lines = balancedLines('上海市奉贤区推进智慧城市建设三年行动计划（2020—2022年）', TITLE_CHARS);
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => widthOf(l) <= 20)).toBe(true);
    expect(lines.join('')).toBe('上海市奉贤区推进智慧城市建设三年行动计划（2020—2022年）');
  });
});

describe('layoutPages', () => {
  it('puts 22 lines on a page: a title of 2 lines, a blank line, a heading and 40 paragraphs of 4 lines make 164 lines → 8 pages', () => {
    const doc = plan([{ ...emptyNode('n1', 'part'), number: '一、', heading: '主要任务', body: Array.from({ length: 40 }, () => PARA).join('\n') }]);
    const pages = layoutPages(doc);
    expect(pages.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const portrait = pages.filter((p) => p.kind === 'portrait');
    expect(portrait.map((p) => p.lines.length)).toEqual([22, 22, 22, 22, 22, 22, 22, 10]);
    const first = portrait[0].lines;
    // the printed title 某区…计划（2027—2029） is 23 characters: two lines of at most 20, broken before the bracket
    // (as LibreOffice shows the exported Word file)
    expect(first.slice(0, 2).map((l) => [l.role, l.align])).toEqual([['title', 'center'], ['title', 'center']]);
    expect(first.slice(0, 2).map((l) => l.text)).toEqual(['某区推进智慧城市建设三年行动计划', '（2027—2029）']);
    expect(first[2].text).toBe('');
    expect(first[3]).toMatchObject({ text: '一、主要任务', role: 'hei', indent: 2 });
    expect(first[4]).toMatchObject({ indent: 2, align: 'justify' });
    expect([...first[4].text]).toHaveLength(26);
    expect(first[7]).toMatchObject({ indent: 0, align: 'left' }); // the paragraph's last line
  });

  it('frames a 专栏 and puts the 任务分解表 on landscape pages after the body', () => {
    const task = (i: number): PlanNode => ({ ...emptyNode(`t${i}`, 'task'), heading: `任务${i}`, body: '建设综合平台。', lead: ['区科委'] });
    const box: PlanNode = { ...emptyNode('b1', 'box'), number: '专栏1', heading: '重点工程', children: [{ ...emptyNode('i1', 'item'), number: '1.', heading: '智慧交通示范工程' }] };
    const doc = plan([{ ...emptyNode('p1', 'part'), number: '一、', heading: '主要任务', children: [box, ...Array.from({ length: 3 }, (_, i) => task(i + 1))] }]);
    const pages = layoutPages(doc, { annexes: true });
    const lines = pages[0].kind === 'portrait' ? pages[0].lines : [];
    expect(lines.filter((l) => l.frame).map((l) => [l.frame, l.text])).toEqual([['top', '专栏1　重点工程'], ['bottom', '1.智慧交通示范工程']]);
    const last = pages.at(-1)!;
    expect(last.kind).toBe('landscape');
    if (last.kind !== 'landscape') return;
    // (every task in one part: no container column, as in the Word table)
    expect(last.rows.map((r) => r[1])).toEqual(['1.任务1', '2.任务2', '3.任务3'].map((t) => expect.stringContaining(t.slice(2))));
    expect(last.head.slice(0, 5)).toEqual(['序号', '重点任务', '主要内容', '牵头部门', '配合部门']);
  });

  it('starts with the 印发 notice when the cover is asked for, the plan on a new page under 附件', () => {
    const doc = plan([{ ...emptyNode('n1', 'part'), number: '一、', heading: '主要任务', body: PARA }]);
    doc.meta.issuer = '某区人民政府办公室';
    const pages = layoutPages(doc, { cover: true });
    expect(pages).toHaveLength(2);
    const [cover, body] = pages.map((p) => (p.kind === 'portrait' ? p.lines : []));
    expect(cover.find((l) => l.role === 'red')?.text).toBe('某区人民政府办公室文件');
    expect(cover.some((l) => l.text.startsWith('关于印发'))).toBe(true);
    expect(body[0]).toMatchObject({ text: '附件', role: 'label' });
  });
});

describe('paginate', () => {
  const para = (id: number, n: number, keep = false) => Array.from({ length: n }, (_, i) => ({ text: `p${id}.${i}`, role: 'body' as const, indent: 0, align: 'left' as const, para: id, ...(keep ? { keep: true } : {}) }));
  const texts = (pages: ReturnType<typeof paginate>) => pages.map((p) => p.map((l) => l.text));

  it('leaves no single line of a paragraph at the foot of a page or at the head of the next (widows and orphans)', () => {
    // 9 lines, then a paragraph of 3 on 10-line pages: 1 line would be left at the foot → all 3 go over
    expect(texts(paginate([...para(1, 9), ...para(2, 3)], 10))).toEqual([para(1, 9).map((l) => l.text), ['p2.0', 'p2.1', 'p2.2']]);
    // 8 lines, then 3: 2 would fit but carry 1, and 1 here would be alone → all 3 go over
    expect(texts(paginate([...para(1, 8), ...para(2, 3)], 10))[1]).toEqual(['p2.0', 'p2.1', 'p2.2']);
    // 6 lines, then 6: 4 fit, the rest (2) carried
    expect(texts(paginate([...para(1, 6), ...para(2, 6)], 10))).toEqual([[...para(1, 6), ...para(2, 4)].map((l) => l.text), ['p2.4', 'p2.5']]);
    // 7 lines, then 4: 3 fit, but only 1 would be carried → 2 here, 2 there
    expect(texts(paginate([...para(1, 7), ...para(2, 4)], 10))[1]).toEqual(['p2.2', 'p2.3']);
  });

  it('moves a heading to the next page when the first lines after it do not fit under it', () => {
    const pages = paginate([...para(1, 8), ...para(2, 1, true), ...para(3, 5)], 10);
    expect(texts(pages)[1][0]).toBe('p2.0');
    // room for the heading and 2 lines: it stays
    expect(texts(paginate([...para(1, 7), ...para(2, 1, true), ...para(3, 5)], 10))[0].at(-1)).toBe('p3.1');
  });
});

describe('the page preview prints what the Word export prints', () => {
  it('a plan whose source table of the tasks gives way to the generated 分解表 (no annexes): no 年度节点 line in the text, as in Word (the table carries them)', async () => {
    const { readFileSync } = await import('node:fs');
    const { importText } = await import('../../shared/importer/index');
    const { printedParagraphs } = await import('../../shared/fieldtext');
    const { walk } = await import('../../shared/model/plan');
    const file = '23-annex-task-table.txt';
    const doc = importText(readFileSync(new URL(`../corpus/docs/${file}`, import.meta.url), 'utf8'), file);
    // a task whose milestones its text does not state (the source table carried them)
    const task = [...walk(doc.nodes)].map((w) => w.node).find((n) => n.kind === 'task' && n.milestones.length && !n.body.includes('年度节点'))!;
    expect(task).toBeDefined();
    // Word without annexes: the generated table stands in the source table's place, so the text has no such line …
    expect(printedParagraphs(task, doc.meta.period, { annexes: false, taskTable: true }).some((p) => p.startsWith('年度节点'))).toBe(false);
    // … and the preview lays out the same text
    const lines = layoutPages(doc, { annexes: false }).flatMap((p) => ('lines' in p && p.lines ? p.lines.map((l) => l.text) : []));
    expect(lines.some((l) => l.startsWith('年度节点'))).toBe(false);
  });
});
