/**
 * What a text export (Word, Markdown) of a plan must give back on import, as the round-trip property compares it
 * (tests/export/roundtrip-property.test.ts): the metadata (title, 文号, 主送机关, 发文机关, period, 通知), the outline
 * (depth, kind, heading — an item's text —, no annexes) and every node's departments, indicators (name, value, unit,
 * comparator, year) and milestones (year, stage, text), with the style corpus's normalisation (tests/corpus/compare.ts).
 */
import { walk, type PlanDoc, type PlanNode } from '../../shared/model/plan';
import type { FieldDiff } from '../../shared/compare/index';
import { splitFieldLines } from '../../shared/importer/fieldlines';
import { foldWidth, normHeading, normItem, normName, normUnit } from '../corpus/compare';

/** The node's own text (heading, body) without the field lines the importer keeps in the body. */
const ownText = (n: PlanNode) => [n.heading, splitFieldLines(n.body).text.join('')].join('');

/** The outline as the exports can give it back: depth, kind and heading (an item: its text), no annexes. */
function outline(d: PlanDoc): { line: string; node: PlanNode }[] {
  return [...walk(d.nodes)].filter((w) => w.node.kind !== 'appendix' && !w.path.some((p) => p.kind === 'appendix'))
    .map((w) => ({ node: w.node, line: `${w.path.length}|${w.node.kind}|${w.node.kind === 'item' ? normItem(ownText(w.node)) : normHeading(w.node.heading)}` }));
}

/**
 * A department as compared: the corpus round trips' normalisation (width folded, 等 dropped), and a role mark
 * typed with the name (区科委（牵头）) dropped — the mark is the role, which the importer reads into the field (it is
 * compared by the field the name comes back in), not part of the name.
 */
const dept = (x: string) => normName(x).replace(/\((?:牵头|配合)\)$/, '');

/** A node's fields in a comparable form (the corpus round trips' normalisation: width folded, 等 dropped). */
function fieldsOf(n: PlanNode): string[] {
  return [
    ...n.lead.map((x) => `牵头:${dept(x)}`).sort(),
    ...n.partners.map((x) => `配合:${dept(x)}`).sort(),
    ...n.indicators.map((i) => `指标:${normItem(i.name)}|${i.value}|${normUnit(i.unit)}|${i.comparator}|${i.year}`).sort(),
    ...[...new Set(n.milestones.map((m) => `节点:${m.year}|${m.stage ?? ''}|${normItem(m.text)}`))].sort(),
  ];
}

/**
 * The 通知 as compared: its paragraphs, punctuation folded, less a first paragraph that is its title (关于印发…的通知):
 * both exports print the notice under that title (the notice's own first line, else 关于印发<title>的通知) and the
 * import keeps the title it read as the notice's first line.
 */
const noticeOf = (d: PlanDoc) => d.meta.notice.split('\n').map((p) => p.trim()).filter(Boolean)
  .filter((p, i) => !(i === 0 && /^关于.{2,}的通知$/.test(p))).map(normItem);

/** The plan's text between its title and its first heading, paragraph by paragraph, punctuation folded. */
const preambleOf = (d: PlanDoc) => d.meta.preamble.split('\n').map((p) => p.trim()).filter(Boolean).map(normItem);

/**
 * Every field of the metadata an export prints: the title, 文号, 签发人, 主送机关, 发文机关, period, 成文日期, 印发日期, 通知
 * and preamble (district and city are printed only inside the office's name and the title: the export dialog names them
 * when an import would not give them back, tests/tools/roundtrip-all.ts checks that).
 */
