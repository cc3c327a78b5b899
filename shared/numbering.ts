/**
 * Numbers derived from position, in the conventions of Chinese government plans
 * (GB/T 9704-2012 §7.3.3: 一、 → （一） → 1. → （1）; GB/T 15834-2011: full-width brackets in Chinese text).
 *
 * The importer keeps each node's number as written (`PlanNode.number`); the editor and the exporter
 * use the numbers derived here, so that inserting, removing or moving a node renumbers what follows.
 * Environment-free.
 *
 * Rules (kind, where it sits → derived number):
 *
 * | kind     | parent                         | derived                     | counter runs over                                  |
 * |----------|--------------------------------|-----------------------------|----------------------------------------------------|
 * | part     | top level                      | 一、 二、 …                  | the parts of the plan                              |
 * | part     | top level, chapter plan (*)    | 第一章 第二章 …              | the parts of the plan                              |
 * | section  | part                           | （一）（二）… full-width     | the sections of that part                          |
 * | section  | part of a chapter plan         | 一、 二、 …                  | the sections of that chapter                       |
 * | action   | part                           | 行动一 / 支撑体系一 …        | the actions of that part with the same label       |
 * | task     | action                         | 1. 2. … or 重点专项N/重点任务N | all the actions of the part: N runs on (†)        |
 * | task     | section                        | 1. 2. … or 重点专项N/重点任务N | that section: restarts (†)                        |
 * | task     | part (no actions/sections)     | 1. … or 重点任务一 …          | that part; runs on across parts if written so (†) |
 * | item     | task                           | （1）（2）…                  | the items of that task                             |
 * | item     | item                           | one level below the parent: 1. → （1） → ① (① is the deepest level) |  |
 * | item     | part / section / action        | 1. 2. …                     | the items of that parent                           |
 * | item     | box                            | 1. 2. …                     | the items (projects) of that box                   |
 * | item     | any, written as a bullet       | the bullet as written (•, ——) — bullets are not numbers, and do not count |  |
 * | item     | unwritten, among bullet siblings | the siblings' bullet (siblingBullet): a new point takes its list's style |  |
 * | box      | anywhere (top level, part, section, action, task) | 专栏1 专栏2 … (专栏一 … when written so) | all the boxes of the plan, in document order, whatever holds them |
 * | appendix | top level                      | 附件 (only one) / 附件1 附件2 … | the top-level appendices                         |
 * | appendix | elsewhere                      | the number as written       | —                                                  |
 *
 * (*) A chapter plan is one whose top-level parts are written 第X章 (seed 004, 静安 十一五).
 *     Its sections are 一、 and its tasks 1. — the （一） level is skipped, as in that plan.
 *
 * Label families are kept per node, as written: an action written 支撑体系二 stays a 支撑体系 (counted
 * apart from the 行动 of the same part); a task written 重点任务3 stays a 重点任务, one written
 * 重点专项:16 stays a 重点专项; the numeral kind (1 vs 一) is kept too (重点任务一 in 浦东 2011).
 * A node with no written number takes the family of its siblings (then of its part), else the plain one.
 *
 * (†) Whether task numbers run on across the actions (sections, parts) that hold them, or restart in
 * each, is read from the written numbers of that family in that scope:
 *   - the same number written in two containers (1、 under 一、 and again 1、 under 二、) → restart;
 *   - else a later container starting above 1 (重点专项7 opens 行动二) → run on;
 *   - else the default: run on across actions (静安 2014, 杨浦 2015, 奉贤 2020 all do),
 *     restart in each section and each part.
 * Moving a task never creates a duplicate, so the decision survives moves; after moving, the numbers
 * of the following tasks change.
 *
 * Output forms: （一）/（1） use full-width brackets (GB/T 15834); 一、 uses the ideographic comma;
 * 1. uses a half-width full stop as GB/T 9704 prints it; 行动一 and 重点专项1 are written without a
 * colon (the exporter adds "：" between number and heading where the style wants one).
 */
import type { PlanNode } from './model/plan';
import { RULE, readMarker } from './importer/public';
import { circledToNumber, cnToNumber, numberToCn } from './text/numerals';

