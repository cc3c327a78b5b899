/**
 * 目标值 typed and not yet committed, and Ctrl+Z, in Chromium (renderer/src/editor/keepTyped.ts). The second review of
 * session 32: task A has 指标 A指标甲 = 120, task B has B指标乙 without a value; A's heading edited and saved; B's
 * 目标值 typed 500, Ctrl+Z (which undid A's heading and re-selected A in the same, reused panel), Tab, Ctrl+S — and
 * the plan stored A's indicator = 500, B's empty: the typed text was put back into the field now showing A's row.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { walk } from '../../shared/model/plan';
import { call, e2eEnabled, jinganDraft, planNodes, startApp, type App } from './harness';

describe.runIf(e2eEnabled())('目标值 typed, then Ctrl+Z (e2e)', () => {
  let app: App;
  let planId = '';
  const A = { id: '', heading: '' };
  const B = { id: '', heading: '' };

  /** The plan as the review had it: A's 指标 = 120, B's without a value; the editor opened on it afresh. */
  async function reset() {
    const { revision, id: _id, ...doc } = await call(app, 'plan.get', { id: planId });
    const tasks = [...walk(doc.nodes)].map((w) => w.node).filter((n) => n.kind === 'task');
    const [a, b] = tasks;
    a.heading = A.heading || a.heading;
    b.heading = B.heading || b.heading;
    a.indicators = [{ name: 'A指标甲', value: 120, unit: '个', comparator: '>=', year: 2029, text: '' }];
    b.indicators = [{ name: 'B指标乙', value: null, unit: '个', comparator: '>=', year: 2029, text: '' }];
    Object.assign(A, { id: a.id, heading: a.heading });
    Object.assign(B, { id: b.id, heading: b.heading });
    await call(app, 'plan.save', { id: planId, doc, baseRevision: revision });
    await app.page.goto(`${app.url}#/plan/${planId}`);
    await app.page.reload();
    await row(A.heading).waitFor();
  }
  const row = (text: string) => app.page.locator('[data-test=outline-row]', { hasText: text }).first();
  const saved = () => app.page.getByTestId('save-state').filter({ hasText: '已保存' }).waitFor({ timeout: 15_000 });
  const focusedValue = () => app.page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value ?? null);
  const focusedLabel = () => app.page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);
  const stored = async () => {
    const nodes = planNodes(await call(app, 'plan.get', { id: planId }));
    const a = nodes.find((n) => n.id === A.id)!;
    const b = nodes.find((n) => n.id === B.id)!;
    return { a, b, aValue: a.indicators[0]?.value, bValue: b.indicators[0]?.value };
  };
  /** A's heading edited and saved (the undo stack's last step), then B's 目标值 clicked. */
  async function editAThenClickBValue() {
    const { page } = app;
    await row(A.heading).click();
    const heading = page.getByTestId('heading-input');
    await heading.fill(A.heading + '（改）');
    await heading.press('Tab');
    await saved();
    await row(B.heading).click();
    await expect.poll(() => page.getByTestId('heading-input').inputValue()).toBe(B.heading);
    await page.getByTestId('indicator-row').first().getByLabel('目标值').click();
  }

  beforeAll(async () => {
    app = await startApp();
    planId = await jinganDraft(app);
  }, 300_000);
  afterAll(async () => {
    await app?.close();
  });

  it('the review\'s steps: Ctrl+Z undoes the typing in B\'s field; nothing is written onto A', async () => {
    await reset();
    const { page } = app;
    await editAThenClickBValue();
    await page.keyboard.type('500');
    await page.keyboard.press('Control+z');
    // the typing was the last thing done: it is what Ctrl+Z takes back; B stays shown, A's heading stays edited
    expect(await focusedLabel()).toBe('目标值');
    expect(await focusedValue()).toBe('');
    expect(await page.getByTestId('heading-input').inputValue()).toBe(B.heading);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+s');
    await saved();
    const s = await stored();
    expect(s.a.heading).toBe(A.heading + '（改）');
    expect(s.aValue).toBe(120);
    expect(s.bValue).toBeNull();
  });

  it('a second Ctrl+Z undoes A\'s heading and shows A in the same field: its own 120, and Tab changes nothing', async () => {
    await reset();
    const { page } = app;
    await editAThenClickBValue();
    await page.keyboard.type('500');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    const heading = page.getByTestId('heading-input');
    await expect.poll(() => heading.inputValue()).toBe(A.heading);
    // the focus stayed in the reused field, which shows A's row now
    expect(await focusedLabel()).toBe('目标值');
    expect(await focusedValue()).toBe('120');
    await page.keyboard.press('Tab');
    // the field's change (Chromium fires it: 500 was typed since the focus) carried A's own value: no undo step,
    // so the heading's edit can still be redone
    expect(await page.getByTestId('redo').isEnabled()).toBe(true);
    await page.keyboard.press('Control+s');
    await saved();
    let s = await stored();
    expect(s.a.heading).toBe(A.heading);
    expect(s.aValue).toBe(120);
    expect(s.bValue).toBeNull();
    // typed into A's field now, it is A's
    await page.getByTestId('indicator-row').first().getByLabel('目标值').fill('130');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+s');
    await saved();
    s = await stored();
    expect(s.aValue).toBe(130);
    expect(s.bValue).toBeNull();
  });

  // (this one passed before the fix too: it guards the rule that a change of the field's model from outside shows it)
  it('the same node: Ctrl+Z of the 目标值 just committed shows the field empty again, not the undone 500', async () => {
    await reset();
    const { page } = app;
    await row(B.heading).click();
    const value = page.getByTestId('indicator-row').first().getByLabel('目标值');
    await value.click();
    await page.keyboard.type('500');
    await page.keyboard.press('Tab'); // committed
    await page.keyboard.press('Shift+Tab'); // back in 目标值
    expect(await focusedLabel()).toBe('目标值');
    await page.keyboard.press('Control+z');
    await expect.poll(focusedValue).toBe('');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+s');
    await saved();
    expect((await stored()).bValue).toBeNull();
  });

  it('the same node: 指标名称 typed, then 目标值 typed — Ctrl+Z takes back the 目标值 first, then the name', async () => {
    await reset();
    const { page } = app;
    await row(B.heading).click();
    const ind = page.getByTestId('indicator-row').first();
    await ind.locator('[data-col=name]').click();
    await page.keyboard.press('End');
    await page.keyboard.type('（个）');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focusedLabel()).toBe('目标值');
    await page.keyboard.type('500');
    await page.keyboard.press('Control+z');
    expect(await focusedValue()).toBe('');
    expect(await ind.locator('[data-col=name]').inputValue()).toBe('B指标乙（个）');
    await page.keyboard.press('Control+z');
    await expect.poll(() => ind.locator('[data-col=name]').inputValue()).toBe('B指标乙');
    expect(await focusedValue()).toBe('');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+s');
    await saved();
    const s = await stored();
    expect(s.b.indicators[0]).toMatchObject({ name: 'B指标乙', value: null });
  });

  // NodePanel is not keyed by node id (the Monaco body is reused): what is typed on A and left by a click on B in the
  // tree stays A's, B's fields show B's, and Ctrl+Z takes A's typing back on A (session 33, a walk in Chromium:
  // heading, body, 牵头单位's box; passed before too — a guard for the reused panel)
  it('typed on A (heading, body, 牵头单位 without Enter), then B clicked in the tree: the text is A\'s, B shows its own; Ctrl+Z undoes it on A', async () => {
    await reset();
    const { page } = app;
    const before = await stored();
    const chipsBox = () => page.getByTestId('lead').getByTestId('chips-input');
    const body = page.locator('[data-test=monaco-host] .view-lines');
    const cases: { what: string; type: () => Promise<void>; a: (s: Awaited<ReturnType<typeof stored>>) => unknown; typed: unknown }[] = [
      { what: 'heading', type: async () => { await page.getByTestId('heading-input').click(); await page.keyboard.press('End'); await page.keyboard.type('甲'); }, a: (x) => x.a.heading, typed: before.a.heading + '甲' },
      { what: 'body', type: async () => { await body.click(); await page.keyboard.press('Control+End'); await page.keyboard.type('乙乙'); }, a: (x) => x.a.body, typed: before.a.body + '乙乙' },
      { what: 'lead', type: async () => { await chipsBox().click(); await page.keyboard.type('丙委'); }, a: (x) => x.a.lead, typed: [...before.a.lead, '丙委'] },
    ];
    for (const c of cases) {
      await row(A.heading).click();
      await expect.poll(() => page.getByTestId('heading-input').inputValue()).toBe(A.heading);
      await c.type();
      await row(B.heading).click();
      await expect.poll(() => page.getByTestId('heading-input').inputValue()).toBe(B.heading);
      // B's fields show B's
      expect(await body.innerText(), c.what).toBe(before.b.body);
      expect(await chipsBox().inputValue(), c.what).toBe('');
      await page.keyboard.press('Control+s');
      await saved();
      let s = await stored();
      expect(c.a(s), c.what).toEqual(c.typed);
      expect(s.b, c.what).toEqual(before.b);
      // the focus is in the tree: Ctrl+Z takes the typing back, on A
      await page.keyboard.press('Control+z');
      await expect.poll(() => page.getByTestId('heading-input').inputValue()).toBe(A.heading);
      await page.keyboard.press('Control+s');
      await saved();
      s = await stored();
      expect(s.a, c.what).toEqual(before.a);
      expect(s.b, c.what).toEqual(before.b);
    }
  });
});
