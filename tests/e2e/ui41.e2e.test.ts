/**
 * What a new reviewer and planner stumbled on (h-ui41's walk), in Chromium at 1280×800:
 * - a plan under review opens in review mode; the toggle says its state (审阅模式：开 / 关), the banner says the round
 *   (正在审阅第 1 轮) and 退出审阅模式,回到编辑 leaves it — a press of the lit toggle was taken for "enter";
 * - 未复核 is the planner's work: in review mode no row carries it, the outline's foot counts N 个节点待起草人复核 and
 *   the node says 待起草人复核; in edit mode the rows and the node's 确认无误 banner are back;
 * - the plan's title in the editor's toolbar and the compare page's left plan are whole at 1280×800 and 1280×720;
 * - a suggestion on an indicator accepted: figures in the words → the indicator's value, unit and year follow them;
 *   no figure → they stay, and the planner is told so with them (a warning that stays);
 * - the import report's 成文日期, read from the document, in the other values' size and colour (it was a hint's grey);
 * - a toast lets a click through to what is under it (only its buttons take one); the newest three are shown, the
 *   others counted, 全部关闭 closes them all.
 * Screenshots: test-results/ui41-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredPlan } from '../../shared/api/contract';
import { itemTexts } from '../../shared/review/fields';
import { call, e2eEnabled, jinganDraft, planIdByTitle, planNodes, startApp, JINGAN_2014, YANGPU_2015, type App } from './harness';

describe.runIf(e2eEnabled())('h-ui41: review mode, 未复核, titles, indicator suggestions, toasts (e2e)', () => {
  let app: App;
  let draftId = '';
  let unreviewed = 0;
  let yangpuId = '';

  beforeAll(async () => {
    app = await startApp({ viewport: { width: 1280, height: 800 } });
    await call(app, 'prefs.set', { identity: { name: '李审阅', department: '云溪区发展改革委' } });
    draftId = await jinganDraft(app);
    unreviewed = planNodes(await call(app, 'plan.get', { id: draftId })).filter((n) => n.unreviewed).length;
    await call(app, 'review.submit', { planId: draftId });
    yangpuId = (await call(app, 'plan.duplicate', { id: await planIdByTitle(app, YANGPU_2015), title: '杨浦区“智慧城市”建设三年行动计划(指标审阅)' })).id;
    await call(app, 'plan.setStatus', { id: yangpuId, status: 'review' });
  }, 300_000);
  afterAll(async () => {
    await app?.close();
  });

  const open = async (id: string, node?: string) => {
    await app.page.goto('about:blank');
    await app.page.goto(`${app.url}#/plan/${id}${node ? `?node=${node}` : ''}`);
    await app.page.getByTestId('outline-row').first().waitFor();
  };

  it('a plan under review: 审阅模式：开, the banner names round 1, 退出审阅模式 leaves it and the toggle says 关', async () => {
    const { page } = app;
    await open(draftId);
    const toggle = page.getByTestId('review-mode');
    await expect.poll(() => toggle.innerText()).toBe('审阅模式：开');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await toggle.getAttribute('title')).toMatch(/^审阅模式已开.*按此退出审阅模式/);
    // lit, it is pale amber in the light theme and dark amber in the dark one (rev40b F7: the dark colours were made
    // unscoped, so the light theme's lit toggle was dark brown too)
    const lit = (theme: string) => toggle.evaluate((el, th) => {
      const root = document.documentElement;
      const was = root.dataset.theme;
      root.dataset.theme = th;
      const s = getComputedStyle(el);
      const out = { background: s.backgroundColor, color: s.color };
      if (was === undefined) delete root.dataset.theme;
      else root.dataset.theme = was;
      return out;
    }, theme);
    expect(await lit('light')).toEqual({ background: 'rgb(253, 240, 207)', color: 'rgb(138, 90, 0)' });
    expect(await lit('dark')).toEqual({ background: 'rgb(74, 58, 18)', color: 'rgb(243, 199, 122)' });
    const banner = page.getByTestId('review-banner');
    await page.getByTestId('review-banner-round').waitFor();
    expect(await banner.innerText()).toMatch(/^正在审阅第 1 轮/);
    await page.mouse.move(0, 0);
    await app.shot('ui41-01-review-mode-on');
    await page.getByTestId('review-mode-exit').click();
    await banner.waitFor({ state: 'detached' });
    expect(await toggle.innerText()).toBe('审阅模式：关');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await toggle.getAttribute('title')).toMatch(/^审阅模式已关.*按此进入审阅模式/);
    await toggle.click();
    await banner.waitFor();
    expect(await toggle.innerText()).toBe('审阅模式：开');
  });

  it('未复核: none on the rows in review mode, counted at the foot for the planner; back on the rows in edit mode', async () => {
    const { page } = app;
    expect(unreviewed).toBeGreaterThan(50);
    expect(await page.getByTestId('row-unreviewed').count()).toBe(0);
    expect(await page.getByTestId('unreviewed-for-author').innerText()).toBe(`${unreviewed} 个节点待起草人复核`);
    expect(await page.getByTestId('confirm-all').count()).toBe(0);
    await page.getByTestId('outline-row').nth(3).click();
    expect(await page.getByTestId('unreviewed-note').innerText()).toMatch(/^待起草人复核/);
    expect(await page.getByTestId('unreviewed-banner').count()).toBe(0);
    await app.shot('ui41-02-unreviewed-for-author');
    await page.getByTestId('review-mode').click();
    await page.getByTestId('unreviewed-banner').waitFor();
    expect(await page.getByTestId('row-unreviewed').count()).toBeGreaterThan(10);
    expect(await page.getByTestId('unreviewed-note').count()).toBe(0);
    expect(await page.getByTestId('unreviewed-for-author').count()).toBe(0);
    await page.getByTestId('review-mode').click();
  });

  for (const height of [800, 720]) {
    it(`1280×${height}: the editor's title and the compare page's left plan are whole`, async () => {
      const { page } = app;
      await page.setViewportSize({ width: 1280, height });
      await open(draftId);
      const title = page.getByTestId('editor-title');
      const whole = () => title.evaluate((el) => el.scrollWidth <= el.clientWidth + 1 && el.scrollHeight <= el.clientHeight + 1);
      await expect.poll(whole, { timeout: 5_000 }).toBe(true);
      expect(await title.innerText()).toBe('静安区推进智慧城区建设三年行动方案(2027-2029)');
      await app.shot(`ui41-03-title-1280x${height}`);
      // the compare page, this plan against its template: each selector's chosen text fits its box
      await page.goto(`${app.url}#/compare?left=${draftId}&right=${await planIdByTitle(app, JINGAN_2014)}`);
      await page.getByTestId('compare-stats').waitFor({ timeout: 30_000 });
      const fits = (test: string) => page.getByTestId(test).evaluate((el: HTMLSelectElement) => {
        const ctx = document.createElement('canvas').getContext('2d')!;
        const cs = getComputedStyle(el);
        ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
        const text = el.options[el.selectedIndex].text;
        // the box less its padding and the arrow (~20 px)
        return { text, fits: ctx.measureText(text).width <= el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - 20 };
      });
      expect(await fits('left-plan')).toEqual({ text: '静安区推进智慧城区建设三年行动方案(2027-2029)', fits: true });
      expect(await fits('right-plan')).toEqual({ text: '模板:静安区推进智慧城区建设三年行动方案(2014-2016)', fits: true });
      await app.shot(`ui41-04-compare-1280x${height}`);
      await page.setViewportSize({ width: 1280, height: 800 });
    }, 120_000);
  }

  it('the import report: a 成文日期 read from the document looks like the other values (not the grey of a hint)', async () => {
    const { page } = app;
    await page.goto(`${app.url}#/`);
    await page.getByTestId('plan-card').first().waitFor();
    const text = '南屿县人民政府\n南屿县城乡供水一体化实施方案(2030—2032年)\n一、总体要求\n(一)工作目标\n到2032年农村自来水普及率达到99%。\n二、重点任务\n(一)建设县第二水厂\n南屿县人民政府\n2029年12月8日\n';
    const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 10_000 }), page.getByTestId('import').click()]);
    await chooser.setFiles({ name: '南屿县供水方案.txt', mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });
    await page.getByTestId('import-report').waitFor();
    const look = (test: string) => page.getByTestId(test).evaluate((el: HTMLInputElement) => ({ value: el.value, size: getComputedStyle(el).fontSize, color: getComputedStyle(el).color }));
    const date = await look('meta-issued-on');
    const title = await look('meta-title');
    expect(date.value).toBe('2029年12月8日');
    expect([date.size, date.color]).toEqual([title.size, title.color]);
    await app.shot('ui41-07-import-date');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('import-dialog').count()).toBe(0);
  });

  it('suggestions on indicators accepted: figures in the words are followed; without one the planner is told; the toast lets clicks through', async () => {
    const { page } = app;
    const plan: StoredPlan = await call(app, 'plan.get', { id: yangpuId });
    const node = planNodes(plan).find((n) => n.indicators.some((i) => i.name === '电子病历使用率'))!;
    const quotes = itemTexts(node, 'indicators');
    const ehr = node.indicators.findIndex((i) => i.name === '电子病历使用率');
    const other = ehr === 0 ? 1 : 0;
    const before = node.indicators[other];
    expect(before.value).not.toBeNull();
    const suggest = (start: number, replacement: string, body: string) => call(app, 'review.add', {
      planId: yangpuId, kind: 'suggestion', anchor: { nodeId: node.id, field: 'indicators', start, end: start + 1, quote: quotes[start] }, body, replacement,
    });
    await suggest(ehr, '到2017年电子病历使用率达到98%', '目标值宜为98%');
    await suggest(other, `${before.name}进一步提高`, '不宜写死数值');
    await open(yangpuId, node.id);
    await page.getByTestId('review-mode-exit').click();
    await page.getByTestId('review-banner').waitFor({ state: 'detached' });
    await page.getByTestId('side-tab-review').click().catch(() => {});
    const thread = (text: string) => page.getByTestId('thread').filter({ hasText: text });

    await thread('目标值宜为98%').getByTestId('accept').click();
    await page.getByTestId('toast').filter({ hasText: '已接受建议,指标已修改' }).waitFor({ timeout: 15_000 });
    const get = async () => planNodes(await call(app, 'plan.get', { id: yangpuId })).find((n) => n.id === node.id)!;
    await expect.poll(async () => (await get()).indicators.find((i) => i.name === '电子病历使用率')?.value, { timeout: 15_000 }).toBe(98);
    expect((await get()).indicators.find((i) => i.name === '电子病历使用率')).toMatchObject({ value: 98, unit: '%', year: 2017 });

    await thread('不宜写死数值').getByTestId('accept').click();
    const warning = page.getByTestId('toast').filter({ hasText: '读不出指标' });
    await warning.waitFor({ timeout: 15_000 });
    const said = await warning.innerText();
    expect(said).toContain(`“${before.name}”`);
    expect(said).toContain(`${before.value}${before.unit}`);
    if (before.year) expect(said).toContain(`${before.year}年`);
    const kept = (await get()).indicators.find((i) => i.name === before.name)!;
    expect(kept).toMatchObject({ value: before.value, unit: before.unit, year: before.year, text: `${before.name}进一步提高` });
    await page.mouse.move(0, 0);
    await app.shot('ui41-05-figures-kept');

    // the warning stays (until closed): a click on its words reaches what is under them, its × is a button
    const box = (await warning.locator('span').first().boundingBox())!;
    const under = await page.evaluate(([x, y]) => {
      const el = document.elementFromPoint(x, y);
      return { inToast: !!el?.closest('[data-test=toasts]'), tag: el?.tagName ?? '' };
    }, [box.x + box.width / 2, box.y + box.height / 2] as const);
    expect(under.inToast).toBe(false);
    const close = (await warning.locator('button').last().boundingBox())!;
    expect(await page.evaluate(([x, y]) => !!document.elementFromPoint(x, y)?.closest('[data-test=toast]'), [close.x + close.width / 2, close.y + close.height / 2] as const)).toBe(true);
    await warning.locator('button').last().click();
    await warning.waitFor({ state: 'detached' });

    // five messages at once (errors stay until closed): the newest three shown, the others counted; 全部关闭 closes all
    await page.evaluate(() => {
      const app = (document.querySelector('#app') as unknown as { __vue_app__: { config: { globalProperties: { $pinia: { _s: Map<string, { error(t: string): void; dismissAll(): void }> } } } } }).__vue_app__;
      const toasts = app.config.globalProperties.$pinia._s.get('toasts')!;
      toasts.dismissAll(); // (the 指标已修改 toast may still be up)
      for (const n of [1, 2, 3, 4, 5]) toasts.error(`云溪区第 ${n} 条消息`);
    });
    await expect.poll(() => page.getByTestId('toast').allInnerTexts()).toEqual(['云溪区第 3 条消息', '云溪区第 4 条消息', '云溪区第 5 条消息'].map((x) => `${x}\n×`));
    expect(await page.getByTestId('toast-more').innerText()).toMatch(/^还有 2 条消息/);
    await app.shot('ui41-06-toasts-stacked');
    await page.getByTestId('toast-close-all').click();
    await expect.poll(() => page.getByTestId('toast').count()).toBe(0);
    expect(await page.getByTestId('toast-more').count()).toBe(0);
  }, 180_000);
});
