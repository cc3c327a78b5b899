/**
 * Round trips of shapes the corpus had only once (corpus 182, 183), each in documents of our own wording and in several
 * formats: a task table whose task cells are "X工程：Y，Z。" (a run-in heading and its text), and a zone's 公文 whose
 * red header names a 工作委员会 / 管理委员会 office. Imported, exported as Markdown, plain Word and Word with its cover
 * and annexes, imported again: nothing lost or moved (tests/helpers/roundtrip-compare.ts `lost`).
 */
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../shared/export/docx';
import { buildMarkdown } from '../../shared/export/markdown';
import { importFile } from '../../shared/importer/index';
import { walk, type PlanDoc } from '../../shared/model/plan';
import { lost } from '../helpers/roundtrip-compare';

const enc = (s: string) => new TextEncoder().encode(s);
type Through = 'markdown' | 'docx plain' | 'docx cover+annexes';
const THROUGH: Through[] = ['markdown', 'docx plain', 'docx cover+annexes'];
async function through(d: PlanDoc, f: Through): Promise<PlanDoc> {
  if (f === 'markdown') return importFile({ bytes: enc(buildMarkdown(d)), fileName: 'plan.md' });
  return importFile({ bytes: await buildDocx(d, f === 'docx plain' ? {} : { cover: true, annexes: true }), fileName: 'plan.docx' });
}
/** What an export loses (plain Word prints no cover: its metadata aside; the cover prints an office and a notice for a
 *  plan without them, which come back). */
const loses = async (d: PlanDoc, f: Through) => lost(d, await through(d, f), {
  skipMeta: f === 'docx plain' ? ['docNumber', 'signer', 'addressees', 'issuer', 'notice']
    : f === 'docx cover+annexes' ? [...(d.meta.issuer ? [] : ['issuer'] as const), ...(d.meta.notice.trim() ? [] : ['notice'] as const)] : [],
});
const tasks = (d: PlanDoc) => [...walk(d.nodes)].map((w) => w.node).filter((n) => n.kind === 'task');

