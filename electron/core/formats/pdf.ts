/**
 * .pdf → SourceLine[] with pdfjs-dist 5 (legacy build, the one meant for Node). Runs inside the import worker.
 *
 *  - pdfjs's own worker is not started: its worker module is loaded on this thread (`globalThis.pdfjsWorker`, the
 *    "fake worker"), so one import stays one thread with one heap limit; no canvas, no fonts loaded (text only).
 *  - Predefined CMaps (Chinese PDFs with non-embedded fonts use UniGB-UCS2-H and friends) and the standard font
 *    metrics are read from pdfjs-dist's own folders, whose path the host passes (resolvePdfjsDir: the worker may
 *    run from a bundle in a temp folder, where the package cannot be resolved).
 *  - At most LIMITS.maxPdfPages pages, read one at a time; at most LIMITS.maxTextChars characters.
 *  - No text on the pages (a scan) → 'no-text-layer'; an open password → 'encrypted'; not a PDF / broken → 'corrupt'.
 *
 *  - The straight lines of pages whose text may stand in a table (pageRules): the borders of ruled tables, from
 *    which the geometry rebuilds their rows and cells.
 *  - A page whose text runs mostly up or down it (a landscape 分工表 drawn turned on a portrait page, without /Rotate)
 *    is turned upright before its lines are built (turnUpright); a page with /Rotate is turned by the viewport.
 *
 * The geometry (lines, headers/footers, paragraphs, tables) is shared/importer/formats/pdf-layout.ts.
 */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { ImportError, LIMITS, TEXT_OVER_LIMIT_REASON } from '../../../shared/errors.js';
import { layoutPdf, mayHoldTable, pageChars, turnUpright, type PdfPageText, type PdfRule, type PdfTextItem, type SourceLine } from '../../../shared/importer/index.js';

/** pdfjs-dist's package folder (cmaps/, standard_fonts/), resolved where node_modules can be found (the host). */
export function resolvePdfjsDir(): string | undefined {
  try {
    return dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  } catch {
    return undefined;
  }
}

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let loading: Promise<Pdfjs> | null = null;

/**
 * Load pdfjs once per worker, with its worker module on this thread.
 *
 * pdfjs's Node build polyfills DOMMatrix from the optional native package @napi-rs/canvas and constructs one when
 * its module loads; text extraction never renders, so where the package cannot be found (the worker bundle in a
 * temp folder) an inert stand-in is enough. pdfjs reports the missing package with console.log while loading,
 * which would end up in the CLI's --json output: the console is quiet for the duration of the load.
 *
 * The legacy build carries core-js polyfills, and some of them replace built-ins that Node 20 already has because
 * of spec corner cases (Array.prototype.push on an array with a read-only length, JSON.parse source access). The
 * replacements are plain JavaScript and much slower: with core-js's push, reading a 36-page PDF took 1.4–1.8 s
 * instead of well under a second, and the grammar that runs after it in the same worker slowed down too. pdfjs
 * does not depend on those corner cases, so the native functions are put back once pdfjs is loaded; what core-js
 * adds that Node 20 lacks (Promise.withResolvers, Set methods, Uint8Array base64) stays.
 */
function loadPdfjs(): Promise<Pdfjs> {
  loading ??= (async () => {
    const g = globalThis as { DOMMatrix?: unknown; pdfjsWorker?: unknown };
    const log = console.log;
    const warn = console.warn;
    const natives = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };
    console.log = () => {};
    console.warn = () => {};
    try {
      const [pdfjs, worker] = await Promise.all([
        import('pdfjs-dist/legacy/build/pdf.mjs'),
        import('pdfjs-dist/legacy/build/pdf.worker.mjs'),
      ]);
      g.pdfjsWorker = worker;
      return pdfjs;
    } finally {
      console.log = log;
      console.warn = warn;
      Object.defineProperty(Array.prototype, 'push', { value: natives.push, writable: true, configurable: true, enumerable: false });
      JSON.parse = natives.parse;
      JSON.stringify = natives.stringify;
    }
  })();
  return loading;
}

