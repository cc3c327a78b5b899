// With S.trashed deleted (in the trash): search S.q and look for it among the hits and the district facet, then the
// 对比 page's plan pickers and a direct link to the plan's editor.
const out = {};
await page.goto(S.url + '#/');
await page.getByTestId('search').fill('');
await page.getByTestId('plan-card').first().waitFor();
const card = page.getByTestId('plan-card').filter({ hasText: S.trashed });
if (await card.count()) {
  out.id = await card.first().getAttribute('data-plan-id');
  await card.first().getByTestId('delete').click();
  await page.waitForTimeout(1200);
}
await page.getByTestId('search').fill(S.q);
await page.waitForTimeout(2000);
const hits = await page.getByTestId('hit').allInnerTexts();
out.hits = hits.length; out.trashedInHits = hits.filter((h) => h.includes(S.trashed)).length;
out.facet = await page.locator('aside select').first().locator('option').allInnerTexts();
await shot('trashed-01-search');
await page.goto(S.url + '#/compare');
await page.waitForTimeout(2000);
out.compareOptions = (await page.locator('select option').allInnerTexts()).filter((t) => t.includes(S.trashed));
await shot('trashed-02-compare');
if (out.id) {
  await page.goto(S.url + '#/plan/' + out.id);
  await page.waitForTimeout(2500);
  out.editor = (await page.locator('main, .shell').first().innerText()).slice(0, 300);
  await shot('trashed-03-editor-link');
}
return out;
