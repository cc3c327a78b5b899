/**
 * The document's own levels: paragraphs with markers → a tree, and kinds decided by context.
 *
 * Placement (OutlineBuilder.place): a heading of a style already open on the path from the root becomes that
 * heading's sibling; a style the document has already shown below or above another keeps that order; otherwise the
 * grammar's rank hint decides (a higher-ranked style closes the lower ones, a lower-ranked one nests). So a plan
 * may start at (一), skip a level, or put 第X章 above 一、. A 专栏 box holds what follows it until the numbering
 * it interrupted goes on. A planner's LevelMapping overrides the depth (and kind) of any style.
 *
 * Kinds (assignKinds): labelled styles keep their kind (行动 → action, 重点任务N → task, 专栏 → box, 附件 → appendix).
 * Inside a task context (a heading such as 主要任务/重点任务/重点工作, or an action) the task level is the labelled
 * task style, else the style whose headings carry departments (责任单位/牵头单位), else — by structure — the level
 * under the groups that hold numbered points. Levels above the task level are sections (actions when labelled),
 * below it items. 保障措施, principles, goals and background are never tasks.
 */
import { NODE_KINDS, emptyNode, type ImportLevel, type LevelMapping, type NodeKind, type PlanNode } from '../model/plan';
import { findResponsibility, type Responsibility } from './departments';
import { readFieldLine } from './fieldlines';
import { REPORT_LINE } from './indicators';
import { RULE, foldScript, matchView, rankOf, type Marker, type MarkerStyle } from './grammar';

/** A node under construction, with what the parser needs to know about it. */
export interface Draft {
  node: PlanNode;
  style: MarkerStyle;
  n: number;
  line: number;
  parent: Draft | null;
  bodyLines: number[];
  /** Its heading and body as last read together (nodeView), with their fold and the departments they name. */
  view: NodeView | null;
}

export function makeDraft(id: string, style: MarkerStyle, m: Pick<Marker, 'raw' | 'n'>, line: number): Draft {
  const node = emptyNode(id, 'item');
  node.number = m.raw;
  return { node, style, n: m.n, line, parent: null, bodyLines: [], view: null };
}

export class OutlineBuilder {
  readonly roots: Draft[] = [];
  readonly stack: Draft[] = [];
  readonly all: Draft[] = [];
  /** `a>b`: the document has shown style b inside style a. */
  private readonly above = new Set<string>();
  private readonly byNode = new Map<PlanNode, Draft>();
  /** Per 专栏: the last heading of each style before it, among its siblings. */
  private readonly beforeBox = new Map<Draft, Map<MarkerStyle, Draft | null>>();
  /** Unnumbered headings standing over a numbered style (a year line over its tasks): style → the style it holds. */
  private readonly over = new Map<MarkerStyle, MarkerStyle>();
  /** The rank a style without a level of its own (grammar `relative`) took where its first heading appeared. */
  private readonly placedAt = new Map<MarkerStyle, number>();
  /** The rank hint, for a heading standing over a style just above that style. */
  private rank(style: MarkerStyle): number {
    const held = this.over.get(style);
    return held !== undefined ? rankOf(held) - 0.5 : this.placedAt.get(style) ?? rankOf(style);
  }

  constructor(private readonly mapping: LevelMapping | undefined) {}

