// 对比 in the small page (S.pages.small, 683×512 at 150 %): S.left vs S.right (option labels, substring match), then a
// pair's row opens the detail drawer; Esc closes it. Screenshots sw-c*.
const p = S.pages.small;
const out = {};
await p.goto(S.url + '#/compare');
await p.getByTestId('left-plan').waitFor();
const pick = async (sel, text) => {
  const opts = await p.getByTestId(sel).locator('option').evaluateAll((os) => os.map((o) => [o.value, o.textContent]));
  const o = opts.find(([, t]) => t.includes(text));
  if (!o) throw new Error(`${sel}: no option with ${text}: ${opts.map((x) => x[1]).join(' | ')}`);
  await p.getByTestId(sel).selectOption(o[0]);
};
await pick('left-plan', S.left);
await p.waitForTimeout(800);
out.rightOptions = await p.getByTestId('right-plan').locator('option').allInnerTexts();
await pick('right-plan', S.right);
await p.waitForTimeout(4000);
await S.shot('sw-c1-compare', p);
const row = p.locator('[data-test=row-left]').nth(3);
await row.click();
await p.waitForTimeout(800);
out.afterRow = await p.evaluate(() => ({ focus: document.activeElement?.getAttribute('data-test') ?? document.activeElement?.tagName, detail: !!document.querySelector('[data-test=pair-detail]'), right: Math.round(document.querySelector('[data-test=pair-detail]')?.getBoundingClientRect().right ?? -1) }));
await S.shot('sw-c2-detail', p);
await p.keyboard.press('Escape');
await p.waitForTimeout(400);
out.afterEsc = await p.evaluate(() => ({ focus: document.activeElement?.getAttribute('data-test') ?? document.activeElement?.tagName, detail: !!document.querySelector('[data-test=pair-detail]') }));
return out;
