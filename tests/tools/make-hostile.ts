/**
 * Generates the hostile-input corpus in tests/fixtures/hostile/ (see its README.md): files that must each be refused
 * with one specific ImportError code, within the documented limits, storing nothing.
 *
 *   npx tsx tests/tools/make-hostile.ts            write every checked-in file
 *   npx tsx tests/tools/make-hostile.ts --check    only verify that the checked-in files are what this script makes
 *
 * Files marked `atTestTime` (big-50mb.txt) are not checked in: tests write them to a temporary folder
 * (`hostilePath`), so the repository does not carry 50 MB that this script can make in a second.
 *
 * Deterministic: fixed zip timestamps, no randomness, so regenerating gives byte-identical files.
 * The builders are exported for tests (tests/importer/docx.test.ts, the fuzz run).
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 as zlibCrc32, deflateRawSync, deflateSync } from 'node:zlib';

export const HOSTILE_DIR = fileURLToPath(new URL('../fixtures/hostile/', import.meta.url));

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const enc = new TextEncoder();

export const CONTENT_TYPES = (main = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
  `<Override PartName="/word/document.xml" ContentType="${main}"/></Types>`;
export const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
export const documentXml = (inner: string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}"><w:body>${inner}</w:body></w:document>`;
export const para = (text: string, style?: string): string =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${W}">` +
  `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>` +
  `<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style></w:styles>`;
const DOC_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;

/** A small, valid plan as a Word document body. */
export const PLAN_BODY = [
  para('杨浦区智慧城市建设三年行动计划(2015-2017年)', 'Title'),
  para('一、总体要求', 'Heading1'),
  para('以提升市民生活品质为核心,推进信息基础设施建设。'),
  para('二、主要任务', 'Heading1'),
  para('行动一 信息基础设施建设', 'Heading2'),
  para('1、推进光纤到户,家庭光纤入户率达到90%。(责任单位:区科委)'),
  para('2、建设无线城市,公共场所无线网络覆盖率达到95%。'),
  para('行动二 智慧公共服务', 'Heading2'),
  para('1、推广社区事务受理“一网通办”。(责任单位:区民政局)'),
  para('三、保障措施', 'Heading1'),
  para('加强组织领导,落实资金保障。'),
].join('');

export interface RawEntry {
  name: string;
  /** What the entry holds as stored in the zip (deflated when method = 8). */
  data: Uint8Array;
  method: 0 | 8;
  /** CRC-32 and uncompressed size written in the headers (may lie). */
  crc: number;
  size: number;
}

export const crc32 = (b: Uint8Array): number => zlibCrc32(b) >>> 0;

/** An honest entry: deflated (level 9) or stored, with its real CRC and size. */
export function entry(name: string, content: string | Uint8Array, method: 0 | 8 = 8): RawEntry {
  const bytes = typeof content === 'string' ? enc.encode(content) : content;
  return { name, data: method === 8 ? new Uint8Array(deflateRawSync(bytes, { level: 9 })) : bytes, method, crc: crc32(bytes), size: bytes.length };
}

/** A zip written by hand (local headers, central directory, end record), fixed DOS time 2020-01-01 00:00. */
export function rawZip(entries: RawEntry[]): Uint8Array {
  const DOS_TIME = 0, DOS_DATE = ((2020 - 1980) << 9) | (1 << 5) | 1;
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = enc.encode(e.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true); lv.setUint16(4, 20, true); lv.setUint16(6, 0x800, true); lv.setUint16(8, e.method, true);
    lv.setUint16(10, DOS_TIME, true); lv.setUint16(12, DOS_DATE, true);
    lv.setUint32(14, e.crc, true); lv.setUint32(18, e.data.length, true); lv.setUint32(22, e.size, true);
    lv.setUint16(26, name.length, true); local.set(name, 30);
    const cd = new Uint8Array(46 + name.length);
    const cv = new DataView(cd.buffer);
    cv.setUint32(0, 0x02014b50, true); cv.setUint16(4, 20, true); cv.setUint16(6, 20, true); cv.setUint16(8, 0x800, true); cv.setUint16(10, e.method, true);
    cv.setUint16(12, DOS_TIME, true); cv.setUint16(14, DOS_DATE, true);
    cv.setUint32(16, e.crc, true); cv.setUint32(20, e.data.length, true); cv.setUint32(24, e.size, true);
    cv.setUint16(28, name.length, true); cv.setUint32(42, offset, true); cd.set(name, 46);
    parts.push(local, e.data);
    central.push(cd);
    offset += local.length + e.data.length;
  }
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const eocd = new Uint8Array(22);
  const ev = new DataView(eocd.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, Math.min(entries.length, 0xffff), true); ev.setUint16(10, Math.min(entries.length, 0xffff), true);
  ev.setUint32(12, cdSize, true); ev.setUint32(16, offset, true);
  const all = [...parts, ...central, eocd];
  const out = new Uint8Array(all.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of all) { out.set(p, o); o += p.length; }
  return out;
}

