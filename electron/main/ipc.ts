/**
 * IPC for the API: one ipcMain.handle per method of the contract, on channel `api:<method>`, and
 * nothing else. Each handler
 *   1. checks the sender frame (the main frame of our window, showing an app URL) — otherwise it
 *      answers { ok: false, error: { code: 'forbidden' } } without calling the core;
 *   2. returns core.call(method, input): the core validates the input with the contract's zod
 *      schema and never throws, so the renderer always receives an Envelope and error codes survive
 *      (an exception thrown across ipcMain.handle would reach the renderer as a bare message).
 */
import type { IpcMain, IpcMainInvokeEvent, WebFrameMain } from 'electron';
import { METHOD_NAMES, type Envelope } from '../../shared/api/contract.js';
import type { ErrorShape } from '../../shared/errors.js';

export const API_CHANNEL_PREFIX = 'api:';

export function apiChannel(method: string): string {
  return API_CHANNEL_PREFIX + method;
}

/** The part of the core the IPC layer needs (electron/core/core.ts Core satisfies it). */
export interface CoreLike {
  call(method: string, rawInput: unknown): Promise<Envelope<unknown>>;
}

export type TrustedSenderCheck = (frame: WebFrameMain | null | undefined, event: IpcMainInvokeEvent) => boolean;

export interface RegisterIpcOptions {
  isTrustedSender: TrustedSenderCheck;
  /** Unexpected failures (a throwing core or check) are reported here; default console.error. */
  logError?: (message: string, error: unknown) => void;
}

export const FORBIDDEN: ErrorShape = {
  code: 'forbidden',
  message: '拒绝访问:请求不是来自规划工作台的主窗口',
  details: { en: 'Refused: the request does not come from the main window of Plan Workbench.' },
};

const INTERNAL: ErrorShape = {
  code: 'internal',
  message: '程序内部错误,操作未完成。详情已记录在日志中。',
  details: { en: 'Internal error; the operation was not carried out. Details are in the log.' },
};

/** Run `check` on the event's sender frame; any exception counts as untrusted. */
export function senderIsTrusted(event: IpcMainInvokeEvent, check: TrustedSenderCheck): boolean {
  try {
    return check(event.senderFrame, event) === true;
  } catch {
    return false;
  }
}

/** Register one handler per API method; returns a function that removes them. */
export function registerIpc(ipcMain: IpcMain, core: CoreLike, opts: RegisterIpcOptions): () => void {
  const logError = opts.logError ?? ((message: string, error: unknown) => console.error(message, error));
  const channels: string[] = [];
  for (const method of METHOD_NAMES) {
    const channel = apiChannel(method);
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, input: unknown): Promise<Envelope<unknown>> => {
      if (!senderIsTrusted(event, opts.isTrustedSender)) {
        return { ok: false, error: FORBIDDEN };
      }
      try {
        return await core.call(method, input);
      } catch (e) {
        logError(`[ipc] ${method} threw instead of returning an Envelope:`, e);
        return { ok: false, error: INTERNAL };
      }
    });
    channels.push(channel);
  }
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}