const META = ['title', 'docNumber', 'signer', 'addressees', 'issuer', 'period', 'issuedOn', 'printedOn', 'notice', 'preamble'] as const;
export type MetaField = (typeof META)[number];
/** What plain Word (no cover) does not print: the cover's 文号 and 签发人, 主送机关, 发文机关, 成文日期, 通知 and 版记 (印发日期). */
export const NOT_IN_PLAIN_WORD: readonly MetaField[] = ['docNumber', 'signer', 'addressees', 'issuer', 'issuedOn', 'printedOn', 'notice'];
const metaOf = (d: PlanDoc) => ({
  title: normItem(d.meta.title), docNumber: d.meta.docNumber && foldWidth(d.meta.docNumber), signer: d.meta.signer?.trim() || null, addressees: d.meta.addressees.map(normItem),
  issuer: d.meta.issuer, period: d.meta.period, issuedOn: d.meta.issuedOn,
  // (a 印发日期 equal to the 成文日期 is none: the 版记 prints the 成文日期 when no 印发日期 is entered)
  printedOn: d.meta.printedOn && d.meta.printedOn !== d.meta.issuedOn ? d.meta.printedOn : null, notice: noticeOf(d), preamble: preambleOf(d),
});

/** Everything a text export loses of `a` in `b`: outline lines, fields of every node, metadata — one line each. */
export function lost(a: PlanDoc, b: PlanDoc, opts: { skipMeta?: readonly (typeof META)[number][] } = {}): string[] {
  const out: string[] = [];
  const ma = metaOf(a);
  const mb = metaOf(b);
  for (const k of META) if (!opts.skipMeta?.includes(k) && JSON.stringify(ma[k]) !== JSON.stringify(mb[k])) out.push(`meta.${k}: ${JSON.stringify(ma[k])} → ${JSON.stringify(mb[k])}`);
  // the annexes the exports generate (主要任务分解表, 主要指标表) are read back into the nodes, not kept as annexes:
  // kept, a second export would print them twice
  // (their titles as an item's text is compared, punctuation folded: the exports print a title's brackets and dashes as a 公文
  // does, "(2014-2016)" as "（2014—2016）")
  const annexes = (d: PlanDoc) => d.nodes.filter((n) => n.kind === 'appendix').map((n) => normItem(n.heading));
  if (JSON.stringify(annexes(a)) !== JSON.stringify(annexes(b))) out.push(`annexes: ${JSON.stringify(annexes(a))} → ${JSON.stringify(annexes(b))}`);
  const A = outline(a);
  const B = outline(b);
  const shapeA = A.map((x) => x.line);
  const shapeB = B.map((x) => x.line);
  if (JSON.stringify(shapeA) !== JSON.stringify(shapeB)) {
    out.push(`outline:\n  ${shapeA.join('\n  ')}\n→\n  ${shapeB.join('\n  ')}`);
    return out;
  }
  A.forEach((x, i) => {
    const fa = fieldsOf(x.node);
    const fb = fieldsOf(B[i].node);
    if (JSON.stringify(fa) !== JSON.stringify(fb)) out.push(`${x.line}: ${JSON.stringify(fa)} → ${JSON.stringify(fb)}`);
  });
  return out;
}


/**
 * What the diff (shared/compare) of a pair reports changed in the fields — departments (added, removed, role),
 * indicators, milestones, and the same of the items under the pair —, one line each. Not the text: a point written
 * "（1）推进…。" comes back with its first sentence as its heading (the importer's reading), which the diff shows as a
 * text change of the item, not of a field.
 */
export function fieldChanges(f: FieldDiff, at = ''): string[] {
  const out: string[] = [];
  const d = f.departments;
  if (d.added.length || d.removed.length) out.push(`${at}departments +${d.added.join('、')} -${d.removed.join('、')}`);
  for (const r of d.roles ?? []) out.push(`${at}role ${r.name}: ${r.left} → ${r.right}`);
  for (const i of f.indicators) if (!i.left || !i.right || i.changed.length) out.push(`${at}indicator ${i.name}: ${JSON.stringify(i.left)} → ${JSON.stringify(i.right)}`);
  for (const m of f.milestones) if (m.changed || m.left.length !== m.right.length) out.push(`${at}milestones ${m.year}: ${JSON.stringify(m.left)} → ${JSON.stringify(m.right)}`);
  for (const it of f.items ?? []) {
    const where = `${at}item “${(it.left?.heading ?? it.right?.heading ?? '').slice(0, 16)}” `;
    if (!it.left || !it.right) out.push(`${where}only on one side`);
    else if (it.detail) out.push(...fieldChanges(it.detail, where));
  }
  return out;
}
