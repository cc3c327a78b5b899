/**
 * Re-importing a document already in the library: the fingerprint of its normalised text (shared/importer/
 * fingerprint.ts), stored with the plan (meta.source.textSha256, indexed by migration 007), and
 * plan.importPreview answering the plans imported from the same document.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../electron/core/core.js';
import { LATEST_VERSION, MIGRATIONS } from '../../electron/core/migrations/index.js';
import { openLibrary } from '../../electron/core/library.js';
import { normaliseForFingerprint, textFingerprint } from '../../shared/importer/fingerprint.js';
import { importFile } from '../../shared/importer/index.js';
import { ok } from '../helpers/core-call.js';
import { tempDirs } from '../helpers/temp.js';
import { ENGINES, engineCore, engineMissing } from '../helpers/engines.js';

// Every test below runs on both storages of the core (tests/helpers/engines.ts).
describe.each(ENGINES)('%s', (engine) => {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- shadows the core's createCore for this engine
  const createCore = engineCore(engine);
  describe.skipIf(engineMissing(engine))(`on ${engine}`, () => {
    const ROOT = path.join(import.meta.dirname, '..', '..');
    const SEED_002 = path.join(ROOT, 'seeds', '002_72028bf86ba9aa86.txt');
    const ENC = path.join(ROOT, 'tests', 'fixtures', 'encodings');
    const b64 = (p: string) => fs.readFileSync(p).toString('base64');

    const tempDir = tempDirs('pw-dup-', { each: true });
    const cores: Core[] = [];
    afterEach(() => {
      for (const c of cores.splice(0)) c.close();
    });

    describe('text fingerprint', () => {
      it('ignores whitespace, line breaks, full-width forms and invisible characters, and nothing else', async () => {
        expect(normaliseForFingerprint(['一、总体要求', '  （一）指导思想 ', '\u200b坚持２０１５年'])).toBe('一、总体要求(一)指导思想坚持2015年');
        const a = await textFingerprint(['一、总体要求', '（一）指导思想']);
        expect(await textFingerprint(['\ufeff一、总体要求\r', '\t(一)指导思想'])).toBe(a);
        expect(await textFingerprint(['一、总体要求(一)', '指导思想'])).toBe(a); // re-wrapped lines
        expect(await textFingerprint(['一、总体要求', '（二）指导思想'])).not.toBe(a); // one character changed
        expect(a).toMatch(/^[0-9a-f]{64}$/);
      });

      it('is the same for the UTF-8 seed and its GBK and UTF-16 copies (bytes differ)', async () => {
        const docs = await Promise.all([SEED_002, path.join(ENC, '002.gbk.txt'), path.join(ENC, '002.utf16le-bom.txt')].map(async (p) =>
          importFile({ bytes: new Uint8Array(fs.readFileSync(p)), fileName: path.basename(p) })));
        const [utf8, gbk, utf16] = docs.map((d) => d.meta.source!);
        expect(new Set([utf8.sha256, gbk.sha256, utf16.sha256]).size).toBe(3);
        expect(gbk.textSha256).toBe(utf8.textSha256);
        expect(utf16.textSha256).toBe(utf8.textSha256);
        const other = await importFile({ bytes: new Uint8Array(fs.readFileSync(path.join(ROOT, 'seeds', '000_c5ac5ec241139578.txt'))), fileName: '000.txt' });
        expect(other.meta.source!.textSha256).not.toBe(utf8.textSha256);
      });
    });

    describe('plan.importPreview duplicates', () => {
      async function core(dataDir = tempDir()) {
        const c = await createCore({ dataDir, seedsDir: path.join(ROOT, 'seeds'), host: 'test', logError: () => {} });
        cores.push(c);
        return c;
      }
      const seedId = async (c: Core, file: string) => (await ok(c, 'library.list', {})).find((p) => p.sourceFileName === file)!.id;

      it('names the seed when its GBK copy is previewed, stores nothing, and still lets it be imported', async () => {
        const c = await core();
        const id002 = await seedId(c, '002_72028bf86ba9aa86.txt');
        const preview = await ok(c, 'plan.importPreview', { fileName: '杨浦-GBK.txt', dataBase64: b64(path.join(ENC, '002.gbk.txt')) });
        expect(preview.duplicates?.map((d) => [d.id, d.title, d.status, d.sourceFileName])).toEqual([
          [id002, '杨浦区“智慧城市”建设三年行动计划(2015-2017)', 'reference', '002_72028bf86ba9aa86.txt'],
        ]);
        expect((await ok(c, 'library.list', {})).length).toBe(5);
        // 仍然导入: the planner may keep a second copy; the next preview then names both, most recently changed first
        const { levelMapping: _m, duplicates: _d, ...doc } = preview;
        const { id } = await ok(c, 'plan.importCommit', { doc, status: 'draft' });
        const again = await ok(c, 'plan.importPreview', { fileName: 'again.txt', dataBase64: b64(SEED_002) });
        expect(again.duplicates?.map((d) => d.id)).toEqual([id, id002]);
      });

      it('plan JSON: names the plan it was exported from (a template draft has no source document), and its imported copy', async () => {
        const c = await core();
        const id000 = await seedId(c, '000_c5ac5ec241139578.txt');
        const { id: draft } = await ok(c, 'plan.createFromTemplate', { templateId: id000, district: '静安区', period: { start: 2027, end: 2029 }, mode: 'full' });
        const json = JSON.stringify(await ok(c, 'plan.get', { id: draft }));
        const file = { fileName: 'draft.json', dataBase64: Buffer.from(json).toString('base64') };
        const first = await ok(c, 'plan.importPreview', file);
        expect(first.duplicates?.map((d) => d.id)).toEqual([draft]);
        const { levelMapping: _m, duplicates: _d, ...doc } = first;
        const { id: copy } = await ok(c, 'plan.importCommit', { doc });
        const again = await ok(c, 'plan.importPreview', file);
        expect(again.duplicates?.map((d) => d.id).sort()).toEqual([draft, copy].sort());
        // another plan's JSON names only that plan; the draft's text imported as a document names nothing by ids
        const seedJson = { fileName: 'seed.json', dataBase64: Buffer.from(JSON.stringify(await ok(c, 'plan.get', { id: id000 }))).toString('base64') };
        const names = (await ok(c, 'plan.importPreview', seedJson)).duplicates?.map((d) => d.id);
        expect(names).toEqual([id000]);
      });

      it('names no plan for a document not in the library', async () => {
        const c = await core();
        await ok(c, 'plan.delete', { id: await seedId(c, '002_72028bf86ba9aa86.txt') });
        const preview = await ok(c, 'plan.importPreview', { fileName: 'x.txt', dataBase64: b64(SEED_002) });
        expect(preview.duplicates).toEqual([]);
        const other = await ok(c, 'plan.importPreview', { fileName: 'y.txt', dataBase64: Buffer.from('某区智慧城市建设三年行动计划\n一、总体要求\n坚持统筹规划。').toString('base64') });
        expect(other.duplicates).toEqual([]);
      });

      it('names no plan for a revised edition of a stored document (another title, the other nodes as they were)', async () => {
        // the next edition of a plan often keeps most of its chapters word for word: importing it as a document (not
        // plan JSON) must not call it 「这份文件已经导入过」 because its first, middle and last nodes read as the stored ones
        const c = await core();
        const revised = fs.readFileSync(SEED_002, 'utf8').replace('行动计划(2015-2017)的通知 2016-07-28', '行动计划(2018-2020)的通知 2018-03-01');
        expect(revised).not.toBe(fs.readFileSync(SEED_002, 'utf8'));
        const preview = await ok(c, 'plan.importPreview', { fileName: 'revised.txt', dataBase64: Buffer.from(revised).toString('base64') });
        expect(preview.duplicates).toEqual([]);
      });

      it('finds a plan stored before schema 7 (no text fingerprint) by the bytes of its file', async () => {
        const dataDir = tempDir();
        const v6 = openLibrary({ dataDir, migrations: MIGRATIONS.slice(0, 6) });
        const doc = await importFile({ bytes: new Uint8Array(fs.readFileSync(SEED_002)), fileName: 'old.txt' });
        delete doc.meta.source!.textSha256; // as the code of schema 6 stored it
        const oldId = v6.addPlan(doc, { status: 'draft' });
        v6.close();
        const lib = openLibrary({ dataDir });
        expect(lib.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION); // upgraded through 7 (fingerprints) and on
        // the same bytes: found; the GBK copy (other bytes, no fingerprint stored): not found
        expect(lib.plansFromSameSource({ sha256: doc.meta.source!.sha256 }).map((p) => p.id)).toEqual([oldId]);
        const gbk = await importFile({ bytes: new Uint8Array(fs.readFileSync(path.join(ENC, '002.gbk.txt'))), fileName: 'gbk.txt' });
        expect(lib.plansFromSameSource(gbk.meta.source).map((p) => p.id)).toEqual([]);
        // a plan stored now carries the fingerprint
        const newId = lib.addPlan(gbk);
        expect(lib.plansFromSameSource({ textSha256: gbk.meta.source!.textSha256 }).map((p) => p.id)).toEqual([newId]);
        lib.close();
      });

      it('007 indexes the fingerprint: the look-up does not scan the plans', () => {
        const lib = openLibrary({ dataDir: tempDir() });
        const plan = lib.db.prepare(`EXPLAIN QUERY PLAN SELECT id FROM plans WHERE json_extract(meta, '$.source.textSha256') = ?`).all('x') as Array<{ detail: string }>;
        expect(plan.map((p) => p.detail).join(' ')).toContain('USING INDEX plans_source_text');
        lib.close();
      });
    });

    describe('library.recent / library.opened', () => {
      it('lists the plans opened most recently, newest first, once each, without deleted plans', async () => {
        const dataDir = tempDir();
        let clock = Date.parse('2026-12-04T08:00:00Z');
        const c = await createCore({ dataDir, seedsDir: path.join(ROOT, 'seeds'), host: 'test', logError: () => {}, now: () => new Date(clock += 60_000) });
        cores.push(c);
        expect(await ok(c, 'library.recent', {})).toEqual([]);
        const plans = await ok(c, 'library.list', {});
        const [a, b, d] = plans.map((p) => p.id);
        for (const id of [a, b, a, d]) await ok(c, 'library.opened', { id });
        const recent = await ok(c, 'library.recent', {});
        expect(recent.map((r) => r.id)).toEqual([d, a, b]);
        expect(recent[0].openedAt > recent[1].openedAt).toBe(true);
        expect(recent[0].title).toBe(plans.find((p) => p.id === d)!.title);
        await ok(c, 'plan.delete', { id: a });
        expect((await ok(c, 'library.recent', {})).map((r) => r.id)).toEqual([d, b]);
        const err = await c.call('library.opened', { id: 'p_missing' });
        expect(err.ok || err.error.code).toBe('not-found');
      });
    });
  });
});
