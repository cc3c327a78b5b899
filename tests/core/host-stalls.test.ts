/**
 * The host never freezes (docs/reliability.md › The host never freezes): work that grows with the library or the
 * plans runs in a worker thread or gives the host's event loop turns. Behaviour only — how long the loop waited is
 * measured by tests/bench/stalls.ts, not asserted here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createCore } from '../../electron/core/core.js';
import { COMPARE_IN_WORKER_NODES } from '../../electron/core/handlers/compare.js';
import { MARKDOWN_IN_WORKER_NODES } from '../../electron/core/handlers/export.js';
import { exportMarkdown } from '../../electron/core/export.js';
import { compareVersions } from '../../shared/compare/index.js';
import { comparePlans } from '../../shared/compare/index.js';
import { importText } from '../../shared/importer/index.js';
import { bigPlan } from '../bench/stalls.js';
import { tempDirs } from '../helpers/temp.js';
import { ok } from '../helpers/core-call.js';

// comparePlansIsolated as the core has it, counted
const isolatedCompares = vi.hoisted(() => ({ n: 0, checks: [] as string[], versions: 0, markdown: 0 }));
vi.mock('../../electron/core/isolated-import.js', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../../electron/core/isolated-import.js')>();
  return {
    ...orig,
    comparePlansIsolated: (...args: Parameters<typeof orig.comparePlansIsolated>) => {
      isolatedCompares.n++;
      return orig.comparePlansIsolated(...args);
    },
    compareVersionsIsolated: (...args: Parameters<typeof orig.compareVersionsIsolated>) => {
      isolatedCompares.versions++;
      return orig.compareVersionsIsolated(...args);
    },
    exportMarkdownIsolated: (...args: Parameters<typeof orig.exportMarkdownIsolated>) => {
      isolatedCompares.markdown++;
      return orig.exportMarkdownIsolated(...args);
    },
    sqliteCheckIsolated: (...args: Parameters<typeof orig.sqliteCheckIsolated>) => {
      isolatedCompares.checks.push(`${args[0]} ${path.basename(args[1]).replace(/\d{8}T\d{9}Z/, '<time>')}`);
      return orig.sqliteCheckIsolated(...args);
    },
  };
});

const tempDir = tempDirs('pw-host-stalls-');
const SEEDS = path.join(import.meta.dirname, '..', '..', 'seeds');
const open = () => createCore({ dataDir: tempDir(), seedsDir: null, host: 'test', logError: () => {} });

/** Turns of the event loop (setImmediate callbacks) while `work` runs. */
async function turnsDuring<T>(work: () => Promise<T>): Promise<{ value: T; turns: number }> {
  let turns = 0;
  let on = true;
  const tick = () => {
    turns++;
    if (on) setImmediate(tick);
  };
  setImmediate(tick);
  await new Promise((r) => setImmediate(r));
  turns = 0;
  try {
    return { value: await work(), turns };
  } finally {
    on = false;
  }
}

