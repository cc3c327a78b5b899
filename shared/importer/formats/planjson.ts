/**
 * The project's own exchange format read back: a `plan-workbench/v1` JSON file (what `export-json`, the CLI's
 * `import --json` and the API write) is a plan, not text. It is validated with the model's zod schema (the same one
 * the JSON Schema file is derived from) and imported as the identical plan: every node with its kind, number, text,
 * departments, indicators, milestones, themes and review flag, and the metadata. Environment-free.
 *
 * What is not kept: the plan `id` (the library gives the new plan its own). Node ids are kept, so annotations and
 * version comparisons that name them still fit; ids repeated inside the file get fresh ones (reported). The optional
 * `annotations` section is read entry by entry (readAnnotations): a bad entry is a report line, never a refused plan.
 *
 * Refused with one Chinese line (nothing stored): a `.json` that is not JSON, JSON that is not a plan, a plan file of a
 * newer format version (`plan-workbench/v2` …), a v1 file that breaks the schema (the first problem is named).
 */
import { ImportError, LIMITS, tooManyNodesReason } from '../../errors';
import { FORMAT, PlanDoc, countKinds, walk, type ImportReport, type PlanNode } from '../../model/plan';
import { Annotation } from '../../model/annotation';
import { decodeText } from '../decode';

const FORMAT_NAME = /^plan-workbench\/v(\d+)$/;

/** A JSON text (after a BOM and whitespace): starts with `{`. */
function startsLikeJsonObject(text: string): boolean {
  return /^\ufeff?\s*\{/.test(text);
}

/**
 * Is this file a plan exchange file? `.json` always goes to readPlanJson (which refuses what is not a plan); another
 * name only when its text is a JSON object naming a `plan-workbench/…` format, so a text file that happens to start
 * with `{` is still imported as text.
 */
export function isPlanJson(bytes: Uint8Array, fileName: string): boolean {
  if (/\.json$/i.test(fileName)) return true;
  // cheap test first: the first non-blank byte is '{' (UTF-8, with or without BOM)
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i++;
  if (bytes[i] !== 0x7b) return false;
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, Math.min(bytes.length, 4096)));
  // a plan, or a review package (plan-workbench-review/…), which is refused with the way to open it
  return /"format"\s*:\s*"plan-workbench(-review)?\//.test(head);
}

/** Where in the tree a zod issue points, readable: 「nodes 第 2 项 › children 第 1 项 › kind」, "nodes item 2 › children item 1 › kind". */
function where(path: PropertyKey[]): { zh: string; en: string } {
  const zh: string[] = [];
  const en: string[] = [];
  for (const p of path) {
    if (typeof p === 'number') {
      zh[zh.length - 1] = `${zh[zh.length - 1] ?? ''} 第 ${p + 1} 项`;
      en[en.length - 1] = `${en[en.length - 1] ?? ''} item ${p + 1}`;
    } else {
      zh.push(String(p));
      en.push(String(p));
    }
  }
  return { zh: zh.join(' › ') || '文件顶层', en: en.join(' › ') || 'the top level' };
}

