/**
 * Every dialog a toolbar button opens closes on Esc and gives the focus back to that button (a keyboard user goes on
 * from where they were). Before, the print preview and the command palette left the focus on the page's body: the
 * next Tab started again at the top of the window.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { e2eEnabled, startApp, type App } from './harness';

describe.runIf(e2eEnabled())('dialogs and Esc (e2e)', () => {
  let app: App;
  let planId = '';
  let otherId = '';
  beforeAll(async () => {
    app = await startApp();
    const plans = await app.core.call('library.list', {});
    if (!plans.ok) throw new Error('list');
    planId = plans.result.find((p) => p.title.startsWith('杨浦区'))!.id;
    otherId = plans.result.find((p) => p.title.startsWith('上海市奉贤区'))!.id;
  }, 300_000);
  afterAll(async () => {
    await app?.close();
  });

  const dialogs = () => app.page.locator('[role=dialog], [data-test=palette]').count();
  const active = () => app.page.evaluate(() => document.activeElement?.getAttribute('data-test') ?? document.activeElement?.tagName);

  async function escBack(button: string) {
    const { page } = app;
    await page.getByTestId(button).focus();
    await page.keyboard.press('Enter');
    await expect.poll(dialogs, { message: `${button} opens a dialog` }).toBeGreaterThan(0);
    // the focus went into it, so its own keys (Esc) reach it
    expect(await page.evaluate(() => !!document.activeElement?.closest('[role=dialog], [data-test=palette]')), `${button}: focus inside`).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(dialogs, { message: `${button} closes on Esc` }).toBe(0);
    expect(await active(), `${button}: the focus is back on its button`).toBe(button);
  }

  it('the editor\'s 命令, 预览 and 导出', async () => {
    await app.page.goto(`${app.url}#/plan/${planId}`);
    await app.page.locator('[data-test=outline-row]').first().waitFor();
    for (const b of ['open-palette', 'open-preview', 'open-export']) await escBack(b);
  }, 120_000);

  it('a plan\'s dialogs close when another plan opens in the same view (the browser\'s back, a link), as the app-wide ones do', async () => {
    const { page } = app;
    for (const button of ['open-export', 'open-palette']) {
      await page.goto(`${app.url}#/plan/${planId}`);
      await page.locator('[data-test=outline-row]').first().waitFor();
      await page.getByTestId(button).click();
      await expect.poll(dialogs).toBeGreaterThan(0);
      await page.goto(`${app.url}#/plan/${otherId}`);
      await page.getByRole('heading', { name: /奉贤区/ }).first().waitFor();
      await expect.poll(dialogs, { message: `${button}: closed on the other plan` }).toBe(0);
    }
  }, 120_000);

  it('the top bar\'s 新建计划, 导入文件…, 备份与恢复, 审阅人 and 帮助', async () => {
    await app.page.goto(app.url);
    await app.page.getByTestId('plan-card').first().waitFor();
    for (const b of ['new-plan', 'open-backups', 'identity', 'open-help']) await escBack(b);
    // 导入文件… opens no dialog of its own but the file chooser (import in one step); cancelled, the focus stays on it
    const { page } = app;
    await Promise.all([page.waitForEvent('filechooser', { timeout: 10_000 }), page.getByTestId('import').press('Enter')]);
    expect(await dialogs()).toBe(0);
    expect(await active()).toBe('import');
  }, 120_000);
});
