/**
 * An Office Open XML package: what a zip holds (classifyZip), the checks every .docx reader makes (size, empty,
 * .docm, signature, macros), relationships, and named XML parts read with the zip and XML safety of ./zip and ./xml.
 */
import { EMPTY_REASON, ImportError, LIMITS, tooLargeReason, type ImportReason } from '../errors';
import { Budget, corrupt, extract, listZip, type ZipEntry } from './zip';
import { walkXml, xmlText } from './xml';

export function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg && seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

export function readRels(xml: string | null, partName: string, fileName: string): Array<{ type: string; target: string; external: boolean }> {
  const out: Array<{ type: string; target: string; external: boolean }> = [];
  if (!xml) return out;
  walkXml(xml, partName, fileName, {
    open(name, a) {
      if (name.endsWith(':Relationship') || name === 'Relationship') {
        out.push({ type: a['Type'] ?? '', target: a['Target'] ?? '', external: a['TargetMode'] === 'External' });
      }
    },
    close() {},
    text() {},
  });
  return out;
}

export function isMacroName(name: string): boolean {
  return /(^|\/)vbaProject\.bin$/i.test(name) || /(^|\/)vbaData\.xml$/i.test(name);
}

/**
 * What a zip holds, from its directory only (nothing inflated). Used by readSource to
 * dispatch; throws corrupt-docx / zip-bomb for a broken or oversized zip.
 */
export function classifyZip(bytes: Uint8Array, fileName: string): 'docx' | 'macro' | 'xlsm' | 'xlsx' | 'pptx' | 'ofd' | 'other' {
  const names = listZip(bytes, fileName).map((e) => e.name.toLowerCase());
  if (names.some(isMacroName)) return names.some((n) => n.startsWith('xl/')) ? 'xlsm' : 'macro';
  if (names.includes('word/document.xml') || names.some((n) => n.startsWith('word/'))) return 'docx';
  if (names.some((n) => n.startsWith('xl/'))) return 'xlsx';
  if (names.some((n) => n.startsWith('ppt/'))) return 'pptx';
  if (names.some((n) => n.startsWith('doc_0/')) || names.includes('ofd.xml')) return 'ofd';
  return 'other';
}

/** Why a macro-enabled Word document (.docm), named so, is refused (here and by readSource). */
export const DOCM_REASON: ImportReason = {
  zh: '启用宏的 Word 文档(.docm)不能导入,请在 Word 中另存为 .docx(不含宏)',
  en: 'A macro-enabled Word document (.docm) cannot be imported: save it as .docx (without macros) in Word.',
};

/**
 * The zip entries of a .docx after the checks every reader makes: size, empty, the .docm name, zip signature,
 * entry count, macro parts.
 */
export function docxEntries(bytes: Uint8Array, fileName: string): ZipEntry[] {
  if (bytes.length > LIMITS.maxImportBytes) {
    throw new ImportError('too-large', fileName, tooLargeReason(bytes.length), {
      bytes: bytes.length,
      limit: LIMITS.maxImportBytes,
    });
  }
  if (bytes.length === 0) throw new ImportError('empty', fileName, EMPTY_REASON);
  if (/\.(docm|dotm)$/i.test(fileName)) {
    throw new ImportError('unsupported', fileName, DOCM_REASON);
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw corrupt(fileName, { zh: '不是 zip 格式的 .docx 文件', en: 'it is not a .docx file in zip format' });
  const entries = listZip(bytes, fileName);
  const macro = entries.find((e) => isMacroName(e.name));
  if (macro) {
    throw new ImportError('unsupported', fileName, {
      zh: '文档包含宏(VBA),不能导入,请在 Word 中另存为 .docx(不含宏)',
      en: 'The document holds macros (VBA) and cannot be imported: save it as .docx (without macros) in Word.',
    }, { part: macro.name });
  }
  return entries;
}

/**
 * Named XML parts of a .docx (word/document.xml, word/comments.xml …; missing ones are left out), read with the
 * same zip and XML safety checks as readDocx (size, entry count, inflated size, DOCTYPE, macros). Used by the
 * review's Word comment import.
 */
export function readDocxXmlParts(bytes: Uint8Array, fileName: string, names: string[]): Map<string, string> {
  const pkg = openDocx(bytes, fileName);
  const out = new Map<string, string>();
  for (const name of names) {
    const xml = pkg.readPart(name);
    if (xml !== null) out.set(name, xml);
  }
  return out;
}

/** A checked .docx package: its entries by (case-insensitive) name, and its XML parts read on demand under one inflate budget. */
export interface DocxPackage {
  has(name: string): boolean;
  /** The part's XML text, or null when the package has no such part. */
  readPart(name: string): string | null;
}

export function openDocx(bytes: Uint8Array, fileName: string): DocxPackage {
  const entries = docxEntries(bytes, fileName);
  const byName = new Map(entries.map((e) => [e.name.toLowerCase(), e]));
  const budget = new Budget(fileName);
  return {
    has: (name) => byName.has(name.toLowerCase()),
    readPart(name) {
      const e = byName.get(name.toLowerCase());
      if (!e || e.name.endsWith('/')) return null;
      return xmlText(extract(bytes, e, budget, fileName), e.name, fileName);
    },
  };
}
