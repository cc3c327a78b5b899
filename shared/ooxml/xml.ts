/**
 * XML parts of an Office Open XML package: decoded (UTF-8 or UTF-16 with BOM), refused if they declare a DOCTYPE or
 * entities, and walked by a small non-validating parser with canonical names (WordprocessingML → 'w:').
 */
import { ImportError } from '../errors';
import { corrupt } from './zip';

/** A part declaring a DOCTYPE or entities (billion laughs, external entities): refused before it is parsed. */
const doctype = (fileName: string, partName: string): ImportError => new ImportError('doctype', fileName, {
  zh: `${partName} 含有 DOCTYPE/ENTITY 声明,出于安全原因拒绝导入`,
  en: `${partName} holds a DOCTYPE/ENTITY declaration: refused for safety.`,
}, { part: partName });

const W_NS = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
const KNOWN_NS: Record<string, string> = {
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'pr',
  'http://schemas.openxmlformats.org/package/2006/content-types': 'ct',
  'http://www.w3.org/XML/1998/namespace': 'xml',
  // SpreadsheetML (a workbook's parts: shared/importer/formats/xlsx.ts), transitional and strict, and the
  // relationship ids its workbook names sheets by
  'http://schemas.openxmlformats.org/spreadsheetml/2006/main': 'x',
  'http://purl.oclc.org/ooxml/spreadsheetml/main': 'x',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
};

export type Attrs = Record<string, string>;
export interface XmlHandler {
  open(name: string, attrs: Attrs, parent: string | undefined): void;
  close(name: string): void;
  text(t: string): void;
}

/** Decode an XML part (UTF-8 or UTF-16 with BOM) and refuse DTDs. */
export function xmlText(part: Uint8Array, partName: string, fileName: string): string {
  let label = 'utf-8';
  let body = part;
  if (part[0] === 0xff && part[1] === 0xfe) { label = 'utf-16le'; body = part.subarray(2); }
  else if (part[0] === 0xfe && part[1] === 0xff) { label = 'utf-16be'; body = part.subarray(2); }
  else if (part[0] === 0xef && part[1] === 0xbb && part[2] === 0xbf) body = part.subarray(3);
  let s: string;
  try {
    s = new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    throw corrupt(fileName, { zh: `${partName} 不是有效的 UTF-8/UTF-16 文本`, en: `${partName} is not valid UTF-8/UTF-16 text` });
  }
  if (/<!\s*(DOCTYPE|ENTITY)/i.test(s)) {
    throw doctype(fileName, partName);
  }
  return s;
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const XML_BAD_CHARS = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g;

function unescapeXml(s: string, fail: () => never): string {
  if (!s.includes('&')) return s;
  return s.replace(/&([^;&<]*);?/g, (m, ref: string) => {
    if (!m.endsWith(';')) fail();
    if (ref[0] === '#') {
      const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      const ok = Number.isInteger(cp) && /^#(x[0-9a-f]+|[0-9]+)$/i.test(ref) &&
        (cp === 9 || cp === 10 || cp === 13 || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff));
      if (!ok) fail();
      return String.fromCodePoint(cp);
    }
    if (!Object.hasOwn(PREDEFINED, ref)) fail();
    return PREDEFINED[ref];
  });
}

/**
 * A small non-validating XML walk: elements, attributes, text, CDATA; comments and PIs skipped.
 * Element and attribute names are canonicalised: WordprocessingML → "w:local", a few known
 * namespaces → "mc:", "pr:", "ct:", "xml:", others → "{uri}local", no namespace → "local".
 */
