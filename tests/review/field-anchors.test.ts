/**
 * Annotations on one entry of a list field (a department, an indicator, a milestone) through the core, on a draft of
 * the 杨浦 2015–2017 seed (seeds/002_72028bf86ba9aa86.txt): made, followed through edits (moved, outdated, deleted —
 * never lost), accepted into that entry only, carried by a review package and by the Word round trip.
 * Entries as read from the seed: 重点任务1 建设综合云平台 (n0048) has 牵头 区科委 first and the milestones 2015 启动 /
 * 2016 推进 / 2017 完成 建立政务云平台 …; 重点任务15 智慧健康 (n0067) has three indicators of one sentence
 * (市民电子健康档案建档率 / 电子病历使用率 / 医院间资源和信息共享率 …基本达到100%).
 */
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import type { StoredPlan } from '../../shared/api/contract.js';
import { walk, type PlanDoc, type PlanNode } from '../../shared/model/plan.js';
import { createCore, type Core } from '../../electron/core/core.js';
import { fails, ok } from '../helpers/core-call.js';
import { readWordComments } from '../../shared/review/word.js';
import { tempDirs } from '../helpers/temp.js';
import { ENGINES, engineCore, engineMissing } from '../helpers/engines.js';

/** 电子病历使用率 as an anchor quotes it: its field-line entry (the seed's sentence gives 100%, the plan's end year 2017). */
const EHR_ENTRY = '电子病历使用率不低于100%（2017年）';
const HEALTH_SENTENCE = '构建智慧化的医疗体系,让市民可切实享受到的具有便捷性、准确性的医疗卫生服务,市民电子健康档案建档率、电子病历使用率、医院间资源和信息共享率等基本达到100%。';

