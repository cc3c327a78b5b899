/**
 * ESLint: the layer rules (README › Architecture, docs/map.md) and a few source rules the security tests used to
 * grep for. Nothing else — no style rules, no type-aware rules (`npm run lint` stays a few seconds).
 *
 * Layers (boundaries/dependencies, default disallow; an arrow is an allowed import):
 *   shared/text, shared/model      ← nothing of ours (text: opencc-js; model: zod)
 *   shared/*.ts (root)             errors.ts ← text. numbering, tree, template, lint ← text, model, root,
 *                                  importer (public.ts only)
 *   shared/ooxml                   ← text, errors.ts (fflate)
 *   shared/importer                ← text, model, ooxml, errors.ts (markdown-it)
 *   shared/compare, shared/export  ← text, model, root, importer (public.ts)
 *   shared/review                  ← text, model, root, ooxml, export
 *   shared/api                     ← text, model, root, compare, export, review
 *   Others reach shared/importer only through index.ts (the importer) or public.ts (its marker grammar, theme
 *   keywords and field-line reader), never its internals. shared/ never imports Node built-ins, electron, the
 *   renderer's packages or anything outside shared/.
 *   electron/core                  ← store, shared, Node; never 'electron'
 *   electron/store                 ← core, shared, Node (the storage the core works on: SQLite — over the core's
 *                                  Library — or PostgreSQL; electron/store/db.ts); never 'electron'
 *   electron/bridge                ← core, shared, Node; never 'electron'
 *   electron/server                ← core, store, shared, the bridge's HTTP pieces (bridge/http.ts), Node (the office
 *                                  server: accounts, sessions, access rules); never 'electron'
 *   electron/cli                   ← core, store, server, shared, Node; never 'electron'
 *   electron/main                  ← core, shared, Node, 'electron'
 *   electron/preload               ← shared/api and 'electron' only
 *   renderer/src                   ← shared; never electron/*, Node built-ins, electron, better-sqlite3, pg
 *   scripts (electron/*.mjs, electron/packaging, electron/cli/build.mjs) ← Node, each other
 * tests/ are not linted (they import every layer on purpose).
 */
import tseslint from 'typescript-eslint';
import vueParser from 'vue-eslint-parser';
import boundaries from 'eslint-plugin-boundaries';

const SHARED_PACKAGES = ['zod', 'fflate', 'docx', 'markdown-it', 'opencc-js'];
const HOST_ONLY = ['electron', 'better-sqlite3', 'pg'];

const el = (...types) => ({ element: { types: types.length === 1 ? types[0] : { anyOf: types } } });
const importerEntry = { element: { type: 'shared-importer', fileInternalPath: ['index.ts', 'public.ts'] } };
const importerPublic = { element: { type: 'shared-importer', fileInternalPath: 'public.ts' } };
const errorsOnly = { element: { type: 'shared-root', fileInternalPath: 'errors.ts' } };
const externals = (names) => ({ module: { origin: 'external', source: names } });
const anyExternal = { module: { origin: 'external' } };
const nodeBuiltins = { module: { origin: 'core' } };
const SHARED = ['shared-text', 'shared-model', 'shared-root', 'shared-ooxml', 'shared-compare', 'shared-export', 'shared-review', 'shared-api'];

