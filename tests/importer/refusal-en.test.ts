/**
 * A refused file's own reason in English (shared/text/import-reason-en.ts): in an English window the import dialog and the
 * batch panel said the error code's general words for every refused file alike (「The file could not be read.」), and
 * the CLI's --json rows had the Chinese sentence only. Now each ImportError carries `details.en`, the file's own
 * reason in English — its sizes, limits, line, part and what the file holds instead — which the dialog shows
 * (renderer/src/api/errorText.ts importRefusal) and the CLI's rows give as `reasonEn`. Checked on the hostile corpus
 * and on refusals of every kind made here: each has an English reason, without Chinese, with the figures of the
 * Chinese one, and two files refused for different reasons say different things.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { importFile } from '../../shared/importer/index';
import { EMPTY_REASON, ImportError, LIMITS, isAppError, tooLargeReason } from '../../shared/errors';
import { importReasonEn } from '../../shared/text/import-reason-en';
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

  it('an ImportError given its own English keeps it; a sentence no rule reads has none (the dialog says the code\'s words)', () => {
    expect(new ImportError('cancelled', 'a.txt', '导入已取消', { en: 'Cancelled by the user.' }).details?.en).toBe('Cancelled by the user.');
    expect(importReasonEn('某个没有规则的理由')).toBeUndefined();
    const big = new ImportError('too-large', 'a.txt', `文件过大(52.0 MB,上限 ${LIMITS.maxImportBytes / 1024 / 1024} MB):…`);
    expect(isAppError(big) && big.details?.en).toMatch(/^The file is too large \(52\.0 MB; the limit is 20 MB\)/);
  });
});

/**
 * Every refusal the code can write, read from its sources: the message of each `new ImportError(code, file, message)`
 * in shared/ and electron/ — its string literals (each branch of a ?:), a `${…}` filled with a value of its kind —
 * and the tables some sites take theirs from. Each has English without Chinese (a new message without a rule fails
 * here, whether or not a test file makes it refuse). The one site that makes no message of its own is named:
 * isolated-import.ts passes on the reason the worker's ImportError had (one of these).
 */
describe('every refusal message in the sources has its English', async () => {
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
      if (q === '`' && s[k] === '$' && s[k + 1] === '{') k = exprEnd(s, k + 2, '}') ;
    }
    throw new Error(`unclosed literal at ${i}`);
  }
  /** Where the expression from `i` ends: at `stop` (or a `,` when stop is ',') outside brackets and literals. */
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
  /** What a `${…}` stands for in a sample message (a figure unless named here). */
  const SAMPLE: Record<string, string> = {
    "wps ? 'WPS' : 'Word'": 'WPS',
    inside: '普通的 zip 压缩包',
    'where(issue.path)': 'nodes 第 1 项 › children 第 2 项 › heading',
    'issue.message': 'Invalid input: expected string, received number',
    "line ? `(第 ${line} 行附近)` : ''": '(第 3 行附近)',
    "kind === 'other' ? '如是压缩包,请解压后导入其中的 .docx 或 .txt 文件;否则' : ''": '如是压缩包,请解压后导入其中的 .docx 或 .txt 文件;否则',
    'label.toUpperCase()': 'GBK',
    partName: 'word/styles.xml',
  };
  /** The literals of an expression (each branch of a ?:), `${…}` filled in. */
  function messages(expr: string): string[] {
    const out: string[] = [];
    for (let k = 0; k < expr.length; k++) {
      const c = expr[k];
      if (c !== "'" && c !== '"' && c !== '`') continue;
      const end = literalEnd(expr, k);
      let body = expr.slice(k + 1, end - 1);
      if (c === '`') {
        let filled = '';
        for (let j = 0; j < body.length; j++) {
          if (body[j] === '$' && body[j + 1] === '{') { const e = exprEnd(body, j + 2, '}'); filled += SAMPLE[body.slice(j + 2, e).trim()] ?? '12'; j = e; } else filled += body[j];
        }
        body = filled;
      }
      if (/[\u4e00-\u9fff]/.test(body)) out.push(body);
      k = end - 1;
    }
    return out;
  }
  const sites: { at: string; expr: string }[] = [];
  for (const { f, text } of files) {
    for (let i = text.indexOf('new ImportError('); i >= 0; i = text.indexOf('new ImportError(', i + 1)) {
      let k = i + 'new ImportError('.length;
      for (let arg = 0; arg < 2; arg++) k = exprEnd(text, k, ',') + 1;
      const expr = text.slice(k, exprEnd(text, k, ',')).trim();
      sites.push({ at: `${f}:${text.slice(0, i).split('\n').length}`, expr });
    }
  }
  /** Tables the sites take a message from: their literals. */
  const tableLiterals = (file: string, start: RegExp) => {
    const text = files.find((x) => x.f === file)!.text;
    const at = text.search(start);
    return messages(text.slice(at, exprEnd(text, text.indexOf('=', at) + 1, ';')));
  };
  const TABLES: Record<string, () => string[]> = {
    EMPTY_REASON: () => [EMPTY_REASON],
    'tooLargeReason(bytes.length)': () => [tooLargeReason(52 * 1024 * 1024)],
    'tooLargeReason(size)': () => [tooLargeReason(52 * 1024 * 1024)],
    'magic.reason': () => tableLiterals(join('shared', 'importer', 'decode.ts'), /const MAGICS\b/),
    'UNSUPPORTED_EXT[ext]': () => tableLiterals(join('shared', 'importer', 'source.ts'), /const UNSUPPORTED_EXT\b/),
    'NO_READER.pdf': () => tableLiterals(join('shared', 'importer', 'source.ts'), /const NO_READER\b/),
    'NO_READER.doc': () => tableLiterals(join('shared', 'importer', 'source.ts'), /const NO_READER\b/),
    // (source.ts: UNSUPPORTED_EXT's xlsm / pptx / ofd, or the literal after them)
    what: () => [...tableLiterals(join('shared', 'importer', 'source.ts'), /const UNSUPPORTED_EXT\b/), ...tableLiterals(join('shared', 'importer', 'source.ts'), /const what\b/)],
  };
  /** Sites that make no message: they pass one on. */
  const PASSED_ON = ['reason'];

  it('the sources were read: the sites of every kind of message', () => {
    expect(sites.length).toBeGreaterThan(60);
    expect(sites.filter((s) => messages(s.expr).length).length).toBeGreaterThan(50);
  });

  it('each site\'s message is a literal, a table named here, or passed on', () => {
    const other = sites.filter((s) => !messages(s.expr).length && !Object.hasOwn(TABLES, s.expr) && !PASSED_ON.includes(s.expr));
    expect(other).toEqual([]);
    expect(sites.filter((s) => PASSED_ON.includes(s.expr)).map((s) => s.at)).toEqual([join('electron', 'core', 'isolated-import.ts') + ':143']);
  });

  it('each message reads in English, without Chinese', () => {
    const all = [...new Set(sites.flatMap((s) => [...messages(s.expr), ...(TABLES[s.expr]?.() ?? [])]))];
    expect(all.length).toBeGreaterThan(70);
    const unread = all.filter((m) => { const en = importReasonEn(m); return en === undefined || /[\u4e00-\u9fff]/.test(en); });
    expect(unread).toEqual([]);
  });
});
