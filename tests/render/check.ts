/**
 * npm run check:render — render the exported seeds and measure them (not part of `npm test`; needs LibreOffice,
 * poppler-utils and CJK fonts, which .ci/run installs).
 *
 *   1. every seed → DOCX with cover and annexes (shared/export/docx.ts) → PDF (one soffice call);
 *   2. pdfinfo: page count, each page A4 (portrait 595.3 × 841.9 pt, annex pages landscape);
 *   3. pdftotext -bbox: text lines per page (words grouped by baseline) inside the 版心; a *full* body page is a
 *      portrait page of the plan (not the cover, not the first page of the plan, not the last portrait page) whose
 *      first line starts within one line pitch of the 版心 top, whose last line ends within one pitch of the 版心
 *      bottom, and whose consecutive lines are all one pitch (28.95 pt ± 1) apart — a page of running text with no
 *      title or extra space. Those must hold 22 lines. pdftotext -layout counts the same pages as a cross-check.
 *      Characters per line: the most common count of CJK characters on full-width lines of running text (28);
 *   4. page numbers: the footer line reads "— N —" with N the page number; odd pages right (one character in from
 *      the outer margin), even pages left; its height below the 版心;
 *   5. mirror margins: left edge of the text on odd vs even pages;
 *   6. the red header (pdftoppm raster, red pixels): top of the 发文机关标志, the red line's height, width, thickness,
 *      and its distance below the 发文字号;
 *   7. PNGs (pdftoppm -r 60) of pages 1–3 and of the first annex page → test-results/render/ — look at them.
 * Writes test-results/render/results.json; exits 1 when a check fails.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importFile } from '../../shared/importer/index';
import { buildDocx } from '../../shared/export/docx';
import { GRID, PAGE, TWIPS_PER_MM } from '../../shared/export/gbt9704';
import { findSoffice } from '../../electron/core/export';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUT = join(ROOT, 'test-results', 'render');
const PT_PER_MM = 72 / 25.4;
const tw = (t: number) => t / 20; // twips → pt
const A4 = { w: 595.3, h: 841.9 };
const PITCH = tw(GRID.linePitch); // 28.95 pt
const TOP = tw(PAGE.top);
const BOTTOM = A4.h - tw(PAGE.bottom); // 版心 bottom, from the top of the page

interface Word { x0: number; y0: number; x1: number; y1: number; t: string }
interface Page { n: number; w: number; h: number; words: Word[] }

function bboxPages(pdf: string): Page[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const pages: Page[] = [];
  for (const m of html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const words = [...m[3].matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((w) => ({
      x0: +w[1], y0: +w[2], x1: +w[3], y1: +w[4], t: w[5].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'),
    }));
    pages.push({ n: pages.length + 1, w: +m[1], h: +m[2], words });
  }
  return pages;
}

interface Line { y0: number; y1: number; x0: number; x1: number; text: string }
/** Words grouped into lines by their vertical middle. */
function lines(words: Word[]): Line[] {
  const sorted = [...words].sort((a, b) => (a.y0 + a.y1) / 2 - (b.y0 + b.y1) / 2 || a.x0 - b.x0);
  const out: Array<Line & { mid: number }> = [];
  for (const w of sorted) {
    const mid = (w.y0 + w.y1) / 2;
    const last = out[out.length - 1];
    if (last && Math.abs(last.mid - mid) < 4) {
      last.y0 = Math.min(last.y0, w.y0); last.y1 = Math.max(last.y1, w.y1);
      last.x0 = Math.min(last.x0, w.x0); last.x1 = Math.max(last.x1, w.x1);
      last.text += w.t;
    } else out.push({ mid, y0: w.y0, y1: w.y1, x0: w.x0, x1: w.x1, text: w.t });
  }
  return out;
}

const cjkCount = (s: string) => [...s].filter((c) => /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’—…]/.test(c)).length;

interface RedHeader { markTopMm: number; lineYmm: number; lineThicknessMm: number; lineWidthMm: number; lineLeftMm: number }

