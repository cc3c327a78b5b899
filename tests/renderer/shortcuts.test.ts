// @vitest-environment happy-dom
/**
 * 帮助's shortcut list (renderer/src/shortcuts.ts, shown by HelpPanel.vue) against the keys the code binds, read from
 * the renderer's sources (walk 10: Help listed neither Ctrl+Y, F3, J/K/F7 nor the outline's arrows, and 全部折叠 /
 * 全部展开 had no key at all). Each key a handler compares against (`e.key === 'F1'`, `key === 'k'` after
 * toLowerCase, `e.code !== 'KeyM'`, Monaco's `KeyCode.KeyM`) is named by some entry of the list, and each key the list
 * names is compared against somewhere. The keys inside one control are not shortcuts and are left out by file:
 * the command palette's ↑ ↓ Enter, a chip field's keys, the Tab trap of a modal (useModalFocus.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { SHORTCUTS } from '../../renderer/src/shortcuts';
import { makeI18n } from '../../renderer/src/i18n';
import HelpPanel from '../../renderer/src/components/HelpPanel.vue';

const SRC = join(__dirname, '../../renderer/src');
/** Files whose keys are a control's own (moving in a list, a chip field's Backspace, a modal's Tab trap). */
const CONTROL_OWN = new Set(['editor/CommandPalette.vue', 'editor/ChipsInput.vue', 'components/useModalFocus.ts', 'components/importLevels.ts']);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.(vue|ts)$/.test(n) ? [p] : [];
  });
}

/** One key as Help writes it: ↑ for ArrowUp, Esc for Escape, a letter in capitals. */
function norm(key: string): string {
  const k = key.replace(/^Key(?=[A-Z]$)/, '');
  const named: Record<string, string> = { ArrowUp: '↑', ArrowDown: '↓', ArrowLeft: '←', ArrowRight: '→', Escape: 'Esc' };
  return named[k] ?? (k.length === 1 ? k.toUpperCase() : k);
}

/** The keys the code binds: file → keys. */
function bound(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const patterns = [
    /\.key(?:\.toLowerCase\(\))?\s*[!=]==\s*'([^']+)'/g, // e.key === 'F1', e.key.toLowerCase() !== 'z'
    /\bkey\s*[!=]==\s*'([^']+)'/g, // EditorView's `const key = e.key.toLowerCase()`
    /\.code\s*[!=]==\s*'(Key[A-Z]|F\d+|Digit\d)'/g, // e.code !== 'KeyM' (not the API's error codes)
    /KeyCode\.(Key[A-Z]|F\d+|\w+)/g, // Monaco's addCommand
    /@key(?:down|up)\.(esc|enter|tab|delete)\b/g, // Vue's key modifiers
  ];
  const mod: Record<string, string> = { esc: 'Esc', enter: 'Enter', tab: 'Tab', delete: 'Delete' };
  for (const f of files(SRC)) {
    const rel = relative(SRC, f).replace(/\\/g, '/');
    if (CONTROL_OWN.has(rel) || rel === 'shortcuts.ts') continue;
    const text = readFileSync(f, 'utf8');
    for (const re of patterns) {
      for (const m of text.matchAll(re)) {
        const k = mod[m[1]] ?? norm(m[1]);
        if (!out.has(rel)) out.set(rel, new Set());
        out.get(rel)!.add(k);
      }
    }
  }
  return out;
}

/** The keys Help names (the last part of each combination: Ctrl+Shift+← is ←). */
function listed(): Set<string> {
  const out = new Set<string>();
  for (const s of SHORTCUTS) for (const combo of s.keys.split(' / ')) out.add(norm(combo.split('+').pop()!));
  return out;
}

describe('帮助 lists the shortcuts the code binds', () => {
  it('every key a handler compares against is named in the list', () => {
    const names = listed();
    const missing: string[] = [];
    for (const [file, keys] of bound()) for (const k of keys) if (!names.has(k)) missing.push(`${file}: ${k}`);
    expect(missing).toEqual([]);
  });

  it('every key the list names is bound somewhere', () => {
    const all = new Set([...bound().values()].flatMap((s) => [...s]));
    expect([...listed()].filter((k) => !all.has(k))).toEqual([]);
  });

  it('the keys walk 10 found missing are listed: Ctrl+Y, F3, J / K / F7, the outline\'s arrows, 全部折叠 / 全部展开', () => {
    const combos = SHORTCUTS.flatMap((s) => s.keys.split(' / '));
    for (const k of ['Ctrl+Y', 'F3', 'J', 'K', 'F7', '↑', 'Home', 'PageDown', '←', 'Ctrl+Shift+←', 'Ctrl+Shift+→']) expect(combos).toContain(k);
  });

  it('the help panel shows every entry, with where it works', () => {
    const w = mount(HelpPanel, { global: { plugins: [createPinia(), makeI18n('zh-CN')] } });
    const rows = w.findAll('[data-test=help-shortcuts] tr');
    expect(rows.map((r) => r.attributes('data-keys'))).toEqual(SHORTCUTS.map((s) => s.keys));
    const fold = rows.find((r) => r.attributes('data-keys') === 'Ctrl+Shift+← / Ctrl+Shift+→')!;
    expect(fold.text()).toContain('全部折叠');
    expect(fold.text()).toContain('大纲中');
    expect(rows.every((r) => !r.text().includes('office.help'))).toBe(true);
    w.unmount();
  });

  it('the help panel writes each key combination as its own <kbd>, so a list of them wraps between them (walk 13)', () => {
    // one <kbd> of the whole list (nowrap) made the key column 330 px wide at 1280×800 and the words three characters wide
    const w = mount(HelpPanel, { global: { plugins: [createPinia(), makeI18n('zh-CN')] } });
    const row = w.findAll('[data-test=help-shortcuts] tr').find((r) => r.attributes('data-keys') === '↑ / ↓ / Home / End / PageUp / PageDown')!;
    expect(row.findAll('kbd').map((k) => k.text())).toEqual(['↑', '↓', 'Home', 'End', 'PageUp', 'PageDown']);
    expect(row.get('td').text()).toBe('↑ / ↓ / Home / End / PageUp / PageDown');
    w.unmount();
  });
});
