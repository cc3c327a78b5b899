/**
 * Whether a plan reads as an upward document (上行文: a 请示 or 报告 to a superior office), the only kind that carries a
 * 签发人 (GB/T 9704-2012 §7.2.6). The model has no kind of document, so it is read from what the planner wrote: a title
 * that ends in 请示 or 报告 ("关于…的请示"), a 发文字号 whose 机关代字 ends in 请 or 报 ("青府报〔2025〕9号"), or a
 * 主送机关 that is a city's or province's government or party committee while the issuer is a district's or county's.
 * The editor offers the 签发人 field where this holds, or where a 签发人 is already entered (never hidden then).
 */
import type { PlanMeta } from '../model/plan';

/** A title's last words: 请示 or 报告, before closing brackets or punctuation. */
const UPWARD_TITLE = /(请示|报告)[\s)）》」』"”。.]*$/u;
/** The 机关代字 of a 发文字号 ends in 请 or 报, just before the year in its brackets: 东府请〔2027〕3号, 青政报[2026]12号. */
const UPWARD_NUMBER = /[请报]\s*[〔［[(（【]\s*\d{4}\s*[〕］\])）】]/u;
/** A city's or a province's government or party committee (its 办公厅/办公室 too), not a district's office under it. */
const SUPERIOR = /^(?!各)[\p{Script=Han}]{0,12}?[省市](?:人民政府|政府|委|委员会)(?:办公厅|办公室)?$/u;
/** An issuer or district at the level of a 区 or 县 (an office of it too). */
const LOWER_LEVEL = /[区县旗]/u;

export function looksUpward(meta: Pick<PlanMeta, 'title' | 'docNumber' | 'addressees' | 'issuer' | 'district'>): boolean {
  if (UPWARD_TITLE.test(meta.title.trim())) return true;
  if (meta.docNumber && UPWARD_NUMBER.test(meta.docNumber)) return true;
  const lower = LOWER_LEVEL.test(meta.issuer ?? '') || LOWER_LEVEL.test(meta.district ?? '');
  return lower && meta.addressees.some((a) => {
    const name = a.trim();
    return SUPERIOR.test(name) && !/[区县]/u.test(name);
  });
}

/** Whether the editor offers the 签发人 field: an upward document, or one whose 签发人 is already entered. */
export function offersSigner(meta: Pick<PlanMeta, 'title' | 'docNumber' | 'addressees' | 'issuer' | 'district' | 'signer'>): boolean {
  return !!meta.signer?.trim() || looksUpward(meta);
}