/** Rows and columns of red pixels on page 1 at 150 dpi. */
function redHeader(pdf: string, tmp: string): RedHeader | null {
  const base = join(tmp, 'red');
  execFileSync('pdftoppm', ['-r', '150', '-f', '1', '-l', '1', pdf, base]);
  const file = readdirSync(tmp).find((f) => f.startsWith('red') && f.endsWith('.ppm'))!;
  const buf = readFileSync(join(tmp, file));
  rmSync(join(tmp, file));
  // P6 header: magic, width, height, maxval, each followed by whitespace
  let pos = 0;
  const fields: string[] = [];
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(buf[pos]))) pos++;
    let s = '';
    while (!/\s/.test(String.fromCharCode(buf[pos]))) s += String.fromCharCode(buf[pos++]);
    fields.push(s);
  }
  pos++;
  const [W, H] = [Number(fields[1]), Number(fields[2])];
  const mmPerPx = 25.4 / 150;
  const redInRow = new Array<number>(H).fill(0);
  const rowMinX = new Array<number>(H).fill(Infinity);
  const rowMaxX = new Array<number>(H).fill(-1);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const i = pos + (y * W + x) * 3;
      if (buf[i] > 180 && buf[i + 1] < 90 && buf[i + 2] < 90) {
        redInRow[y]++;
        rowMinX[y] = Math.min(rowMinX[y], x);
        rowMaxX[y] = Math.max(rowMaxX[y], x);
      }
    }
  }
  const markTop = redInRow.findIndex((n) => n > 0);
  if (markTop < 0) return null;
  // the rule: rows where red spans more than 80% of the 版心 width
  const wide = (y: number) => rowMaxX[y] - rowMinX[y] > (156 / mmPerPx) * 0.8 && redInRow[y] > (156 / mmPerPx) * 0.8;
  const ruleRows = redInRow.map((_, y) => y).filter(wide);
  if (!ruleRows.length) return null;
  const y0 = ruleRows[0];
  const y1 = ruleRows[ruleRows.length - 1];
  return {
    markTopMm: round(markTop * mmPerPx),
    lineYmm: round(((y0 + y1) / 2) * mmPerPx),
    lineThicknessMm: round((y1 - y0 + 1) * mmPerPx),
    lineWidthMm: round((rowMaxX[y0] - rowMinX[y0] + 1) * mmPerPx),
    lineLeftMm: round(rowMinX[y0] * mmPerPx),
  };
}

const round = (v: number, d = 1) => Math.round(v * 10 ** d) / 10 ** d;
const toMm = (pt: number) => round(pt / PT_PER_MM);

interface SeedResult {
  seed: string;
  pages: number;
  portrait: number;
  landscape: number[];
  allA4: boolean;
  fullPages: number[];
  linesOnFullPages: Record<number, number>;
  layoutLinesOnFullPages: Record<number, number>;
  charsPerLine: number | null;
  pageNumbers: { ok: boolean; bad: string[]; oddRightMm: number | null; evenLeftMm: number | null; dashBelowTypeAreaMm: number | null };
  textLeftMm: { odd: number | null; even: number | null };
  red: RedHeader | null;
  docNumberToRuleMm: number | null;
  pngs: string[];
}

