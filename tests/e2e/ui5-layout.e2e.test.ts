/**
 * What walk 13 saw clipped at 1280×800 in Chinese, measured in Chromium (the renderer tests have no layout):
 *   - the outline's ⌕ (查找) alone on a second line of its toolbar, where it read like a full stop;
 *   - 排序's closed select cutting 按区和时期分组(搜索:相关度);
 *   - 成文日期 the browser's date input (mm/dd/yyyy in an English Chromium): a text box typed in Chinese;
 * and at 1920×1080 the compare view's plan menus cut a plan's name though the bar had room for it.
 * Screenshots test-results/ui5-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { e2eEnabled, jinganDraft, JINGAN_2014, planIdByTitle, startApp, type App } from './harness';

/** Whether a select shows its chosen option whole: the text's width against the box's, less its padding and arrow. */
function selectFits(sel: string): { text: number; room: number } {
  const s = document.querySelector(sel) as HTMLSelectElement;
  const cs = getComputedStyle(s);
  const ctx = document.createElement('canvas').getContext('2d')!;
  ctx.font = cs.font;
  const text = ctx.measureText(s.selectedOptions[0].text).width;
  const room = s.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - 20;
  return { text: Math.round(text), room: Math.round(room) };
}

describe.runIf(e2eEnabled())('walk 13 layout leftovers (e2e)', () => {
  let app: App;
  let draft = '';
  let template = '';
  beforeAll(async () => {
    app = await startApp({ viewport: { width: 1280, height: 800 } });
    draft = await jinganDraft(app);
    template = await planIdByTitle(app, JINGAN_2014);
  }, 300_000);
  afterAll(async () => {
    await app?.close();
  });

  it('1280×800: ⌕ on the line of the outline\'s buttons; 排序 shows its name whole; 成文日期 typed as 2027年6月底', async () => {
    const { page } = app;
    await page.goto(`${app.url}#/`);
    await page.getByTestId('sort').waitFor();
    const sort = await page.evaluate(selectFits, '[data-test=sort]');
    expect(sort.text).toBeLessThanOrEqual(sort.room);
    await page.goto(`${app.url}#/plan/${draft}`);
    await page.getByTestId('open-find').waitFor();
    const tops = await page.evaluate(() => ['add-sibling', 'delete', 'open-find'].map((k) => Math.round(document.querySelector(`[data-test=${k}]`)!.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    await page.getByTestId('open-meta').click();
    const date = page.locator('[data-field=issuedOn]');
    expect(await date.getAttribute('type')).toBe('text');
    await date.fill('2027年6月底');
    await date.press('Enter');
    expect(await date.inputValue()).toBe('2027年6月30日');
    await app.shot('ui5-1280-meta');
    await expect.poll(async () => (await app.core.call('plan.get', { id: draft }) as { ok: true; result: { meta: { issuedOn: string | null } } }).result.meta.issuedOn, { timeout: 10_000 }).toBe('2027-06-30');
  });

  it('1920×1080: the compare view\'s plan menus show both plans\' names whole', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`${app.url}#/compare?left=${draft}&right=${template}`);
    await page.getByTestId('compare-row').first().waitFor();
    for (const side of ['left-plan', 'right-plan']) {
      await expect.poll(() => page.evaluate((sel) => (document.querySelector(sel) as HTMLSelectElement).selectedIndex, `[data-test=${side}]`), { timeout: 10_000 }).toBeGreaterThan(0);
      const fit = await page.evaluate(selectFits, `[data-test=${side}]`);
      expect(fit.text, side).toBeLessThanOrEqual(fit.room);
    }
    await app.shot('ui5-1920-compare');
  });
});
