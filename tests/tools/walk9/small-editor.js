// The editor of S.plan in a second page per size of S.sizes ([w, h, scale]) with the first page's session: a
// screenshot of the editor, the 审阅 drawer, 更多 ▾ opened, and the compare of S.plan with its version 1.
const out = {};
const state = await page.context().storageState();
for (const [w, h, dsf] of S.sizes) {
  const name = `${w}x${h}@${dsf}`;
  const p = await S.newPage(name, { viewport: { width: w, height: h }, deviceScaleFactor: dsf, storageState: state });
  await p.goto(S.url + '#/plan/' + S.plan);
  await p.getByTestId('node-panel').waitFor();
  await p.waitForTimeout(800);
  await S.shot(`se-${name}-editor`, p);
  const more = p.getByRole('button', { name: /更多/ });
  out[name] = { more: await more.count() };
  if (await more.count()) {
    await more.click();
    await p.waitForTimeout(300);
    await S.shot(`se-${name}-more`, p);
    out[name].items = (await p.locator('[role=group], [role=menu]').last().innerText()).split('\n');
    await p.keyboard.press('Escape');
    out[name].focusAfterEsc = await p.evaluate(() => document.activeElement?.textContent?.trim());
  }
  await p.goto(S.url + '#/compare?left=' + S.plan + '&v=1');
  await p.waitForTimeout(2500);
  await S.shot(`se-${name}-compare`, p);
  out[name].hscroll = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
return out;
