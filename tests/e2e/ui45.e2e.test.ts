/**
 * h-ui45's fixes of h-ui44's walk, in Chromium:
 * - the library's search box shows its whole hint (搜索全部计划,如:养老、一网通办、家庭光纤、区科委 and its English) at
 *   900×700 and 1280×720, in zh and en: a spacer beside the box took half the free room and cut the hint at 900 px.
 * - the outline's footer (count, 收起, 展开, 全部确认) takes no more lines in English than in Chinese at 900×700: two (it took
 *   three in English: "Collapse all", "Expand all", "Confirm all not reviewed (87)" in a 220 px column).
 * Screenshots: test-results/ui45-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { e2eEnabled, jinganDraft, type App, startApp } from './harness';

describe.runIf(e2eEnabled())('h-ui45: the interface\'s leftovers (e2e)', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp({ viewport: { width: 900, height: 700 } });
  }, 300_000);
  afterAll(async () => {
    await app?.close();
  });

  /** The library in a language, at a size. */
  const library = async (locale: string, width: number, height: number) => {
    const { page } = app;
    await page.setViewportSize({ width, height });
    await page.goto(app.url);
    await page.evaluate((l) => localStorage.setItem('locale', l), locale);
    await page.reload();
    await page.getByTestId('plan-card').first().waitFor();
  };

  it('the search box\'s hint is whole at 900×700 and 1280×720, in zh and en', async () => {
    const { page } = app;
    for (const [width, height] of [[900, 700], [1280, 720]]) {
      for (const locale of ['zh-CN', 'en']) {
        await library(locale, width, height);
        // the hint's width in the box's font against the room inside the box (its padding off)
        const fit = await page.getByTestId('search').evaluate((el: HTMLInputElement) => {
          const cs = getComputedStyle(el);
          const ctx = document.createElement('canvas').getContext('2d')!;
          ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
          const room = el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
          return { hint: el.placeholder, text: Math.ceil(ctx.measureText(el.placeholder).width), room };
        });
        expect(fit.hint.length, `${locale} ${width}`).toBeGreaterThan(10);
        expect(fit.text, `${locale} ${width}×${height}: "${fit.hint}" needs ${fit.text} px, the box has ${fit.room}`).toBeLessThanOrEqual(fit.room);
        // 导入审阅包… stays on the bar, on the search box's line
        const [box, pkg] = await Promise.all([page.getByTestId('search').boundingBox(), page.getByTestId('library-package-import').boundingBox()]);
        expect(pkg && box && Math.abs(pkg.y + pkg.height / 2 - (box.y + box.height / 2))).toBeLessThan(4);
        expect(pkg!.x + pkg!.width).toBeLessThanOrEqual(width);
        await app.shot(`ui45-library-${width}-${locale}`);
      }
    }
  }, 120_000);

  it('the outline\'s footer is two lines at 900×700 in zh and in en', async () => {
    const { page } = app;
    const id = await jinganDraft(app);
    await page.setViewportSize({ width: 900, height: 700 });
    for (const locale of ['zh-CN', 'en']) {
      await page.goto(app.url);
      await page.evaluate((l) => localStorage.setItem('locale', l), locale);
      await page.goto(`${app.url}#/plan/${id}`);
      await page.reload();
      await page.getByTestId('confirm-all').waitFor();
      // the footer's items: how many lines they take (their vertical middles, rounded)
      const lines = await page.getByTestId('collapse-all').evaluate((el) => {
        const foot = el.closest('footer')!;
        const mids = Array.from(foot.children).map((c) => c.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0).map((r) => r.top + r.height / 2).sort((a, b) => a - b);
        return mids.filter((m, i) => i === 0 || m - mids[i - 1] > 6).length;
      });
      expect(lines, locale).toBeLessThanOrEqual(2);
      await app.shot(`ui45-outline-foot-${locale}`);
    }
  }, 120_000);
});
