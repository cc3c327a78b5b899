// Edits that were not saved yet when the plan is left: a heading typed and at once (1) 资料库 (a route change),
// (2) the tab closed, (3) the page reloaded. Each time the plan is opened again in a fresh tab and the heading read.
// Needs S.url, S.plan, S.task (text of a row).
const out = {};
const ctx = page.context();
for (const how of ['route', 'close', 'reload']) {
  const p = await ctx.newPage();
  await p.goto(S.url + '#/plan/' + S.plan);
  await p.getByTestId('outline-row').filter({ hasText: S.task }).first().click();
  const h = p.getByTestId('heading-input');
  await h.press('End');
  const mark = `（${how}）`;
  await h.type(mark, { delay: 0 });
  const state = await p.getByTestId('save-state').innerText();
  if (how === 'route') { await p.getByText('资料库').first().click(); await p.waitForTimeout(1500); }
  if (how === 'close') await p.close({ runBeforeUnload: true });
  if (how === 'reload') { await p.reload(); await p.waitForTimeout(1500); }
  if (!p.isClosed()) await p.close();
  await new Promise((r) => setTimeout(r, 1500));
  const q = await ctx.newPage();
  await q.goto(S.url + '#/plan/' + S.plan);
  await q.getByTestId('outline-row').first().waitFor();
  const row = await q.getByTestId('outline-row').filter({ hasText: mark }).count();
  const banner = await q.getByTestId('local-copy').innerText().catch(() => null);
  out[how] = { stateWhenLeft: state, savedRow: row, localCopyBanner: banner };
  if (banner) await shot(`cu-${how}`, q);
  await q.close();
}
return out;
