// Imports each file of S.files (paths) with 导入文件… and 保存到资料库, one after the other; screenshot of each report.
const fs = await import('node:fs');
const path = await import('node:path');
const out = [];
for (const [i, f] of S.files.entries()) {
  await page.getByTestId('import').click();
  await page.getByTestId('import-file').setInputFiles(f);
  await page.getByTestId('import-report').waitFor({ timeout: 60000 });
  await shot(`import-${i}`);
  const report = await page.getByTestId('import-report').innerText();
  await page.getByTestId('import-save').click();
  await page.waitForTimeout(1500);
  out.push({ file: path.basename(f), report: report.slice(0, 400), url: page.url() });
}
return out;
