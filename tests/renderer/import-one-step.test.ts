// @vitest-environment happy-dom
/**
 * 导入 in one step (ui.chooseImport, components/importPicker.ts): the file chooser opens at once where it can; where it
 * cannot (no click or key behind the call, as a desktop menu command), or while the dialog is open, or while a batch
 * runs, the old ways stay: the dialog with 选择文件, the batch panel's refusal. The wiring in App.vue and the real
 * chooser: tests/e2e/import-one-step.e2e.test.ts.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { useUi } from '../../renderer/src/stores/ui';
import { nativeImportFile, openPicker } from '../../renderer/src/components/importPicker';

beforeEach(() => setActivePinia(createPinia()));

describe('ui.chooseImport', () => {
  it('opens the chooser and no dialog when the chooser opens', () => {
    const ui = useUi();
    const picker = vi.fn(() => true);
    ui.setImportPicker(picker);
    expect(ui.chooseImport()).toBe(true);
    expect(picker).toHaveBeenCalledTimes(1);
    expect(ui.importOpen).toBe(false);
  });

  it('the chooser refused (a menu command, no gesture): the dialog with its 选择文件, as before', () => {
    const ui = useUi();
    ui.setImportPicker(() => false);
    expect(ui.chooseImport()).toBe(true);
    expect(ui.importOpen).toBe(true);
    expect(ui.importFile).toBeNull();
  });

  it('no chooser registered (App.vue not mounted): the dialog', () => {
    const ui = useUi();
    expect(ui.chooseImport()).toBe(true);
    expect(ui.importOpen).toBe(true);
  });

  it('the dialog already open: no chooser over it', () => {
    const ui = useUi();
    const picker = vi.fn(() => true);
    ui.setImportPicker(picker);
    ui.importOpen = true;
    ui.chooseImport();
    expect(picker).not.toHaveBeenCalled();
  });

  it('a batch running: refused and counted (the batch panel says why), the chooser not opened behind it', () => {
    const ui = useUi();
    const picker = vi.fn(() => true);
    ui.setImportPicker(picker);
    ui.batchRunning = true;
    expect(ui.chooseImport()).toBe(false);
    expect(picker).not.toHaveBeenCalled();
    expect(ui.importOpen).toBe(false);
    expect(ui.batchRefusals).toBe(1);
  });
});

describe('openPicker', () => {
  it('showPicker opens it; refused (NotAllowedError without a gesture): false', () => {
    const input = document.createElement('input');
    input.type = 'file';
    const show = vi.fn();
    Object.defineProperty(input, 'showPicker', { value: show, configurable: true });
    expect(openPicker(input)).toBe(true);
    expect(show).toHaveBeenCalledTimes(1);
    Object.defineProperty(input, 'showPicker', { value: () => { throw new DOMException('no user activation', 'NotAllowedError'); }, configurable: true });
    expect(openPicker(input)).toBe(false);
    expect(openPicker(undefined)).toBe(false);
  });
});

describe('nativeImportFile (the desktop menu: the native open dialog)', () => {
  it('a chosen file becomes a File with its bytes; cancelled: no file; refused: its reason', async () => {
    const bytes = Buffer.from('南屿县数字乡村建设三年行动计划\n一、总体要求\n', 'utf8');
    const r = await nativeImportFile(async () => ({ ok: true, result: { fileName: '南屿县.txt', dataBase64: bytes.toString('base64') } }));
    expect('file' in r && r.file!.name).toBe('南屿县.txt');
    expect('file' in r && Buffer.from(await r.file!.arrayBuffer()).equals(bytes)).toBe(true);
    expect(await nativeImportFile(async () => ({ ok: true, result: null }))).toEqual({ file: null });
    expect(await nativeImportFile(async () => ({ ok: false, error: { code: 'too-large', message: '无法导入 大.pdf:文件超过 20 MB' } }))).toEqual({ error: '无法导入 大.pdf:文件超过 20 MB' });
  });
});