/** The style of a written number. */
export type NumberStyle =
  | 'chapter'   // 第一章
  | 'cn'        // 一、
  | 'cnparen'   // (一) （一）
  | 'arabic'    // 1. 1、
  | 'paren'     // (1) （1） 1)
  | 'circled'   // ①
  | 'label'     // 行动一, 支撑体系二, 重点专项3, 重点任务二十三
  | 'bullet'    // • —— ·
  | 'appendix'  // 附件, 附件2, 附表
  | 'none'      // '' (not numbered)
  | 'other';    // written, but not a number we read

export interface WrittenNumber {
  style: NumberStyle;
  /** 1-based ordinal, null when the number has none (bullets, '', 附件). */
  ordinal: number | null;
  /** For 'label': 行动, 支撑体系, 重点专项, 重点任务 … */
  label?: string;
  /** For 'label': digits (重点专项1) or Chinese numerals (行动一). */
  numeral?: 'arabic' | 'cn';
}

/** Read a number as written in `PlanNode.number`. */
export function readNumber(written: string): WrittenNumber {
  const s = written.trim();
  if (!s) return { style: 'none', ordinal: null };
  // Labels first: the importer's marker reader knows 行动/支撑体系 and 重点专项/重点任务/…;
  // accept any other short Chinese label followed by a numeral too (专项行动3, 任务一).
  const lab = /^((?:(?![一二三四五六七八九十百〇零两第])[\u4e00-\u9fff]){1,6}?)\s*[:：]?\s*([0-9０-９]{1,3}|[一二三四五六七八九十百〇零两]+)\s*[:：、.．]?$/.exec(s);
  if (lab && !/^第/.test(s) && !/^附[件表]/.test(s)) {
    const n = cnToNumber(lab[2]);
    if (n !== null && n > 0) return { style: 'label', ordinal: n, label: lab[1], numeral: /[0-9０-９]/.test(lab[2]) ? 'arabic' : 'cn' };
  }
  const m = readMarker(s);
  if (m && m.rest.trim() === '') {
    const style = RULE[m.style]?.number ?? 'other';
    if (style === 'label') return { style, ordinal: m.n || null, label: m.label ?? m.raw.replace(/[0-9０-９一二三四五六七八九十百〇零两]+$/, ''), numeral: /[0-9０-９]/.test(m.raw) ? 'arabic' : 'cn' };
    if (style === 'bullet') return { style, ordinal: null };
    if (style !== 'other') return { style, ordinal: m.n || null };
  }
  if (/^[0-9０-９]{1,3}$/.test(s)) return { style: 'arabic', ordinal: Number(s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))) };
  if (/^[①-⑳]$/.test(s)) return { style: 'circled', ordinal: circledToNumber(s) };
  return { style: 'other', ordinal: null };
}

/**
 * Fold a number for comparison: full-width ASCII → half-width, no spaces, no colons, no trailing
 * separator (、 . ．), and the half-bracket form N) read as (N).
 * "重点专项:16" ≡ "重点专项16", "（一）" ≡ "(一)", "1、" ≡ "1.", "3)" ≡ "（3）".
 */
export function foldNumber(s: string): string {
  return s
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000\u00a0]+/g, '')
    .replace(/[:：]/g, '')
    .replace(/[、.．]+$/, '')
    .replace(/^([0-9]{1,3})\)$/, '($1)');
}

/** The label of a box's number: 专栏1, 专栏一. */
export const BOX_LABEL = '专栏';

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** Level styles, from the top: 一、 （一） 1. （1） ①. */
const LEVELS = ['cn', 'cnparen', 'arabic', 'paren', 'circled'] as const;
type LevelStyle = (typeof LEVELS)[number];

function formatLevel(style: LevelStyle, n: number): string {
  switch (style) {
    case 'cn': return `${numberToCn(n)}、`;
    case 'cnparen': return `（${numberToCn(n)}）`;
    case 'arabic': return `${n}.`;
    case 'paren': return `（${n}）`;
    case 'circled': return n >= 1 && n <= 20 ? CIRCLED[n - 1] : `（${n}）`;
  }
}

function formatLabel(label: string, numeral: 'arabic' | 'cn', n: number): string {
  return label + (numeral === 'cn' ? numberToCn(n) : String(n));
}

