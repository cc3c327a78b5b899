/**
 * The format readers on damaged and random input: a reader either returns lines or rejects with an ImportError
 * (one Chinese line), never anything else. Bounded runs (the import worker adds time and heap limits on top).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../shared/errors.js';
import { readHtml } from '../../shared/importer/formats/html.js';
import { readMarkdown } from '../../shared/importer/formats/markdown.js';
import { convert, fodt, readWithNode, sofficeEnabled } from './office.js';
import { PLAN, TITLE } from './plan-text.js';

async function readsOrRefuses(bytes: Uint8Array, name: string): Promise<void> {
  try {
    const { lines } = await readWithNode(bytes, name);
    expect(Array.isArray(lines)).toBe(true);
  } catch (e) {
    if (!(e instanceof ImportError)) throw new Error(`${name}: not an ImportError: ${String((e as Error)?.stack ?? e)}`);
    expect(e.message).toMatch(/^无法导入 /);
    expect(e.message).not.toMatch(/\n/);
  }
}

/** Overwrite a few byte runs, or cut the file. */
const damage = (src: Uint8Array) => fc.tuple(fc.array(fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 16 })), { maxLength: 6 }), fc.option(fc.nat()))
  .map(([edits, cut]) => {
    let b = new Uint8Array(src);
    for (const [at, bytes] of edits) b.set(bytes.slice(0, Math.max(0, b.length - (at % b.length))), at % b.length);
    if (cut !== null) b = b.slice(0, 8 + (cut % b.length));
    return b;
  });

describe('random text never breaks the Markdown and HTML readers', () => {
  const tags = fc.constantFrom('<p>', '</p>', '<table>', '</table>', '<tr>', '<td>', '</td>', '<h2>', '</h2>', '<br>', '<script>', '</script>', '<!--', '-->', '<ul>', '<li>', '<div class="nav">', '</div>', '&nbsp;', '&#x4e00;', '<', '>', '"', '一、总体要求', '\n', ' ');
  it('HTML', () => {
    fc.assert(fc.property(fc.array(tags, { maxLength: 200 }), (parts) => {
      try {
        const { lines } = readHtml(new TextEncoder().encode(parts.join('')), 'x.html');
        for (const l of lines) expect(typeof l.text).toBe('string');
      } catch (e) {
        if (!(e instanceof ImportError)) throw e; // e.g. 'empty'
      }
    }), { numRuns: 300 });
  });
  const md = fc.constantFrom('# ', '## ', '---', '===', '| a | b |', '|---|---|', '- ', '1. ', '3) ', '```', '> ', '**', '*', '`', '\\', '一、总体要求', '\n', '\n\n', '  \n', '    ');
  it('Markdown', () => {
    fc.assert(fc.property(fc.array(md, { maxLength: 200 }), (parts) => {
      const lines = readMarkdown(parts.join(''));
      for (let k = 1; k < lines.length; k++) expect(lines[k].line).toBeGreaterThan(lines[k - 1].line);
    }), { numRuns: 300 });
  });
});

const lo = sofficeEnabled();

describe.runIf(lo)('damaged real files', () => {
  const source = fodt([{ center: TITLE }, ...PLAN.slice(0, 8), { table: [['序号', '任务'], ['1', '网络建设']] }]);
  it('a damaged PDF is read or refused with an ImportError', async () => {
    const pdf = convert('p.fodt', source, 'pdf');
    await fc.assert(fc.asyncProperty(damage(pdf), (b) => readsOrRefuses(b, 'd.pdf')), { numRuns: Number(process.env.FUZZ_RUNS ?? 25) });
  }, 300_000);
  it('a damaged .doc is read or refused with an ImportError', async () => {
    const doc = convert('p.fodt', source, 'doc:MS Word 97');
    await fc.assert(fc.asyncProperty(damage(doc), (b) => readsOrRefuses(b, 'd.doc')), { numRuns: Number(process.env.FUZZ_RUNS ?? 40) });
  }, 300_000);
});
