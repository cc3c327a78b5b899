/**
 * The field diff of an aligned pair: departments added / removed (by key), indicators by name (value, unit, year,
 * comparator), milestones by year (by plan year when the periods start in different years), and the items (事项)
 * under the pair matched (items.ts) and compared the same way. Environment-free.
 */
import type { Indicator, Milestone, Period, PlanNode } from '../model/plan';
import { bigrams, departmentKey } from './normalize';
import { diceOfLists as dice } from '../text/similarity';
import { nameKey, type NodeRef } from './prepare';
import { orderRows } from './rows';
import { tokenize } from './tokens';
import { itemRef, itemsUnder, itemText, lis, matchItems } from './items';
import { periodShift, sameText, type FieldDiffOptions } from './same-text';
import { diffTokens, foldShiftedYears, type DiffOp } from './words';

export type { FieldDiffOptions } from './same-text';

export interface IndicatorValue {
  value: number | null;
  unit: string;
  year: number | null;
  comparator: Indicator['comparator'];
}

export type Role = 'lead' | 'partner';

export interface FieldDiff {
  /** Lead and partner departments together, by key; `roles`: on both sides, lead on one and partner on the other. */
  departments: { added: string[]; removed: string[]; same: string[]; roles?: Array<{ name: string; left: Role; right: Role }> };
  /**
   * Indicators paired by name (the same name, else the closest: bigram Dice ≥ 0.5); `name` is "left / right" when the
   * two differ, and `changed` then holds 'name' (district names masked: 东湖区… ≡ 西山区… between two districts).
   */
  indicators: Array<{ name: string; left: IndicatorValue | null; right: IndicatorValue | null; changed: Array<keyof IndicatorValue | 'name'> }>;
  /**
   * Milestones by year; when the two plans' periods start in different years, by plan year: `slot` 1 = the
   * first year of each plan (2015 ≡ 2027 for 2015–2017 against 2027–2029), `leftYear` / `rightYear` the
   * calendar years, `year` = leftYear. `changed`: stage or text differ (district names and years in the text
   * compared as written for the plan's own district and period).
   */
  milestones: Array<{ year: number; slot?: number; leftYear?: number; rightYear?: number; changed?: boolean; left: Array<Pick<Milestone, 'stage' | 'text'>>; right: Array<Pick<Milestone, 'stage' | 'text'>> }>;
  /** Items (事项) under the two nodes that differ: only on one side, moved, or with changed fields. */
  items?: ItemDiff[];
  /** Any difference above, items included. */
  changed: boolean;
}

export type ItemField = 'heading' | 'body' | 'lead' | 'partners' | 'indicators' | 'milestones';

export interface ItemDiff {
  left: NodeRef | null;
  right: NodeRef | null;
  /** 0 = a child of the compared node, 1 = an item under such an item … */
  depth: number;
  /** Paired, but under another item or out of order among its siblings. */
  moved: boolean;
  fields: ItemField[];
  /** Word diff of "heading body" when heading or body changed. */
  text?: DiffOp[];
  /** Departments, indicators and milestones when one of them changed. */
  detail?: FieldDiff;
}

const value = (i: Indicator): IndicatorValue => ({ value: i.value, unit: i.unit, year: i.year, comparator: i.comparator });

