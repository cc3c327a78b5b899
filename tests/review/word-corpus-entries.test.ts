/**
 * Annotations on a task's department, indicator and milestone, made on corpus documents as imported, exported with
 * 包含批注与修改建议 as Markdown and as Word (plain, with the annexes, with the cover) and read back — Markdown imported
 * into another library, the Word file's comments onto the same document imported there (review.importWord) — come
 * back every one, on the same entry (docs/review.md › The Word round trip).
 * 52 (a plan whose 分解表 is kept as an annex) and 87 (a duty list grouped by the leader in charge) print a task's
 * departments, which their text does not state, as a 牵头单位：…；配合单位：… line in plain Word. A comment on the lead
 * stands on that line: the plan's text holds it nowhere, and the lead leads other tasks too, so the entry's node was
 * not found — it came back orphaned on the kept table (52) or not at all (87). The node is the one whose heading is
 * the nearest above the comment. (The matching is the core's logic over either storage; run on SQLite.)
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { walk, type PlanNode } from '../../shared/model/plan.js';
import { itemTexts } from '../../shared/review/fields.js';
import { createCore, type Core } from '../../electron/core/core.js';
import type { AnnotationView } from '../../shared/review/model.js';
import { ok } from '../helpers/core-call.js';
import { tempDirs } from '../helpers/temp.js';

const DOCS = path.join(import.meta.dirname, '..', 'corpus', 'docs');
const tempDir = tempDirs('pw-word-corpus-');
const cores: Core[] = [];
afterAll(() => { for (const c of cores.splice(0)) c.close(); });
const seeds = mkdtempSync(path.join(tempDir(), 'seeds-'));
async function open(): Promise<Core> {
  const c = await createCore({ dataDir: tempDir(), seedsDir: seeds, host: 'test', logError: (m, e) => { throw new Error(`${m} ${String(e)}`); } });
  cores.push(c);
  await ok(c, 'prefs.set', { identity: { name: '王审核', department: '区发展改革委' } });
  return c;
}
async function importInto(core: Core, fileName: string, dataBase64: string) {
  const { levelMapping: _m, duplicates: _d, ...doc } = await ok(core, 'plan.importPreview', { fileName, dataBase64 });
  return (await ok(core, 'plan.importCommit', { doc, status: 'draft' })).id;
}
const nodesOf = async (core: Core, id: string): Promise<PlanNode[]> => [...walk((await ok(core, 'plan.get', { id })).nodes)].map((w) => w.node);
/** What must come back: kind, the entry (field, index, words), text, replacement, whether found, and the node's heading. */
const view = (list: AnnotationView[], nodes: PlanNode[]) => list.map((a) => [a.kind, a.anchor.field, a.anchor.start, a.anchor.quote, a.body, a.replacement, a.resolved.state,
  nodes.find((n) => n.id === a.resolved.nodeId)?.heading.replace(/。$/, '') ?? null].join('|')).sort();
// (the heading without a closing 。: Markdown prints 87's "…滨河路二期。" as a heading, which comes back without it)

describe('annotations on a department, an indicator and a milestone of corpus documents through Markdown and Word', () => {
  it.each([
    ['52', '打造夜间消费集聚区', '区商务局'],
    ['87', '新建改建城市道路12公里，2025年底前建成滨河路二期。', '区住房城乡建设局'],
  ])('%s: every annotation comes back on its entry', async (prefix, heading, lead) => {
    const file = readdirSync(DOCS).find((f) => f.startsWith(`${prefix}-`))!;
    const data = readFileSync(path.join(DOCS, file)).toString('base64');
    const a = await open();
    const id = await importInto(a, file, data);
    const nodes = await nodesOf(a, id);
    const t = nodes.find((n) => n.heading === heading)!;
    // (the lead leads other tasks of the plan too, and the task's text does not name it)
    expect(t.lead[0]).toBe(lead);
    expect(nodes.filter((n) => n.lead.includes(lead)).length).toBeGreaterThan(1);
    expect(t.body).not.toContain(lead);
    const add = (input: object) => ok(a, 'review.add', { planId: id, ...input });
    await add({ kind: 'comment', anchor: { nodeId: t.id, field: 'lead', start: 0, end: 1, quote: t.lead[0] }, body: '牵头单位是否调整' });
    await add({ kind: 'comment', anchor: { nodeId: t.id, field: 'partners', start: 0, end: 1, quote: t.partners[0] }, body: '配合单位再核' });
    await add({ kind: 'comment', anchor: { nodeId: t.id, field: 'indicators', start: 0, end: 1, quote: itemTexts(t, 'indicators')[0] }, body: '指标口径?' });
    const ms = itemTexts(t, 'milestones')[0];
    await add({ kind: 'suggestion', anchor: { nodeId: t.id, field: 'milestones', start: 0, end: 1, quote: ms }, body: '提前一年', replacement: ms.replace(/^(\d{4})/, (y) => String(Number(y) - 1)) });
    const want = view(await ok(a, 'review.list', { planId: id }), nodes);
    expect(want).toHaveLength(4);
    expect(want.every((w) => w.endsWith(`|ok|${heading.replace(/。$/, '')}`))).toBe(true);

    const md = await ok(a, 'export.markdown', { id, annotations: true });
    const b = await open();
    const idB = await importInto(b, 'plan.md', Buffer.from(md.text, 'utf8').toString('base64'));
    expect(view(await ok(b, 'review.list', { planId: idB }), await nodesOf(b, idB)), 'markdown').toEqual(want);

    for (const options of [{ annotations: true }, { annotations: true, annexes: true }, { annotations: true, annexes: true, cover: true }]) {
      const docx = (await ok(a, 'export.docx', { id, options })).dataBase64;
      const c = await open();
      const idC = await importInto(c, file, data);
      const report = await ok(c, 'review.importWord', { planId: idC, file: { fileName: 'review.docx', dataBase64: docx } });
      expect(report, JSON.stringify(options)).toMatchObject({ comments: 4, added: 4, unmatched: [] });
      expect(view(await ok(c, 'review.list', { planId: idC }), await nodesOf(c, idC)), JSON.stringify(options)).toEqual(want);
    }
  });
});
