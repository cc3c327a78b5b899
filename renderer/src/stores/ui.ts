/** App-level dialogs: import, new plan, backups, help, connecting to the office library, confirmation. */
import { defineStore } from 'pinia';
import { ref } from 'vue';

export const useUi = defineStore('ui', () => {
  const importFile = ref<File | null>(null);
  /** Files dropped or chosen together: the batch import panel imports them one after another (BatchImportDialog.vue). */
  const importBatch = ref<File[]>([]);
  /** Bumped for each batch: a batch offered after another ended (its panel still open) gets a panel of its own. */
  const batchSeq = ref(0);
  /**
   * The batch panel is importing (set by BatchImportDialog.vue until its last file is done, also when the panel was
   * closed meanwhile): imports are one at a time, so another import is refused until then and the panel says so.
   */
  const batchRunning = ref(false);
  /** 停止 was asked (or the panel taken away): the running batch takes no more files. */
  const batchStopping = ref(false);
  /** Imports refused while the batch ran (the panel's note counts them). */
  const batchRefusals = ref(0);
  /** Files added to the running batch after it started (the panel's note counts them). */
  const batchQueued = ref(0);
  const importOpen = ref(false);
  const newPlanOpen = ref(false);
  const newPlanTemplate = ref<string | null>(null);
  const backupsOpen = ref(false);
  /** The help panel (F1): shortcuts and the main tasks. */
  const helpOpen = ref(false);
  /** 文件 › 连接到单位资料库… (desktop only). */
  const officeOpen = ref(false);
  /** `safe`: the focus starts on 取消 (an action that cannot be undone: a stray Enter must not run it). */
  const confirm = ref<{ text: string; danger: boolean; safe: boolean; resolve: (ok: boolean) => void } | null>(null);

  /**
   * False when a batch is running: a file (dropped) joins the batch instead (queueBatch); the file picker does not open
   * and the batch panel says why.
   */
  function openImport(file: File | null = null): boolean {
    if (batchRunning.value) return file ? queueBatch([file]) : refuse();
    importFile.value = file;
    importOpen.value = true;
    return true;
  }
  /**
   * The chooser 导入 (the button, Ctrl+O, the menu, the palette) opens directly, set by App.vue: true when it opened.
   * Null until App.vue is mounted (then the dialog's 选择文件 step is the way).
   */
  let picker: (() => boolean) | null = null;
  function setImportPicker(f: (() => boolean) | null) {
    picker = f;
  }
  /**
   * 导入 in one step: the file chooser at once, the import dialog opening with the chosen file (its report or its
   * error); several files go to the batch panel, as from the dialog. Where the chooser cannot open here (no click or
   * key behind the call: the desktop menu's command), or while the dialog is open, the dialog itself (its 选择文件);
   * while a batch runs, refused as openImport() is (the batch panel says why).
   */
  function chooseImport(): boolean {
    if (batchRunning.value || importOpen.value || !picker) return openImport();
    return picker() || openImport();
  }
  /**
   * Several files: the batch panel (one file keeps the import dialog, with its report and levels). While a batch runs
   * the files join it, after its last file (queueBatch).
   */
  function openBatchImport(files: File[]): boolean {
    if (!files.length) return false;
    if (batchRunning.value) return queueBatch(files);
    if (files.length === 1) return openImport(files[0]);
    importOpen.value = false;
    importFile.value = null;
    batchSeq.value++;
    importBatch.value = files;
    return true;
  }
  /**
   * Files offered while a batch runs join it: the panel lists them (等待) and imports them after its own, one at a
   * time as ever. True when they joined; false once the batch is stopping (停止, or its panel taken away): they are not
   * imported and the panel says so.
   */
  function queueBatch(files: File[]): boolean {
    if (batchStopping.value || !importBatch.value.length) return refuse();
    importBatch.value.push(...files);
    batchQueued.value += files.length;
    return true;
  }
  function refuse(): false {
    batchRefusals.value++;
    return false;
  }
  function openNewPlan(templateId: string | null = null) {
    newPlanTemplate.value = templateId;
    newPlanOpen.value = true;
  }
  /** `irreversible`: the action cannot be undone (deleting a plan) — the dialog's focus starts on 取消. */
  function ask(text: string, danger = false, opts: { irreversible?: boolean } = {}): Promise<boolean> {
    return new Promise((resolve) => {
      confirm.value = { text, danger, safe: !!opts.irreversible, resolve: (ok) => { confirm.value = null; resolve(ok); } };
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
  return { importFile, importBatch, batchSeq, batchRunning, batchStopping, batchRefusals, batchQueued, importOpen, newPlanOpen, newPlanTemplate, backupsOpen, helpOpen, officeOpen, confirm, openImport, chooseImport, setImportPicker, openBatchImport, openNewPlan, openBackups, openHelp, openOffice, ask };
});
