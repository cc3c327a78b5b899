// A big plan (S.big: a file, e.g. 2,000 tasks from ../walk6/big-plan.mjs 200) through 导入文件… and 保存到资料库, then
// 复制 and 删除 of the copy from the library; a requestAnimationFrame probe gives the longest gap between frames
// during each (on this loaded machine a figure to read, not a benchmark).
const out = {};
const probe = () => page.evaluate(() => { const w = window; w.__gaps = []; let last = performance.now(); w.__on = true; const f = (t) => { w.__gaps.push(t - last); last = t; if (w.__on) requestAnimationFrame(f); }; requestAnimationFrame(f); });
const gap = () => page.evaluate(() => { const w = window; w.__on = false; return Math.round(Math.max(0, ...w.__gaps)); });
await page.goto(S.url + '#/');
await page.getByTestId('import').click();
await probe();
await page.getByTestId('import-file').setInputFiles(S.big);
await page.getByTestId('import-report').waitFor({ timeout: 120000 });
out.previewGapMs = await gap();
await probe();
await page.getByTestId('import-save').click();
await page.getByTestId('node-panel').waitFor({ timeout: 120000 });
out.saveGapMs = await gap();
out.nodes = await page.locator('text=/共 \\d+ 个节点/').first().innerText().catch(() => null);
const id = page.url().split('/plan/')[1]?.split('?')[0];
await page.goto(S.url + '#/');
await page.waitForTimeout(1500);
const card = page.locator(`[data-plan-id="${id}"]`).first();
const before = await page.getByTestId('plan-card').count();
await probe();
await card.getByTestId('duplicate').click();
await page.getByRole('button', { name: '确定' }).click();
await page.waitForFunction((n) => document.querySelectorAll('[data-test=plan-card]').length > n, before, { timeout: 120000 });
out.duplicateGapMs = await gap();
await shot('bp-01-duplicated');
const copy = page.locator('[data-test=plan-card]').filter({ hasText: '副本' }).first();
out.copyTitle = (await copy.innerText()).split('\n').slice(0, 3).join(' | ');
await probe();
await copy.getByTestId('delete').click();
await page.waitForFunction((n) => document.querySelectorAll('[data-test=plan-card]').length === n, before, { timeout: 120000 });
out.deleteGapMs = await gap();
await shot('bp-02-deleted');
out.toast = await page.locator('.toast, [role=status]').allInnerTexts().catch(() => []);
return out;
