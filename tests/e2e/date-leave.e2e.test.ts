/**
 * A 成文日期 typed in 计划信息 and not yet taken (no Enter, the field not left), then a way out of the plan, in Chromium
 * (review of session 35; renderer/src/components/typedFields.ts): the palette's 对比 (Ctrl+K), a link to another
 * plan or Alt+← (the route changes while the field keeps the focus), the tab closed. The date reaches the library.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, e2eEnabled, jinganDraft, planIdByTitle, startApp, YANGPU_2015, type App } from './harness';

describe.runIf(e2eEnabled())('a typed 成文日期 on the way out of the plan (e2e)', () => {
  let app: App;
  let planId = '';
  let otherId = '';

  const issuedOn = async () => (await call(app, 'plan.get', { id: planId })).meta.issuedOn;
  /** The plan opened afresh on 计划信息 (成文日期 2014-03-05), the date typed into 成文日期 with the keyboard. */
  async function typeDate(text: string) {
    const { page } = app;
    const { revision, id: _id, ...doc } = await call(app, 'plan.get', { id: planId });
    doc.meta.issuedOn = '2014-03-05';
    await call(app, 'plan.save', { id: planId, doc, baseRevision: revision });
    await page.goto(`${app.url}#/plan/${planId}`);
    await page.reload();
    await page.getByTestId('open-meta').click();
    const field = page.locator('[data-field=issuedOn]');
    await expect.poll(() => field.inputValue()).toBe('2014年3月5日');
    await field.click();
    await field.press('Control+a');
    await page.keyboard.type(text);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-field'))).toBe('issuedOn');
    expect(await issuedOn()).toBe('2014-03-05');
  }

  beforeAll(async () => {
    app = await startApp();
    planId = await jinganDraft(app);
    otherId = await planIdByTitle(app, YANGPU_2015);
  }, 300_000);
  afterAll(async () => {
    await app?.close();
  });

  it('Ctrl+K 对比: the date is saved before the compare view shows', async () => {
    const { page } = app;
    await typeDate('2025年6月底');
    await page.keyboard.press('Control+k');
    await page.getByTestId('palette-input').waitFor();
    await page.keyboard.type('对比');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/compare/);
    await expect.poll(issuedOn, { timeout: 10_000 }).toBe('2025-06-30');
  });

  it('a link to another plan, then Alt+← back (the field never loses the focus): saved each time', async () => {
    const { page } = app;
    await typeDate('二〇二五年六月三十日');
    await page.evaluate((id) => { location.hash = `#/plan/${id}`; }, otherId);
    await expect.poll(() => page.locator('[data-test=open-meta]').getAttribute('title'), { timeout: 10_000 }).toContain('杨浦');
    await expect.poll(issuedOn, { timeout: 10_000 }).toBe('2025-06-30');
    await typeDate('2025年7月1日');
    // (history back: what Alt+← does in a browser)
    await page.goBack();
    await page.waitForURL((u) => !u.hash.includes(planId));
    await expect.poll(issuedOn, { timeout: 10_000 }).toBe('2025-07-01');
  });

  // (review of session 36: the window hidden took "2026年3月1" as 1 March and wrote it back under the cursor)
  it('the window hidden while the date is half typed: nothing is taken or rewritten; typed on, the whole date is saved', async () => {
    const { page } = app;
    await typeDate('2026年3月1');
    const field = page.locator('[data-field=issuedOn]');
    // (the window hidden and shown again, as switching to another window to look the date up does; a headless page
    // has no window to hide, so the document says hidden and the event is sent as Chromium sends it)
    const visibility = (state: 'hidden' | 'visible') => page.evaluate((s) => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => s });
      document.dispatchEvent(new Event('visibilitychange'));
    }, state);
    await visibility('hidden');
    await page.getByTestId('save-state').filter({ hasText: '已保存' }).waitFor({ timeout: 15_000 });
    expect(await field.inputValue()).toBe('2026年3月1');
    expect(await issuedOn()).toBe('2014-03-05');
    await visibility('visible');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-field'))).toBe('issuedOn');
    await page.keyboard.type('5日');
    await page.keyboard.press('Tab');
    await expect.poll(() => field.inputValue()).toBe('2026年3月15日');
    await page.keyboard.press('Control+s');
    await expect.poll(issuedOn, { timeout: 10_000 }).toBe('2026-03-15');
  });

  it('the tab closed: the date is taken, and the page asks before it goes (a browser may cancel a save during unload)', async () => {
    const { page } = app;
    await typeDate('2025年8月底');
    const asked = new Promise<string>((resolve) => page.once('dialog', (d) => { resolve(d.type()); void d.dismiss(); }));
    await page.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
    await expect.poll(issuedOn, { timeout: 10_000 }).toBe('2025-08-31');
  });
});