// ── a task table whose task cells are a run-in heading and its text ──────────────────────────────────────────────
const ROWS = [
  ['1', '道路畅通工程：新建改建城市道路12公里，打通断头路5条。', '区住建局', '区交通运输局', '2026年11月底'],
  ['2', '海绵城市工程：新增海绵城市建成区面积3平方公里，完成积水点改造8处。', '区水务局', '各街道', '2026年10月底'],
  ['3', '公园绿地工程：新建口袋公园6个。', '区园林局', '区财政局', '2026年9月底'],
];
const OTHER = [
  ['4', '完成老旧管网改造30公里，消除安全隐患。', '区水务局', '区城管局', '2026年12月底'],
  ['5', '新建公共停车泊位500个。', '区城管局', '区公安分局', '2026年8月底'],
];
const HEAD = ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'];
const TITLE = '云溪区2026年城乡建设重点任务分解方案';
const INTRO = '为推进城乡建设提质增效，结合本区实际，制定本方案。';
const asTxt = () => [TITLE, '', INTRO, '', '一、重点工程', '', ...[HEAD, ...ROWS].map((r) => r.join('\t')), '', '二、其他任务', '', ...[HEAD, ...OTHER].map((r) => r.join('\t'))].join('\n');
const pipe = (rows: string[][]) => [`| ${rows[0].join(' | ')} |`, `|${'---|'.repeat(rows[0].length)}`, ...rows.slice(1).map((r) => `| ${r.join(' | ')} |`)];
const asMd = () => [`# ${TITLE}`, '', INTRO, '', '## 一、重点工程', '', ...pipe([HEAD, ...ROWS]), '', '## 二、其他任务', '', ...pipe([HEAD, ...OTHER])].join('\n');
const table = (rows: string[][]) => `<table>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;
const asHtml = () => `<html><body><h1>${TITLE}</h1><p>${INTRO}</p><p>一、重点工程</p>${table([HEAD, ...ROWS])}<p>二、其他任务</p>${table([HEAD, ...OTHER])}</body></html>`;

describe('a task table whose cells are "X工程：Y，Z。": read as the same words on a numbered line are, and back the same', () => {
  const docs = [['.txt (tabs)', 'plan.txt', asTxt], ['Markdown (pipes)', 'plan.md', asMd], ['web page', 'plan.html', asHtml]] as const;
  it.each(docs)('%s: the cell is a run-in heading X and its text Y; the departments are the row\'s', async (_, name, text) => {
    const d = await importFile({ bytes: enc(text()), fileName: name });
    const t = tasks(d);
    expect(t.map((n) => n.heading)).toEqual(['道路畅通工程', '海绵城市工程', '公园绿地工程', '完成老旧管网改造30公里，消除安全隐患。', '新建公共停车泊位500个。']);
    expect(t[0].body.split('\n')[0]).toBe('新建改建城市道路12公里，打通断头路5条。');
    expect(t[2].body.split('\n')[0]).toBe('新建口袋公园6个。');
    expect(t.map((n) => [n.lead, n.partners])).toEqual([...ROWS, ...OTHER].map((r) => [[r[2]], [r[3]]]));
    // (the 完成时限 cell: each task's milestone of 2026)
    expect(t.every((n) => n.milestones.some((m) => m.year === 2026))).toBe(true);
  });
  it.each(docs)('%s: through Markdown, plain Word and Word with its cover and annexes nothing is lost or moved', async (_, name, text) => {
    const d = await importFile({ bytes: enc(text()), fileName: name });
    for (const f of THROUGH) expect(await loses(d, f), f).toEqual([]);
  });
});

// ── a zone's 公文: the red header of a 工作委员会 office, a joint notice of two offices ────────────────────────────────
const ZONE_NOTICE = [
  '中共云溪区滨江新城工作委员会办公室文件',
  '',
  '云新办发〔2026〕3号',
  '',
  '中共云溪区滨江新城工作委员会办公室　云溪区滨江新城管理委员会办公室关于印发《滨江新城2026年社区治理提升行动方案》的通知',
  '',
  '新城各部门，各社区：',
  '《滨江新城2026年社区治理提升行动方案》已经新城党工委、管委会同意，现印发给你们，请认真贯彻执行。',
  '',
  '中共云溪区滨江新城工作委员会办公室　　云溪区滨江新城管理委员会办公室',
  '2026年2月16日',
  '',
  '滨江新城2026年社区治理提升行动方案',
  '',
  '一、主要任务',
  '（一）完善网格服务。2026年6月底前完成网格重新划分，配齐专职网格员。（牵头单位：新城社会事务局）',
  '（二）建设邻里中心。2026年新建邻里中心3个。（牵头单位：新城建设局；配合单位：各社区）',
  '二、保障措施',
  '（一）加强组织领导。成立工作专班，统筹推进各项任务。',
];
describe('a zone\'s red header "中共X新城工作委员会办公室文件" is the red header, not the notice\'s title', () => {
  const NOTICE_TITLE = '中共云溪区滨江新城工作委员会办公室　云溪区滨江新城管理委员会办公室关于印发《滨江新城2026年社区治理提升行动方案》的通知';
  it.each([
    ['one office', ZONE_NOTICE],
    ['two offices over 文件', [ZONE_NOTICE[0].replace('文件', '　云溪区滨江新城管理委员会办公室文件'), ...ZONE_NOTICE.slice(1)]],
  ])('in a .txt (%s): the notice opens with its own title; the office issues', async (_, lines) => {
    const d = await importFile({ bytes: enc(lines.join('\n')), fileName: 'plan.txt' });
    expect(d.meta.notice.split('\n')[0]).toBe(NOTICE_TITLE);
    expect(d.meta.issuer).toBe('中共云溪区滨江新城工作委员会办公室');
    expect(d.meta.docNumber).toBe('云新办发〔2026〕3号');
  });
  it('through Word with its cover (which prints the red header) and Markdown, and a plan without the red header: nothing lost', async () => {
    for (const lines of [ZONE_NOTICE, ZONE_NOTICE.slice(2)]) {
      const d = await importFile({ bytes: enc(lines.join('\n')), fileName: 'plan.txt' });
      for (const f of THROUGH) expect(await loses(d, f), f).toEqual([]);
      const back = await through(d, 'docx cover+annexes');
      expect(back.meta.notice.split('\n')[0]).toBe(NOTICE_TITLE);
    }
  });
});
