/**
 * Whether a plan reads as an upward document (上行文: a 请示 or 报告 to a superior office), the only kind that carries a
 * 签发人 (GB/T 9704-2012 §7.2.6). The model has no kind of document, so it is read from what the planner wrote: a title
 * that ends in 请示 or 报告 ("关于…的请示"), a 发文字号 whose 机关代字 ends in 请 or 报 ("青府报〔2025〕9号"), or a
 * 主送机关 that is the government or party committee of a level above the issuer's (a 镇 or 街道 writing to its 区 or 县, a
 * 区 or 县 to its 市 or 州, a 市 to its 省 or 自治区) — the levels as the importer reads places (importer/places.ts `placeLevel`).
 * The editor offers the 签发人 field where this holds, or where a 签发人 is already entered (never hidden then).
 */
import { placeLevel } from '../importer/public';
import type { PlanMeta } from '../model/plan';

/** A title's last words: 请示, before closing brackets or punctuation. */
const REQUEST_TITLE = /请示[\s)）》」』"”。.]*$/u;
/**
 * A 报告 by its title: "关于…的报告" or "…的报告". A title that only ends in a report's name ("东湖区2026年政府工作报告", a
 * report to the people's congress, not to a superior office) is none.
 */
const REPORT_TITLE = /(?:关于[^]*|的)报告[\s)）》」』"”。.]*$/u;
/** The 机关代字 of a 发文字号 ends in 请 or 报, just before the year in its brackets: 东府请〔2027〕3号, 青政报[2026]12号. */
const UPWARD_NUMBER = /[请报]\s*[〔［[(（【]\s*\d{4}\s*[〕］\])）】]/u;

/** The level of a government or party committee named in full or short ("市政府"); null for a department, an office below it, or "各…". */
function governmentLevel(name: string): number | null {
  const r = placeLevel(name);
  return r?.government ? r.level : null;
}

/** The issuer's level: its government's, else the deepest place its name (or the district's) opens with. */
function issuerLevel(issuer: string, district: string): number | null {
  const own = placeLevel(issuer);
  if (own?.government) return own.level;
  const deepest = Math.max(own?.level ?? 0, placeLevel(district)?.level ?? 0);
  return deepest || null;
}

export function looksUpward(meta: Pick<PlanMeta, 'title' | 'docNumber' | 'addressees' | 'issuer' | 'district'>): boolean {
  const title = meta.title.trim();
  if (REQUEST_TITLE.test(title) || REPORT_TITLE.test(title)) return true;
  if (meta.docNumber && UPWARD_NUMBER.test(meta.docNumber)) return true;
  const own = issuerLevel(meta.issuer ?? '', meta.district ?? '');
  if (own === null) return false;
  return meta.addressees.some((a) => {
    const level = governmentLevel(a);
    return level !== null && level < own;
  });
}

/** Whether the editor offers the 签发人 field: an upward document, or one whose 签发人 is already entered. */
export function offersSigner(meta: Pick<PlanMeta, 'title' | 'docNumber' | 'addressees' | 'issuer' | 'district' | 'signer'>): boolean {
  return !!meta.signer?.trim() || looksUpward(meta);
}
