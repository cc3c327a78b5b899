// The library's 排序 chosen in one page is the order of another browser context (no localStorage) of the same
// session; then S.trash (a plan id) is deleted from its card and its link opened: the editor says it is in 回收站.
const out = {};
await page.goto(S.url + '#/');
await page.getByTestId('sort').waitFor();
await page.getByTestId('sort').selectOption({ index: 2 });
await page.waitForTimeout(800);
out.chosen = await page.getByTestId('sort').evaluate((s) => s.options[s.selectedIndex].text);
const state = await page.context().storageState();
const other = await S.newPage('other', { storageState: { cookies: state.cookies, origins: [] } });
await other.goto(S.url + '#/');
await other.getByTestId('sort').waitFor();
await other.waitForTimeout(1200);
out.other = await other.getByTestId('sort').evaluate((s) => s.options[s.selectedIndex].text);
await S.shot('st-01-other-sort', other);
const card = page.locator(`[data-plan-id="${S.trash}"]`).first();
await card.getByTestId('delete').click();
await page.waitForTimeout(600);
const confirm = page.locator('[role=dialog], [role=alertdialog]').last();
if (await confirm.count()) { out.confirm = (await confirm.innerText()).slice(0, 200); await confirm.getByRole('button', { name: /删除/ }).last().click(); }
await page.waitForTimeout(1000);
await other.goto(S.url + '#/plan/' + S.trash);
await other.waitForTimeout(1500);
out.link = (await other.locator('[data-test=editor]').innerText()).slice(0, 300);
await S.shot('st-02-trashed-link', other);
return out;