export function walkXml(xml: string, partName: string, fileName: string, h: XmlHandler): void {
  const fail = (): never => { throw corrupt(fileName, { zh: `${partName} 的 XML 结构损坏`, en: `the XML of ${partName} is broken` }); };
  const stack: string[] = [];
  const nsStack: Array<Record<string, string>> = [{ xml: 'http://www.w3.org/XML/1998/namespace' }];
  const canon = (qname: string, ns: Record<string, string>, isAttr: boolean): string => {
    const i = qname.indexOf(':');
    const prefix = i < 0 ? '' : qname.slice(0, i);
    const local = i < 0 ? qname : qname.slice(i + 1);
    if (!prefix && isAttr) return local;
    const uri = Object.hasOwn(ns, prefix) ? ns[prefix] : undefined;
    if (uri === undefined) return prefix ? fail() : local;
    if (W_NS.has(uri)) return 'w:' + local;
    const known = Object.hasOwn(KNOWN_NS, uri) ? KNOWN_NS[uri] : undefined;
    return known ? `${known}:${local}` : `{${uri}}${local}`;
  };
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) {
      if (stack.length) h.text(unescapeXml(xml.slice(i, textEnd), fail).replace(XML_BAD_CHARS, ''));
      else if (xml.slice(i, textEnd).trim()) fail();
    }
    if (lt < 0) break;
    if (xml.startsWith('<?', lt)) {
      const e = xml.indexOf('?>', lt + 2);
      if (e < 0) fail();
      i = e + 2;
    } else if (xml.startsWith('<!--', lt)) {
      const e = xml.indexOf('-->', lt + 4);
      if (e < 0) fail();
      i = e + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const e = xml.indexOf(']]>', lt + 9);
      if (e < 0) fail();
      if (stack.length) h.text(xml.slice(lt + 9, e).replace(XML_BAD_CHARS, ''));
      i = e + 3;
    } else if (xml[lt + 1] === '!') {
      throw doctype(fileName, partName);
    } else if (xml[lt + 1] === '/') {
      const e = xml.indexOf('>', lt + 2);
      if (e < 0) fail();
      const qname = xml.slice(lt + 2, e).trim();
      const name = canon(qname, nsStack[nsStack.length - 1], false);
      if (stack.pop() !== name) fail();
      nsStack.pop();
      h.close(name);
      i = e + 1;
    } else {
      // Find the end of the tag, honouring quotes.
      let j = lt + 1;
      let quote = '';
      for (; j < n; j++) {
        const c = xml[j];
        if (quote) { if (c === quote) quote = ''; }
        else if (c === '"' || c === "'") quote = c;
        else if (c === '>') break;
        else if (c === '<') fail();
      }
      if (j >= n) fail();
      const selfClose = xml[j - 1] === '/';
      const inner = xml.slice(lt + 1, selfClose ? j - 1 : j);
      const m = /^[^\s/>]+/.exec(inner);
      if (!m) fail();
      const qname = m![0];
      const raw: Array<[string, string]> = [];
      const attrRe = /\s*([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/gy;
      attrRe.lastIndex = qname.length;
      let rest = qname.length;
      for (let a = attrRe.exec(inner); a; a = attrRe.exec(inner)) {
        raw.push([a[1], unescapeXml(a[3] ?? a[4] ?? '', fail)]);
        rest = attrRe.lastIndex;
      }
      if (inner.slice(rest).trim()) fail();
      const parentNs = nsStack[nsStack.length - 1];
      let ns = parentNs;
      for (const [k, v] of raw) {
        if (k === 'xmlns' || k.startsWith('xmlns:')) {
          if (ns === parentNs) ns = { ...parentNs };
          ns[k === 'xmlns' ? '' : k.slice(6)] = v;
        }
      }
      const attrs: Attrs = {};
      for (const [k, v] of raw) if (k !== 'xmlns' && !k.startsWith('xmlns:')) attrs[canon(k, ns, true)] = v;
      const name = canon(qname, ns, false);
      h.open(name, attrs, stack[stack.length - 1]);
      if (selfClose) {
        h.close(name);
      } else {
        stack.push(name);
        nsStack.push(ns);
      }
      i = j + 1;
    }
  }
  if (stack.length) fail();
}
