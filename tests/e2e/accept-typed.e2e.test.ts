/**
 * Typing while an accepted suggestion is on its way (h-ui43), in Chromium: the accept is held back at the transport
 * (page.route) while the planner types, then let through. Before, the typed words' save met the accept's revision and
 * the conflict banner said the plan was "可能是在另一个窗口中修改过". Now the editor knows that revision as its own:
 * typing in another node is merged with the accept and saved by itself (no banner, no merge view); typing in the node
 * the accept changed opens the merge view, which — and the banner behind it — says it was the accepted suggestion.
 * Screenshots test-results/accept-typed-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Route } from 'playwright-core';
import { call, e2eEnabled, jinganDraft, planNodes, startApp, type App } from './harness';
import type { PlanNode } from '../../shared/model/plan';

describe.runIf(e2eEnabled())('typing while an accept is on its way (e2e)', () => {
  let app: App;
  let planId = '';
  let a: PlanNode;
  let b: PlanNode;
  beforeAll(async () => {
    app = await startApp({ viewport: { width: 1280, height: 800 } });
    planId = await jinganDraft(app);
    await call(app, 'prefs.set', { identity: { name: '王规划', department: '云溪区发展改革委' } });
    // two nodes with some body text, each heading shown once in the outline
    const nodes = planNodes(await call(app, 'plan.get', { id: planId })).filter((n) => n.body.length > 12 && n.heading.length > 3);
    [a, b] = nodes;
    if (!a || !b) throw new Error(`the draft has ${nodes.length} nodes with body text`);
  }, 300_000);
  afterAll(async () => {
    await app?.close();
  });

  const row = (text: string) => app.page.locator('[data-test=outline-row]', { hasText: text }).first();
  const stored = async (id: string) => planNodes(await call(app, 'plan.get', { id: planId })).find((n) => n.id === id)!;

  /** A suggestion on the first characters of A's body; the editor opened afresh on A with the review panel. */
  async function suggestAndOpen(replacement: string) {
    const body = (await stored(a.id)).body;
    await call(app, 'review.add', { planId, kind: 'suggestion', anchor: { nodeId: a.id, field: 'body', start: 0, end: 4, quote: body.slice(0, 4) }, body: '', replacement });
    const { page } = app;
    await page.goto(`${app.url}#/plan/${planId}?node=${a.id}`);
    await page.reload();
    await page.getByTestId('heading-input').waitFor();
    await page.getByTestId('save-state').waitFor();
    await page.waitForTimeout(300);
    if ((await page.getByTestId('toggle-review').getAttribute('aria-pressed')) !== 'true') await page.getByTestId('toggle-review').click();
    await expect.poll(() => page.getByTestId('toggle-review').getAttribute('aria-pressed')).toBe('true');
    if (await page.getByTestId('side-tab-review').count()) await page.getByTestId('side-tab-review').click();
    await page.getByTestId('accept').first().waitFor().catch(async (e) => { await app.shot('accept-typed-00-failed'); throw e; });
    return body;
  }

  /** Hold review.accept at the transport until `release` is called. */
  async function holdAccept(): Promise<() => Promise<void>> {
    let let_go: () => void = () => {};
    const gate = new Promise<void>((r) => { let_go = r; });
    let held: Promise<void> = Promise.resolve();
    const handler = (route: Route) => { held = gate.then(() => route.continue()); return held; };
    await app.page.route('**/api/review.accept', handler);
    return async () => { let_go(); await held; await app.page.unroute('**/api/review.accept', handler); };
  }

  /** Type `text` at the end of the 标题 of the node whose outline row shows `rowText` (null: the node shown). */
  async function typeInHeading(rowText: string | null, text: string) {
    const { page } = app;
    if (rowText) await row(rowText).click();
    await page.getByTestId('heading-input').click();
    await page.keyboard.press('End');
    await page.keyboard.type(text);
  }

  /** Let review.accept reach the core (the plan is changed) but hold its answer until `release` is called. */
  async function holdAnswer(): Promise<() => Promise<void>> {
    let let_go: () => void = () => {};
    const gate = new Promise<void>((r) => { let_go = r; });
    let held: Promise<void> = Promise.resolve();
    const handler = (route: Route) => { held = route.fetch().then(async (response) => { await gate; await route.fulfill({ response }); }); return held; };
    await app.page.route('**/api/review.accept', handler);
    return async () => { let_go(); await held; await app.page.unroute('**/api/review.accept', handler); };
  }

  /** The suggestion on A's body (the last one added) as the core lists it. */
  async function suggestionStatus(): Promise<string | undefined> {
    const list = await call(app, 'review.list', { planId }) as Array<{ kind: string; status: string; anchor: { nodeId: string } }>;
    return list.filter((x) => x.kind === 'suggestion' && x.anchor.nodeId === a.id).at(-1)?.status;
  }

  it('typing in another node: merged with the accept and saved, no banner, no merge view', async () => {
    const { page } = app;
    const body = await suggestAndOpen('【青川区】');
    const release = await holdAccept();
    await page.getByTestId('accept').first().click();
    await typeInHeading(b.heading, '（南屿县）');
    await release();
    await page.getByTestId('save-state').filter({ hasText: '已保存' }).waitFor({ timeout: 15_000 });
    await page.waitForTimeout(300);
    await app.shot('accept-typed-01-other-node');
    expect(await page.getByTestId('conflict').count()).toBe(0);
    expect(await page.getByTestId('merge-view').count()).toBe(0);
    expect((await stored(a.id)).body).toBe('【青川区】' + body.slice(4));
    expect((await stored(b.id)).heading).toBe(b.heading + '（南屿县）');
  }, 120_000);

  it('after that merge 撤销 / Ctrl+Z cannot take the accepted text back: the undo history starts afresh (rev42b F1)', async () => {
    const { page } = app;
    const body = await suggestAndOpen('【临江市】');
    const release = await holdAccept();
    await page.getByTestId('accept').first().click();
    const heading = (await stored(b.id)).heading;
    await typeInHeading(b.heading, '（东湖区）');
    await release();
    await page.getByTestId('save-state').filter({ hasText: '已保存' }).waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('conflict').count()).toBe(0);
    // nothing to undo: 撤销 is disabled, and Ctrl+Z in the field changes nothing
    expect(await page.getByTestId('undo').isDisabled()).toBe(true);
    await page.getByTestId('heading-input').click();
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+s');
    await page.waitForTimeout(1_500);
    await app.shot('accept-typed-04-undo');
    expect(await page.getByTestId('heading-input').inputValue()).toBe(heading + '（东湖区）');
    expect((await stored(a.id)).body).toBe('【临江市】' + body.slice(4));
    expect((await stored(b.id)).heading).toBe(heading + '（东湖区）');
    expect(await suggestionStatus()).toBe('accepted');
    // what is typed after the merge is undone as usual, back to the merged plan and no further
    await page.keyboard.press('End');
    await page.keyboard.type('补');
    await expect.poll(() => page.getByTestId('undo').isDisabled()).toBe(false);
    await page.getByTestId('undo').click();
    await expect.poll(() => page.getByTestId('heading-input').inputValue()).toBe(heading + '（东湖区）');
    expect(await page.getByTestId('undo').isDisabled()).toBe(true);
    await page.getByTestId('save-state').filter({ hasText: '已保存' }).waitFor({ timeout: 15_000 });
    expect((await stored(a.id)).body).toBe('【临江市】' + body.slice(4));
    expect(await suggestionStatus()).toBe('accepted');
    b = await stored(b.id);
  }, 120_000);

  it('the accept\'s answer held until the typing\'s save met its revision: merged by itself all the same (rev42b F2)', async () => {
    const { page } = app;
    const body = await suggestAndOpen('【青川区】');
    const release = await holdAnswer();
    await page.getByTestId('accept').first().click();
    // the core has changed the plan (its answer is held): the typing in B is saved on the old revision and refused
    await expect.poll(async () => (await stored(a.id)).body, { timeout: 15_000 }).toBe('【青川区】' + body.slice(4));
    const heading = (await stored(b.id)).heading;
    await typeInHeading(b.heading, '（南屿县）');
    await page.getByTestId('merge-view').waitFor({ timeout: 15_000 }).catch(async (e) => { await app.shot('accept-typed-05-failed'); throw e; });
    await app.shot('accept-typed-05-conflict-first');
    await release();
    await page.getByTestId('save-state').filter({ hasText: '已保存' }).waitFor({ timeout: 15_000 });
    await page.waitForTimeout(300);
    expect(await page.getByTestId('merge-view').count()).toBe(0);
    expect(await page.getByTestId('conflict').count()).toBe(0);
    expect((await stored(a.id)).body).toBe('【青川区】' + body.slice(4));
    expect((await stored(b.id)).heading).toBe(heading + '（南屿县）');
    expect(await suggestionStatus()).toBe('accepted');
    expect(await page.getByTestId('undo').isDisabled()).toBe(true);
    b = await stored(b.id);
  }, 120_000);

  it('typing in the 标题 of the node the accept changed: merged field by field, no banner; Ctrl+Z in the 正文 on screen then keeps the accepted text (Monaco\'s own undo starts afresh too)', async () => {
    const { page } = app;
    const body = await suggestAndOpen('【东湖区】');
    const release = await holdAccept();
    await page.getByTestId('accept').first().click();
    await typeInHeading(null, '（临江市）');
    await release();
    await page.getByTestId('save-state').filter({ hasText: '已保存' }).waitFor({ timeout: 15_000 });
    await page.waitForTimeout(300);
    expect(await page.getByTestId('conflict').count()).toBe(0);
    expect(await page.getByTestId('merge-view').count()).toBe(0);
    // the merge put the accepted words into the 正文 on screen; Monaco's undo must not take them back
    const text = page.locator('[data-test=monaco-host] .view-lines');
    await expect.poll(async () => (await text.innerText()).replace(/\n/g, ''), { timeout: 15_000 }).toContain('【东湖区】');
    await text.click();
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+s');
    await page.waitForTimeout(1_500);
    await app.shot('accept-typed-06-monaco-undo');
    expect((await text.innerText()).replace(/\n/g, '')).toContain('【东湖区】');
    const n = await stored(a.id);
    expect([n.heading, n.body]).toEqual([a.heading + '（临江市）', '【东湖区】' + body.slice(4)]);
    a = n;
  }, 120_000);

  it('typing in the 正文 the accept changed: the merge view and the banner say it was the accepted suggestion', async () => {
    const { page } = app;
    const body = await suggestAndOpen('【云溪区】');
    const release = await holdAccept();
    await page.getByTestId('accept').first().click();
    await page.locator('[data-test=monaco-host] .view-lines').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('临江市');
    await release();
    const intro = page.getByTestId('merge-intro');
    await intro.waitFor({ timeout: 15_000 }).catch(async (e) => { await app.shot('accept-typed-02-failed'); throw e; });
    expect(await intro.innerText()).toMatch(/^您接受的修改建议已保存为第 \d+ 版/);
    await app.shot('accept-typed-02-merge');
    await page.keyboard.press('Escape');
    const text = await page.getByTestId('conflict-text').innerText();
    expect(text).toMatch(/^您接受的修改建议已保存为第 \d+ 版/);
    expect(text).not.toContain('另一个窗口');
    expect((await page.locator('[data-test=monaco-host] .view-lines').innerText()).replace(/\n/g, '')).toContain(body.slice(-6) + '临江市'); // kept
    await app.shot('accept-typed-03-banner');
  }, 120_000);
});