describe.each(ENGINES)('%s', (engine) => {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- shadows the core's createCore for this engine
  const createCore = engineCore(engine);
  describe.skipIf(engineMissing(engine))(`on ${engine}`, () => {
    const SEEDS_DIR = path.join(import.meta.dirname, '..', '..', 'seeds');
    const tempDir = tempDirs('pw-field-anchor-');
    const cores: Core[] = [];
    afterAll(() => {
      for (const c of cores.splice(0)) c.close();
    });
    async function open(): Promise<Core> {
      const c = await createCore({ dataDir: tempDir(), seedsDir: SEEDS_DIR, host: 'test', logError: (m, e) => { throw new Error(`${m} ${String(e)}`); } });
      cores.push(c);
      await ok(c, 'prefs.set', { identity: { name: '王审核', department: '区发展改革委' } });
      return c;
    }
    const docOf = (p: StoredPlan): PlanDoc => {
      const { id: _id, revision: _r, ...doc } = p;
      return doc;
    };
    const nodeIn = (d: PlanDoc, id: string): PlanNode => [...walk(d.nodes)].find((w) => w.node.id === id)!.node;
    async function draft(core: Core) {
      const seed = (await ok(core, 'library.list', {})).find((p) => p.district === '杨浦区')!;
      const { id } = await ok(core, 'plan.duplicate', { id: seed.id });
      return id;
    }
    async function save(core: Core, id: string, f: (d: PlanDoc) => void) {
      const cur = await ok(core, 'plan.get', { id });
      const d = docOf(cur);
      f(d);
      return ok(core, 'plan.save', { id, doc: d, baseRevision: cur.revision });
    }
    const lead0 = { nodeId: 'n0048', field: 'lead' as const, start: 0, end: 1, quote: '区科委' };

    it('the seed holds the entries these tests quote', async () => {
      const core = await open();
      const plan = await ok(core, 'plan.get', { id: await draft(core) });
      expect(nodeIn(plan, 'n0048').lead[0]).toBe('区科委');
      expect(nodeIn(plan, 'n0048').milestones[1]).toEqual({ year: 2016, stage: '推进', text: '建立政务云平台' });
      expect(nodeIn(plan, 'n0067').indicators.map((i) => [i.name, i.value, i.text])).toEqual([
        ['市民电子健康档案建档率', 100, HEALTH_SENTENCE],
        ['电子病历使用率', 100, HEALTH_SENTENCE],
        ['医院间资源和信息共享率', 100, HEALTH_SENTENCE],
      ]);
    });

    it('a comment on one department follows it through edits: moved, then outdated when renamed, then kept (orphaned) when deleted', async () => {
      const core = await open();
      const id = await draft(core);
      const a = await ok(core, 'review.add', { planId: id, kind: 'comment', anchor: lead0, body: '区科委牵头是否合适?' });
      expect(a.anchor).toMatchObject({ nodeId: 'n0048', field: 'lead', start: 0, quote: '区科委' });
      // the history names the field
      const [h] = await ok(core, 'history.list', { planId: id, nodeId: 'n0048' });
      expect(h).toMatchObject({ kind: 'annotation', summary: '添加批注(牵头单位):“区科委”' });
      expect(h.changes[0].fields).toEqual(['comment', 'lead']);
      expect(a.resolved).toMatchObject({ state: 'ok', field: 'lead', start: 0, text: '区科委' });
      // a department put before it: the comment moves with 区科委 (index 1)
      await save(core, id, (d) => { nodeIn(d, 'n0048').lead.unshift('区经委'); });
      let [v] = await ok(core, 'review.list', { planId: id });
      expect(v.resolved).toMatchObject({ state: 'ok', field: 'lead', start: 1, text: '区科委' });
      // moved from 牵头 to 配合: still the same department (found there after the save and recorded there)
      await save(core, id, (d) => { const n = nodeIn(d, 'n0048'); n.lead.splice(1, 1); n.partners = ['区科委']; });
      [v] = await ok(core, 'review.list', { planId: id });
      expect(v.resolved).toMatchObject({ field: 'partners', start: 0, text: '区科委' });
      expect(v.anchor).toMatchObject({ field: 'partners', start: 0 });
      // renamed in place: outdated (changed), the recorded entry kept
      await save(core, id, (d) => { nodeIn(d, 'n0048').partners = ['区科经委']; });
      [v] = await ok(core, 'review.list', { planId: id });
      expect(v.resolved).toMatchObject({ state: 'changed', nodeId: 'n0048', field: 'partners', text: '区科经委' });
      expect(v.anchor.quote).toBe('区科委');
      // deleted: orphaned, still listed with its node, body and quote
      await save(core, id, (d) => { nodeIn(d, 'n0048').partners = []; });
      const list = await ok(core, 'review.list', { planId: id });
      expect(list).toHaveLength(1);
      expect(list[0]).toMatchObject({ body: '区科委牵头是否合适?', resolved: { state: 'orphaned', nodeId: 'n0048' }, anchor: { quote: '区科委' } });
    });

    it('an entry that is not in the node is refused; a suggestion on an entry with nothing selected takes the entry at the index, belongs to the open round, is rejected and reopened', async () => {
      const core = await open();
      const id = await draft(core);
      expect((await fails(core, 'review.add', { planId: id, kind: 'comment', anchor: { ...lead0, quote: '区教育局' }, body: 'x' })).code).toBe('anchor-not-found');
      expect((await fails(core, 'review.add', { planId: id, kind: 'comment', anchor: { ...lead0, start: 40, quote: '' }, body: 'x' })).code).toBe('anchor-not-found');
      // made while a review round is open: it belongs to the round
      await ok(core, 'review.submit', { planId: id });
      const s = await ok(core, 'review.add', { planId: id, kind: 'suggestion', anchor: { ...lead0, quote: '' }, body: '', replacement: '区经委' });
      expect(s.anchor).toMatchObject({ field: 'lead', start: 0, quote: '区科委' });
      expect(s.round).toBe(1);
      // rejected and reopened as any suggestion
      expect(await ok(core, 'review.setStatus', { planId: id, annotationId: s.id, status: 'rejected' })).toMatchObject({ status: 'rejected' });
      expect(await ok(core, 'review.setStatus', { planId: id, annotationId: s.id, status: 'open' })).toMatchObject({ status: 'open', resolved: { state: 'ok', field: 'lead' } });
    });

    it('accepting a suggestion on one indicator changes that indicator only (its figures re-read from the words)', async () => {
      const core = await open();
      const id = await draft(core);
      const before = await ok(core, 'plan.get', { id });
      const s = await ok(core, 'review.add', {
        planId: id, kind: 'suggestion', anchor: { nodeId: 'n0067', field: 'indicators', start: 1, end: 2, quote: EHR_ENTRY },
        body: '电子病历单列,目标95%', replacement: '电子病历使用率达到95%',
      });
      expect(s.resolved).toMatchObject({ state: 'ok', field: 'indicators', start: 1 });
      const r = await ok(core, 'review.accept', { planId: id, annotationId: s.id, baseRevision: before.revision });
      const after = await ok(core, 'plan.get', { id });
      const inds = nodeIn(after, 'n0067').indicators;
      expect(inds[1]).toMatchObject({ name: '电子病历使用率', value: 95, unit: '%', text: '电子病历使用率达到95%' });
      expect(inds[0]).toEqual(nodeIn(before, 'n0067').indicators[0]);
      expect(inds[2]).toEqual(nodeIn(before, 'n0067').indicators[2]);
      expect(nodeIn(after, 'n0067').body).toBe(nodeIn(before, 'n0067').body);
      expect(r.annotation).toMatchObject({ status: 'accepted', original: EHR_ENTRY, anchor: { field: 'indicators', start: 1, quote: '电子病历使用率不低于95%（2017年）' } });
      // what it did, for the editor to say (ui42: one computation, the core's): 100% → 95%, read from the words
      expect(r.indicator).toEqual({ before: nodeIn(before, 'n0067').indicators[1], after: inds[1], how: 'read', changed: true, others: [] });
      const hist = await ok(core, 'history.list', { planId: id });
      expect(hist[0]).toMatchObject({ kind: 'accept' });
      expect(hist[0].changes.map((c) => [c.nodeId, c.fields])).toEqual([['n0067', ['indicators']]]);
    });

    it('indicators read from one sentence: a suggestion on the second follows it when the first is deleted, and accepting changes it, not the one now at its index (second review)', async () => {
      const core = await open();
      const id = await draft(core);
      const s = await ok(core, 'review.add', {
        planId: id, kind: 'suggestion', anchor: { nodeId: 'n0067', field: 'indicators', start: 1, end: 2, quote: EHR_ENTRY },
        body: '', replacement: '电子病历使用率达到98%',
      });
      // 市民电子健康档案建档率 deleted
      const saved = await save(core, id, (d) => void (nodeIn(d, 'n0067').indicators = nodeIn(d, 'n0067').indicators.slice(1)));
      const listed = (await ok(core, 'review.list', { planId: id })).find((a) => a.id === s.id)!;
      // (the save re-anchors it: at its new index it is found as it was)
      expect(listed.resolved).toMatchObject({ state: 'ok', field: 'indicators', start: 0, text: EHR_ENTRY });
      await ok(core, 'review.accept', { planId: id, annotationId: s.id, baseRevision: saved.revision });
      const inds = nodeIn(await ok(core, 'plan.get', { id }), 'n0067').indicators;
      expect(inds.map((i) => [i.name, i.value])).toEqual([['电子病历使用率', 98], ['医院间资源和信息共享率', 100]]);
    });

    it("accepting words with a year before the plan's period reads it as a baseline: one indicator, the target's year the plan's (rev40b F3)", async () => {
      const core = await open();
      const id = await draft(core);
      expect((await ok(core, 'plan.get', { id })).meta.period).toEqual({ start: 2015, end: 2017 });
      const s = await ok(core, 'review.add', {
        planId: id, kind: 'suggestion', anchor: { nodeId: 'n0067', field: 'indicators', start: 1, end: 2, quote: EHR_ENTRY },
        body: '写明基数', replacement: '电子病历使用率不低于98%（2014年为80%）',
      });
      const r = await ok(core, 'review.accept', { planId: id, annotationId: s.id, baseRevision: (await ok(core, 'plan.get', { id })).revision });
      const inds = nodeIn(await ok(core, 'plan.get', { id }), 'n0067').indicators;
      expect(inds.map((i) => [i.name, i.value, i.year])).toEqual([['市民电子健康档案建档率', 100, 2017], ['电子病历使用率', 98, 2017], ['医院间资源和信息共享率', 100, 2017]]);
      // the stored plan's period made 2014 a baseline: no other indicator to name
      expect(r.indicator).toMatchObject({ how: 'read', changed: true, others: [], after: { value: 98, year: 2017 } });
    });

    it('accepting a suggestion on a milestone changes that milestone (year and stage read from 2017年完成：…), and one on a department renames it', async () => {
      const core = await open();
      const id = await draft(core);
      const m = await ok(core, 'review.add', { planId: id, kind: 'suggestion', anchor: { nodeId: 'n0048', field: 'milestones', start: 1, end: 2, quote: '2016年推进：建立政务云平台' }, body: '推迟一年', replacement: '2017年推进：建立政务云平台' });
      const d = await ok(core, 'review.add', { planId: id, kind: 'suggestion', anchor: lead0, body: '', replacement: '区经委' });
      let rev = (await ok(core, 'plan.get', { id })).revision;
      const onMilestone = await ok(core, 'review.accept', { planId: id, annotationId: m.id, baseRevision: rev });
      rev = onMilestone.revision;
      const onLead = await ok(core, 'review.accept', { planId: id, annotationId: d.id, baseRevision: rev });
      // (no indicator: nothing to say beyond the field)
      expect([onMilestone.indicator, onLead.indicator]).toEqual([undefined, undefined]);
      const n = nodeIn(await ok(core, 'plan.get', { id }), 'n0048');
      expect(n.milestones.slice(0, 3)).toEqual([
        { year: 2015, stage: '启动', text: '建立政务云平台' },
        { year: 2017, stage: '推进', text: '建立政务云平台' },
        { year: 2017, stage: '完成', text: '建立政务云平台' },
      ]);
      expect(n.milestones).toHaveLength(9);
      expect(n.lead).toEqual(['区经委', '区政府部门', '相关企业单位', '云基地']);
    });

    it('a suggestion on an entry edited meanwhile is refused (anchor-changed) and the plan is left as it is', async () => {
      const core = await open();
      const id = await draft(core);
      const s = await ok(core, 'review.add', { planId: id, kind: 'suggestion', anchor: lead0, body: '', replacement: '区经委' });
      const saved = await save(core, id, (d) => { nodeIn(d, 'n0048').lead[0] = '区科经委'; });
      expect((await fails(core, 'review.accept', { planId: id, annotationId: s.id, baseRevision: saved.revision })).code).toBe('anchor-changed');
      expect(nodeIn(await ok(core, 'plan.get', { id }), 'n0048').lead[0]).toBe('区科经委');
    });

    it('a review package carries entry anchors to another library and back', async () => {
      const author = await open();
      const id = await draft(author);
      await ok(author, 'review.add', { planId: id, kind: 'comment', anchor: lead0, body: '牵头单位待定' });
      const pkg = await ok(author, 'review.exportPackage', { planId: id });
      const reviewer = await open();
      await ok(reviewer, 'review.importPackage', { fileName: pkg.fileName, dataBase64: pkg.dataBase64 });
      const [a] = await ok(reviewer, 'review.list', { planId: id });
      expect(a).toMatchObject({ body: '牵头单位待定', anchor: { nodeId: 'n0048', field: 'lead', start: 0, quote: '区科委' }, resolved: { state: 'ok' } });
      await ok(reviewer, 'review.reply', { planId: id, annotationId: a.id, body: '区科委牵头' });
      const back = await ok(reviewer, 'review.exportPackage', { planId: id });
      expect(await ok(author, 'review.importPackage', { fileName: back.fileName, dataBase64: back.dataBase64 })).toMatchObject({ mode: 'merged', updated: 1 });
      const [merged] = await ok(author, 'review.list', { planId: id });
      expect(merged).toMatchObject({ anchor: { field: 'lead', quote: '区科委' }, replies: [{ body: '区科委牵头' }] });
    });

    describe('Word round trip', () => {
      const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
      const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      /** A comment added as Word writes one on the first occurrence of `phrase` in one run (as tests/review/word.test.ts). */
      function addWordComment(docx: Uint8Array, c: { id: number; author: string; text: string; phrase: string }): Uint8Array {
        const files = unzipSync(docx);
        let document = strFromU8(files['word/document.xml']);
        const at = document.indexOf(esc(c.phrase));
        if (at < 0) throw new Error(`phrase not in one run: ${c.phrase}`);
        const runStart = Math.max(document.lastIndexOf('<w:r>', at), document.lastIndexOf('<w:r ', at));
        const rPr = /^<w:r[^>]*>(<w:rPr>.*?<\/w:rPr>)?/.exec(document.slice(runStart))![1] ?? '';
        const tOpen = document.lastIndexOf('<w:t', at);
        const tTag = document.slice(tOpen, document.indexOf('>', tOpen) + 1);
        const split = `</w:t></w:r><w:commentRangeStart w:id="${c.id}"/><w:r>${rPr}<w:t xml:space="preserve">${esc(c.phrase)}</w:t></w:r>` +
          `<w:commentRangeEnd w:id="${c.id}"/><w:r>${rPr}<w:commentReference w:id="${c.id}"/></w:r><w:r>${rPr}${tTag.replace('<w:t>', '<w:t xml:space="preserve">')}`;
        document = document.slice(0, at) + split + document.slice(at + esc(c.phrase).length);
        files['word/document.xml'] = strToU8(document);
        const comment = `<w:comment w:id="${c.id}" w:author="${esc(c.author)}" w:date="2026-12-01T09:00:00Z" w:initials="${esc(c.author[0])}"><w:p><w:r><w:t xml:space="preserve">${esc(c.text)}</w:t></w:r></w:p></w:comment>`;
        if (files['word/comments.xml']) {
          files['word/comments.xml'] = strToU8(strFromU8(files['word/comments.xml']).replace('</w:comments>', comment + '</w:comments>'));
        } else {
          files['word/comments.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="${W}">${comment}</w:comments>`);
          const rels = strFromU8(files['word/_rels/document.xml.rels']);
          files['word/_rels/document.xml.rels'] = strToU8(rels.replace('</Relationships>', '<Relationship Id="rIdC1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>'));
          const types = strFromU8(files['[Content_Types].xml']);
          files['[Content_Types].xml'] = strToU8(types.replace('</Types>', '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>'));
        }
        return zipSync(files);
      }

      it('comments and suggestions on entries become Word comments naming the entry, and come back as entry anchors in another library', async () => {
        const a = await open();
        const id = await draft(a);
        await ok(a, 'review.add', { planId: id, kind: 'comment', anchor: lead0, body: '区科委牵头是否合适?' });
        await ok(a, 'review.add', { planId: id, kind: 'suggestion', anchor: { nodeId: 'n0067', field: 'indicators', start: 1, end: 2, quote: EHR_ENTRY }, body: '单列', replacement: '电子病历使用率达到95%' });
        await ok(a, 'review.add', { planId: id, kind: 'suggestion', anchor: { nodeId: 'n0048', field: 'milestones', start: 1, end: 2, quote: '2016年推进：建立政务云平台' }, body: '推迟一年', replacement: '2017年推进：建立政务云平台' });
        const docx = Buffer.from((await ok(a, 'export.docx', { id, options: { annotations: true } })).dataBase64, 'base64');
        const comments = strFromU8(unzipSync(docx)['word/comments.xml']);
        expect(comments.match(/<w:comment /g)).toHaveLength(3);
        expect(comments).toContain('〔牵头单位 第1项：区科委〕');
        expect(comments).toContain('〔年度节点 第2项：2016年推进：建立政务云平台 → 2017年推进：建立政务云平台〕');
        // the same file back where it was made: all three known
        expect(await ok(a, 'review.importWord', { planId: id, file: { fileName: 'back.docx', dataBase64: docx.toString('base64') } })).toMatchObject({ comments: 3, added: 0, skipped: 3 });
        // the reviewer's copy (same node ids): entry anchors, bodies and replacements as made
        const b = await open();
        const idB = await draft(b);
        const report = await ok(b, 'review.importWord', { planId: idB, file: { fileName: '杨浦-王审核.docx', dataBase64: docx.toString('base64') } });
        expect(report).toMatchObject({ comments: 3, added: 3, unmatched: [] });
        const list = await ok(b, 'review.list', { planId: idB });
        const byField = Object.fromEntries(list.map((x) => [x.anchor.field, x]));
        expect(byField.lead).toMatchObject({ kind: 'comment', body: '区科委牵头是否合适?', anchor: { nodeId: 'n0048', start: 0, quote: '区科委' }, resolved: { state: 'ok' } });
        expect(byField.indicators).toMatchObject({ kind: 'suggestion', body: '单列', replacement: '电子病历使用率达到95%', anchor: { nodeId: 'n0067', start: 1, quote: EHR_ENTRY } });
        expect(byField.milestones).toMatchObject({ kind: 'suggestion', body: '推迟一年', replacement: '2017年推进：建立政务云平台', anchor: { nodeId: 'n0048', start: 1 } });
        // accepted there: that indicator only
        const rev = (await ok(b, 'plan.get', { id: idB })).revision;
        await ok(b, 'review.accept', { planId: idB, annotationId: byField.indicators.id, baseRevision: rev });
        const inds = nodeIn(await ok(b, 'plan.get', { id: idB }), 'n0067').indicators;
        expect(inds.map((i) => [i.name, i.value])).toEqual([['市民电子健康档案建档率', 100], ['电子病历使用率', 95], ['医院间资源和信息共享率', 100]]);
      });

      it('with the annexes, an entry comment is put on its cell of 附表1 / 附表2 (the department in the 牵头 cell, the milestone\'s line in its year, the indicator\'s name) and comes back on its entry in another library', async () => {
        const a = await open();
        const id = await draft(a);
        await ok(a, 'review.add', { planId: id, kind: 'comment', anchor: lead0, body: '区科委牵头是否合适?' });
        await ok(a, 'review.add', { planId: id, kind: 'comment', anchor: { nodeId: 'n0048', field: 'milestones', start: 1, end: 2, quote: '2016年推进：建立政务云平台' }, body: '进度偏慢' });
        await ok(a, 'review.add', { planId: id, kind: 'comment', anchor: { nodeId: 'n0067', field: 'indicators', start: 1, end: 2, quote: EHR_ENTRY }, body: '口径?' });
        const docx = Buffer.from((await ok(a, 'export.docx', { id, options: { annotations: true, annexes: true } })).dataBase64, 'base64');
        const read = readWordComments(docx, 'x.docx');
        const of = (body: string) => read.find((c) => c.text.startsWith(body))!;
        // the marked words are the entry's in the annex, in a row that names the task
        expect([of('区科委牵头').quote, of('区科委牵头').paragraph]).toEqual(['区科委', '区科委、区政府部门、相关企业单位、云基地']);
        expect(of('区科委牵头').row!.some((c) => c.includes('建设综合云平台'))).toBe(true);
        expect(of('进度偏慢').quote).toBe('推进：建立政务云平台');
        expect(of('进度偏慢').row!.some((c) => c.includes('建设综合云平台'))).toBe(true);
        expect(of('口径?').quote).toBe('电子病历使用率');
        // the same file back where it was made: all three known, none doubled (walk 8: the indicator's came back anew)
        expect(await ok(a, 'review.importWord', { planId: id, file: { fileName: 'annex-back.docx', dataBase64: docx.toString('base64') } })).toMatchObject({ comments: 3, added: 0, skipped: 3 });
        expect(await ok(a, 'review.list', { planId: id })).toHaveLength(3);
        const b = await open();
        const idB = await draft(b);
        expect(await ok(b, 'review.importWord', { planId: idB, file: { fileName: 'annex.docx', dataBase64: docx.toString('base64') } })).toMatchObject({ added: 3, unmatched: [] });
        const list = await ok(b, 'review.list', { planId: idB });
        const got = Object.fromEntries(list.map((x) => [x.body, [x.anchor.nodeId, x.anchor.field, x.anchor.start, x.resolved.state]]));
        expect(got).toEqual({ '区科委牵头是否合适?': ['n0048', 'lead', 0, 'ok'], '进度偏慢': ['n0048', 'milestones', 1, 'ok'], '口径?': ['n0067', 'indicators', 1, 'ok'] });
      });

      it('a reviewer\'s tracked change with no comment on a department of a 牵头/配合单位 line is a suggestion on that department; accepted, only it changes', async () => {
        const core = await open();
        const id = await draft(core);
        await save(core, id, (d) => {
          const n = nodeIn(d, 'n0072');
          n.body = n.body.replace('(责任单位:区人社局)', '') + '\n牵头单位：区人社局；配合单位：区团委、区妇联';
          n.lead = ['区人社局'];
          n.partners = ['区团委', '区妇联'];
        });
        const files = unzipSync(Buffer.from((await ok(core, 'export.docx', { id })).dataBase64, 'base64'));
        const document = strFromU8(files['word/document.xml']);
        const at = document.indexOf('区妇联');
        const runStart = Math.max(document.lastIndexOf('<w:r>', at), document.lastIndexOf('<w:r ', at));
        const rPr = /^<w:r[^>]*>(<w:rPr>.*?<\/w:rPr>)?/.exec(document.slice(runStart))![1] ?? '';
        const tOpen = document.lastIndexOf('<w:t', at);
        const tTag = document.slice(tOpen, document.indexOf('>', tOpen) + 1);
        const changes = `</w:t></w:r><w:del w:id="701" w:author="李审核" w:date="2026-12-01T09:00:00Z"><w:r>${rPr}<w:delText>区妇联</w:delText></w:r></w:del>` +
          `<w:ins w:id="702" w:author="李审核" w:date="2026-12-01T09:00:00Z"><w:r>${rPr}<w:t>区妇女联合会</w:t></w:r></w:ins><w:r>${rPr}${tTag.replace('<w:t>', '<w:t xml:space="preserve">')}`;
        files['word/document.xml'] = strToU8(document.slice(0, at) + changes + document.slice(at + '区妇联'.length));
        const docx = zipSync(files);
        expect(await ok(core, 'review.importWord', { planId: id, file: { fileName: 't.docx', dataBase64: Buffer.from(docx).toString('base64') } })).toMatchObject({ added: 1, unmatched: [] });
        const [s] = await ok(core, 'review.list', { planId: id });
        expect(s).toMatchObject({ kind: 'suggestion', author: { name: '李审核' }, replacement: '区妇女联合会', anchor: { nodeId: 'n0072', field: 'partners', start: 1, quote: '区妇联' } });
        const rev = (await ok(core, 'plan.get', { id })).revision;
        await ok(core, 'review.accept', { planId: id, annotationId: s.id, baseRevision: rev });
        const n = nodeIn(await ok(core, 'plan.get', { id }), 'n0072');
        expect([n.lead, n.partners]).toEqual([['区人社局'], ['区团委', '区妇女联合会']]);
      });

      it('a reviewer\'s Word comment on a department in a 责任单位 line comes back on that department', async () => {
        const core = await open();
        const id = await draft(core);
        await save(core, id, (d) => {
          const n = nodeIn(d, 'n0072');
          n.body = n.body.replace('(责任单位:区人社局)', '') + '\n牵头单位：区人社局；配合单位：区团委、区妇联';
          n.lead = ['区人社局'];
          n.partners = ['区团委', '区妇联'];
        });
        const exported = Buffer.from((await ok(core, 'export.docx', { id })).dataBase64, 'base64');
        const docx = addWordComment(exported, { id: 5, author: '李审核', text: '妇联不宜列入', phrase: '区妇联' });
        expect(await ok(core, 'review.importWord', { planId: id, file: { fileName: 'r.docx', dataBase64: Buffer.from(docx).toString('base64') } })).toMatchObject({ added: 1, unmatched: [] });
        const [c] = await ok(core, 'review.list', { planId: id });
        expect(c).toMatchObject({ body: '妇联不宜列入', anchor: { nodeId: 'n0072', field: 'partners', start: 1, quote: '区妇联' }, resolved: { state: 'ok' } });
      });
    });
  });
});
