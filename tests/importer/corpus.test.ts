/**
 * The style corpus: plan documents written by the team in the styles planning offices use (tests/corpus/docs), each
 * imported with the real importer and compared with the outline, metadata, departments, indicators, milestones and
 * warnings written by hand in tests/corpus/expected.ts (see the conventions at the top of that file and
 * docs/importer-corpus.md).
 *
 * - one `describe` per document, one `it` per kind of check; a failing outline prints a diff (expected vs actual);
 * - "the corpus itself" checks the expectations against the documents' own text (every heading, number, department
 *   and absent string is really in the document), so a typo in expected.ts fails here and not as an importer bug;
 * - the last test prints a table document → check → ✓/✗ and the first problem of every failing check.
 *
 * - documents with `formats` are also converted at test time with LibreOffice (.docx, Word 97 .doc, .pdf; a Markdown
 *   document becomes a .docx with heading styles through pandoc) and the converted file must import to the same
 *   expectations; skipped without LibreOffice unless CI is set.
 *
 * CORPUS_ONLY=07,13 runs only the documents whose file name starts with those prefixes.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSoffice } from '../../electron/core/export';
import { importFile } from '../../shared/importer/index';
import { walk, type PlanDoc, type PlanNode } from '../../shared/model/plan';
import { CORPUS, type CorpusDoc } from '../corpus/expected';
import {
  actualLines, foldWidth, normHeading, normItem, normName, normNumber, normUnit, outlineDiff, parseOutline, showExpected, squeeze, squeezeLine,
} from '../corpus/compare';
import { createNodeReaders } from '../../electron/core/formats/index';
import { listNumberedDocx, listParagraphs } from '../corpus/tools/listdocx';

/** The host's readers of .pdf and .doc, as the import worker passes them. */
const readers = createNodeReaders();

const DOCS = join(__dirname, '..', 'corpus', 'docs');
const KINDS = ['part', 'section', 'action', 'task', 'item', 'box', 'appendix'];

// ---------------------------------------------------------------------------------------------------------------
// Reading a document

/** GB18030 encoder for the characters of our documents, built from the platform's GB18030 decoder (two-byte codes). */
let gbMap: Map<string, number[]> | null = null;
export function encodeGb18030(text: string): Uint8Array {
  if (!gbMap) {
    gbMap = new Map();
    const dec = new TextDecoder('gb18030');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = dec.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== '\ufffd' && !gbMap.has(ch)) gbMap.set(ch, [lead, trail]);
      }
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) { bytes.push(c); continue; }
    const b = gbMap.get(ch);
    if (!b) throw new Error(`no two-byte GB18030 code for "${ch}" (U+${c.toString(16)})`);
    bytes.push(...b);
  }
  return new Uint8Array(bytes);
}

function sourceText(doc: CorpusDoc): string {
  return readFileSync(join(DOCS, doc.file), 'utf8');
}

function sourceBytes(doc: CorpusDoc): Uint8Array {
  if (doc.encoding === 'gb18030') return encodeGb18030(sourceText(doc).replace(/\r?\n/g, '\r\n'));
  return new Uint8Array(readFileSync(join(DOCS, doc.file)));
}

// ---------------------------------------------------------------------------------------------------------------
// Checks

type CheckName = 'import' | 'outline' | 'meta' | 'departments' | 'indicators' | 'milestones' | 'warnings' | 'absent' | 'present';
const CHECKS: CheckName[] = ['import', 'outline', 'meta', 'departments', 'indicators', 'milestones', 'warnings', 'absent', 'present'];
/** Whether the document states expectations for this check (import and outline always). */
function stated(d: CorpusDoc, c: CheckName): boolean {
  if (c === 'import' || c === 'outline') return true;
  return d[c] !== undefined;
}
interface Check { ok: boolean; problems: string[]; diff?: string }
interface Result { doc: CorpusDoc; plan: PlanDoc | null; checks: Partial<Record<CheckName, Check>> }

const allNodes = (plan: PlanDoc) => [...walk(plan.nodes)].map((x) => x.node);

function nodeByHeading(plan: PlanDoc, heading: string): PlanNode | undefined {
  const want = normHeading(heading);
  const hits = allNodes(plan).filter((n) => normHeading(n.heading) === want);
  return hits.find((n) => n.kind !== 'item') ?? hits[0];
}

