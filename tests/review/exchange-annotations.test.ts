/**
 * A reviewer's annotations through the open exchange formats (docs/exchange.md, "Nothing entered is lost"): a draft
 * of the 杨浦 seed with a comment on a range and its reply, a resolved comment, a comment on the whole node, a
 * suggestion with its reason, a rejected suggestion, a comment on one lead department and a suggestion on one milestone
 * — exported as plan JSON with its annotations (as the export dialog and `export-json --annotations` write it) and as
 * Markdown with 包含批注 (export.markdown), imported through the core (plan.importPreview → plan.importCommit) into
 * another library and into the same one, and listed again (review.list): the same annotations — kind, author, times,
 * text, status, who closed it, anchor (field, quote, entry index), replacement, reason, replies — on the same nodes.
 * Bad input (an annotation naming a node the file does not hold, a malformed annotation or comment block) is a report
 * line; the plan comes in. On both storages. Quoted text: seeds/002_72028bf86ba9aa86.txt line 219.
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { StoredPlan } from '../../shared/api/contract.js';
import { walk, type PlanNode } from '../../shared/model/plan.js';
import { exchangedAnnotations, type AnnotationView } from '../../shared/review/model.js';
import { itemTexts } from '../../shared/review/fields.js';
import { type Core } from '../../electron/core/core.js';
import { ok } from '../helpers/core-call.js';
import { tempDirs } from '../helpers/temp.js';
import { ENGINES, engineCore, engineMissing } from '../helpers/engines.js';

describe.each(ENGINES)('%s', (engine) => {
  const createCore = engineCore(engine);
  describe.skipIf(engineMissing(engine))(`on ${engine}`, () => {
    const SEEDS_DIR = path.join(import.meta.dirname, '..', '..', 'seeds');
    const QUOTE = '家庭光纤接入率达到90%以上';
    const tempDir = tempDirs('pw-exann-');
    const cores: Core[] = [];
    afterAll(() => {
      for (const c of cores.splice(0)) c.close();
    });
    async function open(): Promise<Core> {
      const c = await createCore({ dataDir: tempDir(), seedsDir: SEEDS_DIR, host: 'test', logError: (m, e) => { throw new Error(`${m} ${String(e)}`); } });
      cores.push(c);
      return c;
    }
    const nodes = (p: StoredPlan): PlanNode[] => [...walk(p.nodes)].map((w) => w.node);
    const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

    /** The draft and its annotations, made through the API by two people. */
    async function annotated(core: Core) {
      await ok(core, 'prefs.set', { identity: { name: '王审核', department: '区发展改革委' } });
      const seed = (await ok(core, 'library.list', {})).find((p) => p.district === '杨浦区')!;
      const { id } = await ok(core, 'plan.duplicate', { id: seed.id });
      const plan = await ok(core, 'plan.get', { id });
      const all = nodes(plan);
      const quoted = all.find((n) => n.body.includes(QUOTE))!;
      const at = quoted.body.indexOf(QUOTE);
      const withLead = all.find((n) => n.lead.length > 0 && n.milestones.length > 1)!;
      const add = (input: Omit<Parameters<typeof ok<'review.add'>>[2], 'planId'>) => ok(core, 'review.add', { planId: id, ...input });
      const range = await add({ kind: 'comment', anchor: { nodeId: quoted.id, field: 'body', start: at, end: at + QUOTE.length, quote: QUOTE }, body: '请写明2017年的目标值' });
      const resolved = await add({ kind: 'comment', anchor: { nodeId: quoted.id, field: 'heading', start: 0, end: 2, quote: quoted.heading.slice(0, 2) }, body: '标题可再精炼' });
      const whole = await add({ kind: 'comment', anchor: { nodeId: withLead.id, field: 'node', start: 0, end: 0, quote: '' }, body: '本任务与第三部分重复?' });
      const suggestion = await add({ kind: 'suggestion', anchor: { nodeId: quoted.id, field: 'body', start: at, end: at + 4, quote: QUOTE.slice(0, 4) }, body: '用语统一', replacement: '家庭宽带' });
      const rejected = await add({ kind: 'suggestion', anchor: { nodeId: quoted.id, field: 'body', start: at + 7, end: at + 10, quote: QUOTE.slice(7, 10) }, body: '', replacement: '95%' });
      const lead = await add({ kind: 'comment', anchor: { nodeId: withLead.id, field: 'lead', start: 0, end: 1, quote: withLead.lead[0] }, body: '牵头单位是否调整' });
      const ms = itemTexts(withLead, 'milestones')[1];
      const milestone = await add({ kind: 'suggestion', anchor: { nodeId: withLead.id, field: 'milestones', start: 1, end: 2, quote: ms }, body: '提前一年', replacement: ms.replace(/^(\d{4})/, (y) => String(Number(y) - 1)) });
      await ok(core, 'prefs.set', { identity: { name: '李规划', department: '区科委' } });
      await ok(core, 'review.reply', { planId: id, annotationId: range.id, body: '已补充:到2017年达到95%' });
      await ok(core, 'review.setStatus', { planId: id, annotationId: resolved.id, status: 'resolved' });
      await ok(core, 'review.setStatus', { planId: id, annotationId: rejected.id, status: 'rejected' });
      const list = await ok(core, 'review.list', { planId: id });
      expect(list.map((a) => a.id).sort()).toEqual([range, resolved, whole, suggestion, rejected, lead, milestone].map((a) => a.id).sort());
      return { id, plan, list };
    }

    /** What must come back of an annotation: everything a person entered or did, and where it points (by the node's text). */
    const entered = (a: AnnotationView, plan: StoredPlan) => {
      const node = nodes(plan).find((n) => n.id === a.resolved.nodeId);
      return {
        kind: a.kind, author: a.author, createdAt: a.createdAt, updatedAt: a.updatedAt, body: a.body, replacement: a.replacement, status: a.status,
        closedBy: a.closedBy, closedAt: a.closedAt, replies: a.replies.map((r) => ({ author: r.author, body: r.body, createdAt: r.createdAt })),
        field: a.anchor.field, quote: a.anchor.quote, state: a.resolved.state, text: a.resolved.text,
        entry: a.anchor.field === 'lead' || a.anchor.field === 'milestones' ? a.anchor.start : null,
        node: node ? `${node.number.normalize('NFKC')}|${node.heading}` : null,
      };
    };
    const sorted = (list: AnnotationView[], plan: StoredPlan) => list.map((a) => entered(a, plan)).sort((x, y) => `${x.createdAt}${x.body}`.localeCompare(`${y.createdAt}${y.body}`));

    async function importInto(core: Core, fileName: string, text: string, status: 'draft' | 'reference' = 'draft') {
      const { levelMapping: _m, duplicates: _d, ...doc } = await ok(core, 'plan.importPreview', { fileName, dataBase64: b64(text) });
      const { id } = await ok(core, 'plan.importCommit', { doc, status });
      return { id, plan: await ok(core, 'plan.get', { id }), list: await ok(core, 'review.list', { planId: id }), report: doc.report };
    }

    it('plan JSON with its annotations: the same annotations on the same nodes (node ids kept), in another library and in the same one', async () => {
      const a = await open();
      const { id, plan, list } = await annotated(a);
      const { revision: _r, ...doc } = plan;
      const file = JSON.stringify({ ...doc, annotations: exchangedAnnotations(list) }, null, 2);
      const want = sorted(list, plan);
      expect(want.every((x) => x.state === 'ok')).toBe(true);

      const b = await open();
      const there = await importInto(b, 'plan.json', file, 'reference');
      expect(sorted(there.list, there.plan)).toEqual(want);
      // node ids are the file's: the anchors name the same nodes; the annotation ids too (not taken in that library)
      expect(there.list.map((x) => [x.id, x.anchor.nodeId]).sort()).toEqual(list.map((x) => [x.id, x.anchor.nodeId]).sort());
      // rounds are the library's own: none in the file, none on the imported annotations
      expect(there.list.every((x) => x.round === null && x.planId === there.id)).toBe(true);

      const here = await importInto(a, 'plan.json', file);
      expect(sorted(here.list, here.plan)).toEqual(want);
      // ids already used in this library (the original plan's) are given fresh ones; the original keeps its own
      expect(here.list.some((x) => list.some((y) => y.id === x.id))).toBe(false);
      expect((await ok(a, 'review.list', { planId: id })).length).toBe(list.length);
      // the history says what came in
      const history = await ok(a, 'history.list', { planId: here.id });
      expect(history.some((h) => h.summary.includes(`含 ${list.length} 条批注`))).toBe(true);
    });

    it('Markdown with 包含批注: comment blocks a reader does not show, read back as the same annotations', async () => {
      const a = await open();
      const { id, plan, list } = await annotated(a);
      const without = await ok(a, 'export.markdown', { id });
      const md = await ok(a, 'export.markdown', { id, annotations: true });
      expect(md.annotations).toBe(list.length);
      // the plan's text is the same; the blocks follow it, one per annotation, as labelled lines
      expect(md.text.startsWith(without.text.trimEnd())).toBe(true);
      expect(md.text.match(/^<!-- 批注 /gm)?.length).toBe(list.length);
      expect(md.text).toContain('作者：王审核\n作者部门：区发展改革委');
      expect(md.text).toContain('状态：已解决');
      expect(md.text).toContain('回复人：李规划');
      const b = await open();
      const back = await importInto(b, 'plan.md', md.text);
      expect(sorted(back.list, back.plan)).toEqual(sorted(list, plan));
      expect(back.report?.warnings.filter((w) => w.code.startsWith('annotation'))).toEqual([]);
      // and again into the same library
      const again = await importInto(a, 'plan.md', md.text);
      expect(sorted(again.list, again.plan)).toEqual(sorted(list, plan));
    });

    it('bad input is a report line, never a refused plan: a node the file does not hold, a malformed annotation, a broken comment block', async () => {
      const a = await open();
      const { plan, list } = await annotated(a);
      const { revision: _r, ...doc } = plan;
      const [first, second, ...rest] = exchangedAnnotations(list);
      const lost = { ...first, anchor: { ...first.anchor, nodeId: 'n9999', path: ['n9998'] } };
      const { author: _author, ...broken } = second;
      const json = await importInto(a, 'plan.json', JSON.stringify({ ...doc, annotations: [lost, broken, ...rest] }));
      expect(nodes(json.plan).length).toBe(nodes(plan).length);
      const lines = json.report!.warnings.filter((w) => w.code.startsWith('annotation')).map((w) => w.message);
      expect(lines).toEqual([
        expect.stringMatching(/^批注第 1 条\(王审核“家庭光纤接入率达到90%以上”\)所在的节点 n9999 不在文件中:已导入,列为“找不到原文”$/),
        expect.stringMatching(/^批注第 2 条不符合格式,未导入:author\(/),
      ]);
      // kept, listed as orphaned; the malformed one left out; the rest as they were
      expect(json.list.length).toBe(list.length - 1);
      expect(json.list.find((x) => x.body === first.body)!.resolved.state).toBe('orphaned');
      // the quoted words edited in the file: the range is kept, shown as 原文已改 (changed), never dropped
      const edited = structuredClone(doc);
      const holder = nodes(edited as StoredPlan).find((n) => n.body.includes(QUOTE))!;
      holder.body = holder.body.replace(QUOTE, '家庭光纤接入率达到95%以上');
      const changed = await importInto(a, 'plan.json', JSON.stringify({ ...edited, annotations: exchangedAnnotations(list) }));
      const range = changed.list.find((x) => x.anchor.quote === QUOTE)!;
      expect(range.resolved.state).toBe('changed');
      expect(range.resolved.text).toBe('家庭光纤接入率达到95%以上');
      expect(changed.list.length).toBe(list.length);
      // an annotations section that is no list
      const notList = await importInto(a, 'plan.json', JSON.stringify({ ...doc, annotations: { a: 1 } }));
      expect(notList.list).toEqual([]);
      expect(notList.report!.warnings.map((w) => w.message)).toContain('文件中的批注部分(annotations)不是列表,批注未导入;规划本身已读入');

      const md = (await ok(a, 'export.markdown', { id: plan.id, annotations: true })).text;
      const mangled = md
        .replace('状态：已解决', '状态：搁置')
        .replace(/\n-->\n*$/, '\n'); // the last block never closed
      const back = await importInto(a, 'plan.md', mangled);
      expect(nodes(back.plan).length).toBe(nodes((await importInto(a, 'plain.md', (await ok(a, 'export.markdown', { id: plan.id })).text)).plan).length);
      const mdLines = back.report!.warnings.filter((w) => w.code.startsWith('annotation')).map((w) => w.message);
      expect(mdLines).toEqual([
        expect.stringMatching(/^第 \d+ 行的批注注释块无法读取,未导入:“状态”应为 未解决、已解决、已采纳、已拒绝 之一$/),
        expect.stringMatching(/^第 \d+ 行的批注注释块无法读取,未导入:批注注释块没有结束标记 -->\(只去掉了第 (\d+)–\d+ 行,其后的文字照常读入\)$/),
      ]);
      expect(back.list.length).toBe(list.length - 2);
    });
  });
});
