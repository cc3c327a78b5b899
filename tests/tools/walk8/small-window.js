// A 683×512 window at 150 % (a 1024×768 screen zoomed): a second page with the main one's session (storageState),
// deviceScaleFactor 1.5. Walks the library (排序 menu, 回收站), the editor of S.plan (检查 drawer, ✎ on a chip in
// review mode, 审阅 drawer), 对比 (pair detail drawer) and a change of page with a dialog open. Screenshots sw-*.
const state = await S.ctxs.main.storageState();
const p = S.pages.small ?? await S.newPage('small', { viewport: { width: 683, height: 512 }, deviceScaleFactor: 1.5, storageState: state });
const out = {};
const over = async () => p.evaluate(() => [...document.querySelectorAll('button, select, input, a')].filter((e) => { const r = e.getBoundingClientRect(); return r.width && (r.right > innerWidth + 1); }).map((e) => (e.textContent || e.getAttribute('data-test') || e.tagName).trim().slice(0, 20)));
await p.goto(S.url + '#/');
await p.getByTestId('plan-card').first().waitFor();
await S.shot('sw-01-library', p);
out.libraryOver = await over();
await p.getByTestId('open-trash').click().catch((e) => { out.trashErr = String(e).slice(0, 200); });
await p.waitForTimeout(800);
await S.shot('sw-02-trash', p);
out.trashFocus = await p.evaluate(() => document.activeElement?.getAttribute('data-test'));
await p.keyboard.press('Escape');
await p.goto(S.url + '#/plan/' + S.plan);
await p.getByTestId('node-panel').waitFor({ timeout: 20000 });
await p.waitForTimeout(1000);
await S.shot('sw-03-editor', p);
out.editorOver = await over();
const pen = p.locator('[data-test=partners] [data-test=chip-comment]').first();
if (await pen.count()) {
  await pen.scrollIntoViewIfNeeded();
  await pen.click();
  await p.waitForTimeout(800);
  out.afterPen = await p.evaluate(() => ({ focus: document.activeElement?.getAttribute('data-test'), drawer: !!document.querySelector('[data-test=side-column].drawer'), composer: !!document.querySelector('[data-test=composer]') }));
  await S.shot('sw-04-pen-drawer', p);
  await p.keyboard.press('Escape');
  await p.waitForTimeout(300);
  out.afterEsc = await p.evaluate(() => ({ focus: document.activeElement?.getAttribute('data-test'), side: !!document.querySelector('[data-test=side-column]') }));
}
// a dialog open, then the page changes (Alt+← / a link): 导出
await p.getByRole('button', { name: '导出', exact: true }).click().catch((e) => { out.exportErr = String(e).slice(0, 200); });
await p.waitForTimeout(700);
await S.shot('sw-05-export', p);
out.exportOver = await over();
await p.goBack();
await p.waitForTimeout(1000);
out.dialogsAfterBack = await p.locator('[role=dialog]').count();
await S.shot('sw-06-after-back', p);
await p.goto(S.url + '#/compare');
await p.waitForTimeout(1500);
await S.shot('sw-07-compare', p);
out.compareOver = await over();
return out;
