/**
 * Native file dialogs the renderer cannot replace. Only one is needed: 文件 › 导入 (Ctrl+O) comes
 * from the native menu, and a file <input> cannot be opened from there (Chromium wants a user
 * gesture inside the page). So main shows the open dialog, reads the chosen file (size-checked
 * before reading) and hands { fileName, dataBase64 } — the input of plan.importPreview — to the
 * renderer, which previews it through the ordinary API. Export needs no dialog here: a download
 * from the page gets Electron's own save dialog.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserWindow, Dialog, IpcMain, IpcMainInvokeEvent } from 'electron';
import { CONNECT_OFFICE_CHANNEL, OPEN_IMPORT_FILE_CHANNEL, type ImportFilePayload, type OfficeConnection } from '../../shared/api/host.js';
import type { Envelope } from '../../shared/api/contract.js';
import { LIMITS, tooLargeReason } from '../../shared/errors.js';
import { IMPORTABLE_EXTENSIONS } from '../../shared/importer/public.js';
import { FORBIDDEN, senderIsTrusted, type TrustedSenderCheck } from './ipc.js';

export const IMPORT_FILTERS = [
  {
    name: '规划文件 Plan documents (.docx, .doc, .wps, .pdf, .xlsx, .txt, .md, .html)',
    extensions: [...IMPORTABLE_EXTENSIONS],
  },
  { name: '所有文件 All files', extensions: ['*'] },
];

/** Read a chosen file as an import payload; refuses files over LIMITS.maxImportBytes before reading. */
export async function readImportFile(file: string, maxBytes: number = LIMITS.maxImportBytes): Promise<Envelope<ImportFilePayload>> {
  const fileName = path.basename(file);
  try {
    const stat = await fs.promises.stat(file);
    if (!stat.isFile()) {
      return { ok: false, error: { code: 'read-failed', message: `无法读取 ${fileName}:不是文件`, details: { fileName, en: 'Not a file.' } } };
    }
    if (stat.size > maxBytes) {
      // (details.en: an English window shows the figures and the advice, as the core's refusal does)
      const reason = tooLargeReason(stat.size, maxBytes);
      return {
        ok: false,
        error: {
          code: 'too-large',
          message: `无法导入 ${fileName}:${reason.zh}`,
          details: { fileName, bytes: stat.size, limit: maxBytes, en: reason.en },
        },
      };
    }
    const data = await fs.promises.readFile(file);
    return { ok: true, result: { fileName, dataBase64: data.toString('base64') } };
  } catch (e) {
    return {
      ok: false,
      error: { code: 'read-failed', message: `无法读取 ${fileName}`, details: { fileName, cause: String((e as Error)?.message ?? e) } },
    };
  }
}

export interface DialogIpcOptions {
  dialog: Pick<Dialog, 'showOpenDialog'>;
  getWindow: () => BrowserWindow | null;
  isTrustedSender: TrustedSenderCheck;
  /** 文件 › 连接到单位资料库 (app.ts connectOffice); without it the channel answers 'unavailable'. */
  connectOffice?: (address: string) => Promise<Envelope<OfficeConnection>>;
}

/** Register the dialog channel(s); returns a function that removes them. */
export function registerDialogIpc(ipcMain: IpcMain, opts: DialogIpcOptions): () => void {
  ipcMain.handle(OPEN_IMPORT_FILE_CHANNEL, async (event: IpcMainInvokeEvent): Promise<Envelope<ImportFilePayload | null>> => {
    if (!senderIsTrusted(event, opts.isTrustedSender)) return { ok: false, error: FORBIDDEN };
    const options = { title: '导入规划文件', properties: ['openFile' as const], filters: IMPORT_FILTERS };
    const win = opts.getWindow();
    const choice = win ? await opts.dialog.showOpenDialog(win, options) : await opts.dialog.showOpenDialog(options);
    if (choice.canceled || choice.filePaths.length === 0) return { ok: true, result: null };
    return readImportFile(choice.filePaths[0]);
  });
  // The address the renderer's dialog sends: a string of bounded length, checked again in main (office.ts).
  ipcMain.handle(CONNECT_OFFICE_CHANNEL, async (event: IpcMainInvokeEvent, address: unknown): Promise<Envelope<OfficeConnection>> => {
    if (!senderIsTrusted(event, opts.isTrustedSender)) return { ok: false, error: FORBIDDEN };
    if (typeof address !== 'string' || address.length > 2048) {
      return { ok: false, error: { code: 'invalid-input', message: '地址格式不正确,例如 http://192.168.1.20:8080' } };
    }
    if (!opts.connectOffice) return { ok: false, error: { code: 'unavailable', message: '此版本不能连接单位资料库' } };
    try {
      return await opts.connectOffice(address);
    } catch (e) {
      console.error('[main] connecting to the office server failed:', e);
      return { ok: false, error: { code: 'internal', message: '连接单位资料库时出错,详情已记录在日志中' } };
    }
  });
  return () => {
    ipcMain.removeHandler(OPEN_IMPORT_FILE_CHANNEL);
    ipcMain.removeHandler(CONNECT_OFFICE_CHANNEL);
  };
}
