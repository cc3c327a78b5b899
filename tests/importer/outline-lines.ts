/**
 * An imported outline as lines, for the general-rules tests: one line per node, "kind number|heading" indented two
 * spaces a level, and the departments of every node that names any, "number lead、lead|partner、partner" — what the
 * tests compare with the outline written by reading their documents.
 */
type OutlineNode = { kind: string; number: string; heading: string; children: OutlineNode[] };
type RolesNode = { number: string; lead: string[]; partners: string[]; children: RolesNode[] };

export const outline = (ns: OutlineNode[], d = 0): string[] => ns.flatMap((n) => [`${'  '.repeat(d)}${n.kind} ${n.number}|${n.heading}`, ...outline(n.children, d + 1)]);
export const roles = (ns: RolesNode[]): string[] => ns.flatMap((n) => (n.lead.length || n.partners.length ? [`${n.number} ${n.lead.join('、')}|${n.partners.join('、')}`] : []).concat(roles(n.children)));
