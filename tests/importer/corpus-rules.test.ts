/**
 * One numbering or cleaning rule at a time (tests/corpus/rules.ts): a few lines of plan text → the expected outline.
 * The same comparison as the style corpus (tests/corpus/compare.ts); a failing case prints its outline diff.
 */
import { describe, expect, it } from 'vitest';
import { importFile, importText } from '../../shared/importer/index';
import { walk, type PlanDoc } from '../../shared/model/plan';
import { actualLines, foldWidth, normHeading, normItem, normNumber, outlineDiff, parseOutline, squeeze, squeezeLine } from '../corpus/compare';
import { RULES, type RuleCase } from '../corpus/rules';

async function importCase(c: RuleCase): Promise<PlanDoc> {
  const file = c.file ?? 'rule.txt';
  if (file.endsWith('.md')) return importFile({ bytes: new TextEncoder().encode(c.text), fileName: file });
  return importText(c.text, file);
}

describe('rule cases are well formed', () => {
  it('every expected heading, number and item is in the case text; absent strings too', () => {
    for (const c of RULES) {
      const flat = squeeze(foldWidth(c.text));
      for (const l of parseOutline(c.outline)) {
        if (l.kind === 'item') expect(normItem(c.text), `${c.rule}: item ${l.text}`).toContain(normItem(l.text));
        else expect(flat, `${c.rule}: heading ${l.text}`).toContain(normHeading(l.text));
        expect(flat, `${c.rule}: number ${l.number}`).toContain(normNumber(l.number));
      }
      for (const s of c.absent ?? []) expect(c.text, `${c.rule}: absent ${s}`).toContain(s);
    }
  });
});

describe('one rule at a time', () => {
  for (const c of RULES) {
    it(c.rule, async () => {
      const plan = await importCase(c);
      const d = outlineDiff(parseOutline(c.outline), actualLines(plan.nodes));
      if (!d.same) console.log(`\n${c.rule}\n${d.text}\n`);
      const problems: string[] = d.same ? [] : [`outline: ${d.firstProblem}`];
      const codes = (plan.report?.warnings ?? []).map((w) => w.code);
      for (const w of c.warnings ?? []) if (!codes.includes(w)) problems.push(`no warning ${w} (got: ${codes.join(', ') || 'none'})`);
      const nodes = [...walk(plan.nodes)].map((x) => x.node);
      const texts = [plan.meta.preamble, plan.meta.notice, ...nodes.flatMap((n) => [n.heading, n.body])];
      for (const s of c.absent ?? []) if (texts.some((t) => t.includes(s) || squeeze(t).includes(squeeze(s)))) problems.push(`"${s}" is still in the plan`);
      const nodeTexts = nodes.flatMap((n) => [n.heading, n.body]).map(squeezeLine);
      for (const s of c.present ?? []) if (!nodeTexts.some((t) => t.includes(squeezeLine(s)))) problems.push(`"${s}" not found whole`);
      expect(problems).toEqual([]);
    });
  }
});
