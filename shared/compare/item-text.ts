/** An item's compared text, shared by the item pairing (items.ts) and the lines a plan's stored tokens cover (prepare.ts). */
import type { PlanNode } from '../model/plan';
import { readFieldLine } from '../importer/public';

/**
 * An item's text as paired and word-diffed: its heading and body, less the body's field lines (牵头单位：…, 年度节点：…,
 * 指标：…) — those are its fields, diffed as fields: an item whose document states its departments in such a line (a
 * Word file without annexes, Markdown, a planner's own) is the item that holds them in the form.
 */
export const itemText = (n: PlanNode) => {
  const body = n.body.indexOf('：') < 0 && n.body.indexOf(':') < 0 ? n.body : n.body.split('\n').filter((l) => !readFieldLine(l)).join('\n');
  return [n.heading, body].filter(Boolean).join(' ');
};