function median(xs: number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
function mode(xs: number[]): number | null {
  const c = new Map<number, number>();
  for (const x of xs) c.set(x, (c.get(x) ?? 0) + 1);
  let best: number | null = null;
  for (const [k, v] of c) if (best === null || v > c.get(best)! || (v === c.get(best)! && k > best)) best = k;
  return best;
}

async function main() {
  const soffice = findSoffice();
  if (!soffice) throw new Error('LibreOffice (soffice) not found: apt-get install libreoffice-writer-nogui fonts-noto-cjk poppler-utils');
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const tmp = join(OUT, 'tmp');
  mkdirSync(tmp, { recursive: true });
  const seeds = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
  const docxFiles: string[] = [];
  const titles = new Map<string, string>();
  for (const f of seeds) {
    const doc = await importFile({ bytes: new Uint8Array(readFileSync(join(ROOT, 'seeds', f))), fileName: f });
    const name = f.slice(0, 3);
    const path = join(OUT, `${name}.docx`);
    // (the 版记's number as the PDF export renders it: LibreOffice does not work out the Word file's conditional field)
    writeFileSync(path, await buildDocx(doc, { cover: true, annexes: true, recordPlainNumber: true }));
    docxFiles.push(path);
    titles.set(name, doc.meta.title);
  }
  const t0 = Date.now();
  execFileSync(soffice, [`-env:UserInstallation=file://${join(tmp, 'profile')}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', OUT, ...docxFiles], { stdio: 'ignore', timeout: 600_000 });
  process.stderr.write(`render: LibreOffice converted ${docxFiles.length} files in ${Date.now() - t0} ms\n`);

  const results: SeedResult[] = [];
  const failures: string[] = [];
  for (const docx of docxFiles) {
    const name = docx.slice(docx.length - 8, docx.length - 5);
    const pdf = docx.replace(/\.docx$/, '.pdf');
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', pdf], { encoding: 'utf8' });
    const sizes = [...info.matchAll(/Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => ({ n: +m[1], w: +m[2], h: +m[3] }));
    const isA4 = (s: { w: number; h: number }) => (Math.abs(s.w - A4.w) < 1 && Math.abs(s.h - A4.h) < 1) || (Math.abs(s.w - A4.h) < 1 && Math.abs(s.h - A4.w) < 1);
    const landscape = sizes.filter((s) => s.w > s.h).map((s) => s.n);
    const pages = bboxPages(pdf);
    const layout = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }).split('\f');

    // the plan starts on the page with 附件 at the top (cover on); its first page and the last portrait page are not "full"
    const planStart = pages.find((p) => p.words.some((w) => w.t === '附件' && w.y0 < TOP + PITCH))?.n ?? 1;
    const lastPortrait = Math.max(...sizes.filter((s) => s.w < s.h && !landscape.some((l) => l < s.n)).map((s) => s.n));
    const fullPages: number[] = [];
    const linesOn: Record<number, number> = {};
    const layoutLinesOn: Record<number, number> = {};
    const chars: number[] = [];
    const pn = { ok: true, bad: [] as string[], odd: [] as number[], even: [] as number[], below: [] as number[] };
    const left = { odd: [] as number[], even: [] as number[] };
    for (const p of pages) {
      const portrait = p.w < p.h;
      const body = lines(p.words.filter((w) => w.y1 <= (portrait ? BOTTOM : p.h - tw(1474)) + 2));
      const footer = lines(p.words.filter((w) => w.y0 > (portrait ? BOTTOM : p.h - tw(1474)) + 2));
      // page number
      const f = footer.map((l) => l.text).join(' ');
      const expected = `—${p.n}—`;
      if (f.replace(/\s+/g, '') !== expected) { pn.ok = false; pn.bad.push(`p${p.n}: "${f}"`); }
      else if (portrait && footer.length) {
        const l = footer[0];
        if (p.n % 2) pn.odd.push(A4.w - l.x1); else pn.even.push(l.x0);
        pn.below.push((l.y0 + l.y1) / 2 - BOTTOM);
      }
      if (!portrait || p.n < planStart) continue;
      if (body.length) (p.n % 2 ? left.odd : left.even).push(Math.min(...body.map((l) => l.x0)));
      if (p.n === planStart || p.n >= lastPortrait || !body.length) continue;
      const gaps = body.slice(1).map((l, i) => (l.y0 + l.y1) / 2 - (body[i].y0 + body[i].y1) / 2);
      const uniform = gaps.every((g) => Math.abs(g - PITCH) < 1);
      const full = uniform && body[0].y0 < TOP + PITCH && body[body.length - 1].y1 > BOTTOM - PITCH;
      if (!full) continue;
      fullPages.push(p.n);
      linesOn[p.n] = body.length;
      const lp = layout[p.n - 1].split('\n').filter((s) => s.trim() && !/^\s*—\s*\d+\s*—\s*$/.test(s));
      layoutLinesOn[p.n] = lp.length;
      const minX = Math.min(...body.map((l) => l.x0));
      const maxX = Math.max(...body.map((l) => l.x1));
      for (const l of body) if (Math.abs(l.x0 - minX) < 2 && Math.abs(l.x1 - maxX) < 4 && cjkCount(l.text) === [...l.text].length) chars.push(cjkCount(l.text));
    }
    const red = redHeader(pdf, tmp);
    const num = pages[0].words.filter((w) => /〔/.test(w.t));
    const docNumberToRuleMm = red && num.length ? round(red.lineYmm - toMm(Math.max(...num.map((w) => w.y1)))) : null;

    // PNGs: pages 1–3 and the first annex page
    const pngs: string[] = [];
    for (const n of [1, 2, 3, landscape[0]].filter((x): x is number => !!x)) {
      const base = join(OUT, `${name}-p${String(n).padStart(3, '0')}`);
      execFileSync('pdftoppm', ['-r', '60', '-f', String(n), '-l', String(n), '-png', '-singlefile', pdf, base]);
      pngs.push(`${base}.png`.slice(ROOT.length));
    }
    const r: SeedResult = {
      seed: name,
      pages: sizes.length,
      portrait: sizes.length - landscape.length,
      landscape,
      allA4: sizes.every(isA4),
      fullPages,
      linesOnFullPages: linesOn,
      layoutLinesOnFullPages: layoutLinesOn,
      charsPerLine: mode(chars),
      pageNumbers: { ok: pn.ok, bad: pn.bad.slice(0, 5), oddRightMm: median(pn.odd) && toMm(median(pn.odd)!), evenLeftMm: median(pn.even) && toMm(median(pn.even)!), dashBelowTypeAreaMm: median(pn.below) && toMm(median(pn.below)!) },
      textLeftMm: { odd: median(left.odd) && toMm(median(left.odd)!), even: median(left.even) && toMm(median(left.even)!) },
      red,
      docNumberToRuleMm,
      pngs,
    };
    results.push(r);
    if (!r.allA4) failures.push(`${name}: a page is not A4`);
    if (!landscape.length) failures.push(`${name}: no landscape annex page`);
    if (!fullPages.length) failures.push(`${name}: no full body page found`);
    for (const [n, c] of Object.entries(linesOn)) if (c !== 22) failures.push(`${name}: page ${n} has ${c} lines, not 22`);
    if (r.charsPerLine !== 28) failures.push(`${name}: ${r.charsPerLine} characters a line, not 28`);
    if (!pn.ok) failures.push(`${name}: page numbers ${pn.bad.slice(0, 3).join('; ')}`);
    if (!red) failures.push(`${name}: no red header found on page 1`);
    process.stderr.write(`render: ${name} ${titles.get(name)} — ${r.pages} pages (${landscape.length} landscape), full pages ${fullPages.length} with ${[...new Set(Object.values(linesOn))].join('/')} lines, ${r.charsPerLine} chars/line\n`);
  }
  rmSync(tmp, { recursive: true, force: true });
  const expected = {
    typeAreaTopMm: round(PAGE.top / TWIPS_PER_MM),
    markTopMm: round((PAGE.top + 1984) / TWIPS_PER_MM),
    pageNumberOuterMm: round((PAGE.right + 280) / TWIPS_PER_MM),
    dashBelowTypeAreaMm: 7,
    textLeftOddMm: 28,
    textLeftEvenMm: 26,
  };
  writeFileSync(join(OUT, 'results.json'), JSON.stringify({ expected, results, failures }, null, 2) + '\n');
  process.stdout.write(JSON.stringify({ expected, results: results.map(({ linesOnFullPages: _l, layoutLinesOnFullPages: l2, ...r }) => ({ ...r, layoutLines: [...new Set(Object.values(l2))] })), failures }, null, 2) + '\n');
  if (failures.length) {
    process.stderr.write(`render: ${failures.length} check(s) failed\n`);
    process.exit(1);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
