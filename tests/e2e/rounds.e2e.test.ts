/**
 * Review rounds, the review package and history in Chromium, against the real core: a draft made from
 * 静安 2014–2016 is submitted for review (round 1), the round is ended and a task edited; 本轮以来的修改 shows
 * that task changed; the review package goes to a reviewer's library (a second core, as on another machine),
 * comes back with the reviewer's comment and is imported twice (the second time adds nothing); exported to Word
 * with that comment and the Word file read back (the comment is found already here); the task is put
 * back from its history panel, and a whole-plan restore is undone from the toast; round 2 is submitted and compared
 * with round 1 from the review menu (对比第 1 轮与第 2 轮: the two submitted versions, side by side).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredPlan } from '../../shared/api/contract';
import { walk } from '../../shared/model/plan';
import { createCore, type Core } from '../../electron/core/core';
import { e2eEnabled, startApp, type App } from './harness';

const EDITED = '提升公共服务能级(第二稿)';
const THIRD = '提升公共服务能级(第三稿)';

describe.runIf(e2eEnabled())('review rounds, package and history (e2e)', () => {
  let app: App;
  let planId = '';
  let taskId = '';
  let original = '';
  const tmp: string[] = [];

  async function call<T>(core: Core, method: string, input: unknown): Promise<T> {
    const r = await (core.call as (m: string, i: unknown) => Promise<{ ok: boolean; result?: T; error?: { message: string } }>)(method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error!.message}`);
    return r.result as T;
  }
  const get = () => call<StoredPlan>(app.core, 'plan.get', { id: planId });
  const heading = async (id: string) => [...walk((await get()).nodes)].map((x) => x.node).find((n) => n.id === id)!.heading;

  beforeAll(async () => {
    app = await startApp();
    const list = await call<{ id: string; title: string }[]>(app.core, 'library.list', {});
    const template = list.find((p) => p.title === '静安区推进智慧城区建设三年行动方案(2014-2016)')!;
    const made = await call<{ id: string }>(app.core, 'plan.createFromTemplate', { templateId: template.id, district: '静安区', period: { start: 2027, end: 2029 }, mode: 'full' });
    planId = made.id;
    const task = [...walk((await get()).nodes)].map((x) => x.node).find((n) => n.kind === 'task' && n.heading === '提升公共服务能级')!;
    taskId = task.id;
    original = task.heading;
  }, 300_000);
  afterAll(async () => {
    await app?.close();
    for (const d of tmp) rmSync(d, { recursive: true, force: true });
  });

  const row = (text: string) => app.page.locator('[data-test=outline-row]', { hasText: text }).first();
  const saved = () => app.page.getByTestId('save-state').filter({ hasText: '已保存' }).waitFor({ timeout: 15_000 });

  it('submits the draft for review: round 1, under review, a snapshot taken', async () => {
    const { page } = app;
    await page.goto(`${app.url}#/plan/${planId}`);
    await row(original).waitFor();
    await page.getByTestId('round-submit').click();
    // the draft's nodes are still 未复核 (made from a template): submitting asks first
    await page.getByTestId('confirm').filter({ hasText: '个节点未复核' }).waitFor();
    await page.getByTestId('confirm-ok').click();
    await expect.poll(() => page.getByTestId('round-chip').innerText()).toBe('第 1 轮 · 审阅中');
    expect((await get()).meta.status).toBe('review');
    const rounds = await call<{ round: number; versionId: number; closedAt: string | null }[]>(app.core, 'review.rounds', { planId });
    expect(rounds).toHaveLength(1);
    expect(rounds[0].closedAt).toBeNull();
    await app.shot('30-rounds-submitted');
  });

  it('ends the round, edits a task, and 本轮以来的修改 shows that task changed', async () => {
    const { page } = app;
    await page.getByTestId('round-close').click();
    await page.getByTestId('confirm-ok').click();
    await page.getByTestId('round-submit').waitFor();
    expect((await get()).meta.status).toBe('draft');
    await row(original).click();
    await page.getByTestId('heading-input').fill(EDITED);
    await saved();
    expect(await heading(taskId)).toBe(EDITED);
    await page.getByTestId('round-changes').click();
    const rounds = await call<{ versionId: number }[]>(app.core, 'review.rounds', { planId });
    await page.waitForURL(new RegExp(`#/compare\\?.*v=${rounds[0].versionId}`));
    const changed = page.locator('[data-test=compare-row].changed', { hasText: EDITED });
    await changed.first().waitFor({ timeout: 30_000 });
    expect(await changed.first().getByTestId('row-right').innerText()).toContain(original);
    // the left is the plan now, the right the round's version: the words typed since are green on the left (Monaco
    // marks them as the original side's own, red by default), the words they replaced red on the right
    await changed.first().click();
    const editor = page.getByTestId('diff-editor');
    await editor.locator('.char-delete').first().waitFor({ timeout: 30_000 });
    const colours = await editor.evaluate((root) => {
      const probe = (v: string) => {
        const el = document.createElement('span');
        el.style.backgroundColor = `var(${v})`;
        root.querySelector('.monaco-editor')!.appendChild(el);
        const c = getComputedStyle(el).backgroundColor;
        el.remove();
        return c;
      };
      return {
        leftOwn: getComputedStyle(root.querySelector('.char-delete')!).backgroundColor,
        rightOwn: getComputedStyle(root.querySelector('.char-insert')!).backgroundColor,
        inserted: probe('--vscode-diffEditor-insertedTextBackground'),
        removed: probe('--vscode-diffEditor-removedTextBackground'),
      };
    });
    expect(colours.inserted).not.toBe(colours.removed);
    expect(colours.leftOwn).toBe(colours.inserted);
    expect(colours.rightOwn).toBe(colours.removed);
    await app.shot('31-rounds-changes-since');
  });

  it('exports the review package, a reviewer annotates it elsewhere, importing it back adds the comment once', async () => {
    const { page } = app;
    await page.goto(`${app.url}#/plan/${planId}`);
    await row(EDITED).waitFor();
    await page.getByTestId('review-menu').click();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('package-export').click()]);
    expect(download.suggestedFilename()).toMatch(/\.planreview$/);
    const bytes = readFileSync((await download.path())!);
    // the reviewer's machine: another library
    const dir = mkdtempSync(join(tmpdir(), 'pw-reviewer-'));
    tmp.push(dir);
    const reviewer = await createCore({ dataDir: dir, seedsDir: null, host: 'e2e-reviewer' });
    let back: string;
    try {
      await call(reviewer, 'prefs.set', { identity: { name: '李审核', department: '区科委' } });
      const opened = await call<{ mode: string; planId: string }>(reviewer, 'review.importPackage', { fileName: download.suggestedFilename(), dataBase64: bytes.toString('base64') });
      expect(opened.mode).toBe('opened');
      await call(reviewer, 'review.add', { planId: opened.planId, kind: 'comment', anchor: { nodeId: taskId, field: 'heading', start: 0, end: 4, quote: EDITED.slice(0, 4) }, body: '请补充牵头单位' });
      const pkg = await call<{ fileName: string; dataBase64: string }>(reviewer, 'review.exportPackage', { planId: opened.planId });
      back = join(dir, pkg.fileName);
      writeFileSync(back, Buffer.from(pkg.dataBase64, 'base64'));
    } finally {
      reviewer.close();
    }
    // back home: import it from the library, twice
    for (const [time, added] of [[1, '1'], [2, '0']] as const) {
      await page.goto(`${app.url}#/`);
      await page.getByTestId('library-package-import').click();
      await page.getByTestId('package-file').setInputFiles(back);
      await page.getByTestId('package-report').waitFor();
      expect(await page.getByTestId('package-report').getAttribute('data-mode')).toBe('merged');
      expect(await page.getByTestId('package-added').innerText()).toBe(added);
      if (time === 1) await app.shot('32-rounds-package-imported');
      else expect(await page.getByTestId('package-nothing-new').isVisible()).toBe(true);
      await page.getByTestId('package-open').click();
      await row(EDITED).waitFor();
    }
    const notes = await call<{ body: string }[]>(app.core, 'review.list', { planId });
    expect(notes.filter((a) => a.body === '请补充牵头单位')).toHaveLength(1);
    // the plan text was not touched
    expect(await heading(taskId)).toBe(EDITED);
  });

  it('exports Word with the annotations as comments; importing that file back finds the comment already here', async () => {
    const { page } = app;
    await page.getByTestId('open-export').click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.getByTestId('format-docx').click();
    await dialog.getByTestId('opt-comments').check();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      // the draft still has 未复核 nodes: export asks first
      (async () => { await dialog.getByTestId('export-submit').click(); await page.getByTestId('confirm-ok').click(); })(),
    ]);
    const docx = (await download.path())!;
    const files = unzipSync(new Uint8Array(readFileSync(docx)));
    expect(strFromU8(files['word/comments.xml'])).toContain('请补充牵头单位');
    await page.getByTestId('review-menu').click();
    await page.getByTestId('word-import').click();
    await page.getByTestId('word-file').setInputFiles({ name: 'reviewed.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: readFileSync(docx) });
    const summary = page.getByTestId('word-summary');
    await summary.waitFor();
    expect(await summary.innerText()).toBe('文件中共有 1 条批注:新增 0 条,已存在而跳过 1 条。');
    await page.getByTestId('word-done').click();
    const notes = await call<{ body: string }[]>(app.core, 'review.list', { planId });
    expect(notes.filter((a) => a.body === '请补充牵头单位')).toHaveLength(1);
  });

  it('restores the task from its history panel', async () => {
    const { page } = app;
    await row(EDITED).click();
    await page.getByTestId('toggle-history').click();
    const entry = page.getByTestId('history-entry').filter({ has: page.getByTestId('history-fields').filter({ hasText: '标题' }) }).first();
    await entry.waitFor();
    expect(await entry.innerText()).toContain(EDITED);
    await app.shot('33-history-node');
    await entry.getByTestId('restore-before').click();
    await expect.poll(() => heading(taskId)).toBe(original);
    await expect.poll(() => page.getByTestId('heading-input').inputValue()).toBe(original);
    // the restore is itself in the history
    await page.locator('[data-test=history-entry][data-kind=restore]').first().waitFor();
  });

  it('restores the whole plan to the round\'s version and undoes it from the toast', async () => {
    const { page } = app;
    // an edit after the node restore, so the whole-plan restore has something to undo
    await page.getByTestId('heading-input').fill(EDITED);
    await saved();
    await page.getByTestId('history-tab-versions').click();
    const rounds = await call<{ versionId: number }[]>(app.core, 'review.rounds', { planId });
    const version = page.locator(`[data-test=version][data-version="${rounds[0].versionId}"]`);
    await version.getByTestId('restore-plan').click();
    await page.getByTestId('confirm-ok').click();
    await expect.poll(() => heading(taskId)).toBe(original);
    await expect.poll(() => page.getByTestId('heading-input').inputValue()).toBe(original);
    const undo = page.getByTestId('toast-action').filter({ hasText: '撤销' });
    await undo.waitFor();
    await app.shot('34-history-plan-restored');
    await undo.click();
    await expect.poll(() => heading(taskId)).toBe(EDITED);
    await expect.poll(() => page.getByTestId('heading-input').inputValue()).toBe(EDITED);
  });

  it('compares round 1 with round 2 from the review menu: the two submitted versions side by side, nothing to take', async () => {
    const { page } = app;
    // round 2 is submitted with the task as edited (round 1's version holds it as it was)
    await page.getByTestId('round-submit').click();
    await page.getByTestId('confirm-ok').click();
    await expect.poll(() => page.getByTestId('round-chip').innerText()).toBe('第 2 轮 · 审阅中');
    const rounds = await call<{ round: number; versionId: number }[]>(app.core, 'review.rounds', { planId });
    const [r1, r2] = [rounds.find((r) => r.round === 1)!, rounds.find((r) => r.round === 2)!];
    // the plan changes after round 2: that change is not part of the rounds' compare
    const now = await get();
    [...walk(now.nodes)].map((x) => x.node).find((n) => n.id === taskId)!.heading = THIRD;
    await call(app.core, 'plan.save', { id: planId, doc: { format: now.format, meta: now.meta, nodes: now.nodes }, baseRevision: now.revision });
    await page.getByTestId('review-menu').click();
    const item = page.getByTestId('compare-rounds');
    expect(await item.allInnerTexts()).toEqual(['对比第 1 轮与第 2 轮']);
    await item.click();
    await page.waitForURL(new RegExp(`#/compare\\?(?=.*[?&]v=${r1.versionId}(&|$))(?=.*[?&]lv=${r2.versionId}(&|$))`));
    const changed = page.locator('[data-test=compare-row].changed', { hasText: EDITED });
    await changed.first().waitFor({ timeout: 30_000 });
    // left: round 2's version (the edited heading); right: round 1's (the heading as it was)
    expect(await changed.first().getByTestId('row-left').innerText()).toContain(EDITED);
    expect(await changed.first().getByTestId('row-right').innerText()).toContain(original);
    expect(await page.getByTestId('left-version').inputValue()).toBe(String(r2.versionId));
    expect(await page.getByTestId('right-plan').inputValue()).toBe(`v:${r1.versionId}`);
    // a version cannot take a node: no 采纳 in the pair's detail
    await changed.first().click();
    await expect.poll(() => page.getByTestId('take').count()).toBe(0);
    await app.shot('35-rounds-compared');
    expect(await page.locator('[data-test=compare-row]', { hasText: THIRD }).count()).toBe(0);
    // back to the plan as it is now on the left: its heading since round 2 shows
    await page.getByTestId('left-version').selectOption('');
    await page.waitForURL((u) => !u.hash.includes('lv='));
    await page.locator('[data-test=compare-row].changed', { hasText: THIRD }).first().waitFor({ timeout: 30_000 });
  });
});