  /**
   * Pop the path so that a heading of `style` numbered `n` can be attached. `signal`: the heading names departments
   * (a task of the text rather than a project listed in a 专栏).
   */
  place(style: MarkerStyle, n: number, signal = false) {
    const { stack } = this;
    const depth = this.mapping?.[style]?.depth;
    if (depth !== undefined) { stack.length = Math.min(stack.length, depth); return; }
    if (RULE[style]?.top) { stack.length = 0; return; }
    this.closeBox(style, n, signal);
    const same = lastIndex(stack, (d) => d.style === style);
    if (same >= 0) { stack.length = same; return; }
    // a style without a level of its own nests where it first appears: just below the open heading, or at the top
    if (RULE[style]?.relative && !this.placedAt.has(style)) this.placedAt.set(style, stack.length ? this.rank(stack[stack.length - 1].style) + 0.1 : -1);
    if (style === 'box') {
      // a 专栏 follows the text of a heading: it stands beside that heading when the heading holds no headings of
      // its own (a task, a point), else inside it — the projects of a 节 after its last task, not of that task
      // (a heading with no text yet, "二、主要任务" right before the 专栏, holds it; a field line of its own — 牵头单位：…,
      // 年度节点：… — is what the heading's fields are, not its text: a task with nothing else holds the 专栏 after it.
      // What the heading's own line says after it, an annotation "（责任单位：…）" too, is its text)
      // (points under it — (1), ①, ——, bullets — are no headings: "1.建设供水工程" ⏎ "（1）…" ⏎ "（2）…" is still a leaf,
      // and the 专栏 after it stands beside it as after a task whose points run on in one line)
      const points = (d: Draft) => d.node.children.every((c) => { const x = this.byNode.get(c); return !!x && x.style !== 'box' && rankOf(x.style) >= rankOf('paren'); });
      const text = (d: Draft) => d.bodyLines.includes(d.line) || d.node.body.split('\n').some((l) => l.trim() !== '' && !readFieldLine(l));
      const leaf = (d: Draft) => (d.node.children.length === 0 && text(d)) || (d.node.children.length > 0 && rankOf(d.style) < rankOf('paren') && points(d));
      // (a top-level heading always holds it: a plan does not open a new top level with a 专栏)
      while (stack.length > 1 && (leaf(stack[stack.length - 1]) || rankOf(stack[stack.length - 1].style) >= rankOf('paren'))) stack.pop();
      return;
    }
    this.closeLocalSequence(style);
    while (stack.length) {
      const t = stack[stack.length - 1].style;
      if (t === 'appendix') break; // what follows an annex heading is the annex's content
      if (this.above.has(`${t}>${style}`)) break;
      if (this.above.has(`${style}>${t}`) || this.rank(t) >= this.rank(style)) { stack.pop(); continue; }
      break;
    }
  }

  /**
   * A style of a level of its own (一、) first seen under the last of a run of headings of a style without one (stages,
   * grammar `relative`: 第一阶段 … 第三阶段) whose earlier headings held no headings: the stages were a list of their own
   * within the text, each with its text only, and the new style goes on at their level after them ("第三阶段：总结验收" ⏎
   * "一、保障措施" is the plan's next part, not the third stage's first). Under the first stage, or under a stage after
   * one that held such headings, it is the stage's (第一阶段 over 一、二、). Nor when the last stage's own text ends in a
   * lead-in ("本阶段重点抓好以下工作："): what follows is what it announces, the stage's.
   */
  private closeLocalSequence(style: MarkerStyle) {
    const { stack } = this;
    const open = stack[stack.length - 1];
    if (!open || !RULE[open.style]?.relative || RULE[style]?.relative || rankOf(style) >= rankOf(open.style)) return;
    // (a heading with no number at the stages' level — a Word or Markdown heading, a line of words after the stages —
    // is no stage: the list after it is its own)
    if (open.node.number === '') return;
    // (…and a stage whose text leads into a list, "本阶段重点抓好以下工作：", holds it)
    if (/[:：]\s*$/.test(open.node.body.trim() || open.node.heading)) return;
    if (this.all.some((d) => d.style === style)) return;
    const siblings = open.parent ? open.parent.node.children : this.roots.map((d) => d.node);
    const run = siblings.filter((n) => this.byNode.get(n)?.style === open.style);
    if (run.length < 2 || run[run.length - 1] !== open.node || run.slice(0, -1).some((n) => n.children.length)) return;
    stack.pop();
  }

  /** The document shows `upper` above `lower` before any heading is placed (paragraphs.ts openingTop). */
  seedAbove(upper: MarkerStyle, lower: MarkerStyle) {
    this.above.add(`${upper}>${lower}`);
  }

  /**
   * Pop the path for a heading without a number that stands over the numbered headings of style `next` after it (a
   * year line, "2025年", over that year's 1. 2. 3.): it goes where the first of them would go and holds them; the
   * next heading of its own style is its sibling.
   */
  placeOver(style: MarkerStyle, next: MarkerStyle) {
    const { stack } = this;
    if (!this.over.has(style)) this.over.set(style, next);
    const depth = this.mapping?.[style]?.depth;
    if (depth !== undefined) { stack.length = Math.min(stack.length, depth); return; }
    const same = lastIndex(stack, (d) => d.style === style);
    if (same >= 0) stack.length = same;
    else this.place(next, 0);
    this.above.add(`${style}>${next}`);
  }

