/**
 * What an export with the 通知 cover will lack, said before exporting (the export dialog shows these): a missing
 * 发文字号 leaves the line under the red header empty; a missing or incomplete 成文日期 (yyyy-mm-dd) leaves the
 * signature without its date — and the 版记 without "…印发" too unless a 印发日期 is entered (`no-print-date`: neither
 * date; the 版记's 印发日期 is the day the document goes to print, GB/T 9704 §7.4.3, its own field, the 成文日期 when
 * empty). Environment-free.
 */
import { sourceTableNotes } from './sourcetable';
import { walk, type Period, type PlanMeta, type PlanNode } from '../model/plan';
import { readPrintedHead, themesOf, type HeadReading } from '../importer/public';
import { periodText } from '../model/period';
import { textParagraphs } from '../fieldtext';
import { toSimplified } from '../text/fold';
import { cnDate, cnMonth, recordDate } from './text';

export type CoverWarningCode = 'no-doc-number' | 'no-issue-date' | 'no-print-date';
export interface CoverWarning { code: CoverWarningCode; message: string }

export function coverWarnings(meta: Pick<PlanMeta, 'docNumber' | 'issuedOn' | 'printedOn'>): CoverWarning[] {
  const out: CoverWarning[] = [];
  if (!meta.docNumber?.trim()) out.push({ code: 'no-doc-number', message: '未填写发文字号：红头下的发文字号一行将空着' });
  if (!cnDate(meta.issuedOn)) {
    out.push({
      code: 'no-issue-date',
      // (a year and a month only is printed under the attachment's title instead: docx.ts, a 纲要's cover date)
      message: meta.issuedOn?.trim()
        ? `成文日期“${meta.issuedOn.trim()}”不完整：落款将没有日期${cnMonth(meta.issuedOn) ? `（“${cnMonth(meta.issuedOn)}”印在附件标题下）` : ''}`
        : '未填写成文日期：落款将没有日期',
    });
  }
  if (!recordDate(meta)) {
    out.push({
      code: 'no-print-date',
      message: meta.printedOn?.trim() ? `印发日期“${meta.printedOn.trim()}”不完整：版记只印发文机关，不印“……印发”` : '未填写印发日期：版记只印发文机关，不印“……印发”（成文日期未填全时，请在计划信息中填写印发日期）',
    });
  }
  return out;
}

/**
 * What a format leaves out of the plan, said in the export dialog before exporting (docs/exchange.md, "Every field":
 * the inventory and why each format cannot carry these). Plan JSON carries every field; Word (and PDF, made from it)
 * and Markdown print what a document says and the importer reads back, which leaves out:
 *  - `cover` (Word, PDF without the 通知 cover): the 发文字号, 成文日期, 主送机关, 发文机关 and 印发通知 are printed only
 *    on the cover (the plan's own pages carry none of them), the fields that hold something;
 *  - `themes`: themes set by hand — those a node has other than the importer's reading of its text (an import derives
 *    them again from the text), by node;
 *  - `city`, `district`, `period`: what an import would not read back as the plan holds it from the lines the format
 *    prints of its head (the title; the issuer, 文号, date and notice in Markdown and on Word's cover; the preamble;
 *    a title naming its length with the year its text says the work is done by) — shared/importer/headread.ts, the
 *    importer's own readers; with `readAs` the value read instead;
 *  - `target-qualifiers`: the comparator or unit of an indicator without a value (a target in words: they qualify a
 *    figure, and the text prints its name, words and year);
 *  - `library`: the plan's status and the template it was made from (basedOn): the library's record, not the
 *    document's (the importing library sets them).
 *  - `source-cells`: cells of a source table left out for the generated task table that the plan says nowhere else
 *    (Word with `annexes` given: the command line; the export dialog says it beside each table's note).
 * The 未复核 flags and template references are asked about separately (reviewGaps).
 */
export type OmissionCode = 'cover' | 'themes' | 'city' | 'district' | 'period' | 'target-qualifiers' | 'library' | 'annotations' | 'source-cells';
export interface Omission {
  code: OmissionCode;
  /** cover: the fields (PlanMeta keys) left out; themes, target-qualifiers, annotations: how many nodes / indicators /
   * annotations (open and closed ones, replies: annotationsLeftOut); city: the city; district: the district; period:
   * the plan's period as text (2025—2027); city, district, period: `readAs` the value an import reads instead, if any. */
  fields?: string[];
  count?: number;
  open?: number;
  closed?: number;
  replies?: number;
  city?: string;
  district?: string;
  period?: string;
  readAs?: string;
  message: string;
}

