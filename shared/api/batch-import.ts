/**
 * Importing several files in turn — one rule for the CLI's `plan-workbench import <folder|files…>` and the app's batch
 * import (files dropped together on the library, or chosen together in the import dialog's file picker):
 *
 *   - a file is a duplicate when the library already holds its document (plan.importPreview's `duplicates`: the same
 *     text after normalisation, or for plans stored before schema 7 the same bytes) or when a file earlier in the same
 *     batch was taken with the same text (`known`, filled by `rememberTaken`); a duplicate is not stored twice;
 *   - a refused file carries the importer's own reason, without the 「无法导入 <file>:」 the message opens with (the
 *     line or the row names the file already);
 *   - the summary counts stored / duplicate / refused.
 *
 * Pure: no file system, no core. The CLI adds a by-bytes check of its own before parsing (it can query the library).
 */
import type { ImportPreview } from './contract';
import type { PlanDoc } from '../model/plan';

/** A plan a file is the same document as: the library's, or one taken earlier in the batch. */
export interface KnownPlan { id: string; title: string }
/** sha256 of a file's bytes (the CLI's) or `text:<normalised text fingerprint>` → the plan taken with it. */
export type BatchKnown = Map<string, KnownPlan>;

/** The plan this previewed document duplicates (the library's most recent first, then this batch's), or undefined. */
export function sameDocument(preview: Pick<ImportPreview, 'duplicates' | 'meta'>, known: BatchKnown): KnownPlan | undefined {
  const lib = preview.duplicates?.[0];
  if (lib) return { id: lib.id, title: lib.title };
  const text = preview.meta.source?.textSha256;
  return text ? known.get(`text:${text}`) : undefined;
}

/** Remember a document taken in this batch (stored, or checked in a dry run), so a later copy counts as a duplicate. */
export function rememberTaken(known: BatchKnown, doc: Pick<PlanDoc, 'meta'>, plan: KnownPlan, bytesSha?: string): void {
  if (bytesSha) known.set(bytesSha, plan);
  const text = doc.meta.source?.textSha256;
  if (text) known.set(`text:${text}`, plan);
}

/** The importer's reason for refusing a file, without the 「无法导入 <file>:」 its message opens with. */
export function refusalReason(message: string, fileName: string): string {
  const prefix = `无法导入 ${fileName}:`;
  return message.startsWith(prefix) && message.length > prefix.length ? message.slice(prefix.length) : message;
}

/** The number of tasks of a plan (the CLI's summary line and the batch panel's stored row). */
export function countTasks(nodes: PlanDoc['nodes']): number {
  let n = 0;
  const visit = (ns: PlanDoc['nodes']) => {
    for (const x of ns) {
      if (x.kind === 'task') n++;
      visit(x.children);
    }
  };
  visit(nodes);
  return n;
}

/** How a batch went: stored (or, in a dry run, checked), duplicates skipped, refused. */
export function batchCounts(results: readonly { status: string }[]): { stored: number; checked: number; duplicate: number; refused: number } {
  const count = (s: string) => results.filter((r) => r.status === s).length;
  return { stored: count('stored'), checked: count('checked'), duplicate: count('duplicate'), refused: count('refused') };
}
