/**
 * Review annotations in Chromium, on a copy of 杨浦 2015–2017: set the reviewer identity, select a range in a
 * task body (Monaco) and comment on it, reply, resolve; select another range, suggest new wording and accept
 * it (the body changes in the editor and in the library, and survives a reload); then review mode — the plan
 * read-only, commenting still allowed — with screenshots in test-results/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredPlan } from '../../shared/api/contract';
import type { AnnotationView } from '../../shared/review/model';
import { call, e2eEnabled, planIdByTitle, startApp, taskNamed, YANGPU_2015, type App } from './harness';

const TASK = '建设综合云平台';

describe.runIf(e2eEnabled())('review (e2e)', () => {
  let app: App;
  let planId = '';
  let original = '';
  let taskId = '';

  const get = () => call(app, 'plan.get', { id: planId });
  const list = (): Promise<AnnotationView[]> => call(app, 'review.list', { planId });
  const task = (p: StoredPlan) => taskNamed(p, TASK)!;

  beforeAll(async () => {
    app = await startApp();
    planId = (await call(app, 'plan.duplicate', { id: await planIdByTitle(app, YANGPU_2015), title: '杨浦区“智慧城市”建设三年行动计划(审阅稿)' })).id;
    await call(app, 'plan.setStatus', { id: planId, status: 'draft' });
    original = task(await get()).body;
    taskId = task(await get()).id;
  }, 300_000);
  afterAll(async () => {
    await app?.close();
  });

  const row = (text: string) => app.page.locator('[data-test=outline-row]', { hasText: text }).first();
  const bodyLines = () => app.page.locator('[data-test=monaco-host] .view-lines');
  // the body's text as shown, its wrapped rows joined (where a row wraps depends on the editor's width)
  const shownBody = async () => (await bodyLines().innerText()).replace(/\n/g, '');
  const thread = () => app.page.getByTestId('thread').first();

  /** Select [start, end) of the body in Monaco with the keyboard (the body is one line at its start). */
  async function selectInBody(start: number, end: number) {
    const { page } = app;
    await bodyLines().click();
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < start; i++) await page.keyboard.press('ArrowRight');
    for (let i = start; i < end; i++) await page.keyboard.press('Shift+ArrowRight');
  }

  it('sets the reviewer identity from the top bar', async () => {
    const { page } = app;
    // the outline is virtualised: open the plan at the task (as a search hit does) so its row is rendered
    await page.goto(`${app.url}#/plan/${planId}?node=${taskId}`);
    await row(TASK).waitFor();
    await page.getByTestId('identity').click();
    await page.getByTestId('identity-name').fill('王审阅');
    await page.getByTestId('identity-department').fill('区发展改革委');
    await page.getByTestId('identity-save').click();
    await expect.poll(() => page.getByTestId('identity').innerText()).toBe('审阅人:王审阅');
    const prefs = await app.core.call('prefs.get', {});
    expect(prefs.ok && prefs.result.identity).toEqual({ name: '王审阅', department: '区发展改革委' });
  }, 120_000);

  it('comments on a selected range of a task body, replies and resolves', async () => {
    const { page } = app;
    await row(TASK).click();
    await expect.poll(() => bodyLines().innerText(), { timeout: 10_000 }).toContain(original.slice(0, 10));
    await selectInBody(4, 12);
    await page.keyboard.press('Control+Alt+m');
    const composer = page.getByTestId('composer');
    await composer.waitFor();
    expect(await page.getByTestId('composer-quote').innerText()).toBe(original.slice(4, 12));
    await page.getByTestId('composer-body').fill('“既有资源”具体指哪些?请列出清单。');
    await page.getByTestId('composer-send').click();
    await composer.waitFor({ state: 'detached' });
    await expect.poll(async () => (await list()).length).toBe(1);
    const [a] = await list();
    expect(a.kind).toBe('comment');
    expect(a.anchor).toMatchObject({ field: 'body', start: 4, quote: original.slice(4, 12), nodeId: task(await get()).id });
    expect(a.author).toEqual({ name: '王审阅', department: '区发展改革委' });
    expect(await thread().getByTestId('thread-quote').innerText()).toBe(original.slice(4, 12));
    expect(await row(TASK).getByTestId('row-annotations').innerText()).toContain('1');
    // the range is highlighted in Monaco
    expect(await page.locator('[data-test=monaco-host] .rv-range').count()).toBeGreaterThan(0);
    await app.shot('review-01-comment');

    await thread().getByTestId('reply-open').click();
    await thread().getByTestId('reply-input').fill('包括政务外网、区数据中心和各部门机房。');
    await thread().getByTestId('reply-send').click();
    await expect.poll(async () => (await list())[0].replies.map((r) => r.body)).toEqual(['包括政务外网、区数据中心和各部门机房。']);
    expect(await thread().getByTestId('reply').innerText()).toContain('区数据中心');

    await thread().getByTestId('resolve').click();
    await expect.poll(async () => (await list())[0].status).toBe('resolved');
    await page.getByTestId('thread').waitFor({ state: 'detached' }); // filter: open
    expect(await row(TASK).getByTestId('row-annotations').count()).toBe(0);
    await page.getByTestId('filter-all').click();
    expect(await thread().getAttribute('data-status')).toBe('resolved');
    await page.getByTestId('filter-open').click();
  }, 120_000);

  it('suggests new wording for a range and the author accepts it; the change survives a reload', async () => {
    const { page } = app;
    const from = original.indexOf('综合云平台');
    expect(from).toBeGreaterThan(0);
    const quote = original.slice(from, from + 5);
    await selectInBody(from, from + 5);
    await expect.poll(() => page.getByTestId('review-selection').innerText()).toContain(quote);
    await page.getByTestId('review-suggest').click();
    await page.getByTestId('composer-replacement').fill('区级综合云平台');
    await page.getByTestId('composer-body').fill('与市级平台区分');
    await page.getByTestId('composer-send').click();
    await expect.poll(async () => (await list()).filter((a) => a.kind === 'suggestion').length).toBe(1);
    const s = thread();
    expect(await s.getByTestId('suggestion').innerText()).toContain('区级综合云平台');
    const revBefore = (await get()).revision;
    await app.shot('review-02-suggestion');

    await s.getByTestId('accept').click();
    const expected = original.slice(0, from) + '区级综合云平台' + original.slice(from + 5);
    await expect.poll(async () => task(await get()).body).toBe(expected);
    expect((await get()).revision).toBeGreaterThan(revBefore);
    const accepted = (await list()).find((a) => a.kind === 'suggestion')!;
    expect(accepted.status).toBe('accepted');
    await expect.poll(shownBody, { timeout: 10_000 }).toContain('区级综合云平台');
    await app.page.getByTestId('save-state').filter({ hasText: '已保存' }).waitFor({ timeout: 15_000 });

    await page.reload();
    await row(TASK).click();
    await expect.poll(shownBody, { timeout: 10_000 }).toContain('启动以政务云');
    expect(await shownBody()).toContain('区级综合云平台');
    expect(task(await get()).body).toBe(expected);
  }, 120_000);

  it('review mode: the plan is read-only, comments are still allowed (screenshots)', async () => {
    const { page } = app;
    // a plan submitted for review opens in review mode
    const st = await app.core.call('plan.setStatus', { id: planId, status: 'review' });
    expect(st.ok).toBe(true);
    await page.reload();
    await row(TASK).click();
    await page.getByTestId('review-banner').waitFor();
    expect(await page.getByTestId('review-mode').getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByTestId('heading-input').getAttribute('readonly')).not.toBeNull();
    expect(await page.getByTestId('add-sibling').count()).toBe(0); // hidden while read-only
    await expect.poll(shownBody, { timeout: 10_000 }).toContain('区级综合云平台');
    // typing in the body changes nothing
    await bodyLines().click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('不应出现');
    expect(await shownBody()).not.toContain('不应出现');

    // commenting on the heading is allowed
    const heading = page.getByTestId('heading-input');
    await heading.click();
    await heading.evaluate((el: HTMLTextAreaElement) => { el.setSelectionRange(2, 6); el.dispatchEvent(new Event('select')); });
    await page.keyboard.press('Control+Alt+m');
    await page.getByTestId('composer-body').fill('标题建议与上位规划表述一致');
    await page.getByTestId('composer-send').click();
    await expect.poll(async () => (await list()).filter((a) => a.anchor.field === 'heading').length).toBe(1);
    const h = (await list()).find((a) => a.anchor.field === 'heading')!;
    expect(h.anchor.quote).toBe(TASK.slice(2, 6));
    expect(task(await get()).body).not.toContain('不应出现');
    await page.getByTestId('filter-all').click();
    await app.shot('review-03-review-mode');
    await page.getByTestId('toggle-lint').click();
    await app.shot('review-04-review-mode-panel');
  }, 120_000);
});
