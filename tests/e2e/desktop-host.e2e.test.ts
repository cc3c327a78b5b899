/**
 * The renderer's composition root picks the desktop host when the preload's objects are there (Electron cannot run
 * here, so Chromium gets stand-ins for what electron/preload/index.ts exposes: window.api with one function per
 * method — forwarding to the bridge, and recording the call — and window.appMenu with an onCommand subscription).
 * Then the API goes through window.api, the native menu's commands act (文件 › 导出 › 交换文件 opens the export dialog
 * on JSON, 帮助 › 帮助与快捷键 opens the help panel, 编辑 › 查找 opens the outline's find bar, 新建计划 opens its dialog and
 * 导入 the file chooser (one step: the import dialog opens with the chosen file), 视图 › 资料库 goes to the library), and the keys the menu owns (Ctrl+E, F1, Ctrl+F, Ctrl+N, Ctrl+O) are left
 * to it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../shared/api/methods';
import { e2eEnabled, startApp, type App } from './harness';

type Stand = { __ipcCalls: string[]; __menu(command: string): void };

describe.runIf(e2eEnabled())('desktop host in Chromium (e2e)', { timeout: 90_000 }, () => {
  let app: App;
  let planId = '';

  beforeAll(async () => {
    app = await startApp();
    const list = await app.core.call('library.list', {});
    if (!list.ok) throw new Error(list.error.message);
    planId = list.result[0].id;
    await app.page.addInitScript((methods: string[]) => {
      const w = window as unknown as Record<string, unknown> & Stand;
      w.__ipcCalls = [];
      const api: Record<string, (input?: unknown) => Promise<unknown>> = {};
      for (const m of methods) {
        api[m] = async (input?: unknown) => {
          w.__ipcCalls.push(m);
          const res = await fetch(`/api/${m}`, { method: 'POST', headers: { 'content-type': 'application/json' }, credentials: 'same-origin', body: JSON.stringify(input ?? {}) });
          return res.json();
        };
      }
      const listeners = new Set<(c: string) => void>();
      w.api = Object.freeze(api);
      w.appMenu = Object.freeze({ onCommand(cb: (c: string) => void) { listeners.add(cb); return () => listeners.delete(cb); } });
      w.__menu = (c: string) => listeners.forEach((f) => f(c));
    }, [...METHOD_NAMES]);
  }, 300_000);
  afterAll(async () => {
    await app?.close();
  });

  it('calls the core through window.api', async () => {
    const { page } = app;
    await page.goto(app.url);
    await page.getByTestId('plan-card').first().waitFor();
    const calls = await page.evaluate(() => (window as unknown as Stand).__ipcCalls);
    expect(calls).toContain('app.info');
    expect(calls).toContain('library.list');
  });

  it('menu commands act in the editor; Ctrl+E and F1 are left to the menu', async () => {
    const { page } = app;
    await page.goto(`${app.url}#/plan/${planId}`);
    await page.locator('[data-test=outline-row]').first().waitFor();
    await page.locator('[data-test=outline-row]').first().click();
    await page.keyboard.press('Control+e');
    await page.keyboard.press('F1');
    await page.waitForTimeout(300);
    expect(await page.getByTestId('export-dialog').count()).toBe(0);
    expect(await page.getByTestId('help-panel').count()).toBe(0);

    await page.evaluate(() => (window as unknown as Stand).__menu('plan.exportJson'));
    const dialog = page.getByTestId('export-dialog');
    await dialog.waitFor();
    expect(await dialog.getByTestId('format-json').locator('input').isChecked()).toBe(true);
    await dialog.getByTestId('export-cancel').click();
    await dialog.waitFor({ state: 'detached' });

    await page.evaluate(() => (window as unknown as Stand).__menu('help.open'));
    await page.getByTestId('help-panel').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('help-panel').waitFor({ state: 'detached' });
  });

  it('编辑 › 查找, 新建计划, 导入 and 视图 › 资料库 act; Ctrl+F, Ctrl+N and Ctrl+O are left to the menu', async () => {
    const { page } = app;
    const menu = (c: string) => page.evaluate((cmd) => (window as unknown as Stand).__menu(cmd), c);
    await page.goto(`${app.url}#/plan/${planId}`);
    await page.locator('[data-test=outline-row]').first().click();
    await page.keyboard.press('Control+f');
    await page.keyboard.press('Control+n');
    await page.keyboard.press('Control+o');
    await page.waitForTimeout(300);
    expect(await page.getByTestId('find').count()).toBe(0);
    expect(await page.getByTestId('new-plan-dialog').count()).toBe(0);
    expect(await page.getByTestId('import-dialog').count()).toBe(0);

    await menu('edit.find');
    await page.getByTestId('find-input').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-test'))).toBe('find-input');

    await menu('plan.new');
    await page.getByTestId('new-plan-dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('new-plan-dialog').waitFor({ state: 'detached' });

    // 导入 is one step: the menu's command opens the file chooser, the dialog opens with the chosen file
    const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 10_000 }), menu('plan.import')]);
    expect(await page.getByTestId('import-dialog').count()).toBe(0);
    await chooser.setFiles({ name: '计划.txt', mimeType: 'text/plain', buffer: Buffer.from('东湖区数字乡村建设三年行动计划（2027—2029年）\n一、重点任务\n（一）建设数字乡村平台\n', 'utf8') });
    await page.getByTestId('import-dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('import-dialog').waitFor({ state: 'detached' });

    await menu('view.library');
    await page.getByTestId('plan-card').first().waitFor();
    expect(new URL(page.url()).hash).toBe('#/');
  });
});
