/**
 * The importer: bytes of a .txt/.md/.html/.docx (and .pdf/.doc/.wps with the host's readers, see source.ts)
 * → a validated plan (`plan-workbench/v1`) with its import report. A `plan-workbench/v1` JSON file (the app's own
 * exchange format, formats/planjson.ts) is read as the plan it holds, not as text.
 */
import { PlanDoc, walk, type LevelMapping, type PlanNode } from '../model/plan';
import { countNodes } from '../model/tree-walk';
import { conformsTo } from '../model/conforms';
import { ImportError, LIMITS, tooManyNodesReason } from '../errors';
import { parsePlan } from './parse';
import { readSource, sha256Hex, type ReadSourceOptions } from './source';
import { textFingerprint } from './fingerprint';
import type { SourceLine } from './types';
import { invisibleWarning, stripInvisibleLines } from '../text/invisible';
import { unmarkLines } from './markup';
import { joinHeadRows } from './headrows';
import { isPlanJson, readPlanJson } from './formats/planjson';
import { attachAnnotations } from './annotations';
import { printedFieldsOnly, statedFields } from './fieldlines';

export { parsePlan } from './parse';

export type { FormatReader, FormatReaders, ReadSourceOptions } from './source';
export { isPdf } from './source';
export { isPlanJson } from './formats/planjson';
export { mergedFromOf, type MergedCell, type SourceLine } from './types';
export { closesBanji, readBanjiLine, type BanjiLine } from './paragraphs';
export { layoutPdf, mayHoldTable, pageChars, turnUpright, type PdfPageText, type PdfRule, type PdfTextItem } from './formats/pdf-layout';
export * from './public';

/**
 * `mapping`: the planner's correction of the inferred levels (see LevelMapping); absent = as inferred.
 * `opts.readers`: the host's readers of formats that need more than the environment-free code (.pdf, .doc).
 */
export async function importFile(input: { bytes: Uint8Array; fileName: string; mapping?: LevelMapping }, opts: ReadSourceOptions = {}): Promise<PlanDoc> {
  // the exchange format is a plan already: validated, not parsed as text (a level mapping does not apply to it)
  if (isPlanJson(input.bytes, input.fileName)) return readPlanJson(input.bytes, input.fileName);
  // the digests (crypto.subtle, off the main thread) run while the text is read and parsed; awaited before validation
  const sha256 = quiet(sha256Hex(input.bytes));
  const { lines, encoding, annotations: blocks, markdown, warnings: read } = await readSource(input.bytes, input.fileName, opts);
  const textSha256 = quiet(textFingerprint(lines.map((l) => l.text)));
  const source = { fileName: input.fileName, encoding, sha256: '', bytes: input.bytes.length, textSha256: '' };
  const doc = parseLines(lines, input.fileName, source, input.mapping);
  // Markdown states a node's fields in field lines (the export writes them from the fields after the node's text): a
  // node whose text is exactly the lines the export prints for the fields read has no text of its own; any other
  // wording is the planner's text and stays
  if (markdown) for (const { node } of walk(doc.nodes)) if (node.body && printedFieldsOnly(node)) { node.body = ''; delete node.statedOnImport; }
  doc.meta.source = { ...source, sha256: await sha256, textSha256: await textSha256, statedRecorded: true };
  // what the reader left out of the file (a workbook's hidden sheets)
  if (read?.length && doc.report) doc.report.warnings.unshift(...read);
  if (blocks) {
    // a Markdown export's annotations, put on the nodes they name (./annotations.ts); what cannot be read is reported
    const { annotations, warnings } = attachAnnotations(doc, blocks);
    if (annotations.length) doc.annotations = annotations;
    if (warnings.length && doc.report) doc.report.warnings.push(...warnings);
  }
  return validate(doc, input.fileName);
}

/** A promise awaited later: its rejection is not unhandled if an error is thrown before it is awaited. */
function quiet<T>(p: Promise<T>): Promise<T> {
  p.catch(() => {});
  return p;
}

/** Import text that is already decoded (tests, paste). */
export function importText(text: string, fileName = 'pasted.txt', mapping?: LevelMapping): PlanDoc {
  const lines: SourceLine[] = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/).map((t, i) => ({ text: t, line: i + 1 }));
  return finish(lines, fileName, null, mapping);
}

function finish(raw: SourceLine[], fileName: string, source: PlanDoc['meta']['source'], mapping?: LevelMapping): PlanDoc {
  return validate(parseLines(raw, fileName, source, mapping), fileName);
}

/** PlanNode.statedOnImport of every node (a plain recursion: no generator, no path per node). */
function markStated(nodes: PlanNode[]): void {
  for (const node of nodes) {
    const stated = statedFields(node);
    if (stated.length) node.statedOnImport = stated;
    if (node.children.length) markStated(node.children);
  }
}

/** Lines → plan, not yet validated. */
function parseLines(raw: SourceLine[], fileName: string, source: PlanDoc['meta']['source'], mapping?: LevelMapping): PlanDoc {
  // Bidi controls and zero-width characters go before anything reads the lines (shared/text/invisible.ts): no
  // heading or department keeps one, none becomes a space inside a word; the report says how many and where.
  const { lines, removed } = stripInvisibleLines(unmarkLines(raw));
  if (!lines.some((l) => l.text.trim())) throw new ImportError('no-content', fileName, { zh: '文件中没有文字内容', en: 'The file holds no text.' });
  // a table head of two rows read as one (the lower row names every column)
  const doc = parsePlan(joinHeadRows(lines), { fileName, source, mapping });
  // the fields each node's text states that the import read (PlanNode.statedOnImport: an exported plan tells a field
  // emptied since from a statement typed into the text later)
  markStated(doc.nodes);
  const count = countNodes(doc.nodes);
  if (count > LIMITS.maxNodes) {
    throw new ImportError('too-many-nodes', fileName, tooManyNodesReason(count), { nodes: count, limit: LIMITS.maxNodes });
  }
  const invisible = invisibleWarning(removed);
  if (invisible && doc.report) doc.report.warnings.push(invisible);
  return doc;
}

/**
 * A plan the importer built that zod would give back as it is (every seed and corpus document): used as it is
 * (conforms.ts; no object in it reached twice). Its objects are its own: no cache of the importer hands out an
 * object that ends up in a plan (tests/importer/conforms.test.ts changes one import and imports again).
 */
const conforms = conformsTo(PlanDoc);

function validate(doc: PlanDoc, fileName: string): PlanDoc {
  if (conforms(doc)) return doc;
  const checked = PlanDoc.safeParse(doc);
  if (!checked.success) {
    throw new ImportError('no-content', fileName, {
      zh: '导入结果不符合 plan-workbench/v1 格式',
      en: 'What was read is not a valid plan-workbench/v1 plan.',
    }, { issues: checked.error.issues.slice(0, 5) });
  }
  return checked.data;
}
