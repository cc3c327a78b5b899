// All of S.files chosen at once in 导入文件… (the batch panel): each row's state and reason when it ends, the summary,
// and the library's card count before and after. Needs S.files.
const before = await page.getByTestId('plan-card').count();
await page.getByTestId('import').click();
await page.getByTestId('import-file').setInputFiles(S.files);
await page.getByTestId('batch-rows').waitFor({ timeout: 60000 });
await page.waitForTimeout(1000);
await shot('batch-01-running');
await page.getByTestId('batch-summary').waitFor({ timeout: 240000 });
await shot('batch-02-done');
const rows = await page.getByTestId('batch-row').evaluateAll((els) => els.map((e) => e.innerText.replace(/\s+/g, ' ').trim()));
const summary = await page.getByTestId('batch-summary').innerText();
await page.getByTestId('batch-close').click().catch(() => {});
await page.waitForTimeout(1000);
return { rows, summary, cards: [before, await page.getByTestId('plan-card').count()] };
