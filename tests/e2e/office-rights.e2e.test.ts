/**
 * What an account sees on the office server, in Chromium (found by a new user's walk): before logging in only the
 * login form; a planner's library offers 删除 only on plans the server lets them delete; a plan the account may not
 * edit opens read-only with the reason said once and no editing controls (a planner on a reference plan, a
 * reviewer on a draft); the 审计 tab names the accounts and says in Chinese why a call was not done; the owner
 * shares a draft from the editor's 共享 dialog, and the other planner's library and editor follow each change — an
 * open library without a reload (the account's library stream), the owner's own card in another window too.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESULTS, e2eEnabled } from './harness';
import { startOfficeE2E, type OfficeE2E } from './office-harness';

describe.runIf(e2eEnabled())('office server: what each account may do (e2e)', () => {
  let office: OfficeE2E;
  const url = () => office.url();
  const apiAs = (username: string, password: string) => office.apiAs(username, password);
  const newPage = () => office.newPage();
  const logIn = (page: Page, username: string, password: string) => office.logIn(page, username, password);
  let draft = '';
  const DRAFT_TITLE = '杨浦区智慧城市三年行动计划(2027-2029)草案';

  beforeAll(async () => {
    office = await startOfficeE2E('pw-e2e-rights-', [
      { username: 'yang', role: 'planner', district: '杨浦区', password: 'yangpu-planner-pw', displayName: '杨规划' },
      { username: 'rev', role: 'reviewer', district: '杨浦区', password: 'yangpu-reviewer-pw', displayName: '杨审核' },
      { username: 'jing', role: 'planner', district: '静安区', password: 'jingan-planner-pw', displayName: '静规划' },
      { username: 'admin', role: 'admin', password: 'office-admin-pw-1', displayName: '信息科管理员' },
      { username: 'clerk', role: 'clerk', district: '杨浦区', password: 'yangpu-clerk-pw-1', displayName: '杨文书' },
    ]);
    const yang = await apiAs('yang', 'yangpu-planner-pw');
    draft = (await yang<{ id: string }>('plan.createBlank', { title: DRAFT_TITLE, district: '杨浦区', period: { start: 2027, end: 2029 } })).result.id;
  }, 300_000);

  afterAll(async () => {
    await office?.close();
    expect(office?.errors ?? []).toEqual([]);
  });

  it('before logging in: the login form, the app’s name and help — no 资料库 or 对比', async () => {
    const page = await newPage();
    await page.goto(url());
    await page.getByTestId('login-form').waitFor();
    expect(await page.getByTestId('nav-compare').count()).toBe(0);
    expect(await page.locator('nav').count()).toBe(0);
    expect(await page.locator('.brand').innerText()).toContain('规划工作台');
    expect(await page.getByTestId('open-help').count()).toBe(1);
    await page.screenshot({ path: join(RESULTS, 'rights-01-login.png') });
  }, 60_000);

  it('a planner: 删除 only on their own draft; a reference plan opens read-only, saying why, without editing controls', async () => {
    const page = await newPage();
    await logIn(page, 'yang', 'yangpu-planner-pw');
    const cards = page.getByTestId('plan-card');
    expect(await cards.count()).toBe(6); // five reference plans and the own draft
    const own = cards.filter({ hasText: DRAFT_TITLE });
    expect(await own.getByTestId('delete').count()).toBe(1);
    expect(await page.getByTestId('delete').count()).toBe(1);
    // copying a reference plan stays (the server allows it)
    expect(await page.getByTestId('duplicate').count()).toBe(6);
    await page.screenshot({ path: join(RESULTS, 'rights-02-planner-library.png') });

    await cards.filter({ hasText: '静安区推进智慧城区建设三年行动方案' }).getByTestId('open-plan').click();
    await page.getByTestId('review-banner').waitFor();
    expect(await page.getByTestId('read-only-reason').innerText()).toContain('这是参考规划');
    for (const control of ['undo', 'redo', 'add-sibling', 'indent', 'review-mode', 'review-mode-exit']) expect(await page.getByTestId(control).count(), control).toBe(0);
    await page.screenshot({ path: join(RESULTS, 'rights-03-planner-reference-plan.png') });
    // a task with its structured fields: shown, not offered for editing (no add / remove buttons)
    await page.locator('[data-test=outline-row]').filter({ hasText: '电子政务一体化' }).first().click();
    if (await page.getByTestId('show-more').count()) await page.getByTestId('show-more').click();
    await page.locator('fieldset.structured').waitFor();
    expect(await page.locator('fieldset.structured button:visible').count()).toBe(0);
    await page.screenshot({ path: join(RESULTS, 'rights-03b-reference-task.png') });

    // their own draft: editable as ever
    await page.goto(`${url()}#/plan/${draft}`);
    await page.getByTestId('add-sibling').waitFor();
    expect(await page.getByTestId('review-banner').count()).toBe(0);
    expect(await page.getByTestId('undo').count()).toBe(1);
  }, 120_000);

  it('a reviewer: the draft opens read-only with the role as the reason; the planner’s 审计 tab names the reviewer and says why the save was refused', async () => {
    const page = await newPage();
    await logIn(page, 'rev', 'yangpu-reviewer-pw');
    expect(await page.getByTestId('delete').count()).toBe(0);
    await page.goto(`${url()}#/plan/${draft}`);
    await page.getByTestId('review-banner').waitFor();
    expect(await page.getByTestId('read-only-reason').innerText()).toContain('当前账户是审核角色');
    for (const control of ['undo', 'redo', 'add-sibling', 'delete', 'review-mode']) expect(await page.getByTestId(control).count(), control).toBe(0);
    expect(await page.getByTestId('toggle-review').count()).toBe(1);
    await page.screenshot({ path: join(RESULTS, 'rights-04-reviewer-editor.png') });

    // the reviewer's save, refused by the server (through the API: the page offers none)
    const rev = await apiAs('rev', 'yangpu-reviewer-pw');
    const plan = await rev<{ revision: number; format: string; meta: unknown; nodes: unknown[] }>('plan.get', { id: draft });
    const { revision, ...doc } = plan.result;
    const refused = await rev('plan.save', { id: draft, doc: { format: doc.format, meta: doc.meta, nodes: doc.nodes }, baseRevision: revision });
    expect(refused.error?.code).toBe('forbidden');

    const planner = await newPage();
    await logIn(planner, 'yang', 'yangpu-planner-pw');
    await planner.goto(`${url()}#/plan/${draft}`);
    await planner.getByTestId('toggle-history').click();
    await planner.getByTestId('history-tab-audit').click();
    const refusedRow = planner.locator('[data-test=audit-entry][data-result=forbidden]');
    await refusedRow.waitFor();
    expect(await refusedRow.getByTestId('audit-who').innerText()).toBe('杨审核');
    expect(await refusedRow.getByTestId('audit-login').innerText()).toBe('rev');
    expect(await refusedRow.locator('.summary').innerText()).toBe('保存 · 未执行:没有权限');
    const created = planner.locator('[data-test=audit-entry][data-method="plan.createBlank"]');
    expect(await created.getByTestId('audit-who').innerText()).toBe('杨规划');
    await planner.screenshot({ path: join(RESULTS, 'rights-05-audit.png') });
  }, 120_000);

  it('the owner shares the draft from the editor: the other planner sees it, may edit it, then only read it, then no longer sees it', async () => {
    const jing = await newPage();
    await logIn(jing, 'jing', 'jingan-planner-pw');
    const jingCards = () => jing.getByTestId('plan-card').filter({ hasText: DRAFT_TITLE }).count();
    expect(await jingCards()).toBe(0);
    // a reference plan offers no 共享 to a planner
    await jing.getByTestId('plan-card').filter({ hasText: '静安区推进智慧城区建设三年行动方案' }).getByTestId('open-plan').click();
    await jing.getByTestId('review-banner').waitFor();
    expect(await jing.getByTestId('open-share').count()).toBe(0);

    const page = await newPage();
    await logIn(page, 'yang', 'yangpu-planner-pw');
    await page.goto(`${url()}#/plan/${draft}`);
    await page.getByTestId('open-share').click();
    await page.getByTestId('share-dialog').waitFor();
    await page.getByTestId('share-none').waitFor();
    // offered: the clerk, the other planner and the reviewer (by user name); not the owner, not the admin
    const offered = await page.getByTestId('share-pick').locator('option:not([value=""])').allInnerTexts();
    expect(offered).toEqual(['杨文书(clerk) · 文书 · 杨浦区 · 本区,已可查看', '静规划(jing) · 规划 · 静安区', '杨审核(rev) · 审核 · 杨浦区 · 本区,已可查看']);
    await page.getByTestId('share-pick').selectOption('jing');
    await page.getByTestId('share-pick-access').selectOption('edit');
    await page.screenshot({ path: join(RESULTS, 'rights-08-share-dialog.png') });
    await page.getByTestId('share-add').click();
    await expect.poll(() => page.getByTestId('share-done').innerText()).toBe('已共享给“静规划”(可编辑)');
    expect(await page.locator('[data-test=share-row][data-username=jing] [data-test=share-access]').inputValue()).toBe('edit');

    // jing: the draft is in the library now, and opens for editing
    await jing.goto(url());
    await jing.getByTestId('plan-card').first().waitFor();
    expect(await jingCards()).toBe(1);
    await jing.goto(`${url()}#/plan/${draft}`);
    await jing.getByTestId('add-sibling').waitFor();
    expect(await jing.getByTestId('review-banner').count()).toBe(0);
    // a share to edit does not make jing its owner: no 共享 for jing
    expect(await jing.getByTestId('open-share').count()).toBe(0);

    // to read only: jing's editor says why it is read-only
    await page.locator('[data-test=share-row][data-username=jing] [data-test=share-access]').selectOption('read');
    await expect.poll(() => page.getByTestId('share-done').innerText()).toBe('已共享给“静规划”(只读)');
    await jing.reload();
    await jing.getByTestId('review-banner').waitFor();
    expect(await jing.getByTestId('read-only-reason').innerText()).toBe('只读:这份规划由 杨规划 所有,共享给你只读;可以查看和批注。');
    expect(await jing.getByTestId('add-sibling').count()).toBe(0);

    // ended: gone from jing's library; the dialog closes with Esc and the list stays as the server has it
    await page.locator('[data-test=share-row][data-username=jing] [data-test=share-remove]').click();
    await page.getByTestId('share-none').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('share-dialog').waitFor({ state: 'detached' });
    // jing's open editor (its plan's stream ended: no access) says so once
    await jing.locator('.toast').filter({ hasText: '你已不能查看这份规划:共享已取消或权限已更改' }).waitFor();
    await jing.goto(url());
    await jing.getByTestId('plan-card').first().waitFor();
    expect(await jingCards()).toBe(0);
    // opened by its address (a bookmark, the browser's history): said plainly, no raw id, no pointless 重试
    await jing.goto(`${url()}#/plan/${draft}`);
    expect(await jing.getByTestId('load-not-found').innerText()).toBe('找不到这份规划:它可能已被删除,或已不再共享给当前账户。');
    expect(await jing.getByText(draft).count()).toBe(0);
  }, 120_000);

  it('whose plan and who has it: the cards, the banner names the owner, a share changed while the plan is open arrives at once, the 审计 says with whom', async () => {
    const yangApi = await office.callAs('yang', 'yangpu-planner-pw');
    await yangApi('plan.share', { planId: draft, username: 'jing', access: 'read' });

    const page = await newPage();
    await logIn(page, 'yang', 'yangpu-planner-pw');
    const ownCard = page.getByTestId('plan-card').filter({ hasText: DRAFT_TITLE });
    expect(await ownCard.getByTestId('sharing-badge').innerText()).toBe('我的 · 已共享 1 人');
    // the reference library: no owner, nothing to say
    expect(await page.getByTestId('sharing-badge').count()).toBe(1);
    await ownCard.screenshot({ path: join(RESULTS, 'rights-09-card-owner.png') });

    const jing = await newPage();
    await logIn(jing, 'jing', 'jingan-planner-pw');
    const card = jing.getByTestId('plan-card').filter({ hasText: DRAFT_TITLE });
    expect(await card.getByTestId('sharing-badge').innerText()).toBe('共享给我 · 只读 · 所有者 杨规划');
    expect(await card.getByTestId('sharing-badge').getAttribute('title')).toBe('杨规划 把这份规划共享给你:只读');
    await card.scrollIntoViewIfNeeded();
    await jing.screenshot({ path: join(RESULTS, 'rights-10-cards-shared-to-me.png') });
    await card.getByTestId('open-plan').click();
    await jing.getByTestId('review-banner').waitFor();
    expect(await jing.getByTestId('read-only-reason').innerText()).toBe('只读:这份规划由 杨规划 所有,共享给你只读;可以查看和批注。');
    expect(await jing.getByTestId('sharing-badge').innerText()).toBe('共享给我 · 只读 · 所有者 杨规划');
    await jing.screenshot({ path: join(RESULTS, 'rights-11-banner-owner.png') });

    // the owner raises the share: jing's open editor may edit at once (the plan's live events), and says so
    await yangApi('plan.share', { planId: draft, username: 'jing', access: 'edit' });
    await jing.getByTestId('add-sibling').waitFor();
    expect(await jing.getByTestId('review-banner').count()).toBe(0);
    await jing.locator('.toast').filter({ hasText: '这份规划的共享已更改:现在可以修改' }).waitFor();
    expect(await jing.getByTestId('sharing-badge').innerText()).toBe('共享给我 · 可编辑 · 所有者 杨规划');
    // lowered again: read-only at once, the banner naming the owner
    await yangApi('plan.share', { planId: draft, username: 'jing', access: 'read' });
    await jing.getByTestId('review-banner').waitFor();
    expect(await jing.getByTestId('read-only-reason').innerText()).toContain('由 杨规划 所有');
    expect(await jing.getByTestId('add-sibling').count()).toBe(0);

    // the owner's 审计: with whom and what access
    await page.goto(`${url()}#/plan/${draft}`);
    await page.getByTestId('toggle-history').click();
    await page.getByTestId('history-tab-audit').click();
    const shares = page.locator('[data-test=audit-entry][data-method="plan.share"] .summary');
    await shares.first().waitFor();
    expect((await shares.allInnerTexts()).slice(0, 3)).toEqual(['共享给“静规划(jing)”:只读 · 成功', '共享给“静规划(jing)”:可编辑 · 成功', '共享给“静规划(jing)”:只读 · 成功']);
    await page.screenshot({ path: join(RESULTS, 'rights-12-audit-shares.png') });
    await yangApi('plan.share', { planId: draft, username: 'jing', access: 'none' });
  }, 120_000);

  it('an open library follows the shares without a reload: the draft appears in the other planner’s list and leaves it (one line), the owner’s card in another window counts', async () => {
    const jing = await newPage();
    await logIn(jing, 'jing', 'jingan-planner-pw');
    const jingCard = jing.getByTestId('plan-card').filter({ hasText: DRAFT_TITLE });
    expect(await jingCard.count()).toBe(0);
    const total = () => jing.locator('.filters .muted.small').innerText();
    const before = await total();
    // marks this page: a reload or a navigation would lose it
    await jing.evaluate(() => { (window as unknown as { notReloaded: boolean }).notReloaded = true; });

    const yangLibrary = await newPage();
    await logIn(yangLibrary, 'yang', 'yangpu-planner-pw');
    const ownCard = yangLibrary.getByTestId('plan-card').filter({ hasText: DRAFT_TITLE });
    expect(await ownCard.getByTestId('sharing-badge').innerText()).toBe('我的');

    // the owner shares it from the editor, in a third window
    const editor = await newPage();
    await logIn(editor, 'yang', 'yangpu-planner-pw');
    await editor.goto(`${url()}#/plan/${draft}`);
    await editor.getByTestId('open-share').click();
    await editor.getByTestId('share-none').waitFor();
    await editor.getByTestId('share-pick').selectOption('jing');
    await editor.getByTestId('share-add').click();
    await expect.poll(() => editor.getByTestId('share-done').innerText()).toBe('已共享给“静规划”(只读)');

    // jing's open library: the card is there, with whose it is, and the count says one more
    await jingCard.waitFor({ timeout: 5000 });
    expect(await jingCard.getByTestId('sharing-badge').innerText()).toBe('共享给我 · 只读 · 所有者 杨规划');
    expect(await total()).not.toBe(before);
    // the owner's library in the other window counts the share
    await expect.poll(() => ownCard.getByTestId('sharing-badge').innerText(), { timeout: 5000 }).toBe('我的 · 已共享 1 人');
    await jingCard.scrollIntoViewIfNeeded();
    await jing.screenshot({ path: join(RESULTS, 'rights-15-live-shared-appears.png') });
    await ownCard.screenshot({ path: join(RESULTS, 'rights-16-live-owner-count.png') });

    // taken back while jing's card has the focus: it leaves, said in one line; the owner's card counts none
    await jingCard.focus();
    await editor.locator('[data-test=share-row][data-username=jing] [data-test=share-remove]').click();
    await editor.getByTestId('share-none').waitFor();
    await jingCard.waitFor({ state: 'detached', timeout: 5000 });
    await jing.locator('.toast').filter({ hasText: `“${DRAFT_TITLE}”已不再共享给你,已从资料库中移除` }).waitFor();
    expect(await total()).toBe(before);
    await expect.poll(() => ownCard.getByTestId('sharing-badge').innerText(), { timeout: 5000 }).toBe('我的');
    await jing.screenshot({ path: join(RESULTS, 'rights-17-live-share-gone.png') });
    expect(await jing.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await editor.keyboard.press('Escape');
  }, 120_000);

  it('a draft without owner: an admin’s open card says with how many accounts it is shared, and follows a share its district’s planner makes; its reviewer sees only 无所有者', async () => {
    const env = await office.core.call('plan.createBlank', { title: '杨浦区无所有者草案(服务器之前)', district: '杨浦区', period: { start: 2027, end: 2029 } });
    const orphan = (env as { result: { id: string } }).result.id;
    const admin = await newPage();
    await logIn(admin, 'admin', 'office-admin-pw-1');
    const card = admin.getByTestId('plan-card').filter({ hasText: '杨浦区无所有者草案' });
    expect(await card.getByTestId('sharing-badge').innerText()).toBe('无所有者');
    const yangApi = await office.callAs('yang', 'yangpu-planner-pw');
    await yangApi('plan.share', { planId: orphan, username: 'jing', access: 'read' });
    await expect.poll(() => card.getByTestId('sharing-badge').innerText(), { timeout: 5000 }).toBe('无所有者 · 已共享 1 人');
    expect(await card.getByTestId('sharing-badge').getAttribute('title')).toBe('这份草稿没有所有者(在服务器之前创建或导入),已共享给 1 个账户;在编辑器中点“共享”查看或更改');
    await card.screenshot({ path: join(RESULTS, 'rights-18-orphan-admin-card.png') });
    const rev = await newPage();
    await logIn(rev, 'rev', 'yangpu-reviewer-pw');
    expect(await rev.getByTestId('plan-card').filter({ hasText: '杨浦区无所有者草案' }).getByTestId('sharing-badge').innerText()).toBe('无所有者');
    await yangApi('plan.share', { planId: orphan, username: 'jing', access: 'none' });
    await expect.poll(() => card.getByTestId('sharing-badge').innerText(), { timeout: 5000 }).toBe('无所有者');
  }, 120_000);

  it('each role is offered what it may do: a clerk no comment or 审阅 menu, a reviewer no 导出 or 预览 — greyed with the reason, and the shortcuts say it', async () => {
    const clerk = await newPage();
    await logIn(clerk, 'clerk', 'yangpu-clerk-pw-1');
    await clerk.goto(`${url()}#/plan/${draft}`);
    await clerk.getByTestId('review-banner').waitFor();
    const noComment = '当前账户是文书角色,不能批注或提出修改建议;可以查看批注。';
    await clerk.locator('[data-test=outline-row]').first().click();
    for (const b of ['comment-node', 'review-menu']) {
      expect(await clerk.getByTestId(b).isDisabled(), b).toBe(true);
      expect(await clerk.getByTestId(b).getAttribute('title'), b).toBe(noComment);
    }
    await clerk.getByTestId('toggle-review').click();
    expect(await clerk.getByTestId('review-comment').isDisabled()).toBe(true);
    expect(await clerk.getByTestId('review-suggest').getAttribute('title')).toBe(noComment);
    await clerk.keyboard.press('Control+Alt+m');
    await clerk.locator('.toast').filter({ hasText: noComment }).waitFor();
    expect(await clerk.getByTestId('composer').count()).toBe(0);
    // the empty panel does not invite the clerk to comment
    expect(await clerk.getByTestId('review-panel').innerText()).not.toContain('Ctrl+Alt+M 添加批注');
    // the clerk's work stays: preview and export
    expect(await clerk.getByTestId('open-export').isDisabled()).toBe(false);
    expect(await clerk.getByTestId('open-preview').isDisabled()).toBe(false);
    await clerk.screenshot({ path: join(RESULTS, 'rights-13-clerk-editor.png') });
    // h-ui44: at 900×700 预览 and 导出, the clerk's work, were in 更多 — now on the bar, the toolbar and the top bar one
    // line each (the top bar leaves the app's name to screen readers where it would take a second line: English)
    await clerk.setViewportSize({ width: 900, height: 700 });
    for (const locale of ['zh-CN', 'en']) {
      await clerk.evaluate((l) => localStorage.setItem('locale', l), locale);
      await clerk.reload();
      await clerk.getByTestId('review-banner').waitFor();
      const rows = (sel: string) => clerk.evaluate((s) => {
        const items = Array.from(document.querySelectorAll<HTMLElement>(`${s} button, ${s} a, ${s} .chip, ${s} h1, ${s} .identity`))
          .filter((el) => el.offsetParent !== null && !el.closest('.more-items') && el.getBoundingClientRect().width > 0);
        const mids = items.map((el) => { const r = el.getBoundingClientRect(); return r.top + r.height / 2; });
        return Math.max(...mids) - Math.min(...mids) < 12 ? 1 : 2;
      }, sel);
      await expect.poll(() => rows('.editor .bar'), { message: `${locale} toolbar` }).toBe(1);
      expect(await rows('.topbar'), `${locale} top bar`).toBe(1);
      for (const b of ['open-preview', 'open-export']) {
        expect(await clerk.getByTestId(b).isVisible(), `${locale} ${b}`).toBe(true);
        expect(await clerk.getByTestId(b).evaluate((el) => !!el.closest('.more-items')), `${locale} ${b} in 更多`).toBe(false);
      }
      await clerk.screenshot({ path: join(RESULTS, `rights-13-clerk-editor-900-${locale}.png`) });
    }
    await clerk.evaluate(() => localStorage.setItem('locale', 'zh-CN'));

    const rev = await newPage();
    await logIn(rev, 'rev', 'yangpu-reviewer-pw');
    await rev.goto(`${url()}#/plan/${draft}`);
    await rev.getByTestId('review-banner').waitFor();
    const noExport = '当前账户是审核角色,不能预览或导出公文;请文书或规划人员导出。';
    for (const b of ['open-export', 'open-preview']) {
      expect(await rev.getByTestId(b).isDisabled(), b).toBe(true);
      expect(await rev.getByTestId(b).getAttribute('title'), b).toBe(noExport);
    }
    await rev.locator('[data-test=outline-row]').first().click();
    await rev.keyboard.press('Control+e');
    await rev.locator('.toast').filter({ hasText: noExport }).waitFor();
    expect(await rev.getByTestId('export-dialog').count()).toBe(0);
    // commenting is the reviewer's work
    expect(await rev.getByTestId('comment-node').isDisabled()).toBe(false);
    await rev.getByTestId('review-menu').click();
    expect(await rev.getByTestId('package-import').isDisabled()).toBe(true);
    expect(await rev.getByTestId('package-export').isDisabled()).toBe(false);
    await rev.screenshot({ path: join(RESULTS, 'rights-14-reviewer-editor.png') });
  }, 120_000);

  it('an admin manages the accounts from the page: adds one (who can then log in), resets its password, disables it', async () => {
    const page = await newPage();
    await logIn(page, 'admin', 'office-admin-pw-1');
    await page.getByTestId('nav-accounts').click();
    await page.getByTestId('accounts-table').waitFor();
    expect(await page.getByTestId('account-row').count()).toBe(5);
    await page.getByTestId('account-add').click();
    // the dialog has the focus: typing goes into the user name
    await page.keyboard.type('zhao');
    await page.getByTestId('account-display-name').fill('赵文书');
    await page.getByTestId('account-role').selectOption('clerk');
    await page.getByTestId('account-district').fill('杨浦区');
    await page.getByTestId('account-password-input').fill('zhao-clerk-pw-01');
    await page.getByTestId('account-password-confirm').fill('zhao-clerk-pw-01');
    await page.screenshot({ path: join(RESULTS, 'rights-06-accounts-add.png') });
    await page.keyboard.press('Enter');
    await page.locator('[data-test=account-row][data-username=zhao]').waitFor();
    expect(await page.locator('[data-test=account-row][data-username=zhao]').innerText()).toContain('文书');
    const login = async (password: string) =>
      (await fetch(`${url()}api/auth.login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'zhao', password }) })).status;
    expect(await login('zhao-clerk-pw-01')).toBe(200);

    const zhao = page.locator('[data-test=account-row][data-username=zhao]');
    await zhao.getByTestId('account-password').click();
    await page.getByTestId('account-password-input').fill('zhao-clerk-pw-02');
    await page.getByTestId('account-password-confirm').fill('zhao-clerk-pw-02');
    await page.getByTestId('account-save').click();
    await page.getByTestId('account-dialog').waitFor({ state: 'detached' });
    expect(await login('zhao-clerk-pw-01')).toBe(401);
    expect(await login('zhao-clerk-pw-02')).toBe(200);

    await zhao.getByTestId('account-toggle').click();
    await page.getByTestId('confirm-ok').click();
    await expect.poll(() => zhao.getByTestId('account-state').innerText()).toBe('已停用');
    expect(await login('zhao-clerk-pw-02')).toBe(401);
    await page.screenshot({ path: join(RESULTS, 'rights-07-accounts.png') });
  }, 120_000);
});
