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

export { monaco };

(self as unknown as { MonacoEnvironment: monaco.Environment }).MonacoEnvironment = {
  getWorker: () => new EditorWorker(),
};

export const LANGUAGE = 'plan-text';

/** Phrases that state a target (达到 90%, 不少于 20 个, 力争 …). */
export const TARGET_PHRASES = [
  '达到', '不少于', '不低于', '不超过', '超过', '力争', '确保', '实现', '累计', '新增', '提升至', '提高到', '提高至',
  '增长', '控制在', '以上', '以内', '全覆盖', '基本建成', '基本实现', '全面建成',
];

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** The Monarch grammar; `departments` are matched first, longest first. */
export function planTextGrammar(departments: readonly string[]): monaco.languages.IMonarchLanguage {
  const names = [...new Set(departments.filter((d) => d && d.length >= 2 && d.length <= 30))].sort((a, b) => b.length - a.length);
  const known = names.length ? new RegExp(names.slice(0, 2000).map(escapeRe).join('|')) : null;
  const rules: monaco.languages.IMonarchLanguageRule[] = [];
  if (known) rules.push([known, 'department']);
  rules.push(
    // years: 2014年, 2014-2016, 2014—2016年
    [/(?:19|20)\d{2}\s*[-–—~至到]\s*(?:19|20)\d{2}年?/, 'number.year'],
    [/(?:19|20)\d{2}年(?:底|末|前|初)?/, 'number.year'],
    // percentages: 90%, 90％, 百分之
    [/\d+(?:\.\d+)?\s*[%％‰]/, 'number.percent'],
    [/百分之[零一二三四五六七八九十百]+/, 'number.percent'],
    // numbers with their units of count
    [/\d+(?:[.,]\d+)*(?:\s*(?:万|亿|千))?/, 'number'],
    [new RegExp(TARGET_PHRASES.map(escapeRe).join('|')), 'keyword.target'],
    // generic department names: 区科委, 市经信委, 区信息中心, 区府办 …
    [/[区市][\u4e00-\u9fa5]{1,7}?(?:委员会|管委会|局|委|办公室|办|中心)/, 'department.generic'],
    [/[^\d%％‰区市达不超力确实累新提增控以全基百]+/, ''],
    [/./, ''],
  );
  return {
    defaultToken: '',
    tokenizer: { root: rules },
  };
}

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
  grammar = monaco.languages.setMonarchTokensProvider(LANGUAGE, planTextGrammar(departments));
  grammarKey = key;
}

export function currentTheme(): string {
  return document.documentElement.dataset.theme === 'dark' ? 'plan-dark' : 'plan-light';
}
