/**
 * Annotations (批注, 修改建议) as text a person can read and the Markdown import reads back: one HTML comment block
 * per annotation, `<!-- 批注 <id>` … `-->`, written at the end of the Markdown export (shared/export/markdown.ts)
 * and taken out of the text by the Markdown import before it reads the plan (shared/importer/source.ts,
 * shared/importer/annotations.ts). Why HTML comments and not footnotes: a Markdown reader shows nothing of a
 * comment (CommonMark HTML block type 2; pandoc keeps it out of Word and HTML output), whereas a footnote is
 * rendered — its mark would sit in the plan's sentences and come back as text on import — and has no place for an
 * author, a status, replies or an entry anchor. Opened as text, the block is labelled lines (`作者：李审核`).
 *
 * A block is `<!-- 批注 <id>` then one `键：值` line each, then `-->`. A value is written as it is when it is one
 * line that cannot be misread; else (a line break, leading or trailing spaces, an opening `"`, a `-->`) as a JSON
 * string whose `>` is written \u003e, so no value ends the comment. Environment-free (no dependency).
 */
import type { Annotation, AnchorField, AnnotationStatus, Person } from './annotation';

export const ANNOTATION_BLOCK_HEAD = '批注';

const KIND_LABEL = { comment: '批注', suggestion: '修改建议' } as const;
const STATUS_LABEL: Record<AnnotationStatus, string> = { open: '未解决', resolved: '已解决', accepted: '已采纳', rejected: '已拒绝' };
const FIELD_LABEL: Record<AnchorField, string> = {
  node: '整个节点', heading: '标题', body: '正文', lead: '牵头单位', partners: '配合单位', indicators: '指标', milestones: '年度节点',
};
const invert = <K extends string>(o: Record<K, string>): Map<string, K> => new Map(Object.entries(o).map(([k, v]) => [v as string, k as K]));
const KINDS = invert(KIND_LABEL);
const STATUSES = invert(STATUS_LABEL);
const FIELDS = invert(FIELD_LABEL);

/** A value on one `键：值` line (JSON when it could be misread; see the header). */
function value(v: string): string {
  if (v === '' || (!/[\n\r]|-->/.test(v) && v === v.trim() && !v.startsWith('"') && v !== 'null')) return v;
  return JSON.stringify(v).replace(/>/g, '\\u003e');
}

/** A field that may be null (建议, 采纳前原文): null is written `null`, the text "null" as `"null"`. */
const NULL = 'null';

function unvalue(v: string): string {
  if (!v.startsWith('"')) return v;
  const s = JSON.parse(v) as unknown;
  if (typeof s !== 'string') throw new Error('not a string');
  return s;
}

/** The path to a node as printed: its ancestors' and its own printed lines (number and heading), joined by ›. */
export const PLACE_SEPARATOR = ' › ';

/**
 * One annotation as a comment block. `place`: the printed lines of its node and its ancestors (outermost first), as
 * the Markdown shows them, by which the import finds the node again (the import gives nodes ids of its own).
 */
export function annotationBlock(a: Annotation, place: string[]): string {
  const lines: string[] = [];
  const put = (k: string, v: string | null | undefined) => { if (v !== null && v !== undefined) lines.push(`${k}：${value(v)}`); };
  const person = (k: string, p: Person) => { put(k, p.name); if (p.department) put(`${k}部门`, p.department); };
  put('类型', KIND_LABEL[a.kind]);
  put('状态', STATUS_LABEL[a.status]);
  if (a.round !== null) put('轮次', String(a.round));
  put('位置', place.map((p) => p.replace(/›/g, '>')).join(PLACE_SEPARATOR));
  put('标注', FIELD_LABEL[a.anchor.field]);
  put(a.anchor.field === 'heading' || a.anchor.field === 'body' ? '偏移' : '条目', String(a.anchor.start));
  if (a.anchor.quote) put('原文', a.anchor.quote);
  if (a.anchor.prefix) put('前文', a.anchor.prefix);
  if (a.anchor.suffix) put('后文', a.anchor.suffix);
  const maybe = (k: string, v: string | null) => { if (v === null) lines.push(`${k}：${NULL}`); else put(k, v); };
  if (a.kind === 'suggestion' || a.replacement !== null) maybe('建议', a.replacement);
  if (a.original !== undefined) maybe('采纳前原文', a.original);
  person('作者', a.author);
  put('时间', a.createdAt);
  put('更新', a.updatedAt);
  put(a.kind === 'suggestion' ? '理由' : '内容', a.body);
  if (a.closedBy) person('处理人', a.closedBy);
  put('处理时间', a.closedAt);
  if (a.origin) {
    put('来源', a.origin.kind);
    put('来源文件', a.origin.fileName);
    put('来源编号', a.origin.ref);
  }
  for (const r of a.replies) {
    put('回复', r.id);
    person('回复人', r.author);
    put('回复时间', r.createdAt);
    put('回复内容', r.body);
  }
  return [`<!-- ${ANNOTATION_BLOCK_HEAD} ${value(a.id)}`, ...lines, '-->'].join('\n');
}

