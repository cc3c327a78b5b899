/**
 * Cancelling a large import in Chromium (browser mode): while the core parses the file in its worker, the bridge
 * keeps answering other calls; 取消 stops the import, the preview answers 'cancelled', the dialog returns to the
 * file choice and the library is unchanged.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, e2eEnabled, startApp, type App } from './harness';

describe.runIf(e2eEnabled())('import cancel (e2e)', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
  }, 300_000);
  afterAll(async () => {
    await app?.close();
  });

  it('取消 stops a large import; the app answers meanwhile; nothing is stored', async () => {
    const { page } = app;
    await page.goto(app.url);
    await page.getByTestId('plan-card').first().waitFor();
    const before = await app.core.call('library.list', {});
    expect(before.ok && before.result.length).toBe(5);

    // ~7.8 MB: 80 copies of the 杨浦 plan (under the 20 MB limit, seconds of parsing in the worker)
    const seed = readFileSync(join(ROOT, 'seeds/002_72028bf86ba9aa86.txt'));
    const big = Buffer.concat(Array.from({ length: 80 }, () => seed));
    await page.getByTestId('import').click();
    const sent = page.waitForRequest((r) => r.url().endsWith('/api/plan.importPreview'), { timeout: 120_000 });
    const answered = page.waitForResponse((r) => r.url().endsWith('/api/plan.importPreview'), { timeout: 120_000 });
    answered.catch(() => { /* reported where it is awaited */ });
    await page.getByTestId('import-file').setInputFiles({ name: '大文件.txt', mimeType: 'text/plain', buffer: big });
    await page.getByTestId('import-cancel').waitFor();
    await sent;

    // the bridge answers another call while the import is pending
    let previewDone = false;
    void answered.then(() => { previewDone = true; });
    const info = await page.evaluate(async () => {
      // authorised by the page's session cookie, as the app's own calls are
      const r = await fetch('/api/app.info', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      return r.json();
    });
    expect(info).toMatchObject({ ok: true, result: { plans: 5 } });
    expect(previewDone).toBe(false);

    await page.getByTestId('import-cancel').click();
    const env = await (await answered).json();
    expect(env).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    await page.getByTestId('import-cancelled').waitFor();
    expect(await page.getByTestId('import-cancelled').innerText()).toContain('已取消导入');
    expect(await page.getByTestId('import-error').count()).toBe(0);
    await app.shot('import-cancelled');

    const after = await app.core.call('library.list', {});
    expect(after).toEqual(before);
  }, 180_000);
});
