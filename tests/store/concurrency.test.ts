/**
 * Concurrent writers of one plan through the core, on both storages (tests/helpers/engines.ts): what a second review
 * of the storage conversion found, each a scenario that failed before its fix —
 *   - eight reviewers commenting on one plan at once (PostgreSQL deadlocked: FOR UPDATE on the plan against the
 *     KEY SHARE lock an inserted annotation takes; now FOR NO KEY UPDATE) → all eight stored;
 *   - deleting an annotation while someone replies to it (opposite lock orders) → each call either done or not-found;
 *   - a reply acknowledged while a save re-records the annotations' anchors (the re-anchoring wrote back the copy it
 *     had read, and the reply was gone) → no acknowledged reply lost;
 *   - two admins disabling each other at once (the last-admin check ran outside the write) → one admin stays.
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { walk, type PlanDoc } from '../../shared/model/plan.js';
import type { Core } from '../../electron/core/core.js';
import { Accounts } from '../../electron/server/accounts.js';
import { ok } from '../helpers/core-call.js';
import { ENGINES, engineCore, engineMissing } from '../helpers/engines.js';
import { tempDirs } from '../helpers/temp.js';

const SEEDS_DIR = path.join(import.meta.dirname, '..', '..', 'seeds');
/** seeds/002_72028bf86ba9aa86.txt line 219 */
const QUOTE = '家庭光纤接入率达到90%以上';
const tempDir = tempDirs('pw-concurrency-');

describe.each(ENGINES)('%s', (engine) => {
  const createCore = engineCore(engine);
  describe.skipIf(engineMissing(engine))(`concurrent writers on ${engine}`, () => {
    const cores: Core[] = [];
    afterAll(() => {
      for (const c of cores.splice(0)) c.close();
    });
    const logged: string[] = [];
    async function open(): Promise<Core> {
      const c = await createCore({ dataDir: tempDir(), seedsDir: SEEDS_DIR, host: 'test', logError: (m, e) => void logged.push(`${m} ${String(e)}`) });
      cores.push(c);
      return c;
    }
    /** A draft from the 杨浦 seed and the selection of QUOTE in it. */
    async function draft(core: Core) {
      const seed = (await ok(core, 'library.list', {})).find((p) => p.district === '杨浦区')!;
      const { id } = await ok(core, 'plan.duplicate', { id: seed.id });
      const plan = await ok(core, 'plan.get', { id });
      const node = [...walk(plan.nodes)].find((w) => w.node.body.includes(QUOTE))!.node;
      const start = node.body.indexOf(QUOTE);
      return { id, nodeId: node.id, sel: { nodeId: node.id, field: 'body' as const, start, end: start + QUOTE.length, quote: QUOTE } };
    }

    it('eight comments on one plan at once are all stored, each with its history entry', async () => {
      const core = await open();
      const { id, sel } = await draft(core);
      const envs = await Promise.all(Array.from({ length: 8 }, (_, i) => core.call('review.add', { planId: id, kind: 'comment', anchor: sel, body: `意见${i}` })));
      expect(envs.filter((e) => !e.ok).map((e) => (e.ok ? '' : e.error.code))).toEqual([]);
      expect((await ok(core, 'review.list', { planId: id })).map((a) => a.body).sort()).toEqual(Array.from({ length: 8 }, (_, i) => `意见${i}`));
      const history = await ok(core, 'history.list', { planId: id });
      expect(history.filter((h) => h.kind === 'annotation').length).toBe(8);
      expect(new Set(history.map((h) => h.seq)).size).toBe(history.length);
    }, 120_000);

    it('deleting an annotation while another person replies to it: each call is done or answers not-found', async () => {
      const core = await open();
      const { id, sel } = await draft(core);
      const codes: string[] = [];
      for (let k = 0; k < 8; k++) {
        const a = await ok(core, 'review.add', { planId: id, kind: 'comment', anchor: sel, body: `将删除${k}` });
        const envs = await Promise.all([
          core.call('review.delete', { planId: id, annotationId: a.id }),
          core.call('review.reply', { planId: id, annotationId: a.id, body: '回复' }),
        ]);
        for (const e of envs) codes.push(e.ok ? 'ok' : e.error.code);
      }
      expect(codes.filter((c) => c !== 'ok' && c !== 'not-found')).toEqual([]);
      expect((await ok(core, 'review.list', { planId: id })).length).toBe(0); // every delete went through
    }, 120_000);

    it('a reply acknowledged while a save moves the quoted text is never lost', async () => {
      const core = await open();
      const { id, nodeId, sel } = await draft(core);
      let lost = 0;
      let replied = 0;
      for (let k = 0; k < 20; k++) {
        const plan = await ok(core, 'plan.get', { id });
        const node = [...walk(plan.nodes)].find((w) => w.node.id === nodeId)!.node;
        const start = node.body.indexOf(QUOTE);
        const a = await ok(core, 'review.add', { planId: id, kind: 'comment', anchor: { ...sel, start, end: start + QUOTE.length }, body: `批注${k}` });
        const { id: _i, revision, ...doc } = plan;
        const d = doc as PlanDoc;
        [...walk(d.nodes)].find((w) => w.node.id === nodeId)!.node.body = '新增' + node.body; // the quote moves: anchors are re-recorded
        const [saved, reply] = await Promise.all([
          core.call('plan.save', { id, doc: d, baseRevision: revision }),
          (async () => {
            for (let t = 0; t < k * 3; t++) await Promise.resolve(); // land at different points of the save's work
            return core.call('review.reply', { planId: id, annotationId: a.id, body: `回复${k}` });
          })(),
        ]);
        expect(saved.ok).toBe(true);
        if (!reply.ok) continue;
        replied++;
        const now = (await ok(core, 'review.list', { planId: id })).find((x) => x.id === a.id)!;
        if (!now.replies.some((r) => r.body === `回复${k}`)) lost++;
      }
      expect(replied).toBeGreaterThan(0);
      expect(lost).toBe(0);
    }, 180_000);

    it('two admins disabling each other at once leave one admin', async () => {
      const core = await open();
      const acc = new Accounts(() => core.db);
      await acc.add({ username: 'a', role: 'admin', password: 'pw-aaaaaaaaaaaa' });
      await acc.add({ username: 'b', role: 'admin', password: 'pw-bbbbbbbbbbbb' });
      const r = await Promise.allSettled([acc.update('a', { disabled: true }), acc.update('b', { disabled: true })]);
      expect(r.map((x) => x.status).sort()).toEqual(['fulfilled', 'rejected']);
      expect((r.find((x) => x.status === 'rejected') as PromiseRejectedResult).reason).toMatchObject({ code: 'invalid-state' });
      expect((await acc.list()).filter((x) => x.role === 'admin' && !x.disabled).length).toBe(1);
    }, 60_000);
  });
});
