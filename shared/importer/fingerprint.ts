/**
 * A fingerprint of a document's text, to recognise the same document imported again: the text of its lines, NFKC
 * (full-width → half-width, compatibility forms), with every whitespace and invisible character removed (line breaks,
 * indentation, a BOM, zero-width spaces), hashed with SHA-256. A file saved again in another encoding (GBK, UTF-16),
 * with other line ends or re-wrapped lines gives the same value; any change of a character gives another one.
 */
import { sha256HexOfText } from './source';

/** The normalised text the fingerprint is made of. */
export function normaliseForFingerprint(lines: readonly string[]): string {
  // (no u flag: every character of the class is in the BMP, and a code unit of a surrogate pair is none of them)
  return lines.join('\n').normalize('NFKC').replace(/[\s\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]+/g, '');
}

export async function textFingerprint(lines: readonly string[]): Promise<string> {
  return sha256HexOfText(normaliseForFingerprint(lines));
}
