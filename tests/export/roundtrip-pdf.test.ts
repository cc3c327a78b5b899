/**
 * The official document as a PDF comes back: clerks circulate the 公文 as a PDF and other districts import that PDF as
 * a prior plan. For the five seeds and corpus documents with departments, indicators and milestones (annexes, a
 * notice cover, Traditional script, a direct 公文, a plan whose departments are in its annex only), the official .docx
 * with cover and annexes is converted by LibreOffice to PDF and imported with the app's PDF reader (pdfjs-dist, the
 * geometry of shared/importer/formats/pdf-layout.ts). Compared with the plan, and with the import of the .docx the
 * PDF was made from (what the Word file carries, the PDF must carry):
 *  - the outline (depth, kind, heading of every node) and the tasks;
 *  - every node's departments, indicators and milestones (tests/helpers/fields.ts), including those the plan holds
 *    in its 主要任务分解表 only (the landscape annex table, rebuilt from the PDF's drawn rules);
 *  - the metadata: title, period, 文号, 主送机关, 发文机关, 成文日期, the notice (punctuation folded);
 *  - the generated 附表 read back into the plan and not kept as annexes, as from the .docx.
 * Page furniture (page numbers "— N —", the table's header row repeated on each page, the 版记) never reaches the plan.
 * Figures in docs/exchange.md. Skipped without LibreOffice outside CI.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSoffice } from '../../electron/core/export.js';
import { createNodeReaders } from '../../electron/core/formats/index.js';
import { buildDocx } from '../../shared/export/docx';
import { importFile } from '../../shared/importer/index';
import { walk, type PlanDoc } from '../../shared/model/plan';
import { foldWidth } from '../corpus/compare';
import { compareFields } from '../helpers/fields';

const ROOT = path.join(import.meta.dirname, '..', '..');
const SEEDS = fs.readdirSync(path.join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join('seeds', f));
const CORPUS = [
  // Traditional script, with a notice (the cover's 通知 is the document's own)
  '15-traditional-notice.txt', '16-traditional-notice-line.txt',
  // departments in parentheses after each task; fields in brackets; yearly milestones in the text
  '48-continuous-tasks-lead-partner-parens.txt', '55-yaodian-bracket-fields.txt', '75-yearly-runin-milestones.txt',
  // a plan whose departments are in its annex table only; a kept 任务清单; a project list with investments
  '53-annex-table-group-rows.txt', '60-gongjian-resp-lead-partner-qingdan.txt', '58-project-list-table-continued.txt',
  // a direct 公文 whose title wraps onto two centred lines; chapters with points and 一是…; a 三年攻坚 with targets by street
  '67-direct-gongwen-ai-plus-deng.txt', '70-chapters-points-yishi-fields.txt', '80-annex-yearly-targets-by-street.txt',
].map((f) => path.join('tests', 'corpus', 'docs', f));

const fold = (s: string) => foldWidth(s).replace(/[\s，,。：:“”"（）()、；;《》—\-–]/g, '');
/** The outline without written numbers (the export numbers by position) and without annexes. */
const shape = (d: PlanDoc) => [...walk(d.nodes)].filter((w) => w.node.kind !== 'appendix' && !w.path.some((p) => p.kind === 'appendix'))
  .map((w) => `${w.path.length}|${w.node.kind}|${fold(w.node.heading)}`);
const tasks = (d: PlanDoc) => [...walk(d.nodes)].filter((w) => w.node.kind === 'task').map((w) => fold(w.node.heading));
const annexes = (d: PlanDoc) => [...walk(d.nodes)].filter((w) => w.node.kind === 'appendix').map((w) => fold(w.node.heading));
/** The metadata a reader of the document gets: punctuation folded, the notice less its own title line 关于…的通知. */
const meta = (d: PlanDoc) => ({
  title: fold(d.meta.title),
  period: d.meta.period,
  docNumber: d.meta.docNumber,
  addressees: d.meta.addressees.map(fold),
  issuer: d.meta.issuer,
  issuedOn: d.meta.issuedOn,
  notice: fold(d.meta.notice.replace(/^关于[^\n]*的通知\n/, '')),
});

