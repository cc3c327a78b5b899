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
import { ImportError, LIMITS, isAppError } from '../../shared/errors';
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
