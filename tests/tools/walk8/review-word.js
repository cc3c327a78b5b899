// A reviewer on S.plan (a plan with a task holding 配合单位 and one indicator; submitted for review): sets the
// identity 李审核 · 县发展改革局, ✎ on the second partner and on the first indicator with a comment each, exports Word
// with 包含批注与修改建议 and 附表 to S.docx, then imports that file back with 导入 Word 批注… (expect: 新增 0 条).
const out = {};
await page.goto(S.url + '#/plan/' + S.plan + (S.node ? `?node=${S.node}` : ''));
await page.getByTestId('node-panel').waitFor();
if (!(await page.getByRole('button', { name: /审阅人:/ }).count())) {
  await page.getByRole('button', { name: '设置审阅人' }).click();
  await page.getByTestId('identity-name').fill('李审核');
  await page.getByTestId('identity-department').fill('县发展改革局');
  await page.getByRole('button', { name: '保存' }).last().click();
}
const comment = async (pen, body) => {
  await pen.click();
  await page.getByTestId('composer-body').waitFor();
  out.focus = [...(out.focus ?? []), await page.evaluate(() => document.activeElement?.getAttribute('data-test'))];
  await page.getByTestId('composer-body').fill(body);
  await page.getByTestId('composer-send').click();
  await page.waitForTimeout(1200);
};
await comment(page.locator('[data-test=partners] [data-test=chip-comment]').nth(1), '配合单位应为县住房和城乡建设局(机构改革后名称)');
await comment(page.getByTestId('indicator-comment').first(), '目标值请写明建筑面积');
out.threads = (await page.getByTestId('thread').allInnerTexts()).map((x) => x.split('\n').slice(3, 6).join(' | '));
await shot('rw-01-threads');
await page.getByRole('button', { name: '导出', exact: true }).click();
const d = page.locator('[role=dialog]').last();
await d.getByTestId('opt-comments').check();
await d.getByTestId('opt-annexes').check();
const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), d.getByTestId('export-submit').click()]);
await dl.saveAs(S.docx);
await page.getByRole('button', { name: /审阅包与批注/ }).click();
await page.getByText('导入 Word 批注…').click();
await page.getByTestId('word-file').setInputFiles(S.docx);
await page.waitForTimeout(3000);
out.report = await page.locator('[role=dialog]').last().innerText();
await shot('rw-02-import-report');
return out;
