// 回收站 walk: delete S.del (three titles) from their cards, undo the last with the toast's 撤销, restore S.del[0]
// from the trash dialog, purge S.del[1] there (永久删除, confirmed); then search S.q and list the compare picker.
const out = {};
await page.goto(S.url + '#/');
await page.getByTestId('search').fill('');
await page.locator('aside select').first().selectOption({ index: 0 });
await page.getByTestId('plan-card').first().waitFor();
const cards = page.getByTestId('plan-card');
const n0 = await cards.count();
for (const title of S.del) {
  await cards.filter({ hasText: title }).first().getByTestId('delete').click();
  await page.locator('.toast', { hasText: title }).first().waitFor();
  await page.waitForTimeout(400);
}
out.toasts = await page.locator('.toast').allInnerTexts();
await shot('trash-01-three-deleted');
out.afterDelete = await cards.count();
// 撤销 on the newest toast
await page.locator('.toast', { hasText: S.del[2] }).getByTestId('toast-action').click();
await page.waitForTimeout(1200);
out.afterUndo = await cards.count();
out.toastsAfterUndo = await page.locator('.toast').allInnerTexts();
await page.getByTestId('open-trash').click();
await page.getByTestId('trash-row').first().waitFor();
out.trashRows = await page.getByTestId('trash-row').allInnerTexts();
out.focus = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 160));
await shot('trash-02-dialog');
await page.getByTestId('trash-row').filter({ hasText: S.del[0] }).getByTestId('trash-restore').click();
await page.waitForTimeout(1200);
out.rowsAfterRestore = await page.getByTestId('trash-row').count();
out.focusAfterRestore = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 160));
await page.getByTestId('trash-row').filter({ hasText: S.del[1] }).getByTestId('trash-purge').click();
await page.waitForTimeout(500);
await shot('trash-03-purge-confirm');
out.confirm = await page.locator('[role=dialog], [role=alertdialog]').last().innerText();
out.confirmFocus = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 160));
return out;
