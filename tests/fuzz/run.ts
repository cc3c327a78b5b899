/**
 * `npm run fuzz`: fast-check over the whole importer (importFile, in-process), 10,000 runs per property.
 * Not part of `npm test`.
 *
 * A crash is anything thrown that is not an ImportError with a known code, or a returned plan that fails
 * PlanDoc.safeParse. Properties:
 *   bytes     arbitrary bytes under every file name kind (.txt, .md, .docx, none)
 *   text      windows of the five seed texts, edited (truncations, deletions, duplications, inserted heading and
 *             department markers, bidi controls and zero-width characters), as UTF-8 / UTF-8 with BOM / UTF-16LE, a fifth
 *             of them with byte flips; a bidi control or zero-width character left in the plan is a crash too
 *   docx      mutated .docx zips from a small generated plan: entries swapped, truncated, recompressed, byte flips
 *
 *   npm run fuzz                         10,000 runs each; prints the figures as a Markdown table
 *   npm run fuzz -- --runs 500 --seed 42 shorter / reproducible
 *   npm run fuzz -- --write              also rewrite the figures in docs/reliability.md (between the fuzz markers)
 *
 * A failure prints fast-check's counterexample (shrunk) and its seed/path, and the run exits 1.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { ImportError } from '../../shared/errors';
import { importFile } from '../../shared/importer/index';
import { PlanDoc } from '../../shared/model/plan';
import { CONTENT_TYPES, crc32, documentXml, entry, para, PLAN_BODY, rawZip, ROOT_RELS, type RawEntry } from '../tools/make-hostile';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const RUNS = Number(arg('--runs') ?? 10_000);
const SEED = arg('--seed') !== undefined ? Number(arg('--seed')) : Date.now() % 2 ** 31;

const KNOWN_CODES = new Set(['empty', 'too-large', 'binary', 'encoding', 'unsupported', 'corrupt-docx', 'corrupt', 'zip-bomb', 'doctype', 'no-content', 'too-many-nodes']);
/** Bidi controls and zero-width characters: none may survive an import (shared/text/invisible.ts). */
const INVISIBLE = /[\u061c\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

interface Figures { property: string; runs: number; ms: number; ok: number; refused: Record<string, number>; slowest: { ms: number; what: string } }

/** One import: ok, refused with a known code, or a crash (thrown). Records the outcome. */
async function check(fig: Figures, bytes: Uint8Array, fileName: string, what: () => string): Promise<void> {
  const t0 = performance.now();
  let outcome: string;
  try {
    const doc = await importFile({ bytes, fileName });
    const parsed = PlanDoc.safeParse(doc);
    if (!parsed.success) throw new Error(`returned plan fails PlanDoc: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`);
    const kept = INVISIBLE.exec(JSON.stringify([doc.nodes, doc.meta.title, doc.meta.district, doc.meta.issuer]));
    if (kept) throw new Error(`an invisible character U+${kept[0].charCodeAt(0).toString(16).toUpperCase()} survived the import`);
    outcome = 'ok';
  } catch (e) {
    if (!(e instanceof ImportError) || !KNOWN_CODES.has(e.code)) throw e;
    if (!e.message.startsWith(`无法导入 ${fileName}:`)) throw new Error(`ImportError without the file name: ${e.message}`);
    outcome = e.code;
  }
  const ms = performance.now() - t0;
  if (outcome === 'ok') fig.ok++;
  else fig.refused[outcome] = (fig.refused[outcome] ?? 0) + 1;
  if (ms > fig.slowest.ms) fig.slowest = { ms, what: `${what()} (${bytes.length} bytes) → ${outcome}` };
}

// ───────────── seeds and mutations ─────────────

const seeds = [0, 1, 2, 3, 4].map((i) => readFileSync(join(ROOT, 'seeds', ['000_c5ac5ec241139578', '001_93e2e572a76f2d41', '002_72028bf86ba9aa86', '003_95ba35a700e40d34', '004_5927250410f73846'][i] + '.txt'), 'utf8'));
const enc = new TextEncoder();
const MARKERS = ['第一章 ', '一、', '(一)', '行动一 ', '重点专项1 ', '重点任务2 ', '1、', '(1)', '①', '• ', '附件', '【牵头单位:区科委 配合单位:区发改委】', '(责任单位:区民政局)', '2015年', '十一五', '“', '》', '\t', '\u3000', '\r', '\n', '\n\n\n', '\u202e', '\u2066', '\u200f', '\u200b', '\u200d', '\ufeff', '\u00ad'];

const utf16le = (s: string): Uint8Array => {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) { out[2 * i] = s.charCodeAt(i) & 0xff; out[2 * i + 1] = s.charCodeAt(i) >> 8; }
  return out;
};

