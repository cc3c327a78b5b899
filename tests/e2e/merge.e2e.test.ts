/**
 * Two editors on one plan in Chromium (two pages of one browser against the bridge): page B saves first; page A,
 * opened at the same revision, edits another node and the node B changed. A's save is refused (conflict) and the
 * merge view opens: B's other edit and A's other edit are merged by themselves, the node both changed is shown
 * mine vs theirs; A picks mine with the keyboard (Enter, Tab to 保存合并结果, Enter) and the stored plan has every edit.
 * Then A edits while saves cannot reach the library: the plan is kept in localStorage, offered after a reload,
 * restored and merged with what B saved meanwhile.
 * The plan: a draft made from 静安 2014–2016 (its tasks 电子政务一体化, 提升公共服务能级, 城市综合管理信息化).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { call, e2eEnabled, jinganDraft, planNodes, startApp, taskNamed as node, type App } from './harness';

describe.runIf(e2eEnabled())('merge after a save conflict (e2e)', () => {
  let app: App;
  let pageB: Page;
  let planId = '';
  const get = () => call(app, 'plan.get', { id: planId });

  beforeAll(async () => {
    app = await startApp();
    planId = await jinganDraft(app);
    pageB = await app.page.context().newPage();
  }, 300_000);
  afterAll(async () => {
    await app?.close();
  });

  const row = (page: Page, text: string) => page.locator('[data-test=outline-row]', { hasText: text }).first();
  const setHeading = async (page: Page, from: string, to: string) => {
    await row(page, from).click();
    await expect.poll(async () => page.getByTestId('heading-input').inputValue(), { timeout: 10_000 }).toBe(from);
    await page.getByTestId('heading-input').fill(to);
  };

  it('B saves, A edits another node and the same one, merges with a pick, and the library has both', async () => {
    const pageA = app.page;
    for (const page of [pageA, pageB]) {
      await page.goto(`${app.url}#/plan/${planId}`);
      await row(page, '提升公共服务能级').waitFor();
    }
    const before = await get();
    expect(before.revision).toBe(1);

    // B: the same node as A will edit, and one A leaves alone
    await setHeading(pageB, '电子政务一体化', '电子政务一体化(B稿)');
    await setHeading(pageB, '城市综合管理信息化', '城市综合管理精细化');
    await pageB.getByTestId('save-state').filter({ hasText: '已保存' }).waitFor({ timeout: 15_000 });
    // B's autosave may have sent its two edits in one save or in two
    await expect.poll(async () => { const p = await get(); return !!node(p, '电子政务一体化(B稿)') && !!node(p, '城市综合管理精细化'); }, { timeout: 10_000 }).toBe(true);
    const bRevision = (await get()).revision;
    expect(bRevision).toBeGreaterThan(1);

    // A (still at revision 1): its first save is held until both edits are made, so one save carries both
    let release!: () => void;
    const held = new Promise<void>((r) => { release = r; });
    await pageA.route('**/api/plan.save', async (route) => { await held; await route.continue(); });
    await setHeading(pageA, '提升公共服务能级', '提升公共服务能级和水平');
    await pageA.getByTestId('save-state').filter({ hasText: '保存中' }).waitFor({ timeout: 15_000 });
    await setHeading(pageA, '电子政务一体化', '电子政务一体化(A稿)');
    release(); // the route lets every later save through at once

    const view = pageA.getByTestId('merge-view');
    await view.waitFor({ timeout: 15_000 });
    await view.getByTestId('merge-conflict').first().waitFor({ timeout: 10_000 });
    expect(await view.innerText()).toContain(`第 ${bRevision} 版`);
    const conflicts = view.getByTestId('merge-conflict');
    expect(await conflicts.count()).toBe(1);
    const c = conflicts.first();
    expect(await c.getByTestId('merge-mine').locator('[data-field=heading]').innerText()).toBe('电子政务一体化(A稿)');
    expect(await c.getByTestId('merge-theirs').locator('[data-field=heading]').innerText()).toBe('电子政务一体化(B稿)');
    const autoText = await view.getByTestId('merge-auto').innerText();
    expect(autoText).toContain('已自动合并');
    // the list under the (closed) summary
    expect(await view.getByTestId('merge-auto').textContent()).toContain('我修改「提升公共服务能级和水平」:标题');
    expect(await view.getByTestId('merge-auto').textContent()).toContain('对方修改「城市综合管理精细化」:标题');
    await app.shot('merge-01-view');

    // keyboard: focus starts on 用我的; Enter picks it; Tab to 保存合并结果; Enter saves
    await expect.poll(async () => pageA.evaluate(() => document.activeElement?.getAttribute('data-test'))).toBe('merge-pick-mine');
    await pageA.keyboard.press('Enter');
    expect(await c.getByTestId('merge-pick-mine').getAttribute('aria-pressed')).toBe('true');
    for (let i = 0; i < 12; i++) {
      if ((await pageA.evaluate(() => document.activeElement?.getAttribute('data-test'))) === 'merge-save') break;
      await pageA.keyboard.press('Tab');
    }
    expect(await pageA.evaluate(() => document.activeElement?.getAttribute('data-test'))).toBe('merge-save');
    await app.shot('merge-02-picked');
    await pageA.keyboard.press('Enter');
    await view.waitFor({ state: 'detached', timeout: 15_000 });
    await pageA.getByTestId('save-state').filter({ hasText: '已保存' }).waitFor({ timeout: 15_000 });

    const after = await get();
    expect(after.revision).toBe(bRevision + 1);
    expect(node(after, '电子政务一体化(A稿)')).toBeDefined();
    expect(node(after, '电子政务一体化(B稿)')).toBeUndefined();
    expect(node(after, '提升公共服务能级和水平')).toBeDefined();
    expect(node(after, '城市综合管理精细化')).toBeDefined();
    // nothing else moved or vanished
    expect(planNodes(after).map((n) => n.id)).toEqual(planNodes(before).map((n) => n.id));
    // the editor shows the merged plan
    await row(pageA, '城市综合管理精细化').waitFor();
    expect(await pageA.getByTestId('conflict').count()).toBe(0);
  });

  it('B, now behind, edits the node again, gets the merge view too and takes theirs for all: nothing of A lost', async () => {
    const before = (await get()).revision;
    await setHeading(pageB, '电子政务一体化(B稿)', '电子政务一体化(B再改)');
    const view = pageB.getByTestId('merge-view');
    await view.getByTestId('merge-conflict').first().waitFor({ timeout: 20_000 });
    expect(await view.getByTestId('merge-conflict').count()).toBe(1);
    await view.getByTestId('merge-all-theirs').press('Enter');
    await view.getByTestId('merge-save').click();
    await view.waitFor({ state: 'detached', timeout: 15_000 });
    await pageB.getByTestId('save-state').filter({ hasText: '已保存' }).waitFor({ timeout: 15_000 });
    const after = await get();
    expect(after.revision).toBe(before + 1);
    expect(node(after, '电子政务一体化(A稿)')).toBeDefined();
    expect(node(after, '电子政务一体化(B再改)')).toBeUndefined();
    expect(node(after, '城市综合管理精细化')).toBeDefined();
    expect(node(after, '提升公共服务能级和水平')).toBeDefined();
    expect(await row(pageB, '提升公共服务能级和水平').count()).toBe(1);
  });

  it('A edits while the library is unreachable: the plan is kept in the browser, offered after a reload, restored and merged', async () => {
    const pageA = app.page;
    await pageA.reload();
    await row(pageA, '城市综合管理精细化').waitFor();
    // every save fails as if the network were down (the page's fetch rejects)
    await pageA.route('**/api/plan.save', (route) => route.abort('internetdisconnected'));
    await setHeading(pageA, '城市综合管理精细化', '城市综合管理精细化(离线稿)');
    await pageA.getByTestId('offline-note').waitFor({ timeout: 15_000 });
    const copy = await pageA.evaluate((id) => localStorage.getItem(`editor.unsaved.${id}`), planId);
    expect(copy).toContain('城市综合管理精细化(离线稿)');
    expect(node(await get(), '城市综合管理精细化(离线稿)')).toBeUndefined();
    // meanwhile B saves another change
    await setHeading(pageB, '提升公共服务能级和水平', '提升公共服务能级和水平(B)');
    await pageB.getByTestId('save-state').filter({ hasText: '已保存' }).waitFor({ timeout: 15_000 });
    // A reloads (still offline while the page goes: the save on leaving fails too) without being asked — the
    // plan is in localStorage — and the copy is offered
    const dialogs: string[] = [];
    pageA.on('dialog', (d) => { dialogs.push(d.type()); void d.accept(); });
    await pageA.reload();
    expect(dialogs).toEqual([]);
    await pageA.getByTestId('local-copy').waitFor({ timeout: 15_000 });
    await app.shot('merge-03-local-copy');
    expect(await row(pageA, '城市综合管理精细化(离线稿)').count()).toBe(0);
    await pageA.unroute('**/api/plan.save');
    await pageA.getByTestId('local-restore').press('Enter');
    // the library moved on (B's save): the merge view, nothing to pick
    const view = pageA.getByTestId('merge-view');
    await view.getByTestId('merge-none').waitFor({ timeout: 15_000 });
    await view.getByTestId('merge-save').click();
    await view.waitFor({ state: 'detached', timeout: 15_000 });
    await pageA.getByTestId('save-state').filter({ hasText: '已保存' }).waitFor({ timeout: 15_000 });
    const after = await get();
    expect(node(after, '城市综合管理精细化(离线稿)')).toBeDefined();
    expect(node(after, '提升公共服务能级和水平(B)')).toBeDefined();
    expect(node(after, '电子政务一体化(A稿)')).toBeDefined();
    expect(await pageA.evaluate((id) => localStorage.getItem(`editor.unsaved.${id}`), planId)).toBeNull();
    expect(await pageA.getByTestId('local-copy').count()).toBe(0);
  });

  // h-ui44 (close42 Left: the merge view's save in 审阅模式 was unchecked — the merged plan's commit was refused
  // silently in review mode, and the save that followed put the planner's own version over theirs): the plan is
  // submitted for review (a round opened, 审阅中) while the planner's typing waits to be saved. The merge view says
  // so, refuses to save like every edit in review mode, and keeps the planner's version; out of review mode it saves.
  it('the plan entered review while the planner typed: the merge view refuses to save in review mode, nothing lost; left, it saves', async () => {
    const page = app.page;
    const id = await jinganDraft(app);
    const getIt = () => call(app, 'plan.get', { id });
    await call(app, 'prefs.set', { identity: { name: '王规划', department: '区发展改革委' } });
    await page.goto(`${app.url}#/plan/${id}`);
    await page.reload();
    await row(page, '提升公共服务能级').waitFor();
    expect(await page.getByTestId('review-mode').getAttribute('aria-pressed')).toBe('false');
    // a colleague submits it (another window: this one is not told) — round 1, 审阅中, a new revision
    await call(app, 'review.submit', { planId: id });
    const submitted = await getIt();
    expect(submitted.meta.status).toBe('review');
    // the planner, still in edit mode here, types: the save meets the new revision
    await setHeading(page, '提升公共服务能级', '提升公共服务能级(审阅前输入)');
    const view = page.getByTestId('merge-view');
    const refusal = view.getByTestId('merge-review-mode');
    await refusal.waitFor({ timeout: 15_000 });
    expect(await refusal.innerText()).toContain('已在审阅中');
    expect(await refusal.innerText()).toContain('不会丢失');
    await app.shot('merge-04-review-mode');
    // the editor is in review mode (as a plan opened under review), 保存 disabled and Enter saves nothing
    expect(await page.getByTestId('review-mode').getAttribute('aria-pressed')).toBe('true');
    expect(await view.getByTestId('merge-save').isDisabled()).toBe(true);
    expect(await view.getByTestId('merge-save').getAttribute('title')).toContain('审阅模式下不能保存');
    // (Enter in the view, not on a button, is its 保存)
    await view.dispatchEvent('keydown', { key: 'Enter', bubbles: true });
    await page.waitForTimeout(500);
    let stored = await getIt();
    expect(stored.revision).toBe(submitted.revision);
    expect(node(stored, '提升公共服务能级(审阅前输入)')).toBeUndefined();
    // put aside and opened again from the banner: still refused, the planner's version still in the editor
    await view.getByTestId('merge-later').click();
    await view.waitFor({ state: 'detached' });
    expect(await row(page, '提升公共服务能级(审阅前输入)').count()).toBe(1);
    expect(await page.getByTestId('heading-input').isEditable()).toBe(false);
    await page.getByTestId('conflict-merge').click();
    await refusal.waitFor({ timeout: 15_000 });
    stored = await getIt();
    expect(stored.revision).toBe(submitted.revision);
    // the planner leaves review mode from the view: the merge saves (the plan stays 审阅中; the editor back in review mode)
    await view.getByTestId('merge-leave-review').click();
    await expect.poll(() => refusal.count()).toBe(0);
    expect(await view.getByTestId('merge-save').isDisabled()).toBe(false);
    await view.getByTestId('merge-save').click();
    await view.waitFor({ state: 'detached', timeout: 15_000 });
    await page.getByTestId('save-state').filter({ hasText: '已保存' }).waitFor({ timeout: 15_000 });
    stored = await getIt();
    expect(stored.revision).toBe(submitted.revision + 1);
    expect(node(stored, '提升公共服务能级(审阅前输入)')).toBeDefined();
    expect(stored.meta.status).toBe('review');
    expect(await page.getByTestId('review-mode').getAttribute('aria-pressed')).toBe('true');
    await call(app, 'plan.delete', { id });
  }, 120_000);
});
