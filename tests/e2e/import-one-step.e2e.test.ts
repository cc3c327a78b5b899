/**
 * Import in one step (Chromium, browser mode, the real core): 导入文件… and Ctrl+O open the file chooser at once — no
 * dialog whose only control is 选择文件… before it. The chosen file's report (or its refusal, with the reason) is
 * the first thing the dialog shows; several files chosen together go to the batch panel; dropping files on the
 * library still imports them (tests/e2e/batch-import.e2e.test.ts drops more).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, e2eEnabled, startApp, type App } from './harness';

const PLAN = '南屿县数字乡村建设三年行动计划(2027-2029)\n一、总体要求\n(一)指导思想\n坚持统筹推进。\n二、重点任务\n(一)建设县级数据平台\n牵头单位:县大数据中心\n';

describe.runIf(e2eEnabled())('import in one step (e2e)', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp({ viewport: { width: 1280, height: 800 } });
  }, 300_000);
  afterAll(async () => {
    await app?.close();
  });

  it('导入文件… opens the file chooser directly; the chosen file\'s report is the dialog\'s first view', async () => {
    const { page } = app;
    await page.goto(app.url);
    await page.getByTestId('plan-card').first().waitFor();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 10_000 }), page.getByTestId('import').click()]);
    // nothing in between: no dialog asking to choose a file
    expect(await page.getByTestId('import-dialog').count()).toBe(0);
    expect(chooser.isMultiple()).toBe(true);
    await chooser.setFiles({ name: '南屿县数字乡村.txt', mimeType: 'text/plain', buffer: Buffer.from(PLAN, 'utf8') });
    await page.getByTestId('import-report').waitFor();
    expect(await page.getByTestId('meta-title').inputValue()).toBe('南屿县数字乡村建设三年行动计划(2027-2029)');
    expect(await page.getByTestId('import-choose').count()).toBe(0);
    await app.shot('import-one-step-report');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('import-dialog').count()).toBe(0);
  });

  it('Ctrl+O opens the chooser directly too; a refused file shows its reason in the dialog', async () => {
    const { page } = app;
    await page.getByTestId('search').click();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 10_000 }), page.keyboard.press('Control+o')]);
    expect(await page.getByTestId('import-dialog').count()).toBe(0);
    await chooser.setFiles({ name: 'scan.txt', mimeType: 'text/plain', buffer: Buffer.from('89504e470d0a1a0a0000000d4948445200000001', 'hex') });
    const err = page.getByTestId('import-error');
    await err.waitFor();
    expect(await page.getByTestId('import-dialog').locator('.head').innerText()).toContain('scan.txt');
    expect((await page.getByTestId('import-error-reason').innerText()).length).toBeGreaterThan(4);
    // its 选择文件 opens the chooser again at once (not a second step)
    const [again] = await Promise.all([page.waitForEvent('filechooser', { timeout: 10_000 }), page.getByTestId('import-error-choose').click()]);
    await again.setFiles({ name: '南屿县数字乡村-二.txt', mimeType: 'text/plain', buffer: Buffer.from(PLAN.replace('坚持统筹推进', '坚持整体推进'), 'utf8') });
    await page.getByTestId('import-report').waitFor();
    await page.keyboard.press('Escape');
    const list = await app.core.call('library.list', {});
    expect(list.ok && list.result.length).toBe(5);
  });

  it('several files chosen together go to the batch panel', async () => {
    const { page } = app;
    const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 10_000 }), page.getByTestId('import').click()]);
    const gbk = readFileSync(join(ROOT, 'tests/fixtures/encodings/002.gbk.txt'));
    await chooser.setFiles([
      { name: '南屿县数字乡村.txt', mimeType: 'text/plain', buffer: Buffer.from(PLAN, 'utf8') },
      { name: '杨浦-GBK.txt', mimeType: 'text/plain', buffer: gbk },
    ]);
    await page.getByTestId('batch-summary').waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('import-dialog').count()).toBe(0);
    expect(await page.getByTestId('batch-summary').innerText()).toContain('已存入 1 份');
  }, 180_000);
});