/** The themes an import derives from a node's text (shared/importer/enrich.ts: its heading and text less its field lines and departments). */
export function textThemes(n: PlanNode): string[] {
  if (n.kind === 'part' || n.kind === 'appendix') return themesOf(toSimplified(n.heading));
  let text = n.heading + '\n' + textParagraphs(n.body).join('\n');
  for (const name of [...n.lead, ...n.partners]) if (name.length > 1 && text.includes(name)) text = text.split(name).join('\n');
  return themesOf(toSimplified(text));
}

/**
 * Which of a plan's annotations an export leaves out of its file, and why (the export dialog and the CLI say it):
 *  - `not-included`: 包含批注与修改建议 unticked (the CLI's Word document always) — every annotation, open or closed
 *    (resolved, accepted, rejected), with every reply;
 *  - with it ticked, plan JSON and Markdown carry every annotation and reply (docs/review.md): nothing;
 *  - with it ticked, Word and PDF carry the open ones whose anchor is found, as comments with their replies and open
 *    suggestions as tracked changes (electron/core/review/exchange.ts exportComments) — `closed`: the resolved,
 *    accepted and rejected ones with their replies; `orphaned`: open ones whose quoted text is no longer in the plan.
 * Each group with its number of annotations (`count`), of them open and closed, and their replies.
 */
export interface AnnotationsLeftOut { reason: 'not-included' | 'closed' | 'orphaned'; count: number; open: number; closed: number; replies: number }
export interface AnnotationCount { status: string; replies: readonly unknown[] | number; resolved?: { state: string } }

export function annotationsLeftOut(list: readonly AnnotationCount[], format: 'docx' | 'pdf' | 'markdown' | 'json', included: boolean): AnnotationsLeftOut[] {
  const group = (reason: AnnotationsLeftOut['reason'], of: readonly AnnotationCount[]): AnnotationsLeftOut[] => {
    if (!of.length) return [];
    const open = of.filter((a) => a.status === 'open').length;
    const replies = of.reduce((n, a) => n + (typeof a.replies === 'number' ? a.replies : a.replies.length), 0);
    return [{ reason, count: of.length, open, closed: of.length - open, replies }];
  };
  if (!included) return group('not-included', list);
  if (format === 'json' || format === 'markdown') return [];
  return [
    ...group('closed', list.filter((a) => a.status !== 'open')),
    ...group('orphaned', list.filter((a) => a.status === 'open' && a.resolved?.state === 'orphaned')),
  ];
}

/** “3 条批注和修改建议（2 条未解决、1 条已处理）及其 4 条回复”: a group of annotationsLeftOut in words (the CLI's; the dialog has its own, in its language). */
export function annotationsLeftOutText(g: AnnotationsLeftOut): string {
  const what = g.reason === 'orphaned' ? `${g.count} 条找不到原文的未解决批注和修改建议`
    : g.reason === 'closed' || !g.open ? `${g.count} 条已处理（已解决、采纳或拒绝）的批注和修改建议`
      : !g.closed ? `${g.count} 条未解决的批注和修改建议`
        : `${g.count} 条批注和修改建议（${g.open} 条未解决、${g.closed} 条已处理）`;
  return g.replies ? `${what}及其 ${g.replies} 条回复` : what;
}

/**
 * The district, city and period as an import reads them from what a file prints of the head: the title, the issuer,
 * 文号 and date where printed (`printsCover`: Markdown always, Word on the cover only), the notice there and the preamble.
 */
export function headReadBack(doc: { meta: PlanMeta; nodes: PlanNode[] }, printsCover: boolean, targets = true): HeadReading {
  const m = doc.meta;
  const paragraphs = (t: string) => t.split('\n').map((x) => x.trim()).filter(Boolean);
  return readPrintedHead({
    title: m.title, issuer: printsCover ? m.issuer : null, docNumber: printsCover ? m.docNumber : null,
    issuedYear: printsCover && cnDate(m.issuedOn) ? Number(m.issuedOn!.slice(0, 4)) : null,
    head: [...(printsCover ? paragraphs(m.notice) : []), ...paragraphs(m.preamble)],
    body: [...walk(doc.nodes)].flatMap(({ node }) => [node.heading, ...textParagraphs(node.body)]).filter(Boolean),
    // (the indicators' years too: when the head alone gives another period, or none, every indicator's year is printed —
    // periodReadOtherwise, read without them —, and the import reads the year of a year's work from them as from the
    // deadlines: parse.ts yearOfDeadlines)
    deadlineYears: [...walk(doc.nodes)].flatMap(({ node }) => [...node.milestones.map((x) => x.year), ...(targets ? node.indicators.flatMap((i) => (i.year === null ? [] : [i.year])) : [])]),
  });
}