/** An identity matrix that does nothing: pdfjs only uses DOMMatrix for drawing, which the importer never does. */
class InertMatrix {
  a = 1; b = 0; c = 0; d = 1; e = 0; f = 0;
  m11 = 1; m12 = 0; m21 = 0; m22 = 1; m41 = 0; m42 = 0;
  multiplySelf() { return this; }
  preMultiplySelf() { return this; }
  translate() { return this; }
  scale() { return this; }
  invertSelf() { return this; }
}
if (typeof (globalThis as { DOMMatrix?: unknown }).DOMMatrix === 'undefined') (globalThis as { DOMMatrix?: unknown }).DOMMatrix = InertMatrix;

/** Pages whose text is shorter than this are "without text" when deciding whether a PDF is a scan. */
const SCANNED_PAGE_CHARS = 20;

export interface PdfReaderOptions {
  /** pdfjs-dist's folder (see resolvePdfjsDir); without it CMaps cannot be loaded (Latin and embedded fonts still work). */
  pdfjsDir?: string;
}

export async function readPdf(bytes: Uint8Array, fileName: string, opts: PdfReaderOptions = {}): Promise<SourceLine[]> {
  const pdfjs = await loadPdfjs();
  const dir = opts.pdfjsDir ?? resolvePdfjsDir();
  // pdfjs takes ownership of (detaches) the buffer it is given: hand it a copy, keep ours for the hash
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
    ...(dir ? { cMapUrl: `${dir}/cmaps/`, cMapPacked: true, standardFontDataUrl: `${dir}/standard_fonts/` } : {}),
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (e) {
    const name = (e as { name?: string })?.name;
    if (name === 'PasswordException') {
      throw new ImportError('encrypted', fileName, {
        zh: 'PDF 设有打开密码,请先用 PDF 阅读器输入密码后另存为不加密的 PDF,或另存为 .docx 后再导入',
        en: 'The PDF has an open password: open it in a PDF reader and save an unencrypted copy, or save it as .docx.',
      });
    }
    throw new ImportError('corrupt', fileName, {
      zh: 'PDF 文件已损坏,无法读取(可能只下载了一部分);请重新下载,或找到原始 Word/文本版本后再导入',
      en: 'The PDF is damaged and cannot be read (perhaps only partly downloaded): download it again, or find the Word or text version.',
    }, { reason: String((e as Error)?.message ?? e).slice(0, 200) });
  }
  try {
    if (doc.numPages > LIMITS.maxPdfPages) {
      throw new ImportError('too-large', fileName, {
        zh: `PDF 共 ${doc.numPages} 页,超过 ${LIMITS.maxPdfPages} 页的上限,请只导出规划正文部分后再导入`,
        en: `The PDF has ${doc.numPages} pages, more than the limit of ${LIMITS.maxPdfPages}: export only the plan's own pages and import that.`,
      }, { pages: doc.numPages, limit: LIMITS.maxPdfPages });
    }
    const pages: PdfPageText[] = [];
    let chars = 0;
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const vp = page.getViewport({ scale: 1 });
      const content = await page.getTextContent({ disableNormalization: false });
      const items: PdfTextItem[] = [];
      // characters whose text runs up or down the page (a landscape table drawn turned on a portrait page)
      let up = 0;
      let down = 0;
      const [va, vb, vc, vd] = vp.transform as number[];
      for (const it of content.items) {
        if (!('str' in it) || !it.str) continue;
        const [a, b, , , e, f] = it.transform as number[];
        // user space → page space with y up and the origin at the page's bottom left (a rotated or offset
        // MediaBox is normalised by the viewport transform)
        const [x, y] = vp.convertToViewportPoint(e, f);
        const size = Math.hypot(a, b) || it.height || 10;
        // the text's direction on the page as shown (the viewport turns a /Rotate page; its y axis points down)
        const dx = va * a + vc * b;
        const dy = -(vb * a + vd * b);
        const angle = (Math.atan2(dy, dx) * 180) / Math.PI;
        items.push(Math.abs(angle) > 0.5 ? { str: it.str, x, y: vp.height - y, width: it.width, size, angle } : { str: it.str, x, y: vp.height - y, width: it.width, size });
        if (Math.abs(dy) > 2 * Math.abs(dx)) { if (dy > 0) up += it.str.length; else down += it.str.length; }
        chars += it.str.length;
        if (chars > LIMITS.maxTextChars) throw new ImportError('too-large', fileName, TEXT_OVER_LIMIT_REASON);
      }
      let pageText: PdfPageText = { width: vp.width, height: vp.height, items };
      const runs = 2 * Math.max(up, down) > pageChars(pageText) ? (up >= down ? 'up' : 'down') : null;
      // the borders of ruled tables, on pages whose text may stand in one (reading the drawing costs about as much as
      // the text: the 35-page 静安 PDF took 394 ms of CPU instead of 199 with it on every page)
      if (runs) pageText = turnUpright(pageText, runs);
      if (mayHoldTable(pageText)) {
        const rules = await pageRules(pdfjs, page, vp);
        if (rules.length) pageText.rules = runs ? turnUpright({ ...pageText, width: vp.width, height: vp.height, items: [], rules }, runs).rules : rules;
      }
      pages.push(pageText);
      // no page.cleanup(): it frees drawing resources we never create, and costs ~10 % of the reading time
    }
    const withText = pages.filter((pg) => pageChars(pg) >= SCANNED_PAGE_CHARS).length;
    if (withText === 0 || withText < pages.length * 0.2) {
      throw new ImportError('no-text-layer', fileName,
        withText === 0
          ? {
            zh: '这是扫描版 PDF,页面是图片,没有可复制的文字层;请先用 OCR 文字识别转成文字,或找到原始 Word/文本版本后再导入',
            en: 'This is a scanned PDF: its pages are pictures with no text layer. Run OCR first, or find the Word or text version.',
          }
          : {
            zh: `PDF 的 ${pages.length} 页中只有 ${withText} 页有文字层,其余是扫描图片;请先用 OCR 文字识别转成文字,或找到原始 Word/文本版本后再导入`,
            en: `Only ${withText} of the PDF's ${pages.length} pages have a text layer; the others are scanned pictures. Run OCR first, or find the Word or text version.`,
          },
        { pages: pages.length, pagesWithText: withText });
    }
    return layoutPdf(pages);
  } catch (e) {
    if (e instanceof ImportError) throw e;
    // a page pdfjs cannot read (broken content stream, font, cross-reference …)
    throw new ImportError('corrupt', fileName, {
      zh: 'PDF 文件已损坏,部分页面无法读取(可能只下载了一部分);请重新下载,或找到原始 Word/文本版本后再导入',
      en: 'The PDF is damaged; some of its pages cannot be read (perhaps only partly downloaded): download it again, or find the Word or text version.',
    }, { reason: String((e as Error)?.message ?? e).slice(0, 200) });
  } finally {
    await doc.destroy().catch(() => {});
  }
}

