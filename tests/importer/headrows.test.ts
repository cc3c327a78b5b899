/**
 * joinHeadRows (shared/importer/headrows.ts): a table head of two rows read as one; rows that only look alike are
 * left alone.
 */
import { describe, expect, it } from 'vitest';
import { joinHeadRows } from '../../shared/importer/headrows';
import type { MergedCell, SourceLine } from '../../shared/importer/types';

const m = (text: string): MergedCell => ({ text, lines: [text] });
const row = (line: number, cells: string[], mergedFrom?: Array<MergedCell | null>): SourceLine => ({ text: cells.join('\t'), line, cells, ...(mergedFrom ? { mergedFrom } : {}) });

describe('joinHeadRows', () => {
  it('the lower row takes the labels merged down into it; the upper row gives way', () => {
    const up = row(1, ['序号', '重点任务', '年度目标', '牵头单位']);
    const low = row(2, ['', '', '2025年', '2026年', '2027年', ''], [m('序号'), m('重点任务'), null, null, null, m('牵头单位')]);
    const out = joinHeadRows([up, low]);
    expect(out[0]).toEqual({ text: '', line: 1 });
    expect(out[1].cells).toEqual(['序号', '重点任务', '2025年', '2026年', '2027年', '牵头单位']);
    expect(out[1].mergedFrom).toBeUndefined();
  });

  it('a data row under a group row (一、…) or under a head is not a head: numbers, sentences, dates, text merged from elsewhere', () => {
    const group = row(1, ['一、经济发展']);
    const data = row(2, ['', '完成老旧小区改造', '', '区房管局'], [null, null, m('区建设委'), null]);
    expect(joinHeadRows([group, data])).toEqual([group, data]);
    const head = row(3, ['序号', '重点任务', '牵头单位']);
    const numbered = row(4, ['2', '停车泊位', '', '区交通委'], [null, null, m('区建设委'), null]);
    expect(joinHeadRows([head, numbered])).toEqual([head, numbered]);
    const dated = row(5, ['', '2025年6月底前', '区交通委'], [m('序号'), null, null]);
    expect(joinHeadRows([row(4, ['序号', '时限']), dated])[1]).toBe(dated);
    const sentence = row(6, ['', '完成改造，提升品质', '区交通委'], [m('序号'), null, null]);
    expect(joinHeadRows([row(5, ['序号', '任务']), sentence])[1]).toBe(sentence);
  });

  it('without merge marks (a .doc table, a table of tabs): the upper labels fill the empty cells in order, a run of lower labels stands under one', () => {
    const up = row(1, ['序号', '重点任务', '责任单位', '完成时限']);
    const low = row(2, ['', '', '牵头单位', '配合单位', '']);
    expect(joinHeadRows([up, low])[1].cells).toEqual(['序号', '重点任务', '牵头单位', '配合单位', '完成时限']);
    const text = joinHeadRows([{ text: '序号\t重点任务\t责任单位\t完成时限', line: 1 }, { text: '\t\t牵头单位\t配合单位\t', line: 2 }]);
    expect(text.map((l) => l.text)).toEqual(['', '序号\t重点任务\t牵头单位\t配合单位\t完成时限']);
    expect(text[1].cells).toBeUndefined(); // the text's reading of tabs (clean.ts) makes its cells, as before
  });

  it('without merge marks, only under a head by its words: lines of a table hard-wrapped with its tabs are left alone', () => {
    const wrapped = [{ text: '力资源社会保障局\t区总工会、团区委', line: 1 }, { text: '\t全年\t新增城镇就业2600人', line: 2 }];
    expect(joinHeadRows(wrapped)).toBe(wrapped);
    const cells = [row(1, ['周红', '区人社局']), row(2, ['', '全年', '序时推进'])];
    expect(joinHeadRows(cells)).toBe(cells);
  });
});