type TextMutation = { kind: 'cut'; at: number } | { kind: 'insert'; at: number; marker: number } | { kind: 'delete'; at: number; len: number } | { kind: 'dup'; at: number; len: number };

const textMutation: fc.Arbitrary<TextMutation> = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), marker: fc.nat({ max: MARKERS.length - 1 }) }) },
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ kind: fc.constant('dup' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 400 }) }),
);

/** Character-level edits (the text stays decodable, so the parser is what gets exercised). */
function mutateText(s: string, muts: TextMutation[]): string {
  let cur = s;
  for (const m of muts) {
    const at = m.at % (cur.length + 1);
    if (m.kind === 'cut') cur = cur.slice(0, at);
    else if (m.kind === 'insert') cur = cur.slice(0, at) + MARKERS[m.marker] + cur.slice(at);
    else if (m.kind === 'delete') cur = cur.slice(0, at) + cur.slice(at + m.len);
    else cur = cur.slice(0, at + m.len) + cur.slice(at);
  }
  return cur;
}

/** Byte flips after encoding (breaks the encoding now and then: decoder paths). */
function flipBytes(b: Uint8Array, flips: ReadonlyArray<{ at: number; xor: number }>): Uint8Array {
  if (!flips.length || !b.length) return b;
  const out = b.slice();
  for (const f of flips) out[f.at % out.length] ^= f.xor;
  return out;
}

// ───────────── .docx mutations ─────────────

/** The seed package: a small plan (headings, numbered tasks, departments) as content types, rels, document, styles. */
const BASE_ENTRIES: RawEntry[] = [
  entry('[Content_Types].xml', CONTENT_TYPES()),
  entry('_rels/.rels', ROOT_RELS),
  entry('word/document.xml', documentXml(PLAN_BODY + para('(二)推进社区事务受理“一网通办”', 'Heading2') + para('①建设统一平台;②推广移动端。'))),
  entry('word/styles.xml', `<?xml version="1.0" encoding="UTF-8"?>\n<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>`),
];

type DocxMutation =
  | { kind: 'swap'; i: number; j: number }
  | { kind: 'truncateEntry'; i: number; keep: number }
  | { kind: 'recompress'; i: number; stored: boolean }
  | { kind: 'rename'; i: number; to: number }
  | { kind: 'drop'; i: number }
  | { kind: 'xmlEdit'; at: number; marker: number }
  | { kind: 'lieSize'; i: number; size: number }
  | { kind: 'flipZip'; at: number; xor: number }
  | { kind: 'cutZip'; at: number };

const NAMES = ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'word/_rels/document.xml.rels', 'word/vbaProject.bin', 'WORD/DOCUMENT.XML'];
const XML_BITS = ['<w:p>', '</w:p>', '<w:t>', '</w:t>', '&amp;', '&#0;', '&lol;', '<!DOCTYPE x>', '<![CDATA[', ']]>', '<!--', '-->', '<?pi?>', '<w:tbl><w:tr><w:tc>', '<w:numPr><w:ilvl w:val="9"/><w:numId w:val="1"/></w:numPr>', '<w:pStyle w:val="Heading1"/>', 'xmlns:w="x"', '"', '<', '>', '一、', '行动一 '];

