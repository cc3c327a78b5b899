/**
 * Numbers derived from position (the rules are in numbering.ts): every node numbered with the counter it belongs to,
 * the derived number of each node, and a copy of the tree with them. Environment-free.
 */
import type { PlanNode } from './model/plan';
import { numberToCn } from './text/numerals';
import { readMarker } from './importer/public';
import { BOX_LABEL, LEVELS, formatLabel, formatLevel, readNumber, type WrittenNumber } from './written-numbers';

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
  // A 纲要 in volumes (第一篇 over 第一章 over 第一节): the volumes are its parts, their sections its chapters (numbered on
  // through the volumes, as 纲要 number them), the sections of a chapter its 节 (afresh per chapter)
  const VOLUME = /^第[一二三四五六七八九十百〇零两0-9０-９]+篇$/;
  const volumeVotes = topParts.filter((n) => VOLUME.test(n.number.trim())).length;
  const volumePlan = !chapterPlan && volumeVotes > 0 && volumeVotes * 2 >= topParts.filter((n) => written.get(n)!.style !== 'none').length;
  // A plan in 部分 (第一部分 over 一、 over （一） over 1.: five levels with the items): its parts keep 第X部分 and their
  // sections step down as a chapter plan's do — numbered 一、 （一） as the other plans' parts and sections, a section
  // under a section would be 1., the number of the tasks under it, and its Word or Markdown copy read back one level short
  const DIVISION = /^第[一二三四五六七八九十百〇零两0-9０-９]+部分$/;
  const divisionVotes = topParts.filter((n) => DIVISION.test(n.number.trim())).length;
  const divisionPlan = !chapterPlan && !volumePlan && divisionVotes > 0 && divisionVotes * 2 >= topParts.filter((n) => written.get(n)!.style !== 'none').length;
  /** The chapters of a volume plan (sections of a top-level part). */
  const volumeChapters = new Set<PlanNode>();

  // An article plan (a 工作方案 written 第一条 … 第十五条, no parts): its top-level tasks and items are its articles
  const ARTICLE = /^第[一二三四五六七八九十百〇零两0-9０-９]+条$/;
  const articlePlan = topParts.length === 0 && nodes.some((n) => ARTICLE.test(n.number.trim()));
  // A flat plan (a short 工作方案 of （一）… or 1.… points only, no parts): its top-level tasks and items are one list of
  // points, numbered on in the style its points were written in ((一) or 1.), so its Word copy reads back the same
  // (not a plan whose top-level tasks are labelled, 重点任务1: those keep their family)
  const topPoints = nodes.filter((n) => n.kind === 'task' || n.kind === 'item');
  const pointStyle = !articlePlan && topParts.length === 0 && topPoints.some((n) => n.kind === 'task') &&
    topPoints.every((n) => ['cnparen', 'arabic', 'none', 'bullet'].includes(written.get(n)!.style))
    ? (topPoints.map((n) => written.get(n)!.style).find((st) => st === 'cnparen' || st === 'arabic') ?? 'arabic') : null;

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

  /** Actions numbered by level under a section (see the action case). */
  const levelled = new Set<PlanNode>();
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
      if (pointStyle && !parent && (n.kind === 'task' || n.kind === 'item') && w.style !== 'bullet') {
        key = '^|point';
        ordinal = next(key);
        out.push({ node: n, parent, key, runKey: key, ordinal, number: formatLevel(pointStyle, ordinal), written: w });
        // (its points' sub-points are a level below: （1） under 1., 1. under （一）)
        visit(n.children, n, LEVELS.indexOf(pointStyle));
        continue;
      }
      if (articlePlan && !parent && (n.kind === 'task' || n.kind === 'item')) {
        key = '^|article';
        ordinal = next(key);
        out.push({ node: n, parent, key, runKey: key, ordinal, number: `第${numberToCn(ordinal)}条`, written: w });
        // (its clauses are the items of a task: （1）（2）)
        visit(n.children, n, 1);
        continue;
      }
      switch (n.kind) {
        case 'part': {
          if (!parent) {
            key = '^|part';
            ordinal = next(key);
            if (chapterPlan) { number = `第${numberToCn(ordinal)}章`; level = -1; }
            else if (volumePlan) { number = `第${numberToCn(ordinal)}篇`; level = -1; }
            else if (divisionPlan) { number = `第${numberToCn(ordinal)}部分`; level = -1; }
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
          if (volumePlan && parent && !parentOf.get(parent) && parent.kind === 'part') {
            key = '^|chapter';
            ordinal = next(key);
            number = `第${numberToCn(ordinal)}章`;
            volumeChapters.add(n);
            level = -1;
            break;
          }
          if (volumePlan && parent && volumeChapters.has(parent)) {
            key = `${pid}|jie`;
            ordinal = next(key);
            number = `第${numberToCn(ordinal)}节`;
            level = -1;
            break;
          }
          level = Math.min(parentLevel + 1, LEVELS.length - 1);
          key = `${pid}|section`;
          ordinal = next(key);
          number = formatLevel(LEVELS[Math.max(level, 0)], ordinal);
          // the stages of a 实施方案 (第一阶段：启动部署（2026年1月—6月）) keep 第X阶段: the number says the heading is a
          // stage of the work, over its tasks — （三）总结评估 reads back as an evaluation heading whose points are items
          if (stageSections(parent ? parent.children : nodes)) number = `第${numberToCn(ordinal)}阶段`;
          break;
        }
        case 'action': {
          // an action under a section, no action of that section written with a label (行动一): the level after the
          // section's, as written ("（一）实施产业提质工程" ⏎ "1.粮食安全保障行动" ⏎ "（1）稳定粮食生产", corpus 140) — 行动一
          // there would read back as the section's sibling
          if (parent?.kind === 'section' && parentLevel >= 0 && !parent.children.some((s) => s.kind === 'action' && written.get(s)!.style === 'label')) {
            level = Math.min(parentLevel + 1, LEVELS.length - 1);
            key = `${pid}|action|level`;
            ordinal = next(key);
            number = formatLevel(LEVELS[level], ordinal);
            levelled.add(n);
            break;
          }
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
          // (under an action numbered by level, "1.粮食安全保障行动", or a section under a section numbered 1. — "一、社會處 /
          // （一）…/ 1.年度施政重點" —: the level after it, （1）, not its parent's own 1.)
          if (parent && !fam.label && (levelled.has(parent) || (parent.kind === 'section' && parentLevel >= 2))) {
            level = Math.min(parentLevel + 1, LEVELS.length - 1);
            number = formatLevel(LEVELS[level], ordinal);
          }
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
          level = parent?.kind === 'task' ? Math.max(3, parentLevel + 1) : parent?.kind === 'item' ? parentLevel + 1 : parent?.kind === 'box' ? 2 : Math.max(parentLevel + 1, 2);
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
 * Whether the sections among `siblings` are the stages of a plan (第一阶段 … 第X阶段), printed as such: every section
 * there written 第X阶段, and every one of them printed "第X阶段：heading" read back by the grammar as a stage (a heading
 * the stage rule does not take — a sentence, a long name — is printed in the level's number, all its siblings with it:
 * 第一阶段 over （二） would read back as two levels).
 */
function stageSections(siblings: readonly PlanNode[]): boolean {
  const sections = siblings.filter((s) => s.kind === 'section');
  return sections.length > 0 && sections.every((s, i) => {
    // (a stage with no name, "第一阶段" alone over its text, is printed alone: the grammar reads that bare line as a stage)
    const heading = s.heading.trim();
    return STAGE.test(s.number.trim()) && readMarker(heading ? `第${numberToCn(i + 1)}阶段：${heading}` : `第${numberToCn(i + 1)}阶段`)?.style === 'stage';
  });
}
const STAGE = /^第\s*[一二三四五六七八九十百〇零两0-9０-９]+\s*阶段$/;

/**
 * Whether a node with no heading prints its number alone on a line, its text under it, not run into its first paragraph
 * as a 公文 prints a headless point ("（1）推进…。"): where the grammar reads the number alone as the heading it is (a
 * label that names what it numbers, "第一阶段") but not the run-in line ("第一阶段：2026年1月至3月，完成…。" — the stage
 * rule wants a name, not a sentence), which would read back as text and lose the node.
 */
export function numberAlone(number: string, runIn: string): boolean {
  const alone = number.trim() && runIn !== number ? readMarker(number.trim()) : null;
  return !!alone && readMarker(runIn)?.style !== alone.style;
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
