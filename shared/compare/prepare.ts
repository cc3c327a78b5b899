/**
 * A plan prepared for comparison: its nodes in reading order with their tokens, term vectors, themes and
 * department keys. Computed once per PlanDoc object (WeakMap cache) and shared by align, diff and versions.
 *
 * What a node's text is:
 *   - items are not compared on their own: their text is folded into their parent (静安 2014 writes a task's
 *     whole content as • items under a heading with an empty body);
 *   - `text` (what the word diff shows) = body, then each item as a "• heading body" line;
 *   - the content vector of a task/item holder = heading + text; of a part/section/action = heading + body +
 *     the headings of the nodes below it (so an action is known by its tasks).
 * Environment-free.
 */
import type { NodeKind, PlanDoc, PlanNode } from '../model/plan';
import { toSimplified } from '../text/fold';
import { THEMES, themeCounts } from '../importer/public';
import { bigramCodes, departmentKey, districtNames, DISTRICT_KEY, foldKey } from './normalize';
import { maskYears } from './same-text';
import { itemText } from './item-text';
import { encodeLines, primeLines, tokenize, wordKeys, type Token } from './tokens';

/** Kinds that may align with each other. Items are folded into their parent and never align alone. */
export type KindClass = 'part' | 'mid' | 'task' | 'appendix';
export function kindClass(kind: NodeKind): KindClass | null {
  switch (kind) {
    case 'part':
      return 'part';
    case 'section':
    case 'action':
    case 'box': // a 专栏 is compared as a section-level container: its projects (items) are its text
      return 'mid';
    case 'task':
      return 'task';
    case 'appendix':
      return 'appendix';
    default:
      return null;
  }
}

export interface NodeRef {
  id: string;
  kind: NodeKind;
  number: string;
  heading: string;
}

export interface PreparedNode {
  node: PlanNode;
  ref: NodeRef;
  cls: KindClass;
  /** Pre-order index among the compared nodes. */
  order: number;
  parentId: string | null;
  headTokens: Token[];
  /** Body + items (what the diff shows). */
  text: string;
  textTokens: Token[];
  /** Term frequencies of the content (heading + text; for a part/section/action also the headings below it). */
  tf: TermCounts;
  /** The surface of each term of `tf` as first written (parallel to tf.ids; for reasons). */
  surfaces: string[];
  headTf: TermCounts;
  /** The heading's character bigrams as numbers (bigramCodes). */
  headBigrams: number[];
  /** The quoted name in a heading (深化完善“智慧养老” → 智慧养老), or null. */
  core: { tf: TermCounts; bigrams: number[] } | null;
  themes: string[];
  /**
   * Theme weights: keyword hits of each theme (importer/themes.ts), a hit in the heading counting HEAD_THEME_WEIGHT
   * times — what the node is mostly about, where `themes` only says what it mentions.
   */
  themeWeights: Map<string, number>;
  /** Department key → name as written. */
  departments: Map<string, string>;
}

/**
 * Term frequencies on term ids (the dictionary below; termKey): the distinct terms in order of first occurrence and how often
 * each occurs — what a Map of key → count iterated in insertion order gives, without string keys past this point.
 */
export interface TermCounts {
  ids: Int32Array;
  n: Int32Array;
}

/**
 * The term dictionary: every term key a prepared plan holds gets a small integer. Ids are valid within a generation:
 * plans prepared in one generation can be compared with each other. The vocabulary of plans is large but not endless
 * (words, numbers and runs of single characters of administrative text: some tens of thousands of keys after hundreds
 * of plans); a process that compares for months (the office server) would still grow it, and every compare sizes a
 * few arrays by it — so when it passes TERM_LIMIT keys it starts again in a new generation, between compares
 * (preparePair), and a plan prepared in an older one is prepared again when compared.
 */
