// On S.plan: ✕ on the part whose row holds S.part (and a confirmation if one is asked), ↓ on a task (S.task),
// then undo ×2, redo ×2, undo ×1; after 已保存 the plan is closed (library) and opened again: the outline before,
// after each step and after reopening.
const rows = () => page.getByTestId('outline-row').evaluateAll((els) => els.map((e) => e.innerText.replace(/\s+/g, ' ').trim()));
const saved = async () => { for (let i = 0; i < 60; i++) { if ((await page.getByTestId('save-state').innerText()).includes('已保存')) return true; await page.waitForTimeout(500); } return false; };
const out = {};
await page.goto(S.url + '#/plan/' + S.plan);
await page.getByTestId('outline-row').first().waitFor();
out.before = await rows();
await page.getByTestId('outline-row').filter({ hasText: S.part }).first().click();
await page.getByTestId('delete').click();
await page.waitForTimeout(500);
await shot('up-01-delete-part');
const ok = page.getByRole('button', { name: '确定' });
if (await ok.isVisible().catch(() => false)) { out.asked = (await page.locator('.backdrop').last().innerText()).trim(); await ok.click(); await page.waitForTimeout(400); }
out.toast = await page.locator('.toast, [role=status]').allInnerTexts().catch(() => []);
out.afterDelete = (await rows()).length;
await page.getByTestId('outline-row').filter({ hasText: S.task }).first().click();
await page.keyboard.press('Alt+ArrowDown');
await page.waitForTimeout(300);
out.afterMove = await rows();
const step = async (name) => { await page.getByTestId(name).click(); await page.waitForTimeout(400); return rows(); };
out.undo1 = await step('undo');
out.undo2 = await step('undo');
out.redo1 = await step('redo');
out.redo2 = await step('redo');
out.undo3 = await step('undo');
out.saved = await saved();
await shot('up-02-after');
await page.goto(S.url + '#/');
await page.getByTestId('plan-card').first().waitFor();
await page.goto(S.url + '#/plan/' + S.plan);
await page.getByTestId('outline-row').first().waitFor();
out.reopened = await rows();
out.same = JSON.stringify(out.reopened) === JSON.stringify(out.undo3);
out.redoAfterReopen = await page.getByTestId('redo').isEnabled();
return out;
