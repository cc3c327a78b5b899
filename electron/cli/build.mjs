#!/usr/bin/env node
/**
 * Builds the command line `plan-workbench` (package.json "bin") into out/cli/ with esbuild:
 *
 *   out/cli/plan-workbench.js   the command (package.json "bin"): a CommonJS launcher (launcher.ts; out/cli/package.json
 *                               says "commonjs") that runs help and compare without Node's ES module loader and
 *                               hands every other command to main.mjs
 *   out/cli/main.mjs            the ES module entry (index.ts): argument parsing and usage only, so it starts fast
 *   out/cli/import-worker.mjs   the worker thread of imports, Word exports and large comparisons
 *   out/cli/chunk-*.mjs         everything else, split by esbuild (code splitting): each command loads its own
 *                               modules on demand (dynamic import) — docx, the format readers, pdfjs-dist, compare
 *   out/cli/compare-script.cjs  the compare command again, as one classic script that the launcher runs with V8's
 *                               code cache (compare-script.cjs.<key>.cache, written next to it by the first compare)
 *
 * better-sqlite3 stays external (a native module, loaded from node_modules). Run by `npm install` (the `prepare`
 * script), by `npm run build`, and by `npm run cli` when the sources are newer than the bundle (--if-stale).
 *
 *   node electron/cli/build.mjs [--if-stale] [--prepare] [--out <dir>]
 *
 * --prepare: a failure is reported but does not fail `npm install` (the bundle can be built later by npm run build).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { newestMtime } from '../start.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CLI_OUT = path.join(ROOT, 'out', 'cli');
export const CLI_BIN = path.join(CLI_OUT, 'plan-workbench.js');
/** Written last: the bundle is complete, and from which sources. */
const STAMP = 'build.json';

/**
 * zod's `z.locales` namespace re-exports its 40-odd message catalogues (~370 KB, a third of the chunk every command
 * with the plan model loads); nothing here uses them — zod registers English by itself (classic/schemas.js imports
 * locales/en.js) and our messages are our own. The namespace keeps `en` only.
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (a) =>
      /[\\/]zod[\\/]v4[\\/](classic|core|mini)[\\/]/.test(a.importer) ? { path: path.resolve(path.dirname(a.importer), a.path), namespace: 'zod-locales' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (a) => ({
      contents: "export { default as en } from './en.js';\n",
      resolveDir: path.dirname(a.path),
      loader: 'js',
    }));
  },
};

/** The esbuild options (exported for the tests: the entry must not load the heavy modules). */
export function cliBuildOptions(root = ROOT, outdir = CLI_OUT) {
  return {
    entryPoints: {
      main: path.join(root, 'electron', 'cli', 'index.ts'),
      'import-worker': path.join(root, 'electron', 'core', 'import-worker.ts'),
    },
    outdir,
    // ES modules by their extension: out/cli/package.json makes the launcher's .js CommonJS
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    chunkNames: 'chunk-[hash]',
    external: ['better-sqlite3', 'electron', 'esbuild', 'tsx', 'tsx/*'],
    // CommonJS packages inside the bundle (word-extractor) call require() for Node built-ins
    banner: { js: "import { createRequire as __pwCreateRequire } from 'node:module'; const require = __pwCreateRequire(import.meta.url);" },
    legalComments: 'none',
    // non-ASCII text as it is, not as \uXXXX escapes: the compare's word list (shared/compare/lexicon-data.ts, Chinese
    // text) doubled compare-script.cjs when escaped
    charset: 'utf8',
    plugins: [zodEnglishOnly],
    logLevel: 'silent',
    metafile: true,
  };
}

