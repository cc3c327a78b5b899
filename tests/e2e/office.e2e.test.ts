/**
 * What a real office needs, in Chromium (browser mode): the print preview of the official pages (LibreOffice's page
 * images, or the app's GB/T 9704 rendering without them) and printing from it, the help panel (F1, palette),
 * 最近打开 and 打开 in the library, and a re-import of a document already in the library.
 * Screenshots: test-results/office-*.png.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSoffice } from '../../electron/core/export';
import { emptyNode, type PlanDoc } from '../../shared/model/plan';
import { blankPlan } from '../../shared/template';
import { ROOT, e2eEnabled, startApp, type App } from './harness';

const YANGPU = '杨浦区“智慧城市”建设三年行动计划(2015-2017)';
const PARA = '推进智慧城市建设，完善信息基础设施，提升公共服务水平和城市管理能力'.repeat(3).slice(0, 84);

/** 2 title lines + a blank line + a heading + 40 paragraphs of 4 lines (84 characters, indent 2) = 164 lines → 8 pages of 22. */
function eightPages(): PlanDoc {
  const blank = blankPlan({ title: '某区推进智慧城市建设三年行动计划(2027-2029)', district: '某区', period: { start: 2027, end: 2029 } });
  return { ...blank, meta: { ...blank.meta, preamble: '' }, nodes: [{ ...emptyNode('n1', 'part'), number: '一、', heading: '主要任务', body: Array.from({ length: 40 }, () => PARA).join('\n') }] };
}

