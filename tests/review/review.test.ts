/**
 * Review through the core (every call validated, as the app makes it), on a draft made from the 杨浦 seed:
 * annotations that follow edits, suggestions accepted into the text, review rounds, review packages carried
 * to a second library and back, and the history with restore.
 * Quoted text: seeds/002_72028bf86ba9aa86.txt line 219 ("…家庭光纤接入率达到90%以上、家庭光纤用户平均互联网接入带宽达到40兆比特/秒。").
 */
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { StoredPlan } from '../../shared/api/contract.js';
import { walk, type PlanDoc, type PlanNode } from '../../shared/model/plan.js';
import { createCore, type Core } from '../../electron/core/core.js';
import { fails, ok } from '../helpers/core-call.js';
import { localDay } from '../../shared/export/filename.js';
import { tempDirs } from '../helpers/temp.js';
import { ENGINES, engineCore, engineMissing } from '../helpers/engines.js';

// Every test below runs on both storages of the core (tests/helpers/engines.ts).
describe.each(ENGINES)('%s', (engine) => {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- shadows the core's createCore for this engine
  const createCore = engineCore(engine);
  describe.skipIf(engineMissing(engine))(`on ${engine}`, () => {
    const SEEDS_DIR = path.join(import.meta.dirname, '..', '..', 'seeds');
    const QUOTE = '家庭光纤接入率达到90%以上';

    const tempDir = tempDirs('pw-review-');
    const cores: Core[] = [];
    afterAll(() => {
      for (const c of cores.splice(0)) c.close();
    });
    async function open(dataDir = tempDir()): Promise<Core> {
      const c = await createCore({ dataDir, seedsDir: SEEDS_DIR, host: 'test', logError: (m, e) => { throw new Error(`${m} ${String(e)}`); } });
      cores.push(c);
      return c;
    }
    const docOf = (p: StoredPlan): PlanDoc => {
      const { id: _id, revision: _r, ...doc } = p;
      return doc;
    };
    const nodeIn = (d: PlanDoc, id: string): PlanNode => [...walk(d.nodes)].find((w) => w.node.id === id)!.node;

    /** A draft from the 杨浦 seed (same node ids as the seed), its node holding QUOTE, and the selection of QUOTE. */
    async function draft(core: Core) {
      const seed = (await ok(core, 'library.list', {})).find((p) => p.district === '杨浦区')!;
      const { id } = await ok(core, 'plan.duplicate', { id: seed.id });
      const plan = await ok(core, 'plan.get', { id });
      const node = [...walk(plan.nodes)].find((w) => w.node.body.includes(QUOTE))!.node;
      const start = node.body.indexOf(QUOTE);
      return { id, plan, node, sel: { nodeId: node.id, field: 'body' as const, start, end: start + QUOTE.length, quote: QUOTE } };
    }
    async function save(core: Core, id: string, f: (d: PlanDoc) => void) {
      const cur = await ok(core, 'plan.get', { id });
      const d = docOf(cur);
      f(d);
      return ok(core, 'plan.save', { id, doc: d, baseRevision: cur.revision });
    }

    describe('annotations', () => {
      let core: Core;
      beforeEach(async () => {
        core = await open();
        await ok(core, 'prefs.set', { identity: { name: '王审核', department: '区发展改革委' } });
      });

      it('signs with the identity from the preferences; threads, resolve and reopen', async () => {
        expect(await ok(core, 'prefs.get', {})).toEqual({ identity: { name: '王审核', department: '区发展改革委' } });
        const { id, sel } = await draft(core);
        const a = await ok(core, 'review.add', { planId: id, kind: 'comment', anchor: sel, body: '90%的依据是什么?' });
        expect(a).toMatchObject({ author: { name: '王审核', department: '区发展改革委' }, status: 'open', kind: 'comment', resolved: { state: 'ok', text: QUOTE } });
        await ok(core, 'prefs.set', { identity: { name: '李科长', department: '区科委' } });
        const r = await ok(core, 'review.reply', { planId: id, annotationId: a.id, body: '依据市里的三年计划' });
        expect(r.replies.map((x) => [x.author.name, x.body])).toEqual([['李科长', '依据市里的三年计划']]);
        const done = await ok(core, 'review.setStatus', { planId: id, annotationId: a.id, status: 'resolved' });
        expect(done).toMatchObject({ status: 'resolved', closedBy: { name: '李科长' } });
        const again = await ok(core, 'review.setStatus', { planId: id, annotationId: a.id, status: 'open' });
        expect(again).toMatchObject({ status: 'open', closedBy: null });
        // a comment cannot be 'rejected'; empty comments and unknown annotations are refused
        expect((await fails(core, 'review.setStatus', { planId: id, annotationId: a.id, status: 'rejected' })).code).toBe('invalid-input');
        expect((await fails(core, 'review.add', { planId: id, kind: 'comment', anchor: sel, body: '  ' })).code).toBe('invalid-input');
        expect((await fails(core, 'review.reply', { planId: id, annotationId: 'a_missing', body: 'x' })).code).toBe('not-found');
      });

      it('anchors follow autosaves: insert before → moved and re-recorded; the quote deleted → orphaned, still listed', async () => {
        const { id, node, sel } = await draft(core);
        const a = await ok(core, 'review.add', { planId: id, kind: 'comment', anchor: sel, body: '请核实' });
        const added = '(新增一段说明。)\n'; // 10 characters
        await save(core, id, (d) => { nodeIn(d, node.id).body = added + nodeIn(d, node.id).body; });
        const [after] = await ok(core, 'review.list', { planId: id });
        expect(after.resolved).toMatchObject({ state: 'ok', nodeId: node.id, start: sel.start + 10, text: QUOTE });
        expect(after.anchor.start).toBe(sel.start + 10); // re-recorded by the save
        await save(core, id, (d) => { nodeIn(d, node.id).body = nodeIn(d, node.id).body.replace(QUOTE, ''); });
        const list = await ok(core, 'review.list', { planId: id });
        expect(list).toHaveLength(1);
        expect(list[0]).toMatchObject({ id: a.id, body: '请核实', resolved: { state: 'orphaned' }, anchor: { quote: QUOTE } });
      });

      it('a suggestion accepted replaces the range in the plan (new revision, in the history); a stale revision changes nothing', async () => {
        const { id, node, sel } = await draft(core);
        const s = await ok(core, 'review.add', { planId: id, kind: 'suggestion', anchor: sel, body: '与市级目标一致', replacement: '家庭光纤接入率达到95%以上' });
        const before = await ok(core, 'plan.get', { id });
        const stale = await fails(core, 'review.accept', { planId: id, annotationId: s.id, baseRevision: before.revision - 1 });
        expect(stale.code).toBe('conflict');
        expect((await ok(core, 'plan.get', { id })).revision).toBe(before.revision);
        const { revision, annotation } = await ok(core, 'review.accept', { planId: id, annotationId: s.id, baseRevision: before.revision });
        expect(revision).toBe(before.revision + 1);
        const after = await ok(core, 'plan.get', { id });
        const body = nodeIn(docOf(after), node.id).body;
        expect(body).toContain('家庭光纤接入率达到95%以上、家庭光纤用户平均');
        expect(body).not.toContain(QUOTE);
        expect(annotation).toMatchObject({ status: 'accepted', original: QUOTE, closedBy: { name: '王审核' }, resolved: { state: 'ok', text: '家庭光纤接入率达到95%以上' } });
        const [entry] = await ok(core, 'history.list', { planId: id, nodeId: node.id });
        expect(entry).toMatchObject({ kind: 'accept', actor: { name: '王审核' }, revision: after.revision });
        expect(entry.changes[0]).toMatchObject({ nodeId: node.id, change: 'changed', fields: ['body'] });
        // accepted once only
        expect((await fails(core, 'review.accept', { planId: id, annotationId: s.id, baseRevision: after.revision })).code).toBe('invalid-state');
      });

      it('a suggestion whose text was edited meanwhile cannot be accepted; one rejected stays listed as rejected', async () => {
        const { id, node, sel } = await draft(core);
        const s = await ok(core, 'review.add', { planId: id, kind: 'suggestion', anchor: sel, body: '', replacement: '达到95%' });
        await save(core, id, (d) => { nodeIn(d, node.id).body = nodeIn(d, node.id).body.replace(QUOTE, '家庭光纤接入率达到92%以上'); });
        const rev = (await ok(core, 'plan.get', { id })).revision;
        expect((await fails(core, 'review.accept', { planId: id, annotationId: s.id, baseRevision: rev })).code).toBe('anchor-changed');
        expect((await ok(core, 'plan.get', { id })).revision).toBe(rev);
        await ok(core, 'review.setStatus', { planId: id, annotationId: s.id, status: 'rejected' });
        expect((await ok(core, 'review.list', { planId: id }))[0]).toMatchObject({ status: 'rejected', resolved: { state: 'changed', text: '家庭光纤接入率达到92%以上' } });
      });
    });

    describe('review rounds', () => {
      it('submit: under review, a snapshot, annotations of the round; changes since the round by version; close', async () => {
        const core = await open();
        const { id, node, sel } = await draft(core);
        const round = await ok(core, 'review.submit', { planId: id });
        expect(round).toMatchObject({ round: 1, name: '第1轮审阅', closedAt: null });
        expect((await ok(core, 'plan.get', { id })).meta.status).toBe('review');
        const version = (await ok(core, 'versions.list', { planId: id })).find((v) => v.versionId === round.versionId)!;
        expect(version.reason).toBe('review-round:1');
        expect((await fails(core, 'review.submit', { planId: id })).code).toBe('invalid-state');
        const a = await ok(core, 'review.add', { planId: id, kind: 'comment', anchor: sel, body: '本轮意见' });
        expect(a.round).toBe(1);
        await save(core, id, (d) => { nodeIn(d, node.id).heading = '改过的标题'; });
        const diff = await ok(core, 'compare.versions', { planId: id, fromVersionId: round.versionId, toVersionId: 'current' });
        expect(JSON.stringify(diff)).toContain('改过的标题');
        const closed = await ok(core, 'review.close', { planId: id });
        expect(closed.closedAt).not.toBeNull();
        expect((await ok(core, 'plan.get', { id })).meta.status).toBe('draft');
        expect((await ok(core, 'review.rounds', { planId: id })).map((r) => r.round)).toEqual([1]);
        const next = await ok(core, 'review.submit', { planId: id, name: '第二次征求意见' });
        expect(next).toMatchObject({ round: 2, name: '第二次征求意见' });
        // a reference plan is not submitted
        const seed = (await ok(core, 'library.list', {})).find((p) => p.status === 'reference')!;
        expect((await fails(core, 'review.submit', { planId: seed.id })).code).toBe('invalid-state');
      });
    });

    describe('review package', () => {
      it('travels to a reviewer on another machine and back; merging is by id, leaves the text alone and is idempotent', async () => {
        const author = await open();
        const reviewer = await open();
        await ok(author, 'prefs.set', { identity: { name: '规划科张', department: '区发展改革委' } });
        await ok(reviewer, 'prefs.set', { identity: { name: '审核赵', department: '区科委' } });
        const { id, node, sel } = await draft(author);
        await ok(author, 'review.submit', { planId: id });
        const mine = await ok(author, 'review.add', { planId: id, kind: 'comment', anchor: sel, body: '请审核此目标' });
        const before = localDay();
        const pkg = await ok(author, 'review.exportPackage', { planId: id });
        // the day it was made (the seed's 成文日期 2016-07-18 is not the package's), as docs/export.md says
        const named = (day: string) => `杨浦区“智慧城市”建设三年行动计划（2015—2017）（副本）_审阅包_${day}.planreview`;
        expect([named(before), named(localDay())]).toContain(pkg.fileName);
        expect(pkg.annotations).toBe(1);

        // The reviewer opens it: the plan (same id, under review) with the author's annotation.
        const opened = await ok(reviewer, 'review.importPackage', { fileName: pkg.fileName, dataBase64: pkg.dataBase64 });
        expect(opened).toMatchObject({ planId: id, mode: 'opened', added: 1, orphaned: 0 });
        const there = await ok(reviewer, 'plan.get', { id });
        expect(there.meta.status).toBe('review');
        expect(there.nodes).toEqual((await ok(author, 'plan.get', { id })).nodes);
        await ok(reviewer, 'review.reply', { planId: id, annotationId: mine.id, body: '目标偏低' });
        const theirs = await ok(reviewer, 'review.add', { planId: id, kind: 'suggestion', anchor: sel, body: '', replacement: '家庭光纤接入率达到95%以上' });
        expect(theirs.round).toBe(1);
        const back = await ok(reviewer, 'review.exportPackage', { planId: id });

        // Meanwhile the author edited the text: the merge does not touch it, anchors are found again.
        await save(author, id, (d) => { nodeIn(d, node.id).body = '(补充)' + nodeIn(d, node.id).body; });
        const revision = (await ok(author, 'plan.get', { id })).revision;
        const merged = await ok(author, 'review.importPackage', { fileName: back.fileName, dataBase64: back.dataBase64 });
        expect(merged).toEqual({ planId: id, mode: 'merged', added: 1, updated: 1, unchanged: 0, orphaned: 0 });
        const plan = await ok(author, 'plan.get', { id });
        expect(plan.revision).toBe(revision);
        expect(nodeIn(docOf(plan), node.id).body.startsWith('(补充)')).toBe(true);
        const list = await ok(author, 'review.list', { planId: id });
        expect(list.map((a) => [a.author.name, a.kind, a.resolved.state])).toEqual([
          ['规划科张', 'comment', 'ok'],
          ['审核赵', 'suggestion', 'moved'],
        ]);
        expect(list[0].replies.map((r) => r.body)).toEqual(['目标偏低']);

        // Importing the same package again adds nothing.
        const twice = await ok(author, 'review.importPackage', { fileName: back.fileName, dataBase64: back.dataBase64 });
        expect(twice).toEqual({ planId: id, mode: 'merged', added: 0, updated: 0, unchanged: 2, orphaned: 0 });
        expect(await ok(author, 'review.list', { planId: id })).toHaveLength(2);
      });

      it('a suggestion accepted on the reviewer\'s copy arrives open: the author\'s text is only changed by accepting here', async () => {
        const author = await open();
        const reviewer = await open();
        const { id, node, sel } = await draft(author);
        const s = await ok(author, 'review.add', { planId: id, kind: 'suggestion', anchor: sel, body: '', replacement: '家庭光纤接入率达到95%以上' });
        const pkg = await ok(author, 'review.exportPackage', { planId: id });
        await ok(reviewer, 'review.importPackage', { fileName: pkg.fileName, dataBase64: pkg.dataBase64 });
        const rev = (await ok(reviewer, 'plan.get', { id })).revision;
        await ok(reviewer, 'review.accept', { planId: id, annotationId: s.id, baseRevision: rev });
        const back = await ok(reviewer, 'review.exportPackage', { planId: id, includeClosed: true });
        const merged = await ok(author, 'review.importPackage', { fileName: back.fileName, dataBase64: back.dataBase64 });
        expect(merged).toMatchObject({ added: 0, updated: 0, unchanged: 1 });
        const [mine] = await ok(author, 'review.list', { planId: id });
        expect(mine).toMatchObject({ status: 'open', resolved: { state: 'ok', text: QUOTE } });
        expect(nodeIn(docOf(await ok(author, 'plan.get', { id })), node.id).body).toContain(QUOTE);
        // opened as a new plan elsewhere, the package's round can be ended there
        const third = await open();
        await ok(third, 'review.importPackage', { fileName: pkg.fileName, dataBase64: pkg.dataBase64 });
        expect((await ok(third, 'review.close', { planId: id })).closedAt).not.toBeNull();
      });

      it('an accepted replacement longer than a quote can be keeps a node anchor, and the package still travels', async () => {
        const core = await open();
        const { id, sel } = await draft(core);
        const long = '长'.repeat(6000);
        const s = await ok(core, 'review.add', { planId: id, kind: 'suggestion', anchor: sel, body: '', replacement: long });
        const { annotation } = await ok(core, 'review.accept', { planId: id, annotationId: s.id, baseRevision: (await ok(core, 'plan.get', { id })).revision });
        expect(annotation).toMatchObject({ status: 'accepted', original: QUOTE, anchor: { field: 'node', quote: '' } });
        const pkg = await ok(core, 'review.exportPackage', { planId: id, includeClosed: true });
        expect((await ok(await open(), 'review.importPackage', { fileName: pkg.fileName, dataBase64: pkg.dataBase64 })).added).toBe(1);
      });

      it('bad packages are refused with a specific error and change nothing', async () => {
        const core = await open();
        const { id, sel } = await draft(core);
        await ok(core, 'review.add', { planId: id, kind: 'comment', anchor: sel, body: '原有批注' });
        const good = JSON.parse(Buffer.from((await ok(core, 'review.exportPackage', { planId: id })).dataBase64, 'base64').toString('utf8'));
        const b64 = (x: unknown) => Buffer.from(typeof x === 'string' ? x : JSON.stringify(x)).toString('base64');
        const before = JSON.stringify([await ok(core, 'library.list', {}), await ok(core, 'review.list', { planId: id })]);
        const cases: Array<[string, string, RegExp]> = [
          ['garbage.planreview', b64('not json {'), /JSON/],
          ['latin1.planreview', Buffer.from([0xff, 0xfe, 0x00]).toString('base64'), /UTF-8/],
          ['other.planreview', b64({ ...good, format: 'something-else' }), /格式标记/],
          ['foreign.planreview', b64({ ...good, annotations: [{ ...good.annotations[0], id: 'a_x', planId: 'p_other' }] }), /另一个规划/],
          ['broken-plan.planreview', b64({ ...good, plan: { ...good.plan, nodes: 'none' } }), /plan-workbench\/v1/],
          ['dup.planreview', b64({ ...good, annotations: [good.annotations[0], good.annotations[0]] }), /重复/],
          ['empty-id.planreview', b64({ ...good, planId: '', plan: { ...good.plan, id: '' }, annotations: [] }), /planId/],
          ['long-id.planreview', b64({ ...good, planId: 'p'.repeat(300), plan: { ...good.plan, id: 'p'.repeat(300) }, annotations: [] }), /planId/],
        ];
        for (const [fileName, dataBase64, message] of cases) {
          const e = await fails(core, 'review.importPackage', { fileName, dataBase64 });
          expect(e.code, fileName).toBe('invalid-package');
          expect(e.message, fileName).toMatch(message);
        }
        expect(JSON.stringify([await ok(core, 'library.list', {}), await ok(core, 'review.list', { planId: id })])).toBe(before);
      });
    });

    describe('history', () => {
      it('records who changed which node; quick edits coalesce; restore a node and undo a whole-plan restore', async () => {
        const core = await open();
        await ok(core, 'prefs.set', { identity: { name: '规划科张', department: '' } });
        const { id, node } = await draft(core);
        const original = nodeIn(docOf(await ok(core, 'plan.get', { id })), node.id);
        const v1 = await ok(core, 'versions.create', { planId: id, name: '初稿' });
        await save(core, id, (d) => { nodeIn(d, node.id).heading = '第一次修改'; });
        await save(core, id, (d) => { nodeIn(d, node.id).lead = ['区科委']; });
        const entries = await ok(core, 'history.list', { planId: id, nodeId: node.id });
        expect(entries).toHaveLength(1); // two saves within minutes by the same person: one entry
        expect(entries[0]).toMatchObject({ kind: 'edit', actor: { name: '规划科张' } });
        expect(entries[0].changes[0].fields.sort()).toEqual(['heading', 'lead']);
        expect((entries[0].changes[0].before as { node: PlanNode }).node.heading).toBe(original.heading);
        // another person's edit is a new entry
        await ok(core, 'prefs.set', { identity: { name: '审核赵', department: '' } });
        await save(core, id, (d) => { nodeIn(d, node.id).body += '\n新增一句。'; });
        const all = await ok(core, 'history.list', { planId: id, nodeId: node.id });
        expect(all.map((e) => e.actor.name)).toEqual(['审核赵', '规划科张']);

        // restore the node to before the first entry: heading and lead back, the later body edit undone too
        let rev = (await ok(core, 'plan.get', { id })).revision;
        await ok(core, 'history.restoreNode', { planId: id, nodeId: node.id, source: { seq: entries[0].seq, side: 'before' }, baseRevision: rev });
        let now = nodeIn(docOf(await ok(core, 'plan.get', { id })), node.id);
        expect([now.heading, now.lead, now.body]).toEqual([original.heading, original.lead, original.body]);
        expect((await ok(core, 'history.list', { planId: id, nodeId: node.id }))[0]).toMatchObject({ kind: 'restore', actor: { name: '审核赵' } });

        // whole plan back to v1 after more edits, then undone with the snapshot it made
        await save(core, id, (d) => { nodeIn(d, node.id).heading = '再次修改'; d.nodes.pop(); });
        const edited = docOf(await ok(core, 'plan.get', { id }));
        rev = (await ok(core, 'plan.get', { id })).revision;
        const r = await ok(core, 'history.restorePlan', { planId: id, versionId: v1.versionId, baseRevision: rev });
        const restored = await ok(core, 'plan.get', { id });
        expect(restored.nodes).toEqual((await ok(core, 'versions.get', { planId: id, versionId: v1.versionId })).doc.nodes);
        await ok(core, 'history.restorePlan', { planId: id, versionId: r.undoVersionId, baseRevision: restored.revision });
        expect((await ok(core, 'plan.get', { id })).nodes).toEqual(edited.nodes);
        // a stale revision is refused
        expect((await fails(core, 'history.restorePlan', { planId: id, versionId: v1.versionId, baseRevision: rev })).code).toBe('conflict');
        now = nodeIn(docOf(await ok(core, 'plan.get', { id })), node.id);
        expect(now.heading).toBe('再次修改');
      });
    });
  });
});