const layerPolicies = [
  // shared/: environment-free
  { from: el('shared-text'), allow: { to: externals(['opencc-js']) } },
  { from: el('shared-model'), allow: { to: externals(['zod']) } },
  { from: { element: { type: 'shared-root', fileInternalPath: 'errors.ts' } }, allow: { to: el('shared-text') } },
  { from: { element: { type: 'shared-root', fileInternalPath: '!errors.ts' } }, allow: { to: [el('shared-text', 'shared-model'), importerPublic] } },
  { from: el('shared-ooxml'), allow: { to: [el('shared-text'), errorsOnly, externals(['fflate'])] } },
  { from: el('shared-importer'), allow: { to: [el('shared-text', 'shared-model', 'shared-ooxml'), errorsOnly, externals(['markdown-it'])] } },
  { from: el('shared-compare', 'shared-export'), allow: { to: [el('shared-text', 'shared-model', 'shared-root'), importerPublic, externals(SHARED_PACKAGES)] } },
  // (shared/review/fields.ts: an entry of a list field is quoted and re-read as the importer's field-line entries)
  { from: el('shared-review'), allow: { to: [el('shared-text', 'shared-model', 'shared-root', 'shared-ooxml', 'shared-export'), importerPublic, externals(SHARED_PACKAGES)] } },
  { from: el('shared-api'), allow: { to: [el('shared-text', 'shared-model', 'shared-root', 'shared-compare', 'shared-export', 'shared-review'), externals(['zod'])] } },
  // hosts: the core behind one API, and what carries it
  { from: el('core'), allow: { to: [el('store', ...SHARED), importerEntry, nodeBuiltins, anyExternal] } },
  { from: el('store'), allow: { to: [el('core', ...SHARED), importerEntry, nodeBuiltins, anyExternal] } },
  { from: el('bridge'), allow: { to: [el('core', 'store', ...SHARED), importerEntry, nodeBuiltins, anyExternal] } },
  { from: el('server'), allow: { to: [el('core', 'store', ...SHARED), { element: { type: 'bridge', fileInternalPath: 'http.ts' } }, importerEntry, nodeBuiltins, anyExternal] } },
  { from: el('cli'), allow: { to: [el('core', 'store', 'server', ...SHARED), importerEntry, nodeBuiltins, anyExternal] } },
  { from: el('main'), allow: { to: [el('core', ...SHARED), importerEntry, nodeBuiltins, anyExternal] } },
  { from: el('preload'), allow: { to: [el('shared-api'), externals(['electron'])] } },
  // renderer: shared (importer through its entry), the browser's packages
  { from: el('renderer'), allow: { to: [el(...SHARED), importerEntry, anyExternal] } },
  // scripts run by npm and the packager (electron/cli/build.mjs builds the CLI bundle): Node, each other
  { from: el('script'), allow: { to: [el('script'), nodeBuiltins, anyExternal] } },
  { from: { element: { type: 'cli', fileInternalPath: 'build.mjs' } }, allow: { to: el('script') } },
  // inside one folder its files use each other, except that errors.ts imports no other root file
  { allow: { dependency: { relationship: { to: 'internal' } } } },
  { from: errorsOnly, disallow: { to: el('shared-root'), dependency: { relationship: { to: 'internal' } } } },
  {
    from: el(...SHARED, 'core', 'store', 'server', 'bridge', 'cli', 'main', 'preload', 'renderer', 'script'),
    disallow: { to: { element: { type: 'shared-importer', fileInternalPath: '!{index,public}.ts' } } },
    message: 'shared/importer is used through index.ts (the importer) or public.ts (marker grammar, themes, field lines), not its internals',
  },
  // …and never the host-only packages below electron/main
  {
    from: el(...SHARED, 'shared-importer', 'core', 'store', 'server', 'bridge', 'cli', 'renderer'),
    disallow: { to: externals(['electron']) },
    message: "only electron/main and electron/preload may import 'electron'",
  },
  {
    from: el(...SHARED, 'shared-importer', 'renderer'),
    disallow: { to: nodeBuiltins },
    message: 'shared/ and renderer/ run in the browser too: no Node built-ins (node:fs, path, …)',
  },
  {
    from: el(...SHARED, 'shared-importer', 'renderer'),
    disallow: { to: externals(HOST_ONLY) },
    message: 'shared/ and renderer/ run in the browser too: no electron, better-sqlite3 or pg',
  },
];

/** Source rules for the main process (docs/security.md), formerly greps in tests/hosts/security-checklist.test.ts. */
const onIpcMain = ":matches([callee.object.name='ipcMain'], [callee.object.property.name='ipcMain'])";
const onShell = ":matches([callee.object.name='shell'], [callee.object.property.name='shell'])";
const IPC_LISTEN = {
  selector: `CallExpression[callee.property.name=/^(on|once|addListener|prependListener|prependOnceListener|handleOnce)$/]${onIpcMain}`,
  message: 'The main process answers IPC with ipcMain.handle only (electron/main/ipc.ts, dialogs.ts: one channel per method, sender frame checked).',
};
const IPC_HANDLE = {
  selector: `CallExpression[callee.property.name='handle']${onIpcMain}`,
  message: 'ipcMain.handle belongs in electron/main/ipc.ts or dialogs.ts, which check the sender frame (senderIsTrusted) on every call.',
};
const OPEN_EXTERNAL = (where) => ({
  selector: `CallExpression[callee.property.name='openExternal']${onShell}${where}`,
  message: 'shell.openExternal only through openExternalSafely (electron/main/security.ts), which allows listed https hosts and mailto: only.',
});
const NEW_WINDOW = {
  selector: "NewExpression[callee.name='BrowserWindow']",
  message: 'The main window and the office window (electron/main/window.ts createMainWindow, createOfficeWindow, hardened webPreferences) are the only BrowserWindows.',
};
const NO_VIEWS = {
  selector: "Identifier[name=/^(BrowserView|WebContentsView)$/]",
  message: 'No BrowserView or WebContentsView: one window showing the app only (docs/security.md).',
};
const FILE_URL_MESSAGE = 'The app is served from app:// only: no loadFile, file: URL or file protocol handler in the main process (docs/security.md).';
const FILE_URLS = [
  "CallExpression[callee.property.name='loadFile']",
  'Literal[value=/^file:/]',
  'TemplateElement[value.raw=/^file:/]',
  'MemberExpression[property.name=/^(registerFileProtocol|interceptFileProtocol)$/]',
].map((selector) => ({ selector, message: FILE_URL_MESSAGE }));
const PRELOAD_GLOBALS = {
  selector: "AssignmentExpression[left.type='MemberExpression'][left.object.name=/^(window|globalThis)$/]",
  message: 'The preload exposes its objects through contextBridge.exposeInMainWorld only, never on window or globalThis.',
};
const IPC_FILES = ['electron/main/ipc.ts', 'electron/main/dialogs.ts'];
const SECURITY_FILE = 'electron/main/security.ts';
const WINDOW_FILE = 'electron/main/window.ts';
const MAIN_PROCESS = [NO_VIEWS, ...FILE_URLS];
const restricted = (files, ignores, selectors) => ({ files, ignores, rules: { 'no-restricted-syntax': ['error', ...selectors] } });

