/** 备份与恢复 and recovery mode: the library's backups, and whether the core found the library file damaged at start. */
import { defineStore } from 'pinia';
import { useApi } from '../api/client';

export const useBackupStore = defineStore('backup', () => {
  const api = () => useApi();

  /** The core's app.info (data folder; recovery state when the library file was found damaged). */
  function info() {
    return api().call('app.info', {});
  }
  /** The backups, newest first, and the data folder they live under. */
  async function list() {
    const [backups, about] = await Promise.all([api().call('backup.list', {}), info()]);
    return { backups, dataDir: about.dataDir };
  }
  function create() {
    return api().call('backup.create', {});
  }
  /**
   * Restore a backup (the current library file is moved aside, never deleted); the caller reloads the app. On the
   * office server the answer also carries a notice for the admin (every session has ended; what became of the
   * accounts: electron/server/personal.ts), which the caller shows before reloading.
   */
  async function restore(name: string): Promise<{ notice?: string }> {
    const r = (await api().call('backup.restore', { name })) as { notice?: unknown };
    return typeof r.notice === 'string' ? { notice: r.notice } : {};
  }

  return { info, list, create, restore };
});
