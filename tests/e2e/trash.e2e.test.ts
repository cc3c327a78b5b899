/** The 回收站 in Chromium (browser mode): a deleted plan comes back by the toast's 撤销, by Ctrl+Z and from the trash. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { e2eEnabled, startApp, type App } from './harness';

describe.runIf(e2eEnabled())('trash (e2e)', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
  }, 300_000);
  afterAll(async () => {
    await app?.close();
  });

  const TITLE = '杨浦区“智慧城市”建设三年行动计划(2015-2017)';

  it('删除 takes a plan out of the library at once; the toast’s 撤销 brings it back; so does Ctrl+Z; the trash restores it later', async () => {
    const { page } = app;
    await page.goto(app.url);
    const cards = page.getByTestId('plan-card');
    await cards.first().waitFor();
    expect(await cards.count()).toBe(5);
    const card = () => cards.filter({ hasText: TITLE });

    await card().getByTestId('delete').click();
    const toast = page.locator('.toast', { hasText: '移到回收站' });
    await toast.waitFor();
    expect(await toast.innerText()).toContain(`已将“${TITLE}”移到回收站`);
    await page.waitForFunction(() => document.querySelectorAll('[data-test=plan-card]').length === 4);
    await app.shot('trash-01-deleted-toast');
    await toast.getByTestId('toast-action').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-test=plan-card]').length === 5);
    expect(await card().count()).toBe(1);

    // Ctrl+Z in the library (not in the search box) undoes the last delete
    await card().getByTestId('delete').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-test=plan-card]').length === 4);
    await page.locator('.groups').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => document.querySelectorAll('[data-test=plan-card]').length === 5);

    // deleted and left: the trash lists it with its day of deletion for good, and restores it
    await card().getByTestId('delete').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-test=plan-card]').length === 4);
    await page.getByTestId('open-trash').click();
    const row = page.getByTestId('trash-row');
    await row.first().waitFor();
    expect(await row.count()).toBe(1);
    expect(await row.innerText()).toContain(TITLE);
    expect(await row.innerText()).toMatch(/\d{4}-\d{2}-\d{2} 永久删除/);
    await app.shot('trash-02-dialog');
    await row.getByTestId('trash-restore').click();
    await page.getByTestId('trash-empty').waitFor();
    await page.getByTestId('trash-close').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-test=plan-card]').length === 5);
    // and it is searched again
    await page.getByTestId('search').fill('光纤');
    await page.getByTestId('hit').first().waitFor();
    expect(await page.getByTestId('hit').filter({ hasText: TITLE }).count()).toBeGreaterThan(0);
  }, 120_000);
});
