/**
 * A page's information box copied as a pipe table (标题 / 索引号 / 发文日期 / 发布机构, "标题: | X | ||" ⏎
 * "---|---|---|---|"): the Markdown separator row holds no words and never reaches the plan's text — before, corpus 293's
 * preamble opened with it and the Word export printed it. A task table's own separator was already passed over.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';

describe('a Markdown separator row under a table that is no task table', () => {
  const page = (sep: string) => importText([
    '名称: | 南屿县青林镇2027年重点工作安排 | ||',
    sep,
    '成文日期: | 2027-01-20 | 发布机构: | 南屿县青林镇人民政府 |',
    '2027年，青林镇围绕“生态青林”目标安排重点工作如下。',
    '一、做强特色农业',
    '1.新建高标准农田800亩。（责任单位：镇农业农村办）',
    '二、提升人居环境',
    '2.完成农村改厕120户。（责任单位：镇社会事务办）',
  ].join('\n'), 'p.txt');
  it.each([['---|---|---|---|'], ['|:---|---:|:---:|---|'], ['｜---｜---｜']])('%s is dropped as a table rule', (sep) => {
    const d = page(sep);
    expect(d.meta.preamble).toBe('2027年，青林镇围绕“生态青林”目标安排重点工作如下。');
    expect(d.report?.removed.some((r) => r.text === sep && r.reason === '表格框线')).toBe(true);
    expect(d.nodes.map((n) => n.heading)).toEqual(['做强特色农业', '提升人居环境']);
  });
});
