/**
 * The level mapping in Chromium (browser mode), as a planner uses it: a small plan in Markdown (# title, ## 一、,
 * ### (一), 1. with 责任单位) is imported through the dialog; the level table shows its numbering styles; the kind of the
 * 1. level is changed by hand; the outline follows; the plan is saved and stored with the new kinds. Importing a second
 * document of the same style — as plain text this time — then applies the remembered mapping and says so; 恢复自动识别
 * goes back to the importer's levels.
 *
 * Screenshots: test-results/import-levels-changed.png, test-results/import-levels-remembered.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { walk, type PlanDoc } from '../../shared/model/plan';
import { e2eEnabled, startApp, type App } from './harness';

/** Written for this test: two parts with numbered tasks under (一) groups, and a 保障措施 part. */
const PLAN = (topic: string) => [
  `某区${topic}建设三年行动计划(2024—2026年)`,
  '一、总体要求',
  `到2026年,${topic}建设取得明显成效,形成一批可复制推广的经验。`,
  '二、主要任务',
  '(一)提升政务服务水平',
  '1.深化一网通办。推进高频事项全程网办,办理时限压缩一半。责任单位:区政务服务办',
  '2.推广电子证照。常用证照实现免提交。责任单位:区大数据中心',
  '(二)推进数据共享',
  '3.建设数据共享平台。汇聚各部门数据资源,开放数据集不少于200个。责任单位:区大数据中心',
  '4.完善数据安全制度。责任单位:区委网信办',
  '三、保障措施',
  '加强组织领导,落实工作责任,强化督查考核。',
  '',
].join('\n');

/** The same plan as Markdown: the title and the 一、 / (一) headings as ATX headings. */
const PLAN_MD = (topic: string) => PLAN(topic).split('\n').map((l, i) => (i === 0 ? `# ${l}` : /^[一二三四五六七八九十]+、/.test(l) ? `## ${l}` : /^\(/.test(l) ? `### ${l}` : l)).join('\n\n');

const KIND_LABEL: Record<string, string> = { task: '任务', item: '事项' };

/** The row of the level whose marker starts with 1 (1. / 1、 / １．). */
const arabicRow = (page: Page) => page.locator('[data-test="level-row"]', { has: page.locator('[data-test="level-sample"]', { hasText: /^[1１]/ }) });
/** Kinds of the outline's numbered entries (1.–4.), in order. */
async function outlineKinds(page: Page): Promise<string[]> {
  return page.$$eval('[data-test="outline-node"]', (els) => els
    .filter((e) => /^[1-9１-９]/.test(e.querySelector('.no')?.textContent?.trim() ?? ''))
    .map((e) => e.getAttribute('data-kind') ?? ''));
}

async function openImport(app: App, name: string, text: string): Promise<void> {
  const { page } = app;
  await page.goto(app.url);
  await page.getByTestId('plan-card').first().waitFor();
  await page.getByTestId('import').click();
  await page.getByTestId('import-file').setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });
  await page.getByTestId('import-report').waitFor();
}

describe.runIf(e2eEnabled())('import levels (e2e)', () => {
  let app: App;
  let auto = '';
  let target = '';
  beforeAll(async () => {
    app = await startApp();
  }, 300_000);
  afterAll(async () => {
    await app?.close();
  });

  it('changes the kind of the 1. level by hand; the outline follows; the stored plan has the new kinds', async () => {
    const { page } = app;
    await openImport(app, '数字政府.md', PLAN_MD('数字政府'));
    await page.getByTestId('import-levels').waitFor();
    const samples = await page.getByTestId('level-sample').allInnerTexts();
    expect(samples.some((s) => /^一/.test(s)), samples.join(' ')).toBe(true);
    expect(samples.some((s) => /^[(（]一/.test(s)), samples.join(' ')).toBe(true);
    const row = arabicRow(page);
    expect(await row.count()).toBe(1);
    expect(await row.getByTestId('level-count').innerText()).toBe('4');
    auto = await row.locator('select').inputValue();
    target = auto === 'task' ? 'item' : 'task';
    expect(await outlineKinds(page)).toEqual([auto, auto, auto, auto]);

    const answered = page.waitForResponse((r) => r.url().endsWith('/api/plan.importPreview'));
    await row.locator('select').selectOption(target);
    const env = await (await answered).json();
    expect(env.ok).toBe(true);
    expect(Object.values(env.result.levelMapping.mapping)).toEqual([{ kind: target }]);
    await page.waitForFunction(() => !document.querySelector('[data-test="import-outline"].stale'));
    expect(await outlineKinds(page)).toEqual([target, target, target, target]);
    expect(await page.locator('[data-test="outline-node"]', { hasText: '深化一网通办' }).locator('.tag').innerText()).toBe(KIND_LABEL[target]);
    expect(await page.getByTestId('import-mapping-note').innerText()).toContain('已按你的调整重新识别');
    await page.getByTestId('import-levels-area').scrollIntoViewIfNeeded();
    await app.shot('import-levels-changed');

    await page.getByTestId('import-save').click();
    await page.waitForURL(/#\/plan\/p_/);
    const list = await app.core.call('library.list', {});
    if (!list.ok) throw new Error(list.error.message);
    const stored = list.result.find((p) => p.title.includes('数字政府'))!;
    const plan = await app.core.call('plan.get', { id: stored.id });
    if (!plan.ok) throw new Error(plan.error.message);
    const numbered = [...walk((plan.result as PlanDoc).nodes)].map((w) => w.node).filter((n) => /^[1-9１-９]/.test(n.number));
    expect(numbered.map((n) => [n.number.replace(/[.、．]$/, ''), n.kind])).toEqual([['1', target], ['2', target], ['3', target], ['4', target]]);
  }, 180_000);

  it('a second plan of the same style gets the remembered levels, says so, and 恢复自动识别 undoes it', async () => {
    const { page } = app;
    await openImport(app, '智慧城市.txt', PLAN('智慧城市'));
    await page.getByTestId('import-levels').waitFor();
    expect(await page.getByTestId('import-mapping-note').innerText()).toContain('已按上次的设置调整层级');
    expect(await arabicRow(page).locator('select').inputValue()).toBe(target);
    expect(await outlineKinds(page)).toEqual([target, target, target, target]);
    await page.getByTestId('import-levels-area').scrollIntoViewIfNeeded();
    await app.shot('import-levels-remembered');

    await page.getByTestId('import-levels-reset').click();
    await page.waitForFunction(() => !document.querySelector('[data-test="import-mapping-note"]'));
    expect(await arabicRow(page).locator('select').inputValue()).toBe(auto);
    expect(await outlineKinds(page)).toEqual([auto, auto, auto, auto]);
    await page.keyboard.press('Escape');
  }, 120_000);
});
