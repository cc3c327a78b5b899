/** edcore.main (the editor core with all contributions, no language bundles) ships without typings: it is the same API. */
declare module 'monaco-editor/esm/vs/editor/edcore.main' {
  export * from 'monaco-editor/esm/vs/editor/editor.api.js';
}

/** Monaco's Chinese message table (sets globalThis._VSCODE_NLS_MESSAGES when evaluated). */
declare module 'monaco-editor/esm/nls.messages.zh-cn.js';
