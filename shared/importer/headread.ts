/**
 * The district, city and period an import reads from the head of a document, by the rules of meta.ts (readHead) and
 * parse.ts (a title naming its length), given the head's lines as an export prints them — without printing and
 * parsing the document. The export dialog uses it to say which of these metadata a Word or Markdown file will not give
 * back (shared/export/checks.ts exportOmissions; docs/exchange.md, "Every field"). Light: the place and date readers only.
 */
import { DOC_PREFIX_CITY, LENGTH_TITLE, PERIOD_TEXT_SPAN, periodFromLength, periodFromText, readPeriod, yearOfDeadlines, yearOfWork } from './dates';
import { oneCharDistrictNamedByOrgan, placeInSentence, placeOfTitle, readGovernment, type Government } from './places';
import { foldForMatch } from '../text/fold';
import { bareTitle, publishedName } from './meta';
import { similarity } from './tables';

/** How far the readers look (meta.ts HEAD_SPAN, parse.ts PERIOD_TEXT_SPAN: paragraphs). */
const SPAN = 40;

export interface PrintedHead {
  title: string;
  /** The issuing office where the document prints it (the notice's signature, 发文机关：), else null. */
  issuer: string | null;
  /** The 文号 where it is printed, else null. */
  docNumber: string | null;
  /** The paragraphs before the first heading (the notice's when printed, the preamble), in order. */
  head: string[];
  /** The paragraphs after it (headings and text of the nodes), in order: where a plan named for its length says when its work is done. */
  body: string[];
  /** The year of the 成文日期 where it is printed, else null. */
  issuedYear: number | null;
  /** The years of the plan's milestones (every export prints them: the text, a 年度节点 line or the 分解表), and of its
   *  indicators when the export prints them (it does when the head alone gives no period: shared/fieldtext.ts
   *  printedParagraphs `readPeriod`). */
  deadlineYears?: readonly number[];
}

export interface HeadReading {
  district: string | null;
  city: string | null;
  period: { start: number; end: number } | null;
}

export function readPrintedHead(h: PrintedHead): HeadReading {
  const head = h.head.slice(0, SPAN);
  // places: the title's, the issuer's; else a sentence of the head naming the plan's own; else a one-character district
  const places: Government[] = [];
  const t = placeOfTitle(h.title);
  if (t) places.push(t);
  const issuer = h.issuer?.trim();
  const g = issuer ? readGovernment(issuer, 0, { organ: 'required' }) ?? placeOfTitle(issuer) : null;
  if (g) places.push(g);
  // the organ a news lead of the head says published the plan ("近日，中共临江市青川区委办公室…印发了《X》", kept as the
  // preamble): read when the lead names the printed title (a title over a news lead publishing it), or when a head line
  // says the title again with no sentence mark in it — the import then takes the printed title, though styled as one
  // (Word's Title style, Markdown's "# …"), for a web page's <title> and reads the plan's name from the sentence that
  // publishes it (meta.ts readHead, publishedName)
  const lead = h.title ? publishedName(head) : null;
  const saidAgain = head.slice(0, 19).some((l) => l.length >= h.title.length && similarity(l, h.title) >= 0.6 && !/[。，,；;]/.test(foldForMatch(l)));
  if (lead?.by && (saidAgain || bareTitle(lead.name) === bareTitle(h.title))) places.push(lead.by.gov);
  if (!places.some((p) => p.district)) {
    for (const text of head) {
      const s = placeInSentence(text);
      if (s) { places.push(s); break; }
    }
  }
  if (!places.some((p) => p.district)) {
    const o = oneCharDistrictNamedByOrgan(h.title, [...(issuer ? [issuer] : []), ...head]);
    if (o) places.push(o);
  }
  const district = places.find((p) => p.district)?.district ?? null;
  let city = places.find((p) => p.city)?.city ?? null;
  if (!city && h.docNumber) city = DOC_PREFIX_CITY[foldForMatch(h.docNumber.trim().charAt(0))] ?? null;
  // period: the title, a year range in the head, the one year whose work the head delivers, a length and a year done by
  let found: { start: number; end: number } | null = readPeriod(h.title);
  for (const text of head) found ??= readPeriod(text, { infer: false });
  if (!found) {
    const w = yearOfWork(h.title, head, h.issuedYear);
    if (w) found = { start: w.year, end: w.year };
  }
  const issued = h.issuedYear ?? (h.docNumber ? Number(/〔((?:19|20)\d{2})〕/.exec(h.docNumber)?.[1]) || null : null);
  found ??= periodFromLength(h.title, [...head, ...h.body].slice(0, 2 * SPAN), issued);
  // (a title naming neither years nor a length: the span of years its first paragraphs say, as parse.ts reads it — a
  // length only from the head here, where parse.ts also looks in the 总体要求/目标 part: the dialog may warn of a loss
  // the import then avoids, never the other way)
  if (!found && h.title && !LENGTH_TITLE.test(h.title)) found = periodFromText([...head, ...h.body].slice(0, head.length + PERIOD_TEXT_SPAN), issued, head);
  if (!found) { const y = yearOfDeadlines(h.title, h.deadlineYears ?? []); if (y) found = { start: y.year, end: y.year }; }
  return { district, city, period: found ? { start: found.start, end: found.end } : null };
}