/** One numbered node with the counter it belongs to. */
export interface NumberingEntry {
  node: PlanNode;
  /** The parent node (null at the top level). */
  parent: PlanNode | null;
  /** Identifies the run of numbers this node counts in (nodes with the same key count 1, 2, 3 … in document order). */
  key: string | null;
  /**
   * The widest run the written numbers may form: for tasks, all the tasks of the family in the same scope
   * (e.g. every 重点专项 under the actions of a part) whether or not the numbers run on; else `key`.
   * The numbering lint reads written numbers along it (restarts at 1 are allowed there).
   */
  runKey: string | null;
  /** Derived ordinal (null for bullets and nodes that keep their written number). */
  ordinal: number | null;
  /** The derived number. */
  number: string;
  /** The number as written, read. */
  written: WrittenNumber;
}

interface Family { label: string | null; numeral: 'arabic' | 'cn' }

const PLAIN: Family = { label: null, numeral: 'arabic' };

function familyOf(w: WrittenNumber): Family | null {
  if (w.style === 'label' && w.label) return { label: w.label, numeral: w.numeral ?? 'arabic' };
  if (w.style === 'arabic' || w.style === 'paren' || w.style === 'cn' || w.style === 'cnparen' || w.style === 'circled') return PLAIN;
  return null;
}

function famKey(f: Family): string {
  return f.label ?? '#';
}

/**
 * Number every node; entries in document (pre-)order. This is the single place where the rules of the
 * table above are applied; `deriveNumbers` and the numbering lint use it.
 */
