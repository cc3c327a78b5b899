/**
 * Monaco for plan text: the editor core with its contributions (find/replace, multi-cursor, …) but no
 * language bundles, the editor worker only, and the 'plan-text' language (a Monarch tokenizer that marks
 * numbers, percentages, years, target phrases and department names).
 *
 * Loaded lazily by MonacoBody.vue (dynamic import), so the rest of the editor — and the component tests
 * in happy-dom, where Monaco cannot run — never load it.
 */
import * as monaco from 'monaco-editor/esm/vs/editor/edcore.main';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';

import { planTextGrammar } from './planText';

export { monaco };

(self as unknown as { MonacoEnvironment: monaco.Environment }).MonacoEnvironment = {
  getWorker: () => new EditorWorker(),
};

export const LANGUAGE = 'plan-text';

let registered = false;
let grammar: monaco.IDisposable | null = null;
let grammarKey = '';

/** Register the language once; (re)load the grammar when the department list changes. */
export function ensurePlanText(departments: readonly string[]): void {
  if (!registered) {
    monaco.languages.register({ id: LANGUAGE });
    monaco.editor.defineTheme('plan-light', {
      base: 'vs',
      inherit: true,
      rules: [
        { token: 'number', foreground: '1f5fae' },
        { token: 'number.year', foreground: '6a3fb5', fontStyle: 'bold' },
        { token: 'number.percent', foreground: 'b3261e', fontStyle: 'bold' },
        { token: 'keyword.target', foreground: 'b26a00', fontStyle: 'bold' },
        { token: 'department', foreground: '2e7d32', fontStyle: 'underline' },
        { token: 'department.generic', foreground: '2e7d32' },
      ],
      colors: { 'editor.background': '#ffffff', 'editor.lineHighlightBackground': '#f4f7fb' },
    });
    monaco.editor.defineTheme('plan-dark', {
      base: 'vs-dark',
      inherit: true,
      rules: [
        { token: 'number', foreground: '7aa7e6' },
        { token: 'number.year', foreground: 'c3a6f5', fontStyle: 'bold' },
        { token: 'number.percent', foreground: 'ef6b5e', fontStyle: 'bold' },
        { token: 'keyword.target', foreground: 'e3b05a', fontStyle: 'bold' },
        { token: 'department', foreground: '8fd19e', fontStyle: 'underline' },
        { token: 'department.generic', foreground: '8fd19e' },
      ],
      colors: { 'editor.background': '#1d2126' },
    });
    registered = true;
  }
  const key = departments.join('\u0001');
  if (grammar && key === grammarKey) return;
  grammar?.dispose();
  grammar = monaco.languages.setMonarchTokensProvider(LANGUAGE, planTextGrammar(departments) as monaco.languages.IMonarchLanguage);
  grammarKey = key;
}

export function currentTheme(): string {
  return document.documentElement.dataset.theme === 'dark' ? 'plan-dark' : 'plan-light';
}
