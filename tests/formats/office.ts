/**
 * Test documents for the format readers, made at test time: a flat OpenDocument text (.fodt) written here —
 * paragraphs, a running header, a page-number footer, tables, footnotes — converted by LibreOffice to .pdf, .doc or
 * .docx. Without LibreOffice the tests that need it are skipped, except under CI (where it is installed).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { findSoffice } from '../../electron/core/export.js';
import { readSource } from '../../shared/importer/source.js';
import { createNodeReaders } from '../../electron/core/formats/index.js';
import { expect } from 'vitest';
import { ImportError } from '../../shared/errors.js';

export function sofficeEnabled(): boolean {
  if (findSoffice()) return true;
  if (process.env.CI) throw new Error('CI: LibreOffice (soffice) is required for the format tests (apt-get install libreoffice-writer-nogui fonts-noto-cjk)');
  console.warn('formats: no LibreOffice found — tests of real .pdf/.doc files skipped');
  return false;
}

/** Calc is a package of its own (libreoffice-calc-nogui): the workbook test needs it besides Writer. */
export function calcEnabled(): boolean {
  const soffice = findSoffice();
  const has = !!soffice && existsSync(join(dirname(realpathSync(soffice)), 'libsclo.so'));
  if (has) return true;
  if (process.env.CI) throw new Error('CI: LibreOffice Calc is required for the workbook test (apt-get install libreoffice-calc-nogui)');
  console.warn('formats: no LibreOffice Calc found — the .xlsx made by Calc is skipped');
  return false;
}

/** Convert `name` (written from `content`) with LibreOffice; returns the converted file's bytes. `infilter`: the
 *  import filter where LibreOffice would pick another application (a web page opened in Calc: "HTML (StarCalc)"). */
export function convert(name: string, content: string | Uint8Array, to: string, infilter?: string): Uint8Array {
  const soffice = findSoffice();
  if (!soffice) throw new Error('no soffice');
  const dir = mkdtempSync(join(tmpdir(), 'pw-formats-'));
  try {
    writeFileSync(join(dir, name), content);
    execFileSync(soffice, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', ...(infilter ? [`--infilter=${infilter}`] : []), '--convert-to', to, '--outdir', join(dir, 'out'), join(dir, name)],
      { stdio: 'ignore', timeout: 120_000, env: { ...process.env, HOME: dir } });
    const ext = to.split(':')[0];
    return new Uint8Array(readFileSync(join(dir, 'out', name.replace(/\.[^.]+$/, `.${ext}`))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export type Block =
  | string // a body paragraph (first line indented two characters, justified)
  | { center: string } // a centred title line
  | { flush: string } // a paragraph without first-line indent
  | { table: string[][] }
  | { footnote: [string, string] } // paragraph text with a footnote: [text, note]
  | { pageBreak: true };

export interface FodtOptions {
  /** Running header text (on every page). */
  header?: string;
  /** Footer: 'dash' → "— N —", 'cn' → "第 N 页 共 M 页", 'plain' → "N", none by default. */
  footer?: 'dash' | 'cn' | 'plain';
  /** Body font size in pt (default 16, 三号 as GB/T 9704). */
  size?: number;
}

/** A flat ODT: A4, GB/T 9704-like margins, Noto CJK fonts. */
export function fodt(blocks: Block[], opts: FodtOptions = {}): string {
  const size = opts.size ?? 16;
  const footer = opts.footer === 'dash' ? '— <text:page-number text:select-page="current">1</text:page-number> —'
    : opts.footer === 'cn' ? '第<text:page-number text:select-page="current">1</text:page-number>页 共<text:page-count>1</text:page-count>页'
    : opts.footer === 'plain' ? '<text:page-number text:select-page="current">1</text:page-number>' : null;
  const body = blocks.map((b) => {
    if (typeof b === 'string') return `<text:p text:style-name="Body">${esc(b)}</text:p>`;
    if ('center' in b) return `<text:p text:style-name="Center">${esc(b.center)}</text:p>`;
    if ('flush' in b) return `<text:p text:style-name="Flush">${esc(b.flush)}</text:p>`;
    if ('pageBreak' in b) return '<text:p text:style-name="Break"/>';
    if ('footnote' in b) {
      return `<text:p text:style-name="Body">${esc(b.footnote[0])}<text:note text:id="n1" text:note-class="footnote"><text:note-citation>1</text:note-citation>` +
        `<text:note-body><text:p>${esc(b.footnote[1])}</text:p></text:note-body></text:note></text:p>`;
    }
    const cols = Math.max(...b.table.map((r) => r.length));
    return `<table:table table:name="T${Math.random().toString(36).slice(2, 7)}"><table:table-column table:number-columns-repeated="${cols}"/>` +
      b.table.map((r) => `<table:table-row>${r.map((c) => `<table:table-cell office:value-type="string">${c.split('\n').map((p) => `<text:p>${esc(p)}</text:p>`).join('')}</table:table-cell>`).join('')}</table:table-row>`).join('') +
      '</table:table>';
  }).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Noto Serif CJK SC" svg:font-family="'Noto Serif CJK SC'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:line-height="120%"/>
  <style:text-properties style:font-name="Noto Serif CJK SC" style:font-name-asian="Noto Serif CJK SC" fo:font-size="${size}pt" style:font-size-asian="${size}pt"/>
 </style:default-style>
 <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:text-indent="${2 * size}pt"/></style:style>
 <style:style style:name="Flush" style:family="paragraph"><style:paragraph-properties fo:text-align="justify"/></style:style>
 <style:style style:name="Center" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="${size + 6}pt" style:font-size-asian="${size + 6}pt"/></style:style>
 <style:style style:name="Break" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>
 <style:style style:name="Furniture" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="12pt" style:font-size-asian="12pt"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2.5cm" fo:margin-bottom="2cm" fo:margin-left="2.8cm" fo:margin-right="2.6cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-bottom="0.5cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.5cm"/></style:footer-style>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  ${opts.header ? `<style:header><text:p text:style-name="Furniture">${esc(opts.header)}</text:p></style:header>` : ''}
  ${footer ? `<style:footer><text:p text:style-name="Furniture">${footer}</text:p></style:footer>` : ''}
 </style:master-page>
</office:master-styles>
<office:body><office:text>
${body}
</office:text></office:body>
</office:document>
`;
}

/** readSource with the Node readers, as the import worker calls it. */
export const readWithNode = (bytes: Uint8Array, fileName: string) => readSource(bytes, fileName, { readers: createNodeReaders() });

/** Non-empty line texts. */
export const texts = (lines: { text: string }[]) => lines.map((l) => l.text).filter((t) => t.trim() !== '');

/** Await a promise that must reject with an ImportError; returns it. */
export async function importError(p: Promise<unknown>): Promise<ImportError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    return e as ImportError;
  }
  throw new Error('expected an ImportError');
}
