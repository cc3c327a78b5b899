/**
 * A refused file's own reason in English: in an English window the import dialog and the batch panel said the error
 * code's general words for every refused file alike (「The file could not be read.」), and the CLI's --json rows had the
 * Chinese sentence only. Each ImportError carries `details.en`, the file's own reason in English — its sizes, limits,
 * line, part and what the file holds instead — which the dialog shows (renderer/src/api/errorText.ts importRefusal) and
 * the CLI's rows give as `reasonEn`. It is written beside the Chinese where the file is refused
 * (`new ImportError(code, file, { zh, en })`, shared/errors.ts ImportReason: the English is required by the type).
 * Checked on the hostile corpus and on refusals of every kind made here, and on every `{ zh, en }` in the sources.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { importFile } from '../../shared/importer/index';
import { ImportError, isAppError, tooLargeReason } from '../../shared/errors';
import { createNodeReaders } from '../../electron/core/formats/index';
import { importRefusal } from '../../renderer/src/api/errorText';

const HOSTILE = join(import.meta.dirname, '..', 'fixtures', 'hostile');
const enc = (s: string) => new TextEncoder().encode(s);
const hostile = ['billion-laughs.docx', 'macros.docm', 'macros-renamed.docx', 'many-entries.docx', 'many-headings.txt', 'mixed-encodings.txt', 'nul-bytes.txt', 'png-as-text.txt', 'truncated.docx', 'xxe-styles.docx', 'zip-bomb.docx']
  .map((f) => [f, new Uint8Array(readFileSync(join(HOSTILE, f)))] as const);
const made: (readonly [string, Uint8Array])[] = [
  ['empty.txt', new Uint8Array(0)],
  ['blank.txt', enc('   \n\t\n  ')],
  ['photo.txt', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46])],
  ['archive.txt', new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0])],
  ['lost.txt', enc('一、总体要求\n坚持统筹推进。\n二、主要任务\n建设\uFFFD\uFFFD平台。\n')],
  ['plan.json', enc('{"format": "plan-workbench/v1",\n"meta": {\n')],
  ['review.json', enc(JSON.stringify({ format: 'plan-workbench-review/v1', plan: {}, annotations: [] }))],
  ['newer.json', enc(JSON.stringify({ format: 'plan-workbench/v3', meta: {}, nodes: [] }))],
  ['zipped.docx', zipSync({ 'readme.txt': strToU8('说明') })],
  ['notes.pptx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])],
  ['scan.pdf', enc('not a pdf at all')],
  ['slides.ppt', enc('x')],
];

async function refusal(name: string, bytes: Uint8Array): Promise<ImportError> {
  try {
    await importFile({ bytes, fileName: name }, { readers: createNodeReaders() });
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error(`${name} was imported`);
}
const reasonOf = (e: ImportError) => e.message.replace(/^无法导入 [^:]*:/, '');

describe('each refused file says its own reason in English', async () => {
  const all = await Promise.all([...hostile, ...made].map(async ([name, bytes]) => [name, await refusal(name, bytes)] as const));

  it.each(all.map(([name, e]) => [name, e] as const))('%s', (_name, e) => {
    const en = e.details?.en;
    expect(typeof en, reasonOf(e)).toBe('string');
    expect(en as string).not.toMatch(/[\u4e00-\u9fff]/);
    // the figures of the Chinese reason are in the English one (sizes, limits, lines)
    for (const n of reasonOf(e).match(/\d{2,}/g) ?? []) expect(en as string, reasonOf(e)).toContain(n);
  });

  it('different reasons in Chinese are different reasons in English', () => {
    const byZh = new Map(all.map(([, e]) => [reasonOf(e), e.details!.en as string]));
    expect(new Set(byZh.values()).size).toBe(byZh.size);
    // (before: the code's words, the same for every file of a code — here 11 codes for 23 files)
    expect(byZh.size).toBeGreaterThan(new Set(all.map(([, e]) => e.code)).size);
  });

  it('the import dialog and the batch panel show it in English, the Chinese sentence in the tooltip', () => {
    const [name, e] = all.find(([n]) => n === 'lost.txt')!;
    const t = (k: string) => k;
    const r = importRefusal(t, () => true, 'en', e.code, e.message, name, e.details?.en);
    expect(r.text).toBe('The text holds the replacement character U+FFFD (line 4): text was lost in an earlier conversion.');
    expect(r.original).toMatch(/U\+FFFD\(第 4 行\)/);
    // in Chinese the core's own sentence, as before
    expect(importRefusal(t, () => true, 'zh-CN', e.code, e.message, name, e.details?.en).text).toBe(reasonOf(e));
  });

  it('each is a sentence', () => {
    for (const [, e] of all) expect(e.details!.en as string).toMatch(/^\S.*\.$/s);
  });

  it('an ImportError is made with its reason in both languages: the Chinese in the message, the English in details.en', () => {
    const e = new ImportError('cancelled', 'a.txt', { zh: '导入已取消', en: 'Cancelled by the user.' }, { jobId: 'j1' });
    expect(e.message).toBe('无法导入 a.txt:导入已取消');
    // (the English after the error's own details, as the CLI's --json rows and the import snapshot have them)
    expect(e.details).toEqual({ fileName: 'a.txt', jobId: 'j1', en: 'Cancelled by the user.' });
    expect(Object.keys(e.details!)).toEqual(['fileName', 'jobId', 'en']);
    const big = new ImportError('too-large', 'a.txt', tooLargeReason(52 * 1024 * 1024));
    expect(isAppError(big) && big.details?.en).toMatch(/^The file is too large \(52\.0 MB; the limit is 20 MB\)/);
    expect(big.message).toMatch(/^无法导入 a\.txt:文件过大\(52\.0 MB,上限 20 MB\)/);
    // a reason without its English does not compile (checked by `npx tsc -p tsconfig.json --noEmit`)
    // @ts-expect-error the English is required
    const _chineseOnly = () => new ImportError('empty', 'a.txt', '文件是空的');
    // @ts-expect-error the English is required
    const _noEn = () => new ImportError('empty', 'a.txt', { zh: '文件是空的' });
  });
});

/**
 * Every refusal in the sources, read from them: each `{ zh: '…', en: '…' }` in shared/ and electron/ (the reasons
 * ImportError is made with, and the tables and functions some sites take theirs from). Each has English without
 * Chinese, a sentence, naming the same values as the Chinese (the `${…}` of each: sizes, limits, lines, names) —
 * except the few named here, where the Chinese says a detail of its own in Chinese that the English leaves out.
 */
