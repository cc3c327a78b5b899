/** App-level dialogs: import, new plan, backups, help, connecting to the office library, confirmation. */
import { defineStore } from 'pinia';
import { ref } from 'vue';

export const useUi = defineStore('ui', () => {
  const importFile = ref<File | null>(null);
  /** Files dropped or chosen together: the batch import panel imports them one after another (BatchImportDialog.vue). */
  const importBatch = ref<File[]>([]);
  const importOpen = ref(false);
  const newPlanOpen = ref(false);
  const newPlanTemplate = ref<string | null>(null);
  const backupsOpen = ref(false);
  /** The help panel (F1): shortcuts and the main tasks. */
  const helpOpen = ref(false);
  /** 文件 › 连接到单位资料库… (desktop only). */
  const officeOpen = ref(false);
  const confirm = ref<{ text: string; danger: boolean; resolve: (ok: boolean) => void } | null>(null);

  function openImport(file: File | null = null) {
    importFile.value = file;
    importOpen.value = true;
  }
  /** Several files: the batch panel (one file keeps the import dialog, with its report and levels). */
  function openBatchImport(files: File[]) {
    if (files.length === 1) return openImport(files[0]);
    if (!files.length) return;
    importOpen.value = false;
    importFile.value = null;
    importBatch.value = files;
  }
  function openNewPlan(templateId: string | null = null) {
    newPlanTemplate.value = templateId;
    newPlanOpen.value = true;
  }
  function ask(text: string, danger = false): Promise<boolean> {
    return new Promise((resolve) => {
      confirm.value = { text, danger, resolve: (ok) => { confirm.value = null; resolve(ok); } };
    });
  }
  function openBackups() {
    backupsOpen.value = true;
  }
  function openHelp() {
    helpOpen.value = true;
  }
  function openOffice() {
    officeOpen.value = true;
  }
  return { importFile, importBatch, importOpen, newPlanOpen, newPlanTemplate, backupsOpen, helpOpen, officeOpen, confirm, openImport, openBatchImport, openNewPlan, openBackups, openHelp, openOffice, ask };
});