/** A small valid .docx (content types, rels, document, styles) — also the seed of the fuzz run's zip mutations. */
export function validDocx(body = PLAN_BODY, contentTypes = CONTENT_TYPES(), extra: RawEntry[] = []): Uint8Array {
  return rawZip([
    entry('[Content_Types].xml', contentTypes),
    entry('_rels/.rels', ROOT_RELS),
    entry('word/document.xml', documentXml(body)),
    entry('word/_rels/document.xml.rels', DOC_RELS),
    entry('word/styles.xml', STYLES),
    ...extra,
  ]);
}

/** A small PNG (16×16, grey gradient), made with node:zlib. */
export function png(): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const out = new Uint8Array(12 + data.length);
    const dv = new DataView(out.buffer);
    dv.setUint32(0, data.length);
    out.set(enc.encode(type), 4);
    out.set(data, 8);
    dv.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
    return out;
  };
  const ihdr = new Uint8Array(13);
  const hv = new DataView(ihdr.buffer);
  hv.setUint32(0, 16); hv.setUint32(4, 16); ihdr[8] = 8; ihdr[9] = 0; // 8-bit greyscale
  const raw = new Uint8Array(16 * 17);
  for (let y = 0; y < 16; y++) for (let x = 0; x < 16; x++) raw[y * 17 + 1 + x] = (x + y) * 8;
  const parts = [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', new Uint8Array(deflateSync(raw))), chunk('IEND', new Uint8Array(0))];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) { out.set(p, o); o += p.length; }
  return out;
}

const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) { out.set(p, o); o += p.length; }
  return out;
};

/** GBK bytes of a short Chinese text, via the decoder (Node has no GBK encoder): the table below is GB2312 for these characters. */
const GBK_PLAN = new Uint8Array([
  // "二、主要任务\n推进光纤到户。\n" in GBK
  0xb6, 0xfe, 0xa1, 0xa2, 0xd6, 0xf7, 0xd2, 0xaa, 0xc8, 0xce, 0xce, 0xf1, 0x0a,
  0xcd, 0xc6, 0xbd, 0xf8, 0xb9, 0xe2, 0xcf, 0xcb, 0xb5, 0xbd, 0xbb, 0xa7, 0xa1, 0xa3, 0x0a,
]);

export const BIG_TEXT_LINE = '一、加强智慧城市建设,推进信息基础设施和公共服务平台建设。\n';

export interface HostileFile {
  name: string;
  /** The ImportError code it must get. */
  code: string;
  /** How it is made (README). */
  recipe: string;
  make: () => Uint8Array;
  /** Not checked in: made at test time into a temporary folder (see hostilePath). */
  atTestTime?: true;
}

