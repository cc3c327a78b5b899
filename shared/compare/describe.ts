/**
 * A field diff as short Chinese lines for a terminal (the CLI's `compare`): departments, roles, indicators,
 * milestones (by plan year when the periods differ) and the items that differ. The compare view shows the same
 * FieldDiff as tables (renderer/src/compare/FieldDiffView.vue). Environment-free.
 */
import type { FieldDiff, IndicatorValue, ItemDiff } from './diff';

const FIELD_NAMES: Record<string, string> = {
  heading: '标题', body: '正文', lead: '牵头部门', partners: '配合部门', indicators: '指标', milestones: '年度节点',
};
const ROLE = { lead: '牵头', partner: '配合' } as const;
const SIGN: Record<string, string> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '~': '约', '=': '' };

function value(v: IndicatorValue | null): string {
  if (!v) return '—';
  const num = v.value === null ? v.unit : `${SIGN[v.comparator] ?? ''}${v.value}${v.unit}`;
  return [num, v.year ? `(${v.year})` : ''].filter(Boolean).join(' ') || '—';
}

const cells = (list: FieldDiff['milestones'][number]['left']) => (list.length ? list.map((m) => `${m.stage ? `【${m.stage}】` : ''}${m.text}`).join(';') : '—');

function itemLine(i: ItemDiff): string {
  const n = (i.left ?? i.right)!;
  const what = !i.right ? '仅左侧' : !i.left ? '仅右侧' : [i.moved ? '位置已变' : '', i.fields.map((f) => FIELD_NAMES[f] ?? f).join('、')].filter(Boolean).join(';');
  return `${'  '.repeat(i.depth)}[${what}] ${[n.number, n.heading].filter(Boolean).join(' ') || '—'}`;
}

/** Lines describing what differs (none when nothing does). */
export function describeFieldDiff(f: FieldDiff): string[] {
  const out: string[] = [];
  const d = f.departments;
  if (d.removed.length) out.push(`部门 仅左侧: ${d.removed.join('、')}`);
  if (d.added.length) out.push(`部门 仅右侧: ${d.added.join('、')}`);
  for (const r of d.roles ?? []) out.push(`部门角色: ${r.name} ${ROLE[r.left]} → ${ROLE[r.right]}`);
  for (const i of f.indicators) if (!i.left || !i.right || i.changed.length) out.push(`指标 ${i.name}: ${value(i.left)} → ${value(i.right)}`);
  for (const m of f.milestones) {
    const changed = m.changed ?? JSON.stringify(m.left) !== JSON.stringify(m.right);
    if (!changed) continue;
    const label = m.slot !== undefined ? `第${m.slot}年(${m.leftYear} / ${m.rightYear})` : `${m.year}年`;
    out.push(`年度节点 ${label}: ${cells(m.left)} → ${cells(m.right)}`);
  }
  if (f.items?.length) {
    out.push(`事项 ${f.items.length} 项有差异:`);
    for (const i of f.items) {
      out.push(`  ${itemLine(i)}`);
      if (i.detail) for (const l of describeFieldDiff({ ...i.detail, items: undefined })) out.push(`  ${'  '.repeat(i.depth)}  ${l}`);
    }
  }
  return out;
}