  /** A 专栏 ends where the numbering it interrupted goes on (task 3, 专栏1 with its 1. 2., then task 4). */
  private closeBox(style: MarkerStyle, n: number, signal: boolean) {
    const { stack } = this;
    const b = lastIndex(stack, (d) => d.style === 'box');
    if (b < 0 || style === 'box' || !n) return;
    const box = stack[b];
    const siblings = box.parent ? box.parent.node.children : this.roots.map((d) => d.node);
    const at = siblings.indexOf(box.node);
    const memo = this.beforeBox.get(box) ?? this.beforeBox.set(box, new Map()).get(box)!;
    if (!memo.has(style)) {
      let found: Draft | null = null;
      for (let k = at - 1; k >= 0 && !found; k--) { const d = this.byNode.get(siblings[k]); if (d?.style === style) found = d; }
      memo.set(style, found);
    }
    const outside = memo.get(style);
    const inside = stack.slice(b + 1).filter((d) => d.style === style).pop();
    // both numberings go on (task 3 after the box's 1. 2.): a heading that names departments is the text's task
    if (outside && n === outside.n + 1 && (!(inside && n === inside.n + 1) || signal)) stack.length = b;
  }

  attach(d: Draft) {
    const parent = this.stack[this.stack.length - 1] ?? null;
    d.parent = parent;
    if (parent) parent.node.children.push(d.node);
    else this.roots.push(d);
    for (let a: Draft | null = parent; a; a = a.parent) if (a.style !== d.style) this.above.add(`${a.style}>${d.style}`);
    this.stack.push(d);
    this.all.push(d);
    this.byNode.set(d.node, d);
  }

  current(): Draft | null {
    return this.stack[this.stack.length - 1] ?? null;
  }
}

function lastIndex<T>(a: T[], f: (x: T) => boolean): number {
  for (let i = a.length - 1; i >= 0; i--) if (f(a[i])) return i;
  return -1;
}

/**
 * A heading that reports on work ("二、整改任务完成情况", "主要任务进展情况", "重点工作落实情况"): an account of what was
 * done, whatever work it names — its points are never tasks, as under 回顾 (not a heading opening with a verb of work).
 */
const REPORTS_ON = /(?:完成|进展|开展|落实|执行|推进)情况[:：]?$/;
/** Headings that hold the plan's work: their subtree is where tasks are. */
export const TASK_CONTEXT = /主要任务|重点任务|发展重点|施政重点|工作任务|重点工作|主要工作|建设任务|重点项目|重点工程|重点专项|专项行动|主要举措|重点举措|行动任务|任务分工|重点领域|主要内容|具体任务|工作措施|重点行动|整改任务|整改措施|攻坚任务|改革任务|(?:牵头|负责)的?(?:工作|事项|任务)(?:\(共?[0-9一二三四五六七八九十]+项\))?$/;
/**
 * 评估 as the name of an evaluation — 规划实施评估, 中期评估, 评估与考核, 评估范围 — not its verb opening a heading of
 * work on what it evaluates (评估示范创建成效, 评估课后服务质量: the work of a task, its figures targets). At the start
 * of a heading it names the evaluation when it stands alone, before 与/和/及/、, or before a noun of its frame.
 */
export const EVALUATION = '(?<!^\\s*)评估|^\\s*评估(?:[与和及、]|(?:范围|内容|方法|方式|步骤|程序|结果|指标|对象|依据|原则|主体|组织|要求|机制|工作|考核|体系|标准|报告|安排|情况)?$)';
/** Headings whose points are never tasks: principles, goals, background, safeguards (发展基础, not 发展基础设施). */
export const NOT_TASK_CONTEXT = new RegExp(`保障措施|保障机制|组织保障|实施保障|保障体系|组织实施|基本原则|工作原则|推进原则|指导思想|总体思路|发展基础(?!设施)|基础与形势|回顾|现状|背景|${EVALUATION}|形势|存在的?主要问题|存在问题|发展目标|主要目标|工作目标|总体目标|建设目标|预期目标|具体目标|分项目标|阶段目标|施政目标$|目标任务$|发展指标|主要指标|步骤$|^(?:实施|工作|推进)阶段$|^(?:进度|时间)安排$|^总则$|^附则$`);

/** Goal headings: the points under them are targets (items), or tasks when a department is given each. */
const GOAL = /目标|指标/;

