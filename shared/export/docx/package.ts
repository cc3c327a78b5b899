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
export function finishPackage(bytes: Uint8Array, o: { mirrorMargins: boolean; date: string; zip?: ZipCodec }): Uint8Array {
  return finishParts(unzipSync(bytes), o);
}

/** finishPackage on the package's parts (text or bytes by path, in package order). */
export function finishParts(files: Record<string, Uint8Array | string>, o: { mirrorMargins: boolean; date: string; zip?: ZipCodec }): Uint8Array {
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
  const mtime = new Date('2000-01-01T00:00:00');
  if (o.zip) return zipWith(o.zip, names.map((n) => [n, files[n]]), mtime);
  const zip: Zippable = {};
  for (const n of names) { const d = files[n]; zip[n] = [typeof d === 'string' ? strToU8(d) : d, { level: 6, mtime }]; }
  return zipSync(zip);
}

/**
 * A native deflate and CRC-32 (Node's zlib: electron/core/zip.ts). fflate's deflate, in JavaScript, was a fifth
 * of an export in a warm process and ~150 ms of a one-shot CLI process, before the JIT has optimised it; zlib
 * does the same part in a few milliseconds. Without one, fflate zips (the same content, other bytes).
 */
export interface ZipCodec {
  /** Raw deflate (no zlib header), level 6. */
  deflateRaw(data: Uint8Array): Uint8Array;
  crc32(data: Uint8Array): number;
}

interface Packed { body: Uint8Array; size: number; stored: boolean; crc: number }

/**
 * Parts packed before, by codec and text: most parts (styles, theme, numbering, settings, footers, relationships …)
 * are the same text in every export, and deflate gives the same bytes for the same text. Only parts up to 16 K characters
 * (document.xml is packed every time), at most 128 of them.
 */
const packedBefore = new WeakMap<ZipCodec, Map<string, Packed>>();

function pack(codec: ZipCodec, data: Uint8Array | string): Packed {
  let cache: Map<string, Packed> | undefined;
  if (typeof data === 'string' && data.length <= 16384) {
    cache = packedBefore.get(codec);
    if (!cache || cache.size >= 128) packedBefore.set(codec, (cache = new Map()));
    const p = cache.get(data);
    if (p) return p;
  }
  const raw = typeof data === 'string' ? strToU8(data) : data;
  const deflated = codec.deflateRaw(raw);
  const stored = deflated.length >= raw.length;
  const p = { body: stored ? raw : deflated, size: raw.length, stored, crc: codec.crc32(raw) >>> 0 };
  if (cache) cache.set(data as string, p);
  return p;
}

/** A zip of the parts in this order (deflated, or stored when deflate does not help), every entry at `mtime`. */
function zipWith(codec: ZipCodec, parts: Array<[string, Uint8Array | string]>, mtime: Date): Uint8Array {
  const dosTime = (mtime.getHours() << 11) | (mtime.getMinutes() << 5) | (mtime.getSeconds() >> 1);
  const dosDate = ((mtime.getFullYear() - 1980) << 9) | ((mtime.getMonth() + 1) << 5) | mtime.getDate();
  const enc = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [name, data] of parts) {
    const fname = enc.encode(name);
    const utf8 = fname.length !== name.length;
    const { body, size, stored, crc } = pack(codec, data);
    const fields = (h: DataView, at: number) => {
      h.setUint16(at, 20, true); // version needed: 2.0
      h.setUint16(at + 2, utf8 ? 0x800 : 0, true);
      h.setUint16(at + 4, stored ? 0 : 8, true);
      h.setUint16(at + 6, dosTime, true);
      h.setUint16(at + 8, dosDate, true);
      h.setUint32(at + 10, crc, true);
      h.setUint32(at + 14, body.length, true);
      h.setUint32(at + 18, size, true);
      h.setUint16(at + 22, fname.length, true);
      h.setUint16(at + 24, 0, true); // extra
    };
    const local = new Uint8Array(30 + fname.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    fields(lv, 4);
    local.set(fname, 30);
    const entry = new Uint8Array(46 + fname.length);
    const cv = new DataView(entry.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true); // version made by
    fields(cv, 6);
    // comment length, disk, internal and external attributes: 0
    cv.setUint32(42, offset, true);
    entry.set(fname, 46);
    chunks.push(local, body);
    central.push(entry);
    offset += local.length + body.length;
  }
  const cdSize = central.reduce((k, c) => k + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, parts.length, true);
  ev.setUint16(10, parts.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + cdSize + 22);
  let at = 0;
  for (const c of [...chunks, ...central, end]) { out.set(c, at); at += c.length; }
  return out;
}