const docxMutation: fc.Arbitrary<DocxMutation> = fc.oneof(
  fc.record({ kind: fc.constant('swap' as const), i: fc.nat(), j: fc.nat() }),
  fc.record({ kind: fc.constant('truncateEntry' as const), i: fc.nat(), keep: fc.nat() }),
  fc.record({ kind: fc.constant('recompress' as const), i: fc.nat(), stored: fc.boolean() }),
  fc.record({ kind: fc.constant('rename' as const), i: fc.nat(), to: fc.nat({ max: NAMES.length - 1 }) }),
  fc.record({ kind: fc.constant('drop' as const), i: fc.nat() }),
  fc.record({ kind: fc.constant('xmlEdit' as const), at: fc.nat(), marker: fc.nat({ max: XML_BITS.length - 1 }) }),
  fc.record({ kind: fc.constant('lieSize' as const), i: fc.nat(), size: fc.nat() }),
  fc.record({ kind: fc.constant('flipZip' as const), at: fc.nat(), xor: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ kind: fc.constant('cutZip' as const), at: fc.nat() }),
);

function buildDocx(muts: DocxMutation[]): Uint8Array {
  // entries as (name, plain content) pairs first; zip-level mutations after
  let entries = BASE_ENTRIES.map((e) => ({ name: e.name, plain: inflateEntryFromRaw(e), stored: false, lie: null as number | null, truncate: null as number | null }));
  const zipMuts: DocxMutation[] = [];
  for (const m of muts) {
    const n = entries.length;
    if (!n) break;
    if (m.kind === 'swap') { const a = entries[m.i % n], b = entries[m.j % n]; [a.plain, b.plain] = [b.plain, a.plain]; }
    else if (m.kind === 'truncateEntry') entries[m.i % n].truncate = m.keep;
    else if (m.kind === 'recompress') entries[m.i % n].stored = m.stored;
    else if (m.kind === 'rename') entries[m.i % n].name = NAMES[m.to];
    else if (m.kind === 'drop') entries = entries.filter((_, k) => k !== m.i % n);
    else if (m.kind === 'xmlEdit') {
      const doc = entries.find((e) => e.name === 'word/document.xml') ?? entries[0];
      const at = m.at % (doc.plain.length + 1);
      doc.plain = Uint8Array.from([...doc.plain.subarray(0, at), ...enc.encode(XML_BITS[m.marker]), ...doc.plain.subarray(at)]);
    } else if (m.kind === 'lieSize') entries[m.i % n].lie = m.size;
    else zipMuts.push(m);
  }
  const raw: RawEntry[] = entries.map((e) => {
    const data = e.stored ? e.plain : new Uint8Array(deflateRawSync(e.plain, { level: 6 }));
    const kept = e.truncate === null ? data : data.slice(0, e.truncate % (data.length + 1));
    return { name: e.name, data: kept, method: e.stored ? 0 : 8, crc: crc32(e.plain), size: e.lie ?? e.plain.length };
  });
  let zip = rawZip(raw);
  for (const m of zipMuts) {
    if (m.kind === 'flipZip' && zip.length) { zip = zip.slice(); zip[m.at % zip.length] ^= m.xor; }
    else if (m.kind === 'cutZip') zip = zip.slice(0, m.at % (zip.length + 1));
  }
  return zip;
}
function inflateEntryFromRaw(e: RawEntry): Uint8Array {
  return e.method === 8 ? new Uint8Array(inflateRawSync(e.data)) : e.data;
}

// ───────────── the run ─────────────

async function property(name: string, arb: fc.Arbitrary<() => { bytes: Uint8Array; fileName: string; what: string }>): Promise<Figures> {
  const fig: Figures = { property: name, runs: RUNS, ms: 0, ok: 0, refused: {}, slowest: { ms: 0, what: '' } };
  const t0 = performance.now();
  await fc.assert(
    fc.asyncProperty(arb, async (make) => {
      const { bytes, fileName, what } = make();
      await check(fig, bytes, fileName, () => what);
    }),
    { numRuns: RUNS, seed: SEED, endOnFailure: true },
  );
  fig.ms = performance.now() - t0;
  return fig;
}