/** Whether a heading above `d` is a goal heading (and none above it a safeguard or a background). */
export function underGoal(d: Draft): boolean {
  let goal = false;
  for (let p = d.parent; p; p = p.parent) {
    const v = matchView(p.node.heading);
    if (!isNotTaskNode(p.node)) continue;
    if (GOAL.test(v) && !SAFEGUARD.test(v)) goal = true;
    else return false;
  }
  return goal;
}

/** Safeguard headings and the steps of the work (实施步骤, 实施阶段, 进度安排): never a task context, even when a verb
 *  opens them ("实施步骤" opens with 实施). */
const SAFEGUARD = /保障措施|保障机制|组织保障|实施保障|保障体系|组织实施|组织领导$|工作要求$|步骤$|^(?:实施|工作|推进)阶段$|^(?:进度|时间)安排$/;
/**
 * A part named by its management alone (资金管理, 专项资金管理, 资金使用管理, 监督管理, 绩效管理, 管理要求 — the whole heading,
 * no verb: "加强资金管理" may be work) closing a 专项资金 plan is its safeguards (batch 29) — only as a closing part: a part
 * of the top level after which come only safeguards, other such parts or annexes (closingParts). A section so named
 * under 主要任务 holds work (rev39 finding 10).
 */
const MANAGEMENT = /^(?:专项)?资金(?:使用)?管理$|^(?:监督|绩效)管理$|^管理要求$/;
const CLOSING = new WeakSet<PlanNode>();
function markClosingParts(all: Draft[]): void {
  const top = all.filter((d) => !d.parent);
  for (let i = top.length - 1; i >= 0; i--) {
    const v = matchView(top[i].node.heading);
    if (MANAGEMENT.test(v)) CLOSING.add(top[i].node);
    else if (!(SAFEGUARD.test(v) || /^附则$/.test(v) || top[i].style === 'appendix')) break;
  }
}
/** A node whose points are no tasks: by its heading (isNotTaskContext), or a closing part named by its management. */
/** A node numbered or named by its stage ("第三阶段 总结评估（2027年7月—12月）", "（三）第三阶段：巩固提升"): its words say
 *  when its points are done, not what kind they are — the work of that stage is tasks as anywhere (a 评估 in the stage's
 *  name does not make its points an evaluation's frame). */
const STAGE_NAMED = /^第\s*[一二三四五六七八九十0-9]{1,3}\s*阶段/;
const namesStage = (n: PlanNode) => STAGE_NAMED.test(matchView(n.number)) || STAGE_NAMED.test(matchView(n.heading));
export const isNotTaskNode = (n: PlanNode) => (isNotTaskContext(n.heading) && !namesStage(n)) || CLOSING.has(n);

/** Headings are tested on the matching view (Traditional script folded). */
export const isTaskContext = (heading: string) => contextOf(heading) === 'task';
export const isNotTaskContext = (heading: string) => contextOf(heading) === 'not-task';

/** Where a heading's first clause ends. */
const CLAUSE_CUT = /[，,；;]/;
const CONTEXT_CACHE = new Map<string, 'task' | 'not-task' | null>();
function contextOf(heading: string): 'task' | 'not-task' | null {
  let c = CONTEXT_CACHE.get(heading);
  if (c !== undefined) return c;
  const v = matchView(heading);
  // a heading that starts with a verb ("夯实产业发展基础", "加强组织保障") names work, not a background or a safeguard
  // (safeguards stay safeguards whatever verb opens them: "加强组织保障")
  // (a heading of clauses is a point's sentence, its first clause what it names: "8.创建市级绿色工厂5家，完成年度节能降碳
  // 目标任务" is work, though its last words end as a goal heading's do)
  const named = CLAUSE_CUT.test(v) ? v.slice(0, v.search(CLAUSE_CUT)) : v;
  c = REPORTS_ON.test(named) && !ACTION_VERB.test(v) ? 'not-task' : TASK_CONTEXT.test(v) ? 'task' : SAFEGUARD.test(named) || (NOT_TASK_CONTEXT.test(named) && !ACTION_VERB.test(v)) ? 'not-task' : null;
  if (CONTEXT_CACHE.size > 10000) CONTEXT_CACHE.clear();
  CONTEXT_CACHE.set(heading, c);
  return c;
}

/** Verbs a work heading starts with. */
export const ACTION_VERB = /^(深入|全面|持续|着力|大力|积极|切实|巩固|筑牢|加强|加快|加大|推进|推动|推广|夯实|建设|建立|完善|提升|提高|强化|打造|培育|深化|优化|促进|实施|构建|健全|落实|扩大|壮大|创新|拓展|激发|增强|增进|做强|做优|做大|开展|支持|鼓励|引导|探索|统筹|营造|聚焦|围绕|坚持)/;

