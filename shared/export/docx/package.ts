/**
 * The package of the Word export: docx's parts patched where docx cannot write what GB/T 9704 needs (mirror margins,
 * snapToGrid off in some styles, document dates) and zipped once with a fixed time, so the same plan gives the same bytes.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { STYLE_OFF_GRID, STYLE_TABLE_HEAD, STYLE_TABLE_TEXT } from './styles';

/** Date-times written into the package when the plan has no issue date. */
export const DEFAULT_DATE = '2000-01-01T00:00:00Z';

export function isoDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const m = /^(\d{4}-\d{2}-\d{2})(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.exec(s.trim());
  if (!m) return null;
  const d = new Date(m[2] ? s.trim() : `${m[1]}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * After packing: add <w:mirrorMargins/> to settings.xml (docx has no option for it; CT_Settings wants it before
 * defaultTabStop/evenAndOddHeaders), set the document dates to the plan's date, and re-zip with a fixed
 * time so the same plan gives the same bytes. [Content_Types].xml goes first, as Word writes it.
 */
export function finishPackage(bytes: Uint8Array, o: { mirrorMargins: boolean; date: string }): Uint8Array {
  return finishParts(unzipSync(bytes), o);
}

/** finishPackage on the package's parts (text or bytes by path, in package order). */
export function finishParts(files: Record<string, Uint8Array | string>, o: { mirrorMargins: boolean; date: string }): Uint8Array {
  const text = (path: string) => { const d = files[path]; return typeof d === 'string' ? d : strFromU8(d); };
  const settingsPath = 'word/settings.xml';
  if (o.mirrorMargins && files[settingsPath]) {
    let xml = text(settingsPath);
    if (!xml.includes('<w:mirrorMargins')) {
      const after = xml.match(/<w:(?:writeProtection|view|zoom|removePersonalInformation|removeDateAndTime|doNotDisplayPageBoundaries|displayBackgroundShape|printPostScriptOverText|printFractionalCharacterWidth|printFormsData|embedTrueTypeFonts|embedSystemFonts|saveSubsetFonts|saveFormsData)\b[^>]*\/>/g);
      if (after?.length) {
        const last = after[after.length - 1];
        const at = xml.lastIndexOf(last) + last.length;
        xml = xml.slice(0, at) + '<w:mirrorMargins/>' + xml.slice(at);
      } else {
        xml = xml.replace(/(<w:settings\b[^>]*>)/, '$1<w:mirrorMargins/>');
      }
      files[settingsPath] = xml;
    }
  }
  const stylesPath = 'word/styles.xml';
  if (files[stylesPath]) {
    let xml = text(stylesPath);
    for (const id of ['Title', STYLE_OFF_GRID, STYLE_TABLE_TEXT, STYLE_TABLE_HEAD]) {
      xml = xml.replace(new RegExp(`(<w:style w:type="paragraph" w:styleId="${id}">(?:(?!</w:style>)[\\s\\S])*?<w:pPr>)`), '$1<w:snapToGrid w:val="0"/>');
    }
    files[stylesPath] = xml;
  }
  const corePath = 'docProps/core.xml';
  if (files[corePath]) {
    const xml = text(corePath).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${o.date}$2`);
    files[corePath] = xml;
  }
  const names = Object.keys(files).sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : 0));
  const zip: Zippable = {};
  const mtime = new Date('2000-01-01T00:00:00');
  for (const n of names) { const d = files[n]; zip[n] = [typeof d === 'string' ? strToU8(d) : d, { level: 6, mtime }]; }
  return zipSync(zip);
}
