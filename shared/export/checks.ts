/**
 * What an export with the 通知 cover will lack, said before exporting (the export dialog shows these): a missing
 * 发文字号 leaves the line under the red header empty, a missing or incomplete 成文日期 (yyyy-mm-dd) leaves the
 * signature without its date and the 版记 without "…印发". Environment-free.
 */
import type { PlanMeta } from '../model/plan';
import { cnDate } from './text';

export type CoverWarningCode = 'no-doc-number' | 'no-issue-date';
export interface CoverWarning { code: CoverWarningCode; message: string }

export function coverWarnings(meta: Pick<PlanMeta, 'docNumber' | 'issuedOn'>): CoverWarning[] {
  const out: CoverWarning[] = [];
  if (!meta.docNumber?.trim()) out.push({ code: 'no-doc-number', message: '未填写发文字号：红头下的发文字号一行将空着' });
  if (!cnDate(meta.issuedOn)) {
    out.push({
      code: 'no-issue-date',
      message: meta.issuedOn?.trim() ? `成文日期“${meta.issuedOn.trim()}”不完整：落款和版记将没有日期` : '未填写成文日期：落款和版记将没有日期',
    });
  }
  return out;
}
