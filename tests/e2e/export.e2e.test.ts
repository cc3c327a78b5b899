/**
 * Export from the editor in Chromium (browser mode): 杨浦 2015–2017 opened in the editor, a task heading edited
 * and exported straight away (the dialog saves first), Word with the 通知 cover and the annexes downloaded and
 * unzipped, then Markdown and the plan-workbench/v1 JSON; PDF greyed out with the reason when LibreOffice is
 * missing; a PDF conversion that runs long (a stand-in soffice) shows the time used and the limit, and 停止转换 stops
 * it — no download, LibreOffice's child process gone; the exchange formats' 包含批注与修改建议. Screenshots:
 * test-results/09-export-dialog.png, 09b-export-dialog-no-pdf.png, 09d-export-pdf-converting.png, 09c-export-dialog-markdown.png.
 */
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Download } from 'playwright-core';
import { walk } from '../../shared/model/plan';
import { e2eEnabled, startApp, type App } from './harness';
import { running } from '../helpers/process';

const TITLE = '杨浦区“智慧城市”建设三年行动计划(2015-2017)';
/** The title as printed (GB/T 15834 punctuation, dash between years). */
const PRINTED = '杨浦区“智慧城市”建设三年行动计划（2015—2017）';
const FILE_BASE = `${PRINTED}_2016-07-18`;

