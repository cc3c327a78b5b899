/** The whole importer, bytes in: encodings give the same plan, Word files keep their structure, bad bytes get typed errors. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../shared/errors';
import { importFile, importText } from '../../shared/importer/index';
import { PlanDoc, walk } from '../../shared/model/plan';

const ROOT = join(__dirname, '..', '..');
const seed = (f: string) => new Uint8Array(readFileSync(join(ROOT, 'seeds', f)));
const fixture = (f: string) => new Uint8Array(readFileSync(join(ROOT, 'tests/fixtures/encodings', f)));
const withoutSource = (d: PlanDoc) => ({ ...d, meta: { ...d.meta, source: null } });

describe('encodings', () => {
  it('GB18030 and UTF-16 (LE/BE, with and without BOM) copies of 杨浦 2015 import to the same plan as the UTF-8 original', async () => {
    const original = await importFile({ bytes: seed('002_72028bf86ba9aa86.txt'), fileName: '002.txt' });
    for (const f of ['002.gb18030.txt', '002.utf16le-bom.txt', '002.utf16be-bom.txt', '002.utf16le.txt', '002.utf16be.txt']) {
      const doc = await importFile({ bytes: fixture(f), fileName: '002.txt' });
      expect(withoutSource(doc), f).toEqual(withoutSource(original));
      expect(doc.meta.source?.encoding).not.toBe('utf-8');
    }
  });

  it('the strict GBK copy (no-break spaces written as spaces, GBK has none) imports to the plan of that same text', async () => {
    const text = readFileSync(join(ROOT, 'seeds/002_72028bf86ba9aa86.txt'), 'utf8').replace(/\u00a0/g, ' ');
    const doc = await importFile({ bytes: fixture('002.gbk.txt'), fileName: '002.txt' });
    expect(doc.meta.source?.encoding).toBe('gb18030');
    expect(withoutSource(doc)).toEqual(withoutSource(importText(text, '002.txt')));
    expect([...walk(doc.nodes)].filter((x) => x.node.kind === 'task')).toHaveLength(48);
  });

  it('records the source file: name, encoding, size, sha256 and the fingerprint of its text', async () => {
    const bytes = seed('003_95ba35a700e40d34.txt');
    const doc = await importFile({ bytes, fileName: '奉贤.txt' });
    const { createHash } = await import('node:crypto');
    // the fingerprint: the UTF-8 text, NFKC, without any whitespace (shared/importer/fingerprint.ts)
    const text = new TextDecoder().decode(bytes).normalize('NFKC').replace(/\s+/g, '');
    expect(doc.meta.source).toEqual({
      fileName: '奉贤.txt', encoding: 'utf-8', bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'),
      textSha256: createHash('sha256').update(text, 'utf8').digest('hex'),
      // (and that this import recorded what each node's text stated: PlanNode.statedOnImport)
      statedRecorded: true,
    });
  });

  it('digests by crypto.subtle where there is no Node (a browser) as by Node\'s createHash', async () => {
    const { webSha256Hex } = await import('../../shared/importer/source');
    const { createHash } = await import('node:crypto');
    for (const bytes of [seed('003_95ba35a700e40d34.txt'), new Uint8Array(0), new Uint8Array([0, 255, 1])]) {
      expect(await webSha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });
});

describe('.docx', () => {
  it('keeps Word heading levels, automatic numbering and table rows of a plan', async () => {
    const doc = new Document({
      sections: [{
        children: [
          new Paragraph({ text: 'X区推进智慧城市建设三年行动计划(2027-2029)', alignment: AlignmentType.CENTER }),
          new Paragraph({ text: '为深入推进智慧城市建设,制定本行动计划。' }),
          new Paragraph({ text: '一、总体要求', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: '到2029年,家庭光纤入户率达到90%。' }),
          new Paragraph({ text: '二、主要任务', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: '行动一:全面推进“一网通办”', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ children: [new TextRun('1.升级改造政务外网')] }),
          new Paragraph({ text: '完成电子政务外网升级改造。(责任单位:区大数据中心、区科委)' }),
          new Paragraph({ children: [new TextRun('2.建设区大数据平台')] }),
          new Paragraph({ text: '三、保障措施', heading: HeadingLevel.HEADING_1 }),
          new Table({ rows: [
            new TableRow({ children: [new TableCell({ children: [new Paragraph('序号')] }), new TableCell({ children: [new Paragraph('重点任务')] })] }),
            new TableRow({ children: [new TableCell({ children: [new Paragraph('1')] }), new TableCell({ children: [new Paragraph('升级改造政务外网')] })] }),
          ] }),
        ],
      }],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    const plan = await importFile({ bytes, fileName: '计划.docx' });
    expect(plan.meta.source?.encoding).toBe('docx');
    expect(plan.meta.title).toBe('X区推进智慧城市建设三年行动计划(2027-2029)');
    expect(plan.meta.period).toEqual({ start: 2027, end: 2029 });
    const nodes = [...walk(plan.nodes)].map((x) => x.node);
    expect(plan.nodes.map((n) => n.number + n.heading)).toEqual(['一、总体要求', '二、主要任务', '三、保障措施']);
    const action = nodes.find((n) => n.kind === 'action')!;
    expect(action.heading).toBe('全面推进“一网通办”');
    expect(action.children.map((c) => [c.kind, c.heading])).toEqual([['task', '升级改造政务外网'], ['task', '建设区大数据平台']]);
    expect(action.children[0].lead).toEqual(['区大数据中心', '区科委']);
    expect(plan.nodes[0].indicators[0]).toMatchObject({ name: '家庭光纤入户率', value: 90, unit: '%', comparator: '>=', year: 2029 });
    // the table's rows are kept as text of the last part, not lost
    expect(plan.nodes[2].body).toContain('升级改造政务外网');
  });
});

describe('bad input', () => {
  it('arbitrary bytes give a valid plan or a typed ImportError, nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), fc.constantFrom('a.txt', 'b.docx', 'c.md', 'd'), async (bytes, fileName) => {
        try {
          const doc = await importFile({ bytes, fileName });
          expect(PlanDoc.safeParse(doc).success).toBe(true);
          expect(JSON.stringify(doc)).not.toContain('\ufffd');
        } catch (e) {
          expect(e).toBeInstanceOf(ImportError);
          expect((e as ImportError).message).toContain(fileName);
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
    );
  });

  it('arbitrary plan-like text (numbering markers, brackets, tables) always gives a valid plan', () => {
    const piece = fc.constantFrom('一、', '(一)', '行动一:', '重点专项1:', '重点任务二十', '1.', '1、', '(1)', '①', '•', '——', '附件:', '第一章', '目录', '(责任单位:区科委、', ')', '达到60%', '2015年', '(启动)', '——', '\n', '\n\n', ' ', '区科委区发改委', '。', '养老', '\u00a0');
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 8 })), { maxLength: 120 }), (parts) => {
        const text = parts.join('');
        try {
          const doc = importText(text, 'x.txt');
          expect(PlanDoc.safeParse(doc).success).toBe(true);
        } catch (e) {
          expect(e).toBeInstanceOf(ImportError);
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });

  it('a text without any numbered heading is kept whole and the report says why', () => {
    const doc = importText('这是一段说明文字,没有任何编号标题。\n第二段。', 'note.txt');
    expect(doc.nodes).toHaveLength(0);
    expect(doc.meta.preamble + doc.meta.title).toContain('第二段');
    expect(doc.report!.warnings.map((w) => w.code)).toContain('no-structure');
  });

  it('every warning of the seeds has a code, a Chinese message and a line when it points at one', async () => {
    for (const f of ['000_c5ac5ec241139578.txt', '001_93e2e572a76f2d41.txt', '002_72028bf86ba9aa86.txt', '003_95ba35a700e40d34.txt', '004_5927250410f73846.txt']) {
      const doc = await importFile({ bytes: seed(f), fileName: f });
      for (const w of doc.report!.warnings) {
        expect(w.code).toMatch(/^[a-z-]+$/);
        expect(w.message).toMatch(/[\u4e00-\u9fa5]/);
        if (w.code !== 'no-structure') expect(w.line).toBeGreaterThan(0);
      }
      for (const r of doc.report!.removed) expect(r.reason).toMatch(/[\u4e00-\u9fa5]/);
    }
  });
});
