/**
 * A 专栏 (box) as LibreOffice lays it out: the exported plan → PDF (soffice) → pdftotext -bbox and a pdftoppm raster.
 * Checks what a reader sees: a frame 版心 wide around the title and the projects, the title centred, the lines on the
 * body's pitch, the box in place between the text before and after it. Skipped when LibreOffice or poppler is
 * missing, except under CI (which installs both).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findSoffice } from '../../electron/core/export';
import { buildDocx } from '../../shared/export/docx';
import { GRID, PAGE } from '../../shared/export/gbt9704';
import { emptyNode, FORMAT, type PlanDoc, type PlanNode } from '../../shared/model/plan';

const soffice = findSoffice();
const poppler = ['/usr/bin/pdftotext', '/usr/bin/pdftoppm'].every(existsSync);
function enabled(): boolean {
  if (soffice && poppler) return true;
  if (process.env.CI) throw new Error('CI: LibreOffice and poppler-utils are required for the render tests');
  console.warn('box-render: LibreOffice or poppler missing — skipped');
  return false;
}

const tmp = mkdtempSync(join(tmpdir(), 'pw-box-render-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let k = 0;
const node = (kind: PlanNode['kind'], f: Partial<PlanNode> = {}): PlanNode => ({ ...emptyNode(`r${++k}`, kind), ...f });
const doc: PlanDoc = {
  format: FORMAT,
  meta: {
    title: '某区智慧城市建设三年行动计划', district: '某区', city: null, period: { start: 2024, end: 2026 }, issuer: null, docNumber: null,
    issuedOn: null, addressees: [], status: 'draft', source: null, basedOn: null, notice: '', preamble: '',
  },
  nodes: [
    node('part', { heading: '主要任务', children: [
      node('task', { heading: '建设千兆光网', body: '到2026年千兆光网覆盖率达到95%以上。' }),
      node('box', { heading: '新型基础设施重点工程', children: [
        node('item', { heading: '千兆光网提速工程', body: '新建光纤接入端口10万个。' }),
        node('item', { heading: '5G精品网络工程', body: '新建5G基站1200个。' }),
      ] }),
      node('task', { heading: '布局算力设施', body: '建设区级算力调度平台。' }),
    ] }),
  ],
};

const PT = (twips: number) => twips / 20;
const PITCH = PT(GRID.linePitch);
const LEFT = PT(PAGE.left); // page 1 is odd: 订口 on the left
const WIDTH = PT(PAGE.textWidth);

interface Line { y0: number; y1: number; x0: number; x1: number; text: string }
function pageLines(pdf: string): Line[] {
  const html = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' });
  const words = [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)]
    .map((w) => ({ x0: +w[1], y0: +w[2], x1: +w[3], y1: +w[4], t: w[5] }))
    .sort((a, b) => (a.y0 + a.y1) / 2 - (b.y0 + b.y1) / 2 || a.x0 - b.x0);
  const out: Array<Line & { mid: number }> = [];
  for (const w of words) {
    const mid = (w.y0 + w.y1) / 2;
    const last = out[out.length - 1];
    if (last && Math.abs(last.mid - mid) < 4) {
      last.text += w.t;
      last.x0 = Math.min(last.x0, w.x0);
      last.x1 = Math.max(last.x1, w.x1);
    } else out.push({ mid, y0: w.y0, y1: w.y1, x0: w.x0, x1: w.x1, text: w.t });
  }
  return out;
}

/** Page 1 as a 72 dpi greyscale raster (1 px = 1 pt): rows of dark pixels. */
function raster(pdf: string): { w: number; h: number; dark: (x: number, y: number) => boolean } {
  const base = join(tmp, 'page');
  execFileSync('pdftoppm', ['-gray', '-r', '72', '-f', '1', '-l', '1', pdf, base]);
  const file = readFileSync(`${base}-1.pgm`);
  // P5 header: magic, width, height, maxval, each followed by whitespace
  const head = file.subarray(0, 50).toString('latin1');
  const m = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(head)!;
  const w = +m[1];
  const h = +m[2];
  const data = file.subarray(m[0].length);
  return { w, h, dark: (x, y) => data[y * w + x] < 128 };
}

describe.runIf(enabled())('专栏 (box) rendered by LibreOffice', () => {
  it('a frame 版心 wide around the centred title and the projects, in place, lines on the body pitch', async () => {
    const docx = join(tmp, 'box.docx');
    writeFileSync(docx, await buildDocx(doc));
    execFileSync(soffice!, [`-env:UserInstallation=file://${join(tmp, 'profile')}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', tmp, docx], { stdio: 'ignore', timeout: 120_000 });
    const pdf = join(tmp, 'box.pdf');
    const lines = pageLines(pdf);
    const texts = lines.map((l) => l.text.replace(/\s+/g, ''));
    const at = texts.findIndex((t) => t.startsWith('专栏1'));
    expect(texts[at]).toBe('专栏1新型基础设施重点工程');
    // in place: the task's text before (with a blank line between), the projects inside, the next task after
    expect(texts[at - 1]).toContain('千兆光网覆盖率达到95%以上');
    expect(texts.slice(at, at + 6)).toEqual(['专栏1新型基础设施重点工程', '1.千兆光网提速工程', '新建光纤接入端口10万个。', '2.5G精品网络工程', '新建5G基站1200个。', '2.布局算力设施']);
    // the title is centred on the 版心 (within half a character)
    const title = lines[at];
    expect(Math.abs((title.x0 + title.x1) / 2 - (LEFT + WIDTH / 2))).toBeLessThan(8);
    // the title and the projects follow each other at the body's line pitch
    for (let i = at + 1; i < at + 5; i++) expect(Math.abs(lines[i].y0 - lines[i - 1].y0 - PITCH), texts[i]).toBeLessThan(1.5);
    // a blank line before and after the box: about two pitches from the text above to the title, and from the last project to the next task
    expect(lines[at].y0 - lines[at - 1].y0).toBeGreaterThan(1.8 * PITCH);
    expect(lines[at + 5].y0 - lines[at + 4].y0).toBeGreaterThan(1.8 * PITCH);

    // the frame: a dark horizontal rule 版心 wide above the title and below the last project, and vertical rules at the 版心 edges
    const r = raster(pdf);
    const x0 = Math.round(LEFT) + 2;
    const x1 = Math.round(LEFT + WIDTH) - 2;
    const fullRow = (y: number) => { for (let x = x0; x <= x1; x++) if (!r.dark(x, y)) return false; return true; };
    const rows: number[] = [];
    for (let y = 0; y < r.h; y++) if (fullRow(y)) rows.push(y);
    const top = rows.filter((y) => y < title.y0 && y > lines[at - 1].y1);
    const bottom = rows.filter((y) => y > lines[at + 4].y1 && y < lines[at + 5].y0);
    expect(top.length, `rules at ${rows.join(',')}`).toBeGreaterThan(0);
    expect(bottom.length, `rules at ${rows.join(',')}`).toBeGreaterThan(0);
    const darkColumnNear = (x: number) => [-2, -1, 0, 1, 2].some((d) => {
      for (let y = top[0] + 2; y < bottom[0] - 2; y++) if (!r.dark(Math.round(x) + d, y)) return false;
      return true;
    });
    expect(darkColumnNear(LEFT)).toBe(true);
    expect(darkColumnNear(LEFT + WIDTH)).toBe(true);
  }, 180_000);
});
