/**
 * Backups in Chromium (browser mode): the app starts on a damaged library with a backup present, offers the latest
 * backup, restores it (the damaged file kept aside) and shows the library; then the 备份与恢复 dialog backs up and
 * restores an older backup after a confirmation.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/core';
import { DB_FILE_NAME } from '../../electron/core/db';
import { ROOT, e2eEnabled, startApp, type App } from './harness';

describe.runIf(e2eEnabled())('backups (e2e)', () => {
  let app: App;
  let dataDir: string;
  let backupName: string;
  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pw-e2e-backup-'));
    // A library with the five seeds and one backup of it, then the library file is ruined.
    const core = await createCore({ dataDir, seedsDir: path.join(ROOT, 'seeds'), host: 'e2e' });
    const made = await core.call('backup.create', {});
    if (!made.ok) throw new Error(made.error.message);
    backupName = made.result.name;
    core.close();
    fs.writeFileSync(path.join(dataDir, DB_FILE_NAME), Buffer.from('资料库被写坏了'.repeat(500)));
    app = await startApp({ dataDir, core: { recovery: true } });
  }, 300_000);
  afterAll(async () => {
    await app?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('a damaged library: the latest backup is offered, restored, and the library is back', async () => {
    const { page } = app;
    await page.goto(app.url);
    const dialog = page.getByTestId('recovery-dialog');
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('资料库文件已损坏');
    expect(await page.getByTestId('recovery-latest').innerText()).toContain('5 份计划');
    expect(await page.getByTestId('plan-card').count()).toBe(0); // nothing else is shown
    await app.shot('backup-01-recovery');

    await page.getByTestId('recovery-restore').click();
    await page.getByTestId('plan-card').first().waitFor();
    expect(await page.getByTestId('plan-card').count()).toBe(5);
    expect(await page.getByTestId('recovery-dialog').count()).toBe(0);
    const aside = fs.readdirSync(dataDir).filter((f) => f.startsWith(`${DB_FILE_NAME}.corrupt-`));
    expect(aside).toHaveLength(1);
    expect(fs.readFileSync(path.join(dataDir, aside[0]), 'utf8')).toBe('资料库被写坏了'.repeat(500));
  });

  it('备份与恢复: back up now, then restore an older backup after confirming', async () => {
    const { page } = app;
    // Change the library: delete a plan (4 left), then back up that state.
    const plans = await app.core.call('library.list', {});
    if (!plans.ok) throw new Error(plans.error.message);
    await app.core.call('plan.delete', { id: plans.result[0].id });
    await page.reload();
    await page.getByTestId('plan-card').first().waitFor();
    expect(await page.getByTestId('plan-card').count()).toBe(4);

    await page.getByTestId('open-backups').click();
    const dialog = page.getByTestId('backup-dialog');
    await dialog.waitFor();
    await page.getByTestId('backup-row').first().waitFor();
    expect(await page.getByTestId('backup-row').count()).toBe(1);
    await page.getByTestId('backup-create').click();
    await page.locator('[data-test=backup-row]').nth(1).waitFor();
    const rows = page.getByTestId('backup-row');
    expect(await rows.first().innerText()).toContain('手动');
    expect(await rows.first().innerText()).toMatch(/\b4\b/); // the new backup holds 4 plans
    await app.shot('backup-02-dialog');

    // Restore the first backup (5 plans): confirm, reload, 5 plans again.
    const older = page.locator(`[data-test=backup-row][data-name="${backupName}"]`);
    await older.getByTestId('backup-restore').click();
    await page.getByTestId('confirm').waitFor();
    expect(await page.getByTestId('confirm').innerText()).toContain('替换当前资料库');
    await page.getByTestId('confirm-ok').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-test=plan-card]').length === 5, undefined, { timeout: 30_000 });
    expect(await page.getByTestId('backup-dialog').count()).toBe(0);
    // The state before the restore (4 plans) was kept as a backup.
    const list = await app.core.call('backup.list', {});
    expect(list.ok && list.result.find((b) => b.kind === 'pre-restore')?.plans).toBe(4);
  });
});
