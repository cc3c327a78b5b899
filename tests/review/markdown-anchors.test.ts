/**
 * Range annotations through the Markdown round trip when the quoted text holds half-width punctuation (docs/exchange.md,
 * annotations): the export prints the text as a 公文 does (`,` → `，`, `2020-2022` → `2020—2022`), the block carries
 * the quote as the reviewer marked it, and the import finds it again width-insensitively
 * (shared/importer/annotations.ts relocate). Over the five seeds: every quote in a body holding `,` `;` `:` `(` `)` or
 * a year range `2020-2022` comes back on its node, state ok (not changed, not orphaned), covering the same words.
 */
import path from 'node:path';
import { expect, it } from 'vitest';
import { walk } from '../../shared/model/plan.js';
import { createCore } from '../../electron/core/core.js';
import { ok } from '../helpers/core-call.js';
import { tempDirs } from '../helpers/temp.js';

const SEEDS_DIR = path.join(import.meta.dirname, '..', '..', 'seeds');
const tempDir = tempDirs('pw-mdanch-');
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
/** Half-width marks the export prints full-width, and a year range it prints with the 一字线. */
const HALF = /[,;:()]|(?:19|20)\d\d-(?:19|20)\d\d/;
/** The same words whatever the width of their punctuation (an expectation written apart from the importer's fold). */
const same = (s: string) => s.normalize('NFKC').replace(/[—–]/g, '-');

it('quotes holding half-width punctuation keep their place through the Markdown round trip (five seeds)', async () => {
  const core = await createCore({ dataDir: tempDir(), seedsDir: SEEDS_DIR, host: 'test', logError: (m, e) => { throw new Error(`${m} ${String(e)}`); } });
  await ok(core, 'prefs.set', { identity: { name: '王审核', department: '区发展改革委' } });
  let marked = 0;
  for (const seed of await ok(core, 'library.list', {})) {
    const { id } = await ok(core, 'plan.duplicate', { id: seed.id });
    const plan = await ok(core, 'plan.get', { id });
    const want = new Map<string, { heading: string; quote: string }>();
    for (const { node } of walk(plan.nodes)) {
      const m = HALF.exec(node.body);
      if (!m || want.size >= 40) continue;
      const start = Math.max(0, m.index - 8);
      const quote = node.body.slice(start, start + 20);
      if (quote.includes('\n')) continue;
      const tag = `Q${want.size}`;
      await ok(core, 'review.add', { planId: id, kind: 'comment', anchor: { nodeId: node.id, field: 'body', start, end: start + quote.length, quote }, body: tag });
      want.set(tag, { heading: node.heading, quote });
    }
    marked += want.size;
    const md = await ok(core, 'export.markdown', { id, annotations: true });
    const { levelMapping: _m, duplicates: _d, ...doc } = await ok(core, 'plan.importPreview', { fileName: 'p.md', dataBase64: b64(md.text) });
    const { id: back } = await ok(core, 'plan.importCommit', { doc, status: 'draft' });
    const nodes = new Map([...walk((await ok(core, 'plan.get', { id: back })).nodes)].map((w) => [w.node.id, w.node]));
    const got = (await ok(core, 'review.list', { planId: back })).map((a) => ({
      tag: a.body, state: a.resolved.state, heading: same(nodes.get(a.resolved.nodeId)?.heading ?? "NONE"), text: same(a.resolved.text),
    })).sort((a, b) => Number(a.tag.slice(1)) - Number(b.tag.slice(1)));
    expect(got, seed.title).toEqual([...want].map(([tag, w]) => ({ tag, state: 'ok', heading: same(w.heading), text: same(w.quote) })));
  }
  expect(marked).toBeGreaterThan(40);
  core.close();
}, 300_000);
