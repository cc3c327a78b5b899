/**
 * The planner's level mapping through the core: plan.importPreview takes a mapping and hands it to the importer (in
 * its worker); plan.importCommit remembers the mapping for the document's style (an empty one forgets it), and the
 * next preview of a document of that style applies it and says so.
 *
 * Three layers:
 *   - the store of remembered mappings (electron/core/level-mappings.ts) on a real library;
 *   - the worker's decision (import-worker.ts `run`) with a stand-in importer that reports a style;
 *   - the core on a small plan text with the real importer: the mapping passed through, kinds changed by it, a
 *     style read as 正文, and a mapping remembered for the document's style (ImportReport.style) and forgotten.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { importText } from '../../shared/importer/index.js';
import { walk, type LevelMapping, type PlanDoc } from '../../shared/model/plan.js';
import { createCore, type Core } from '../../electron/core/core.js';
import { fails, ok } from '../helpers/core-call.js';
import { LEVEL_MAPPINGS_KEY, MAX_REMEMBERED, rememberMapping, rememberedMappings } from '../../electron/core/level-mappings.js';
import { tempDirs } from '../helpers/temp.js';

const SEEDS_DIR = path.join(import.meta.dirname, '..', '..', 'seeds');
const tempDir = tempDirs('pw-mapping-');
function openCore(): Promise<Core> {
  const dataDir = tempDir();
  return createCore({ dataDir, seedsDir: SEEDS_DIR, host: 'test', logError: () => {} });
}

/** A small plan written for this test: 一、 parts, (一) groups, numbered points carrying 责任单位. */
const PLAN = [
  '某区数字政府建设三年行动计划(2024—2026年)',
  '一、总体要求',
  '到2026年,基本建成整体协同的数字政府。',
  '二、主要任务',
  '(一)提升政务服务水平',
  '1.深化一网通办。推进高频事项全程网办。责任单位:区政务服务办',
  '2.推广电子证照。实现常用证照免提交。责任单位:区大数据中心',
  '(二)推进数据共享',
  '3.建设数据共享平台。汇聚各部门数据资源。责任单位:区大数据中心',
  '三、保障措施',
  '加强组织领导,落实工作责任。',
  '',
].join('\n');
const PLAN_B64 = Buffer.from(PLAN, 'utf8').toString('base64');
const numbered = (doc: PlanDoc) => [...walk(doc.nodes)].map((w) => w.node).filter((n) => /^[1-9１-９]/.test(n.number));

/** The importer reads the plan above as 一、 › (一) › 1. (three styles, three levels). */
const PROBE = importText(PLAN, 'probe.txt').report;

describe('remembered level mappings (store)', () => {
  let core: Core;
  beforeAll(async () => { core = await openCore(); });
  afterAll(() => core.close());

  it('remembers per style, replaces, forgets on an empty mapping, keeps styles that look like object keys', async () => {
    const lib = core.db.plans;
    expect((await rememberedMappings(lib)).size).toBe(0);
    await rememberMapping(lib, 'cn>cnparen>arabic', { arabic: { kind: 'task' } });
    await rememberMapping(lib, '__proto__', { cn: { depth: 1 } });
    await rememberMapping(lib, 'cn>cnparen>arabic', { arabic: { kind: 'item' }, cnparen: { kind: 'action' } });
    const all = (await rememberedMappings(lib));
    expect([...all.keys()]).toEqual(['__proto__', 'cn>cnparen>arabic']);
    expect(all.get('cn>cnparen>arabic')).toEqual({ arabic: { kind: 'item' }, cnparen: { kind: 'action' } });
    expect(all.get('__proto__')).toEqual({ cn: { depth: 1 } });
    await rememberMapping(lib, '__proto__', {});
    expect([...(await rememberedMappings(lib)).keys()]).toEqual(['cn>cnparen>arabic']);
  });

  it('keeps the most recently saved MAX_REMEMBERED styles; a damaged entry is dropped, not fatal', async () => {
    const lib = core.db.plans;
    for (let i = 0; i < MAX_REMEMBERED + 5; i++) await rememberMapping(lib, `s${i}`, { k: { kind: 'task' } });
    const all = (await rememberedMappings(lib));
    expect(all.size).toBe(MAX_REMEMBERED);
    expect(all.has('s0')).toBe(false);
    expect(all.has(`s${MAX_REMEMBERED + 4}`)).toBe(true);
    await lib.setSetting(LEVEL_MAPPINGS_KEY, [['ok', { mapping: { a: { kind: 'task' } }, savedAt: '' }], ['bad', { mapping: { a: { kind: 'chapter' } } }], 'junk']);
    expect([...(await rememberedMappings(lib))]).toEqual([['ok', { a: { kind: 'task' } }]]);
    await lib.setSetting(LEVEL_MAPPINGS_KEY, { not: 'a list' });
    expect((await rememberedMappings(lib)).size).toBe(0);
  });
});