export function numberingEntries(nodes: PlanNode[]): NumberingEntry[] {
  const written = new Map<PlanNode, WrittenNumber>();
  const parentOf = new Map<PlanNode, PlanNode | null>();
  const index = (list: PlanNode[], parent: PlanNode | null): void => {
    for (const n of list) {
      written.set(n, readNumber(n.number));
      parentOf.set(n, parent);
      index(n.children, n);
    }
  };
  index(nodes, null);

  const topParts = nodes.filter((n) => n.kind === 'part');
  const chapterVotes = topParts.filter((n) => written.get(n)!.style === 'chapter').length;
  const chapterPlan = chapterVotes > 0 && chapterVotes * 2 >= topParts.filter((n) => written.get(n)!.style !== 'none').length;

  // --- task families and run-on decisions -------------------------------------------------------
  // The family of each task: its own if written, else the first written among its container's tasks,
  // else among the tasks of the container's part, else plain.
  const taskFamily = new Map<PlanNode, Family>();
  const containerFamily = (container: PlanNode | null, list: PlanNode[]): Family | null => {
    for (const t of list) {
      if (t.kind !== 'task') continue;
      const f = familyOf(written.get(t)!);
      if (f) return f;
    }
    return null;
  };
  const groupOfContainer = (container: PlanNode | null): PlanNode | null => {
    if (!container) return null;
    if (container.kind === 'action' || container.kind === 'section') return parentOf.get(container) ?? null;
    return parentOf.get(container) ?? null;
  };
  const groupFamily = new Map<PlanNode | null, Family | null>();
  const familyInGroup = (group: PlanNode | null): Family | null => {
    if (groupFamily.has(group)) return groupFamily.get(group)!;
    let found: Family | null = null;
    const look = (list: PlanNode[]): void => {
      for (const n of list) {
        if (found) return;
        if (n.kind === 'task') {
          const f = familyOf(written.get(n)!);
          if (f && f.label) { found = f; return; }
        } else if (n.kind !== 'item') look(n.children);
      }
    };
    look(group ? group.children : nodes);
    groupFamily.set(group, found);
    return found;
  };
  const assignFamilies = (list: PlanNode[], container: PlanNode | null): void => {
    const own = containerFamily(container, list);
    for (const n of list) {
      if (n.kind === 'task') {
        const w = written.get(n)!;
        const f = familyOf(w) ?? own ?? familyInGroup(groupOfContainer(container)) ?? PLAIN;
        taskFamily.set(n, f);
      }
      assignFamilies(n.children, n);
    }
  };
  assignFamilies(nodes, null);

  // Run-on decision per (group, family, container kind).
  type Scope = { containers: PlanNode[]; ordinals: Map<PlanNode, number[]> };
  const scopes = new Map<string, Scope>();
  const scopeKeyOf = (task: PlanNode): { key: string; container: PlanNode | null; kind: string } => {
    const container = parentOf.get(task) ?? null;
    const ck = container?.kind ?? 'root';
    const group = groupOfContainer(container);
    return { key: `${group?.id ?? '^'}|${famKey(taskFamily.get(task)!)}|${ck}`, container, kind: ck };
  };
  for (const [n] of written) {
    if (n.kind !== 'task') continue;
    const { key, container } = scopeKeyOf(n);
    if (!container) continue;
    let sc = scopes.get(key);
    if (!sc) scopes.set(key, (sc = { containers: [], ordinals: new Map() }));
    if (!sc.ordinals.has(container)) { sc.containers.push(container); sc.ordinals.set(container, []); }
    const w = written.get(n)!;
    const f = familyOf(w);
    if (w.ordinal !== null && f && famKey(f) === famKey(taskFamily.get(n)!)) sc.ordinals.get(container)!.push(w.ordinal);
  }
  const runOn = new Map<string, boolean>();
  for (const [key, sc] of scopes) {
    const kind = key.slice(key.lastIndexOf('|') + 1);
    let decision: boolean | null = null;
    const seen = new Map<number, PlanNode>();
    for (const c of sc.containers) {
      for (const o of sc.ordinals.get(c)!) {
        const prev = seen.get(o);
        if (prev && prev !== c) decision = false;
        seen.set(o, c);
      }
    }
    if (decision === null && sc.containers.slice(1).some((c) => {
      const os = sc.ordinals.get(c)!;
      return os.length > 0 && Math.min(...os) > 1;
    })) decision = true;
    if (decision === null) decision = kind === 'action';
    runOn.set(key, decision);
  }

  // --- numbering walk -------------------------------------------------------------------------
  const counters = new Map<string, number>();
  const next = (key: string): number => {
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    return n;
  };
  const topAppendices = nodes.filter((n) => n.kind === 'appendix').length;
  const out: NumberingEntry[] = [];

  // Boxes (专栏) count across the whole plan; their numeral (专栏1 / 专栏一) is their own when written,
  // else that of the first box written with one, else Arabic.
  let boxNumeral: 'arabic' | 'cn' = 'arabic';
  for (const [n, w] of written) {
    if (n.kind === 'box' && w.style === 'label' && w.label === BOX_LABEL) { boxNumeral = w.numeral ?? 'arabic'; break; }
  }

  const actionLabel = (n: PlanNode, parent: PlanNode | null): Family => {
    const w = written.get(n)!;
    if (w.style === 'label' && w.label) return { label: w.label, numeral: w.numeral ?? 'cn' };
    // nearest labelled action before it, else after it
    const siblings = parent ? parent.children : nodes;
    const i = siblings.indexOf(n);
    const order = [...siblings.slice(0, i).reverse(), ...siblings.slice(i + 1)];
    for (const s of order) {
      if (s.kind !== 'action') continue;
      const sw = written.get(s)!;
      if (sw.style === 'label' && sw.label) return { label: sw.label, numeral: sw.numeral ?? 'cn' };
    }
    return { label: '行动', numeral: 'cn' };
  };

  /** `level`: index into LEVELS of the node's own number (for items below it); -1 for chapters. */
  const visit = (list: PlanNode[], parent: PlanNode | null, parentLevel: number): void => {
    for (const n of list) {
      const w = written.get(n)!;
      let key: string | null = null;
      let runKey: string | null = null;
      let ordinal: number | null = null;
      let number = n.number;
      let level = parentLevel + 1;
      const pid = parent?.id ?? '^';
      switch (n.kind) {
        case 'part': {
          if (!parent) {
            key = '^|part';
            ordinal = next(key);
            if (chapterPlan) { number = `第${numberToCn(ordinal)}章`; level = -1; }
            else { number = formatLevel('cn', ordinal); level = 0; }
          } else {
            level = Math.min(parentLevel + 1, LEVELS.length - 1);
            key = `${pid}|part`;
            ordinal = next(key);
            number = formatLevel(LEVELS[Math.max(level, 0)], ordinal);
          }
          break;
        }
        case 'section': {
          level = Math.min(parentLevel + 1, LEVELS.length - 1);
          key = `${pid}|section`;
          ordinal = next(key);
          number = formatLevel(LEVELS[Math.max(level, 0)], ordinal);
          break;
        }
        case 'action': {
          const fam = actionLabel(n, parent);
          key = `${pid}|action|${fam.label}`;
          ordinal = next(key);
          number = formatLabel(fam.label!, fam.numeral, ordinal);
          level = Math.max(parentLevel + 1, 1);
          break;
        }
        case 'task': {
          const fam = taskFamily.get(n)!;
          const sk = scopeKeyOf(n);
          const containerKind = parent?.kind;
          const grouped = parent && (containerKind === 'action' || containerKind === 'section' || containerKind === 'part') && runOn.get(sk.key);
          key = grouped ? `${sk.key}` : `${pid}|task|${famKey(fam)}`;
          runKey = sk.container ? sk.key : key;
          ordinal = next(key);
          number = fam.label ? formatLabel(fam.label, fam.numeral, ordinal) : formatLevel('arabic', ordinal);
          level = 2;
          break;
        }
        case 'box': {
          key = '^|box';
          ordinal = next(key);
          const own = w.style === 'label' && w.label === BOX_LABEL ? w.numeral ?? boxNumeral : boxNumeral;
          number = formatLabel(BOX_LABEL, own, ordinal);
          // the items of a box are numbered 1. 2. … whatever the box sits in (see the item case)
          level = parentLevel;
          break;
        }
        case 'item': {
          level = parent?.kind === 'task' ? 3 : parent?.kind === 'item' ? parentLevel + 1 : parent?.kind === 'box' ? 2 : Math.max(parentLevel + 1, 2);
          level = Math.min(Math.max(level, 2), LEVELS.length - 1);
          if (w.style === 'bullet') { number = n.number; break; }
          const bullet = siblingBullet(parent ? parent.children : nodes, n);
          if (bullet !== null) { number = bullet; break; }
          key = `${pid}|item`;
          ordinal = next(key);
          number = formatLevel(LEVELS[level], ordinal);
          break;
        }
        case 'appendix': {
          if (!parent) {
            key = '^|appendix';
            ordinal = next(key);
            number = topAppendices > 1 ? `附件${ordinal}` : '附件';
          }
          level = parentLevel + 1;
          break;
        }
      }
      out.push({ node: n, parent, key, runKey: runKey ?? key, ordinal, number, written: w });
      visit(n.children, n, level);
    }
  };
  visit(nodes, null, -1);
  return out;
}

