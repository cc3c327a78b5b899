// Does a save wait for a running export? Page A exports S.big as S.format (docx or pdf) with 附表; meanwhile tab B types into the
// heading of the first task of S.plan (another plan) and then of S.big itself, polling 已保存 every 250 ms. Records
// when each save completed and when A's download came (ms from the export's click).
const out = { };
const A = page;
const B = S.pages.B ?? (S.pages.B = await page.context().newPage());
await A.goto(S.url + '#/plan/' + S.big);
await A.getByTestId('outline-row').first().waitFor();
await B.goto(S.url + '#/plan/' + S.plan);
await B.getByTestId('outline-row').first().waitFor();
await A.getByTestId('open-export').click();
await A.locator(`input[name="export-format"][value="${S.format ?? 'docx'}"]`).check();
if (S.format !== 'markdown' && S.format !== 'json' && !(await A.getByTestId('opt-annexes').isChecked())) await A.getByTestId('opt-annexes').check();
const t0 = Date.now();
let doneAt = null;
A.waitForEvent('download', { timeout: 240000 }).then(() => { doneAt = Date.now() - t0; }, () => {});
await A.getByTestId('export-submit').click();
const edit = async (label) => {
  await B.getByTestId('outline-row').nth(1).click();
  const h = B.getByTestId('heading-input');
  await h.press('End');
  await h.type('甲');
  const typed = Date.now() - t0;
  for (let i = 0; i < 600; i++) {
    if ((await B.getByTestId('save-state').innerText()).includes('已保存')) break;
    await B.waitForTimeout(250);
  }
  out[label] = { typed, saved: Date.now() - t0, exportRunning: doneAt === null };
};
await edit('otherPlan');
await B.goto(S.url + '#/plan/' + S.big);
await B.getByTestId('outline-row').first().waitFor();
await edit('samePlan');
for (let i = 0; i < 480 && doneAt === null; i++) await A.waitForTimeout(250);
out.exportDone = doneAt;
await shot('sd-01-after', B);
return out;
