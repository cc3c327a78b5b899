/**
 * The Word round trip on the 杨浦 draft: open annotations exported as Word comments and tracked changes;
 * a comment added to the exported file the way Word writes one (comments.xml + commentRangeStart/End +
 * commentReference, relationships and content types) comes back as an annotation on the right node and range.
 * The quote is from seeds/002_72028bf86ba9aa86.txt line 219.
 */
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { walk } from '../../shared/model/plan.js';
import { readWordComments } from '../../shared/review/word.js';
import { createCore, type Core } from '../../electron/core/core.js';
import { tempDirs } from '../helpers/temp.js';
import { ok } from '../helpers/core-call.js';
import { ENGINES, engineCore, engineMissing } from '../helpers/engines.js';

// Every test below runs on both storages of the core (tests/helpers/engines.ts).
describe.each(ENGINES)('%s', (engine) => {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- shadows the core's createCore for this engine
  const createCore = engineCore(engine);
  describe.skipIf(engineMissing(engine))(`on ${engine}`, () => {
    const SEEDS_DIR = path.join(import.meta.dirname, '..', '..', 'seeds');
    const QUOTE = '家庭光纤接入率达到90%以上';
    /** Another sentence of the same seed (line 219), for a comment added in Word. */
    const WORD_QUOTE = '养老设施信息化率达到40%';

    const tempDir = tempDirs('pw-word-');
    const cores: Core[] = [];
    afterAll(() => {
      for (const c of cores.splice(0)) c.close();
    });
    async function open(): Promise<Core> {
      const dataDir = tempDir();
      const c = await createCore({ dataDir, seedsDir: SEEDS_DIR, host: 'test', logError: (m, e) => { throw new Error(`${m} ${String(e)}`); } });
      cores.push(c);
      return c;
    }

    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

    /**
     * Add a comment as Word does: split the run holding `phrase` (first occurrence in the body), wrap the phrase in
     * commentRangeStart/End with a commentReference run after it, and add the comment to comments.xml (creating the
     * part, its relationship and content type when the file has none).
     */
    function addWordComment(docx: Uint8Array, c: { id: number; author: string; date: string; text: string; phrase: string; paraId?: string; parentParaId?: string }): Uint8Array {
      const files = unzipSync(docx);
      let document = strFromU8(files['word/document.xml']);
      const at = document.indexOf(esc(c.phrase));
      if (at < 0) throw new Error(`phrase not in one run of document.xml: ${c.phrase}`);
      const runStart = document.lastIndexOf('<w:r>', at) >= 0 ? Math.max(document.lastIndexOf('<w:r>', at), document.lastIndexOf('<w:r ', at)) : document.lastIndexOf('<w:r ', at);
      const rPr = /^<w:r[^>]*>(<w:rPr>.*?<\/w:rPr>)?/.exec(document.slice(runStart))![1] ?? '';
      const tOpen = document.lastIndexOf('<w:t', at);
      const tTag = document.slice(tOpen, document.indexOf('>', tOpen) + 1);
      const split =
        `</w:t></w:r><w:commentRangeStart w:id="${c.id}"/><w:r>${rPr}<w:t xml:space="preserve">${esc(c.phrase)}</w:t></w:r>` +
        `<w:commentRangeEnd w:id="${c.id}"/><w:r>${rPr}<w:commentReference w:id="${c.id}"/></w:r><w:r>${rPr}${tTag.replace('<w:t>', '<w:t xml:space="preserve">')}`;
      document = document.slice(0, at) + split + document.slice(at + esc(c.phrase).length);
      files['word/document.xml'] = strToU8(document);

      const para = `<w:p${c.paraId ? ` w14:paraId="${c.paraId}"` : ''}><w:r><w:t xml:space="preserve">${esc(c.text)}</w:t></w:r></w:p>`;
      const comment = `<w:comment w:id="${c.id}" w:author="${esc(c.author)}" w:date="${c.date}" w:initials="${esc(c.author[0])}">${para}</w:comment>`;
      if (files['word/comments.xml']) {
        files['word/comments.xml'] = strToU8(strFromU8(files['word/comments.xml']).replace('</w:comments>', comment + '</w:comments>'));
      } else {
        files['word/comments.xml'] = strToU8(
          `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="${W}" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">${comment}</w:comments>`,
        );
        const rels = strFromU8(files['word/_rels/document.xml.rels']);
        files['word/_rels/document.xml.rels'] = strToU8(rels.replace('</Relationships>', '<Relationship Id="rIdC1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>'));
        const types = strFromU8(files['[Content_Types].xml']);
        files['[Content_Types].xml'] = strToU8(types.replace('</Types>', '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>'));
      }
      if (c.parentParaId) {
        const ext = `<w15:commentEx xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" w15:paraId="${c.paraId}" w15:paraIdParent="${c.parentParaId}" w15:done="0"/>`;
        files['word/commentsExtended.xml'] = strToU8(
          files['word/commentsExtended.xml']
            ? strFromU8(files['word/commentsExtended.xml']).replace('</w15:commentsEx>', ext + '</w15:commentsEx>')
            : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w15:commentsEx xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">${ext}</w15:commentsEx>`,
        );
      }
      return zipSync(files);
    }

    async function setup() {
      const core = await open();
      await ok(core, 'prefs.set', { identity: { name: '王审核', department: '区发展改革委' } });
      const seed = (await ok(core, 'library.list', {})).find((p) => p.district === '杨浦区')!;
      const { id } = await ok(core, 'plan.duplicate', { id: seed.id });
      const plan = await ok(core, 'plan.get', { id });
      const node = [...walk(plan.nodes)].find((w) => w.node.body.includes(QUOTE))!.node;
      const start = node.body.indexOf(QUOTE);
      return { core, id, node, sel: { nodeId: node.id, field: 'body' as const, start, end: start + QUOTE.length, quote: QUOTE } };
    }

    describe('Word round trip', () => {
      it('exports open annotations as Word comments with author and range, and suggestions as tracked changes', async () => {
        const { core, id, sel } = await setup();
        await ok(core, 'review.add', { planId: id, kind: 'comment', anchor: sel, body: '请说明90%的依据' });
        await ok(core, 'review.add', { planId: id, kind: 'suggestion', anchor: sel, body: '对齐市级目标', replacement: '家庭光纤接入率达到95%以上' });
        const closed = await ok(core, 'review.add', { planId: id, kind: 'comment', anchor: { ...sel, field: 'node', start: 0, end: 0, quote: '' }, body: '已解决的意见' });
        await ok(core, 'review.setStatus', { planId: id, annotationId: closed.id, status: 'resolved' });

        const plain = unzipSync(Buffer.from((await ok(core, 'export.docx', { id })).dataBase64, 'base64'));
        expect(plain['word/comments.xml']).toBeUndefined();

        const files = unzipSync(Buffer.from((await ok(core, 'export.docx', { id, options: { annotations: true } })).dataBase64, 'base64'));
        const comments = strFromU8(files['word/comments.xml']);
        const document = strFromU8(files['word/document.xml']);
        // two open annotations → two comments, signed "name · department"; the resolved one is left out
        expect(comments.match(/<w:comment /g)).toHaveLength(2);
        expect(comments).toContain('w:author="王审核 · 区发展改革委"');
        expect(comments).toContain('请说明90%的依据');
        expect(comments).not.toContain('已解决的意见');
        expect(document.match(/<w:commentRangeStart /g)).toHaveLength(2);
        // the suggestion: the quote deleted, the replacement inserted, by the reviewer
        const del = /<w:del [^>]*w:author="王审核 · 区发展改革委"[^>]*>.*?<w:delText[^>]*>([^<]*)<\/w:delText>/.exec(document);
        const ins = /<w:ins [^>]*w:author="王审核 · 区发展改革委"[^>]*>.*?<w:t[^>]*>([^<]*)<\/w:t>/.exec(document);
        expect(del?.[1]).toBe(QUOTE);
        expect(ins?.[1]).toBe('家庭光纤接入率达到95%以上');
        // the commented range holds the quote (tracked deletion included)
        const read = readWordComments(zipSync(files), 'x.docx');
        expect(read.map((c) => c.quote)).toEqual([QUOTE, QUOTE]);
      });

      it('a comment added in Word comes back on the right node and range; unmatched ones are kept and listed; importing twice adds nothing', async () => {
        const { core, id, node } = await setup();
        const exported = Buffer.from((await ok(core, 'export.docx', { id, options: { cover: true } })).dataBase64, 'base64');
        let docx = addWordComment(exported, { id: 7, author: '李审核', date: '2026-11-20T09:30:00Z', text: '40%偏低,建议提高', phrase: WORD_QUOTE, paraId: '1A2B3C4D' });
        // a reply in Word's thread form (commentsExtended.xml)
        docx = addWordComment(docx, { id: 8, author: '规划科张', date: '2026-11-21T10:00:00Z', text: '已与民政局核实', phrase: '文化设施信息化率', paraId: '5E6F7A8B', parentParaId: '1A2B3C4D' });
        // a comment on the cover's 附件 line, which is no plan text
        docx = addWordComment(docx, { id: 9, author: '李审核', date: '2026-11-20T09:31:00Z', text: '附件标注位置?', phrase: '附件' });

        const report = await ok(core, 'review.importWord', { planId: id, file: { fileName: '杨浦-李审核.docx', dataBase64: Buffer.from(docx).toString('base64') } });
        expect(report).toMatchObject({ planId: id, comments: 3, added: 3, skipped: 0 });
        expect(report.unmatched.map((u) => [u.author, u.text, u.quote])).toEqual([['李审核', '附件标注位置?', '附件']]);

        const list = await ok(core, 'review.list', { planId: id });
        const li = list.find((a) => a.body === '40%偏低,建议提高')!;
        const start = node.body.indexOf(WORD_QUOTE);
        expect(li).toMatchObject({ author: { name: '李审核' }, createdAt: '2026-11-20T09:30:00.000Z', anchor: { nodeId: node.id, field: 'body', quote: WORD_QUOTE, start } });
        expect(li.resolved.state).toBe('ok');
        expect(li.replies.map((r) => [r.author.name, r.body])).toEqual([['规划科张', '已与民政局核实']]);
        const orphan = list.find((a) => a.body === '附件标注位置?')!;
        expect(orphan.resolved.state).toBe('orphaned');
        expect(list).toHaveLength(2);

        const again = await ok(core, 'review.importWord', { planId: id, file: { fileName: '杨浦-李审核.docx', dataBase64: Buffer.from(docx).toString('base64') } });
        expect(again).toMatchObject({ added: 0, skipped: 3, unmatched: [] });
        expect(await ok(core, 'review.list', { planId: id })).toHaveLength(2);
      });

      it('comments exported from here and re-imported are recognised, not duplicated', async () => {
        const { core, id, sel } = await setup();
        await ok(core, 'review.add', { planId: id, kind: 'comment', anchor: sel, body: '请说明依据' });
        const exported = Buffer.from((await ok(core, 'export.docx', { id, options: { annotations: true } })).dataBase64, 'base64');
        const docx = addWordComment(exported, { id: 50, author: '李审核', date: '2026-11-20T09:30:00Z', text: '同上', phrase: WORD_QUOTE });
        const report = await ok(core, 'review.importWord', { planId: id, file: { fileName: 'back.docx', dataBase64: Buffer.from(docx).toString('base64') } });
        expect(report).toMatchObject({ comments: 2, added: 1, skipped: 1 });
        expect(await ok(core, 'review.list', { planId: id })).toHaveLength(2);
      });

      it('a suggestion exported as tracked changes comes back as a suggestion in another library (quote, replacement, reason), and can be accepted there', async () => {
        const a = await setup();
        await ok(a.core, 'review.add', { planId: a.id, kind: 'suggestion', anchor: a.sel, body: '对齐市级目标', replacement: '家庭光纤接入率达到95%以上' });
        await ok(a.core, 'review.add', { planId: a.id, kind: 'comment', anchor: a.sel, body: '请说明90%的依据' });
        const docx = Buffer.from((await ok(a.core, 'export.docx', { id: a.id, options: { annotations: true } })).dataBase64, 'base64');
        expect(readWordComments(docx, 'x.docx').map((c) => c.replacement)).toEqual(['家庭光纤接入率达到95%以上', undefined]);
        // the same file back where it was made: both known, nothing added
        expect(await ok(a.core, 'review.importWord', { planId: a.id, file: { fileName: 'back.docx', dataBase64: docx.toString('base64') } })).toMatchObject({ added: 0, skipped: 2 });
        // in another library (the reviewer's copy of the same plan): a suggestion and a comment
        const b = await setup();
        const report = await ok(b.core, 'review.importWord', { planId: b.id, file: { fileName: '杨浦-王审核.docx', dataBase64: docx.toString('base64') } });
        expect(report).toMatchObject({ comments: 2, added: 2, unmatched: [] });
        const list = await ok(b.core, 'review.list', { planId: b.id });
        const sug = list.find((x) => x.kind === 'suggestion')!;
        expect(sug).toMatchObject({ body: '对齐市级目标', replacement: '家庭光纤接入率达到95%以上', anchor: { nodeId: b.node.id, field: 'body', quote: QUOTE } });
        expect(list.find((x) => x.kind === 'comment')).toMatchObject({ body: '请说明90%的依据', replacement: null });
        const { revision } = await ok(b.core, 'plan.get', { id: b.id });
        await ok(b.core, 'review.accept', { planId: b.id, annotationId: sug.id, baseRevision: revision });
        const after = await ok(b.core, 'plan.get', { id: b.id });
        expect([...walk(after.nodes)].find((w) => w.node.id === b.node.id)!.node.body).toContain('家庭光纤接入率达到95%以上');
      });

      it('a reviewer\'s own tracked replacement in Word, commented, comes back as a suggestion', async () => {
        const { core, id, node } = await setup();
        const exported = Buffer.from((await ok(core, 'export.docx', { id })).dataBase64, 'base64');
        // the comment as Word writes one, then the phrase made a tracked deletion followed by a tracked insertion
        const files = unzipSync(addWordComment(exported, { id: 11, author: '李审核', date: '2026-11-20T09:30:00Z', text: '40%偏低', phrase: WORD_QUOTE }));
        const document = strFromU8(files['word/document.xml']);
        const from = document.indexOf('<w:commentRangeStart w:id="11"/>') + '<w:commentRangeStart w:id="11"/>'.length;
        const run = [document.slice(from, document.indexOf('<w:commentRangeEnd w:id="11"/>'))];
        expect(run[0]).toContain(WORD_QUOTE);
        const rPr = /^<w:r>(<w:rPr>.*?<\/w:rPr>)?/.exec(run[0])![1] ?? '';
        const tracked = `<w:del w:id="901" w:author="李审核" w:date="2026-11-20T09:30:00Z"><w:r>${rPr}<w:delText xml:space="preserve">${WORD_QUOTE}</w:delText></w:r></w:del>` +
          `<w:ins w:id="902" w:author="李审核" w:date="2026-11-20T09:30:00Z"><w:r>${rPr}<w:t xml:space="preserve">养老设施信息化率达到60%</w:t></w:r></w:ins>`;
        files['word/document.xml'] = strToU8(document.replace(run[0], tracked));
        const docx = zipSync(files);
        expect(readWordComments(docx, 'x.docx').map((c) => [c.quote, c.replacement])).toEqual([[WORD_QUOTE, '养老设施信息化率达到60%']]);
        await ok(core, 'review.importWord', { planId: id, file: { fileName: 'tracked.docx', dataBase64: Buffer.from(docx).toString('base64') } });
        const [a] = await ok(core, 'review.list', { planId: id });
        expect(a).toMatchObject({ kind: 'suggestion', body: '40%偏低', replacement: '养老设施信息化率达到60%', anchor: { nodeId: node.id, field: 'body', quote: WORD_QUOTE } });
      });

      it('a reviewer\'s own tracked changes inside a longer commented phrase (全区 inserted before it, 达到 deleted in it): the suggestion is the phrase with them applied, and accepting it keeps the rest of the phrase', async () => {
        const { core, id, node } = await setup();
        const exported = Buffer.from((await ok(core, 'export.docx', { id })).dataBase64, 'base64');
        const files = unzipSync(addWordComment(exported, { id: 11, author: '李审核', date: '2026-11-20T09:30:00Z', text: '加上“全区”', phrase: WORD_QUOTE }));
        const document = strFromU8(files['word/document.xml']);
        const from = document.indexOf('<w:commentRangeStart w:id="11"/>') + '<w:commentRangeStart w:id="11"/>'.length;
        const run = [document.slice(from, document.indexOf('<w:commentRangeEnd w:id="11"/>'))];
        const rPr = /^<w:r>(<w:rPr>.*?<\/w:rPr>)?/.exec(run[0])![1] ?? '';
        // the reviewer only inserts 全区 before the phrase, inside the comment's range: the phrase itself stays
        const tracked = `<w:ins w:id="902" w:author="李审核" w:date="2026-11-20T09:30:00Z"><w:r>${rPr}<w:t xml:space="preserve">全区</w:t></w:r></w:ins>` +
          `<w:r>${rPr}<w:t xml:space="preserve">${WORD_QUOTE}</w:t></w:r>`;
        files['word/document.xml'] = strToU8(document.replace(run[0], tracked));
        const docx = zipSync(files);
        expect(readWordComments(docx, 'x.docx').map((c) => [c.quote, c.replacement])).toEqual([[WORD_QUOTE, `全区${WORD_QUOTE}`]]);
        await ok(core, 'review.importWord', { planId: id, file: { fileName: 'tracked.docx', dataBase64: Buffer.from(docx).toString('base64') } });
        const [a] = await ok(core, 'review.list', { planId: id });
        expect(a).toMatchObject({ kind: 'suggestion', replacement: `全区${WORD_QUOTE}`, anchor: { quote: WORD_QUOTE } });
        const { revision } = await ok(core, 'plan.get', { id });
        const bodyBefore = [...walk((await ok(core, 'plan.get', { id })).nodes)].find((w) => w.node.id === node.id)!.node.body;
        await ok(core, 'review.accept', { planId: id, annotationId: a.id, baseRevision: revision });
        const after = await ok(core, 'plan.get', { id });
        const bodyAfter = [...walk(after.nodes)].find((w) => w.node.id === node.id)!.node.body;
        expect(bodyBefore.includes(`全区${WORD_QUOTE}`)).toBe(false);
        expect(bodyAfter).toContain(`全区${WORD_QUOTE}`);
        // a deletion of two words inside the phrase: the rest of it stays
        const cut = WORD_QUOTE.indexOf('达到');
        const partial = `<w:r>${rPr}<w:t xml:space="preserve">${WORD_QUOTE.slice(0, cut)}</w:t></w:r>` +
          `<w:del w:id="903" w:author="李审核" w:date="2026-11-20T09:30:00Z"><w:r>${rPr}<w:delText xml:space="preserve">达到</w:delText></w:r></w:del>` +
          `<w:r>${rPr}<w:t xml:space="preserve">${WORD_QUOTE.slice(cut + 2)}</w:t></w:r>`;
        files['word/document.xml'] = strToU8(document.replace(run[0], partial));
        expect(readWordComments(zipSync(files), 'x.docx').map((c) => [c.quote, c.replacement])).toEqual([[WORD_QUOTE, WORD_QUOTE.replace('达到', '')]]);
      });

      it('replies are written as real Word replies (comments of their own on the same range, threaded in commentsExtended.xml) and read back as replies', async () => {
        const a = await setup();
        const c = await ok(a.core, 'review.add', { planId: a.id, kind: 'comment', anchor: a.sel, body: '请说明90%的依据' });
        await ok(a.core, 'prefs.set', { identity: { name: '李科长', department: '区科委' } });
        await ok(a.core, 'review.reply', { planId: a.id, annotationId: c.id, body: '依据市里的三年计划' });
        await ok(a.core, 'prefs.set', { identity: { name: '王审核', department: '区发展改革委' } });
        await ok(a.core, 'review.reply', { planId: a.id, annotationId: c.id, body: '请在正文中注明' });
        const docx = Buffer.from((await ok(a.core, 'export.docx', { id: a.id, options: { annotations: true } })).dataBase64, 'base64');
        const files = unzipSync(docx);
        const comments = strFromU8(files['word/comments.xml']);
        expect(comments.match(/<w:comment /g)).toHaveLength(3);
        expect(comments).not.toContain('回复(');
        expect(comments).toContain('w:author="李科长 · 区科委"');
        const ext = strFromU8(files['word/commentsExtended.xml']);
        expect(ext.match(/w15:paraIdParent=/g)).toHaveLength(2);
        expect(strFromU8(files['[Content_Types].xml'])).toContain('/word/commentsExtended.xml');
        // every comment of the thread marks the quote
        const document = strFromU8(files['word/document.xml']);
        expect(document.match(/<w:commentRangeStart /g)).toHaveLength(3);
        expect(document.match(/<w:commentReference /g)).toHaveLength(3);
        const read = readWordComments(docx, 'x.docx');
        const top = read.find((x) => !x.parentId)!;
        expect(top).toMatchObject({ text: '请说明90%的依据', quote: QUOTE });
        expect(read.filter((x) => x.parentId === top.id).map((x) => [x.author, x.text, x.quote])).toEqual([
          ['李科长 · 区科委', '依据市里的三年计划', QUOTE],
          ['王审核 · 区发展改革委', '请在正文中注明', QUOTE],
        ]);
        // back where it was made: nothing new; in another library: one thread with its two replies
        expect(await ok(a.core, 'review.importWord', { planId: a.id, file: { fileName: 'back.docx', dataBase64: docx.toString('base64') } })).toMatchObject({ comments: 3, added: 0, skipped: 3 });
        expect((await ok(a.core, 'review.list', { planId: a.id }))[0].replies).toHaveLength(2);
        const b = await setup();
        expect(await ok(b.core, 'review.importWord', { planId: b.id, file: { fileName: 'r.docx', dataBase64: docx.toString('base64') } })).toMatchObject({ comments: 3, added: 3 });
        const list = await ok(b.core, 'review.list', { planId: b.id });
        expect(list).toHaveLength(1);
        expect(list[0]).toMatchObject({ body: '请说明90%的依据', anchor: { quote: QUOTE } });
        // signed 姓名 · 部门 by the export: back as that name and department (walk 8: the department stayed in the name)
        expect(list[0].author).toEqual({ name: '王审核', department: '区发展改革委' });
        expect(list[0].replies.map((r) => [r.author, r.body])).toEqual([[{ name: '李科长', department: '区科委' }, '依据市里的三年计划'], [{ name: '王审核', department: '区发展改革委' }, '请在正文中注明']]);
      });

      /** Tracked changes as Word writes them with 修订 on and no comment: `phrase` (one run) becomes before + changes + after. */
      function trackInWord(docx: Uint8Array, phrase: string, changes: string): Uint8Array {
        const files = unzipSync(docx);
        const document = strFromU8(files['word/document.xml']);
        const at = document.indexOf(esc(phrase));
        if (at < 0) throw new Error(`phrase not in one run: ${phrase}`);
        const runStart = Math.max(document.lastIndexOf('<w:r>', at), document.lastIndexOf('<w:r ', at));
        const rPr = /^<w:r[^>]*>(<w:rPr>.*?<\/w:rPr>)?/.exec(document.slice(runStart))![1] ?? '';
        const tOpen = document.lastIndexOf('<w:t', at);
        const tTag = document.slice(tOpen, document.indexOf('>', tOpen) + 1);
        const r = (x: string) => x.replace(/<w:r>/g, `<w:r>${rPr}`);
        const split = `</w:t></w:r>${r(changes)}<w:r>${rPr}${tTag.replace('<w:t>', '<w:t xml:space="preserve">')}`;
        files['word/document.xml'] = strToU8(document.slice(0, at) + split + document.slice(at + esc(phrase).length));
        return zipSync(files);
      }
      const del = (id: number, text: string, author = '李审核') => `<w:del w:id="${id}" w:author="${author}" w:date="2026-11-22T08:00:00Z"><w:r><w:delText xml:space="preserve">${text}</w:delText></w:r></w:del>`;
      const ins = (id: number, text: string, author = '李审核') => `<w:ins w:id="${id}" w:author="${author}" w:date="2026-11-22T08:00:00Z"><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:ins>`;
      const plain = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;

      it('a reviewer\'s tracked changes with no comment are read as suggestions on the clause they fall in (a replacement, an insertion); importing twice adds nothing; accepted, the text changes there', async () => {
        const { core, id, node } = await setup();
        const exported = Buffer.from((await ok(core, 'export.docx', { id })).dataBase64, 'base64');
        // 养老设施信息化率达到40% → …60% (40% deleted, 60% inserted); 全区 inserted before 文化设施信息化率达到50%
        let docx = trackInWord(exported, WORD_QUOTE, plain('养老设施信息化率达到') + del(801, '40%') + ins(802, '60%'));
        docx = trackInWord(docx, '文化设施信息化率达到50%', ins(803, '全区', '张科长') + plain('文化设施信息化率达到50%'));
        expect(strFromU8(unzipSync(docx)['word/document.xml'])).not.toContain('commentRangeStart');
        const read = readWordComments(docx, 'x.docx');
        expect(read.map((c) => [c.author, c.quote, c.replacement, c.tracked])).toEqual([
          ['李审核', WORD_QUOTE, '养老设施信息化率达到60%', true],
          ['张科长', '文化设施信息化率达到50%', '全区文化设施信息化率达到50%', true],
        ]);
        const report = await ok(core, 'review.importWord', { planId: id, file: { fileName: '修订.docx', dataBase64: Buffer.from(docx).toString('base64') } });
        expect(report).toMatchObject({ comments: 2, added: 2, skipped: 0, unmatched: [] });
        // (same createdAt — the changes' date —: listed in id order; sorted here by author)
        const list = (await ok(core, 'review.list', { planId: id })).sort((x, y) => (x.author.name === '李审核' ? -1 : y.author.name === '李审核' ? 1 : 0));
        expect(list.map((a) => [a.kind, a.author.name, a.anchor.nodeId, a.anchor.field, a.anchor.quote, a.replacement, a.createdAt])).toEqual([
          ['suggestion', '李审核', node.id, 'body', WORD_QUOTE, '养老设施信息化率达到60%', '2026-11-22T08:00:00.000Z'],
          ['suggestion', '张科长', node.id, 'body', '文化设施信息化率达到50%', '全区文化设施信息化率达到50%', '2026-11-22T08:00:00.000Z'],
        ]);
        expect(await ok(core, 'review.importWord', { planId: id, file: { fileName: '修订.docx', dataBase64: Buffer.from(docx).toString('base64') } })).toMatchObject({ added: 0, skipped: 2 });
        const { revision } = await ok(core, 'plan.get', { id });
        await ok(core, 'review.accept', { planId: id, annotationId: list[0].id, baseRevision: revision });
        const body = [...walk((await ok(core, 'plan.get', { id })).nodes)].find((w) => w.node.id === node.id)!.node.body;
        expect(body).toContain('养老设施信息化率达到60%');
        expect(body).not.toContain(WORD_QUOTE);
      });

      it('a tracked change that leaves the words as they were suggests nothing; one outside the plan\'s text (the cover) is kept as an orphaned comment saying what it changed', async () => {
        const { core, id } = await setup();
        const exported = Buffer.from((await ok(core, 'export.docx', { id, options: { cover: true } })).dataBase64, 'base64');
        let docx = trackInWord(exported, WORD_QUOTE, plain('养老设施信息化率达到') + del(811, '40%') + ins(812, '40%'));
        docx = trackInWord(docx, '附件', del(813, '附件'));
        const report = await ok(core, 'review.importWord', { planId: id, file: { fileName: 'cover.docx', dataBase64: Buffer.from(docx).toString('base64') } });
        expect(report).toMatchObject({ comments: 1, added: 1 });
        expect(report.unmatched.map((u) => [u.author, u.text, u.quote])).toEqual([['李审核', 'Word 修订:附件 → ', '附件']]);
        const [a] = await ok(core, 'review.list', { planId: id });
        expect(a).toMatchObject({ kind: 'comment', resolved: { state: 'orphaned' } });
      });

      it('a suggestion on the second occurrence of a phrase is tracked there, not on the first', async () => {
        const { core, id, node } = await setup();
        const phrase = '养老院信息'; // twice in the node's body (seed line 219: 搭建养老服务云平台 … / 搭建养老服务平台 …)
        const second = node.body.indexOf(phrase, node.body.indexOf(phrase) + 1);
        expect(second).toBeGreaterThan(0);
        await ok(core, 'review.add', { planId: id, kind: 'suggestion', anchor: { nodeId: node.id, field: 'body', start: second, end: second + phrase.length, quote: phrase }, body: '', replacement: '养老机构信息' });
        const files = unzipSync(Buffer.from((await ok(core, 'export.docx', { id, options: { annotations: true } })).dataBase64, 'base64'));
        const document = strFromU8(files['word/document.xml']);
        // the plain text before the deletion, in the paragraph that holds it, contains the phrase once (the first occurrence)
        const del = document.indexOf('<w:del ');
        const paraStart = document.lastIndexOf('<w:p>', del) >= 0 ? Math.max(document.lastIndexOf('<w:p>', del), document.lastIndexOf('<w:p ', del)) : document.lastIndexOf('<w:p ', del);
        const before = [...document.slice(paraStart, del).matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
        expect(before.split(phrase)).toHaveLength(2);
        expect(before.endsWith('搭建养老服务平台，将老人健康信息、')).toBe(true);
      });

      it('a comment with the same author and text as an existing one, at another place, is a new annotation', async () => {
        const { core, id, sel } = await setup();
        await ok(core, 'prefs.set', { identity: { name: '李审核', department: '' } });
        await ok(core, 'review.add', { planId: id, kind: 'comment', anchor: sel, body: '请核实' });
        const exported = Buffer.from((await ok(core, 'export.docx', { id })).dataBase64, 'base64');
        // seed line 61, another node than the existing comment's (line 219)
        const docx = addWordComment(exported, { id: 60, author: '李审核', date: '2026-11-20T09:30:00Z', text: '请核实', phrase: '移动通讯终端用户普及率超过99%' });
        const report = await ok(core, 'review.importWord', { planId: id, file: { fileName: 'r2.docx', dataBase64: Buffer.from(docx).toString('base64') } });
        expect(report).toMatchObject({ added: 1, skipped: 0 });
      });

      it('a file that is not a Word document is refused with its importer error and adds nothing', async () => {
        const { core, id } = await setup();
        const env = await core.call('review.importWord', { planId: id, file: { fileName: 'x.docx', dataBase64: Buffer.from('PK\u0003\u0004 truncated').toString('base64') } });
        expect(env.ok).toBe(false);
        expect(!env.ok && env.error.code).toBe('corrupt-docx');
        const png = await core.call('review.importWord', { planId: id, file: { fileName: 'x.docx', dataBase64: Buffer.from([0x89, 0x50, 0x4e, 0x47]).toString('base64') } });
        expect(!png.ok && png.error.code).toBe('corrupt-docx');
        expect(await ok(core, 'review.list', { planId: id })).toHaveLength(0);
      });
    });
  });
});