describe('work off the host thread', () => {
  it(`compare.plans of plans with more than ${COMPARE_IN_WORKER_NODES} nodes together runs in a worker, with the host's answer; two small plans stay on the host`, async () => {
    expect(COMPARE_IN_WORKER_NODES).toBe(500);
    const core = await open();
    try {
      // 150 tasks each: 20 parts + 100 actions + 150 tasks = 270 nodes a plan, 540 together
      const { id: leftId } = await ok(core, 'plan.importCommit', { doc: bigPlan(150, 1) });
      const { id: rightId } = await ok(core, 'plan.importCommit', { doc: bigPlan(150, 2) });
      isolatedCompares.n = 0;
      const c = await ok(core, 'compare.plans', { leftId, rightId });
      expect(isolatedCompares.n).toBe(1);
      const { id: _l, revision: _lr, ...left } = await ok(core, 'plan.get', { id: leftId });
      const { id: _r, revision: _rr, ...right } = await ok(core, 'plan.get', { id: rightId });
      expect(c).toEqual({ leftId, rightId, ...comparePlans({ ...left, id: leftId }, { ...right, id: rightId }, { pins: [] }), pins: [] });
      // two plans of 10 tasks (31 nodes each)
      const { id: a } = await ok(core, 'plan.importCommit', { doc: bigPlan(10, 3) });
      const { id: b } = await ok(core, 'plan.importCommit', { doc: bigPlan(10, 4) });
      isolatedCompares.n = 0;
      await ok(core, 'compare.plans', { leftId: a, rightId: b });
      expect(isolatedCompares.n).toBe(0);
    } finally {
      core.close();
    }
  }, 120_000);

  it('compare.similar on a library whose plans have no vectors yet computes them with turns of the event loop in between', async () => {
    const core = await open();
    try {
      const seeds = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
      const docs = seeds.map((f) => importText(fs.readFileSync(path.join(SEEDS, f), 'utf8'), f));
      const ids: string[] = [];
      // importCommit stores no vectors: the first library-wide comparison computes them all
      for (let i = 0; i < 60; i++) ids.push((await ok(core, 'plan.importCommit', { doc: docs[i % docs.length] })).id);
      const { value, turns } = await turnsDuring(() => ok(core, 'compare.similar', { planId: ids[2] }));
      expect(value.planId).toBe(ids[2]);
      expect(value.plans.length).toBeGreaterThan(0);
      // every 25 ms of refreshing the loop turns; 60 plans take well over 100 ms on any machine
      expect(turns).toBeGreaterThanOrEqual(3);
      // the vectors are stored: a second call has none to compute, and answers the same
      const again = await ok(core, 'compare.similar', { planId: ids[2] });
      expect(again).toEqual(value);
    } finally {
      core.close();
    }
  }, 120_000);

  it('backup.create and backup.restore check the backup files in a worker (quick_check of the copy, integrity_check before a restore)', async () => {
    const core = await open();
    try {
      const { id } = await ok(core, 'plan.createBlank', { title: '备份前', district: '某区', period: { start: 2027, end: 2029 } });
      isolatedCompares.checks.length = 0;
      const made = await ok(core, 'backup.create', {});
      expect(isolatedCompares.checks).toEqual([`backup-copy .library-<time>-v${made.schemaVersion}-manual.sqlite.tmp`]);
      await ok(core, 'plan.createBlank', { title: '备份后', district: '某区', period: { start: 2027, end: 2029 } });
      isolatedCompares.checks.length = 0;
      const r = await ok(core, 'backup.restore', { name: made.name });
      expect(isolatedCompares.checks).toEqual([`validate-backup ${made.name.replace(/\d{8}T\d{9}Z/, '<time>')}`, `backup-copy .library-<time>-v${made.schemaVersion}-pre-restore.sqlite.tmp`]);
      expect(r.plans).toBe(1);
      expect((await ok(core, 'library.list', {})).map((p) => p.id)).toEqual([id]);
      // (a damaged or newer backup refused through the worker with the check's own words: tests/core/backup.test.ts)
    } finally {
      core.close();
    }
  }, 120_000);

  it('compare.versions and export.markdown of a large plan run in a worker, with the host\'s answers', async () => {
    expect(MARKDOWN_IN_WORKER_NODES).toBe(1500);
    const core = await open();
    try {
      // 1,500 tasks: 1,620 nodes
      const { id } = await ok(core, 'plan.importCommit', { doc: bigPlan(1500, 5) });
      const v1 = await ok(core, 'versions.create', { planId: id, name: '初稿' });
      const p = await ok(core, 'plan.get', { id });
      const { id: _id, revision, ...doc } = p;
      const edited = structuredClone(doc);
      edited.nodes[3].children[1].children[0].body = '改过的正文';
      await ok(core, 'plan.save', { id, doc: edited, baseRevision: revision });
      isolatedCompares.versions = 0;
      const d = await ok(core, 'compare.versions', { planId: id, fromVersionId: v1.versionId, toVersionId: 'current' });
      expect(isolatedCompares.versions).toBe(1);
      const stored = await ok(core, 'plan.get', { id });
      const { id: _i2, revision: _r2, ...now } = stored;
      const { planId: _p, from: _f, to: _t, ...diff } = d;
      expect(diff).toEqual(compareVersions(doc, now, { matchBy: 'id' }));
      expect(JSON.stringify(diff)).toContain('改过的正文');
      isolatedCompares.markdown = 0;
      const md = await ok(core, 'export.markdown', { id });
      expect(isolatedCompares.markdown).toBe(1);
      expect(md).toEqual(exportMarkdown(now));
      // a small plan stays on the host
      const { id: small } = await ok(core, 'plan.importCommit', { doc: bigPlan(20, 6) });
      await ok(core, 'export.markdown', { id: small });
      expect(isolatedCompares.markdown).toBe(1);
    } finally {
      core.close();
    }
  }, 120_000);
});
