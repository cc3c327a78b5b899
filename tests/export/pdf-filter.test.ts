/**
 * The PDF filter and LibreOffice's version (review of session 35): the filter keeping the blank page before the 版记
 * (IsSkipEmptyPages false) is given as JSON options, which LibreOffice reads from 7.4 on. An older one (Ubuntu 22.04
 * ships 7.3) is given the plain filter: the PDF is still made, without Writer's inserted blank pages (docs/export.md).
 * The version is read from the installation (share/registry/main.xcd), without starting LibreOffice; a fake install in
 * a temporary folder stands in for each version, its soffice a script that records its arguments and writes a PDF.
 */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { exportPdf, findSoffice, PDF_FILTER, PDF_FILTER_BEFORE_7_4, pdfFilterFor, readSetupVersion, sofficeVersion } from '../../electron/core/export';
import { blankPlan } from '../../shared/template';

const dir = mkdtempSync(join(tmpdir(), 'pw-pdf-filter-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const saved = process.env.PW_SOFFICE;
afterEach(() => {
  if (saved === undefined) delete process.env.PW_SOFFICE;
  else process.env.PW_SOFFICE = saved;
});

const xcd = (v: string) => `<?xml version="1.0"?><oor:data><oor:component-data oor:name="Setup"><node oor:name="Product"><prop oor:name="ooName"><value>LibreOffice</value></prop>\n      <prop oor:name="ooSetupVersion">\n        <value>${v}</value>\n      </prop>\n      <prop oor:name="ooSetupVersionAboutBox">\n        <value>${v}.7.2</value></prop></node></oor:component-data></oor:data>`;

/** An installation of LibreOffice `version` (none: no registry): <root>/program/soffice and <root>/share/registry/main.xcd. */
function install(name: string, version: string | null): { soffice: string; args: string } {
  const root = join(dir, name);
  mkdirSync(join(root, 'program'), { recursive: true });
  if (version) {
    mkdirSync(join(root, 'share', 'registry'), { recursive: true });
    writeFileSync(join(root, 'share', 'registry', 'main.xcd'), xcd(version));
  }
  const args = join(root, 'args.txt');
  const soffice = join(root, 'program', 'soffice');
  writeFileSync(soffice, [
    '#!/bin/sh',
    `printf '%s\\n' "$@" > '${args}'`,
    'out=""; prev=""',
    'for a in "$@"; do [ "$prev" = "--outdir" ] && out="$a"; prev="$a"; done',
    'printf "%%PDF-1.7 whole\\n%%%%EOF\\n" > "$out/plan.pdf"',
  ].join('\n'));
  chmodSync(soffice, 0o755);
  return { soffice, args };
}

const doc = blankPlan({ title: '南屿县数字乡村建设三年行动计划（2025—2027年）', district: '南屿县', period: { start: 2025, end: 2027 } });
const word = async () => new Uint8Array([0x50, 0x4b, 3, 4]);

describe('the PDF filter by LibreOffice version', () => {
  it('reads the version a main.xcd states; the JSON options from 7.4 on, the plain filter before, JSON when unknown', () => {
    expect(readSetupVersion(xcd('7.3'))).toEqual({ major: 7, minor: 3 });
    expect(readSetupVersion(xcd('24.8'))).toEqual({ major: 24, minor: 8 });
    expect(readSetupVersion('<oor:data/>')).toBeNull();
    expect(pdfFilterFor({ major: 7, minor: 3 })).toBe(PDF_FILTER_BEFORE_7_4);
    expect(pdfFilterFor({ major: 6, minor: 4 })).toBe(PDF_FILTER_BEFORE_7_4);
    expect(pdfFilterFor({ major: 7, minor: 4 })).toBe(PDF_FILTER);
    expect(pdfFilterFor({ major: 24, minor: 2 })).toBe(PDF_FILTER);
    expect(pdfFilterFor(null)).toBe(PDF_FILTER);
    expect(PDF_FILTER_BEFORE_7_4).toBe('pdf:writer_pdf_Export');
  });

  it.each([['7.3', PDF_FILTER_BEFORE_7_4], ['7.4', PDF_FILTER], [null, PDF_FILTER]] as const)('LibreOffice %s: exportPdf converts with its filter and answers the PDF', async (version, filter) => {
    const fake = install(`lo-${version ?? 'unknown'}`, version);
    process.env.PW_SOFFICE = fake.soffice;
    expect(sofficeVersion(fake.soffice)).toEqual(version ? { major: Number(version.split('.')[0]), minor: Number(version.split('.')[1]) } : null);
    const { bytes } = await exportPdf(doc, {}, { timeoutMs: 60_000 }, word);
    expect(new TextDecoder().decode(bytes).startsWith('%PDF-1.7')).toBe(true);
    const args = readFileSync(fake.args, 'utf8').split('\n');
    expect(args[args.indexOf('--convert-to') + 1]).toBe(filter);
  });

  it('the LibreOffice of this machine, when installed where its registry is found, states a version', () => {
    const soffice = findSoffice();
    const v = soffice ? sofficeVersion(soffice) : null;
    if (!v) return; // none installed, or another layout: the JSON filter is used (pdfFilterFor(null))
    expect(v.major).toBeGreaterThanOrEqual(3);
  });
});
