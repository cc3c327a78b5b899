// Exports S.plan through the editor's 导出 dialog in each format of S.formats ('docx' with 通知封面 and 附表, 'json',
// 'md'), saving each download to S.outDir; the dialog's notes (what a format leaves out) are recorded.
const out = [];
await page.goto(S.url + '#/plan/' + S.plan);
await page.getByTestId('outline-row').first().waitFor();
for (const f of S.formats) {
  await page.getByTestId('open-export').click();
  await page.getByTestId('export-dialog').waitFor();
  await page.locator(`input[name="export-format"][value="${f}"]`).check();
  if (f === 'docx') {
    if (!(await page.getByTestId('opt-annexes').isChecked())) await page.getByTestId('opt-annexes').check();
    if (!(await page.getByTestId('opt-cover').isChecked())) await page.getByTestId('opt-cover').check();
  }
  const notes = await page.getByTestId('export-dialog').innerText();
  await shot(`ex-${f}`);
  const dl = page.waitForEvent('download', { timeout: 120000 });
  await page.getByTestId('export-submit').click();
  // 未复核 … question, if any
  const q = page.getByRole('button', { name: /仍然导出|继续/ });
  if (await q.isVisible().catch(() => false)) await q.click();
  const d = await dl;
  const file = `${S.outDir}/${d.suggestedFilename()}`;
  await d.saveAs(file);
  out.push({ f, file, notes: notes.slice(0, 900) });
  await page.waitForTimeout(500);
}
return out;