const termIds = new Map<string, number>();
const termKeys: string[] = [];
const TERM_LIMIT = 1 << 20;
let termLimit = TERM_LIMIT;
let generation = 0;
/** Tests: a lower limit (none: back to TERM_LIMIT). */
export function setTermLimit(n?: number): void {
  termLimit = n ?? TERM_LIMIT;
}
/** The key of a term id. */
export function termKey(id: number): string {
  return termKeys[id];
}
/** How many term ids have been given (every id is below this). */
export function termCount(): number {
  return termKeys.length;
}
function internTerm(k: string): number {
  let id = termIds.get(k);
  if (id === undefined) {
    id = termKeys.length;
    termIds.set(k, id);
    termKeys.push(k);
  }
  return id;
}

/**
 * Position + 1 of a term id in the counts being built, valid where slotOf[id] is that counter's stamp (a counter
 * left unfinished, by an exception, leaves nothing behind for the next one).
 */
let slot = new Int32Array(4096);
let slotOf = new Int32Array(4096);
let lastStamp = 0;

/** Counts terms in order of first occurrence (and, when asked, the first surface of each). */
class TermCounter {
  readonly ids: number[] = [];
  readonly n: number[] = [];
  private readonly stamp: number;
  constructor(readonly surfaces: string[] | null) {
    if (lastStamp >= 0x3fffffff) {
      slotOf.fill(0);
      lastStamp = 0;
    }
    this.stamp = ++lastStamp;
  }
  add(tokens: readonly Token[]): void {
    terms(tokens, this.count);
  }
  /** Count one term (made once per counter: not a closure per add). */
  private readonly count = (k: string, s: string): void => {
    const id = internTerm(k);
    if (id >= slot.length) {
      const size = Math.max(slot.length * 2, id + 1);
      const grown = new Int32Array(size);
      grown.set(slot);
      slot = grown;
      const grownOf = new Int32Array(size);
      grownOf.set(slotOf);
      slotOf = grownOf;
    }
    if (slotOf[id] === this.stamp) this.n[slot[id] - 1]++;
    else {
      this.ids.push(id);
      this.n.push(1);
      this.surfaces?.push(s);
      slot[id] = this.ids.length;
      slotOf[id] = this.stamp;
    }
  };
  /** The counts so far. */
  snapshot(): TermCounts {
    return { ids: Int32Array.from(this.ids), n: Int32Array.from(this.n) };
  }
}

export interface PreparedPlan {
  /** The term dictionary's generation its term ids belong to. */
  generation: number;
  doc: PlanDoc;
  masks: string[];
  nodes: PreparedNode[];
  byId: Map<string, PreparedNode>;
}

const cache = new WeakMap<PlanDoc, PreparedPlan>();

export function nodeRef(n: PlanNode): NodeRef {
  return { id: n.id, kind: n.kind, number: n.number, heading: n.heading };
}

/** Body + items as "• heading body" lines. */
export function nodeText(n: PlanNode): string {
  const lines = n.body ? [n.body] : [];
  for (const c of n.children) if (c.kind === 'item') itemLines(c, lines);
  return lines.join('\n');
}
/** The "• heading body" lines of an item and the items below it, depth first (what walk([item]) visits; no generators). */
function itemLines(it: PlanNode, lines: string[]): void {
  if (it.kind === 'item') {
    const t = it.heading && it.body ? `${it.heading} ${it.body}` : it.heading || it.body;
    if (t) lines.push('• ' + t);
  }
  for (const c of it.children) itemLines(c, lines);
}
/** Every node depth first with its parent (walk without generators or path arrays). */
function eachNode(nodes: readonly PlanNode[], parent: PlanNode | null, visit: (node: PlanNode, parent: PlanNode | null) => void): void {
  for (const node of nodes) {
    visit(node, parent);
    eachNode(node.children, node, visit);
  }
}

const SINGLE_HAN = /^\p{Script=Han}$/u;
/** One Han character (SINGLE_HAN, with the common block answered without the pattern). */
function singleHan(k: string): boolean {
  const c = k.charCodeAt(0);
  if (k.length === 1) {
    if (c >= 0x4e00 && c <= 0x9fff) return true;
    if (c < 0x2e80) return false;
  } else if (k.length !== 2 || c < 0xd800 || c > 0xdbff) return false; // two units are one character only as a surrogate pair
  return SINGLE_HAN.test(k);
}

