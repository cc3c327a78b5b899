/**
 * Issue 17, frictions, in Chromium against the real core: the department filter without a search term; half-width
 * punctuation grouped per node with one fix; checks and review as tabs in review mode, without fixes; 批注 on the
 * selected text and the Chinese Monaco context menu; a new point among bullets; the end year following the start
 * year; a new milestone focused; the selected node after a reload; the compared plans kept after 多区概览.
 * The plan is made from 静安 2014–2016 (seeds/000) for 2027–2029; its text is the scraped seed text, written with
 * half-width punctuation throughout (docs/seed-structure.md).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, e2eEnabled, jinganDraft, planIdByTitle, planNodes as nodes, startApp, YANGPU_2015, type App } from './harness';

describe.runIf(e2eEnabled())('frictions (e2e)', () => {
  let app: App;
  let planId = '';
  let yangpu = '';
  const get = () => call(app, 'plan.get', { id: planId });
  const row = (text: string) => app.page.locator('[data-test=outline-row]', { hasText: text }).first();

  beforeAll(async () => {
    app = await startApp();
    yangpu = await planIdByTitle(app, YANGPU_2015);
    planId = await jinganDraft(app);
  }, 300_000);
  afterAll(async () => {
    await app?.close();
  });

  it('filters the library by department without a search term', async () => {
    const { page } = app;
    await page.goto(app.url);
    await page.getByTestId('plan-card').first().waitFor();
    const dept = page.getByTestId('filter-department');
    expect(await dept.isDisabled()).toBe(false);
    await dept.fill('区科委');
    await page.getByTestId('hits-summary').waitFor();
    expect(await page.getByTestId('hits-summary').innerText()).toContain('“区科委”牵头或配合的');
    const hits = page.getByTestId('hit');
    expect(await hits.count()).toBeGreaterThan(5);
    // 静安 2014 names 区科委 as lead of 重点专项1 电子政务一体化 (seeds/000)
    expect(await page.getByTestId('hits').innerText()).toContain('电子政务一体化');
    await app.shot('f-01-department-filter');
    // emptied: back to the plans
    await dept.fill('');
    await page.getByTestId('plans').waitFor();
  });

  it('the end year follows the start year in the new-plan wizard', async () => {
    const { page } = app;
    await page.getByTestId('plan-card').filter({ hasText: '静安区推进智慧城区建设三年行动方案(2014-2016)' }).getByTestId('use-template').click();
    const start = page.getByTestId('wizard-start');
    await start.waitFor();
    await start.fill('2030');
    await expect.poll(() => page.getByTestId('wizard-end').inputValue()).toBe('2032');
    await app.shot('f-02-wizard-period');
    await page.keyboard.press('Escape');
  });

  /**
   * The 提示 group starts folded while the plan has warnings (a draft from a template has its references to other
   * documents as warnings): open it, as a planner would.
   */
  async function openHints(): Promise<void> {
    const head = app.page.getByTestId('lint-group-info').locator('.group-head');
    await head.waitFor();
    if ((await head.getAttribute('aria-expanded')) === 'false') await head.click();
  }

  it('groups half-width punctuation per node, with one fix for the node', async () => {
    const { page } = app;
    await page.goto(`${app.url}#/plan/${planId}`);
    await row('指导思想').waitFor();
    const panel = page.getByTestId('lint-panel');
    await panel.getByTestId('finding').first().waitFor();
    await openHints();
    // one hint per node: no node is named twice for half-width punctuation
    const places = await panel.getByTestId('finding').filter({ hasText: '处半角标点' }).locator('.where').allInnerTexts();
    expect(places.length).toBeGreaterThan(10);
    expect(new Set(places).size).toBe(places.length);
    // (the header says "N 项待处理 · 另有 K 项提示": both together, the panel's whole list)
    const counts = ((await panel.locator('.total').innerText()).match(/\d+/g) ?? []).map(Number);
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.reduce((a, b) => a + b, 0)).toBeLessThan(120);
    await app.shot('f-03-lint-grouped');
    // 指导思想 (seed 000): one paragraph with half-width commas only
    const hint = panel.getByTestId('finding').filter({ hasText: '指导思想' }).first();
    expect(await hint.innerText()).toMatch(/有 \d+ 处半角标点/);
    await hint.getByTestId('quick-fix').click();
    await page.getByTestId('save-state').filter({ hasText: '已保存' }).waitFor({ timeout: 15_000 });
    const guide = nodes(await get()).find((n) => n.heading === '指导思想')!;
    expect(guide.body).not.toMatch(/[\u4e00-\u9fff],|,[\u4e00-\u9fff]/);
    expect(guide.body).toContain('，');
  });

  it('a new point among bullets is a bullet, and stays one when moved', async () => {
    const { page } = app;
    const bullet = row('按照市有关政务云');
    await bullet.click();
    expect(await bullet.getByTestId('row-number').innerText()).toBe('•');
    await page.keyboard.press('Control+Enter');
    await page.getByTestId('heading-input').waitFor();
    const fresh = page.locator('[data-test=outline-row][aria-selected=true]');
    await expect.poll(() => fresh.getByTestId('row-number').innerText()).toBe('•');
    await fresh.click();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => page.locator('[data-test=outline-row][aria-selected=true]').getByTestId('row-number').innerText()).toBe('•');
    await app.shot('f-04-new-bullet');
  });

  it('a new milestone gets the focus; the end year follows the start year in the plan metadata', async () => {
    const { page } = app;
    await row('电子政务一体化').click();
    const more = page.getByTestId('show-more');
    if (await more.count()) await more.click();
    await page.getByTestId('milestone-add').first().click();
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('[data-test=milestone-cell]'))).toBe(true);
    await page.keyboard.type('完成政务云迁移');
    await page.getByTestId('open-meta').click();
    const start = page.locator('[data-field=period]');
    await start.fill('2028');
    await start.press('Tab');
    await expect.poll(async () => (await get()).meta.period).toEqual({ start: 2028, end: 2030 });
    await start.fill('2027');
    await start.press('Tab');
    await expect.poll(async () => (await get()).meta.period).toEqual({ start: 2027, end: 2029 });
  });

  it('shows the node last selected after a reload', async () => {
    const { page } = app;
    await row('提升公共服务能级').click();
    await expect.poll(() => page.getByTestId('heading-input').inputValue()).toBe('提升公共服务能级');
    await page.waitForTimeout(300);
    await page.reload();
    await page.getByTestId('heading-input').waitFor();
    await expect.poll(() => page.getByTestId('heading-input').inputValue()).toBe('提升公共服务能级');
  });

  it('comments on the selected text from the node button and the Chinese context menu', async () => {
    const { page } = app;
    await page.getByTestId('identity').click();
    await page.getByTestId('identity-name').fill('王审阅');
    await page.getByTestId('identity-department').fill('区发展改革委');
    await page.getByTestId('identity-save').click();
    await row('按照市有关政务云').click();
    const body = nodes(await get()).find((n) => n.body.startsWith('按照市有关政务云'))!.body;
    const lines = page.locator('[data-test=monaco-host] .view-lines');
    await lines.click();
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowRight');
    for (let i = 2; i < 8; i++) await page.keyboard.press('Shift+ArrowRight');
    // Monaco's context menu: Chinese, with the review actions
    await lines.click({ button: 'right', position: { x: 40, y: 10 } });
    const menu = page.locator('.monaco-menu .action-label');
    await menu.first().waitFor();
    const labels = await menu.allInnerTexts();
    await app.shot('f-05-context-menu');
    expect(labels).toEqual(expect.arrayContaining(['批注选中文字', '建议修改', '剪切', '复制', '粘贴']));
    await page.keyboard.press('Escape');
    const button = page.getByTestId('comment-node');
    await expect.poll(() => button.innerText()).toContain('批注选中文字');
    await button.click();
    await page.getByTestId('composer-quote').waitFor();
    expect(await page.getByTestId('composer-quote').innerText()).toBe(body.slice(2, 8));
    await page.getByTestId('composer-body').fill('请写明政务云迁移的完成时间');
    await page.getByTestId('composer-send').click();
    await expect.poll(async () => {
      const r = await app.core.call('review.list', { planId });
      return r.ok ? r.result.map((a) => [a.anchor.field, a.anchor.quote]) : [];
    }).toEqual([['body', body.slice(2, 8)]]);
  });

  it('in review mode checks and review share the right column as tabs, and offer no fixes', async () => {
    const { page } = app;
    await page.getByTestId('review-mode').click();
    await page.getByTestId('side-tab-review').waitFor();
    expect(await page.getByTestId('review-panel').count()).toBe(1);
    const centre = await page.locator('main.centre').boundingBox();
    // 1440 − 420 (review mode's outline, wide enough for its headings since session 36) − 360; the form keeps ≥ 580
    expect(centre!.width).toBeGreaterThanOrEqual(640);
    await app.shot('f-06-review-tabs');
    await page.getByTestId('side-tab-lint').click();
    await page.getByTestId('lint-panel').getByTestId('finding').first().waitFor();
    expect(await page.getByTestId('quick-fix').count()).toBe(0);
    expect(await page.getByTestId('lint-fix-all').count()).toBe(0);
    await app.shot('f-07-review-lint-no-fixes');
    await page.getByTestId('review-mode').click();
    await openHints();
    await page.getByTestId('lint-fix-all').first().waitFor();
  });

  it('keeps the compared plans after a visit to 多区概览 and after leaving 对比', async () => {
    const { page } = app;
    await page.goto(`${app.url}#/compare?left=${planId}&right=${yangpu}`);
    await page.getByTestId('compare-row').first().waitFor({ timeout: 60_000 });
    await page.getByTestId('tab-overview').click();
    await page.getByTestId('coverage-matrix').waitFor({ timeout: 30_000 });
    await page.getByTestId('tab-pairs').click();
    expect(await page.getByTestId('left-plan').inputValue()).toBe(planId);
    expect(await page.getByTestId('right-plan').inputValue()).toBe(`p:${yangpu}`);
    await page.goto(`${app.url}#/`);
    await page.getByTestId('plan-card').first().waitFor();
    await page.getByTestId('nav-compare').click();
    await page.getByTestId('compare-row').first().waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('left-plan').inputValue()).toBe(planId);
    expect(await page.getByTestId('right-plan').inputValue()).toBe(`p:${yangpu}`);
    await app.shot('f-08-compare-kept');
  }, 180_000);
});
