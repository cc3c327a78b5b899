/**
 * docs/benchmarks.md is written by the benchmarks (tests/bench/run.ts, cli.ts) and annotated by hand: dated `###`
 * paragraphs under a section say what changed and how it was measured at the time, and some `##` sections are written
 * by no benchmark (the table of an issue's targets). A rerun replaces what the benchmarks write and keeps the rest.
 */

interface Section {
  heading: string;
  body: string; // the section's text up to its first `### ` (heading line included)
  subs: { heading: string; text: string }[];
}

/** "## App (browser mode, Debian Chromium headless)" and "## App" are one section: the name before a bracket. */
const key = (heading: string): string => heading.replace(/^#+\s*/, '').replace(/\s*\(.*$/, '').trim();

function parse(doc: string): { preamble: string; sections: Section[] } {
  const parts = doc.split(/\n(?=## )/);
  const preamble = parts[0]!.startsWith('## ') ? '' : parts.shift()!;
  const sections = parts.map((text) => {
    const [body, ...subs] = text.split(/\n(?=### )/);
    return {
      heading: body!.split('\n', 1)[0]!,
      body: body!,
      subs: subs.map((s) => ({ heading: s.split('\n', 1)[0]!, text: s })),
    };
  });
  return { preamble, sections };
}

/** A paragraph that opens with its date: a note written by hand, kept by a rerun. */
const DATED = /^\s*\d{4}-\d{2}-\d{2}\b/;

const join = (s: Section): string => [s.body.trimEnd(), ...s.subs.map((x) => x.text.trimEnd())].join('\n\n');

/**
 * The document with each of `fresh`'s sections (markdown starting with `## `) in place of the old section of that
 * name: the old section's paragraphs that open with a date (notes by hand) follow the fresh text, and its `###`
 * paragraphs that the fresh one does not write again follow it; sections no benchmark
 * wrote stay where they were; new ones go at the end. `preamble`, when given, replaces the text before the first `##`.
 */
export function replaceSections(doc: string, fresh: string[], preamble?: string): string {
  const old = parse(doc);
  const byKey = new Map(fresh.map((f) => [key(f.split('\n', 1)[0]!), parse(f).sections[0]!] as const));
  const used = new Set<string>();
  const out: string[] = [];
  for (const s of old.sections) {
    const k = key(s.heading);
    const f = byKey.get(k);
    if (!f) {
      out.push(join(s));
      continue;
    }
    used.add(k);
    const written = new Set(f.subs.map((x) => key(x.heading)));
    // dated paragraphs written by hand into the section's own text ("2026-12-05 (h-compare, issue 15): …") stay,
    // after what the benchmark wrote: they are the section's history, which no rerun writes again
    const dated = s.body.split(/\n{2,}/).filter((p) => DATED.test(p) && !f.body.includes(p.trim()));
    const body = dated.length ? `${f.body.trimEnd()}\n\n${dated.map((p) => p.trim()).join('\n\n')}` : f.body;
    out.push(join({ ...f, body, subs: [...f.subs, ...s.subs.filter((x) => !written.has(key(x.heading)))] }));
  }
  for (const [k, f] of byKey) if (!used.has(k)) out.push(join(f));
  const head = (preamble ?? old.preamble).trimEnd();
  return `${head ? `${head}\n\n` : ''}${out.join('\n\n')}\n`;
}
