/**
 * Cleanup of scraped text: web-page chrome around the plan (site header, breadcrumbs, "来自…", "跳转至",
 * contact lines, copyright footers) is removed and reported; lines broken mid-sentence are re-joined.
 */
import type { ImportReport } from '../model/plan';
import type { SourceLine } from './types';
import { readMarker } from './markers';

export interface Para {
  text: string;
  line: number;
  /** The source line started with indentation (a new paragraph in indented text). */
  indent: boolean;
  /** A blank line came before it. */
  afterBlank: boolean;
  heading?: number;
  cells?: string[];
  /** Lines holding only a no-break space right before this one: empty cells in a flattened table. */
  emptyBefore?: number;
}

type Removed = ImportReport['removed'][number];

const CHROME: [RegExp, string][] = [
  [/^来自[^，。,.:：]{1,20}$/, '来源网站标记'],
  [/^跳转至[:：]?/, '页面导航'],
  [/您现在的位置|当前位置[:：]|^首页\s*[>＞»]/, '面包屑导航'],
  [/^发布时间[:：]|^来源[:：]|^(浏览|阅读|点击)(次数|量)[:：]|^字号[:：]?\s*[大中小]/, '网页发布信息'],
  [/^(上一条|下一条|上一篇|下一篇)[:：]/, '网页翻页链接'],
  [/^(与我们联系|联系我们|关于我们|网站地图)$/, '网页页脚'],
  [/^[•·]?\s*(联系电话|电\s*话|传\s*真|邮\s*箱|E-?mail|电子邮件|地\s*址|邮\s*编|QQ)\s*[:：]/i, '联系方式'],
  [/Copyright|©|版权所有|版权声明|ICP备|All Rights Reserved/i, '版权页脚'],
  [/^(返回|返回顶部|返回首页|打印|关闭|打印本页|关闭窗口|【打印】|【关闭】|分享到[:：]?.*|扫一扫.*)$/, '网页按钮'],
];

export function chromeReason(text: string): string | null {
  for (const [re, reason] of CHROME) if (re.test(text)) return reason;
  return null;
}

const FOOTER_START = /^(上一条|下一条|上一篇|下一篇)[:：]|^(与我们联系|联系我们)$|Copyright|©|版权所有|版权声明|^返回(顶部|首页)?$/i;

/** Turn source lines into paragraphs, dropping blank lines and web chrome (reported in `removed`). */
export function toParagraphs(lines: SourceLine[], removed: Removed[]): Para[] {
  const paras: Para[] = [];
  let blank = true;
  let nbsp = 0;
  for (const l of lines) {
    const text = l.text.replace(/[\u00a0\u200b\ufeff]/g, ' ').replace(/\s+$/, '');
    if (!text.trim()) {
      blank = true;
      if (/\u00a0/.test(l.text)) nbsp++;
      continue;
    }
    paras.push({ text: text.trim(), line: l.line, indent: /^[\s\u3000]/.test(text), afterBlank: blank, heading: l.heading, cells: l.cells, emptyBefore: nbsp || undefined });
    blank = false;
    nbsp = 0;
  }
  const keep = new Array(paras.length).fill(true);
  // Site header: everything before a breadcrumb near the top.
  const crumb = paras.slice(0, 12).findIndex((p) => /您现在的位置|当前位置[:：]|^首页\s*[>＞»]/.test(p.text));
  for (let i = 0; i < crumb; i++) { keep[i] = false; removed.push({ line: paras[i].line, text: paras[i].text, reason: '网站页眉' }); }
  // Footer: from the first footer marker in the last lines to the end, unless plan structure follows it.
  const tailFrom = Math.max(0, paras.length - 30);
  for (let i = tailFrom; i < paras.length; i++) {
    if (!FOOTER_START.test(paras[i].text)) continue;
    const structured = paras.slice(i + 1).some((p) => {
      const m = readMarker(p.text);
      return m && m.style !== 'bullet' && p.text.length > 8 && !chromeReason(p.text);
    });
    if (structured) break;
    for (let j = i; j < paras.length; j++) {
      if (!keep[j]) continue;
      keep[j] = false;
      removed.push({ line: paras[j].line, text: paras[j].text, reason: chromeReason(paras[j].text) ?? '网页页脚' });
    }
    break;
  }
  // Single chrome lines anywhere in the first and last lines.
  paras.forEach((p, i) => {
    if (!keep[i] || (i > 15 && i < paras.length - 15)) return;
    const reason = chromeReason(p.text);
    if (reason) { keep[i] = false; removed.push({ line: p.line, text: p.text, reason }); }
  });
  removed.sort((a, b) => a.line - b.line);
  return paras.filter((_, i) => keep[i]);
}

const TERMINAL = /[。；;！？!?：:」』”"）)】]$/;

/**
 * Re-join lines broken mid-sentence: a paragraph that ends without terminal punctuation and is followed,
 * without a blank line or indentation, by a line that is not a numbered heading. A line ending in a bare
 * marker ("三、") is always joined with the next.
 */
export function joinBroken(paras: Para[]): Para[] {
  const out: Para[] = [];
  for (const p of paras) {
    const prev = out[out.length - 1];
    if (prev && !p.cells && !prev.cells && !p.heading && !prev.heading) {
      const bareMarker = /^(第[一二三四五六七八九十]+章|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])$/.test(prev.text) || /(^|[。；])([一二三四五六七八九十]+、)$/.test(prev.text);
      const broken = prev.text.length >= 30 && !TERMINAL.test(prev.text) && !p.afterBlank && !p.indent && !readMarker(p.text) && !chromeReason(p.text);
      if (bareMarker || broken) {
        prev.text += p.text;
        continue;
      }
    }
    out.push({ ...p });
  }
  return out;
}