const soffice = findSoffice();
const docs = [...SEEDS, ...CORPUS];
const plans = new Map<string, PlanDoc>();
const fromDocx = new Map<string, PlanDoc>();
const fromPdf = new Map<string, PlanDoc>();
let dir = '';

describe.skipIf(!soffice && !process.env.CI)('official .docx with cover and annexes → PDF (LibreOffice) → import', () => {
  beforeAll(async () => {
    if (!soffice) throw new Error('CI: LibreOffice (soffice) is required to make the PDFs; none found');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pw-roundtrip-pdf-'));
    const names: string[] = [];
    for (const f of docs) {
      const plan = await importFile({ bytes: new Uint8Array(fs.readFileSync(path.join(ROOT, f))), fileName: path.basename(f) });
      plans.set(f, plan);
      const docx = await buildDocx(plan, { cover: true, annexes: true });
      const name = path.join(dir, path.basename(f).replace(/\.[a-z]+$/, '.docx'));
      fs.writeFileSync(name, docx);
      names.push(name);
      fromDocx.set(f, await importFile({ bytes: docx, fileName: 'official.docx' }));
    }
    execFileSync(soffice, [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', path.join(dir, 'out'), ...names],
      { stdio: 'ignore', timeout: 400_000, env: { ...process.env, HOME: dir } });
    const readers = createNodeReaders();
    for (const f of docs) {
      const pdf = path.join(dir, 'out', path.basename(f).replace(/\.[a-z]+$/, '.pdf'));
      fromPdf.set(f, await importFile({ bytes: new Uint8Array(fs.readFileSync(pdf)), fileName: path.basename(pdf) }, { readers }));
    }
  }, 600_000);
  afterAll(() => { if (dir) fs.rmSync(dir, { recursive: true, force: true }); });

  for (const f of docs) {
    it(`${path.basename(f)}: outline, departments, indicators, milestones and metadata as the plan's and the .docx's`, () => {
      const plan = plans.get(f)!;
      const docx = fromDocx.get(f)!;
      const pdf = fromPdf.get(f)!;
      expect(tasks(pdf)).toEqual(tasks(plan));
      expect(shape(pdf)).toEqual(shape(docx));
      // every field of the plan, through the PDF
      const c = compareFields(plan, pdf);
      expect(c.lost).toEqual([]);
      expect(c.kept).toBe(c.total);
      // and what the Word file gives back, the PDF gives back
      const d = compareFields(docx, pdf);
      expect(d.lost).toEqual([]);
      expect(meta(pdf)).toEqual(meta(docx));
      // the generated 附表 are read into the plan (a plan's own 任务清单 is kept, as from the .docx)
      expect(annexes(pdf)).toEqual(annexes(docx));
      // no page furniture in the text: page numbers, the 分解表's header row repeated on each page
      const text = [...walk(pdf.nodes)].map((w) => `${w.node.heading}\n${w.node.body}`).join('\n');
      expect(text).not.toMatch(/—\s*\d+\s*—/);
      expect(text).not.toMatch(/序号\s*行动\s*重点任务/);
    });
  }

  it('the test is not vacuous: the seeds\' PDFs have landscape annex pages whose tables alone hold departments and milestones', () => {
    // 静安 2014–2016 names its departments in its own task table: its tasks have them only through the 分解表
    const f = SEEDS[0];
    const withLead = (d: PlanDoc) => [...walk(d.nodes)].filter((w) => w.node.lead.length).length;
    expect(withLead(plans.get(f)!)).toBeGreaterThan(20);
    expect(withLead(fromPdf.get(f)!)).toBe(withLead(plans.get(f)!));
    // 杨浦 2015–2017: 234 milestones, in the annex's year columns
    const ms = (d: PlanDoc) => [...walk(d.nodes)].reduce((n, w) => n + w.node.milestones.length, 0);
    expect(ms(plans.get(SEEDS[2])!)).toBeGreaterThan(200);
    expect(ms(fromPdf.get(SEEDS[2])!)).toBe(ms(plans.get(SEEDS[2])!));
  });
});
