/**
 * 签发人 (GB/T 9704 §7.2.6): an upward document (上行文) prints "签发人：" and the name on the 发文字号's line, at its
 * right, the 发文字号 moving from the centre to one character from the left. The field (meta.signer) goes through
 * every format and comes back: Word with its cover (the layout asserted in the XML, and by LibreOffice → PDF), the
 * PDF made from it, Markdown, plan JSON; the importer reads it from texts written in several styles (a 文号 line of
 * an upward 报告, a web page's index line, a joint document's two names). Plain Word has no 版头: the dialog names it.
 */
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSoffice } from '../../electron/core/export.js';
import { createNodeReaders } from '../../electron/core/formats/index.js';
import { buildDocx } from '../../shared/export/docx';
import { buildMarkdown } from '../../shared/export/markdown';
import { exportOmissions } from '../../shared/export/checks';
import { layoutPages } from '../../shared/export/pages';
import { HEADER, PAGE } from '../../shared/export/gbt9704';
import { importFile } from '../../shared/importer/index';
import { metaChanges } from '../../shared/compare/meta';
import { FORMAT, PlanDoc } from '../../shared/model/plan';

const TITLE = '青川区关于2025年度数字政府建设工作情况的报告';
const plan = (signer: string | null): PlanDoc => PlanDoc.parse({
  format: FORMAT,
  meta: {
    title: TITLE, district: '青川区', city: null, period: null, issuer: '青川区人民政府',
    docNumber: '青府报〔2025〕9号', ...(signer === null ? {} : { signer }), issuedOn: '2025-12-01', addressees: ['临江市人民政府'], status: 'draft',
    source: null, basedOn: null, notice: '', preamble: '现将我区2025年度数字政府建设工作情况报告如下。',
  },
  nodes: [
    { id: 'a', kind: 'part', number: '一、', heading: '主要工作', body: '建成区级政务数据共享平台，接入部门32个。', lead: [], partners: [], indicators: [], milestones: [], themes: [], children: [] },
    { id: 'b', kind: 'part', number: '二、', heading: '下一步打算', body: '持续推进一网通办和一网统管。', lead: [], partners: [], indicators: [], milestones: [], themes: [], children: [] },
  ],
});