describe('the import worker applies a remembered mapping', () => {
  it('runs with the given mapping; else as inferred, then again with the mapping remembered for the style', async () => {
    vi.resetModules();
    const seen: (LevelMapping | undefined)[] = [];
    vi.doMock('../../shared/importer/index.js', () => ({
      importFile: async ({ mapping }: { mapping?: LevelMapping }) => {
        seen.push(mapping);
        return { format: 'plan-workbench/v1', meta: {}, nodes: [], report: { style: 'cn>arabic', mapping } };
      },
    }));
    const { run } = await import('../../electron/core/import-worker.js');
    const bytes = new Uint8Array([0x61]);
    const remembered = new Map<string, LevelMapping>([['cn>arabic', { arabic: { kind: 'task' } }], ['other', { x: { kind: 'item' } }]]);

    const given = await run({ bytes, fileName: 'a.txt', mapping: { cn: { kind: 'text' } }, remembered });
    expect(seen).toEqual([{ cn: { kind: 'text' } }]);
    expect(given.applied).toEqual({ style: null, mapping: { cn: { kind: 'text' } }, remembered: false });

    seen.length = 0;
    const auto = await run({ bytes, fileName: 'a.txt', remembered });
    expect(seen).toEqual([undefined, { arabic: { kind: 'task' } }]);
    expect(auto.applied).toEqual({ style: 'cn>arabic', mapping: { arabic: { kind: 'task' } }, remembered: true });
    expect((auto.doc as { report: { mapping: unknown } }).report.mapping).toEqual({ arabic: { kind: 'task' } });

    seen.length = 0;
    const none = await run({ bytes, fileName: 'a.txt', remembered: new Map([['other', { x: { kind: 'item' } }]]) });
    expect(seen).toEqual([undefined]);
    expect(none.applied).toBeUndefined();

    // {} from the planner (恢复自动识别): one run, no remembered mapping
    seen.length = 0;
    const reset = await run({ bytes, fileName: 'a.txt', mapping: {}, remembered });
    expect(seen).toEqual([{}]);
    expect(reset.applied).toEqual({ style: null, mapping: {}, remembered: false });
    vi.doUnmock('../../shared/importer/index.js');
  });
});