/** The style of a year line standing as a heading without a number ("2025年" over that year's tasks, parse.ts). */
export const YEAR_STYLE: MarkerStyle = 'year';

const LABELLED: Record<string, string> = { action: 'action', keytask: 'task', box: 'box', appendix: 'appendix' };

function depthOf(d: Draft): number {
  let k = 0;
  for (let p = d.parent; p; p = p.parent) k++;
  return k;
}

function inBoxOrAnnex(d: Draft): boolean {
  for (let p = d.parent; p; p = p.parent) if (p.style === 'box' || p.style === 'appendix') return true;
  return false;
}

function excluded(d: Draft, root: Draft | null): boolean {
  for (let p: Draft | null = d; p && p !== root; p = p.parent) if (isNotTaskNode(p.node)) return true;
  return false;
}

/** Descendants of `d` in document order (cost: the size of the subtree). */
function subtree(d: Draft, kids: Map<Draft | null, Draft[]>): Draft[] {
  const out: Draft[] = [];
  const walk = (x: Draft) => { for (const c of kids.get(x) ?? []) { out.push(c); walk(c); } };
  walk(d);
  return out;
}

function hasDepartments(d: Draft): boolean {
  return responsibilityOf(d) !== null;
}

/**
 * A point of a flat list that is work: it names its departments, or it carries a milestones line of its own
 * ("年度节点：2026年完成：…", the line every export prints for a task's milestones) or a report on its progress
 * ("进展情况：…", "完成情况：…": only work has progress) — so that a list of tasks with no department (a 重点工作清单's
 * 进度安排 table read into tasks) comes back from its export as tasks, not as parts holding nothing.
 */
function carriesWork(d: Draft): boolean {
  return hasDepartments(d) || REPORT_LINE.test(d.node.body) || d.node.body.split('\n').some((l) => readFieldLine(l)?.field === 'milestones');
}

/** A node's heading and body as one text ("heading\nbody"), its script fold, and the departments it names. */
export interface NodeView { heading: string; body: string; text: string; view: string; found: Responsibility | null | undefined }

/**
 * A node's heading and body as one text and its script fold, made once for the levels and the node's fields
 * (enrich.ts) unless its heading or body changed in between.
 */
export function nodeView(d: Draft): NodeView {
  const r = d.view;
  if (r && r.heading === d.node.heading && r.body === d.node.body) return r;
  const text = d.node.heading + '\n' + d.node.body;
  return (d.view = { heading: d.node.heading, body: d.node.body, text, view: foldScript(text), found: undefined });
}

/** The departments a node's heading and body name (findResponsibility on their script fold), read once. */
export function responsibilityOf(d: Draft): Responsibility | null {
  const r = nodeView(d);
  if (r.found === undefined) r.found = findResponsibility(r.view);
  return r.found;
}

