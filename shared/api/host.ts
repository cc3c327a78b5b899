/**
 * What the desktop host (Electron) offers the renderer besides `window.api`. Environment-free:
 * the preload imports the names from here, and so can the renderer.
 *
 *   window.appMenu.onCommand(cb)        native menu → renderer, one allow-listed channel, names below
 *   window.appDialogs.openImportFile()  native open dialog; main reads the chosen file and returns it
 *                                       as FileInput ({ fileName, dataBase64 }) for plan.importPreview,
 *                                       or null when the user cancelled. Always an Envelope.
 *   window.appDialogs.connectOffice(u)  文件 › 连接到单位资料库: main checks the address, reaches the server and
 *                                       opens its page in a window of its own (no preload). Always an Envelope.
 *
 * Both objects exist only in Electron. In browser mode the renderer uses its own file <input> and
 * keyboard shortcuts, so it must treat them as optional.
 */
import type { Envelope } from './contract';

/** Commands the native menu sends to the renderer. The preload drops any other name. */
export const MENU_COMMANDS = [
  'plan.new', // 文件 › 新建计划      Ctrl+N
  'plan.import', // 文件 › 导入…        Ctrl+O (the renderer calls appDialogs.openImportFile in Electron)
  'plan.exportDocx', // 文件 › 导出 › Word 公文 Ctrl+E
  'plan.exportJson', // 文件 › 导出 › 交换文件   Ctrl+Shift+E
  'edit.find', // 编辑 › 查找        Ctrl+F
  'view.library', // 视图 › 资料库      Ctrl+L
  'backup.open', // 文件 › 备份与恢复…
  'plan.preview', // 文件 › 预览与打印…  Ctrl+P
  'help.open', // 帮助 › 帮助与快捷键   F1
  'office.connect', // 文件 › 连接到单位资料库…(the renderer asks the address, then appDialogs.connectOffice)
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** IPC channels besides `api:<method>`. */
export const MENU_CHANNEL = 'menu:command';
export const OPEN_IMPORT_FILE_CHANNEL = 'dialog:openImportFile';
export const CONNECT_OFFICE_CHANNEL = 'dialog:connectOffice';

/** What connectOffice answers when the server's window is open: the address it shows (origin + '/'). */
export interface OfficeConnection {
  url: string;
}

/** What the chosen file travels as (the input of plan.importPreview). */
export interface ImportFilePayload {
  fileName: string;
  dataBase64: string;
}

export interface AppMenuBridge {
  /** Subscribe to menu commands; returns the unsubscribe function. */
  onCommand(cb: (command: MenuCommand) => void): () => void;
}

export interface AppDialogsBridge {
  /** null when the user cancelled. Errors ('too-large', 'read-failed', 'forbidden') arrive as { ok: false }. */
  openImportFile(): Promise<Envelope<ImportFilePayload | null>>;
  /**
   * Connect to the office server at `address` (http(s)://host[:port]). Errors ('invalid-input' (the address), 'offline' (unreachable),
   * 'bad-response' (not a Plan Workbench server), 'cancelled', 'forbidden') arrive as { ok: false } with one Chinese line as the message.
   * Optional: an older preload lacks it.
   */
  connectOffice?(address: string): Promise<Envelope<OfficeConnection>>;
}
