/** Version compare on scripted edits (move, change, delete, add) reports exactly those; snapshots through the core. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../shared/compare/versions';
import { walk, type PlanDoc, type PlanNode } from '../../shared/model/plan';
import { createCore } from '../../electron/core/core';
import { JINGAN_2014, YANGPU_2015 } from './labels';
import { resolveTask, seedDoc } from './score';
import { tempDirs } from '../helpers/temp.js';
import { ok } from '../helpers/core-call.js';
import { ENGINES, engineCore, engineMissing } from '../helpers/engines.js';

// Every test below runs on both storages of the core (tests/helpers/engines.ts).
describe.each(ENGINES)('%s', (engine) => {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- shadows the core's createCore for this engine
  const createCore = engineCore(engine);
  describe.skipIf(engineMissing(engine))(`on ${engine}`, () => {
    const clone = (d: PlanDoc): PlanDoc => structuredClone(d);
    const find = (d: PlanDoc, id: string): { node: PlanNode; parent: PlanNode[] } => {
      for (const { node, path: p } of walk(d.nodes)) if (node.id === id) return { node, parent: p.length ? p[p.length - 1].children : d.nodes };
      throw new Error(id);
    };

    describe('compareVersions on scripted edits', () => {
      const base = seedDoc(JINGAN_2014);
      const yl = resolveTask(base, '重点专项9 智慧养老服务');
      const ty = resolveTask(base, '重点专项10 智慧体育服务');
      const sw = resolveTask(base, '重点专项13 智慧商务');
      const kd = resolveTask(base, '重点专项17 宽带城市深化');

      it('no edit: nothing to report', () => {
        const d = compareVersions(base, clone(base));
        expect(d.stats).toMatchObject({ added: 0, removed: 0, moved: 0, changed: 0, matchedBy: 'id' });
      });

      it('move, change, delete, add — exactly those', () => {
        const next = clone(base);
        // move 智慧养老服务 to the end of 行动三 (another parent)
        const m = find(next, yl);
        m.parent.splice(m.parent.indexOf(m.node), 1);
        const target = find(next, sw).parent;
        target.push(m.node);
        // change the heading and lead of 宽带城市深化
        const k = find(next, kd).node;
        k.heading = '宽带城市全面深化';
        k.lead = ['区科委', '区经委'];
        // delete 智慧体育服务 (and its items)
        const t = find(next, ty);
        const deleted = [...walk([t.node])].map((x) => x.node.id);
        t.parent.splice(t.parent.indexOf(t.node), 1);
        // add a task at the start of 行动四
        const added: PlanNode = { ...t.node, id: 'new-task', heading: '5G 网络', body: '', children: [], lead: [], partners: [] };
        find(next, kd).parent.unshift(added);

        const d = compareVersions(base, next);
        expect(d.moved.map((x) => x.node.id)).toEqual([yl]);
        expect(d.moved[0].from.parentId).not.toBe(d.moved[0].to.parentId);
        expect(d.changed.map((x) => [x.node.id, x.fields])).toEqual([[kd, ['heading', 'lead']]]);
        expect(d.changed[0].heading).toEqual([
          { op: 'equal', text: '宽带城市' },
          { op: 'insert', text: '全面' },
          { op: 'equal', text: '深化' },
        ]);
        expect(d.changed[0].detail!.departments.added).toEqual(['区经委']);
        expect(d.removed.map((x) => x.node.id)).toEqual(deleted);
        expect(d.added.map((x) => x.node.id)).toEqual(['new-task']);
        // siblings after an insertion or deletion are not "moved"
        expect(d.stats.moved).toBe(1);
      });

      it('reordering siblings moves only the one that left its place', () => {
        const next = clone(base);
        const m = find(next, yl);
        const i = m.parent.indexOf(m.node);
        m.parent.splice(i, 1);
        m.parent.unshift(m.node);
        const d = compareVersions(base, next);
        expect(d.moved.map((x) => x.node.id)).toEqual([yl]);
        expect(d.stats).toMatchObject({ added: 0, removed: 0, changed: 0 });
      });
    });

    const tempDir = tempDirs('pw-ver-');

    describe('snapshots and compare through the core', () => {
      it('auto snapshot before the first save, named snapshots, status change; compare.versions and basedOn; pins stored per pair', async () => {
        const dir = tempDir();
        const core = await createCore({ dataDir: dir, seedsDir: path.join(import.meta.dirname, '..', '..', 'seeds'), host: 'test', logError: () => {} });
        try {
          const list = await core.db.plans.listPlans();
          const ja = list.find((p) => p.district === '静安区' && p.period?.start === 2014)!.id;
          const yp = list.find((p) => p.district === '杨浦区')!.id;
          const { id } = await ok(core, 'plan.duplicate', { id: ja });
          expect(await ok(core, 'versions.list', { planId: id })).toEqual([]);

          const v1 = await ok(core, 'versions.create', { planId: id, name: '初稿' });
          expect(v1).toMatchObject({ versionId: 1, kind: 'named', name: '初稿' });

          const plan = await ok(core, 'plan.get', { id });
          const { revision, id: _id, ...doc } = plan;
          const kd = resolveTask(doc, '重点专项17 宽带城市深化');
          const edited = clone(doc);
          find(edited, kd).node.heading = '宽带城市全面深化';
          await ok(core, 'plan.save', { id, doc: edited, baseRevision: revision });
          // a snapshot was made a moment ago (v1), so this save makes none
          expect((await ok(core, 'versions.list', { planId: id })).map((v) => v.versionId)).toEqual([1]);

          await ok(core, 'plan.setStatus', { id, status: 'review' });
          const vs = await ok(core, 'versions.list', { planId: id });
          expect(vs.map((v) => [v.versionId, v.kind, v.reason, v.status])).toEqual([
            [2, 'auto', 'status:draft→review', 'review'],
            [1, 'named', 'named', 'draft'],
          ]);

          const d = await ok(core, 'compare.versions', { planId: id, fromVersionId: 1, toVersionId: 'current' });
          expect(d.changed.map((c) => [c.node.id, c.fields])).toEqual([[kd, ['heading']]]);
          expect(d.stats).toMatchObject({ added: 0, removed: 0, moved: 0, changed: 1 });
          const got = await ok(core, 'versions.get', { planId: id, versionId: 1 });
          expect(find(got.doc, kd).node.heading).toBe('宽带城市深化');

          // a plan made from a template: compared with the template by content (new ids), only real edits show
          const { id: fromTpl } = await ok(core, 'plan.createFromTemplate', { templateId: ja, district: '虹口区', period: { start: 2027, end: 2029 }, mode: 'full' });
          const t = await ok(core, 'compare.versions', { planId: fromTpl, fromVersionId: 'basedOn', toVersionId: 'current' });
          expect(t.stats.matchedBy).toBe('content');
          expect(t.stats.added + t.stats.removed).toBeLessThanOrEqual(2);
          expect(t.stats.unchanged).toBeGreaterThan(40);

          // pins stored per pair and used when none are given
          const L = await core.db.plans.getPlan(ja);
          const R = await core.db.plans.getPlan(yp);
          const pin = { left: resolveTask(L, '重点专项9 智慧养老服务'), right: resolveTask(R, '重点任务15 智慧健康'), mode: 'pin' as const };
          await ok(core, 'compare.pins.set', { leftId: ja, rightId: yp, pins: [pin] });
          const c = await ok(core, 'compare.plans', { leftId: ja, rightId: yp });
          expect(c.pins).toEqual([pin]);
          expect(c.pairs.find((p) => p.left.id === pin.left)).toMatchObject({ right: { heading: '智慧健康' }, pinned: true });
          const free = await ok(core, 'compare.plans', { leftId: ja, rightId: yp, pins: [] });
          expect(free.pairs.find((p) => p.left.id === pin.left)?.right.heading).toBe('智慧养老');

          // the library-wide view: 静安 2014's closest plans
          const s = await ok(core, 'compare.similar', { planId: ja });
          expect(s.tasks.length).toBe(22);
          expect(s.plans[0].planId).not.toBe(ja);
          const ylTask = s.tasks.find((x) => x.node.heading === '智慧养老服务')!;
          expect(ylTask.matches.some((m) => m.heading.includes('养老'))).toBe(true);
        } finally {
          core.close();
        }
      });
    });
  });
});