/** The styles that are the task level under `root` (null = the whole document), or none. */
function taskStyles(root: Draft | null, all: Draft[], kids: Map<Draft | null, Draft[]>): Set<MarkerStyle> {
  const within = root ? subtree(root, kids) : all;
  if (within.some((d) => d.style === 'keytask' && !inBoxOrAnnex(d))) return new Set(['keytask']);
  const pool = within.filter((d) => !inBoxOrAnnex(d) && !LABELLED[d.style] && !excluded(d, root) && d.style !== 'bullet');
  // the level whose headings carry departments
  const signals = new Map<MarkerStyle, number>();
  for (const d of pool) if (hasDepartments(d)) signals.set(d.style, (signals.get(d.style) ?? 0) + 1);
  if (signals.size) {
    let best: MarkerStyle | null = null;
    for (const [s, k] of signals) if (!best || k > signals.get(best)! || (k === signals.get(best)! && rankOf(s) < rankOf(best))) best = s;
    // … unless it does on some headings only, and a level above it on every heading of its own: the nearest such level
    // is the tasks', and the points under a task may name theirs too ("1.建设千兆光网 牵头单位：区科委" over some
    // "（1）… 牵头单位：…")
    const every = (s: MarkerStyle) => signals.get(s)! === pool.filter((d) => d.style === s).length;
    if (!every(best!)) {
      let above: MarkerStyle | null = null;
      for (const s of signals.keys()) if (rankOf(s) < rankOf(best!) && every(s) && (!above || rankOf(s) > rankOf(above))) above = s;
      if (above) best = above;
    }
    return new Set([best!]);
  }
  // (no numbered level carries departments, but bullet points do — "◆发展特色果蔬种植。…（责任单位：…）" under 一、 field
  // parts, a 镇 plan marking its work with symbols instead of numbers —: those points are the work, when they hold nothing,
  // stand under no other point and at least two of them, half or more, name their units; a bullet under a task is an item)
  const bullets = within.filter((d) => d.style === 'bullet' && !inBoxOrAnnex(d) && !excluded(d, root) && !kids.get(d)?.length && (!d.parent || rankOf(d.parent.style) <= rankOf('cnparen')));
  const carrying = bullets.filter(hasDepartments).length;
  if (carrying >= 2 && carrying * 2 >= bullets.length) return new Set(['bullet']);
  if (!root) return new Set();
  // by structure: the first numbered level under the container (under its actions, if it has them) …
  // (year lines over numbered headings group them and are seen through: the level is that of what they hold)
  const inPool = new Set(pool);
  const under = (g: Draft): Draft[] => (kids.get(g) ?? []).flatMap((d) => (d.style === YEAR_STYLE ? under(d) : [d]));
  const direct = under(root);
  const actions = direct.filter((d) => d.style === 'action');
  const groups = (actions.length ? actions.flatMap(under) : direct).filter((d) => inPool.has(d));
  if (!groups.length) return new Set();
  // … or the level below it, when most of those headings are groups of numbered points
  const numbered = (g: Draft) => under(g).filter((d) => inPool.has(d) && rankOf(d.style) <= rankOf('arabic'));
  const grouping = groups.filter((g) => numbered(g).length > 0);
  if (grouping.length > 0 && grouping.length * 2 >= groups.length) return new Set(grouping.flatMap((g) => numbered(g).map((d) => d.style)));
  return new Set(groups.map((d) => d.style));
}

/** 'box' is a kind of the model once the model has it; until then a 专栏 is kept as a section. */
const BOX_KIND = ((NODE_KINDS as readonly string[]).includes('box') ? 'box' : 'section') as NodeKind;