export const HOSTILE: HostileFile[] = [
  {
    name: 'zip-bomb.docx',
    code: 'zip-bomb',
    recipe: 'valid package whose word/document.xml inflates to 120 MB (a <w:t> of spaces; deflate level 9, ~1000:1) and whose headers declare 2 KB; limit: 100 MB inflated',
    make: () => {
      const xml = concat(enc.encode(documentXml('<w:p><w:r><w:t xml:space="preserve">').replace(/<\/w:t>.*$/, '')), new Uint8Array(120 * 1024 * 1024).fill(0x20), enc.encode('</w:t></w:r></w:p></w:body></w:document>'));
      const doc = entry('word/document.xml', xml);
      return rawZip([entry('[Content_Types].xml', CONTENT_TYPES()), entry('_rels/.rels', ROOT_RELS), { ...doc, size: 2048 }]);
    },
  },
  {
    name: 'many-entries.docx',
    code: 'zip-bomb',
    recipe: 'valid package plus 3000 empty stored entries m/0 … m/2999 (3005 in all); limit: 2000 entries',
    make: () => validDocx(PLAN_BODY, CONTENT_TYPES(), Array.from({ length: 3000 }, (_, i) => entry(`m/${i}`, '', 0))),
  },
  {
    name: 'billion-laughs.docx',
    code: 'doctype',
    recipe: 'word/document.xml starts with a DOCTYPE declaring nested entities (lol … lol9, "billion laughs") used in a <w:t>',
    make: () => {
      let dtd = '<!ENTITY lol "lol">';
      for (let i = 2; i <= 9; i++) dtd += `<!ENTITY lol${i} "${`&lol${i === 2 ? '' : i - 1};`.repeat(10)}">`;
      const xml = `<?xml version="1.0"?>\n<!DOCTYPE w:document [${dtd}]>\n<w:document xmlns:w="${W}"><w:body>${para('&lol9;')}</w:body></w:document>`;
      return rawZip([entry('[Content_Types].xml', CONTENT_TYPES()), entry('_rels/.rels', ROOT_RELS), entry('word/document.xml', xml)]);
    },
  },
  {
    name: 'xxe-styles.docx',
    code: 'doctype',
    recipe: 'valid plan whose word/styles.xml declares an external entity (<!DOCTYPE … SYSTEM "file:///etc/passwd">)',
    make: () => rawZip([
      entry('[Content_Types].xml', CONTENT_TYPES()),
      entry('_rels/.rels', ROOT_RELS),
      entry('word/document.xml', documentXml(PLAN_BODY)),
      entry('word/_rels/document.xml.rels', DOC_RELS),
      entry('word/styles.xml', `<?xml version="1.0"?>\n<!DOCTYPE w:styles [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<w:styles xmlns:w="${W}"><w:style w:styleId="&xxe;"/></w:styles>`),
    ]),
  },
  {
    name: 'macros.docm',
    code: 'unsupported',
    recipe: 'valid plan with the macroEnabled main content type and a word/vbaProject.bin, named .docm',
    make: () => validDocx(PLAN_BODY, CONTENT_TYPES('application/vnd.ms-word.document.macroEnabled.main+xml'), [entry('word/vbaProject.bin', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]))]),
  },
  {
    name: 'macros-renamed.docx',
    code: 'unsupported',
    recipe: 'the same bytes as macros.docm, renamed .docx (refused by content, not by name)',
    make: () => validDocx(PLAN_BODY, CONTENT_TYPES('application/vnd.ms-word.document.macroEnabled.main+xml'), [entry('word/vbaProject.bin', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]))]),
  },
  {
    name: 'truncated.docx',
    code: 'corrupt-docx',
    recipe: 'the first 60% of a valid plan .docx (no central directory)',
    make: () => { const d = validDocx(); return d.slice(0, Math.floor(d.length * 0.6)); },
  },
  {
    name: 'nul-bytes.txt',
    code: 'binary',
    recipe: 'UTF-8 plan text with a NUL byte after every 7th byte (not the UTF-16 pattern)',
    make: () => {
      const text = enc.encode('杨浦区智慧城市建设三年行动计划\n一、总体要求\n推进信息基础设施建设。\n二、主要任务\n行动一 信息基础设施建设\n'.repeat(8));
      const out: number[] = [];
      text.forEach((b, i) => { out.push(b); if (i % 7 === 6) out.push(0); });
      return new Uint8Array(out);
    },
  },
  {
    name: 'mixed-encodings.txt',
    code: 'encoding',
    recipe: 'UTF-8 plan text followed by GBK plan text, alternating 4 times (no single encoding reads it)',
    make: () => {
      const utf8 = enc.encode('一、总体要求\n以提升市民生活品质为核心,推进信息基础设施建设。\n');
      return concat(utf8, GBK_PLAN, utf8, GBK_PLAN, utf8, GBK_PLAN, utf8, GBK_PLAN);
    },
  },
  {
    name: 'big-50mb.txt',
    code: 'too-large',
    atTestTime: true,
    recipe: `50 MB (52,428,800 bytes) of one repeated UTF-8 plan line "${BIG_TEXT_LINE.trim()}"; limit: 20 MB`,
    make: () => {
      const line = enc.encode(BIG_TEXT_LINE);
      const n = Math.ceil((50 * 1024 * 1024) / line.length);
      const out = new Uint8Array(50 * 1024 * 1024);
      for (let i = 0; i < n; i++) out.set(line.subarray(0, Math.min(line.length, out.length - i * line.length)), i * line.length);
      return out;
    },
  },
  {
    name: 'png-as-text.txt',
    code: 'binary',
    recipe: 'a real 16×16 greyscale PNG, named .txt',
    make: png,
  },
  {
    name: 'many-headings.txt',
    code: 'too-many-nodes',
    recipe: 'a title and 25,000 lines "一、推进第N项建设" (739 KB, within the byte limits); limit: 20,000 nodes',
    make: () => enc.encode('某区推进智慧城市建设三年行动计划\n' + Array.from({ length: 25_000 }, (_, i) => `一、推进第${i + 1}项建设\n`).join('')),
  },
];

/**
 * The path of a hostile file: in HOSTILE_DIR when it is checked in; otherwise made into `scratchDir` (once) and the
 * path there.
 */
export function hostilePath(name: string, scratchDir: string): string {
  const f = HOSTILE.find((x) => x.name === name);
  if (!f) throw new Error(`no hostile file ${name}`);
  if (!f.atTestTime) return join(HOSTILE_DIR, name);
  const path = join(scratchDir, name);
  if (!existsSync(path)) writeFileSync(path, f.make());
  return path;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes('--check');
  mkdirSync(HOSTILE_DIR, { recursive: true });
  let bad = 0;
  for (const f of HOSTILE) {
    if (f.atTestTime) continue;
    const bytes = f.make();
    const path = join(HOSTILE_DIR, f.name);
    if (check) {
      let same = false;
      try { same = Buffer.compare(readFileSync(path), bytes) === 0; } catch { /* missing */ }
      if (!same) { bad++; console.log(`differs: ${f.name}`); }
    } else {
      writeFileSync(path, bytes);
      console.log(`${f.name}\t${bytes.length} bytes\t→ ${f.code}`);
    }
  }
  if (bad) process.exit(1);
}