function subtree(n: PlanNode): PlanNode[] {
  return [...walk([n])].map((x) => x.node);
}

function sameSet(a: string[], b: string[]): boolean {
  const x = [...new Set(a.map(normName))].sort();
  const y = [...new Set(b.map(normName))].sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

function check(problems: string[], diff?: string): Check {
  return { ok: problems.length === 0, problems, diff };
}

function runChecks(doc: CorpusDoc, plan: PlanDoc): Result['checks'] {
  const checks: Result['checks'] = {};
  const exp = parseOutline(doc.outline);
  const d = outlineDiff(exp, actualLines(plan.nodes));
  checks.outline = check(d.same ? [] : [d.firstProblem], d.text);

  if (doc.meta) {
    const p: string[] = [];
    const m = plan.meta;
    const em = doc.meta;
    if (em.title !== undefined && normHeading(m.title) !== normHeading(em.title)) p.push(`title "${m.title}" ≠ "${em.title}"`);
    if (em.district !== undefined && m.district !== em.district) p.push(`district ${JSON.stringify(m.district)} ≠ ${JSON.stringify(em.district)}`);
    if (em.city !== undefined && m.city !== em.city) p.push(`city ${JSON.stringify(m.city)} ≠ ${JSON.stringify(em.city)}`);
    if (em.period !== undefined && JSON.stringify(m.period) !== JSON.stringify(em.period)) p.push(`period ${JSON.stringify(m.period)} ≠ ${JSON.stringify(em.period)}`);
    if (em.docNumber !== undefined && (m.docNumber === null ? null : squeeze(m.docNumber)) !== (em.docNumber === null ? null : squeeze(em.docNumber))) p.push(`docNumber ${JSON.stringify(m.docNumber)} ≠ ${JSON.stringify(em.docNumber)}`);
    if (em.issuer !== undefined && (m.issuer === null ? null : squeeze(m.issuer)) !== em.issuer) p.push(`issuer ${JSON.stringify(m.issuer)} ≠ ${JSON.stringify(em.issuer)}`);
    if (em.issuedOn !== undefined && m.issuedOn !== em.issuedOn) p.push(`issuedOn ${JSON.stringify(m.issuedOn)} ≠ ${JSON.stringify(em.issuedOn)}`);
    if (em.addressees !== undefined && JSON.stringify(m.addressees.map(squeeze)) !== JSON.stringify(em.addressees.map(squeeze))) p.push(`addressees ${JSON.stringify(m.addressees)} ≠ ${JSON.stringify(em.addressees)}`);
    checks.meta = check(p);
  }

  if (doc.departments) {
    const p: string[] = [];
    for (const e of doc.departments) {
      const n = nodeByHeading(plan, e.heading);
      if (!n) { p.push(`no node "${e.heading}"`); continue; }
      if (!sameSet(n.lead, e.lead)) p.push(`${e.heading}: lead [${n.lead.join('、')}] ≠ [${e.lead.join('、')}]`);
      if (e.partners && !sameSet(n.partners, e.partners)) p.push(`${e.heading}: partners [${n.partners.join('、')}] ≠ [${e.partners.join('、')}]`);
    }
    checks.departments = check(p);
  }

  if (doc.indicators) {
    const p: string[] = [];
    for (const e of doc.indicators) {
      const n = nodeByHeading(plan, e.heading);
      if (!n) { p.push(`no node "${e.heading}"`); continue; }
      const inds = subtree(n).flatMap((x) => x.indicators);
      const want = normItem(e.name);
      const hit = inds.find((i) => {
        const got = normItem(i.name);
        return i.value === e.value && normUnit(i.unit) === normUnit(e.unit) && got.includes(want) && (e.year === undefined || i.year === e.year);
      });
      if (!hit) p.push(`${e.heading}: no ${e.name} ${e.value}${e.unit}${e.year === undefined ? '' : ` in ${e.year}`} (found: ${inds.map((i) => `${i.name} ${i.value}${i.unit}${e.year === undefined ? '' : ` in ${i.year}`}`).join('; ') || 'none'})`);
    }
    checks.indicators = check(p);
  }

  if (doc.milestones) {
    const p: string[] = [];
    for (const e of doc.milestones) {
      const n = nodeByHeading(plan, e.heading);
      if (!n) { p.push(`no node "${e.heading}"`); continue; }
      const ok = n.milestones.some((ms) => ms.year === e.year && (e.stage === undefined || ms.stage === e.stage));
      if (!ok) p.push(`${e.heading}: no ${e.year} ${e.stage ?? ''} (found: ${n.milestones.map((ms) => `${ms.year}${ms.stage ?? ''}`).join(' ') || 'none'})`);
    }
    checks.milestones = check(p);
  }

  if (doc.warnings) {
    const codes = (plan.report?.warnings ?? []).map((w) => w.code);
    checks.warnings = check(doc.warnings.filter((c) => !codes.includes(c)).map((c) => `no warning "${c}" (got: ${[...new Set(codes)].join(', ') || 'none'})`));
  }

  const texts = [plan.meta.preamble, plan.meta.notice, ...allNodes(plan).flatMap((n) => [n.heading, n.body])];
  if (doc.absent) {
    const p: string[] = [];
    for (const s of doc.absent) {
      const hit = texts.find((t) => t.includes(s) || squeeze(t).includes(squeeze(s)));
      if (hit !== undefined) p.push(`"${s}" is still in the plan`);
    }
    checks.absent = check(p);
  }
  if (doc.present) {
    const nodeTexts = allNodes(plan).flatMap((n) => [n.heading, n.body]).map(squeezeLine);
    checks.present = check(doc.present.filter((s) => !nodeTexts.some((t) => t.includes(squeezeLine(s)))).map((s) => `"${s}" not found whole in any heading or body`));
  }
  return checks;
}

const results = new Map<string, Result>();
const only = (process.env.CORPUS_ONLY ?? '').split(',').map((s) => s.trim()).filter(Boolean);
const selected = CORPUS.filter((d) => !only.length || only.some((p) => d.file.startsWith(p)));

async function resultOf(doc: CorpusDoc): Promise<Result> {
  const cached = results.get(doc.file);
  if (cached) return cached;
  const r = await importChecked(doc, doc.file, () => sourceBytes(doc));
  results.set(doc.file, r);
  return r;
}

/** Import `bytes` as `fileName` and check the plan against the document's expectations (a failed import is a check too). */
async function importChecked(doc: CorpusDoc, fileName: string, bytes: () => Uint8Array | Promise<Uint8Array>): Promise<Result> {
  try {
    const plan = await importFile({ bytes: await bytes(), fileName }, { readers });
    return { doc, plan, checks: { import: check([]), ...runChecks(doc, plan) } };
  } catch (e) {
    return { doc, plan: null, checks: { import: check([`import failed: ${(e as Error).message}`]) } };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Tests

describe('the corpus itself', () => {
  it('has at least 34 documents, each file present once, outlines well formed', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(34);
    expect(new Set(CORPUS.map((d) => d.file)).size).toBe(CORPUS.length);
    for (const d of CORPUS) {
      const lines = parseOutline(d.outline);
      for (const [i, l] of lines.entries()) {
        expect(KINDS, `${d.file}: ${showExpected(l)}`).toContain(l.kind);
        const parent = lines.slice(0, i).reverse().find((x) => x.depth < l.depth);
        expect(l.depth === 0 || (parent && parent.depth === l.depth - 1), `${d.file}: depth jump at ${showExpected(l)}`).toBe(true);
        if (l.kind === 'item') expect(normItem(l.text).length, `${d.file}: item text too short ${l.text}`).toBeGreaterThanOrEqual(6);
      }
      expect(sourceText(d).length).toBeGreaterThan(200);
    }
  });

  it('expects only what the documents say (headings, numbers, departments, absent strings are in the text)', () => {
    for (const d of CORPUS) {
      const src = sourceText(d);
      const flat = squeeze(foldWidth(src));
      const bare = normItem(src);
      const headings = new Set<string>();
      for (const l of parseOutline(d.outline)) {
        if (l.kind === 'item') expect(bare, `${d.file}: item "${l.text}"`).toContain(normItem(l.text));
        else {
          expect(flat, `${d.file}: heading "${l.text}"`).toContain(normHeading(l.text));
          headings.add(normHeading(l.text));
        }
        // a Markdown bullet (-, *, +) and a Word bullet are read as the bullet point •
        if (!(l.number === '•' && /^\s*[-*+] /m.test(src))) expect(flat, `${d.file}: number "${l.number}"`).toContain(normNumber(l.number));
      }
      for (const x of [...(d.departments ?? []), ...(d.indicators ?? []), ...(d.milestones ?? [])]) {
        expect(headings.has(normHeading(x.heading)), `${d.file}: "${x.heading}" is not a heading of the outline`).toBe(true);
      }
      for (const x of d.departments ?? []) for (const name of [...x.lead, ...(x.partners ?? [])]) expect(flat, `${d.file}: department ${name}`).toContain(squeeze(foldWidth(name)));
      for (const s of d.absent ?? []) expect(src, `${d.file}: absent "${s}" must be in the document to mean anything`).toContain(s);
      if (d.meta?.title) expect(flat, `${d.file}: title`).toContain(normHeading(d.meta.title));
      for (const a of d.meta?.addressees ?? []) expect(flat, `${d.file}: addressee ${a}`).toContain(squeeze(foldWidth(a)));
    }
  });

  it('re-encodes a document as GB18030 that decodes back to the same text', () => {
    const text = '临江市北湖区全面推行河湖长制（2024—2026年）\r\n牵头单位：区水务局；配合单位：区经委、各街道';
    expect(new TextDecoder('gb18030').decode(encodeGb18030(text))).toBe(text);
  });

  it('diffs outlines line by line (the runner can fail)', () => {
    const exp = parseOutline('part 一、|总体要求\n  section (一)|指导思想\npart 二、|重点任务');
    const mk = (kind: PlanNode['kind'], number: string, heading: string, children: PlanNode[] = []): PlanNode =>
      ({ id: heading, kind, number, heading, body: '', lead: [], partners: [], indicators: [], milestones: [], themes: [], children });
    const good = actualLines([mk('part', '一、', '总体要求', [mk('section', '（一）', '指导思想。')]), mk('part', '二、', '重点任务')]);
    expect(outlineDiff(exp, good).same).toBe(true);
    const bad = actualLines([mk('part', '一、', '总体要求', [mk('task', '（一）', '指导思想')])]);
    const d = outlineDiff(exp, bad);
    expect(d.same).toBe(false);
    expect(d.text).toContain('- part 二、|重点任务');
    expect(d.text).toContain('+   task （一）|指导思想');
  });
});

for (const doc of selected) {
  describe(`${doc.file} — ${doc.style}`, () => {
    it('imports', async () => {
      const r = await resultOf(doc);
      expect(r.checks.import!.problems).toEqual([]);
    });
    it('has the expected outline', async () => {
      const r = await resultOf(doc);
      const c = r.checks.outline;
      if (c && !c.ok) console.log(`\n${doc.file}: outline (- expected only, + imported only)\n${c.diff}\n`);
      expect(c?.ok, c ? c.problems.join('\n') : 'not imported').toBe(true);
    });
    for (const name of CHECKS.slice(2)) {
      if (!stated(doc, name)) continue;
      it(`has the expected ${name}`, async () => {
        const r = await resultOf(doc);
        const c = r.checks[name];
        expect(c?.problems ?? ['not imported']).toEqual([]);
      });
    }
  });
}

const converted = new Map<string, Result>();
const formatJobs = selected.flatMap((doc) => (doc.formats ?? []).filter((f) => f !== 'docx-list').map((format) => ({ doc, format })));
const listJobs = selected.filter((doc) => doc.formats?.includes('docx-list'));

/** A converted document (`name`) imports to its expectations; the result is kept for the summary. */
async function expectConverted(doc: CorpusDoc, name: string, bytes: () => Uint8Array | Promise<Uint8Array>): Promise<void> {
  const r = await importChecked(doc, name, bytes);
  converted.set(name, r);
  const c = r.checks.outline;
  if (c && !c.ok) console.log(`\n${name}: outline (- expected only, + imported only)\n${c.diff}\n`);
  const problems = CHECKS.flatMap((k) => (r.checks[k]?.problems ?? []).map((p) => `${k}: ${p}`));
  expect(problems).toEqual([]);
}
const soffice = findSoffice();

describe.skipIf(!formatJobs.length || (!soffice && !process.env.CI))('documents converted with LibreOffice', () => {
  let dir = '';
  beforeAll(() => {
    if (!soffice) throw new Error('CI: LibreOffice (soffice) is required to make the corpus .docx/.doc/.pdf files; none found');
    dir = mkdtempSync(join(tmpdir(), 'corpus-'));
    mkdirSync(join(dir, 'out'));
    const targets: Record<string, string> = { docx: 'docx', doc: 'doc:MS Word 97', pdf: 'pdf' };
    // Markdown sources become .docx with real heading styles through pandoc (as a planner's Word file would have)
    for (const j of formatJobs.filter((x) => x.doc.file.endsWith('.md'))) {
      if (j.format !== 'docx') throw new Error(`${j.doc.file}: a Markdown document can only be made into .docx`);
      execFileSync('pandoc', [join(DOCS, j.doc.file), '-f', 'markdown', '-t', 'docx', '-o', join(dir, 'out', j.doc.file.replace(/\.md$/, '.docx'))], { stdio: 'ignore', timeout: 60_000 });
    }
    for (const format of ['docx', 'doc', 'pdf'] as const) {
      const files = formatJobs.filter((j) => j.format === format && !j.doc.file.endsWith('.md')).map((j) => {
        const src = join(dir, basename(j.doc.file));
        if (!existsSync(src)) copyFileSync(join(DOCS, j.doc.file), src);
        return src;
      });
      if (!files.length) continue;
      execFileSync(soffice, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore',
        '--infilter=Text (encoded):UTF8,LF,,,', '--convert-to', targets[format], '--outdir', join(dir, 'out'), ...files], { stdio: 'ignore', timeout: 240_000 });
    }
  }, 300_000);
  afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

  for (const { doc, format } of formatJobs) {
    const name = doc.file.replace(/\.[a-z]+$/, `.${format}`);
    it(`${name} imports to the same expectations`, async () => {
      await expectConverted(doc, name, async () => new Uint8Array(readFileSync(join(dir, 'out', name))));
    });
  }
});

// Word list numbering: built here with the docx package (no LibreOffice needed), see tests/corpus/tools/listdocx.ts
describe.skipIf(!listJobs.length)('documents made into Word files with list numbering', () => {
  it('the builder moves every written number into the list (the numbers are not in the text)', () => {
    const paras = listParagraphs('一、总体要求\n（一）指导思想\n正文1.不是标题\n1.建设中心。到2027年\n（1）完善政策');
    expect(paras).toEqual([
      { text: '总体要求', level: 0 }, { text: '指导思想', level: 1 }, { text: '正文1.不是标题', level: -1 },
      { text: '建设中心。到2027年', level: 2 }, { text: '完善政策', level: 3 },
    ]);
  });
  for (const doc of listJobs) {
    const name = doc.file.replace(/\.[a-z]+$/, '.list.docx');
    it(`${name} imports to the same expectations`, async () => {
      await expectConverted(doc, name, () => listNumberedDocx(sourceText(doc)));
    });
  }
});

describe('corpus summary', () => {
  it('prints document → check table', async () => {
    for (const d of selected) await resultOf(d);
    const mark = (c: Check | undefined, stated: boolean) => (!stated ? '·' : !c ? '✗' : c.ok ? '✓' : '✗');
    const head = ['document', ...CHECKS.map((c) => c.slice(0, 5))];
    const rows = selected.map((d) => {
      const r = results.get(d.file)!;
      return [d.file, ...CHECKS.map((c) => mark(r.checks[c], stated(d, c)))];
    });
    for (const [name, r] of converted) rows.push([name, ...CHECKS.map((c) => mark(r.checks[c], stated(r.doc, c)))]);
    const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const fmt = (r: string[]) => r.map((c, i) => c.padEnd(w[i])).join('  ');
    const passing = rows.filter((r) => !r.includes('✗')).length;
    const details: string[] = [];
    const all: [string, Result][] = [...selected.map((d) => [d.file, results.get(d.file)!] as [string, Result]), ...converted];
    for (const [name, r] of all) {
      for (const c of CHECKS) {
        const x = r.checks[c];
        if (x && !x.ok) details.push(`${name} ${c}: ${x.problems[0]}${x.problems.length > 1 ? ` (+${x.problems.length - 1} more)` : ''}`);
      }
    }
    console.log(['', fmt(head), ...rows.map(fmt), '', `${passing}/${rows.length} documents pass every check`, '', ...details, ''].join('\n'));
    expect(rows.length).toBe(selected.length + converted.size);
  });
});

afterAll(() => results.clear());