/**
 * Terms for similarity from word tokens. The segmenter cuts many domain words into single characters
 * (宽|带, 监|控, 一|网|通|办), so a run of single Han characters is joined back into one term (宽带, 监控,
 * 一网通办); a single character standing alone (的, 和, 率) is no term. The masked district is no term.
 */
export function terms(tokens: readonly Token[], visit: (key: string, surface: string) => void): void {
  let runK = '';
  // the run's surface, built only once a token's surface differs from its key (Traditional script): null = runK
  let runS: string | null = null;
  let runN = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const t = i < tokens.length ? tokens[i] : null;
    if (t !== null && t.w && singleHan(t.k)) {
      if (runS !== null) runS += t.s;
      else if (t.s !== t.k) runS = runK + t.s;
      runK += t.k;
      runN++;
      continue;
    }
    // the run ends here (no closure per call: this runs for every node)
    if (runN >= 2) visit(runK, runS ?? runK);
    runK = '';
    runS = null;
    runN = 0;
    if (t === null || !t.w || t.k === DISTRICT_KEY) continue;
    visit(t.k, t.s);
  }
}

/** Two plans prepared in one generation of the term dictionary (a new one first when the dictionary is full). */
export function preparePair(a: PlanDoc, b: PlanDoc): [PreparedPlan, PreparedPlan] {
  if (termKeys.length > termLimit) {
    termIds.clear();
    termKeys.length = 0;
    generation++;
  }
  return [preparePlan(a), preparePlan(b)];
}

export function preparePlan(doc: PlanDoc): PreparedPlan {
  const hit = cache.get(doc);
  if (hit && hit.generation === generation) return hit;
  const masks = districtNames(doc.meta.district);
  const nodes: PreparedNode[] = [];
  const byId = new Map<string, PreparedNode>();
  // a heading is tokenised for its node and again for every compared node above it: once here (never mutated)
  const headings = new Map<string, Token[]>();
  const headingTokens = (h: string): Token[] => {
    let t = headings.get(h);
    if (t === undefined) headings.set(h, (t = tokenize(h, masks)));
    return t;
  };
  eachNode(doc.nodes, null, (node, parent) => {
    const cls = kindClass(node.kind);
    if (!cls) return;
    const headTokens = headingTokens(node.heading);
    const text = nodeText(node);
    let firstLine: readonly Token[] | null = null;
    const textTokens = tokenize(text, masks, (l) => void (firstLine ??= l));
    const surfaces: string[] = [];
    const counter = new TermCounter(surfaces);
    counter.add(headTokens);
    const headTf = counter.snapshot();
    counter.add(textTokens);
    if (cls !== 'task') {
      eachNode(node.children, node, (d) => {
        if (d.kind !== 'item' && d.heading) counter.add(headingTokens(d.heading));
      });
    }
    const tf = counter.snapshot();
    const departments = new Map<string, string>();
    for (const d of [...node.lead, ...node.partners]) {
      const k = departmentKey(d, masks);
      if (k && !departments.has(k)) departments.set(k, d);
    }
    const p: PreparedNode = {
      node,
      ref: nodeRef(node),
      cls,
      order: nodes.length,
      parentId: parent ? parent.id : null,
      headTokens,
      text,
      textTokens,
      tf,
      surfaces,
      headTf,
      headBigrams: bigramCodes(wordKeys(headTokens).join('')),
      core: headingCore(node.heading, masks),
      ...themesAndWeights(toSimplified(node.heading), toSimplified(text), firstLine),
      departments,
    };
    nodes.push(p);
    byId.set(node.id, p);
  });
  const out: PreparedPlan = { generation, doc, masks, nodes, byId };
  cache.set(doc, out);
  return out;
}

export const HEAD_THEME_WEIGHT = Number(process.env.HTW ?? 3);

/**
 * Theme weights (themeCounts of text, heading hits × HEAD_THEME_WEIGHT) and the themes mentioned — what
 * themesOf(heading + '\n' + text) gives (the keywords are plain words: none spans the line break), from the
 * same two counts instead of a third pass of the keyword patterns.
 */