describe('plan.importPreview / plan.importCommit with a level mapping (core)', () => {
  let core: Core;
  beforeAll(async () => { core = await openCore(); }, 60_000);
  afterAll(() => core.close());

  it('the mapping reaches the importer and the answer says which mapping it was made with', async () => {
    const plain = await ok(core, 'plan.importPreview', { fileName: '数字政府.txt', dataBase64: PLAN_B64 });
    expect(plain.levelMapping).toBeUndefined();
    const withMapping = await ok(core, 'plan.importPreview', { fileName: '数字政府.txt', dataBase64: PLAN_B64, mapping: {} });
    expect(withMapping.levelMapping).toEqual({ style: null, mapping: {}, remembered: false });
    const m = { arabic: { kind: 'task' as const } };
    expect((await ok(core, 'plan.importPreview', { fileName: '数字政府.txt', dataBase64: PLAN_B64, mapping: m })).levelMapping).toEqual({ style: null, mapping: m, remembered: false });
  }, 60_000);

  it('refuses malformed mappings with invalid-input', async () => {
    const base = { fileName: 'a.txt', dataBase64: PLAN_B64 };
    for (const mapping of [
      { arabic: { kind: 'chapter' } },
      { arabic: { kind: 'task', colour: 'red' } },
      { arabic: { depth: -1 } },
      { arabic: { depth: 1.5 } },
      { '': { kind: 'task' } },
      { ['x'.repeat(41)]: { kind: 'task' } },
      Object.fromEntries(Array.from({ length: 41 }, (_, i) => [`k${i}`, { kind: 'task' }])),
      [],
      'task',
    ]) {
      expect((await fails(core, 'plan.importPreview', { ...base, mapping })).code, JSON.stringify(mapping).slice(0, 60)).toBe('invalid-input');
    }
  });

  it('importCommit remembers the mapping for the style with the plan; an empty mapping forgets it; a refused commit remembers nothing', async () => {
    const doc = await ok(core, 'plan.importPreview', { fileName: '数字政府.txt', dataBase64: PLAN_B64 });
    const { levelMapping: _none, ...plan } = doc;
    const before = (await rememberedMappings(core.db.plans)).size;
    const bad = await fails(core, 'plan.importCommit', { doc: { ...plan, nodes: [...plan.nodes, ...plan.nodes] }, levelMapping: { style: 'x>y', mapping: { y: { kind: 'task' } } } });
    expect(bad.code).not.toBe('internal');
    expect((await rememberedMappings(core.db.plans)).size).toBe(before);
    const { id } = await ok(core, 'plan.importCommit', { doc: plan, status: 'draft', levelMapping: { style: 'x>y', mapping: { y: { kind: 'task' } } } });
    expect(id).toBeTruthy();
    expect((await rememberedMappings(core.db.plans)).get('x>y')).toEqual({ y: { kind: 'task' } });
    await ok(core, 'plan.importCommit', { doc: plan, levelMapping: { style: 'x>y', mapping: {} } });
    expect((await rememberedMappings(core.db.plans)).has('x>y')).toBe(false);
    expect((await fails(core, 'plan.importCommit', { doc: plan, levelMapping: { style: '', mapping: {} } })).code).toBe('invalid-input');
    expect((await fails(core, 'plan.importCommit', { doc: plan, levelMapping: { mapping: {} } })).code).toBe('invalid-input');
  }, 60_000);

  // ---- with the importer's levels (issue 12's grammar) ------------------------------------------------------------

  describe('with the importer\'s own levels', () => {
    it('the importer reports the three levels of the plan and its style', () => {
      expect(PROBE?.levels?.map((l) => [l.sample, l.depth, l.count])).toEqual([['一、', 0, 3], ['(一)', 1, 2], ['1.', 2, 3]]);
      expect(PROBE?.style).toBe(PROBE?.levels?.map((l) => l.key).join('>'));
    });

    it('changing the kind of the numbered level changes the kinds of its headings; 正文 makes them body text', async () => {
      const auto = await ok(core, 'plan.importPreview', { fileName: '数字政府.txt', dataBase64: PLAN_B64 });
      const levels = auto.report!.levels!;
      const one = levels.find((l) => /^[1１]/.test(l.sample.trim()));
      expect(one, JSON.stringify(levels)).toBeDefined();
      expect(one!.count).toBe(3);
      expect(auto.report!.style).toBeTruthy();
      const other = one!.kind === 'task' ? 'item' : 'task';
      const mapped = await ok(core, 'plan.importPreview', { fileName: '数字政府.txt', dataBase64: PLAN_B64, mapping: { [one!.key]: { kind: other } } });
      expect(numbered(mapped).map((n) => n.kind)).toEqual([other, other, other]);
      expect(mapped.report!.levels!.find((l) => l.key === one!.key)!.kind).toBe(other);
      expect(numbered(auto).map((n) => n.kind)).toEqual([one!.kind, one!.kind, one!.kind]);

      const text = await ok(core, 'plan.importPreview', { fileName: '数字政府.txt', dataBase64: PLAN_B64, mapping: { [one!.key]: { kind: 'text' } } });
      expect(numbered(text)).toEqual([]);
      const all = [...walk(text.nodes)].map((w) => `${w.node.heading}\n${w.node.body}`).join('\n');
      expect(all).toContain('深化一网通办'); // kept as body text, not lost
    }, 60_000);

    it('a mapping saved with a plan applies to the next document of the same style, and can be forgotten', async () => {
      const auto = await ok(core, 'plan.importPreview', { fileName: '数字政府.txt', dataBase64: PLAN_B64 });
      const one = auto.report!.levels!.find((l) => /^[1１]/.test(l.sample.trim()))!;
      const other = one.kind === 'task' ? 'item' : 'task';
      const mapping = { [one.key]: { kind: other } };
      const mapped = await ok(core, 'plan.importPreview', { fileName: '数字政府.txt', dataBase64: PLAN_B64, mapping });
      const { levelMapping: _m, ...plan } = mapped;
      await ok(core, 'plan.importCommit', { doc: plan, levelMapping: { style: auto.report!.style!, mapping } });

      // another document in the same style (other words, same numbering)
      const second = PLAN.replace(/数字政府/g, '智慧城市').replace('深化一网通办', '建设城市大脑');
      const again = await ok(core, 'plan.importPreview', { fileName: '智慧城市.txt', dataBase64: Buffer.from(second).toString('base64') });
      expect(again.levelMapping).toEqual({ style: auto.report!.style, mapping, remembered: true });
      expect(numbered(again).map((n) => n.kind)).toEqual([other, other, other]);

      await ok(core, 'plan.importCommit', { doc: plan, levelMapping: { style: auto.report!.style!, mapping: {} } });
      const forgotten = await ok(core, 'plan.importPreview', { fileName: '智慧城市.txt', dataBase64: Buffer.from(second).toString('base64') });
      expect(forgotten.levelMapping).toBeUndefined();
      expect(numbered(forgotten).map((n) => n.kind)).toEqual([one.kind, one.kind, one.kind]);
    }, 60_000);
  });
});