export function fieldDiff(left: PlanNode, right: PlanNode, leftMasks: readonly string[] = [], rightMasks: readonly string[] = [], opts: FieldDiffOptions = {}): FieldDiff {
  const shift = periodShift(opts.periods);
  // departments, by key (区科委(信息委) ≡ 区科委, 公安静安分局 ≡ 区公安分局)
  const depts = (n: PlanNode, masks: readonly string[]) => {
    const m = new Map<string, { name: string; role: Role }>();
    for (const [list, role] of [[n.lead, 'lead'], [n.partners, 'partner']] as const) {
      for (const d of list) {
        const k = departmentKey(d, masks);
        if (k && !m.has(k)) m.set(k, { name: d, role });
      }
    }
    return m;
  };
  const dl = depts(left, leftMasks);
  const dr = depts(right, rightMasks);
  const roles = [...dl].filter(([k, v]) => dr.has(k) && dr.get(k)!.role !== v.role).map(([k, v]) => ({ name: v.name, left: v.role, right: dr.get(k)!.role }));
  const departments: FieldDiff['departments'] = {
    added: [...dr].filter(([k]) => !dl.has(k)).map(([, v]) => v.name),
    removed: [...dl].filter(([k]) => !dr.has(k)).map(([, v]) => v.name),
    same: [...dl].filter(([k]) => dr.has(k)).map(([, v]) => v.name),
  };
  if (roles.length) departments.roles = roles;

  // indicators, by name: exact key first, then the closest name (bigram Dice ≥ 0.5)
  const indicators: FieldDiff['indicators'] = [];
  const row = (l: Indicator, r: Indicator) => indicatorRow(l, r, shift, nameKey(l.name, leftMasks) !== nameKey(r.name, rightMasks));
  const rightLeft = right.indicators.map((i) => ({ i, k: nameKey(i.name, rightMasks), used: false }));
  const unmatched: Indicator[] = [];
  for (const li of left.indicators) {
    const k = nameKey(li.name, leftMasks);
    const hit = rightLeft.find((r) => !r.used && r.k === k);
    if (hit) {
      hit.used = true;
      indicators.push(row(li, hit.i));
    } else unmatched.push(li);
  }
  for (const li of unmatched) {
    const lb = bigrams(nameKey(li.name, leftMasks));
    let best: (typeof rightLeft)[number] | null = null;
    let bestScore = 0.5;
    for (const r of rightLeft) {
      if (r.used) continue;
      const s = dice(lb, bigrams(r.k));
      if (s >= bestScore) {
        best = r;
        bestScore = s;
      }
    }
    if (best) {
      best.used = true;
      indicators.push(row(li, best.i));
    } else indicators.push({ name: li.name, left: value(li), right: null, changed: [] });
  }
  for (const r of rightLeft) if (!r.used) indicators.push({ name: r.i.name, left: null, right: value(r.i), changed: [] });

  // milestones, by year — or by plan year when the periods start in different years
  type Cell = Pick<Milestone, 'stage' | 'text'>;
  const msSame = (l: Cell[], r: Cell[]) => l.length === r.length && l.every((m, i) => m.stage === r[i].stage && sameText(m.text, r[i].text, leftMasks, rightMasks, shift));
  const cell = (m: Milestone) => ({ stage: m.stage, text: m.text });
  let milestones: FieldDiff['milestones'];
  if (shift) {
    const slotOf = (y: number, p: Period) => y - p.start + 1;
    const slots = [...new Set([...left.milestones.map((m) => slotOf(m.year, shift.left)), ...right.milestones.map((m) => slotOf(m.year, shift.right))])].sort((a, b) => a - b);
    milestones = slots.map((slot) => {
      const l = left.milestones.filter((m) => slotOf(m.year, shift.left) === slot).map(cell);
      const r = right.milestones.filter((m) => slotOf(m.year, shift.right) === slot).map(cell);
      const leftYear = shift.left.start + slot - 1;
      return { year: leftYear, slot, leftYear, rightYear: shift.right.start + slot - 1, changed: !msSame(l, r), left: l, right: r };
    });
  } else {
    const years = [...new Set([...left.milestones, ...right.milestones].map((m) => m.year))].sort((a, b) => a - b);
    milestones = years.map((year) => {
      const l = left.milestones.filter((m) => m.year === year).map(cell);
      const r = right.milestones.filter((m) => m.year === year).map(cell);
      return { year, changed: !msSame(l, r), left: l, right: r };
    });
  }

  const out: FieldDiff = { departments, indicators, milestones, changed: false };
  const mode = opts.items ?? 'auto';
  if (mode !== false) {
    const items = itemDiffs(left, right, leftMasks, rightMasks, { ...opts, items: mode });
    if (items.length) out.items = items;
  }
  out.changed =
    departments.added.length > 0 ||
    departments.removed.length > 0 ||
    roles.length > 0 ||
    indicators.some((i) => !i.left || !i.right || i.changed.length > 0) ||
    milestones.some((m) => m.changed) ||
    (out.items?.length ?? 0) > 0;
  return out;
}

function indicatorRow(l: Indicator, r: Indicator, shift: { left: Period; right: Period } | null, renamed: boolean): FieldDiff['indicators'][number] {
  const a = value(l);
  const b = value(r);
  const sameYear = (x: number | null, y: number | null) =>
    x === y || (!!shift && x !== null && y !== null && x - shift.left.start === y - shift.right.start);
  const changed: FieldDiff['indicators'][number]['changed'] = (Object.keys(a) as Array<keyof IndicatorValue>).filter((k) => (k === 'year' ? !sameYear(a.year, b.year) : a[k] !== b[k]));
  if (renamed) changed.unshift('name');
  return { name: l.name === r.name ? l.name : `${l.name} / ${r.name}`, left: a, right: b, changed };
}