function themesAndWeights(heading: string, text: string, firstLine: readonly Token[] | null): { themes: string[]; themeWeights: Map<string, number> } {
  const head = themeCounts(heading);
  const out = textThemeCounts(text, firstLine);
  const themes = THEMES.filter((t) => head.has(t.theme) || out.has(t.theme)).map((t) => t.theme);
  head.forEach((n, t) => void out.set(t, (out.get(t) ?? 0) + HEAD_THEME_WEIGHT * n));
  return { themes, themeWeights: out };
}

/**
 * themeCounts of a node's text (Simplified view), kept with the cached token array of the text's first line (tokenize's
 * onLine) and used again when the text is the same: the same plan compared again, its versions and drafts bring the
 * same texts, whose lines are then cached; the entry lives as long as that line's tokens (emptying the token cache
 * empties it). A copy each time: themesAndWeights adds the heading's hits to it.
 */
const textThemes = new WeakMap<readonly Token[], { text: string; counts: Map<string, number> }>();
function textThemeCounts(text: string, firstLine: readonly Token[] | null): Map<string, number> {
  if (!firstLine) return themeCounts(text);
  const hit = textThemes.get(firstLine);
  if (hit && hit.text === text) return new Map(hit.counts);
  const counts = themeCounts(text);
  textThemes.set(firstLine, { text, counts: new Map(counts) });
  return counts;
}

const QUOTED = /[“"「『]([^”"」』]{2,20})[”"」』]/;

function headingCore(heading: string, masks: string[]): PreparedNode['core'] {
  const m = QUOTED.exec(heading);
  if (!m || m[1].length > heading.length - 2 + 0) return null;
  const tokens = tokenize(m[1], masks);
  const counter = new TermCounter(null);
  counter.add(tokens);
  return { tf: counter.snapshot(), bigrams: bigramCodes(wordKeys(tokens).join('')) };
}

/** Key of a short name (indicator names) for matching across districts. */
export function nameKey(name: string, masks: readonly string[]): string {
  let s = foldKey(toSimplified(name)).replace(/\s+/g, '');
  for (const m of masks) s = s.split(foldKey(m)).join('');
  return s;
}

/**
 * The distinct lines that preparePlan tokenises (headings, node texts, the quoted names of headings) and the lines
 * of the items' texts that the item matching of a diff tokenises — as written, and with their years masked (plans
 * of different periods): what a plan's stored tokens are kept for. A compare of two stored plans then never needs
 * Intl.Segmenter (whose first use in a process costs ~4 ms: ICU's word-break data and dictionary).
 */
export function planLines(doc: PlanDoc): string[] {
  const seen = new Set<string>();
  const add = (text: string) => {
    if (!text) return;
    for (const l of text.split('\n')) if (l) seen.add(l);
  };
  eachNode(doc.nodes, null, (node) => {
    if (node.kind === 'item') {
      // (the text the items are paired and word-diffed by: less the body's field lines, items.ts; and the heading and
      // the body as they are told apart when a pair of items differs, fields.ts)
      const text = itemText(node);
      add(text);
      add(node.heading);
      add(node.body);
      // and with its years masked, as items are keyed when the two plans' periods differ (same-text.ts textKey)
      add(maskYears(text));
      return;
    }
    if (!kindClass(node.kind)) return;
    add(node.heading);
    add(nodeText(node));
    const m = QUOTED.exec(node.heading);
    if (m) add(m[1]);
  });
  return [...seen];
}

/** The plan's tokens in their stored form (tokens.ts encodeLines of planLines, with the plan's district masks). */
export function encodePlanTokens(doc: PlanDoc): Uint8Array {
  return encodeLines(planLines(doc), districtNames(doc.meta.district));
}

/**
 * Hand a plan's stored tokens (encodePlanTokens of a plan with the same lines and district) to the tokeniser
 * before it is prepared. False, and nothing primed, when they are not the tokens of this plan's lines.
 */
export function primePlanTokens(doc: PlanDoc, bytes: Uint8Array): boolean {
  return primeLines(planLines(doc), districtNames(doc.meta.district), bytes);
}
