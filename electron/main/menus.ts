/**
 * The native menu bar, in Chinese. Items that act on the page send one of MENU_COMMANDS
 * (shared/api/host.ts) to the renderer over the single MENU_CHANNEL; the preload forwards only those
 * names. Standard editing uses Electron roles; 关于, 打开资料库文件夹 and the office server's items
 * (连接到单位资料库…, 重新连接, 断开) are handled in main (app.ts).
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/api/host.js';

export interface MenuOptions {
  /** process.platform === 'darwin': adds the application menu, uses Cmd for CmdOrCtrl. */
  isMac: boolean;
  /** Development build: adds reload and developer tools. */
  dev: boolean;
  appName: string;
  /** Send a command to the focused app window. */
  send: (command: MenuCommand) => void;
  showAbout: () => void;
  openDataFolder: () => void;
  /** 文件 › 重新连接上次的单位资料库: the address remembered in settings.json, or the dialog when none. */
  reconnectOffice: () => void;
  /** 文件 › 断开单位资料库: close the server's window, show the app's own again. */
  disconnectOffice: () => void;
  /**
   * The office server's window is in front (app.ts): the items that act on the app's page (新建, 导入, 导出, 查找 …)
   * are left out, so their accelerators reach the server's page, which handles them itself as in a browser, instead
   * of the hidden app window.
   */
  office?: boolean;
}

export function buildMenuTemplate(opts: MenuOptions): MenuItemConstructorOptions[] {
  const command = (label: string, cmd: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => opts.send(cmd),
  });
  /** Items for the app's own page: none while the office server's window is in front. */
  const page = (...items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] => (opts.office ? [] : items);

  const file: MenuItemConstructorOptions = {
    label: '文件',
    submenu: [
      ...page(
        command('新建计划…', 'plan.new', 'CmdOrCtrl+N'),
        command('导入…', 'plan.import', 'CmdOrCtrl+O'),
        {
          label: '导出',
          submenu: [
            command('Word 公文(.docx)…', 'plan.exportDocx', 'CmdOrCtrl+E'),
            command('交换文件(.json)…', 'plan.exportJson', 'CmdOrCtrl+Shift+E'),
          ],
        },
        { type: 'separator' },
        command('预览与打印…', 'plan.preview', 'CmdOrCtrl+P'),
        command('备份与恢复…', 'backup.open'),
        { type: 'separator' },
      ),
      command('连接到单位资料库…', 'office.connect'), // the app's window asks the address (app.ts shows it first)
      { label: '重新连接上次的单位资料库', click: () => opts.reconnectOffice() },
      { label: '断开单位资料库', click: () => opts.disconnectOffice() },
      ...(opts.isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const, label: '退出', accelerator: 'Ctrl+Q' }]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: '编辑',
    submenu: [
      { role: 'undo', label: '撤销', accelerator: 'CmdOrCtrl+Z' },
      { role: 'redo', label: '重做', accelerator: opts.isMac ? 'Cmd+Shift+Z' : 'Ctrl+Y' },
      { type: 'separator' },
      { role: 'cut', label: '剪切', accelerator: 'CmdOrCtrl+X' },
      { role: 'copy', label: '复制', accelerator: 'CmdOrCtrl+C' },
      { role: 'paste', label: '粘贴', accelerator: 'CmdOrCtrl+V' },
      { role: 'selectAll', label: '全选', accelerator: 'CmdOrCtrl+A' },
      ...page({ type: 'separator' }, command('查找…', 'edit.find', 'CmdOrCtrl+F')),
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: '视图',
    submenu: [
      ...page(command('资料库', 'view.library', 'CmdOrCtrl+L'), { type: 'separator' }),
      { role: 'resetZoom', label: '实际大小' },
      { role: 'zoomIn', label: '放大' },
      { role: 'zoomOut', label: '缩小' },
      { type: 'separator' },
      { role: 'togglefullscreen', label: '全屏' },
      ...(opts.dev
        ? [
            { type: 'separator' as const },
            { role: 'reload' as const, label: '重新加载' },
            { role: 'toggleDevTools' as const, label: '开发者工具' },
          ]
        : []),
    ],
  };

  const help: MenuItemConstructorOptions = {
    label: '帮助',
    submenu: [
      ...page(command('帮助与快捷键', 'help.open', 'F1'), { type: 'separator' }),
      { label: '打开资料库文件夹', click: () => opts.openDataFolder() },
      { type: 'separator' },
      { label: `关于${opts.appName}`, click: () => opts.showAbout() },
    ],
  };

  const appMenu: MenuItemConstructorOptions[] = opts.isMac
    ? [
        {
          label: opts.appName,
          submenu: [
            { label: `关于${opts.appName}`, click: () => opts.showAbout() },
            { type: 'separator' },
            { role: 'hide', label: `隐藏${opts.appName}` },
            { role: 'hideOthers', label: '隐藏其他' },
            { role: 'unhide', label: '全部显示' },
            { type: 'separator' },
            { role: 'quit', label: `退出${opts.appName}` },
          ],
        },
      ]
    : [];

  return [...appMenu, file, edit, view, help];
}
