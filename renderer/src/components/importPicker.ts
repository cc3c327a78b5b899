/**
 * 导入 in one step (App.vue, ui.chooseImport): the file chooser opens at once, without the import dialog's
 * 选择文件 step before it; the dialog opens with the chosen file (its report, or its error).
 */
import type { Envelope } from '../../../shared/api/contract';
import type { ImportFilePayload } from '../../../shared/api/host';
import { IMPORTABLE_EXTENSIONS } from '../../../shared/importer/public';

/** The file input's types: the planner's documents and the exchange file. */
export const IMPORT_ACCEPT = [...IMPORTABLE_EXTENSIONS.map((e) => `.${e}`), '.json', 'text/plain'].join(',');

/**
 * Open the chooser of a hidden file input; false when the browser refuses it (showPicker throws without a click or
 * a key behind the call, e.g. a command of the desktop menu). An engine without showPicker gets click().
 */
export function openPicker(el: HTMLInputElement | null | undefined): boolean {
  if (!el) return false;
  el.value = ''; // the same file chosen again is a change again
  if (typeof el.showPicker !== 'function') {
    el.click();
    return true;
  }
  try {
    el.showPicker();
    return true;
  } catch {
    return false;
  }
}

/** The desktop's native open dialog (appDialogs.openImportFile): the chosen file as a File, null when cancelled. */
export async function nativeImportFile(open: () => Promise<Envelope<ImportFilePayload | null>>): Promise<{ file: File | null } | { error: string }> {
  const r = await open();
  if (!r.ok) return { error: r.error.message };
  if (!r.result) return { file: null };
  const bin = atob(r.result.dataBase64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return { file: new File([bytes], r.result.fileName) };
}