const enc = (s: string) => new TextEncoder().encode(s);
const documentXml = async (doc: PlanDoc, cover = true) => strFromU8(unzipSync(await buildDocx(doc, { cover }))['word/document.xml']);
/** The paragraph holding the 发文字号. */
const docNumberPara = (xml: string) => [...xml.matchAll(/<w:p\b[^>]*>[\s\S]*?<\/w:p>/g)].map((m) => m[0]).find((p) => p.includes('青府报'))!;
const runsOf = (p: string) => [...p.matchAll(/<w:r\b[^>]*>([\s\S]*?)<\/w:r>/g)].map((r) => r[1])
  .filter((r) => /<w:t[\s>]/.test(r))
  .map((r) => ({ text: [...r.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''), font: /w:eastAsia="([^"]+)"/.exec(r)?.[1] ?? '' }));

describe('签发人 in the Word cover (GB/T 9704 §7.2.6)', () => {
  it('an upward document: 发文字号 one character from the left, 签发人 at a right tab one character from the right, label 仿宋 and name 楷体', async () => {
    const p = docNumberPara(await documentXml(plan('周明远')));
    expect(p).toMatch(/<w:jc w:val="left"\/>/);
    expect(/<w:ind [^>]*w:left="(\d+)"/.exec(p)?.[1]).toBe(String(HEADER.signerIndent));
    expect(HEADER.signerIndent).toBe(320);
    expect(/<w:tab w:val="right" w:pos="(\d+)"\/>/.exec(p)?.[1]).toBe(String(PAGE.textWidth - 320));
    expect(p).toMatch(/<w:r>(?:<w:rPr>[\s\S]*?<\/w:rPr>)?<w:tab\/><\/w:r>/);
    expect(runsOf(p)).toEqual([
      { text: '青府报〔2025〕9号', font: '仿宋_GB2312' },
      { text: '签发人：', font: '仿宋_GB2312' },
      { text: '周明远', font: '楷体_GB2312' },
    ]);
    // the red line stays under that line
    expect(p).toMatch(/<w:bottom [^>]*w:color="FF0000"/);
  });

  it('no 签发人: the 发文字号 centred alone, as before', async () => {
    const p = docNumberPara(await documentXml(plan(null)));
    expect(p).toMatch(/<w:jc w:val="center"\/>/);
    expect(p).not.toMatch(/<w:tab /);
    expect(runsOf(p).map((r) => r.text)).toEqual(['青府报〔2025〕9号']);
    // (a name of spaces only is none)
    expect(docNumberPara(await documentXml(plan('  ')))).toMatch(/<w:jc w:val="center"\/>/);
  });

  it('the page preview prints it on the 发文字号 line', () => {
    const lines = layoutPages(plan('周明远'), { cover: true }).flatMap((pg) => (pg.kind === 'portrait' ? pg.lines : []));
    expect(lines.find((l) => l.rule)?.text).toMatch(/青府报〔2025〕9号\s+签发人：周明远$/);
  });
});

describe('签发人 through every format and back', () => {
  it.each([
    ['Word with its cover', async (d: PlanDoc) => importFile({ bytes: await buildDocx(d, { cover: true, annexes: true }), fileName: 'a.docx' })],
    ['Markdown', async (d: PlanDoc) => importFile({ bytes: enc(buildMarkdown(d)), fileName: 'a.md' })],
    ['plan JSON', async (d: PlanDoc) => importFile({ bytes: enc(JSON.stringify(d)), fileName: 'a.json' })],
  ] as const)('%s: the same 签发人, one name or two', async (_f, trip) => {
    for (const name of ['周明远', '林岚', '陈志恒　吴海清']) {
      const back = await trip(plan(name));
      expect(back.meta.signer, name).toBe(name);
      expect(back.meta.docNumber).toBe('青府报〔2025〕9号');
    }
    // none stays none (no key: a plan without the field is as it was)
    expect('signer' in (await trip(plan(null))).meta).toBe(false);
  });

  // (a name is what the planner typed: a two-character one letter-spaced as an official layout prints it, a name with a
  // middle dot, a Latin one, several of a joint document; the exports print it as entered, so it comes back as entered
  // — and the 文号 beside it with it: a name the importer did not read used to take the 文号 line out of the head)
  const cjk = fc.constantFrom(...'周林陈吴赵王李张明远岚志恒海清晓启宁建国艾力买提阿依古丽吐尔逊');
  const hanName = fc.array(cjk, { minLength: 2, maxLength: 4 }).map((c) => c.join(''));
  const oneName = fc.oneof(
    hanName,
    fc.tuple(cjk, cjk, fc.constantFrom('　', ' ', '　　')).map(([a, b, sp]) => `${a}${sp}${b}`),
    fc.tuple(hanName, hanName, fc.constantFrom('·', '•')).map(([a, b, dot]) => `${a}${dot}${b}`),
    fc.tuple(fc.constantFrom('Li', 'Anna', 'Omar'), fc.constantFrom('Ming', 'Berg', 'Haddad')).map(([a, b]) => `${a} ${b}`),
  );
  const names = fc.tuple(fc.array(oneName, { minLength: 1, maxLength: 3 }), fc.constantFrom('　', '、', '，')).map(([n, sep]) => n.join(sep));
  it.each([
    ['Word with its cover', async (d: PlanDoc) => importFile({ bytes: await buildDocx(d, { cover: true }), fileName: 'a.docx' })],
    ['Markdown', async (d: PlanDoc) => importFile({ bytes: enc(buildMarkdown(d)), fileName: 'a.md' })],
  ] as const)('%s: names of every shape come back as entered, and the 文号 with them (property)', async (_f, trip) => {
    await fc.assert(fc.asyncProperty(names, async (name) => {
      const back = await trip(plan(name));
      expect([back.meta.signer, back.meta.docNumber, back.meta.title]).toEqual([name, '青府报〔2025〕9号', TITLE]);
      expect(back.meta.notice).not.toContain('签发人');
    }), { numRuns: 12 });
  });

  it('Markdown with its notice prints 签发人 on the 文号 line; without a notice in the index line under the title', async () => {
    const withNotice = PlanDoc.parse({ ...plan('周明远'), meta: { ...plan('周明远').meta, notice: '现将《青川区关于2025年度数字政府建设工作情况的报告》报上，请审阅。' } });
    expect(buildMarkdown(withNotice)).toContain('青府报〔2025〕9号　　签发人：周明远\n');
    expect(buildMarkdown(plan('周明远'))).toMatch(/发文字号：青府报〔2025〕9号　签发人：周明远　成文日期/);
    expect((await importFile({ bytes: enc(buildMarkdown(withNotice)), fileName: 'a.md' })).meta.signer).toBe('周明远');
  });

  it('plain Word (no 版头) does not print it, and the export dialog says so', async () => {
    const d = plan('周明远');
    expect(await documentXml(d, false)).not.toContain('签发人');
    expect(exportOmissions(d, 'docx', { cover: false }).find((o) => o.code === 'cover')?.message).toMatch(/签发人/);
    expect(exportOmissions(d, 'docx', { cover: true }).find((o) => o.code === 'cover')).toBeUndefined();
  });

  it('a version compare shows a changed 签发人', () => {
    expect(metaChanges(plan('周明远').meta, plan('林岚').meta)).toEqual([{ field: 'signer', from: '周明远', to: '林岚' }]);
    expect(metaChanges(plan(null).meta, plan('林岚').meta)).toEqual([{ field: 'signer', from: '', to: '林岚' }]);
  });
});

describe('the importer reads 签发人 from texts in several styles', () => {
  const read = async (text: string) => (await importFile({ bytes: enc(text), fileName: 'a.txt' })).meta;

  it('an upward 请示 as a plain text: the 文号 and 签发人 on one line, spaces between', async () => {
    const m = await read([
      '南屿县人民政府文件', '', '南府请〔2026〕3号          签发人：林晓岚', '',
      '南屿县人民政府关于申请设立智慧农业示范区的请示', '', '云溪市人民政府：',
      '为加快农业数字化转型，现申请设立县级智慧农业示范区。', '一、基本情况', '全县建成高标准农田12万亩。', '二、申请事项', '恳请市政府批准设立示范区。',
      '妥否，请批示。', '', '南屿县人民政府', '2026年1月9日',
    ].join('\n'));
    expect([m.docNumber, m.signer]).toEqual(['南府请〔2026〕3号', '林晓岚']);
    // (the 文号 line is no title: the title is the 请示's own, the addressees are read, the text starts the preamble)
    expect([m.title, m.addressees, m.preamble]).toEqual(['南屿县人民政府关于申请设立智慧农业示范区的请示', ['云溪市人民政府'], '为加快农业数字化转型，现申请设立县级智慧农业示范区。']);
  });

  it('a 报告 typed by hand: a tab before 签发人, a letter-spaced name; a Traditional copy with a name and a middle dot', async () => {
    const m = await read([
      '青川区金沙镇人民政府', '金镇报〔2026〕5号\t签发人：刘　芳', '金沙镇关于2025年农村人居环境整治工作情况的报告',
      '青川区人民政府：', '现将我镇2025年农村人居环境整治工作情况报告如下。', '一、工作成效', '完成农村户厕改造820户。', '二、下一步打算', '推进垃圾分类全覆盖。',
    ].join('\n'));
    expect([m.docNumber, m.signer, m.title, m.addressees]).toEqual(['金镇报〔2026〕5号', '刘　芳', '金沙镇关于2025年农村人居环境整治工作情况的报告', ['青川区人民政府']]);
    const t = await read([
      '雲溪區人民政府文件', '雲府請〔2026〕12號　　簽發人：阿依古麗·吐爾遜', '雲溪區人民政府關於支持建設冷鏈物流中心的請示',
      '臨江市人民政府：', '為完善農產品流通體系，現就有關事項請示如下。', '一、項目概況', '擬建冷庫容量三萬噸。', '二、請求事項', '懇請市政府給予用地支持。',
    ].join('\n'));
    expect([t.docNumber, t.signer, t.title, t.addressees]).toEqual(['雲府請〔2026〕12號', '阿依古麗·吐爾遜', '雲溪區人民政府關於支持建設冷鏈物流中心的請示', ['臨江市人民政府']]);
  });

  it('a web page copy: 签发人 in the index lines above the title, a joint document with two names', async () => {
    const m = await read([
      '发文机关：云溪区人民政府　云溪区发展和改革局', '发文字号：云府报〔2025〕21号', '签 发 人：王启明　赵宁', '成文日期：2025年11月3日',
      '云溪区关于2025年重点项目推进情况的报告', '云溪市人民政府：', '现将我区重点项目推进情况报告如下。', '一、总体进展', '全年实施重点项目46个。', '二、存在问题', '部分项目用地保障不足。',
    ].join('\n'));
    expect([m.docNumber, m.signer, m.issuedOn]).toEqual(['云府报〔2025〕21号', '王启明　赵宁', '2025-11-03']);
  });

  it('a 签发人 named in a sentence of the text is not the document\'s; a plan without one has none', async () => {
    const m = await read([
      '临江市东湖区智慧社区建设实施方案', '为规范公文办理，文件由签发人：区长签批后印发。', '一、工作目标', '到2027年建成智慧社区30个。',
    ].join('\n'));
    expect('signer' in m).toBe(false);
  });
});

const soffice = findSoffice();
describe.skipIf(!soffice && !process.env.CI)('签发人 rendered: Word → PDF (LibreOffice) → pdftotext and the PDF import', () => {
  let dir = '';
  let pdf = '';
  beforeAll(async () => {
    if (!soffice) throw new Error('CI: LibreOffice (soffice) is required; none found');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pw-signer-'));
    fs.writeFileSync(path.join(dir, 'report.docx'), await buildDocx(plan('周明远'), { cover: true }));
    execFileSync(soffice, [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, path.join(dir, 'report.docx')],
      { stdio: 'ignore', timeout: 120_000, env: { ...process.env, HOME: dir } });
    pdf = path.join(dir, 'report.pdf');
  }, 150_000);
  afterAll(() => { if (dir) fs.rmSync(dir, { recursive: true, force: true }); });

  it('page 1: the 发文字号 at the left, 签发人：周明远 at the right of the same line', () => {
    const page1 = execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' });
    const line = page1.split('\n').find((l) => l.includes('青府报'))!;
    expect(line).toMatch(/签发人：\s*周明远\s*$/);
    // the number no longer centred: it starts near the left edge of the 版心, the name ends near its right
    const lead = line.length - line.trimStart().length;
    const title = page1.split('\n').find((l) => l.includes('青川区人民政府文件'))!;
    expect(lead).toBeLessThan(title.length - title.trimStart().length);
  });

  it('the PDF import reads it back', async () => {
    const back = await importFile({ bytes: new Uint8Array(fs.readFileSync(pdf)), fileName: 'report.pdf' }, { readers: createNodeReaders() });
    expect([back.meta.docNumber, back.meta.signer]).toEqual(['青府报〔2025〕9号', '周明远']);
  });
});
