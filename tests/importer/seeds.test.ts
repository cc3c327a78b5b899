/**
 * Each reference plan imports with the structure it really has. Expected values come from tests/seeds/expected.ts,
 * counted by hand from the documents (see the comments there and docs/seed-structure.md), not from the importer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import { PlanDoc, walk, type PlanNode } from '../../shared/model/plan';
import { EXPECTED } from '../seeds/expected';

const SEEDS = join(__dirname, '..', '..', 'seeds');
const norm = (s: string) => s.replace(/[\s:：。]/g, '').replace(/（/g, '(').replace(/）/g, ')');
const nodesOf = (doc: PlanDoc, kind?: PlanNode['kind']) => [...walk(doc.nodes)].map((x) => x.node).filter((n) => !kind || n.kind === kind);
const byNumber = (doc: PlanDoc, number: string) => nodesOf(doc).find((n) => n.kind === 'task' && norm(n.number) === norm(number));

for (const [file, exp] of Object.entries(EXPECTED)) {
  describe(`${file} ${exp.label}`, () => {
    const doc = importText(readFileSync(join(SEEDS, file), 'utf8'), file);

    it('is a valid plan-workbench/v1 document', () => {
      expect(PlanDoc.safeParse(doc).success).toBe(true);
    });

    it('reads the metadata', () => {
      const m = doc.meta;
      expect([exp.meta.title, ...(exp.meta.titleAlt ?? [])].map(norm)).toContain(norm(m.title));
      expect(m.district).toBe(exp.meta.district);
      expect(m.city).toBe(exp.meta.city);
      expect(m.period).toEqual(exp.meta.period);
      expect(m.issuer).toBe(exp.meta.issuer);
      expect(m.docNumber).toBe(exp.meta.docNumber);
      expect(m.addressees).toEqual(exp.meta.addressees);
      if (exp.meta.issuedOnUncertain) {
        // flagged, never taken silently: the report names the raw text
        expect(doc.report!.uncertain.some((u) => u.field === 'issuedOn' && u.raw === exp.meta.issuedOnRaw)).toBe(true);
        if (exp.meta.issuedOn) expect(m.issuedOn).toBe(exp.meta.issuedOn);
        // a month-only date stays a month (yyyy-mm) or is left empty; it never gets an invented day
        else expect(m.issuedOn === null || /^\d{4}-\d{2}$/.test(m.issuedOn)).toBe(true);
      } else {
        expect(m.issuedOn).toBe(exp.meta.issuedOn);
      }
    });

    it('finds the parts, sections, actions, tasks and appendices', () => {
      for (const kind of ['part', 'section', 'action', 'task', 'appendix'] as const) {
        const got = nodesOf(doc, kind).length;
        const ok = [exp.counts[kind], ...(exp.countsAlt?.[kind] ?? [])];
        expect(ok, `${kind}: found ${got}`).toContain(got);
      }
      // a heading keeps what was written after it, e.g. "信息基础设施建设(4项重点任务、21个具体事项)"
      const heads = (list: PlanNode[]) => list.map((n) => norm(n.number) + '|' + norm(n.heading).replace(/\([0-9]+项[^()]*\)$/, ''));
      const want = (list: { number: string; heading: string }[]) => list.map((h) => norm(h.number) + '|' + norm(h.heading));
      expect(heads(nodesOf(doc, 'part'))).toEqual(want(exp.parts));
      expect(heads(nodesOf(doc, 'action'))).toEqual(want(exp.actions));
      expect(heads(nodesOf(doc, 'task'))).toEqual(want(exp.tasks));
    });

    it('nests items under their tasks', () => {
      const items = nodesOf(doc, 'task').reduce((k, t) => k + t.children.filter((c) => c.kind === 'item').length, 0);
      expect([exp.counts.item, ...(exp.countsAlt?.item ?? [])], `items under tasks: ${items}`).toContain(items);
      // every action holds only tasks (and items of its own introduction)
      for (const a of nodesOf(doc, 'action')) for (const c of a.children) expect(['task', 'item']).toContain(c.kind);
    });

    it('checks the counts the text declares', () => {
      const r = doc.report!;
      for (const d of exp.declared) {
        const mismatch = r.warnings.filter((w) => w.code === 'count-mismatch' && w.line === d.line);
        // the warning quotes the declaration, which starts with its number: “4项重点任务”
        const about = mismatch.filter((w) => w.message.includes(`“${d.declared}`) || w.message.includes(`“${d.text}`));
        if (d.matches) expect(about, d.text).toHaveLength(0);
        else expect(about.length, `${d.text} should be reported at line ${d.line}`).toBeGreaterThan(0);
      }
      if (exp.truncated) expect(r.warnings.some((w) => w.code === 'count-mismatch')).toBe(true);
    });

    it('attaches departments to their tasks', () => {
      for (const s of exp.deptSamples.filter((x) => x.kind === 'task')) {
        const t = byNumber(doc, s.number);
        expect(t, s.number).toBeDefined();
        const leadOk = [s.lead, ...(s.leadAlt ? [s.leadAlt] : [])].some((l) => l.every((x) => t!.lead.includes(x)));
        expect(leadOk, `${s.number} lead ${t!.lead.join('/')} should include ${s.lead.join('/')}`).toBe(true);
        for (const p of s.partners) expect([...t!.partners, ...t!.lead], `${s.number} partner ${p}`).toContain(p);
      }
    });

    it('reads the indicators with value, unit, comparator and year', () => {
      for (const s of exp.indicatorSamples) {
        const owners = nodesOf(doc).filter((n) => norm(n.heading) === norm(s.owner) || norm(n.heading).includes(norm(s.owner)));
        const all = owners.flatMap((o) => [o, ...[...walk(o.children)].map((x) => x.node)]).flatMap((n) => n.indicators);
        const hit = all.find((i) => i.value === s.value && i.unit === s.unit && (i.name.includes(s.name) || s.name.includes(i.name)));
        expect(hit, `${s.owner}: ${s.name} ${s.value}${s.unit} (line ${s.line})`).toBeDefined();
        expect(hit!.comparator, `${s.name} comparator`).toBe(s.comparator);
        expect(hit!.year, `${s.name} year`).toBe(s.year);
      }
    });

    it('turns the task table into milestones of the matching tasks', () => {
      const all = nodesOf(doc, 'task').flatMap((t) => t.milestones);
      expect(all.length).toBe(exp.milestoneTotal);
      for (const s of exp.milestoneSamples) {
        const t = byNumber(doc, s.number);
        expect(t?.heading, s.number).toBe(s.task);
        const hit = t!.milestones.find((m) => m.year === s.year && m.text.includes(s.text));
        expect(hit, `${s.task} ${s.year} ${s.text}`).toBeDefined();
        expect(hit!.stage).toBe(s.stage);
      }
    });

    it('removes web chrome and says so', () => {
      const removed = new Set(doc.report!.removed.map((r) => r.line));
      for (const c of exp.chrome) expect(removed.has(c.line), `line ${c.line} ${c.text}`).toBe(true);
      const kept = JSON.stringify(doc.nodes);
      for (const c of exp.chrome) if (c.text.length > 4) expect(kept.includes(c.text)).toBe(false);
    });
  });
}
