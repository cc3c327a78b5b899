/** The library in Chromium (browser mode): seeds, search, import by the UI, new plan from a template. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, e2eEnabled, startApp, type App } from './harness';

describe.runIf(e2eEnabled())('library (e2e)', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
  }, 300_000);
  afterAll(async () => {
    await app?.close();
  });

  it('opens on the library with the five reference plans grouped by district', async () => {
    const { page } = app;
    await page.goto(app.url);
    await page.getByTestId('plan-card').first().waitFor();
    expect(await page.getByTestId('plan-card').count()).toBe(5);
    const text = await page.getByTestId('plans').innerText();
    for (const t of ['静安区推进智慧城区建设三年行动方案(2014-2016)', '推进智慧浦东建设2011—2013年行动计划', '杨浦区“智慧城市”建设三年行动计划(2015-2017)', '上海市奉贤区推进智慧城市建设三年行动计划(2020-2022)', '静安区国民经济和社会信息化“十一五”规划']) {
      expect(text).toContain(t);
    }
    // grouped: 静安区 holds its two plans, newest period first
    const jingan = page.locator('.group', { has: page.locator('.district', { hasText: '静安区' }) });
    expect(await jingan.locator('[data-test=plan-card] .period').allInnerTexts()).toEqual(['2014—2016', '2006—2010']);
    expect(text).toContain('参考');
    await app.shot('01-library');
  });

  it('searches 养老 and opens a hit in the editor', async () => {
    const { page } = app;
    await page.getByTestId('search').fill('养老');
    await page.getByTestId('hit').first().waitFor();
    const hits = page.getByTestId('hit');
    expect(await hits.count()).toBeGreaterThan(5);
    const marks = await page.locator('[data-test=hit] mark').allInnerTexts();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => m === '养老')).toBe(true);
    await app.shot('02-search-养老');
    const first = hits.filter({ hasText: '智慧养老' }).first();
    await first.click();
    await page.waitForURL(/#\/plan\/p_/);
    expect(page.url()).toMatch(/node=/);
    // a reference plan says it is one and offers to start a new plan from it
    await page.getByTestId('reference-banner').waitFor();
    expect(await page.getByTestId('reference-template').innerText()).toBe('以此为模板新建');
  });

  it('imports a GBK .txt through the dialog: report first, then saved to the library', async () => {
    const { page } = app;
    await page.goto(app.url);
    await page.getByTestId('plan-card').first().waitFor();
    await page.getByTestId('import').click();
    const gbk = readFileSync(join(ROOT, 'tests/fixtures/encodings/002.gbk.txt'));
    await page.getByTestId('import-file').setInputFiles({ name: '杨浦-GBK.txt', mimeType: 'text/plain', buffer: gbk });
    const report = page.getByTestId('import-report');
    await report.waitFor();
    expect(await page.getByTestId('meta-title').inputValue()).toBe('杨浦区“智慧城市”建设三年行动计划(2015-2017)');
    expect(await report.innerText()).toContain('文字编码:GB18030');
    expect(await page.getByTestId('declared').innerText()).toContain('28');
    await app.shot('03-import-report');
    await page.getByTestId('import-status').selectOption('draft');
    await page.getByTestId('import-save').click();
    await page.waitForURL(/#\/plan\/p_/);
    const plans = await app.core.call('library.list', {});
    expect(plans.ok && plans.result.length).toBe(6);
    expect(plans.ok && plans.result.filter((p) => p.status === 'draft').map((p) => p.sourceFileName)).toEqual(['杨浦-GBK.txt']);
  });

  it('refuses a PNG renamed .txt with a clear message and stores nothing', async () => {
    const { page } = app;
    await page.goto(app.url);
    await page.getByTestId('import').click();
    await page.getByTestId('import-file').setInputFiles({ name: 'scan.txt', mimeType: 'text/plain', buffer: Buffer.from('89504e470d0a1a0a0000000d4948445200000001', 'hex') });
    const err = page.getByTestId('import-error');
    await err.waitFor();
    // the dialog names the file once, in its header; the error says why (无法导入 once, without the name again)
    expect(await page.getByTestId('import-dialog').innerText()).toContain('scan.txt');
    expect(await err.innerText()).not.toContain('scan.txt');
    expect(await err.innerText()).toMatch(/图片|不是文本|二进制|PNG/i);
    await app.shot('04-import-error');
    const plans = await app.core.call('library.list', {});
    expect(plans.ok && plans.result.length).toBe(6);
  });

  it('creates a plan from 静安 2014–2016 for 2027–2029', async () => {
    const { page } = app;
    await page.goto(app.url);
    await page.getByTestId('plan-card').first().waitFor();
    await page.getByTestId('plan-card').filter({ hasText: '静安区推进智慧城区建设三年行动方案(2014-2016)' }).getByTestId('use-template').click();
    const dialog = page.getByTestId('new-plan-dialog');
    await dialog.waitFor();
    expect(await page.getByTestId('wizard-district').inputValue()).toBe('静安区');
    await page.getByTestId('wizard-start').fill('2027');
    await page.getByTestId('wizard-end').fill('2029');
    await app.shot('05-new-plan');
    await page.getByTestId('wizard-create').click();
    await page.waitForURL(/#\/plan\/p_/);
    const id = decodeURIComponent(page.url().split('/plan/')[1].split('?')[0]);
    const plan = await app.core.call('plan.get', { id });
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.result.meta.period).toEqual({ start: 2027, end: 2029 });
    expect(plan.result.meta.basedOn).toBeTruthy();
    expect(plan.result.meta.title).toContain('2027');
    expect(JSON.stringify(plan.result.nodes)).not.toContain('2016年底');
  });
});