/** In the compare script, ./lazy is an empty object that the script's host fills (electron/cli/compare-script.ts). */
const hostLazy = {
  name: 'host-lazy',
  setup(build) {
    build.onResolve({ filter: /^\.\/lazy$/ }, (a) => (/[\\/]electron[\\/]cli$/.test(a.resolveDir) ? { path: 'lazy', namespace: 'host-lazy' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'host-lazy' }, () => ({ contents: 'export const lazy = {};\n', loader: 'js' }));
  },
};

/**
 * In the compare script, shared/'s modules are free of side effects for esbuild: a module none of whose exports the
 * compare uses is left out, with its top-level work. shared/compare reaches the importer's theme keywords and field
 * lines through shared/importer/public.ts, which re-exports the marker grammar, the indicator sentences and the table
 * readers too; their tables and expressions (built when the script starts: ~1–1.5 ms of every compare process) are
 * for importing. shared/'s modules only define things (tests/hosts/cli-batch.test.ts checks what the script holds).
 */
const sharedWithoutSideEffects = (root) => ({
  name: 'shared-without-side-effects',
  setup(build) {
    const shared = path.join(root, 'shared') + path.sep;
    build.onResolve({ filter: /^\.\.?\// }, async (a) => {
      if (a.pluginData === 'shared-without-side-effects' || !path.resolve(a.resolveDir, a.path).startsWith(shared)) return undefined;
      const r = await build.resolve(a.path, { kind: a.kind, importer: a.importer, resolveDir: a.resolveDir, pluginData: 'shared-without-side-effects' });
      if (r.errors.length || !r.path.startsWith(shared)) return undefined;
      return { path: r.path, sideEffects: false };
    });
  },
});

/**
 * better-sqlite3's JavaScript goes into the compare script (and so into its code cache: loading its nine files through
 * Node's module loader, compiled each time, took ~5 ms of every compare); its native module stays where npm put it.
 * The package finds that module with `bindings`, which looks for it from the calling file's folder — in the script,
 * out/cli. This stand-in looks from better-sqlite3's folder instead: the first three places `bindings` tries, in its
 * order, then `bindings` itself (the package's own copy, for its other places and its error when there is none) —
 * the same file, without loading `bindings` and a failed require() per place tried before build/Release.
 */
const sqliteBindings = {
  name: 'sqlite-bindings',
  setup(build) {
    build.onResolve({ filter: /^bindings$/ }, (a) => (/[\\/]better-sqlite3[\\/]/.test(a.importer) ? { path: 'bindings', namespace: 'sqlite-bindings' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'sqlite-bindings' }, () => ({
      contents: `const fs = require('node:fs');
const path = require('node:path');
module.exports = (name) => {
  const root = path.dirname(require.resolve('better-sqlite3/package.json'));
  // the first three places bindings tries, in its order (build/Release: npm's prebuilt or compiled binary)
  for (const dir of [['build'], ['build', 'Debug'], ['build', 'Release']]) {
    const file = path.join(root, ...dir, name);
    if (fs.existsSync(file)) return require(file);
  }
  return require(require.resolve('bindings', { paths: [root] }))({ bindings: name, module_root: root });
};
`,
      loader: 'js',
    }));
  },
};

/**
 * The compare command as one classic script (CommonJS, no splitting), run by the entry with V8's code cache
 * (electron/cli/cached-script.ts). Its modules loaded on demand come from the ES module bundle (hostLazy);
 * better-sqlite3's JavaScript is bundled (sqliteBindings).
 */
export function compareScriptOptions(root = ROOT, outdir = CLI_OUT) {
  const esm = cliBuildOptions(root, outdir);
  return cjsScript(esm, path.join(root, 'electron', 'cli', 'compare-script.ts'), path.join(outdir, 'compare-script.cjs'), {
    external: [...esm.external.filter((x) => x !== 'better-sqlite3'), 'better-sqlite3/package.json', 'bindings'],
    plugins: [zodEnglishOnly, hostLazy, sqliteBindings, sharedWithoutSideEffects(root)],
  });
}

/** The launcher, out/cli/plan-workbench.js: one CommonJS script (launcher.ts). */
export function launcherOptions(root = ROOT, outdir = CLI_OUT) {
  const esm = cliBuildOptions(root, outdir);
  return cjsScript(esm, path.join(root, 'electron', 'cli', 'launcher.ts'), path.join(outdir, 'plan-workbench.js'), {
    external: esm.external,
    banner: { js: '#!/usr/bin/env node' },
  });
}

/** One classic script (CommonJS, no splitting) for Node, with the ES module bundle's target. */
function cjsScript(esm, entry, outfile, extra) {
  return { entryPoints: [entry], outfile, bundle: true, format: 'cjs', platform: 'node', target: esm.target, charset: esm.charset, legalComments: 'none', logLevel: 'silent', metafile: true, ...extra };
}

/** The sources a bundle is made of (not the tests' fixtures or docs next to them). */
const SOURCE_FILE = /\.(ts|mjs|js|json)$/;

/** Is the bundle in `outdir` missing, or older than electron/{cli,core,store,server,bridge}, shared/ or package.json? */
export function cliBundleStale(root = ROOT, outdir = CLI_OUT) {
  const stamp = path.join(outdir, STAMP);
  if (!fs.existsSync(stamp) || !fs.existsSync(path.join(outdir, 'plan-workbench.js'))) return true;
  const builtAt = fs.statSync(stamp).mtimeMs;
  const sources = Math.max(
    newestMtime(path.join(root, 'electron', 'cli'), SOURCE_FILE),
    newestMtime(path.join(root, 'electron', 'core'), SOURCE_FILE),
    newestMtime(path.join(root, 'electron', 'store'), SOURCE_FILE),
    // plan-workbench serve: the office server and the bridge's HTTP pieces it uses
    newestMtime(path.join(root, 'electron', 'server'), SOURCE_FILE),
    newestMtime(path.join(root, 'electron', 'bridge'), SOURCE_FILE),
    newestMtime(path.join(root, 'shared'), SOURCE_FILE),
    fs.statSync(path.join(root, 'package.json')).mtimeMs,
  );
  return sources > builtAt;
}

/**
 * Build into a temporary sibling folder, then swap it in: a process running the old bundle, or a second build at
 * the same time, never sees half a folder. Resolves with esbuild's metafile.
 */
export async function buildCli({ root = ROOT, outdir = CLI_OUT } = {}) {
  const { build } = await import('esbuild');
  const tag = `${process.pid}.${Math.random().toString(36).slice(2, 8)}`;
  const tmp = `${outdir}.${tag}.tmp`;
  const result = await build(cliBuildOptions(root, tmp));
  const script = await build(compareScriptOptions(root, tmp));
  // e.g. import.meta in a module of the script: empty in CommonJS — the script would not work
  if (script.warnings.length) throw new Error(`compare-script.cjs: ${script.warnings[0].text}`);
  const launcher = await build(launcherOptions(root, tmp));
  if (launcher.warnings.length) throw new Error(`plan-workbench.js: ${launcher.warnings[0].text}`);
  fs.writeFileSync(path.join(tmp, 'package.json'), JSON.stringify({ type: 'commonjs' }) + '\n');
  fs.chmodSync(path.join(tmp, 'plan-workbench.js'), 0o755);
  // which module went into which file: tests check that the entry loads nothing heavy
  fs.writeFileSync(path.join(tmp, 'meta.json'), JSON.stringify(result.metafile));
  fs.writeFileSync(path.join(tmp, 'meta-compare-script.json'), JSON.stringify(script.metafile));
  fs.writeFileSync(path.join(tmp, 'meta-launcher.json'), JSON.stringify(launcher.metafile));
  fs.writeFileSync(path.join(tmp, STAMP), JSON.stringify({ builtAt: new Date().toISOString() }) + '\n');
  // a concurrent build (another test file, another terminal) finished first and its bundle is current: keep it,
  // so that processes already running it never see the folder disappear
  if (!cliBundleStale(root, outdir)) {
    fs.rmSync(tmp, { recursive: true, force: true });
    return result.metafile;
  }
  const old = `${outdir}.${tag}.old`;
  fs.mkdirSync(path.dirname(outdir), { recursive: true });
  try {
    if (fs.existsSync(outdir)) fs.renameSync(outdir, old);
  } catch {
    /* another build moved it meanwhile */
  }
  try {
    fs.renameSync(tmp, outdir);
  } catch (e) {
    // another build put its folder in place first: theirs is as good as ours
    fs.rmSync(tmp, { recursive: true, force: true });
    if (!fs.existsSync(path.join(outdir, 'plan-workbench.js'))) throw e;
  }
  fs.rmSync(old, { recursive: true, force: true });
  return result.metafile;
}

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const argv = process.argv.slice(2);
  const outAt = argv.indexOf('--out');
  const outdir = outAt >= 0 ? path.resolve(argv[outAt + 1]) : CLI_OUT;
  const prepare = argv.includes('--prepare');
  if (argv.includes('--if-stale') && !cliBundleStale(ROOT, outdir)) process.exit(0);
  const t0 = performance.now();
  buildCli({ outdir }).then(
    () => {
      if (!argv.includes('--if-stale')) console.log(`plan-workbench 命令行已构建 / CLI built: ${path.relative(process.cwd(), outdir) || '.'} (${Math.round(performance.now() - t0)} ms)`);
    },
    (e) => {
      console.error(`未能构建命令行 plan-workbench / Could not build the CLI: ${String(e?.message ?? e).split('\n')[0]}`);
      process.exit(prepare ? 0 : 1);
    },
  );
}
