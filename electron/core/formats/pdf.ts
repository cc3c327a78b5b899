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
 * The geometry (lines, headers/footers, paragraphs) is shared/importer/formats/pdf-layout.ts.
 */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { ImportError, LIMITS } from '../../../shared/errors.js';
import { layoutPdf, pageChars, type PdfPageText, type PdfTextItem, type SourceLine } from '../../../shared/importer/index.js';

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
      throw new ImportError('encrypted', fileName, 'PDF 设有打开密码,请先用 PDF 阅读器输入密码后另存为不加密的 PDF,或另存为 .docx 后再导入');
    }
    throw new ImportError('corrupt', fileName, 'PDF 文件已损坏,无法读取(可能只下载了一部分)', { reason: String((e as Error)?.message ?? e).slice(0, 200) });
  }
  try {
    if (doc.numPages > LIMITS.maxPdfPages) {
      throw new ImportError('too-large', fileName, `PDF 共 ${doc.numPages} 页,超过 ${LIMITS.maxPdfPages} 页的上限,请只导出规划正文部分后再导入`, { pages: doc.numPages, limit: LIMITS.maxPdfPages });
    }
    const pages: PdfPageText[] = [];
    let chars = 0;
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const vp = page.getViewport({ scale: 1 });
      const content = await page.getTextContent({ disableNormalization: false });
      const items: PdfTextItem[] = [];
      for (const it of content.items) {
        if (!('str' in it) || !it.str) continue;
        const [a, b, , , e, f] = it.transform as number[];
        // user space → page space with y up and the origin at the page's bottom left (a rotated or offset
        // MediaBox is normalised by the viewport transform)
        const [x, y] = vp.convertToViewportPoint(e, f);
        const size = Math.hypot(a, b) || it.height || 10;
        items.push({ str: it.str, x, y: vp.height - y, width: it.width, size });
        chars += it.str.length;
        if (chars > LIMITS.maxTextChars) throw new ImportError('too-large', fileName, `文字超过 ${LIMITS.maxTextChars} 个字符`);
      }
      pages.push({ width: vp.width, height: vp.height, items });
      // no page.cleanup(): it frees drawing resources we never create, and costs ~10 % of the reading time
    }
    const withText = pages.filter((pg) => pageChars(pg) >= SCANNED_PAGE_CHARS).length;
    if (withText === 0 || withText < pages.length * 0.2) {
      throw new ImportError('no-text-layer', fileName,
        withText === 0
          ? '这是扫描版 PDF,页面是图片,没有可复制的文字层;请先用 OCR 文字识别转成文字,或找到原始 Word/文本版本后再导入'
          : `PDF 的 ${pages.length} 页中只有 ${withText} 页有文字层,其余是扫描图片;请先用 OCR 文字识别转成文字,或找到原始 Word/文本版本后再导入`,
        { pages: pages.length, pagesWithText: withText });
    }
    return layoutPdf(pages);
  } catch (e) {
    if (e instanceof ImportError) throw e;
    // a page pdfjs cannot read (broken content stream, font, cross-reference …)
    throw new ImportError('corrupt', fileName, 'PDF 文件已损坏,部分页面无法读取(可能只下载了一部分)', { reason: String((e as Error)?.message ?? e).slice(0, 200) });
  } finally {
    await doc.destroy().catch(() => {});
  }
}