describe.runIf(e2eEnabled())('export (e2e)', { timeout: 90_000 }, () => {
  let app: App;
  let planId = '';
  /** The heading of a node edited just before exporting (read from the outline). */
  let taskHeading = '';
  const EDITED = '（导出前修改）';

  beforeAll(async () => {
    app = await startApp();
    const list = await app.core.call('library.list', {});
    if (!list.ok) throw new Error('list');
    planId = list.result.find((p) => p.title === TITLE)!.id;
  }, 300_000);
  afterAll(async () => {
    delete process.env.PW_SOFFICE;
    await app?.close();
  });

  const dialog = () => app.page.getByTestId('export-dialog');

  async function exportAs(format: 'docx' | 'markdown' | 'json'): Promise<Download> {
    const { page } = app;
    await page.getByTestId('open-export').click();
    await dialog().waitFor();
    await dialog().getByTestId(`format-${format}`).click();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.keyboard.press('Enter')]);
    await dialog().waitFor({ state: 'detached' });
    return download;
  }

  it('opens the dialog from the editor with the options and the default file name', async () => {
    const { page } = app;
    await page.goto(`${app.url}#/plan/${planId}`);
    // an edit the autosave has not sent yet: the export must include it
    const row = page.locator('[data-test=outline-row]').nth(3);
    await row.waitFor();
    await row.click();
    const heading = page.getByTestId('heading-input');
    taskHeading = await heading.inputValue();
    expect(taskHeading.length).toBeGreaterThan(1);
    await heading.fill(taskHeading + EDITED);
    await page.getByTestId('open-export').click();
    await dialog().waitFor();
    expect(await dialog().getByTestId('format-docx').locator('input').isChecked()).toBe(true);
    expect(await dialog().getByTestId('export-file-name').inputValue()).toBe(FILE_BASE);
    expect(await dialog().getByTestId('export-ext').innerText()).toBe('.docx');
    await dialog().getByTestId('opt-cover').check();
    await dialog().getByTestId('opt-annexes').check();
    // the plan has no annotations; the option stays off (on, it would add the open ones as Word comments)
    expect(await dialog().getByTestId('opt-comments').isChecked()).toBe(false);
    expect(await dialog().getByTestId('word-options').innerText()).toContain('包含批注与修改建议');
    expect(await dialog().innerText()).toContain('杨府办发〔2016〕30号');
    // nothing may stick out of the dialog
    const overflow = await dialog().evaluate((d) => {
      const box = d.getBoundingClientRect();
      return Array.from(d.querySelectorAll<HTMLElement>('*'))
        .filter((el) => { const r = el.getBoundingClientRect(); return r.width > 0 && (r.right > box.right + 0.5 || r.left < box.left - 0.5); })
        .map((el) => el.className || el.tagName);
    });
    expect(overflow).toEqual([]);
    await page.mouse.move(0, 0);
    await app.shot('09-export-dialog');
  });

  it('exports Word with the cover and the annexes, the unsaved edit included', async () => {
    const { page } = app;
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), dialog().getByTestId('export-submit').click()]);
    expect(download.suggestedFilename()).toBe(`${FILE_BASE}.docx`);
    await dialog().waitFor({ state: 'detached' });
    const files = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
    const xml = strFromU8(files['word/document.xml']);
    const text = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(text).toContain('杨府办发〔2016〕30号'); // cover: 发文字号
    expect(text).toContain(PRINTED); // title (附件说明 and the heading)
    expect(text).toContain('杨浦区“智慧城市”建设三年行动计划');
    expect(text).toContain('主要任务分解表'); // annex
    expect(xml).toContain('w:orient="landscape"');
    expect(text).toContain(EDITED); // the edit was saved before exporting
    const stored = await app.core.call('plan.get', { id: planId });
    expect(stored.ok && [...walk(stored.result.nodes)].some((x) => x.node.heading === taskHeading + EDITED)).toBe(true);
    // the options are remembered for this plan
    await page.getByTestId('open-export').click();
    expect(await dialog().getByTestId('opt-cover').isChecked()).toBe(true);
    expect(await dialog().getByTestId('opt-annexes').isChecked()).toBe(true);
    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'detached' });
  });

  it('exports Markdown', async () => {
    const download = await exportAs('markdown');
    expect(download.suggestedFilename()).toBe(`${FILE_BASE}.md`);
    const md = readFileSync((await download.path())!, 'utf8');
    expect(md).toContain('杨浦区“智慧城市”建设三年行动计划');
    expect(md).toContain(taskHeading + EDITED);
  });

  it('exports the plan-workbench/v1 JSON without the revision', async () => {
    const download = await exportAs('json');
    expect(download.suggestedFilename()).toBe(`${FILE_BASE}.json`);
    const doc = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(doc.format).toBe('plan-workbench/v1');
    expect(doc.id).toBe(planId);
    expect(doc.meta.title).toBe(TITLE);
    expect(doc.meta.docNumber).toBe('杨府办发〔2016〕30号');
    expect(doc.revision).toBeUndefined();
    expect(doc.nodes.length).toBeGreaterThan(0);
  });

  it('greys PDF out with the reason when LibreOffice is missing', async () => {
    const { page } = app;
    process.env.PW_SOFFICE = '/nonexistent/soffice'; // the core looks LibreOffice up on every call
    await page.getByTestId('open-export').click();
    await dialog().waitFor();
    const reason = dialog().getByTestId('pdf-reason');
    await reason.waitFor();
    expect(await reason.innerText()).toContain('LibreOffice');
    expect(await dialog().getByTestId('format-pdf').locator('input').isDisabled()).toBe(true);
    await page.mouse.move(0, 0);
    await app.shot('09b-export-dialog-no-pdf');
    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'detached' });
    delete process.env.PW_SOFFICE;
  });

  it('a PDF conversion shows the time used and the limit; 停止转换 stops LibreOffice (and what it started): no download, the dialog says so', async () => {
    const { page } = app;
    const dir = mkdtempSync(join(tmpdir(), 'pw-e2e-pdf-'));
    const pidFile = join(dir, 'converter.pid');
    const stub = join(dir, 'soffice');
    // as LibreOffice: the script starts the converter in the background, which writes into --outdir and never finishes
    writeFileSync(stub, [
      '#!/bin/sh',
      'out=""; prev=""',
      'for a in "$@"; do [ "$prev" = "--outdir" ] && out="$a"; prev="$a"; done',
      '( while :; do printf "%%PDF-1.7 partial\\n" >> "$out/plan.pdf" 2>/dev/null; sleep 0.05; done ) &',
      `echo $! > '${pidFile}'`,
      'wait',
    ].join('\n') + '\n');
    chmodSync(stub, 0o755);
    process.env.PW_SOFFICE = stub;
    let downloads = 0;
    const onDownload = () => { downloads++; };
    page.on('download', onDownload);
    try {
      await page.getByTestId('open-export').click();
      await dialog().waitFor();
      await dialog().getByTestId('format-pdf').locator('input').check();
      await page.keyboard.press('Enter');
      const progress = dialog().getByTestId('export-progress');
      await page.waitForFunction(() => /已用 0:0[1-9]/.test(document.querySelector('[data-test=export-progress]')?.textContent ?? ''), null, { timeout: 60_000 });
      expect(await progress.innerText()).toMatch(/^正在生成 PDF\(先生成 Word 公文,再由 LibreOffice 转换\):已用 0:0\d,最长 \d+:\d\d;可点“停止转换”$/);
      for (let i = 0; i < 500 && !existsSync(pidFile); i++) await page.waitForTimeout(20);
      const pid = Number(readFileSync(pidFile, 'utf8').trim());
      await page.mouse.move(0, 0);
      await app.shot('09d-export-pdf-converting');
      await dialog().getByTestId('export-cancel').click();
      const error = dialog().getByTestId('export-error');
      await error.waitFor();
      expect(await error.innerText()).toBe('已取消导出 PDF,没有生成文件。');
      expect(downloads).toBe(0);
      expect(running(pid)).toBe(false); // the converter is gone (a zombie waiting for PID 1 has ended)
      await page.keyboard.press('Escape');
      await dialog().waitFor({ state: 'detached' });
    } finally {
      page.off('download', onDownload);
      delete process.env.PW_SOFFICE;
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('Markdown and JSON offer 包含批注与修改建议 and say what they carry; the Word options are not shown', async () => {
    const { page } = app;
    await page.getByTestId('open-export').click();
    await dialog().waitFor();
    await dialog().getByTestId('format-markdown').click();
    expect(await dialog().getByTestId('word-options').count()).toBe(0);
    expect(await dialog().getByTestId('exchange-comments-note').innerText()).toContain('<!-- 批注 --> 注释块');
    await dialog().getByTestId('format-json').click();
    expect(await dialog().getByTestId('exchange-comments-note').innerText()).toContain('annotations 部分');
    await dialog().getByTestId('format-markdown').click();
    const overflow = await dialog().evaluate((d) => {
      const box = d.getBoundingClientRect();
      return Array.from(d.querySelectorAll<HTMLElement>('*'))
        .filter((el) => { const r = el.getBoundingClientRect(); return r.width > 0 && (r.right > box.right + 0.5 || r.left < box.left - 0.5); })
        .map((el) => el.className || el.tagName);
    });
    expect(overflow).toEqual([]);
    await page.mouse.move(0, 0);
    await app.shot('09c-export-dialog-markdown');
    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'detached' });
  });
});
