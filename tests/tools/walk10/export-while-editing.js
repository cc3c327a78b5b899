// While page A exports the big plan S.big (Word with 附表) a second tab B of the same browser edits that plan:
// a task's heading (typed), then ↑ (move the task), ✕ on a part (and its confirmation, if any), undo ×2, redo ×2.
// Records the export's phases, B's save state over time, both outlines, and after the export B is reloaded
// (close and reopen) to read back what was saved. Needs S.url, S.big (plan id).
const out = { a: [], b: [] };
const A = page;
const B = S.pages.B ?? (S.pages.B = await page.context().newPage());
const rows = (p, n = 8) => p.getByTestId('outline-row').evaluateAll((els, n) => els.slice(0, n).map((e) => e.innerText.replace(/\s+/g, ' ').trim()), n);
await A.goto(S.url + '#/plan/' + S.big);
await A.getByTestId('outline-row').first().waitFor();
await B.goto(S.url + '#/plan/' + S.big);
await B.getByTestId('outline-row').first().waitFor();
out.before = await rows(B);
// A: 导出 → Word with 附表
await A.getByTestId('open-export').click();
await A.getByTestId('export-dialog').waitFor();
await A.locator('input[name="export-format"][value="docx"]').check();
if (!(await A.getByTestId('opt-annexes').isChecked())) await A.getByTestId('opt-annexes').check();
const dl = A.waitForEvent('download', { timeout: 180000 }).catch((e) => String(e));
const t0 = Date.now();
await A.getByTestId('export-submit').click();
// a question (未复核 …) may come first
const ask = A.getByRole('button', { name: /继续导出|仍然导出|导出/ }).last();
await A.waitForTimeout(300);
const progress = async () => (await A.getByTestId('export-progress').innerText().catch(() => '')) || (await A.getByTestId('export-dialog').isVisible().catch(() => false) ? 'dialog' : 'closed');
out.a.push([Date.now() - t0, await progress()]);
// B: edit while A exports
await B.getByTestId('outline-row').nth(2).click();
const h = B.getByTestId('heading-input');
await h.fill('');
await h.type('建设数字基础设施服务网点（边导出边改）');
out.b.push([Date.now() - t0, 'typed', await B.getByTestId('save-state').innerText()]);
out.a.push([Date.now() - t0, await progress()]);
await B.getByTestId('outline-row').nth(2).click();
await B.keyboard.press('Alt+ArrowUp');
await B.waitForTimeout(300);
out.b.push([Date.now() - t0, 'moved up', await rows(B, 4)]);
// delete part 二 (the 102nd row when collapsed? use the outline: collapse all first)
await B.getByTestId('collapse-all').click();
await B.waitForTimeout(300);
out.collapsed = await rows(B, 4);
await B.getByTestId('outline-row').nth(1).click();
await B.getByTestId('delete').click();
await B.waitForTimeout(500);
const dlg = B.getByRole('dialog');
out.deleteDialog = await dlg.innerText().catch(() => null);
await shot('ew-01-delete-ask', B);
const ok = B.getByRole('button', { name: /删除|确定/ }).last();
if (out.deleteDialog) await ok.click();
await B.waitForTimeout(500);
out.afterDelete = await rows(B, 4);
out.a.push([Date.now() - t0, await progress()]);
await B.getByTestId('undo').click(); await B.waitForTimeout(300);
out.afterUndo1 = await rows(B, 4);
await B.getByTestId('expand-all').click(); await B.waitForTimeout(300);
await B.getByTestId('undo').click(); await B.waitForTimeout(300);
out.afterUndo2 = await rows(B, 4);
await B.getByTestId('redo').click(); await B.waitForTimeout(300);
out.afterRedo1 = await rows(B, 4);
await B.getByTestId('redo').click(); await B.waitForTimeout(300);
await B.getByTestId('collapse-all').click(); await B.waitForTimeout(300);
out.afterRedo2 = await rows(B, 4);
await shot('ew-02-after-redo', B);
for (let i = 0; i < 60; i++) {
  const s = await B.getByTestId('save-state').innerText();
  out.b.push([Date.now() - t0, 'state', s]);
  if (s.includes('已保存')) break;
  await B.waitForTimeout(500);
}
out.a.push([Date.now() - t0, await progress()]);
await shot('ew-03-export-running', A);
const d = await dl;
out.download = typeof d === 'string' ? d : { name: d.suggestedFilename(), ms: Date.now() - t0 };
if (typeof d !== 'string') await d.saveAs('/tmp/walk10/big-export.docx');
out.a.push([Date.now() - t0, await progress()]);
await shot('ew-04-export-done', A);
// close and reopen B
await B.goto(S.url + '#/');
await B.getByTestId('plan-card').first().waitFor();
await B.goto(S.url + '#/plan/' + S.big);
await B.getByTestId('outline-row').first().waitFor();
await B.getByTestId('collapse-all').click(); await B.waitForTimeout(300);
out.reopened = await rows(B, 4);
await B.getByTestId('expand-all').click(); await B.waitForTimeout(300);
out.reopenedExpanded = await rows(B, 4);
await shot('ew-05-reopened', B);
out.aTitle = await A.getByTestId('outline-row').count();
return out;