describe.runIf(e2eEnabled())('office (e2e)', { timeout: 120_000 }, () => {
  let app: App;
  let shortId = '';
  let yangpuId = '';
  beforeAll(async () => {
    app = await startApp();
    const made = await app.core.call('plan.importCommit', { doc: eightPages(), status: 'draft' });
    if (!made.ok) throw new Error('importCommit');
    shortId = made.result.id;
    const list = await app.core.call('library.list', {});
    if (!list.ok) throw new Error('list');
    yangpuId = list.result.find((p) => p.title === YANGPU)!.id;
  }, 300_000);
  afterAll(async () => {
    delete process.env.PW_PDFTOPPM;
    await app?.close();
  });

  it('previews the official pages without LibreOffice: 8 GB/T 9704 pages with the title and — N — page numbers', async () => {
    try {
      await previewWithoutLibreOffice();
    } finally {
      delete process.env.PW_PDFTOPPM;
    }
  });

  async function previewWithoutLibreOffice() {
    const { page } = app;
    process.env.PW_PDFTOPPM = join(ROOT, 'no-such-pdftoppm'); // as on a machine without poppler: export.preview is 'unavailable'
    await page.goto(`${app.url}#/plan/${shortId}`);
    await page.getByTestId('open-preview').click();
    const dialog = page.getByTestId('preview-dialog');
    await dialog.waitFor();
    await page.locator('[data-test=preview-source][data-state=html]').waitFor();
    const pages = page.getByTestId('preview-page');
    expect(await pages.count()).toBe(8);
    expect(await page.getByTestId('preview-count').innerText()).toBe('共 8 页');
    const first = await pages.nth(0).innerText();
    // the title (23 二号 characters) in two centred lines of at most 20
    const titleLines = await pages.nth(0).locator('.line.title').allInnerTexts();
    expect(titleLines.join('')).toBe('某区推进智慧城市建设三年行动计划（2027—2029）');
    expect(titleLines).toHaveLength(2);
    expect(first).toContain('一、主要任务');
    expect(first).toContain('— 1 —');
    expect(await pages.nth(7).innerText()).toContain('— 8 —');
    // an A4 sheet: 210 × 297 mm at 96 px/inch
    const box = await pages.nth(0).boundingBox();
    expect(Math.round(box!.width)).toBe(794);
    expect(Math.round(box!.height)).toBe(1123);
    await app.shot('office-01-preview-html');
    // with the 通知 cover: one page more, the notice first
    await page.getByTestId('preview-cover').check();
    await page.locator('[data-test=preview-source][data-state=html]').waitFor();
    expect(await pages.count()).toBe(9);
    expect(await pages.nth(0).innerText()).toContain('关于印发');
    expect(await pages.nth(1).innerText()).toContain('附件');
    await app.shot('office-01b-preview-html-cover');
    await page.getByTestId('preview-cover').uncheck();
    await page.getByTestId('preview-close').click();
    await dialog.waitFor({ state: 'detached' });
  }

  it('lays out the 任务分解表 of 奉贤 2020–2022 on landscape pages after its 12 body pages (without LibreOffice)', async () => {
    const { page } = app;
    process.env.PW_PDFTOPPM = join(ROOT, 'no-such-pdftoppm');
    try {
      const list = await app.core.call('library.list', {});
      const id = list.ok ? list.result.find((p) => p.title.startsWith('上海市奉贤区'))!.id : '';
      await page.goto(`${app.url}#/plan/${id}`);
      await page.getByTestId('open-preview').click();
      await page.locator('[data-test=preview-source][data-state=html]').waitFor();
      const pages = page.getByTestId('preview-page');
      // LibreOffice lays the body out on 12 pages (tests/office/preview.test.ts); the table follows on landscape pages
      expect(await page.locator('[data-test=preview-page].portrait').count()).toBe(12);
      const landscape = page.locator('[data-test=preview-page].landscape');
      expect(await landscape.count()).toBeGreaterThan(0);
      expect(await landscape.first().innerText()).toContain('主要任务分解表');
      expect(await landscape.first().locator('th').allInnerTexts()).toEqual(expect.arrayContaining(['序号', '重点任务', '牵头部门', '配合部门']));
      await landscape.first().scrollIntoViewIfNeeded();
      await app.shot('office-01c-preview-html-annex');
      expect(await pages.count()).toBe(12 + (await landscape.count()));
      await page.getByTestId('preview-close').click();
    } finally {
      delete process.env.PW_PDFTOPPM;
    }
  });

  it.runIf(!!findSoffice())('停止排版 stops LibreOffice\'s layout: the time used and the limit are shown meanwhile, the app\'s own pages stay', async () => {
    const { page } = app;
    await page.goto(`${app.url}#/plan/${shortId}`);
    await page.getByTestId('open-preview').click();
    const note = page.locator('[data-test=preview-source][data-state=rendering]');
    await note.waitFor();
    // the 8 pages' plan: 2 minutes plus 200 ms for its one node
    expect(await note.innerText()).toMatch(/^正在用 LibreOffice 排版:已用 0:0\d,最长 2:00;可点“停止排版”$/);
    await app.shot('office-01d-preview-rendering');
    await page.getByTestId('preview-stop').click();
    await page.locator('[data-test=preview-source][data-state=stopped]').waitFor();
    expect(await page.getByTestId('preview-source').innerText()).toBe('已停止 LibreOffice 排版。下面显示近似预览。');
    expect(await page.getByTestId('preview-page').count()).toBe(8);
    expect(await page.locator('[data-test=preview-page] img').count()).toBe(0);
    await page.getByTestId('preview-close').click();
    await page.getByTestId('preview-dialog').waitFor({ state: 'detached' });
  });

  it.runIf(!!findSoffice())('shows LibreOffice\'s page images when it is installed: the same 8 pages', async () => {
    const { page } = app;
    await page.goto(`${app.url}#/plan/${shortId}`);
    await page.getByTestId('open-preview').waitFor();
    await page.keyboard.press('Control+p');
    await page.getByTestId('preview-dialog').waitFor();
    await page.locator('[data-test=preview-source][data-state=images]').waitFor({ timeout: 90_000 });
    const imgs = page.locator('[data-test=preview-page] img');
    expect(await imgs.count()).toBe(8);
    const sizes = await imgs.evaluateAll((els) => els.map((e) => [(e as HTMLImageElement).naturalWidth, (e as HTMLImageElement).naturalHeight]));
    expect(sizes.every(([w, h]) => Math.abs(w - 595) <= 1 && Math.abs(h - 842) <= 1)).toBe(true);
    await page.getByTestId('preview-pages').evaluate((el) => { el.scrollTop = 0; });
    await app.shot('office-02-preview-libreoffice');
  });

  it('prints from the preview: window.print is called, and the print view holds only the A4 sheets', async () => {
    const { page } = app;
    if (!(await page.getByTestId('preview-dialog').isVisible())) {
      await page.getByTestId('open-preview').click();
      await page.getByTestId('preview-dialog').waitFor();
    }
    await page.evaluate(() => {
      const w = window as unknown as { printed: number };
      w.printed = 0;
      window.print = () => { w.printed++; };
    });
    await page.getByTestId('preview-print').click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.keyboard.press('Control+p');
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(2);

    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() => ({
      // the app (top bar, editor) is hidden: everything in the body but the preview
      app: Array.from(document.body.children).filter((e) => !e.classList.contains('pw-preview') && e.tagName !== 'SCRIPT').map((e) => getComputedStyle(e).display),
      editorVisible: (document.querySelector('[data-test=editor]') as HTMLElement).offsetParent !== null,
      toolbar: getComputedStyle(document.querySelector('[data-test=preview-dialog] .bar')!).display,
      sheetBreak: getComputedStyle(document.querySelector('[data-test=preview-page]')!).breakAfter,
      shadow: getComputedStyle(document.querySelector('[data-test=preview-page]')!).boxShadow,
    }));
    await app.shot('office-03-print-view');
    await page.emulateMedia({ media: 'screen' });
    expect(shown.app.length).toBeGreaterThan(0);
    expect(shown).toEqual({ app: shown.app.map(() => 'none'), editorVisible: false, toolbar: 'none', sheetBreak: 'page', shadow: 'none' });
    await page.keyboard.press('Escape');
    await page.getByTestId('preview-dialog').waitFor({ state: 'detached' });
  });

  it('opens the help with F1 and from the palette, which also offers 导出, 对比, 审阅, 导入', async () => {
    const { page } = app;
    await page.keyboard.press('F1');
    const help = page.getByTestId('help-panel');
    await help.waitFor();
    const text = await help.innerText();
    for (const s of ['常用操作', '快捷键', 'Ctrl+K', 'Ctrl+P', '导入', '对比', '预览与打印']) expect(text).toContain(s);
    await app.shot('office-04-help');
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });

    await page.keyboard.press('Control+k');
    const palette = page.getByTestId('palette');
    await palette.waitFor();
    const input = page.getByTestId('palette-input');
    for (const label of ['导出 Word / PDF…', '对比…', '审阅模式', '导入计划…', '预览与打印']) {
      await input.fill(label);
      expect(await palette.innerText()).toContain(label);
    }
    await input.fill('帮助');
    await app.shot('office-05-palette-help');
    await page.keyboard.press('Enter');
    await help.waitFor();
    await page.getByTestId('help-close').click();
    await help.waitFor({ state: 'detached' });
  });

  it('lists 最近打开 in the library, and a card opens with 打开 or a click anywhere on it', async () => {
    const { page } = app;
    await page.goto(app.url);
    const recent = page.getByTestId('recent');
    await recent.waitFor();
    // opened so far: 奉贤 (its table), then the 8-page plan again (LibreOffice's pages) — newest first
    expect(await page.getByTestId('recent-plan').allInnerTexts()).toEqual([expect.stringContaining('某区推进智慧城市建设三年行动计划'), expect.stringContaining('上海市奉贤区')]);
    const card = page.getByTestId('plan-card').filter({ hasText: YANGPU });
    // the editor records the opening (library.opened) on its own; the library shown next must come after it
    const opened = page.waitForResponse((r) => r.url().includes('library.opened'));
    await card.getByTestId('open-plan').click();
    await page.waitForURL(new RegExp(`#/plan/${yangpuId}`));
    await page.getByTestId('editor').waitFor();
    await opened;
    await page.goto(app.url);
    await recent.waitFor();
    expect(await page.getByTestId('recent-plan').allInnerTexts()).toEqual([expect.stringContaining(YANGPU), expect.stringContaining('某区推进'), expect.stringContaining('上海市奉贤区')]);
    await app.shot('office-06-library-recent');
    // a click on the card's counts line (not its title) opens it too
    await page.getByTestId('plan-card').filter({ hasText: '某区推进智慧城市建设三年行动计划' }).locator('p').first().click();
    await page.waitForURL(new RegExp(`#/plan/${shortId}`));
  });

  it('recognises a re-import of 杨浦 (its GBK copy) and opens the plan already in the library instead', async () => {
    const { page } = app;
    await page.goto(app.url);
    await page.getByTestId('plan-card').first().waitFor();
    const before = await app.core.call('library.list', {});
    await page.getByTestId('import').click();
    const gbk = readFileSync(join(ROOT, 'tests/fixtures/encodings/002.gbk.txt'));
    await page.getByTestId('import-file').setInputFiles({ name: '杨浦-再次导入.txt', mimeType: 'text/plain', buffer: gbk });
    const dup = page.getByTestId('import-duplicate');
    await dup.waitFor();
    expect(await dup.innerText()).toContain('这份文件已经导入过');
    expect(await page.getByTestId('import-duplicate-plan').allInnerTexts()).toEqual([expect.stringContaining(YANGPU)]);
    expect(await page.getByTestId('import-save').innerText()).toBe('仍然导入');
    await app.shot('office-07-import-duplicate');
    await page.getByTestId('import-open-existing').click();
    await page.waitForURL(new RegExp(`#/plan/${yangpuId}`));
    await page.getByTestId('editor').waitFor();
    const after = await app.core.call('library.list', {});
    expect(after.ok && before.ok && after.result.length).toBe(before.ok ? before.result.length : -1);
  });
});
