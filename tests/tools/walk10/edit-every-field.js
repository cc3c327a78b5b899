// Edits every field a planner can enter on S.plan through the UI, as a person would (typing, chips, selects):
// 计划信息 (发文机关, 发文字号, 成文日期, 主送机关, 通知, 前言), the task whose row holds S.task (heading, body in
// Monaco, 牵头/配合单位, a new indicator, a new milestone, a theme), and a new 附件 after the last part. Waits for 已保存.
const out = {};
const row = (text) => page.getByTestId('outline-row').filter({ hasText: text }).first();
await page.goto(S.url + '#/plan/' + S.plan);
await page.getByTestId('outline-row').first().waitFor();
// plan information
await page.getByTestId('open-meta').click();
const form = page.getByTestId('meta-form');
await form.waitFor();
await form.locator('[data-field=issuer]').fill('临江市东湖区人民政府');
await form.locator('[data-field=docNumber]').fill('东府发〔2024〕12号');
await form.locator('[data-field=issuedOn]').fill('2024-03-15');
const addr = page.getByTestId('meta-addressees').locator('input');
await addr.click();
await addr.type('各街道办事处；区政府各委、办、局；');
await form.locator('[data-field=notice]').fill('现将《临江市东湖区推进新型基础设施建设三年行动计划（2024—2026年）》印发给你们，请认真贯彻执行。');
await form.locator('[data-field=preamble]').press('End');
await form.locator('[data-field=preamble]').type('（前言补充一句。）');
await shot('ef-01-meta');
// the task
await row(S.task).click();
const panel = page.getByTestId('node-panel');
await page.getByTestId('heading-input').press('End');
await page.getByTestId('heading-input').type('（修订）');
// Monaco 0.55 takes keys through an EditContext <div>, not its textarea: click its lines
await page.locator('[data-test=monaco-host] .view-lines').first().click();
await page.keyboard.press('Control+End');
await page.keyboard.type('2025年底前完成老旧小区光纤入户改造。');
if (await page.getByTestId('show-more').isVisible().catch(() => false)) await page.getByTestId('show-more').click();
const lead = page.getByTestId('lead').locator('input');
await lead.click(); await lead.type('区数据局'); await lead.press('Enter');
const partners = page.getByTestId('partners').locator('input');
await partners.click(); await partners.type('区财政局'); await partners.press('Enter');
await page.getByTestId('indicator-add').click();
const ind = page.getByTestId('indicator-row').last();
await ind.locator('[data-col=name]').fill('老旧小区光纤入户率');
await ind.locator('select').selectOption('>=');
await ind.locator('input.num').nth(0).fill('95');
await ind.locator('input.num').nth(0).press('Tab');
await ind.locator('input').nth(2).fill('%');
await ind.locator('input.num').nth(1).fill('2025');
await ind.locator('input.num').nth(1).press('Tab');
out.indicatorRows = await page.getByTestId('indicator-row').count();
const col = page.getByTestId('milestone-col').filter({ hasText: '2025' }).first();
await col.getByTestId('milestone-add').click();
const cell = col.getByTestId('milestone-cell').last();
await cell.locator('select').selectOption('启动');
await cell.locator('textarea').fill('完成老旧小区光纤改造方案');
const themes = panel.locator('.chips input').last();
await themes.click(); await themes.type('数字基建'); await themes.press('Enter');
await shot('ef-02-task');
out.task = await panel.innerText();
// a new 附件 after the last part
const parts = page.getByTestId('outline-row').filter({ hasText: '保障措施' }).first();
await parts.click();
await page.getByTestId('add-sibling').click();
await page.waitForTimeout(300);
await page.getByTestId('node-kind').selectOption('appendix');
await page.getByTestId('heading-input').fill('东湖区新型基础设施重点项目清单');
await page.locator('[data-test=monaco-host] .view-lines').first().click();
await page.keyboard.type('1.东湖数据中心二期：新建标准机架800个，2025年建成。');
await shot('ef-03-annex');
for (let i = 0; i < 60; i++) {
  const s = await page.getByTestId('save-state').innerText();
  if (s.includes('已保存')) { out.saved = s; break; }
  await page.waitForTimeout(500);
}
out.rows = await page.getByTestId('outline-row').evaluateAll((els) => els.map((e) => e.innerText.replace(/\s+/g, ' ').trim()));
return out;
