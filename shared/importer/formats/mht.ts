/**
 * Web archives (.mht / .mhtml: a page saved as one file by Chrome, Edge, IE or 360 browser) → the HTML reader.
 * Environment-free. A MIME multipart/related message: the first text/html part is taken, its transfer encoding
 * (quoted-printable, base64, 7bit/8bit/binary) undone and its charset (from the part's Content-Type) handed to the
 * HTML reader. Images and style sheets in the other parts are ignored.
 */
import { ImportError } from '../../errors';
import type { SourceLine } from '../types';
import { readHtml } from './html';

const latin1 = (b: Uint8Array): string => {
  let s = '';
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
};
const bytesOf = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

/** Headers of a MIME entity (continuation lines unfolded), names lower-cased. */
function headers(block: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const m = /^([!-9;-~]+):\s*(.*)$/.exec(line);
    if (m) out.set(m[1].toLowerCase(), m[2].trim());
  }
  return out;
}

const param = (value: string | undefined, name: string): string | null => {
  const m = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value ?? '');
  return m ? (m[1] ?? m[2]) : null;
};

/** True for bytes that start like a MIME web archive. */
export function looksLikeMht(bytes: Uint8Array): boolean {
  const head = latin1(bytes.subarray(0, 4096));
  return /^(?:[!-9;-~]+:.*\r?\n(?:[ \t].*\r?\n)*)+/.test(head) && /content-type:\s*multipart\/related/i.test(head);
}

function decodeQuotedPrintable(s: string): Uint8Array {
  const out: number[] = [];
  const t = s.replace(/=\r?\n/g, '');
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x3d && /^[0-9A-Fa-f]{2}$/.test(t.slice(i + 1, i + 3))) { out.push(parseInt(t.slice(i + 1, i + 3), 16)); i += 2; }
    else out.push(c & 0xff);
  }
  return new Uint8Array(out);
}

function decodeBase64(s: string): Uint8Array {
  const clean = s.replace(/[^A-Za-z0-9+/]/g, '');
  const bin = atob(clean.slice(0, clean.length - (clean.length % 4)));
  return bytesOf(bin);
}

export function readMht(bytes: Uint8Array, fileName: string): { lines: SourceLine[]; encoding: string } {
  const text = latin1(bytes);
  const split = text.search(/\r?\n\r?\n/);
  if (split < 0) throw new ImportError('corrupt', fileName, { zh: '网页存档(.mht)已损坏:没有找到网页内容', en: 'The web archive (.mht) is damaged: no web page was found in it.' });
  const top = headers(text.slice(0, split));
  const boundary = param(top.get('content-type'), 'boundary');
  const parts = boundary ? text.split(`--${boundary}`).slice(1) : [text.slice(split)];
  for (const part of parts) {
    if (part.startsWith('--')) break; // the closing boundary
    const body = part.replace(/^\r?\n/, '');
    const at = body.search(/\r?\n\r?\n/);
    if (at < 0) continue;
    const h = headers(body.slice(0, at));
    const type = h.get('content-type') ?? (boundary ? 'text/plain' : top.get('content-type') ?? '');
    if (!/^text\/html/i.test(type)) continue;
    const raw = body.slice(at).replace(/^\r?\n\r?\n/, '').replace(/\r?\n$/, '');
    const cte = (h.get('content-transfer-encoding') ?? '7bit').toLowerCase();
    const html = cte === 'quoted-printable' ? decodeQuotedPrintable(raw) : cte === 'base64' ? decodeBase64(raw) : bytesOf(raw);
    return readHtml(html, fileName, { charset: param(type, 'charset') });
  }
  throw new ImportError('unsupported', fileName, { zh: '网页存档(.mht)中没有网页正文(text/html)', en: 'The web archive (.mht) holds no web page (text/html).' });
}
