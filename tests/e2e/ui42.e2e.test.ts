/**
 * What a planner met in session 40's leftovers (h-ui42), in Chromium:
 * - the plan's period in a wrapped title stays on one line: "（2026— / 2028年）" never (titles of many lengths, at
 *   1280×720 and 1920×1080, in review mode and in edit mode);
 * - a plan under review in edit mode at 1280×720 keeps the toolbar on one line: its less used buttons go into 更多,
 *   each reachable there by mouse and keyboard; at 1920×1080 they stay on the bar.
 * Screenshots: test-results/ui42-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, e2eEnabled, jinganDraft, type App, startApp } from './harness';

describe.runIf(e2eEnabled())('h-ui42: the title\'s period, one toolbar line under review (e2e)', () => {
  let app: App;
  let id = '';
  const PERIOD = '（2026—2028年）';

  beforeAll(async () => {
    app = await startApp({ viewport: { width: 1280, height: 720 } });
    await call(app, 'prefs.set', { identity: { name: '王规划', department: '东湖区发展改革委' } });
    id = await jinganDraft(app);
    await call(app, 'review.submit', { planId: id });
  }, 300_000);
  afterAll(async () => {
    await app?.close();
  });

  const setTitle = async (title: string) => {
    const p = await call(app, 'plan.get', { id });
    await call(app, 'plan.save', { id, baseRevision: p.revision, doc: { format: p.format, meta: { ...p.meta, title }, nodes: p.nodes } } as never);
  };
  const open = async () => {
    await app.page.goto('about:blank');
    await app.page.goto(`${app.url}#/plan/${id}`);
    await app.page.getByTestId('outline-row').first().waitFor();
    await app.page.waitForTimeout(400);
  };
  /** How many line boxes the period's characters take in the toolbar's title (a Range over its text, whatever the markup). */
  const periodLines = () => app.page.getByTestId('editor-title').evaluate((el, period) => {
    const text = el.textContent ?? '';
    const at = text.lastIndexOf(period);
    if (at < 0) return -1;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let seen = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const len = n.textContent!.length;
      if (seen <= at && at < seen + len) range.setStart(n, at - seen);
      if (seen < at + period.length && at + period.length <= seen + len) range.setEnd(n, at + period.length - seen);
      seen += len;
    }
    return new Set(Array.from(range.getClientRects()).filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
  }, PERIOD);

  it('the period of a wrapped title is on one line, at 1280×720 and 1920×1080, in review mode and edit mode', async () => {
    const { page } = app;
    const heads = ['临江市东湖区推进数字政府与智慧城区建设三年行动计划', '临江市东湖区关于加快推进数字政府、智慧社区与城市运行管理服务平台一体化建设的三年行动计划'];
    let wrapped = 0;
    for (const head of heads) {
      for (let cut = 0; cut <= 8; cut++) {
        await setTitle(head.slice(cut) + PERIOD);
        await open();
        for (const [width, height] of [[1280, 720], [1920, 1080]]) {
          await page.setViewportSize({ width, height });
          for (const mode of ['review', 'edit']) {
            const inReview = (await page.getByTestId('review-mode').getAttribute('aria-pressed')) === 'true';
            // Ctrl+F9: the button may be in 更多
            if ((mode === 'review') !== inReview) await page.keyboard.press('Control+F9');
            await expect.poll(() => page.getByTestId('review-mode').getAttribute('aria-pressed')).toBe(String(mode === 'review'));
            await page.waitForTimeout(150);
            const lines = await periodLines();
            expect(lines, `${head.slice(cut)} ${width}×${height} ${mode}`).toBe(1);
            if ((await page.getByTestId('editor-title').evaluate((el) => el.getClientRects()[0].height)) > 30) wrapped++;
          }
        }
        await page.setViewportSize({ width: 1280, height: 720 });
      }
    }
    // (the check is about wrapped titles: most of these are)
    expect(wrapped).toBeGreaterThan(10);
    await setTitle(heads[0] + PERIOD);
    await open();
    await page.mouse.move(0, 0);
    await app.shot('ui42-01-title-1280x720');
  }, 300_000);

  /** The toolbar's visible items: the number of rows they sit on. */
  const barRows = () => app.page.evaluate(() => {
    const bar = document.querySelector('.editor .bar') as HTMLElement;
    const items = Array.from(bar.querySelectorAll<HTMLElement>(':scope > *, :scope > .more-items > *, :scope > .more-items > .roundbar'))
      .filter((el) => el.offsetParent !== null && getComputedStyle(el).display !== 'contents' && !el.closest('.more-items.open'));
    const tops = items.map((el) => el.getBoundingClientRect()).filter((r) => r.width > 0).map((r) => r.top + r.height / 2);
    return { rows: Math.max(...tops) - Math.min(...tops) < 12 ? 1 : 2, height: bar.getBoundingClientRect().height };
  });

  it('1280×720, under review, edit mode: one toolbar line, the less used buttons in 更多 (mouse and keyboard); 1920×1080: all on the bar', async () => {
    const { page } = app;
    await setTitle('临江市东湖区推进数字政府与智慧城区建设三年行动计划' + PERIOD);
    await page.setViewportSize({ width: 1280, height: 720 });
    await open();
    if ((await page.getByTestId('review-mode').getAttribute('aria-pressed')) === 'true') await page.getByTestId('review-mode-exit').click();
    await page.getByTestId('undo').waitFor();
    await page.waitForTimeout(300);
    expect(await barRows()).toMatchObject({ rows: 1 });
    const more = page.getByTestId('toolbar-more');
    expect(await more.isVisible()).toBe(true);
    // the round's chip and 结束审阅 stay on the bar (h-ui43: a reviewer's main action; ui42 had them in 更多)
    expect(await page.getByTestId('round-close').isVisible()).toBe(true);
    expect(await page.getByTestId('round-chip').isVisible()).toBe(true);
    for (const theme of ['light', 'dark']) {
      await page.evaluate((th) => { document.documentElement.dataset.theme = th; }, theme);
      await page.mouse.move(0, 0);
      await app.shot(`ui42-02-edit-under-review-1280x720-${theme}`);
    }
    // the keyboard: Enter on 更多, Tab through its buttons
    await more.focus();
    await page.keyboard.press('Enter');
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    const reached: string[] = [];
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('Tab');
      const at = await page.evaluate(() => ({ test: document.activeElement?.getAttribute('data-test') ?? '', inside: !!document.activeElement?.closest('[data-test=toolbar-more-items]') }));
      if (!at.inside) break;
      reached.push(at.test);
    }
    for (const want of ['round-changes', 'review-menu', 'open-preview', 'open-export', 'toggle-history']) expect(reached, want).toContain(want);
    // what a planner under review uses most stays on the bar
    for (const onBar of ['review-mode', 'toggle-review', 'undo', 'toggle-lint']) expect(await page.getByTestId(onBar).isVisible(), onBar).toBe(true);
    await more.focus();
    if ((await more.getAttribute('aria-expanded')) !== 'true') await page.keyboard.press('Enter');
    await page.mouse.move(0, 0);
    await app.shot('ui42-03-more-open-1280x720-dark');
    await page.evaluate(() => { document.documentElement.dataset.theme = 'light'; });
    // each inside the window; the mouse: a click on 历史 acts and closes the menu
    const boxes = await page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('[data-test=toolbar-more-items] button')).filter((b) => b.offsetParent !== null).map((b) => { const r = b.getBoundingClientRect(); return { t: (b as HTMLElement).innerText.trim(), ok: r.left >= 0 && r.right <= innerWidth && r.bottom <= innerHeight && r.width > 0 }; }));
    expect(boxes.filter((b) => !b.ok)).toEqual([]);
    await page.getByTestId('toggle-history').click();
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    await page.getByTestId('history-panel').waitFor();
    await page.keyboard.press('Escape');
    // a wide window: no 更多, every button on the one line
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.waitForTimeout(300);
    expect(await more.isVisible()).toBe(false);
    expect(await page.getByTestId('round-close').isVisible()).toBe(true);
    expect(await barRows()).toMatchObject({ rows: 1 });
    await page.mouse.move(0, 0);
    await app.shot('ui42-04-edit-under-review-1920x1080');
    await page.setViewportSize({ width: 1280, height: 720 });
  }, 180_000);
});
