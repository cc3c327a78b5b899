/**
 * The buttons' tooltips name their shortcuts (walk 10: 全部折叠 / 全部展开 had neither a key nor, 全部展开, a tooltip;
 * 检查 and 审阅包与批注 had no tooltip). In the real app: every button of the editor's toolbar, the outline's toolbar
 * and its footer has a tooltip, and each button that renderer/src/shortcuts.ts (帮助's list) ties to a shortcut names
 * that shortcut in its tooltip or on its face (a <kbd>) — reached where it shows: the library's top bar, the editor,
 * the find box, the review panel's composer, the preview, the import dialog and the compare view. And the new keys
 * work: Ctrl+Shift+← in the outline collapses it to the parts and actions, Ctrl+Shift+→ expands it all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHORTCUTS } from '../../renderer/src/shortcuts';
import { call, e2eEnabled, jinganDraft, planIdByTitle, planNodes, startApp, YANGPU_2015, type App } from './harness';

/** data-test → the keys its tooltip names. */
const WANTED = new Map(SHORTCUTS.flatMap((s) => Object.entries(s.buttons ?? {})));
/** "Ctrl P" on a <kbd>, "Ctrl+P" in a tooltip, ↵ for Enter: the same. */
const squash = (s: string) => s.replace(/↵/g, 'Enter').replace(/[\s+()（）]/g, '').toLowerCase();

describe.runIf(e2eEnabled())('shortcuts in tooltips (e2e)', () => {
  let app: App;
  let draft = '';
  let taskId = '';
  const seen = new Map<string, string>();

  beforeAll(async () => {
    app = await startApp();
    draft = await jinganDraft(app);
    taskId = planNodes(await call(app, 'plan.get', { id: draft })).find((n) => n.kind === 'task')!.id;
    await call(app, 'prefs.set', { identity: { name: '王审阅', department: '区发展改革委' } });
  }, 300_000);
  afterAll(async () => {
    await app?.close();
  });

  /** Each shown button of WANTED in the page: its tooltip and face, kept for the final check. */
  async function collect() {
    const found = await app.page.evaluate((ids) => ids.flatMap((id) => Array.from(document.querySelectorAll<HTMLElement>(`[data-test="${id}"]`))
      .filter((b) => b.offsetParent).slice(0, 1).map((b) => [id, `${b.title} ${b.innerText}`] as const)), [...WANTED.keys()]);
    for (const [id, text] of found) seen.set(id, text);
  }

  it('the library\'s top bar, the import dialog', async () => {
    const { page } = app;
    await page.goto(app.url);
    await page.getByTestId('plan-card').first().waitFor();
    await collect();
    await page.getByTestId('import').click();
    await page.getByTestId('import-file').setInputFiles({ name: '快捷键测试.txt', mimeType: 'text/plain', buffer: Buffer.from('某区智慧城市建设三年行动计划\n一、总体要求\n(一)指导思想\n坚持以人民为中心。\n', 'utf8') });
    await page.getByTestId('import-report').waitFor();
    await collect();
    await page.keyboard.press('Escape');
  }, 120_000);

  it('the editor: every button of the toolbar, the outline\'s toolbar and its footer has a tooltip', async () => {
    const { page } = app;
    await page.goto(`${app.url}#/plan/${draft}?node=${taskId}`);
    await page.locator('[data-test=monaco-host] .view-lines').waitFor();
    const bare = await page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('.editor .bar button, .editor .bar a, .col-outline .toolbar button, .col-outline .foot button, .col-outline .meta-row'))
      .filter((b) => b.offsetParent && !b.title.trim()).map((b) => b.dataset.test ?? b.innerText.trim()));
    expect(bare).toEqual([]);
    await collect();
    await page.getByTestId('open-find').click();
    await page.getByTestId('find-input').waitFor();
    await collect();
    await page.keyboard.press('Escape');
    // the review panel's comment button and its composer's 发送
    if ((await page.getByTestId('review-comment').count()) === 0) await page.getByTestId('toggle-review').click();
    await page.getByTestId('review-comment').click();
    await page.getByTestId('composer').waitFor();
    await collect();
    await page.keyboard.press('Escape');
    // the preview's 打印
    await page.getByTestId('open-preview').click();
    await page.getByTestId('preview-print').waitFor();
    await collect();
    await page.keyboard.press('Escape');
  }, 120_000);

  it('Ctrl+Shift+← in the outline collapses it to the parts and actions, Ctrl+Shift+→ expands it all', async () => {
    const { page } = app;
    const rows = () => page.locator('[data-test=outline-tree] [role=treeitem]').count();
    const all = planNodes(await call(app, 'plan.get', { id: draft })).length;
    await page.getByTestId('outline-tree').focus();
    await page.keyboard.press('Control+Shift+ArrowLeft');
    // the tree shows a window of its rows: what is collapsed shows as aria-expanded=false on the parts and actions
    await expect.poll(() => page.locator('[data-test=outline-tree] [aria-expanded=false]').count()).toBeGreaterThan(0);
    const collapsed = await page.evaluate(() => Array.from(document.querySelectorAll('[data-test=outline-tree] [role=treeitem]')).map((r) => Number(r.getAttribute('aria-level'))));
    expect(Math.max(...collapsed)).toBeLessThanOrEqual(2);
    expect(collapsed.length).toBeLessThan(all);
    await page.keyboard.press('Control+Shift+ArrowRight');
    await expect.poll(() => page.locator('[data-test=outline-tree] [aria-expanded=false]').count()).toBe(0);
    expect(await rows()).toBeGreaterThan(collapsed.length);
  }, 120_000);

  it('the compare view\'s next / previous change', async () => {
    const { page } = app;
    await page.goto(`${app.url}#/compare?left=${draft}&right=${await planIdByTitle(app, YANGPU_2015)}`);
    await page.getByTestId('next-change').waitFor();
    await collect();
  }, 120_000);

  it('each button tied to a shortcut names it', () => {
    expect([...WANTED.keys()].filter((id) => !seen.has(id))).toEqual([]);
    const wrong = [...WANTED].filter(([id, keys]) => !squash(seen.get(id) ?? '').includes(squash(keys))).map(([id, keys]) => `${id}: ${keys} — “${seen.get(id)}”`);
    expect(wrong).toEqual([]);
  });
});
