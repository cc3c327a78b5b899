/**
 * A 成文日期 of a year and a month only ("2021-03": a 纲要's cover date, "2021年3月" under its title and issuer) through
 * Word with the cover (session 41, h-rt41). The signature prints a whole date or none (GB/T 9704 §7.3.5.1), so until
 * now the date was left out and lost (the dialog warned); roundtrip-all counted 5 such exports (004, 72, 96, 123, 133).
 * Now the plan's own first page prints it centred under its title, after the blank line, as the 纲要 printed it, and the
 * import reads it back (a date alone under the title). Plain Word prints none of the cover's fields, as before.
 * The round-trip cases fail on b65b9aba; the plain-Word and whole-date guards pass there too.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { buildDocx } from '../../shared/export/docx';
import { coverWarnings } from '../../shared/export/checks';
import { layoutPages } from '../../shared/export/pages';
import { importFile } from '../../shared/importer/index';
import { FORMAT, type PlanDoc, type PlanNode } from '../../shared/model/plan';
import { lost } from '../helpers/roundtrip-compare';

const read = async (path: string) => importFile({ bytes: new Uint8Array(readFileSync(new URL(path, import.meta.url))), fileName: path.split('/').pop()! });
const docText = async (d: PlanDoc, opts: { cover?: boolean; annexes?: boolean }) => {
  const xml = strFromU8(unzipSync(await buildDocx(d, opts))['word/document.xml']);
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => [...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
};

let k = 0;
const node = (kind: PlanNode['kind'], f: Partial<PlanNode> = {}): PlanNode => ({
  id: `m${++k}`, kind, number: '', heading: '', body: '', lead: [], partners: [], indicators: [], milestones: [], themes: [], children: [], ...f,
});
// (a title of more than thirty characters and no notice: the date line must not be read as the title's rest)
const entered = (issuedOn: string): PlanDoc => ({
  format: FORMAT,
  meta: {
    title: '南屿县国民经济和社会发展第十五个五年规划和二〇四〇年远景目标纲要', district: '南屿县', city: null, period: { start: 2026, end: 2030 },
    issuer: '南屿县人民政府', docNumber: null, issuedOn, addressees: [], status: 'draft', source: null, basedOn: null, notice: '', preamble: '本纲要主要阐明全县发展战略和工作重点。',
  },
  nodes: [node('part', { heading: '第一章　发展环境', body: '全县正处于转型发展的关键阶段。' }), node('part', { heading: '第二章　发展目标', body: '到2030年，全县地区生产总值达到500亿元。' })],
});

describe('a 成文日期 of a year and a month through Word with the cover', () => {
  it.each([
    ['corpus 96 (title over two lines, issuer and "2021年3月" under it)', '../corpus/docs/96-gangyao-cover-title-two-lines.txt', '2021-03'],
    ['corpus 133 (a contents page, "二〇二一年五月")', '../corpus/docs/133-gangyao-contents-page-no-title.txt', '2021-05'],
    ['seed 004 (the office and "二○○五年十一月" on one line)', '../../seeds/004_5927250410f73846.txt', '2005-11'],
  ])('%s comes back with its date', async (_, path, month) => {
    const d = await read(path);
    expect(d.meta.issuedOn).toBe(month);
    const back = await importFile({ bytes: await buildDocx(d, { cover: true, annexes: true }), fileName: 'plan.docx' });
    expect(back.meta.issuedOn).toBe(month);
    expect(back.meta.title).toBe(d.meta.title);
    // (nothing else but the office's notice the cover adds to a plan without one)
    expect(lost(d, back, { skipMeta: ['notice', ...(d.meta.issuer ? [] : ['issuer'] as const)] })).toEqual([]);
  });
  it('an entered plan: the date under the attachment\'s title, none in the signature, and back; the preview shows it there too', async () => {
    const d = entered('2025-11');
    const paras = (await docText(d, { cover: true })).filter(Boolean);
    const at = paras.indexOf('2025年11月');
    expect(at).toBeGreaterThan(0);
    expect(paras[at - 1]).toBe(d.meta.title);
    expect(paras[at - 2]).toBe('附件');
    expect(paras.filter((p) => p.includes('2025年11月'))).toHaveLength(1);
    const back = await importFile({ bytes: await buildDocx(d, { cover: true }), fileName: 'plan.docx' });
    expect(back.meta.issuedOn).toBe('2025-11');
    expect(back.meta.title).toBe(d.meta.title);
    expect(back.meta.preamble).toBe(d.meta.preamble);
    const lines = layoutPages(d, { cover: true }).flatMap((p) => ('lines' in p ? p.lines.map((l) => l.text) : []));
    expect(lines).toContain('2025年11月');
    expect(coverWarnings(d.meta).find((w) => w.code === 'no-issue-date')?.message).toBe('成文日期“2025-11”不完整：落款将没有日期（“2025年11月”印在附件标题下）');
  });
  it('guards: plain Word prints no date; a whole date is the signature\'s only', async () => {
    expect((await docText(entered('2025-11'), {})).some((p) => p.includes('2025年11月'))).toBe(false);
    const whole = (await docText(entered('2025-11-20'), { cover: true })).filter((p) => p.includes('2025年11月'));
    expect(whole).toContain('2025年11月20日');
    expect(whole).not.toContain('2025年11月');
  });
});