export default [
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'test-results/**', 'seeds/**', 'tests/**', '**/*.d.ts', '**/*.d.mts'] },
  {
    files: ['**/*.ts', '**/*.mts'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 'latest', sourceType: 'module' },
  },
  {
    files: ['**/*.vue'],
    languageOptions: { parser: vueParser, parserOptions: { parser: tseslint.parser, ecmaVersion: 'latest', sourceType: 'module' } },
  },
  {
    files: ['shared/**', 'electron/**', 'renderer/**'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { typescript: { project: 'tsconfig.json' } },
      'boundaries/include': ['shared/**', 'electron/**', 'renderer/**'],
      'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import', 'require'],
      'boundaries/legacy-templates': false,
      'boundaries/elements': [
        { type: 'shared-text', pattern: 'shared/text', partialMatch: false },
        { type: 'shared-model', pattern: 'shared/model', partialMatch: false },
        { type: 'shared-ooxml', pattern: 'shared/ooxml', partialMatch: false },
        { type: 'shared-importer', pattern: 'shared/importer', partialMatch: false },
        { type: 'shared-compare', pattern: 'shared/compare', partialMatch: false },
        { type: 'shared-export', pattern: 'shared/export', partialMatch: false },
        { type: 'shared-review', pattern: 'shared/review', partialMatch: false },
        { type: 'shared-api', pattern: 'shared/api', partialMatch: false },
        { type: 'shared-root', pattern: 'shared', partialMatch: false },
        { type: 'script', pattern: 'electron/packaging', partialMatch: false },
        { type: 'core', pattern: 'electron/core', partialMatch: false },
        { type: 'store', pattern: 'electron/store', partialMatch: false },
        { type: 'bridge', pattern: 'electron/bridge', partialMatch: false },
        { type: 'server', pattern: 'electron/server', partialMatch: false },
        { type: 'cli', pattern: 'electron/cli', partialMatch: false },
        { type: 'main', pattern: 'electron/main', partialMatch: false },
        { type: 'preload', pattern: 'electron/preload', partialMatch: false },
        { type: 'script', pattern: 'electron', partialMatch: false },
        { type: 'renderer', pattern: 'renderer/src', partialMatch: false },
      ],
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'disallow', checkAllOrigins: true, checkUnknownLocals: true, checkInternals: true, policies: layerPolicies }],
      'boundaries/no-unknown-files': 'error',
    },
  },
  // one list per group of files (a later no-restricted-syntax replaces an earlier one)
  restricted(['electron/**'], ['electron/main/**', 'electron/preload/**'], [IPC_LISTEN, IPC_HANDLE, OPEN_EXTERNAL('')]),
  restricted(['electron/preload/**'], [], [IPC_LISTEN, IPC_HANDLE, OPEN_EXTERNAL(''), PRELOAD_GLOBALS]),
  restricted(['electron/main/**'], [...IPC_FILES, SECURITY_FILE, WINDOW_FILE], [IPC_LISTEN, IPC_HANDLE, OPEN_EXTERNAL(''), NEW_WINDOW, ...MAIN_PROCESS]),
  restricted(IPC_FILES, [], [IPC_LISTEN, OPEN_EXTERNAL(''), NEW_WINDOW, ...MAIN_PROCESS]),
  restricted([SECURITY_FILE], [], [IPC_LISTEN, IPC_HANDLE, OPEN_EXTERNAL(":not(FunctionDeclaration[id.name='openExternalSafely'] *)"), NEW_WINDOW, ...MAIN_PROCESS]),
  restricted([WINDOW_FILE], [], [IPC_LISTEN, IPC_HANDLE, OPEN_EXTERNAL(''), ...MAIN_PROCESS]),
];
