/**
 * The core on real data: a temp library seeded from the repo's seeds/, every handler through
 * core.call (validation + envelope), and proof that failing calls leave the library unchanged.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHODS, METHOD_NAMES, type MethodName, type StoredPlan } from '../../shared/api/contract.js';
import { LIMITS } from '../../shared/errors.js';
import { walk, type NodeKind, type PlanDoc, type PlanNode } from '../../shared/model/plan.js';
import { COPY_SUFFIX, createCore, MAX_INPUT_DEPTH, type Core } from '../../electron/core/core.js';
import { fails, ok } from '../helpers/core-call.js';
import { defaultDataDir } from '../../electron/core/paths.js';
import { tempDirs } from '../helpers/temp.js';
import { ENGINES, engineCore, engineMissing } from '../helpers/engines.js';

// Every test below runs on both storages of the core (tests/helpers/engines.ts).
describe.each(ENGINES)('%s', (engine) => {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- shadows the core's createCore for this engine
  const createCore = engineCore(engine);
  describe.skipIf(engineMissing(engine))(`on ${engine}`, () => {
    const SEEDS_DIR = path.join(import.meta.dirname, '..', '..', 'seeds');
    const SEED_FILES = fs.readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort();

    const tempDir = tempDirs('pw-core-');

    const logged: Array<{ message: string; error: unknown }> = [];
    /** The data folder each core was opened on (a second core on the same library). */
    const folderOf = new WeakMap<Core, string>();
    async function open(dataDir = tempDir()): Promise<Core> {
      const c = await createCore({ dataDir, seedsDir: SEEDS_DIR, host: 'test', logError: (message, error) => logged.push({ message, error }) });
      folderOf.set(c, dataDir);
      return c;
    }



    /** Everything a client can see of the library: plan count + a checksum of the list, every plan and the departments. */
    async function snapshot(core: Core) {
      const list = await ok(core, 'library.list', {});
      const plans = [];
      for (const p of list) plans.push(await ok(core, 'plan.get', { id: p.id }));
      const departments = await ok(core, 'library.departments', {});
      const hits = await ok(core, 'library.search', { query: '建设', filters: { limit: 500 } });
      const checksum = crypto.createHash('sha256').update(JSON.stringify({ list, plans, departments, hits })).digest('hex');
      return { count: list.length, checksum };
    }

    function b64(bytes: Uint8Array | string): string {
      return Buffer.from(bytes).toString('base64');
    }

    function seedBytes(i = 0): Buffer {
      return fs.readFileSync(path.join(SEEDS_DIR, SEED_FILES[i]));
    }

    function nodesOf(doc: PlanDoc): PlanNode[] {
      return [...walk(doc.nodes)].map((x) => x.node);
    }

    function stripStored(p: StoredPlan): PlanDoc {
      const { id: _id, revision: _rev, ...doc } = p;
      return doc;
    }

    describe('createCore: first start', () => {
      let core: Core;
      let dataDir: string;
      beforeAll(async () => {
        dataDir = tempDir();
        core = await open(dataDir);
      });
      afterAll(() => core.close());

      it('imports the five seeds as reference plans', async () => {
        expect(core.seeds.imported.map((s) => s.fileName)).toEqual(SEED_FILES);
        expect(core.seeds.failed).toEqual([]);
        const list = await ok(core, 'library.list', {});
        expect(list).toHaveLength(5);
        expect(list.every((p) => p.status === 'reference' && p.revision === 1 && p.basedOn === null)).toBe(true);
        expect(new Set(list.map((p) => p.district))).toEqual(new Set(['静安区', '浦东新区', '杨浦区', '奉贤区']));
      });

      it('lists newest first', async () => {
        const list = await ok(core, 'library.list', {});
        const ids = (await core.db.plans.listPlans()).map((p) => p.id);
        expect(list.map((p) => p.id)).toEqual([...ids].reverse());
      });

      it('app.info reports version, folder, plan count and host', async () => {
        const info = await ok(core, 'app.info', {});
        expect(info).toEqual({ version: expect.stringMatching(/^\d+\.\d+\.\d+/), dataDir, plans: 5, host: 'test' });
      });

      it('does not import the seeds again on the next start', async () => {
        core.close();
        core = await open(dataDir);
        expect(core.seeds.imported).toEqual([]);
        expect(core.seeds.skipped).toEqual(SEED_FILES);
        expect((await ok(core, 'library.list', {})).length).toBe(5);
      });

      it('searches and lists departments', async () => {
        const hits = await ok(core, 'library.search', { query: '养老' });
        expect(hits.length).toBeGreaterThan(0);
        expect(hits.every((h) => h.snippet.some((s) => s.hit))).toBe(true);
        const yp = await ok(core, 'library.search', { query: '养老', filters: { district: '杨浦区', kind: ['task', 'item'] } });
        expect(yp.length).toBeGreaterThan(0);
        expect(yp.every((h) => h.district === '杨浦区' && ['task', 'item'].includes(h.kind))).toBe(true);
        expect(await ok(core, 'library.search', { query: '' })).toEqual([]);
        const depts = await ok(core, 'library.departments', {});
        expect(depts.length).toBeGreaterThan(10);
        expect(depts).toEqual([...depts].sort());
      });
    });

    describe('handlers', () => {
      let core: Core;
      let seedId: string;
      beforeAll(async () => {
        core = await open();
        seedId = (await ok(core, 'library.list', {})).find((p) => p.district === '杨浦区')!.id;
      });
      afterAll(() => core.close());

      it('plan.get returns the stored document with id and revision', async () => {
        const p = await ok(core, 'plan.get', { id: seedId });
        expect(p.id).toBe(seedId);
        expect(p.revision).toBe(1);
        expect(p.meta.status).toBe('reference');
        expect(p.report).toBeDefined();
        expect(nodesOf(p).filter((n) => n.kind === 'task').length).toBeGreaterThan(10);
        expect((await fails(core, 'plan.get', { id: 'p_missing' })).code).toBe('not-found');
      });

      it('plan.importPreview returns the imported plan and stores nothing', async () => {
        const before = await snapshot(core);
        const doc = await ok(core, 'plan.importPreview', { fileName: '杨浦.txt', dataBase64: b64(seedBytes(2)) });
        expect(doc.format).toBe('plan-workbench/v1');
        expect(doc.meta.district).toBe('杨浦区');
        expect(doc.meta.source).toMatchObject({ fileName: '杨浦.txt', bytes: seedBytes(2).length });
        expect(doc.report?.found.task).toBeGreaterThan(10);
        expect(doc.id).toBeUndefined();
        expect(await snapshot(core)).toEqual(before);
      });

      it('plan.importPreview refuses bad files with typed errors and stores nothing', async () => {
        const before = await snapshot(core);
        expect((await fails(core, 'plan.importPreview', { fileName: 'empty.txt', dataBase64: '' })).code).toBe('empty');
        const binary = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
        const bin = await fails(core, 'plan.importPreview', { fileName: 'x.txt', dataBase64: b64(binary) });
        expect(['binary', 'encoding', 'unsupported']).toContain(bin.code);
        expect(bin.message).toContain('x.txt');
        // a PDF header and nothing else: the PDF reader runs and finds no document
        const pdf = await fails(core, 'plan.importPreview', { fileName: 'a.pdf', dataBase64: b64('%PDF-1.4\n%âãÏÓ\n1 0 obj') });
        expect(pdf.code).toBe('corrupt');
        expect(pdf.message).toMatch(/^无法导入 a\.pdf:PDF 文件已损坏/);
        const notB64 = await fails(core, 'plan.importPreview', { fileName: 'a.txt', dataBase64: '这不是base64!!' });
        expect(notB64.code).toBe('invalid-input');
        // Over the limit by a few bytes, yet within the schema's string length: the core's own check.
        const big = Buffer.alloc(LIMITS.maxImportBytes + 3, 0x61).toString('base64');
        expect(METHODS['plan.importPreview'].input.safeParse({ fileName: 'big.txt', dataBase64: big }).success).toBe(true);
        const tooLarge = await fails(core, 'plan.importPreview', { fileName: 'big.txt', dataBase64: big });
        expect(tooLarge).toMatchObject({ code: 'too-large', details: { fileName: 'big.txt', limit: LIMITS.maxImportBytes } });
        // Past the schema's length → invalid-input before any decoding.
        expect((await fails(core, 'plan.importPreview', { fileName: 'big.txt', dataBase64: big + 'AAAAAAAAAAAA' })).code).toBe('invalid-input');
        expect(await snapshot(core)).toEqual(before);
      });

      it('plan.importCommit stores the previewed plan losslessly', async () => {
        const { duplicates, ...doc } = await ok(core, 'plan.importPreview', { fileName: '奉贤.txt', dataBase64: b64(seedBytes(3)) });
        // the seed it was made from is in the library: the preview names it (tests/office/duplicates.test.ts)
        expect(duplicates?.map((d) => d.sourceFileName)).toContain('003_95ba35a700e40d34.txt');
        const before = (await ok(core, 'library.list', {})).length;
        const { id } = await ok(core, 'plan.importCommit', { doc, status: 'draft' });
        const list = await ok(core, 'library.list', {});
        expect(list).toHaveLength(before + 1);
        expect(list[0]).toMatchObject({ id, status: 'draft', district: '奉贤区', revision: 1, sourceFileName: '奉贤.txt' });
        const back = await ok(core, 'plan.get', { id });
        expect(back).toEqual({ ...doc, id, revision: 1, meta: { ...doc.meta, status: 'draft' } });
        // Without a status override the document's own status is kept.
        const { id: id2 } = await ok(core, 'plan.importCommit', { doc });
        expect((await ok(core, 'plan.get', { id: id2 })).meta.status).toBe(doc.meta.status);
      });

      it('plan.save replaces meta and tree, bumps the revision, re-indexes, and is lossless', async () => {
        const original = await ok(core, 'plan.get', { id: seedId });
        const { id } = await ok(core, 'plan.importCommit', { doc: stripStored(original), status: 'draft' });
        const stored = await ok(core, 'plan.get', { id });
        const listed = (await ok(core, 'library.list', {})).find((p) => p.id === id)!;

        const doc = structuredClone(stripStored(stored));
        doc.meta.title = '杨浦区推进智慧城市建设2018-2020年行动计划(草稿)';
        doc.meta.period = { start: 2018, end: 2020 };
        const tasks = nodesOf(doc).filter((n) => n.kind === 'task');
        tasks[0].heading = '量子通信示范网络';
        tasks[0].body = '建设覆盖全区的量子保密通信示范网络。';
        tasks[0].lead = ['区科创中心'];
        tasks[0].unreviewed = false;
        tasks[1].unreviewed = true;
        delete tasks[2].unreviewed;
        doc.nodes[0].children.push({
          id: 'new-node-1', kind: 'item', number: '', heading: '', body: '新增的事项:城市数字孪生底座', lead: [], partners: ['区规划资源局'],
          indicators: [{ name: '覆盖率', value: 100, unit: '%', comparator: '>=', year: 2020, text: '覆盖率达到100%' }],
          milestones: [{ year: 2019, stage: '启动', text: '启动建设' }], themes: ['数字孪生'], children: [], unreviewed: true,
        });
        delete doc.report;

        const saved = await ok(core, 'plan.save', { id, doc, baseRevision: 1 });
        expect(saved.revision).toBe(2);
        expect(Date.parse(saved.updatedAt)).toBeGreaterThanOrEqual(Date.parse(listed.updatedAt));

        const back = await ok(core, 'plan.get', { id });
        expect(back).toEqual({ ...doc, id, revision: 2 });
        expect(JSON.stringify(stripStored(back))).toBe(JSON.stringify(doc));
        const backTasks = nodesOf(back).filter((n) => n.kind === 'task');
        expect(backTasks.slice(0, 3).map((n) => n.unreviewed)).toEqual([false, true, undefined]);
        expect('unreviewed' in backTasks[2]).toBe(false);
        expect('report' in back).toBe(false);

        const summary = (await ok(core, 'library.list', {})).find((p) => p.id === id)!;
        expect(summary).toMatchObject({ title: doc.meta.title, period: { start: 2018, end: 2020 }, revision: 2, createdAt: listed.createdAt, updatedAt: saved.updatedAt });
        expect(summary.counts.item).toBe(listed.counts.item + 1);

        // Search sees the new text, the new department and the new period; not the replaced heading.
        const hits = await ok(core, 'library.search', { query: '量子通信', filters: { planId: id } });
        expect(hits.map((h) => h.nodeId)).toEqual([tasks[0].id]);
        const oldHeading = nodesOf(original).find((n) => n.id === tasks[0].id)!.heading;
        const oldHits = await ok(core, 'library.search', { query: oldHeading, filters: { planId: id } });
        expect(oldHits.map((h) => h.nodeId)).not.toContain(tasks[0].id);
        expect((await ok(core, 'library.search', { query: oldHeading, filters: { planId: seedId } })).map((h) => h.nodeId)).toContain(tasks[0].id);
        expect((await ok(core, 'library.search', { query: '数字孪生', filters: { planId: id, periodStart: 2019, periodEnd: 2019 } })).length).toBe(1);
        expect((await ok(core, 'library.search', { query: '量子', filters: { department: '区科创中心' } })).map((h) => h.planId)).toEqual([id]);
        expect(await ok(core, 'library.departments', {})).toContain('区科创中心');

        // The original seed is untouched.
        expect(await ok(core, 'plan.get', { id: seedId })).toEqual(original);
      });

      it('plan.save with a stale revision is a conflict and changes nothing', async () => {
        const { id } = await ok(core, 'plan.importCommit', { doc: stripStored(await ok(core, 'plan.get', { id: seedId })) });
        const doc = stripStored(await ok(core, 'plan.get', { id }));
        await ok(core, 'plan.save', { id, doc: { ...doc, meta: { ...doc.meta, title: '第一次保存' } }, baseRevision: 1 });
        const before = await snapshot(core);
        const err = await fails(core, 'plan.save', { id, doc: { ...doc, meta: { ...doc.meta, title: '过期的保存' } }, baseRevision: 1 });
        expect(err).toMatchObject({ code: 'conflict', details: { id, revision: 2, baseRevision: 1 } });
        expect(err.message).toMatch(/[\u4e00-\u9fff]/);
        expect(await snapshot(core)).toEqual(before);
        expect((await ok(core, 'plan.get', { id })).meta.title).toBe('第一次保存');
      });

      it('of two concurrent saves from the same revision, exactly one wins — also across two cores on one library', async () => {
        const { id } = await ok(core, 'plan.duplicate', { id: seedId });
        const doc = stripStored(await ok(core, 'plan.get', { id }));
        const titled = (t: string) => ({ ...doc, meta: { ...doc.meta, title: t } });
        const results = await Promise.all([
          core.call('plan.save', { id, doc: titled('甲'), baseRevision: 1 }),
          core.call('plan.save', { id, doc: titled('乙'), baseRevision: 1 }),
        ]);
        expect(results.map((r) => (r.ok ? 'ok' : r.error.code)).sort()).toEqual(['conflict', 'ok']);
        const winner = results[0].ok ? '甲' : '乙';
        expect((await ok(core, 'plan.get', { id })).meta.title).toBe(winner);

        // A second core on the same folder (the Electron app and the browser bridge at once).
        const other = await open(folderOf.get(core)!);
        try {
          expect(other.seeds.imported).toEqual([]);
          const seen = await ok(other, 'plan.get', { id });
          expect(seen.revision).toBe(2);
          await ok(other, 'plan.save', { id, doc: titled('丙'), baseRevision: 2 });
          expect((await fails(core, 'plan.save', { id, doc: titled('丁'), baseRevision: 2 })).code).toBe('conflict');
          expect(await ok(core, 'plan.get', { id })).toMatchObject({ revision: 3, meta: { title: '丙' } });
        } finally {
          other.close();
        }
      });

      it('plan.save refuses duplicate node ids and unknown plans, changing nothing', async () => {
        const doc = stripStored(await ok(core, 'plan.get', { id: seedId }));
        const dup = structuredClone(doc);
        dup.nodes[1].children.push({ ...structuredClone(dup.nodes[0]), children: [] });
        const before = await snapshot(core);
        const e1 = await fails(core, 'plan.save', { id: seedId, doc: dup, baseRevision: 1 });
        expect(e1.code).toBe('invalid-input');
        expect(e1.details?.duplicateIds).toEqual([doc.nodes[0].id]);
        expect((await fails(core, 'plan.importCommit', { doc: dup })).code).toBe('invalid-input');
        expect((await fails(core, 'plan.save', { id: 'p_missing', doc, baseRevision: 1 })).code).toBe('not-found');
        expect(await snapshot(core)).toEqual(before);
      });

      it('a save failing inside the transaction is rolled back completely', async () => {
        const doc = stripStored(await ok(core, 'plan.get', { id: seedId }));
        const bad = structuredClone(doc);
        bad.nodes[0].heading = '改过的标题,不应留下';
        // Passes nothing but the library: the CHECK on kind fails after the old nodes were deleted
        // and many new ones inserted.
        bad.nodes[bad.nodes.length - 1].children.push({ ...structuredClone(bad.nodes[0]), id: 'late', kind: 'chapter' as NodeKind, children: [] });
        const before = await snapshot(core);
        await expect(core.db.plans.replacePlan(seedId, bad, { baseRevision: 1 })).rejects.toThrow(/CHECK|check constraint/);
        expect(await snapshot(core)).toEqual(before);
        expect(await core.db.plans.revisionOf(seedId)).toBe(1);
      });

      it('plan.duplicate copies the plan as a draft based on the original', async () => {
        const original = await ok(core, 'plan.get', { id: seedId });
        const { id } = await ok(core, 'plan.duplicate', { id: seedId });
        expect(id).not.toBe(seedId);
        const copy = await ok(core, 'plan.get', { id });
        expect(copy.meta).toEqual({ ...original.meta, title: original.meta.title + COPY_SUFFIX, status: 'draft', basedOn: seedId });
        expect(copy.nodes).toEqual(original.nodes);
        expect(copy.revision).toBe(1);
        expect((await ok(core, 'library.list', {})).find((p) => p.id === id)).toMatchObject({ basedOn: seedId, status: 'draft' });
        const named = await ok(core, 'plan.duplicate', { id: seedId, title: '杨浦区2018年行动计划' });
        expect((await ok(core, 'plan.get', { id: named.id })).meta.title).toBe('杨浦区2018年行动计划');
        expect((await fails(core, 'plan.duplicate', { id: 'p_missing' })).code).toBe('not-found');
      });

      it('plan.setStatus changes the status, its search facet and the revision', async () => {
        const { id } = await ok(core, 'plan.duplicate', { id: seedId });
        expect(await ok(core, 'plan.setStatus', { id, status: 'review' })).toEqual({ ok: true });
        const p = await ok(core, 'plan.get', { id });
        expect(p.meta.status).toBe('review');
        expect(p.revision).toBe(2);
        expect((await ok(core, 'library.list', {})).find((s) => s.id === id)!.status).toBe('review');
        const hits = await ok(core, 'library.search', { query: '养老', filters: { status: 'review' } });
        expect(hits.length).toBeGreaterThan(0);
        expect(new Set(hits.map((h) => h.planId))).toEqual(new Set([id]));
        // A save based on the revision before the status change is refused.
        expect((await fails(core, 'plan.save', { id, doc: stripStored(p), baseRevision: 1 })).code).toBe('conflict');
        expect((await fails(core, 'plan.setStatus', { id: 'p_missing', status: 'final' })).code).toBe('not-found');
      });

      it('plan.delete moves the plan to the trash: out of the list, search, reads, compare, similar and templates; trash.list has it; restore brings it back; purge deletes it for good', async () => {
        const { id } = await ok(core, 'plan.duplicate', { id: seedId, title: '待删除' });
        const n = (await ok(core, 'library.list', {})).length;
        const hitsBefore = await ok(core, 'library.search', { query: '养老', filters: { planId: id } });
        expect(hitsBefore.length).toBeGreaterThan(0);
        expect(await ok(core, 'plan.delete', { id })).toEqual({ ok: true });
        expect((await ok(core, 'library.list', {})).length).toBe(n - 1);
        expect((await fails(core, 'plan.get', { id })).code).toBe('not-found');
        expect(await ok(core, 'library.search', { query: '养老', filters: { planId: id } })).toEqual([]);
        expect((await ok(core, 'library.search', { query: '养老', filters: { limit: 500 } })).some((h) => h.planId === id)).toBe(false);
        expect((await fails(core, 'compare.plans', { leftId: seedId, rightId: id })).code).toBe('not-found');
        expect((await fails(core, 'plan.createFromTemplate', { templateId: id, district: '虹口区', period: { start: 2024, end: 2026 }, mode: 'full' })).code).toBe('not-found');
        const similar = await ok(core, 'compare.similar', { planId: seedId });
        expect(similar.plans.some((p) => p.planId === id)).toBe(false);
        expect((await fails(core, 'plan.delete', { id })).code).toBe('not-found');
        const trash = await ok(core, 'trash.list', {});
        expect(trash.days).toBe(30);
        const entry = trash.plans.find((p) => p.id === id)!;
        expect(entry.title).toBe('待删除');
        expect(Date.parse(entry.purgeAt) - Date.parse(entry.trashedAt)).toBe(30 * 24 * 3600 * 1000);
        // restored: in the list and the search again, as it was
        expect(await ok(core, 'plan.restore', { id })).toEqual({ ok: true });
        expect((await ok(core, 'library.list', {})).length).toBe(n);
        // the same hits (their bm25 scores aside: see the next test)
        const unscored = (hs: typeof hitsBefore) => hs.map(({ score: _s, ...h }) => h);
        expect(unscored(await ok(core, 'library.search', { query: '养老', filters: { planId: id } }))).toEqual(unscored(hitsBefore));
        expect((await ok(core, 'trash.list', {})).plans.some((p) => p.id === id)).toBe(false);
        expect((await fails(core, 'plan.restore', { id })).code).toBe('not-found');
        // only a plan in the trash is deleted for good
        expect((await fails(core, 'plan.purge', { id })).code).toBe('not-found');
        await ok(core, 'plan.delete', { id });
        expect(await ok(core, 'plan.purge', { id })).toEqual({ ok: true });
        expect((await ok(core, 'trash.list', {})).plans.some((p) => p.id === id)).toBe(false);
        expect((await fails(core, 'plan.restore', { id })).code).toBe('not-found');
      });

      it('a plan with reviews, a round, versions, history, pins and compare tokens, deleted and restored, is the plan it was: every row of every table that names it, and what the API says of it', async () => {
        const seeds = await ok(core, 'library.list', {});
        const other = seeds.find((p) => p.id !== seedId && p.status === 'reference')!;
        const { id } = await ok(core, 'plan.duplicate', { id: seedId, title: '回收站往返' });
        const plan = await ok(core, 'plan.get', { id });
        const node = [...walk(plan.nodes)].find((w) => w.node.body.length > 20)!.node;
        const sel = { nodeId: node.id, field: 'body' as const, start: 2, end: 8, quote: node.body.slice(2, 8) };
        const doc = stripStored(plan);
        doc.nodes[0].heading += '(改)';
        await ok(core, 'plan.save', { id, doc, baseRevision: plan.revision });
        await ok(core, 'versions.create', { planId: id, name: '初稿' });
        await ok(core, 'review.submit', { planId: id, name: '第一轮' });
        const a = await ok(core, 'review.add', { planId: id, kind: 'comment', anchor: sel, body: '依据是什么?' });
        await ok(core, 'review.reply', { planId: id, annotationId: a.id, body: '见附件' });
        await ok(core, 'review.add', { planId: id, kind: 'suggestion', anchor: sel, body: '改写', replacement: '新的文字' });
        await ok(core, 'compare.plans', { leftId: id, rightId: other.id });
        await ok(core, 'compare.similar', { planId: id });
        await ok(core, 'export.docx', { id });
        // what names the plan: every table with a plan_id column, every row, and the plan's own row
        const sql = core.db.sql;
        const tables = core.db.kind === 'sqlite'
          ? (await sql.all<{ name: string }>(`SELECT m.name FROM sqlite_master m JOIN pragma_table_info(m.name) c ON c.name = 'plan_id' WHERE m.type = 'table' ORDER BY 1`)).map((r) => r.name)
          : (await sql.all<{ name: string }>(`SELECT table_name AS name FROM information_schema.columns WHERE column_name = 'plan_id' AND table_schema = 'public' ORDER BY 1`)).map((r) => r.name);
        expect(tables).toEqual(expect.arrayContaining(['nodes', 'plan_versions', 'plan_history', 'annotations', 'review_rounds', 'plan_tokens', 'plan_vectors']));
        const rows = async () => {
          const out: Record<string, string[]> = { plans: (await sql.all(`SELECT * FROM plans WHERE id = ?`, [id])).map((r) => JSON.stringify(r)) };
          for (const t of tables) out[t] = (await sql.all(`SELECT * FROM ${t} WHERE plan_id = ?`, [id])).map((r) => JSON.stringify(r, (_k, v) => (typeof v === 'bigint' ? String(v) : v))).sort();
          return out;
        };
        const api = async () => ({
          plan: await ok(core, 'plan.get', { id }),
          versions: await ok(core, 'versions.list', { planId: id }),
          review: await ok(core, 'review.list', { planId: id }),
          rounds: await ok(core, 'review.rounds', { planId: id }),
          history: await ok(core, 'history.list', { planId: id }),
          listed: (await ok(core, 'library.list', {})).find((p) => p.id === id),
          // the same hits; not their bm25 scores: SQLite's contentless FTS5 index (contentless_delete) moves its
          // statistics whenever rows are written again, as every save and status change does (PostgreSQL's are exact)
          hits: (await ok(core, 'library.search', { query: node.body.slice(2, 8), filters: { planId: id } })).map(({ score: _s, ...h }) => h),
        });
        const before = { rows: await rows(), api: await api() };
        for (const t of ['nodes', 'plan_versions', 'annotations', 'review_rounds', 'plan_tokens', 'plan_vectors']) expect(before.rows[t].length, t).toBeGreaterThan(0);
        await ok(core, 'plan.delete', { id });
        // kept whole in the trash
        const trashed = await rows();
        expect({ ...trashed, plans: undefined }).toEqual({ ...before.rows, plans: undefined });
        await ok(core, 'plan.restore', { id });
        expect(await rows()).toEqual(before.rows);
        expect(await api()).toEqual(before.api);
      });

      it('plan.createFromTemplate makes a draft based on the template', async () => {
        const { id } = await ok(core, 'plan.createFromTemplate', { templateId: seedId, district: '虹口区', period: { start: 2024, end: 2026 }, mode: 'full' });
        const p = await ok(core, 'plan.get', { id });
        expect(p.meta).toMatchObject({ district: '虹口区', period: { start: 2024, end: 2026 }, status: 'draft', basedOn: seedId });
        expect(nodesOf(p).length).toBeGreaterThan(0);
        expect(nodesOf(p).some((n) => n.unreviewed === true)).toBe(true);
        // the references kept as written are stored with the draft (and lint reads them from there)
        expect(p.meta.templateRefs).toContainEqual(expect.objectContaining({ field: 'body', quote: '《行动计划(2011-2013)》', kind: 'title' })); // 杨浦 2015 l59
        const s = await ok(core, 'plan.createFromTemplate', { templateId: seedId, district: '虹口区', period: { start: 2024, end: 2026 }, mode: 'structure', title: '结构' });
        expect((await ok(core, 'plan.get', { id: s.id })).meta.title).toBe('结构');
      });

      it('plan.createBlank makes a draft from the skeleton', async () => {
        const { id } = await ok(core, 'plan.createBlank', { title: '空白计划', district: '虹口区', period: { start: 2024, end: 2026 } });
        const p = await ok(core, 'plan.get', { id });
        expect(p.meta).toMatchObject({ title: '空白计划', district: '虹口区', period: { start: 2024, end: 2026 }, status: 'draft' });
        expect(p.nodes.length).toBeGreaterThan(0);
      });

      it('template methods refuse unknown templates and reversed periods, changing nothing', async () => {
        const before = await snapshot(core);
        const period = { start: 2024, end: 2026 };
        expect((await fails(core, 'plan.createFromTemplate', { templateId: 'p_missing', district: '虹口区', period, mode: 'full' })).code).toBe('not-found');
        expect((await fails(core, 'plan.createFromTemplate', { templateId: seedId, district: '虹口区', period: { start: 2026, end: 2024 }, mode: 'full' })).code).toBe('invalid-input');
        expect((await fails(core, 'plan.createBlank', { title: 'x', district: '虹口区', period: { start: 2026, end: 2024 } })).code).toBe('invalid-input');
        expect(await snapshot(core)).toEqual(before);
      });
    });

    describe('call: validation and errors', () => {
      let core: Core;
      let seedId: string;
      beforeAll(async () => {
        core = await open();
        seedId = (await ok(core, 'library.list', {}))[0].id;
      });
      afterAll(() => core.close());

      it('rejects unknown methods, including prototype keys', async () => {
        for (const m of ['nope', 'plan.nope', 'constructor', '__proto__', 'toString', 'hasOwnProperty', '', 'x'.repeat(10_000)]) {
          const e = await fails(core, m, {});
          expect(e.code).toBe('unknown-method');
          expect(String(e.details?.method).length).toBeLessThanOrEqual(100);
        }
      });

      /** Bad inputs per method; every method must have some (so new methods are not forgotten). */
      const BAD: Record<MethodName, unknown[]> = {
        'app.info': [null, [], 'x', { extra: 1 }],
        'library.list': [undefined, { all: true }],
        'library.departments': [42, { q: '' }],
        'library.recent': [42, { limit: 3 }],
        'library.opened': [{}, { id: '' }, { id: 5 }],
        'library.sort': [42, { user: 'yang' }],
        'library.setSort': [{}, { sort: 'size' }, { sort: '' }, { sort: 'title', user: 'yang' }],
        'library.search': [{}, { query: 1 }, { query: 'x'.repeat(201) }, { query: 'a', filters: { limit: 0 } }, { query: 'a', filters: { kind: 'chapter' } }, { query: 'a', filters: { bogus: 1 } }],
        'plan.importPreview': [{}, { fileName: '', dataBase64: '' }, { fileName: 'a.txt' }, { fileName: 'a.txt', dataBase64: 5 }, { fileName: 'a'.repeat(256), dataBase64: '' }, { fileName: 'a.txt', dataBase64: '', jobId: '' }, { fileName: 'a.txt', dataBase64: '', jobId: 7 }, { fileName: 'a.txt', dataBase64: '', mapping: { arabic: { kind: 'chapter' } } }, { fileName: 'a.txt', dataBase64: '', mapping: { arabic: { depth: 'deep' } } }],
        'plan.importCancel': [{}, { jobId: '' }, { jobId: 5 }, { jobId: 'x'.repeat(101) }, { jobId: 'j', force: true }],
        'plan.importCommit': [{}, { doc: {} }, { doc: { format: 'plan-workbench/v0', meta: {}, nodes: [] } }, { doc: null, status: 'draft' }, { doc: {}, levelMapping: { style: '', mapping: {} } }],
        'plan.get': [{}, { id: '' }, { id: 5 }, { id: 'x'.repeat(101) }],
        'plan.save': [{ id: 'p' }, { id: 'p', doc: {}, baseRevision: 1 }, { id: 'p', baseRevision: 1.5 }],
        'plan.delete': [{}, { id: null }],
        'plan.restore': [{}, { id: null }],
        'plan.purge': [{}, { id: 5 }],
        'trash.list': [42, { all: true }],
        'trash.setDays': [{}, { days: 0 }, { days: 1.5 }, { days: '30' }, { days: 3651 }],
        'plan.duplicate': [{}, { id: 'p', title: 5 }],
        'plan.setStatus': [{ id: 'p' }, { id: 'p', status: 'archived' }],
        'plan.createFromTemplate': [{}, { templateId: 'p', district: '', period: { start: 2024, end: 2026 }, mode: 'full' }, { templateId: 'p', district: 'x', period: { start: 2024 }, mode: 'full' }, { templateId: 'p', district: 'x', period: { start: 2024, end: 2026 }, mode: 'copy' }],
        'plan.createBlank': [{}, { title: '', district: 'x', period: { start: 2024, end: 2026 } }, { title: 't', district: 'x', period: null }],
        'export.docx': [{}, { id: 'p', options: { fonts: 'mac' } }, { id: 'p', options: { cover: 'yes' } }, { id: 'p', options: { comments: [{ nodeId: 'n' }] } }],
        'export.markdown': [{}, { id: 'p', annexes: true }],
        'export.pdf': [{}, { id: 'p', options: { bogus: 1 } }, { id: 'p', jobId: '' }],
        'export.cancel': [{}, { jobId: '' }, { jobId: 5 }, { jobId: 'x'.repeat(101) }],
        'export.preview': [{}, { id: 'p', options: { bogus: 1 } }, { id: 'p', dpi: 300 }],
        'export.capabilities': [null, { pdf: true }],
        'versions.list': [{}, { planId: '' }],
        'versions.create': [{ planId: 'p' }, { planId: 'p', name: '' }, { planId: 'p', name: 'x'.repeat(101) }],
        'versions.get': [{ planId: 'p' }, { planId: 'p', versionId: 0 }, { planId: 'p', versionId: 'current' }],
        'compare.plans': [{ leftId: 'p' }, { leftId: 'p', rightId: 'q', pins: [{ left: 'a', right: 'b', mode: 'glue' }] }],
        'compare.versions': [{ planId: 'p', fromVersionId: 'current', toVersionId: 'current' }, { planId: 'p', fromVersionId: 1, toVersionId: 'basedOn' }],
        'compare.pins.set': [{ leftId: 'p', rightId: 'q' }, { leftId: 'p', rightId: 'q', pins: 'none' }],
        'compare.similar': [{}, { planId: 'p', perTask: 0 }],
        'prefs.get': [null, { identity: 1 }],
        'prefs.set': [{}, { identity: { name: 'x' } }, { identity: { name: 'x'.repeat(51), department: '' } }],
        'review.list': [{}, { planId: '' }],
        'review.add': [{ planId: 'p' }, { planId: 'p', kind: 'note', anchor: { nodeId: 'n', field: 'body', start: 0, end: 1, quote: 'x' }, body: 'b' }, { planId: 'p', kind: 'comment', anchor: { nodeId: 'n', field: 'title', start: 0, end: 1, quote: 'x' }, body: 'b' }, { planId: 'p', kind: 'comment', anchor: { nodeId: 'n', field: 'body', start: -1, end: 1, quote: 'x' }, body: 'b' }],
        'review.reply': [{ planId: 'p', annotationId: 'a' }, { planId: 'p', annotationId: 'a', body: '' }],
        'review.edit': [{ planId: 'p', annotationId: 'a' }],
        'review.setStatus': [{ planId: 'p', annotationId: 'a', status: 'accepted' }, { planId: 'p', annotationId: 'a', status: 'done' }],
        'review.accept': [{ planId: 'p', annotationId: 'a' }, { planId: 'p', annotationId: 'a', baseRevision: 1.5 }],
        'review.delete': [{ planId: 'p' }],
        'review.submit': [{}, { planId: 'p', name: 'x'.repeat(101) }],
        'review.close': [{}],
        'review.rounds': [{ id: 'p' }],
        'review.exportPackage': [{}, { planId: 'p', includeClosed: 'yes' }],
        'review.importPackage': [{}, { fileName: 'x.planreview' }, { fileName: '', dataBase64: '' }],
        'review.importWord': [{ planId: 'p' }, { planId: 'p', file: { fileName: 'a.docx' } }],
        'history.list': [{}, { planId: 'p', limit: 0 }],
        'history.restoreNode': [{ planId: 'p', nodeId: 'n', baseRevision: 1 }, { planId: 'p', nodeId: 'n', source: { seq: 0, side: 'before' }, baseRevision: 1 }, { planId: 'p', nodeId: 'n', source: { seq: 1, side: 'middle' }, baseRevision: 1 }],
        'history.restorePlan': [{ planId: 'p', versionId: 1 }, { planId: 'p', versionId: 0, baseRevision: 1 }],
        'audit.list': [{ planId: '' }, { limit: 0 }, { beforeSeq: 0 }, { user: 'x' }],
        'backup.list': [null, { all: true }],
        'backup.create': [[], { kind: 'manual' }],
        'backup.restore': [{}, { name: '' }, { name: 5 }, { name: 'x'.repeat(201) }],
      };

      it('has bad inputs for every method', () => {
        expect(METHOD_NAMES.filter((m) => !(m in BAD))).toEqual([]);
      });

      it('bad inputs give invalid-input with the zod issues and leave the library unchanged', async () => {
        const before = await snapshot(core);
        for (const m of METHOD_NAMES) {
          for (const input of BAD[m]) {
            const e = await fails(core, m, input);
            expect(e.code, `${m} ${JSON.stringify(input)}`).toBe('invalid-input');
            expect(e.message).toContain(m);
            expect(Array.isArray(e.details?.issues)).toBe(true);
            expect((e.details!.issues as unknown[]).length).toBeGreaterThan(0);
            expect(e.details!.method).toBe(m);
            // Envelopes are plain JSON.
            expect(JSON.parse(JSON.stringify(e))).toEqual(e);
          }
        }
        // A realistic bad plan: a node of an unknown kind deep inside, and a missing field.
        const doc = stripStored(await ok(core, 'plan.get', { id: seedId }));
        const badKind = structuredClone(doc);
        (badKind.nodes[0].children[0] ?? badKind.nodes[0]).kind = 'chapter' as NodeKind;
        const e = await fails(core, 'plan.save', { id: seedId, doc: badKind, baseRevision: 1 });
        expect(e.code).toBe('invalid-input');
        expect((e.details!.issues as Array<{ path: unknown[] }>)[0].path.slice(0, 3)).toEqual(['doc', 'nodes', 0]);
        const noMeta = structuredClone(doc) as Partial<PlanDoc>;
        delete noMeta.meta;
        expect((await fails(core, 'plan.importCommit', { doc: noMeta })).code).toBe('invalid-input');
        expect(await snapshot(core)).toEqual(before);
      });

      it('refuses absurdly deep input without a stack overflow', async () => {
        let deep: unknown = {};
        for (let i = 0; i < 100_000; i++) deep = { x: deep };
        const e = await fails(core, 'plan.importCommit', { doc: deep });
        expect(e).toMatchObject({ code: 'invalid-input', details: { maxDepth: MAX_INPUT_DEPTH } });
        // A deep but legitimate tree (40 levels) is fine.
        const doc = stripStored(await ok(core, 'plan.get', { id: seedId }));
        let chain: PlanNode = { ...structuredClone(doc.nodes[0]), id: 'deep-0', children: [] };
        for (let i = 1; i < 40; i++) chain = { ...chain, id: `deep-${i}`, children: [chain] };
        const { id } = await ok(core, 'plan.importCommit', { doc: { ...doc, nodes: [chain] } });
        expect((await ok(core, 'plan.get', { id })).nodes).toEqual([chain]);
        await ok(core, 'plan.delete', { id });
      });

      it('unexpected exceptions become "internal" without leaking the message or stack, and are logged', async () => {
        const saved = core.handlers['library.departments'];
        const n = logged.length;
        core.handlers['library.departments'] = async () => {
          throw new Error('secret path /home/user/x at line 42');
        };
        try {
          const e = await fails(core, 'library.departments', {});
          expect(e.code).toBe('internal');
          expect(JSON.stringify(e)).not.toMatch(/secret|\/home|at line|Error/);
          expect(logged.length).toBe(n + 1);
          expect(String(logged[n].error)).toContain('secret path');
        } finally {
          core.handlers['library.departments'] = saved;
        }
      });

      it('a closed core answers "closed"', async () => {
        const c = await open();
        c.close();
        expect((await fails(c, 'app.info', {})).code).toBe('closed');
      });
    });

    describe('defaultDataDir', () => {
      it('follows each platform', () => {
        expect(defaultDataDir({}, 'linux', '/home/li')).toBe('/home/li/.local/share/plan-workbench');
        expect(defaultDataDir({ XDG_DATA_HOME: '/data' }, 'linux', '/home/li')).toBe('/data/plan-workbench');
        expect(defaultDataDir({ XDG_DATA_HOME: 'relative' }, 'linux', '/home/li')).toBe('/home/li/.local/share/plan-workbench');
        expect(defaultDataDir({ APPDATA: 'C:\\Users\\li\\AppData\\Roaming' }, 'win32', 'C:\\Users\\li')).toBe('C:\\Users\\li\\AppData\\Roaming\\plan-workbench');
        expect(defaultDataDir({}, 'win32', 'C:\\Users\\li')).toBe('C:\\Users\\li\\AppData\\Roaming\\plan-workbench');
        expect(defaultDataDir({}, 'darwin', '/Users/li')).toBe('/Users/li/Library/Application Support/plan-workbench');
      });
    });
  });
});
