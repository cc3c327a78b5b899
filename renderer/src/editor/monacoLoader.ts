/**
 * Loading Monaco (./monaco, a large chunk of its own) once per page. The editor view asks for it as soon as a plan
 * opens, so it is in memory before the network or the office server can go away; a load that fails (server down,
 * offline) is not remembered, so the next ask loads again.
 */
let loading: Promise<typeof import('./monaco')> | null = null;

export function loadMonaco(chinese: boolean): Promise<typeof import('./monaco')> {
  loading ??= (async () => {
    // Monaco's own words (context menu, find widget) in Chinese: its message table must be in place before the
    // editor's modules are evaluated, so it is loaded first (an English interface keeps Monaco's).
    if (chinese) await import('monaco-editor/esm/nls.messages.zh-cn.js');
    return import('./monaco');
  })().catch((e: unknown) => {
    loading = null;
    throw e;
  });
  return loading;
}
