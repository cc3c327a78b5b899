/**
 * The office server in Chromium (browser mode against plan-workbench serve's server): the login screen, its one
 * error line, the library after logging in (with the account in the top bar and the CSRF token on every call),
 * per-district visibility as two planners see it, logging out, and live review's polling when the event stream
 * cannot be had.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESULTS, e2eEnabled } from './harness';
import { startOfficeE2E, type OfficeE2E } from './office-harness';

describe.runIf(e2eEnabled())('office server (e2e)', () => {
  let office: OfficeE2E;
  const url = () => office.url();
  const apiAs = (username: string, password: string) => office.callAs(username, password);
  const newPage = () => office.newPage();
  // without waiting for the library: a wrong password is one of the cases
  const logIn = (page: Page, username: string, password: string) => office.logIn(page, username, password, false);

  /** A draft made through the server's API as `username`. */
  async function draftAs(username: string, password: string, title: string, district: string): Promise<string> {
    const call = await apiAs(username, password);
    return (await call<{ id: string }>('plan.createBlank', { title, district, period: { start: 2027, end: 2029 } })).id;
  }
  let yangDraft = '';

  beforeAll(async () => {
    office = await startOfficeE2E('pw-e2e-server-', [
      { username: 'yang', role: 'planner', district: '杨浦区', password: 'yangpu-planner-pw', displayName: '杨规划' },
      { username: 'jing', role: 'planner', district: '静安区', password: 'jingan-planner-pw', displayName: '静规划' },
      { username: 'rev', role: 'reviewer', district: '杨浦区', password: 'yangpu-reviewer-pw', displayName: '杨审核' },
    ]);
    yangDraft = await draftAs('yang', 'yangpu-planner-pw', '杨浦区智慧城市三年行动计划(2027-2029)草案', '杨浦区');
    await draftAs('jing', 'jingan-planner-pw', '静安区智慧城区三年行动计划(2027-2029)草案', '静安区');
  }, 300_000);

  afterAll(async () => {
    await office?.close();
    expect(office?.errors ?? []).toEqual([]);
  });

  it('shows the login screen, one line for a wrong password, then the library with the account', async () => {
    const page = await newPage();
    await logIn(page, 'yang', 'not-the-password');
    const error = page.getByTestId('login-error');
    await error.waitFor();
    expect(await error.innerText()).toBe('用户名或密码错误');
    expect(await page.getByTestId('plan-card').count()).toBe(0);
    await page.screenshot({ path: join(RESULTS, 'server-01-login-error.png') });
    await page.getByTestId('login-password').fill('yangpu-planner-pw');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('plan-card').first().waitFor();
    expect(await page.getByTestId('account').innerText()).toBe('杨规划(规划)');
    const text = await page.getByTestId('plans').innerText();
    expect(text).toContain('杨浦区智慧城市三年行动计划(2027-2029)草案');
    expect(text).not.toContain('静安区智慧城区三年行动计划(2027-2029)草案');
    expect(await page.getByTestId('plan-card').count()).toBe(6); // five reference plans and the own draft
    await page.screenshot({ path: join(RESULTS, 'server-02-library.png') });

    // the other district's planner sees their own draft, not this one
    const other = await newPage();
    await logIn(other, 'jing', 'jingan-planner-pw');
    await other.getByTestId('plan-card').first().waitFor();
    const otherText = await other.getByTestId('plans').innerText();
    expect(otherText).toContain('静安区智慧城区三年行动计划(2027-2029)草案');
    expect(otherText).not.toContain('杨浦区智慧城市三年行动计划(2027-2029)草案');

    // logging out brings back the login screen, and the old session is gone on the server
    await page.getByTestId('logout').click();
    await page.getByTestId('login-form').waitFor();
    const after = await page.evaluate(async () => (await fetch('/api/library.list', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status);
    expect(after).toBe(401);
  }, 120_000);

  it('live review without the event stream (refused, as behind a proxy that cuts it): the open editor polls, and a reviewer’s comment still appears without a reload', async () => {
    const page = await newPage();
    // every try of the stream fails as a refused one does (tests/e2e/live-review.e2e.test.ts has the stream itself)
    const streamTries: string[] = [];
    await page.route('**/api/events?*', (route) => {
      streamTries.push(route.request().url());
      return route.fulfill({ status: 503, contentType: 'application/json', body: '{"ok":false,"error":{"code":"busy","message":"x"}}' });
    });
    await logIn(page, 'yang', 'yangpu-planner-pw');
    await page.getByTestId('plan-card').first().waitFor();
    await page.goto(`${url()}#/plan/${yangDraft}`);
    await page.getByTestId('toggle-review').waitFor();
    if ((await page.getByTestId('toggle-review').getAttribute('aria-pressed')) !== 'true') await page.getByTestId('toggle-review').click();
    expect(await page.getByTestId('thread').count()).toBe(0);
    // the reviewer, in another browser, comments on the draft's first node
    const asReviewer = await apiAs('rev', 'yangpu-reviewer-pw');
    const plan = await asReviewer<{ nodes: Array<{ id: string }> }>('plan.get', { id: yangDraft });
    await asReviewer('review.add', { planId: yangDraft, kind: 'comment', anchor: { nodeId: plan.nodes[0].id, field: 'node', start: 0, end: 0, quote: '' }, body: '请补充2027年的量化指标' });
    const thread = page.getByTestId('thread-body').filter({ hasText: '请补充2027年的量化指标' });
    await thread.waitFor({ timeout: 15_000 }); // polled every 5 s
    expect(streamTries.length).toBeGreaterThanOrEqual(1);
    // no stream of the plan (the library page of the test before holds its library stream: not this page's)
    expect(office.server.live.count(yangDraft)).toBe(0);
    expect(await page.getByTestId('thread').first().innerText()).toContain('杨审核');
    await page.screenshot({ path: join(RESULTS, 'server-03-live-review.png') });
  }, 120_000);
});