/** A block read back: the annotation with its anchor's node still to be found (by `place`), or why it cannot be read. */
export interface AnnotationBlock {
  /** 1-based line of the block's first line in the text. */
  line: number;
  place: string[];
  annotation?: Annotation;
  problem?: string;
}

const BLOCK = /^<!--[ \t]*批注(?:[ \t]+(.*))?$/;
/** A `键：值` line of a block (a key of at most 10 characters; readBlock's test). */
const KEY_LINE = /^\s*([^：:]{1,10})[：:](.*)$/;
/** The keys a block's lines have (annotationBlock). */
const KEYS = new Set(['类型', '状态', '轮次', '位置', '标注', '偏移', '条目', '原文', '前文', '后文', '建议', '采纳前原文', '作者', '作者部门', '时间',
  '更新', '内容', '理由', '处理人', '处理人部门', '处理时间', '来源', '来源文件', '来源编号', '回复', '回复人', '回复人部门', '回复时间', '回复内容']);
/** A line no block holds: one that opens another comment or is a Markdown heading — the block before it never closed. */
const NOT_IN_BLOCK = /^\s*(?:<!--|#{1,6}\s)/;

/**
 * The annotation blocks of a Markdown text, and the text with each block's lines made blank (line numbers kept). A
 * comment that opens with `<!-- 批注` and closes on a later line of its own `-->` is one: read into an annotation, or
 * (missing or malformed lines) a problem to report. A comment that closes on its opening line (`<!-- 批注 请核对 -->`,
 * a person's own note) is no block and stays in the text, as other HTML comments do. A block whose `-->` never comes
 * (the file ends, or another comment or a heading comes first) takes only its opening line and the `键：值` lines
 * right after it — the text after them is read as before — and is a report line.
 */
export function takeAnnotationBlocks(text: string): { text: string; blocks: AnnotationBlock[] } {
  if (!text.includes('<!--')) return { text, blocks: [] };
  const lines = text.split('\n');
  const blocks: AnnotationBlock[] = [];
  const bare = (k: number) => lines[k].replace(/\r$/, '');
  for (let i = 0; i < lines.length; i++) {
    const m = BLOCK.exec(bare(i).trim());
    if (!m || (m[1] ?? '').includes('-->')) continue; // closed on its own line, with or without text after it
    let end = i + 1;
    while (end < lines.length && bare(end).trim() !== '-->' && !NOT_IN_BLOCK.test(bare(end))) end++;
    if (end < lines.length && bare(end).trim() === '-->') {
      blocks.push(readBlock(i + 1, (m[1] ?? '').trim(), lines.slice(i + 1, end).map((l) => l.replace(/\r$/, ''))));
      for (let k = i; k <= end; k++) lines[k] = '';
      i = end;
      continue;
    }
    // never closed: the opening line and its 键：值 lines only
    let last = i;
    while (last + 1 < lines.length && KEYS.has(KEY_LINE.exec(bare(last + 1))?.[1].trim() ?? '')) last++;
    blocks.push({ line: i + 1, place: [], problem: `批注注释块没有结束标记 -->(只去掉了第 ${i + 1}${last > i ? `–${last + 1}` : ''} 行,其后的文字照常读入)` });
    for (let k = i; k <= last; k++) lines[k] = '';
    i = last;
  }
  return { text: lines.join('\n'), blocks };
}

function readBlock(line: number, rawId: string, body: string[]): AnnotationBlock {
  const fail = (problem: string): AnnotationBlock => ({ line, place: [], problem });
  const pairs: [string, string][] = [];
  const rawNull = new Set<string>();
  for (const l of body) {
    if (!l.trim()) continue;
    const m = KEY_LINE.exec(l);
    if (!m) return fail(`无法读取的一行“${l.trim().slice(0, 30)}”`);
    try {
      pairs.push([m[1].trim(), unvalue(m[2])]);
      if (m[2] === NULL) rawNull.add(m[1].trim());
    } catch {
      return fail(`“${m[1].trim()}”的值不是有效的引号文字`);
    }
  }
  const one = new Map<string, string>();
  const replies: Annotation['replies'] = [];
  for (const [k, v] of pairs) {
    if (k === '回复') replies.push({ id: v, author: { name: '', department: '' }, body: '', createdAt: '' });
    else if (k.startsWith('回复')) {
      const r = replies[replies.length - 1];
      if (!r) return fail(`“${k}”前没有“回复”`);
      if (k === '回复人') r.author.name = v;
      else if (k === '回复人部门') r.author.department = v;
      else if (k === '回复时间') r.createdAt = v;
      else if (k === '回复内容') r.body = v;
    } else one.set(k, v);
  }
  let id: string;
  try {
    id = unvalue(rawId);
  } catch {
    return fail('批注编号不是有效的引号文字');
  }
  const kind = KINDS.get(one.get('类型') ?? '');
  const status = STATUSES.get(one.get('状态') ?? '');
  const field = FIELDS.get(one.get('标注') ?? '');
  const at = Number(one.get(field === 'heading' || field === 'body' ? '偏移' : '条目') ?? '0');
  const round = one.has('轮次') ? Number(one.get('轮次')) : null;
  if (!id) return fail('缺少批注编号');
  if (!kind) return fail(`“类型”应为 批注 或 修改建议`);
  if (!status) return fail(`“状态”应为 ${Object.values(STATUS_LABEL).join('、')} 之一`);
  if (!field) return fail(`“标注”应为 ${Object.values(FIELD_LABEL).join('、')} 之一`);
  if (!Number.isInteger(at) || at < 0) return fail('“偏移”或“条目”应为非负整数');
  if (round !== null && !Number.isInteger(round)) return fail('“轮次”应为整数');
  if (!one.has('作者') || !one.has('时间')) return fail(`缺少“${one.has('作者') ? '时间' : '作者'}”`);
  // 来源 with 来源文件 and 来源编号; before them one line kind|fileName|ref (a file name may hold |: the middle)
  const from = one.get('来源');
  const old = from !== undefined && !one.has('来源文件') ? /^(package|docx)\|(.*)\|([^|]*)$/.exec(from) : null;
  const origin = old ? [old[1], old[2], old[3]] : from !== undefined ? [from, one.get('来源文件') ?? '', one.get('来源编号') ?? ''] : null;
  // a nullable field: the bare word null is null (a text "null" is written quoted)
  const nullable = (k: string) => (rawNull.has(k) ? null : one.get(k)!);
  const closedBy = one.has('处理人') ? { name: one.get('处理人')!, department: one.get('处理人部门') ?? '' } : null;
  const annotation: Annotation = {
    id,
    planId: 'markdown',
    kind,
    anchor: { nodeId: '', field, quote: one.get('原文') ?? '', start: at, prefix: one.get('前文') ?? '', suffix: one.get('后文') ?? '', path: [] },
    author: { name: one.get('作者')!, department: one.get('作者部门') ?? '' },
    body: one.get(kind === 'suggestion' ? '理由' : '内容') ?? '',
    replacement: one.has('建议') ? nullable('建议') : kind === 'suggestion' ? '' : null,
    status,
    round,
    replies,
    createdAt: one.get('时间')!,
    updatedAt: one.get('更新') ?? one.get('时间')!,
    closedBy,
    closedAt: one.get('处理时间') ?? null,
    ...(one.has('采纳前原文') ? { original: nullable('采纳前原文') } : {}),
    origin: origin && (origin[0] === 'package' || origin[0] === 'docx') ? { kind: origin[0], fileName: origin[1], ref: origin[2] } : null,
  };
  const place = (one.get('位置') ?? '').split(PLACE_SEPARATOR).map((s) => s.trim()).filter(Boolean);
  return { line, place, annotation };
}

/** A printed line reduced for matching: no spaces or punctuation (the Markdown's 全角/半角 and separators may differ). */
export function placeKey(s: string): string {
  return s.replace(/[\s\p{P}\p{S}]/gu, '').slice(0, 40);
}
