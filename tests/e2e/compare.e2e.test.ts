/**
 * The compare view in Chromium: 静安 2014–2016 (seed 000) against 杨浦 2015–2017 (seed 002) — the 养老 pair and
 * its Monaco diff, next change by keyboard, a pair pinned by hand (stored, applied after a reload), a node taken
 * into a draft made from 静安 2014 (checked through plan.get); the multi-district overview with its coverage
 * matrix (a cell opens the list of tasks, a task opens the editor) and the indicator chart.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { walk } from '../../shared/model/plan';
import { locate } from '../../shared/tree';
import { call, e2eEnabled, startApp, type App } from './harness';

describe.runIf(e2eEnabled())('compare (e2e)', () => {
  let app: App;
  let jingan = '';
  let yangpu = '';
  let draft = '';

  beforeAll(async () => {
    app = await startApp();
    const list = await call(app, 'library.list', {});
    jingan = list.find((p) => p.title === '静安区推进智慧城区建设三年行动方案(2014-2016)')!.id;
    yangpu = list.find((p) => p.title.startsWith('杨浦区“智慧城市”建设三年行动计划'))!.id;
    expect(jingan && yangpu).toBeTruthy();
  }, 300_000);
  afterAll(async () => {
    await app?.close();
  });

  const row = (left: string, right?: string) => {
    let l = app.page.locator('[data-test=compare-row]').filter({ has: app.page.locator('[data-test=row-left]', { hasText: left }) });
    if (right) l = l.filter({ has: app.page.locator('[data-test=row-right]', { hasText: right }) });
    return l.first();
  };
  const rightOnly = (right: string) =>
    app.page.locator('[data-test=compare-row].right-only').filter({ has: app.page.locator('[data-test=row-right]', { hasText: right }) }).first();

  it('opens 静安 2014 ↔ 杨浦 2015 from the top bar and finds the 养老 pair', async () => {
    const { page } = app;
    await page.goto(`${app.url}#/`);
    await page.getByTestId('nav-compare').click();
    await page.getByTestId('compare-hint').waitFor();
    // "与…对比" on a library card chooses the left plan
    await page.goto(`${app.url}#/`);
    const card = page.getByTestId('plan-card').filter({ hasText: '静安区推进智慧城区建设三年行动方案(2014-2016)' });
    await card.hover();
    await app.shot('10a-library-card');
    await card.getByTestId('compare-with').click();
    await page.getByTestId('compare-hint').waitFor();
    expect(await page.getByTestId('left-plan').inputValue()).toBe(jingan);
    await page.getByTestId('right-plan').selectOption(`p:${yangpu}`);
    const pair = row('智慧养老服务', '智慧养老');
    await pair.waitFor({ timeout: 30_000 });
    await pair.click();
    await expect.poll(() => pair.getAttribute('aria-selected')).toBe('true');
    expect(Number(await pair.getByTestId('row-score').innerText())).toBeGreaterThan(30);
    await expect.poll(() => page.getByTestId('detail-left').innerText()).toContain('智慧养老服务');
    expect(await page.getByTestId('detail-right').innerText()).toContain('智慧养老');
    // Monaco's diff editor shows both texts
    await page.locator('[data-test=diff-editor] .monaco-diff-editor').waitFor();
    await expect.poll(() => page.locator('[data-test=diff-editor] .editor.modified .view-lines').innerText()).toContain('养老服务云平台');
    await page.locator('[data-test=diff-editor] .editor.modified :is(.char-insert, .line-insert)').first().waitFor(); // the diff is computed
    // unmatched nodes stay in place with an empty opposite cell
    expect(await row('智慧体育服务').getByTestId('row-right').innerText()).toContain('无对应');
    expect(await rightOnly('智慧旅游').getByTestId('row-left').innerText()).toContain('无对应');
    expect(page.url()).toContain(`left=${jingan}`);
    await app.shot('10-compare');
  }, 120_000);

  it('exports the rows shown as CSV (UTF-8 with BOM, for Excel) and JSON, as the CLI writes them', async () => {
    const { page } = app;
    await page.getByTestId('only-changed').check();
    const shownRows = await page.locator('[data-test=compare-row]').count();
    const [csvDl] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('export-csv').click()]);
    expect(csvDl.suggestedFilename()).toMatch(/^对比_静安区推进智慧城区建设三年行动方案（2014—2016）_\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = readFileSync((await csvDl.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('相似度,状态,左侧类型,左侧编号,左侧,右侧类型,右侧编号,右侧,共同词');
    expect(lines.some((l) => l.includes(',智慧养老服务,') && l.includes(',智慧养老,'))).toBe(true);
    const [jsonDl] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('export-json').click()]);
    expect(jsonDl.suggestedFilename()).toMatch(/\.json$/);
    const j = JSON.parse(readFileSync((await jsonDl.path())!, 'utf8'));
    expect(j.left.id).toBe(jingan);
    expect(j.right).toMatchObject({ kind: 'plan', id: yangpu });
    expect(j.filters.onlyChanged).toBe(true);
    expect(j.rows).toHaveLength(shownRows);
    expect(j.rows.every((r: { status: string }) => r.status !== 'same')).toBe(true);
    await app.shot('10b-compare-export');
    await page.getByTestId('only-changed').uncheck();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur()); // J / K are not for a checkbox
  }, 120_000);

  it('steps to the next change with J and back with K', async () => {
    const { page } = app;
    const selected = () => page.locator('[data-test=compare-row][aria-selected=true]').getAttribute('data-key');
    const before = await selected();
    await page.locator('body').press('j');
    await expect.poll(selected).not.toBe(before);
    await page.locator('body').press('k');
    await expect.poll(selected).toBe(before);
    // by keyboard only the selected row's ◎ are Tab stops (every row's two were: 75 Tabs for 39 pairs, session 32)
    const stops = () => page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('[data-test=pick-left], [data-test=pick-right]'))
      .filter((b) => b.tabIndex >= 0).map((b) => b.closest<HTMLElement>('[data-test=compare-row]')!.getAttribute('aria-selected')));
    expect((await stops()).length).toBeGreaterThan(0);
    expect((await stops()).length).toBeLessThanOrEqual(2);
    expect(new Set(await stops())).toEqual(new Set(['true']));
  });

  it('filters by theme and to unmatched nodes', async () => {
    const { page } = app;
    const all = await page.getByTestId('compare-row').count();
    await page.getByTestId('theme-filter').selectOption('养老');
    await expect.poll(() => page.getByTestId('compare-row').count()).toBeLessThan(all);
    await row('智慧养老服务', '智慧养老').waitFor();
    await page.getByTestId('theme-filter').selectOption('');
    await page.getByTestId('only-unmatched').check();
    await expect.poll(() => page.locator('[data-test=compare-row]:not(.left-only):not(.right-only)').count()).toBe(0);
    await page.getByTestId('only-unmatched').uncheck();
  });

  it('pins 智慧体育服务 ↔ 智慧旅游 by hand; the pin is stored and applied after a reload', async () => {
    const { page } = app;
    const left = row('智慧体育服务');
    await left.hover();
    await left.getByTestId('pick-left').click();
    const right = rightOnly('智慧旅游');
    await right.scrollIntoViewIfNeeded();
    await right.hover();
    await right.getByTestId('pick-right').click();
    await expect.poll(() => page.getByTestId('pick-bar').innerText()).toContain('智慧旅游');
    await page.getByTestId('pin-picked').click();
    const pinned = row('智慧体育服务', '智慧旅游');
    await pinned.getByTestId('row-pinned').waitFor();
    // stored for this plan pair: compare.plans without pins applies it
    const c = await call(app, 'compare.plans', { leftId: jingan, rightId: yangpu });
    expect(c.pins).toEqual([expect.objectContaining({ mode: 'pin' })]);
    expect(c.pairs.find((p) => p.left.heading === '智慧体育服务')).toMatchObject({ right: { heading: '智慧旅游' }, pinned: true });
    await page.reload();
    await row('智慧体育服务', '智慧旅游').getByTestId('row-pinned').waitFor({ timeout: 30_000 });
  }, 120_000);

  it('takes 杨浦 "智慧养老" into a draft made from 静安 2014, after its counterpart', async () => {
    const { page } = app;
    draft = (await call(app, 'plan.createFromTemplate', { templateId: jingan, district: '静安区', period: { start: 2017, end: 2019 }, mode: 'full' })).id;
    await page.goto(`${app.url}#/compare?left=${draft}&right=${yangpu}`);
    const pair = row('智慧养老服务', '智慧养老');
    await pair.waitFor({ timeout: 30_000 });
    await pair.click();
    await page.getByTestId('take').click();
    const dialog = page.getByTestId('take-dialog');
    await dialog.waitFor();
    await expect.poll(() => dialog.getByTestId('take-after').isChecked()).toBe(true);
    expect(await dialog.getByTestId('take-target').inputValue()).toBe(draft);
    await dialog.getByTestId('take-confirm').click();
    await page.locator('[data-test=take-done], [data-test=take-error]').first().waitFor();
    if (await page.getByTestId('take-error').count()) throw new Error(await page.getByTestId('take-error').innerText());

    const p = await call(app, 'plan.get', { id: draft });
    const nodes = [...walk(p.nodes)].map((x) => x.node);
    const taken = nodes.find((n) => n.heading === '智慧养老')!;
    expect(taken).toBeDefined();
    expect(taken.kind).toBe('task');
    expect(taken.unreviewed).toBe(true);
    expect(taken.lead).toContain('区民政局');
    expect(taken.body).toContain('利用静安区的大学教育资源');
    const anchor = nodes.find((n) => n.heading === '智慧养老服务')!;
    const a = locate(p.nodes, anchor.id)!;
    const b = locate(p.nodes, taken.id)!;
    expect(b.parent?.id).toBe(a.parent?.id);
    expect(b.index).toBe(a.index + 1);
    // the view compared again: the new node is on the left now, paired with 杨浦's
    await row('智慧养老', '智慧养老').waitFor();
    // and the link opens it in the editor
    await page.getByTestId('take-done').getByRole('link').click();
    await expect.poll(() => page.url()).toContain(`/plan/${draft}?node=${taken.id}`);
    await page.getByTestId('heading-input').waitFor();
    expect(await page.getByTestId('heading-input').inputValue()).toBe('智慧养老');
  }, 120_000);

  it('采纳 with the draft on the right and no other draft says so and points to ⇄, not "资料库中没有草稿" (walk 38: 11-compare / 28-adopt-into-reference)', async () => {
    const { page } = app;
    // (the one draft of the library is the one made above; 静安 2014 a reference plan)
    const drafts = (await call(app, 'library.list', {})).filter((p) => p.status === 'draft');
    expect(drafts.map((p) => p.id)).toEqual([draft]);
    await page.goto(`${app.url}#/compare?left=${yangpu}&right=${draft}`);
    const pair = row('智慧养老', '智慧养老');
    await pair.waitFor({ timeout: 30_000 });
    await pair.click();
    await page.getByTestId('take').click();
    const dialog = page.getByTestId('take-dialog');
    await dialog.waitFor();
    const note = dialog.getByTestId('take-no-drafts');
    await note.waitFor();
    expect(await note.innerText()).toContain('右侧计划本身就是草稿');
    expect(await note.innerText()).toContain('⇄');
    expect(await note.innerText()).not.toContain('资料库中没有草稿');
    await page.keyboard.press('Escape');
  }, 120_000);

  it('shows the coverage matrix of themes × plans; a cell lists its tasks, a task opens the editor', async () => {
    const { page } = app;
    await page.goto(`${app.url}#/compare?tab=overview`);
    const matrix = page.getByTestId('coverage-matrix');
    await matrix.waitFor({ timeout: 30_000 });
    const cell = page.locator(`[data-test=coverage-cell][data-theme=养老][data-plan="${yangpu}"]`);
    await cell.waitFor();
    expect(Number(await cell.innerText())).toBeGreaterThan(0);
    await cell.click();
    const list = page.getByTestId('coverage-tasks');
    await list.waitFor();
    expect(await list.innerText()).toContain('智慧养老');
    await page.getByTestId('indicator-chart').locator('canvas').first().waitFor();
    expect(await page.getByTestId('indicator-table').innerText()).toContain('家庭光纤入户率');
    await app.shot('11-coverage-matrix');
    await page.getByTestId('indicator-chart').scrollIntoViewIfNeeded();
    await page.waitForTimeout(600); // the bars grow in (ECharts animation)
    await app.shot('12-indicators');
    await list.getByTestId('coverage-task').filter({ hasText: '智慧养老' }).first().click();
    await expect.poll(() => page.url()).toContain(`/plan/${yangpu}?node=`);
    await page.getByTestId('heading-input').waitFor();
    expect(await page.getByTestId('heading-input').inputValue()).toBe('智慧养老');
  }, 120_000);
});