/**
 * The period an import of a Word file reads when it is not the plan's (the plan's period from a notice plain Word does
 * not print: 115), else undefined. Its indicators' years are then printed (printedParagraphs `readPeriod`).
 */
export function periodReadOtherwise(doc: { meta: PlanMeta; nodes: PlanNode[] }, printsCover: boolean): Period | null | undefined {
  const p = doc.meta.period;
  if (!p) return undefined;
  const read = headReadBack(doc, printsCover, false).period;
  return read?.start === p.start && read?.end === p.end ? undefined : read ? { start: read.start, end: read.end } : null;
}

const COVER_FIELDS = [['docNumber', '发文字号'], ['signer', '签发人'], ['issuedOn', '成文日期'], ['printedOn', '印发日期'], ['addressees', '主送机关'], ['issuer', '发文机关'], ['notice', '印发通知']] as const;

/**
 * `annotations`: what annotationsLeftOut says the export leaves out of the plan's annotations (the CLI's, whose Word
 * document has none; the export dialog says it in its own words, next to its 包含批注与修改建议 box).
 */
export function exportOmissions(doc: { meta: PlanMeta; nodes: PlanNode[] }, format: 'docx' | 'pdf' | 'markdown' | 'json', opts: { cover?: boolean; annotations?: readonly AnnotationsLeftOut[]; annexes?: boolean } = {}): Omission[] {
  if (format === 'json') return [];
  const out: Omission[] = [];
  const m = doc.meta;
  if (format !== 'markdown' && !opts.cover) {
    const set = COVER_FIELDS.filter(([k]) => { const v = m[k]; return k === 'printedOn' && v === m.issuedOn ? false : Array.isArray(v) ? v.length > 0 : !!v?.trim(); });
    if (set.length) out.push({ code: 'cover', fields: set.map(([k]) => k), message: `不含通知封面：${set.map(([, l]) => l).join('、')}不印出` });
  }
  let themed = 0;
  let qualified = 0;
  for (const { node } of walk(doc.nodes)) {
    const derived = new Set(textThemes(node));
    if (node.themes.some((t) => !derived.has(t))) themed++;
    qualified += node.indicators.filter((i) => i.value === null && (i.unit.trim() !== '' || i.comparator !== '=')).length;
  }
  if (themed) out.push({ code: 'themes', count: themed, message: `${themed} 个节点手动设置的主题不写入（导入时按正文重新识别）` });
  const printsCover = format === 'markdown' || !!opts.cover;
  const read = headReadBack(doc, printsCover);
  const where = printsCover ? '标题和发文机关' : '标题';
  const city = m.city?.trim();
  if (city && read.city !== city) out.push({ code: 'city', city, ...(read.city ? { readAs: read.city } : {}), message: read.city ? `所属城市“${city}”不写入（导入时读作“${read.city}”）` : `所属城市“${city}”不写入（${where}未写明）` });
  const district = m.district?.trim();
  if (district && read.district !== district) out.push({ code: 'district', district, ...(read.district ? { readAs: read.district } : {}), message: read.district ? `所属区“${district}”不写入（导入时读作“${read.district}”）` : `所属区“${district}”不写入（${where}未写明）` });
  if (m.period && (read.period?.start !== m.period.start || read.period?.end !== m.period.end)) {
    const period = periodText(m.period, '—');
    const other = read.period ? periodText(read.period, '—') : undefined;
    out.push({ code: 'period', period, ...(other ? { readAs: other } : {}), message: other ? `规划期 ${period} 不写入（导入时读作 ${other}）` : `规划期 ${period} 不写入（标题未写明）` });
  }
  if (qualified) out.push({ code: 'target-qualifiers', count: qualified, message: `${qualified} 项指标未填目标值：其比较方式和单位不印出` });
  if (m.basedOn || m.status === 'review' || m.status === 'final') out.push({ code: 'library', message: '计划状态和所依据的模板属于本库的记录，不写入文件' });
  if (format !== 'markdown' && opts.annexes !== undefined) {
    const cells = sourceTableNotes(doc, opts.annexes).flatMap((n) => n.unsaid ?? []);
    if (cells.length) out.push({ code: 'source-cells', count: cells.length, message: `原文表格中 ${cells.length} 处文字计划正文和字段都没有写到，随表格不印出：${cells.slice(0, 3).map((c) => `“${c.slice(0, 30)}”`).join('、')}` });
  }
  for (const g of opts.annotations ?? []) {
    out.push({
      code: 'annotations', count: g.count, open: g.open, closed: g.closed, replies: g.replies,
      message: `${annotationsLeftOutText(g)}不写入（在应用中导出 Word 时勾选“包含批注与修改建议”可带出未解决的；交换文件、Markdown 和审阅包可带出全部）`,
    });
  }
  return out;
}