/** Items under two compared nodes that differ (left-only, right-only, moved or changed), in row order (rows.ts). */
export function itemDiffs(left: PlanNode, right: PlanNode, leftMasks: readonly string[], rightMasks: readonly string[], opts: FieldDiffOptions = {}): ItemDiff[] {
  const L = itemsUnder(left);
  const R = itemsUnder(right);
  if (!L.length && !R.length) return [];
  const pairs = matchItems(L, R, leftMasks, rightMasks, opts);
  const shift = periodShift(opts.periods);
  const rightOfLeftId = new Map([...pairs].map(([i, j]) => [L[i].node.id, R[j].node.id]));
  // moved: under another (paired) item, or outside the longest run of siblings that kept their order
  const moved = new Set<number>();
  const groups = new Map<string, Array<{ i: number; j: number }>>();
  for (const [i, j] of pairs) {
    const expected = L[i].parent === null ? null : rightOfLeftId.get(L[i].parent!) ?? '\u0000gone';
    if (expected !== R[j].parent) {
      moved.add(i);
      continue;
    }
    const g = R[j].parent ?? '';
    (groups.get(g) ?? groups.set(g, []).get(g)!).push({ i, j });
  }
  for (const list of groups.values()) {
    // in left order, the right positions that keep their order (as versions.ts, with the draft on the left)
    list.sort((a, b) => L[a.i].pos - L[b.i].pos);
    const keep = lis(list.map((x) => R[x.j].pos));
    list.forEach((x, n) => {
      if (!keep.has(n)) moved.add(x.i);
    });
  }
  const byRow = new Map<string, ItemDiff>();
  const key = (l: string | null, r: string | null) => `${l ?? ''}|${r ?? ''}`;
  for (const [i, j] of pairs) {
    const a = L[i].node;
    const b = R[j].node;
    const fields: ItemField[] = [];
    if (!sameText(a.heading, b.heading, leftMasks, rightMasks, shift)) fields.push('heading');
    if (!sameText(a.body, b.body, leftMasks, rightMasks, shift)) fields.push('body');
    const deptSet = (l: string[], masks: readonly string[]) => JSON.stringify([...new Set(l.map((d) => departmentKey(d, masks)).filter(Boolean))].sort());
    if (deptSet(a.lead, leftMasks) !== deptSet(b.lead, rightMasks)) fields.push('lead');
    if (deptSet(a.partners, leftMasks) !== deptSet(b.partners, rightMasks)) fields.push('partners');
    const detail = fieldDiff(a, b, leftMasks, rightMasks, { ...opts, items: false });
    if (detail.indicators.some((x) => !x.left || !x.right || x.changed.length)) fields.push('indicators');
    if (detail.milestones.some((m) => m.changed)) fields.push('milestones');
    if (!fields.length && !moved.has(i)) continue;
    const d: ItemDiff = { left: itemRef(a), right: itemRef(b), depth: R[j].depth, moved: moved.has(i), fields };
    if (fields.includes('heading') || fields.includes('body')) d.text = foldShiftedYears(diffTokens(tokenize(itemText(a), leftMasks), tokenize(itemText(b), rightMasks)), shift);
    if (fields.some((f) => f === 'lead' || f === 'partners' || f === 'indicators' || f === 'milestones')) d.detail = detail;
    byRow.set(key(a.id, b.id), d);
  }
  const pairedL = new Set(pairs.keys());
  const pairedR = new Set(pairs.values());
  const onlyL = new Set(L.filter((_, i) => !pairedL.has(i)).map((x) => x.node.id));
  const onlyR = new Set(R.filter((_, j) => !pairedR.has(j)).map((x) => x.node.id));
  const infoL = new Map(L.map((x) => [x.node.id, x]));
  const infoR = new Map(R.map((x) => [x.node.id, x]));
  const out: ItemDiff[] = [];
  for (const row of orderRows(L.map((x) => x.node.id), R.map((x) => x.node.id), rightOfLeftId, onlyL, onlyR)) {
    if (row.left !== null && row.right !== null) {
      const d = byRow.get(key(row.left, row.right));
      if (d) out.push(d);
    } else if (row.left !== null) {
      const x = infoL.get(row.left)!;
      out.push({ left: itemRef(x.node), right: null, depth: x.depth, moved: false, fields: [] });
    } else if (row.right !== null) {
      const x = infoR.get(row.right)!;
      out.push({ left: null, right: itemRef(x.node), depth: x.depth, moved: false, fields: [] });
    }
  }
  return out;
}