async function main() {
  console.log(`fuzz: ${RUNS} runs per property, seed ${SEED}`);
  const names = fc.constantFrom('a.txt', 'b.md', 'c.docx', 'd', 'e.TXT', 'f.dotx');
  const figures: Figures[] = [];
  const props: Array<[string, fc.Arbitrary<() => { bytes: Uint8Array; fileName: string; what: string }>]> = [
    ['bytes', fc.tuple(fc.uint8Array({ maxLength: 4096 }), names).map(([bytes, fileName]) => () => ({ bytes, fileName, what: `random bytes as ${fileName}` }))],
    ['text', fc.tuple(
      fc.nat({ max: 4 }), fc.nat(), fc.integer({ min: 200, max: 12_000 }),
      fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le'),
      fc.array(textMutation, { minLength: 1, maxLength: 8 }),
      fc.oneof({ weight: 4, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.array(fc.record({ at: fc.nat(), xor: fc.integer({ min: 1, max: 255 }) }), { minLength: 1, maxLength: 3 }) }),
      names)
      .map(([seed, from, len, encoding, muts, flips, fileName]) => () => {
        // a window of a seed (always from a line start), edited, encoded, maybe byte-flipped
        const s = seeds[seed];
        const start = from % 3 === 0 ? 0 : s.lastIndexOf('\n', from % s.length) + 1;
        const text = mutateText(s.slice(start, start + len), muts);
        const base = encoding === 'utf-16le' ? utf16le(text) : enc.encode((encoding === 'utf-8-bom' ? '\ufeff' : '') + text);
        return {
          bytes: flipBytes(base, flips),
          fileName,
          what: `seed ${seed} [${start}, +${len}] ${encoding} ${muts.map((m) => m.kind).join('+')}${flips.length ? ` +${flips.length} flips` : ''} as ${fileName}`,
        };
      })],
    ['docx', fc.tuple(fc.array(docxMutation, { minLength: 1, maxLength: 6 }), fc.constantFrom('p.docx', 'p.txt', 'p.docm'))
      .map(([muts, fileName]) => () => ({ bytes: buildDocx(muts), fileName, what: `docx ${muts.map((m) => m.kind).join('+')} as ${fileName}` }))],
  ];
  let failed = false;
  for (const [name, arb] of props) {
    try {
      const f = await property(name, arb);
      figures.push(f);
      console.log(`${name}: ${f.runs} runs in ${(f.ms / 1000).toFixed(1)} s, ${f.ok} imported, refused ${JSON.stringify(f.refused)}, slowest ${f.slowest.ms.toFixed(0)} ms: ${f.slowest.what}`);
    } catch (e) {
      failed = true;
      console.error(`${name}: CRASH\n${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const table = [
    `Run of ${new Date().toISOString().slice(0, 10)}: \`npm run fuzz\` (seed ${SEED}), Node ${process.version}, ${RUNS.toLocaleString('en')} runs per property, in-process \`importFile\`.`,
    '',
    '| property | runs | time | imported | refused (code: count) | crashes | slowest input |',
    '|---|---|---|---|---|---|---|',
    ...figures.map((f) => `| ${f.property} | ${f.runs.toLocaleString('en')} | ${(f.ms / 1000).toFixed(1)} s | ${f.ok} | ${Object.entries(f.refused).sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c}: ${n}`).join(', ')} | 0 | ${f.slowest.ms.toFixed(0)} ms — ${f.slowest.what} |`),
  ].join('\n');
  console.log('\n' + table);
  if (process.argv.includes('--write') && !failed) {
    const path = join(ROOT, 'docs', 'reliability.md');
    const doc = readFileSync(path, 'utf8');
    const re = /(<!-- fuzz:begin -->\n)[\s\S]*?(\n<!-- fuzz:end -->)/;
    if (!re.test(doc)) throw new Error('docs/reliability.md has no <!-- fuzz:begin --> … <!-- fuzz:end --> markers');
    writeFileSync(path, doc.replace(re, `$1${table}$2`));
    console.log(`written to ${path}`);
  }
  if (failed) process.exit(1);
}

await main();
