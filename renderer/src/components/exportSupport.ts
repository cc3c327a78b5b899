/**
 * What the export dialog needs besides the API: formats, remembered options per plan (localStorage),
 * the default file name and base64 → bytes. Saving the file is the host's (useHost().saveFile).
 */
import { exportFileName, localDay } from '../../../shared/export/filename';
import type { FontSetName } from '../../../shared/export/options';
import type { PlanMeta } from '../../../shared/model/plan';

export const EXPORT_FORMATS = ['docx', 'pdf', 'markdown', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXTENSION: Record<ExportFormat, string> = { docx: 'docx', pdf: 'pdf', markdown: 'md', json: 'json' };
export const MIME: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  markdown: 'text/markdown;charset=utf-8',
  json: 'application/json;charset=utf-8',
};

/** The options the dialog remembers per plan. */
export interface ExportPrefs {
  format: ExportFormat;
  cover: boolean;
  annexes: boolean;
  fonts: FontSetName;
  /** Open annotations as Word comments, open suggestions as tracked changes. */
  annotations: boolean;
}

export const DEFAULT_PREFS: ExportPrefs = { format: 'docx', cover: true, annexes: true, fonts: 'gb2312', annotations: false };

export const prefsKey = (planId: string) => `export.options:${planId}`;

export function loadPrefs(planId: string): ExportPrefs {
  try {
    const raw = localStorage.getItem(prefsKey(planId));
    if (!raw) return { ...DEFAULT_PREFS };
    const v = JSON.parse(raw) as Partial<ExportPrefs>;
    return {
      format: (EXPORT_FORMATS as readonly string[]).includes(v.format as string) ? (v.format as ExportFormat) : DEFAULT_PREFS.format,
      cover: typeof v.cover === 'boolean' ? v.cover : DEFAULT_PREFS.cover,
      annexes: typeof v.annexes === 'boolean' ? v.annexes : DEFAULT_PREFS.annexes,
      fonts: v.fonts === 'windows' || v.fonts === 'gb2312' ? v.fonts : DEFAULT_PREFS.fonts,
      annotations: typeof v.annotations === 'boolean' ? v.annotations : DEFAULT_PREFS.annotations,
    };
  } catch {
    return { ...DEFAULT_PREFS };
  }
}

export function savePrefs(planId: string, prefs: ExportPrefs): void {
  try {
    localStorage.setItem(prefsKey(planId), JSON.stringify(prefs));
  } catch {
    /* private mode or full storage: the dialog still works, it just forgets */
  }
}

/** Local date yyyy-mm-dd (the 印发日期 the export dialog proposes; a comparison's file name). */
export const localToday = localDay;

/**
 * The default base name (without extension) from the plan title and its issue date — none where the plan has none, as
 * the command line names it: a day the plan does not hold would read as its 成文日期 (h-ui44: it was today's date).
 */
export function defaultBaseName(meta: Pick<PlanMeta, 'title' | 'issuedOn'>): string {
  return exportFileName(meta, 'x').replace(/\.x$/, '');
}

/** A base name the user typed, made safe for Windows, macOS and Linux; '' when nothing usable is left. */
export function cleanBaseName(name: string): string {
  return name
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
}

export function base64ToBytes(b64: string): Uint8Array<ArrayBuffer> {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}