/** The plan in a plan-workbench/v1 file. Rejects only with ImportError. */
export function readPlanJson(bytes: Uint8Array, fileName: string): PlanDoc {
  const { text } = decodeText(bytes, fileName);
  if (!startsLikeJsonObject(text)) {
    throw new ImportError('not-a-plan', fileName, {
      zh: '文件不是规划交换文件:内容不是 JSON 对象(应为规划工作台导出的 plan-workbench/v1 文件)',
      en: 'Not a plan exchange file: the content is not a JSON object (a plan-workbench/v1 file exported by the app is).',
    });
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (e) {
    const at = /position (\d+)/.exec(String((e as Error).message))?.[1];
    const line = at === undefined ? null : text.slice(0, Number(at)).split('\n').length;
    throw new ImportError('corrupt', fileName, {
      zh: `JSON 格式有误${line ? `(第 ${line} 行附近)` : ''},文件可能已损坏或被截断`,
      en: `The JSON is malformed${line ? ` (near line ${line})` : ''}: the file may be damaged or cut short.`,
    });
  }
  const format = data && typeof data === 'object' && !Array.isArray(data) ? (data as { format?: unknown }).format : undefined;
  if (typeof format === 'string' && format.startsWith('plan-workbench-review/')) {
    throw new ImportError('not-a-plan', fileName, {
      zh: '这是审阅包,不是规划文件:请在编辑器的“审阅包与批注”菜单或资料库中用“导入审阅包”打开',
      en: 'This is a review package, not a plan: open it with Import review package (the editor’s Review package & comments menu, or the library).',
    });
  }
  if (typeof format !== 'string' || !format.startsWith('plan-workbench/')) {
    throw new ImportError('not-a-plan', fileName, {
      zh: '这个 JSON 文件不是规划交换文件(缺少 "format": "plan-workbench/v1")',
      en: 'This JSON file is not a plan exchange file (it lacks "format": "plan-workbench/v1").',
    });
  }
  const version = FORMAT_NAME.exec(format)?.[1];
  if (format !== FORMAT) {
    const newer = version !== undefined && Number(version) > 1;
    const named = format.slice(0, 40);
    throw new ImportError('newer-format', fileName, newer
      ? {
        zh: `这是较新版本的规划文件(${format}),本程序只能读取 ${FORMAT},请升级规划工作台后再导入`,
        en: `This plan file is of a newer version (${format}); this app reads ${FORMAT} only: update Plan Workbench and import it again.`,
      }
      : { zh: `不认识的规划文件格式“${named}”,本程序只能读取 ${FORMAT}`, en: `Unknown plan file format "${named}"; this app reads ${FORMAT} only.` }, { format });
  }
  // the annotations section is read entry by entry (readAnnotations): a bad one is a report line, not a refused plan
  const { annotations: rawAnnotations, ...planData } = data as Record<string, unknown>;
  const checked = PlanDoc.safeParse(planData);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const at = where(issue.path);
    throw new ImportError('corrupt', fileName, {
      zh: `规划文件不符合 ${FORMAT} 格式:${at.zh}(${issue.message})`,
      en: `The plan file is not valid ${FORMAT}: at ${at.en} (${issue.message}).`,
    }, {
      issues: checked.error.issues.slice(0, 5).map((i) => ({ path: i.path.map(String), message: i.message })),
    });
  }
  const { id: _planId, ...doc } = checked.data;
  const carried = rawAnnotations === undefined ? null : readAnnotations(rawAnnotations, doc.nodes);
  let count = 0;
  for (const _ of walk(doc.nodes)) count++;
  if (count > LIMITS.maxNodes) {
    throw new ImportError('too-many-nodes', fileName, tooManyNodesReason(count), { nodes: count, limit: LIMITS.maxNodes });
  }
  // the plan's own import report (if it has one) travels with it unchanged: the file is the plan, not a new document
  const repeated = freshIdsForRepeats(doc.nodes);
  const warnings = [
    ...(repeated ? [{ code: 'duplicate-ids', message: `文件中有 ${repeated} 个重复的节点编号,已为重复的节点换用新编号`, line: null }] : []),
    ...(carried?.warnings ?? []),
  ];
  const out: PlanDoc = carried?.annotations.length ? { ...doc, annotations: carried.annotations } : doc;
  if (!warnings.length) return out;
  const report: ImportReport = doc.report ?? { warnings: [], declared: {}, found: countKinds(doc.nodes), removed: [], unstructured: 0, uncertain: [] };
  report.warnings = [...report.warnings, ...warnings];
  return { ...out, report };
}

type Warning = ImportReport['warnings'][number];

/**
 * The file's `annotations` section (批注 and 修改建议 as the review package carries them), entry by entry: an entry
 * that breaks the schema is left out with a report line naming it and the problem; one naming a node the file does
 * not hold is kept (stored, it is listed as 找不到原文 — orphaned — never dropped) with a report line. The rest of
 * the plan comes in either way.
 */
export function readAnnotations(raw: unknown, nodes: PlanNode[]): { annotations: Annotation[]; warnings: Warning[] } {
  const warnings: Warning[] = [];
  if (!Array.isArray(raw)) {
    return { annotations: [], warnings: [{ code: 'annotation-invalid', message: '文件中的批注部分(annotations)不是列表,批注未导入;规划本身已读入', line: null }] };
  }
  const ids = new Set<string>();
  for (const { node } of walk(nodes)) ids.add(node.id);
  const annotations: Annotation[] = [];
  const seen = new Set<string>();
  raw.slice(0, 20_000).forEach((entry, i) => {
    const a = Annotation.safeParse(entry);
    if (!a.success) {
      const issue = a.error.issues[0];
      warnings.push({ code: 'annotation-invalid', message: `批注第 ${i + 1} 条不符合格式,未导入:${where(issue.path).zh}(${issue.message})`, line: null });
      return;
    }
    if (seen.has(a.data.id)) {
      warnings.push({ code: 'annotation-invalid', message: `批注第 ${i + 1} 条的编号 ${a.data.id} 与前面的重复,未导入`, line: null });
      return;
    }
    seen.add(a.data.id);
    const { nodeId } = a.data.anchor;
    if (nodeId && !ids.has(nodeId) && !a.data.anchor.path.some((p) => ids.has(p))) {
      const quote = a.data.anchor.quote ? `“${a.data.anchor.quote.slice(0, 20)}”` : '';
      warnings.push({ code: 'annotation-orphaned', message: `批注第 ${i + 1} 条(${a.data.author.name || '未署名'}${quote})所在的节点 ${nodeId.slice(0, 40)} 不在文件中:已导入,列为“找不到原文”`, line: null });
    }
    annotations.push(a.data);
  });
  if (raw.length > 20_000) warnings.push({ code: 'annotation-invalid', message: `批注超过 20000 条,其余 ${raw.length - 20_000} 条未导入`, line: null });
  return { annotations, warnings };
}

/** Give a node whose id was already used in the file a fresh one; returns how many were changed. */
function freshIdsForRepeats(nodes: PlanNode[]): number {
  const seen = new Set<string>();
  for (const { node } of walk(nodes)) seen.add(node.id);
  const used = new Set<string>();
  let changed = 0;
  let k = 0;
  for (const { node } of walk(nodes)) {
    if (used.has(node.id)) {
      let id: string;
      do id = `j${String(++k).padStart(4, '0')}`; while (seen.has(id));
      seen.add(id);
      node.id = id;
      changed++;
    }
    used.add(node.id);
  }
  return changed;
}