/** Decide every draft's kind from its style and context (see the file comment), then apply the planner's mapping. */
export function assignKinds(all: Draft[], mapping: LevelMapping | undefined) {
  markClosingParts(all);
  const kids = new Map<Draft | null, Draft[]>();
  for (const d of all) (kids.get(d.parent) ?? kids.set(d.parent, []).get(d.parent)!).push(d);
  // (a numbered point with departments of its own and nothing below it is work, not a context: "4.保障重点项目用地。…
  // （牵头单位：…）")
  const work = (d: Draft) => rankOf(d.style) >= rankOf('arabic') && !kids.get(d)?.length && hasDepartments(d);
  const isContext = (d: Draft) => (d.style === 'action' || (isTaskContext(d.node.heading) && d.style !== 'box' && d.style !== 'appendix' && !work(d))) && !excluded(d, null) && !inBoxOrAnnex(d);
  // containers: the outermost task contexts; in a plan that names none (a 十四五 special plan), the top-level headings
  // that name work ("第三章 加快推进草原生态保护") are
  let containers = all.filter((d) => isContext(d) && !hasAncestor(d, isContext));
  // (in a 纲要 of volumes, 第一篇 over 第一章, the chapters are those headings: of a volume that names work, all but
  // safeguards and backgrounds — "第二篇 坚持工业强县 / 第四章 发展现代服务业" —, of the others those that name work)
  const names = (d: Draft) => ACTION_VERB.test(matchView(d.node.heading)) && !isNotTaskNode(d.node);
  const inVolume = (d: Draft) => !!d.parent && d.parent.style === 'pian' && !d.parent.parent && !isNotTaskNode(d.parent.node) &&
    (names(d) || (names(d.parent) && !isNotTaskNode(d.node)));
  if (!containers.length) containers = all.filter((d) => (d.parent ? inVolume(d) : d.style !== 'pian' && names(d)) && !inBoxOrAnnex(d) && !LABELLED[d.style]);
  const taskOf = new Map<Draft, Set<MarkerStyle>>();
  for (const c of containers) taskOf.set(c, taskStyles(c, all, kids));
  // a document without task headings: the level carrying departments, anywhere
  const global = containers.length ? new Set<MarkerStyle>() : taskStyles(null, all, kids);
  // with some, the level carrying them in what stands outside them: the points of a part not named as work ("一、压实安全
  // 责任 / 健全责任体系。…（牵头单位：…）" beside "二、强化隐患治理") are read from what they are, whatever the part beside it holds
  const contained = new Set(containers);
  const outsideStyles = containers.length ? taskStyles(null, all.filter((d) => !contained.has(d) && !hasAncestor(d, (a) => contained.has(a))), kids) : global;

  // a text written in articles without chapters (a 工作方案 of 第一条 … 第十五条): its articles are its points, at the top
  // as under a chapter — those carrying departments are its tasks, the others items (never parts)
  const flatArticles = all.some((d) => !d.parent && d.style === 'article') && all.every((d) => d.parent || d.style === 'article' || d.style === 'appendix');
  // a flat plan (a short 工作方案 whose only numbered level is （一） or 1., nothing above or below it) with departments
  // on its points: its points are its work, as the articles above — those carrying departments its tasks, the others
  // items (never parts: a part holds no work of its own, and the plan would have no task to list, compare or search)
  const tops = all.filter((d) => !d.parent && d.style !== 'appendix' && !inBoxOrAnnex(d));
  const working = tops.filter(carriesWork).length;
  const flatPoints = !flatArticles && tops.length >= 2 && (tops[0].style === 'cnparen' || tops[0].style === 'arabic') &&
    tops.every((d) => d.style === tops[0].style) && all.every((d) => !d.parent || inBoxOrAnnex(d)) && working >= 2 && working * 2 >= tops.length;
  const flatPoint = (d: Draft) => (flatArticles && d.style === 'article') || (flatPoints && d.style !== 'appendix' && !inBoxOrAnnex(d));
  // pass 1: the task level
  const taskStyleSet = new Set<MarkerStyle>([...global, ...[...taskOf.values()].flatMap((x) => [...x])]);
  const task = new Set<Draft>();
  const containerOf = new Map<Draft, Draft | null>();
  for (const d of all) {
    const container = d.parent ? (taskOf.has(d.parent) ? d.parent : containerOf.get(d.parent) ?? null) : null;
    containerOf.set(d, taskOf.has(d) ? d : container);
    if (inBoxOrAnnex(d) || (LABELLED[d.style] && d.style !== 'keytask')) continue;
    if (hasAncestor(d, (a) => task.has(a))) continue;
    if (d.style === 'keytask') { task.add(d); continue; }
    if (!d.parent && flatPoint(d)) { if (carriesWork(d)) task.add(d); continue; }
    const styles = container ? taskOf.get(container)! : global;
    if (styles.has(d.style) && !excluded(d, container)) task.add(d);
    // a goal point that carries its own departments and holds nothing is work too ("（二）主要预期目标：地区生产总值增长
    // 6%左右…（常务副区长负责，区发展改革局牵头，…配合）"), not a goal section: only its own heading names a goal
    else if (container && styles.has(d.style) && !kids.get(d)?.length && (!d.parent || !excluded(d.parent, container)) && hasDepartments(d)) task.add(d);
    // a heading with departments of its own, in the style of the plan's tasks, is a task wherever it stands
    // ("一、主要预期目标 / 1.地区生产总值增长6%左右 / 牵头单位：…")
    else if (!container && taskStyleSet.has(d.style) && hasDepartments(d)) task.add(d);
    // a point outside every task heading, under a heading, with departments of its own and nothing below it, in the
    // level that carries departments there: work, as it would be beside any other part
    else if (!container && d.parent && !kids.get(d)?.length && outsideStyles.has(d.style) && hasDepartments(d) && !excluded(d, null)) task.add(d);
    // a target assigned to a department is work however its siblings read: a point under a goal heading that holds
    // nothing and names its own departments ("一、目标体系 / （一）经济发展目标 / 1.地区生产总值增长6%左右；（牵头单位：
    // 区发展改革局）") is a task (its indicator is read as before); one without departments stays an item of its goal
    // (safeguards and backgrounds are never work); a （一） target too, below its 一、 goal heading ("一、主要预期目标 /
    // （一）地区生产总值增长6%左右 / 责任单位：…" beside "二、重点工作任务 / （一）推动产业提质增效 / 1.…": the （一） of
    // the other part group tasks, these are work)
    else if (!container && !kids.get(d)?.length && rankOf(d.style) > rankOf('cn') && underGoal(d) && hasDepartments(d)) task.add(d);
  }
  // pass 2: what holds tasks
  const holds = new Set<Draft>();
  for (const t of task) for (let p = t.parent; p && !holds.has(p); p = p.parent) holds.add(p);
  // pass 3: kinds
  const kinds = new Map<Draft, NodeKind>();
  for (const d of all) {
    let k: NodeKind;
    if (d.style === 'box') k = BOX_KIND;
    else if (inBoxOrAnnex(d)) k = 'item';
    else if (d.style === 'appendix') k = 'appendix';
    else if (d.style === 'action') k = 'action';
    else if (task.has(d)) k = 'task';
    else if (hasAncestor(d, (a) => task.has(a))) k = 'item';
    else if (!d.parent) k = flatPoint(d) ? 'item' : 'part';
    // under a part, a heading of a section-like style ((一), 一、, 第X节, 1.1, a Word heading) is a section; 1. (1) ① and
    // articles (第X条, points of a 办法 whatever their rank) are points
    // (a 第X节 is a section under a chapter that is itself a section: 第一篇 / 第二章 / 第一节 指导思想)
    else if (holds.has(d) || (kinds.get(d.parent) === 'part' && d.style !== 'article' && rankOf(d.style) <= rankOf('decimal')) ||
      (d.style === 'jie' && kinds.get(d.parent) === 'section')) k = 'section';
    else k = 'item';
    kinds.set(d, k);
  }
  // a goal or background heading beside a work heading of its own style that groups tasks is a section too, though it
  // holds none: "一、社會處 / （一）年度施政目標 (prose) / （二）年度施政重點 / 1.…" — the two headings of one level, one
  // kind (under a part they were already)
  for (const list of kids.values()) {
    const styles = new Set(list.filter((d) => kinds.get(d) === 'section' && holds.has(d) && isTaskContext(d.node.heading)).map((d) => d.style));
    if (!styles.size) continue;
    for (const d of list) {
      if (styles.has(d.style) && kinds.get(d) === 'item' && d.parent && kinds.get(d.parent) === 'section' && !kids.get(d)?.length && isNotTaskNode(d.node)) kinds.set(d, 'section');
    }
  }
  // sections that group tasks and are all named …行动 ((一)商圈能级提升行动, (二)…行动) are actions
  for (const list of kids.values()) {
    const groups = list.filter((d) => kinds.get(d) === 'section' && holds.has(d));
    if (groups.length && list.filter((d) => d.style === groups[0].style).every((d) => /行动$/.test(matchView(d.node.heading)))) for (const d of groups) kinds.set(d, 'action');
  }
  for (const d of all) {
    const forced = mapping?.[d.style]?.kind;
    d.node.kind = forced && forced !== 'text' ? forced : kinds.get(d)!;
  }
}

