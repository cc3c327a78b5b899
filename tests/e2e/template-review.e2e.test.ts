/**
 * Templates that stay honest, in Chromium: a plan made from 静安 2014–2016 for 2027–2029. 全部修复 (half-width
 * punctuation) keeps every node 未复核; the lint panel names 市委2014年一号课题 as a reference kept from the template
 * and 保留 dismisses it; export and 提交审阅 show how many nodes are still 未复核 and ask before going on — 取消 stops
 * (no file, still a draft), 确定 goes on. Screenshot: test-results/40-export-asks-unreviewed.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredPlan } from '../../shared/api/contract';
import { walk } from '../../shared/model/plan';
import { e2eEnabled, startApp, type App } from './harness';

describe.runIf(e2eEnabled())('templates stay honest (e2e)', { timeout: 90_000 }, () => {
  let app: App;
  let planId = '';
  let total = 0;
  let refs = 0;
  const get = async (): Promise<StoredPlan> => {
    const r = await app.core.call('plan.get', { id: planId });
    if (!r.ok) throw new Error(r.error.message);
    return r.result;
  };
  const unreviewed = async () => [...walk((await get()).nodes)].filter((x) => x.node.unreviewed).length;

  beforeAll(async () => {
    app = await startApp();
    const list = await app.core.call('library.list', {});
    if (!list.ok) throw new Error('list');
    const template = list.result.find((p) => p.title === '静安区推进智慧城区建设三年行动方案(2014-2016)')!;
    const made = await app.core.call('plan.createFromTemplate', { templateId: template.id, district: '静安区', period: { start: 2027, end: 2029 }, mode: 'full' });
    if (!made.ok) throw new Error(made.error.message);
    planId = made.result.id;
    const p = await get();
    total = [...walk(p.nodes)].length;
    refs = p.meta.templateRefs?.length ?? 0;
  }, 300_000);
  afterAll(async () => {
    await app?.close();
  });

  const saved = () => app.page.getByTestId('save-state').filter({ hasText: '已保存' }).waitFor({ timeout: 15_000 });
  const confirm = () => app.page.getByTestId('confirm');

  it('全部修复半角标点 changes the text and leaves every node 未复核', async () => {
    const { page } = app;
    expect(refs).toBe(6); // l14: four 《…》 titles and 十三五; l78: 市委2014年一号课题
    await page.goto(`${app.url}#/plan/${planId}`);
    await page.getByTestId('lint-panel').waitFor();
    await page.getByTestId('confirm-all').waitFor();
    expect(await page.getByTestId('confirm-all').innerText()).toContain(`(${total})`);
    const before = (await get()).meta.preamble;
    // hints (info) are folded while there are warnings (the template references)
    const info = page.getByTestId('lint-group-info').locator('.group-head');
    if ((await info.getAttribute('aria-expanded')) === 'false') await info.click();
    const fixAll = page.getByTestId('lint-fix-all').filter({ hasText: '半角标点' });
    await fixAll.click();
    await saved();
    const p = await get();
    expect(p.meta.preamble).not.toBe(before);
    expect(p.meta.preamble).toContain('《上海市推进智慧城市建设行动计划（2011-2013）》');
    expect(await unreviewed()).toBe(total);
    expect(await page.getByTestId('confirm-all').innerText()).toContain(`(${total})`);
  });

  it('the lint panel names 市委2014年一号课题; 保留 dismisses it; the planner editing a task clears its flag', async () => {
    const { page } = app;
    const hint = page.getByTestId('finding').filter({ hasText: '市委2014年一号课题' });
    await hint.waitFor();
    expect(await hint.innerText()).toContain('2027–2029');
    await hint.getByTestId('lint-dismiss').click();
    await hint.waitFor({ state: 'detached' });
    await saved();
    expect((await get()).meta.templateRefs).toHaveLength(refs - 1);
    // the planner's own edit of a task (content): one node fewer 未复核
    await page.locator('[data-test=outline-row]', { hasText: '提升公共服务能级' }).first().click();
    const heading = page.getByTestId('heading-input');
    await heading.fill('提升公共服务能级水平');
    await saved();
    expect(await unreviewed()).toBe(total - 1);
  });

  it('export shows the count and asks: 取消 exports nothing, 确定 exports', async () => {
    const { page } = app;
    let downloads = 0;
    page.on('download', () => { downloads++; });
    await page.getByTestId('open-export').click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.waitFor();
    await dialog.getByTestId('format-markdown').click();
    expect(await dialog.getByTestId('export-unreviewed').innerText()).toBe(`${total - 1} 个节点未复核`);
    await dialog.getByTestId('export-submit').click();
    await confirm().waitFor();
    const text = await confirm().innerText();
    expect(text).toContain(`还有 ${total - 1} 个节点未复核`);
    expect(text).toContain(`另有 ${refs - 1} 处模板沿用的引用待核对`);
    expect(text).toContain('仍要导出吗');
    await page.mouse.move(0, 0);
    await app.shot('40-export-asks-unreviewed');
    await confirm().getByRole('button', { name: '取消' }).click();
    await confirm().waitFor({ state: 'detached' });
    await page.waitForTimeout(500);
    expect(downloads).toBe(0);
    expect(await dialog.isVisible()).toBe(true);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      (async () => { await dialog.getByTestId('export-submit').click(); await page.getByTestId('confirm-ok').click(); })(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.md$/);
    await dialog.waitFor({ state: 'detached' });
  });

  it('提交审阅 asks too: 取消 leaves a draft, 确定 submits round 1', async () => {
    const { page } = app;
    await page.getByTestId('round-submit').click();
    await confirm().waitFor();
    expect(await confirm().innerText()).toContain(`还有 ${total - 1} 个节点未复核`);
    expect(await confirm().innerText()).toContain('仍要提交审阅吗');
    await confirm().getByRole('button', { name: '取消' }).click();
    await confirm().waitFor({ state: 'detached' });
    expect((await get()).meta.status).toBe('draft');
    await page.getByTestId('round-submit').click();
    await page.getByTestId('confirm-ok').click();
    await expect.poll(async () => (await get()).meta.status, { timeout: 15_000 }).toBe('review');
    expect(await unreviewed()).toBe(total - 1); // submitting reviews nothing
  });
});