describe('every refusal in the sources has its English beside its Chinese', async () => {
  const { readdirSync } = await import('node:fs');
  const root = join(import.meta.dirname, '..', '..');
  const sources = (dir: string): string[] => readdirSync(join(root, dir), { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sources(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []);
  const files = [...sources('shared'), ...sources('electron')].map((f) => ({ f, text: readFileSync(join(root, f), 'utf8') }));

  /** The end of the string or template literal opening at `i` (a template's `${…}` may hold literals of its own). */
  function literalEnd(s: string, i: number): number {
    const q = s[i];
    for (let k = i + 1; k < s.length; k++) {
      if (s[k] === '\\') { k++; continue; }
      if (s[k] === q) return k + 1;
      if (q === '`' && s[k] === '$' && s[k + 1] === '{') k = exprEnd(s, k + 2, '}');
    }
    throw new Error(`unclosed literal at ${i}`);
  }
  /** Where the expression from `i` ends: at `stop` outside brackets and literals. */
  function exprEnd(s: string, i: number, stop: string): number {
    let depth = 0;
    for (let k = i; k < s.length; k++) {
      const c = s[k];
      if (c === "'" || c === '"' || c === '`') { k = literalEnd(s, k) - 1; continue; }
      if ('([{'.includes(c)) depth++;
      else if (')]}'.includes(c)) { if (depth === 0) return k; depth--; }
      else if (c === stop && depth === 0) return k;
    }
    throw new Error(`unclosed expression at ${i}`);
  }
  /** The values a template literal names: the identifiers of its `${…}` (a reason's `x.zh` and `x.en` are both x). */
  function values(literal: string): Set<string> {
    const out = new Set<string>();
    if (!literal.startsWith('`')) return out;
    for (let j = 1; j < literal.length - 1; j++) {
      if (literal[j] === '\\') { j++; continue; }
      if (literal[j] !== '$' || literal[j + 1] !== '{') continue;
      const e = exprEnd(literal, j + 2, '}');
      let expr = literal.slice(j + 2, e);
      // (literals inside, a branch's words, are not values)
      for (let k = 0; k < expr.length; k++) {
        if (expr[k] === "'" || expr[k] === '"' || expr[k] === '`') { const end = literalEnd(expr, k); expr = expr.slice(0, k) + ' ' + expr.slice(end); }
      }
      for (const id of expr.match(/[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*/g) ?? []) out.add(id.replace(/\.(zh|en)$/, ''));
      j = e;
    }
    return out;
  }

  const reasons: { at: string; zh: string; en: string | null }[] = [];
  for (const { f, text } of files) {
    for (const m of text.matchAll(/\bzh: (?=['"`])/g)) {
      const start = m.index + m[0].length;
      const end = literalEnd(text, start);
      const en = /^,\s*en: (?=['"`])/.exec(text.slice(end));
      reasons.push({
        at: `${f}:${text.slice(0, m.index).split('\n').length}`,
        zh: text.slice(start, end),
        en: en ? text.slice(end + en[0].length, literalEnd(text, end + en[0].length)) : null,
      });
    }
  }
  /** Where the Chinese names a value the English leaves out: the value is itself a Chinese phrase, or advice of its own. */
  const ZH_ONLY: Record<string, string[]> = {
    // (zip.ts and xlsx.ts name what is broken in English too since rev37 L3: their reason is a pair, no exception)
    // a plain zip named .docx: the Chinese adds 「如是压缩包,请解压后…」
    [join('shared', 'importer', 'source.ts')]: ['kind'],
  };
  it('the sources were read: the reasons of every throw site', () => {
    expect(reasons.length).toBeGreaterThan(60);
    let sites = 0;
    for (const { text } of files) sites += text.split('new ImportError(').length - 1;
    expect(sites).toBeGreaterThan(50);
  });

  it('each Chinese reason has its English, without Chinese', () => {
    expect(reasons.filter((r) => r.en === null || r.en.length < 4 || /[\u4e00-\u9fff]/.test(r.en))).toEqual([]);
  });

  it('each English of a Chinese sentence is a sentence (the words naming a job or what a zip holds are not)', () => {
    // (a broken zip's or workbook's reason is a clause the sentence of corrupt() / damaged() completes: "The Word
    // document is damaged: ${reason.en}; copy or download it again…" — lower case, no full stop, since rev37 L3)
    const clause = (r: { en: string | null }) => /^['"`](?:[a-z]|\$\{)(?!.*\.['"`]$)/s.test(r.en!);
    const clauses = reasons.filter((r) => /[,;:(。]/.test(r.zh) && !clause(r));
    expect(clauses.length).toBeGreaterThan(50);
    expect(clauses.filter((r) => !/^['"`]\S.*\.\)?['"`]$/s.test(r.en!))).toEqual([]);
  });

  it('each English reason names the values its Chinese names', () => {
    const differ = reasons.flatMap((r) => {
      const zh = values(r.zh), en = values(r.en!);
      const zhOnly = [...zh].filter((v) => !en.has(v) && !(ZH_ONLY[r.at.replace(/:\d+$/, '')] ?? []).includes(v));
      const enOnly = [...en].filter((v) => !zh.has(v));
      return zhOnly.length || enOnly.length ? [{ at: r.at, zhOnly, enOnly }] : [];
    });
    expect(differ).toEqual([]);
    // (and each exception named is still there)
    for (const [f, names] of Object.entries(ZH_ONLY)) {
      for (const v of names) expect(reasons.some((r) => r.at.startsWith(f + ':') && values(r.zh).has(v) && !values(r.en!).has(v)), `${f} ${v}`).toBe(true);
    }
  });

  it('no throw site gives a reason in one language only', () => {
    const bare = files.flatMap(({ f, text }) => [...text.matchAll(/new ImportError\(/g)].flatMap((m) => {
      let k = m.index + m[0].length;
      for (let arg = 0; arg < 2; arg++) k = exprEnd(text, k, ',') + 1;
      const third = text.slice(k).trimStart();
      return /^['"`]/.test(third) ? [`${f}:${text.slice(0, m.index).split('\n').length}`] : [];
    }));
    expect(bare).toEqual([]);
  });
});
