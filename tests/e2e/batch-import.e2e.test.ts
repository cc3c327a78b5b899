/**
 * Batch import in Chromium (browser mode, the real core): three files dropped together on the library — two plans
 * made from corpus texts (a notice with its 举措, a Markdown 行动方案) and a PNG named .docx — go through the batch
 * panel one at a time; the two plans are stored, the bad file is refused with the importer's reason, and the library
 * holds the two new plans and nothing else. The second file's preview is held at the network until the mid-way
 * screenshot is taken (test-results/batch-import-midway.png, batch-import-done.png); meanwhile a fourth file dragged
 * onto the panel joins the batch and is imported after the others.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, e2eEnabled, startApp, type App } from './harness';

describe.runIf(e2eEnabled())('batch import (e2e)', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
  }, 300_000);
  afterAll(async () => {
    await app?.close();
  });

  it('three files dropped together: two stored, one refused with its reason; the library holds the two', async () => {
    const { page } = app;
    await page.goto(app.url);
    await page.getByTestId('plan-card').first().waitFor();
    const before = await app.core.call('library.list', {});
    expect(before.ok && before.result.length).toBe(5);

    const files = [
      { name: '青石区举措.txt', b64: readFileSync(join(ROOT, 'tests/corpus/docs/48-continuous-tasks-lead-partner-parens.txt')).toString('base64') },
      { name: '东湖区阅读.md', b64: readFileSync(join(ROOT, 'tests/corpus/docs/19-markdown-numbered.md')).toString('base64') },
      { name: '坏文件.docx', b64: Buffer.from('\x89PNG\r\n\x1a\nnot really a picture', 'latin1').toString('base64') },
    ];
    // hold the second file's preview until the panel has been seen mid-way
    let releaseSecond!: () => void;
    const held = new Promise<void>((r) => { releaseSecond = r; });
    let previews = 0;
    await page.route('**/api/plan.importPreview', async (route) => {
      if (++previews === 2) await held;
      await route.continue();
    });

    const dt = await page.evaluateHandle((files) => {
      const dt = new DataTransfer();
      for (const f of files) dt.items.add(new File([Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0))], f.name));
      return dt;
    }, files);
    await page.dispatchEvent('.library', 'drop', { dataTransfer: dt });

    const panel = page.getByTestId('batch-import');
    await panel.waitFor();
    expect(await page.getByTestId('import-dialog').count()).toBe(0);
    const row = (i: number) => page.getByTestId('batch-row').nth(i);
    await page.locator('[data-test=batch-row][data-state=stored]').first().waitFor({ timeout: 60_000 });
    // mid-way: the first stored, the second being read, the third waiting; 1 of 3
    expect(await row(1).getAttribute('data-state')).toBe('reading');
    expect(await row(2).getAttribute('data-state')).toBe('waiting');
    expect(await page.getByTestId('batch-count').innerText()).toBe('已处理 1 / 3');
    await app.shot('batch-import-midway');

    // a file dragged from the desktop onto the panel meanwhile (a real drag through Chromium's input, not a synthetic
    // event): it joins the batch as a fourth row, 等待, and is imported after the others
    const extra = join(mkdtempSync(join(tmpdir(), 'batch-drop-')), '西岭区政务.txt');
    writeFileSync(extra, readFileSync(join(ROOT, 'tests/corpus/docs/05-part-zhuanxiang-renwu.txt')));
    const cdp = await page.context().newCDPSession(page);
    const drag = { items: [], files: [extra], dragOperationsMask: 1 };
    for (const type of ['dragEnter', 'dragOver', 'drop'] as const) await cdp.send('Input.dispatchDragEvent', { type, x: 200, y: 200, data: drag });
    await row(3).waitFor();
    expect(await row(3).locator('.name').innerText()).toBe('西岭区政务.txt');
    expect(await row(3).getAttribute('data-state')).toBe('waiting');
    expect(await page.getByTestId('batch-queued').innerText()).toBe('导入进行中加入的 1 个文件已排入本批,在其余文件之后导入。');
    expect(await page.getByTestId('batch-count').innerText()).toBe('已处理 1 / 4');

    releaseSecond();
    await page.getByTestId('batch-summary').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('batch-row').evaluateAll((rs) => rs.map((r) => r.getAttribute('data-state')))).toEqual(['stored', 'stored', 'refused', 'stored']);
    expect(await page.getByTestId('batch-summary').innerText()).toContain('已存入 3 份 · 重复未存入 0 份 · 无法导入 1 份');
    const reason = await row(2).getByTestId('batch-reason').innerText();
    expect(reason).toContain('PNG');
    expect(reason).not.toContain('无法导入 坏文件.docx');
    expect(reason).not.toMatch(/Error|at \w+ \(/);
    // the focus is on 完成 at the end
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-test'))).toBe('batch-close');
    await app.shot('batch-import-done');
    // a stored plan's import report unfolds in its row
    await row(1).getByTestId('batch-report').click();
    expect(await row(1).getByTestId('batch-report-body').innerText()).toContain('识别到的结构');
    await app.shot('batch-import-report');
    await row(1).getByTestId('batch-report').click();

    // the library: the five seeds and the two new plans, with the titles the documents give
    const after = await app.core.call('library.list', {});
    if (!after.ok) throw new Error('library.list failed');
    expect(after.result).toHaveLength(8);
    const added = after.result.filter((p) => !before.ok || !before.result.some((b) => b.id === p.id)).map((p) => p.title).sort();
    expect(added).toHaveLength(3);
    expect(added.some((t) => t.includes('西岭区数字政府建设实施方案'))).toBe(true);
    expect(added.some((t) => t.includes('青石区进一步优化营商环境若干举措'))).toBe(true);
    expect(added.some((t) => t.includes('东湖区全民阅读促进三年行动方案'))).toBe(true);
    // and the library view lists them once the panel is closed
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    expect(await page.getByTestId('plan-card').count()).toBe(8);
  }, 240_000);
});