/**
 * The number style a new item takes from its siblings: an item with no written number among sibling items that
 * are all written as bullets (•, ——, ·) is a bullet too — the bullet of the nearest sibling before it, else after
 * it. Null when it has a written number, or when no sibling item is a bullet, or when some are numbered (then it
 * is numbered with them). The editor, the exporters and lint all derive numbers through this rule, so a new
 * point among bullets shows, moves and exports as a bullet.
 */
export function siblingBullet(siblings: readonly PlanNode[], node: PlanNode): string | null {
  if (node.kind !== 'item' || node.number.trim() !== '') return null;
  const i = siblings.indexOf(node);
  const order = [...siblings.slice(0, Math.max(i, 0)).reverse(), ...siblings.slice(i + 1)];
  let bullet: string | null = null;
  for (const s of order) {
    if (s.kind !== 'item' || s.number.trim() === '') continue;
    if (readNumber(s.number).style !== 'bullet') return null;
    bullet ??= s.number;
  }
  return bullet;
}

/** Node id → derived number, for every node (bullets and nested appendices keep what is written). */
export function deriveNumbers(nodes: PlanNode[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const e of numberingEntries(nodes)) map.set(e.node.id, e.number);
  return map;
}

/**
 * A copy of the tree with `number` replaced by the derived numbers (the input is not changed).
 * Nodes whose number does not change are shared.
 */
export function applyNumbers(nodes: PlanNode[], numbers: Map<string, string> = deriveNumbers(nodes)): PlanNode[] {
  const rec = (list: PlanNode[]): PlanNode[] => {
    let changed = false;
    const out = list.map((n) => {
      const children = rec(n.children);
      const num = numbers.get(n.id) ?? n.number;
      if (children === n.children && num === n.number) return n;
      changed = true;
      return { ...n, number: num, children };
    });
    return changed ? out : list;
  };
  return rec(nodes);
}
