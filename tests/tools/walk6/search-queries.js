// Library search with filters, then odd queries: each query's answer as the results area says it.
const out = {};
const sel = await page.$$('.library select');
if (S.district) await sel[0].selectOption(S.district);
if (S.kind) await sel[2].selectOption({ label: S.kind });
await page.fill('.library input[placeholder="输入部门名称"]', S.department ?? '');
for (const q of S.queries ?? ['养老', '"养老', 'AND', '*', '养老 OR 托育', 'NEAR(养老', '()', '养 老', '推进社区嵌入式养老服务设施建设，'.repeat(15)]) {
  await page.fill('input[placeholder^="搜索全部计划"]', q);
  await page.waitForTimeout(1200);
  out[q.slice(0, 20)] = await page.evaluate(() => document.querySelector('.library')?.innerText.split('导入审阅包…')[1]?.trim().slice(0, 160));
}
return out;