type PdfPage = Awaited<ReturnType<Awaited<ReturnType<Pdfjs['getDocument']>['promise']>['getPage']>>;
type Viewport = ReturnType<PdfPage['getViewport']>;
type Matrix = [number, number, number, number, number, number];
const mul = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5],
];

/**
 * The straight lines a page draws (the borders of ruled tables), in the page space of the text items: stroked
 * axis-parallel segments, and filled rectangles thinner than 3 pt (Word draws borders so). Curves, large fills
 * (shading) and clipping paths are left out. pdfjs 5 hands each path as one constructPath operation: the painting
 * operator, the path (moveTo 0, lineTo 1, curveTo 2, quadraticCurveTo 3, closePath 4, followed by their points) and
 * its bounds; save/restore/transform change the matrix the points are drawn with.
 */
async function pageRules(pdfjs: Pdfjs, page: PdfPage, vp: Viewport): Promise<PdfRule[]> {
  const OPS = pdfjs.OPS;
  const list = await page.getOperatorList();
  const out: PdfRule[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  const STROKE = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const FILL = new Set<number>([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const toPage = (x: number, y: number): [number, number] => {
    const ux = ctm[0] * x + ctm[2] * y + ctm[4];
    const uy = ctm[1] * x + ctm[3] * y + ctm[5];
    const [px, py] = vp.convertToViewportPoint(ux, uy);
    return [px, vp.height - py];
  };
  const rule = (a: [number, number], b: [number, number]) => {
    const r = { x0: Math.min(a[0], b[0]), y0: Math.min(a[1], b[1]), x1: Math.max(a[0], b[0]), y1: Math.max(a[1], b[1]) };
    if (r.x1 - r.x0 <= 1 || r.y1 - r.y0 <= 1) out.push(r);
  };
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = mul(ctm, args as Matrix);
    else if (fn === OPS.constructPath) {
      const op = args[0] as number;
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (!data || (!STROKE.has(op) && !FILL.has(op))) continue;
      // subpaths as lists of points
      const subpaths: [number, number][][] = [];
      let cur: [number, number][] = [];
      for (let k = 0; k < data.length;) {
        const code = data[k];
        if (code === 0) { if (cur.length) subpaths.push(cur); cur = [toPage(data[k + 1], data[k + 2])]; k += 3; }
        else if (code === 1) { cur.push(toPage(data[k + 1], data[k + 2])); k += 3; }
        else if (code === 2) { cur.push([NaN, NaN], toPage(data[k + 5], data[k + 6])); k += 7; }
        else if (code === 3) { cur.push([NaN, NaN], toPage(data[k + 3], data[k + 4])); k += 5; }
        else if (code === 4) { if (cur.length) cur.push(cur[0]); k += 1; }
        else break;
      }
      if (cur.length) subpaths.push(cur);
      for (const pts of subpaths) {
        if (pts.some((p) => Number.isNaN(p[0]))) continue; // curves
        if (STROKE.has(op)) for (let k = 1; k < pts.length; k++) rule(pts[k - 1], pts[k]);
        else {
          const xs = pts.map((p) => p[0]);
          const ys = pts.map((p) => p[1]);
          const x0 = Math.min(...xs); const x1 = Math.max(...xs); const y0 = Math.min(...ys); const y1 = Math.max(...ys);
          // a thin rectangle stands for the line along its middle
          if (x1 - x0 <= 3) out.push({ x0: (x0 + x1) / 2, y0, x1: (x0 + x1) / 2, y1 });
          else if (y1 - y0 <= 3) out.push({ x0, y0: (y0 + y1) / 2, x1, y1: (y0 + y1) / 2 });
        }
      }
    }
  }
  return out;
}

/**
 * What each page of a PDF holds: how many characters of text, and whether it draws anything — a line, a fill, a
 * picture (the PDF export asks whether LibreOffice left the page before the 版记 blank: electron/core/export.ts; an
 * annex's last page holding only a figure or the borders of a table is no blank page). A PDF pdfjs cannot open gives [].
 */
export async function pdfPageInk(bytes: Uint8Array, opts: PdfReaderOptions = {}): Promise<{ chars: number; drawn: boolean }[]> {
  const pdfjs = await loadPdfjs();
  const dir = opts.pdfjsDir ?? resolvePdfjsDir();
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false, verbosity: 0,
    ...(dir ? { cMapUrl: `${dir}/cmaps/`, cMapPacked: true, standardFontDataUrl: `${dir}/standard_fonts/` } : {}),
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch {
    return [];
  }
  const OPS = pdfjs.OPS;
  // (pdfjs 5 hands a path as one constructPath whose first argument is the painting operator; a path only clipped or
  // ended — endPath — draws nothing)
  const PAINT_PATH = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const PAINT = new Set<number>([...PAINT_PATH, OPS.shadingFill, OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintInlineImageXObjectGroup,
    OPS.paintImageMaskXObject, OPS.paintImageMaskXObjectGroup, OPS.paintImageXObjectRepeat, OPS.paintImageMaskXObjectRepeat, OPS.paintSolidColorImageMask]);
  try {
    const out: { chars: number; drawn: boolean }[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const chars = content.items.reduce((k, it) => k + ('str' in it ? it.str.replace(/\s/g, '').length : 0), 0);
      const list = await page.getOperatorList();
      let drawn = false;
      for (let i = 0; i < list.fnArray.length && !drawn; i++) {
        const fn = list.fnArray[i];
        drawn = fn === OPS.constructPath ? PAINT_PATH.has((list.argsArray[i] as unknown[])[0] as number) : PAINT.has(fn);
      }
      out.push({ chars, drawn });
    }
    return out;
  } finally {
    await doc.destroy().catch(() => {});
  }
}
