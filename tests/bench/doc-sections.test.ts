/**
 * A rerun of the benchmarks replaces what they write in docs/benchmarks.md and keeps what was written by hand
 * (tests/bench/doc-sections.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { replaceSections } from './doc-sections';

const OLD = `# Benchmarks

Written on 2026-11-23; the import table was replaced on 2026-12-05.

## Targets, 2026-12-05

| target | now |
|---|---|
| import | 15 MB/s |

## Import

| file | MB/s |
|---|---|
| old | 9.4 |

2026-12-05 (h-imp4): a dated note written by hand into the section's text.

### Faster lines (2026-12-05, h-imp5)

CPU ×1.04, by hand.

## App (browser mode, Debian Chromium headless)

| step | ms |
|---|---|
| open | 900 |

## Command line (whole processes)

Written by bench:cli.

### Start-up

old 54 ms

### Compare

old 172 ms
`;

describe('replaceSections', () => {
  it('replaces the generated sections, keeps the dated paragraphs under them and the sections no benchmark writes', () => {
    const fresh = ['## Import\n\n| file | MB/s |\n|---|---|\n| new | 15.1 |\n', '## App\n\nNo Chromium found — app benchmarks skipped.\n'];
    const doc = replaceSections(OLD, fresh, '# Benchmarks\n\nWritten on 2026-12-06.');
    expect(doc).toBe(`# Benchmarks

Written on 2026-12-06.

## Targets, 2026-12-05

| target | now |
|---|---|
| import | 15 MB/s |

## Import

| file | MB/s |
|---|---|
| new | 15.1 |

2026-12-05 (h-imp4): a dated note written by hand into the section's text.

### Faster lines (2026-12-05, h-imp5)

CPU ×1.04, by hand.

## App

No Chromium found — app benchmarks skipped.

## Command line (whole processes)

Written by bench:cli.

### Start-up

old 54 ms

### Compare

old 172 ms
`);
  });

  it('a section that writes its own ### paragraphs replaces them instead of keeping the old ones twice; a new section goes last', () => {
    const cli = '## Command line (whole processes)\n\nWritten by bench:cli again.\n\n### Start-up\n\nnew 47 ms\n\n### Compare\n\nnew 144 ms\n';
    const doc = replaceSections(OLD, [cli, '## Search\n\np95 4.5 ms\n']);
    expect(doc.startsWith('# Benchmarks\n\nWritten on 2026-11-23; the import table was replaced on 2026-12-05.\n\n## Targets')).toBe(true);
    expect(doc).toContain('## Command line (whole processes)\n\nWritten by bench:cli again.\n\n### Start-up\n\nnew 47 ms\n\n### Compare\n\nnew 144 ms\n\n## Search\n\np95 4.5 ms\n');
    expect(doc).not.toContain('old 54 ms');
    expect(doc).not.toContain('old 172 ms');
    expect(doc).toContain('| old | 9.4 |'); // Import not rerun: as it was
  });

  it('on docs/benchmarks.md: a rerun of every benchmark keeps each dated paragraph and every section it does not write', () => {
    const real = readFileSync(new URL('../../docs/benchmarks.md', import.meta.url), 'utf8');
    const generated = ['Import', 'PDF import', 'Search', 'Export', 'Compare', 'App'].map((name) => `## ${name}\n\n(rerun)\n`);
    const doc = replaceSections(real, generated, '# Benchmarks\n\n(header)');
    const headings = (text: string) => text.split('\n').filter((l) => /^#{2,3} /.test(l));
    const dated = headings(real).filter((h) => h.startsWith('### '));
    expect(dated.length).toBeGreaterThan(10);
    for (const h of dated) expect(doc).toContain(`\n${h}\n`);
    // and every paragraph that opens with its date inside a section's own text
    const notes = real.split(/\n{2,}/).filter((p) => /^\d{4}-\d{2}-\d{2}\b/.test(p));
    expect(notes.length).toBeGreaterThan(10);
    for (const p of notes) expect(doc).toContain(p.trim());
    for (const h of headings(real).filter((x) => x.startsWith('## ') && !/^## (Import|PDF import|Search|Export|Compare|App)\b/.test(x))) expect(doc).toContain(`\n${h}\n`);
    expect(doc.split('\n(rerun)\n').length - 1).toBe(6);
  });
});