/** Whether one of `d`'s ancestors, nearest first, is `f` (no list of them made). */
function hasAncestor(d: Draft, f: (a: Draft) => boolean): boolean {
  for (let p = d.parent; p; p = p.parent) if (f(p)) return true;
  return false;
}

/** The levels as used: per style its first written marker, usual depth and kind, count; top level first. */
export function levelsOf(all: Draft[]): ImportLevel[] {
  const by = new Map<MarkerStyle, Draft[]>();
  for (const d of all) (by.get(d.style) ?? by.set(d.style, []).get(d.style)!).push(d);
  const levels: (ImportLevel & { first: number })[] = [];
  for (const [key, list] of by) {
    levels.push({
      key,
      sample: (list.find((d) => d.node.number)?.node.number ?? (/^h[1-9]$/.test(key) ? `标题${key.slice(1)}` : '')).slice(0, 40),
      depth: Math.min(20, mode(list.map(depthOf))),
      kind: mode(list.map((d) => d.node.kind)) as ImportLevel['kind'],
      count: list.length,
      first: list[0].line,
    });
  }
  levels.sort((a, b) => a.depth - b.depth || a.first - b.first);
  return levels.map(({ first: _f, ...l }) => l);
}

function mode<T>(xs: T[]): T {
  const count = new Map<T, number>();
  let best = xs[0];
  for (const x of xs) {
    const k = (count.get(x) ?? 0) + 1;
    count.set(x, k);
    if (k > count.get(best)!) best = x;
  }
  return best;
}
