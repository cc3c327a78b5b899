/**
 * The annotations a Markdown export carried (its `<!-- 批注 … -->` blocks, shared/model/annotation-text.ts) put on
 * the plan the import read from the same text. The import gives nodes ids of its own, so a block names its node by
 * the printed lines of the node and its ancestors (位置); it goes to the node whose lines match (numbers and headings,
 * spaces and punctuation aside), the most ancestors matching first; failing that, to the only node whose text holds
 * the quote; failing that it is kept unplaced (listed as 找不到原文, orphaned) — never dropped. A range is found again
 * in its node's field (its recorded context first, else the occurrence nearest its old offset); a quote no longer
 * there keeps its old offset and is shown as changed or orphaned, as after an edit. A block that cannot be read is a
 * report line; the plan comes in either way. Environment-free.
 */
import { Annotation } from '../model/annotation';
import { placeKey, type AnnotationBlock } from '../model/annotation-text';
import { walk, type ImportReport, type PlanDoc, type PlanNode } from '../model/plan';

type Warning = ImportReport['warnings'][number];

/** Most annotations a plan file carries (PlanDoc.annotations). */
const MAX_ANNOTATIONS = 20_000;

/** Characters of context kept on each side of a quote (shared/review/model.ts CONTEXT). */
const CONTEXT = 24;

const nodeKey = (n: PlanNode) => placeKey(`${n.number}${n.heading}${n.body}`).slice(0, 20);
const matches = (a: string, b: string) => !!a && !!b && (a.startsWith(b) || b.startsWith(a));

export function attachAnnotations(doc: PlanDoc, blocks: AnnotationBlock[]): { annotations: Annotation[]; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const annotations: Annotation[] = [];
  const entries = [...walk(doc.nodes)].map(({ node, path }) => ({ node, path: path.map((p) => p.id), keys: [...path.map(nodeKey), nodeKey(node)] }));
  const seen = new Set<string>();
  for (const b of blocks) {
    if (annotations.length >= MAX_ANNOTATIONS) {
      warnings.push({ code: 'annotation-invalid', message: `批注超过 ${MAX_ANNOTATIONS} 条,第 ${b.line} 行起的其余批注未导入`, line: b.line });
      break;
    }
    if (!b.annotation) {
      warnings.push({ code: 'annotation-invalid', message: `第 ${b.line} 行的批注注释块无法读取,未导入:${b.problem ?? ''}`, line: b.line });
      continue;
    }
    const a = b.annotation;
    if (seen.has(a.id)) {
      warnings.push({ code: 'annotation-invalid', message: `第 ${b.line} 行的批注编号 ${a.id} 与前面的重复,未导入`, line: b.line });
      continue;
    }
    const want = b.place.map((p) => placeKey(p).slice(0, 20));
    let best: (typeof entries)[number] | undefined;
    let bestScore = -1;
    if (want.length) {
      for (const e of entries) {
        if (!matches(e.keys[e.keys.length - 1], want[want.length - 1])) continue;
        let score = 0;
        for (let k = 1; k < want.length && k < e.keys.length; k++) if (matches(e.keys[e.keys.length - 1 - k], want[want.length - 1 - k])) score++;
        if (e.keys.length === want.length) score += 0.5;
        if (score > bestScore) { best = e; bestScore = score; }
      }
    }
    if (!best && a.anchor.quote && (a.anchor.field === 'heading' || a.anchor.field === 'body')) {
      const quote = foldWidth(a.anchor.quote);
      const holding = entries.filter((e) => foldWidth(e.node[a.anchor.field as 'heading' | 'body']).includes(quote));
      if (holding.length === 1) best = holding[0];
    }
    const anchor = { ...a.anchor };
    if (best) {
      anchor.nodeId = best.node.id;
      anchor.path = best.path;
      if (anchor.field === 'heading' || anchor.field === 'body') Object.assign(anchor, relocate(best.node[anchor.field], anchor));
    } else {
      warnings.push({ code: 'annotation-orphaned', message: `第 ${b.line} 行的批注(${a.author.name || '未署名'})所在的“${b.place[b.place.length - 1] ?? '?'}”在导入的规划中找不到:已导入,列为“找不到原文”`, line: b.line });
    }
    const checked = Annotation.safeParse({ ...a, anchor });
    if (!checked.success) {
      const issue = checked.error.issues[0];
      warnings.push({ code: 'annotation-invalid', message: `第 ${b.line} 行的批注不符合格式,未导入:${issue.path.join('.')}(${issue.message})`, line: b.line });
      continue;
    }
    seen.add(a.id);
    annotations.push(checked.data);
  }
  return { annotations, warnings };
}

/**
 * Punctuation folded to one width, one code unit for one (so an offset in the folded text is one in the text): the
 * Markdown export prints the text as a 公文 does (shared/export/text.ts cnText: `,` → `，`, `2020-2022` → `2020—2022`)
 * while a block's 原文/前文/后文 are the reviewer's marked text as it was, so the quote is looked for width-insensitively
 * and then takes the text's characters. (Not cnText on the quote when writing: cnText reads a character's neighbours,
 * which a quote's edges lack, and the block would no longer carry the quote as marked.)
 */
const FOLD: Record<string, string> = { '，': ',', '。': '.', '：': ':', '；': ';', '（': '(', '）': ')', '！': '!', '？': '?', '—': '-', '–': '-', '－': '-', '～': '~' };
const FOLDABLE = /[，。：；（）！？—–－～]/g;
export const foldWidth = (s: string) => s.replace(FOLDABLE, (c) => FOLD[c]);

/** The quote in the text it now stands in: its recorded context first, else the occurrence nearest its old offset. */
function relocate(text: string, anchor: Annotation['anchor']): Pick<Annotation['anchor'], 'start' | 'quote' | 'prefix' | 'suffix'> | object {
  if (!anchor.quote) return {};
  const folded = foldWidth(text);
  const [quote, prefix, suffix] = [anchor.quote, anchor.prefix, anchor.suffix].map(foldWidth);
  let at = folded.indexOf(prefix + quote + suffix);
  if (at >= 0) at += prefix.length;
  else {
    let nearest = -1;
    for (let i = folded.indexOf(quote); i >= 0; i = folded.indexOf(quote, i + 1)) if (nearest < 0 || Math.abs(i - anchor.start) < Math.abs(nearest - anchor.start)) nearest = i;
    at = nearest;
  }
  if (at < 0) return {}; // not there: the recorded anchor is kept, shown as changed or orphaned
  const end = at + quote.length;
  return { start: at, quote: text.slice(at, end), prefix: text.slice(Math.max(0, at - CONTEXT), at), suffix: text.slice(end, end + CONTEXT) };
}
