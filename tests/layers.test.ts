/**
 * Layer rules (as in VS Code): imports only flow downward.
 *   shared            ← nothing of ours; environment-free (no node:, electron, SQLite, Vue)
 *   electron/core     ← shared; plain Node, never 'electron'
 *   electron/{bridge,cli} ← core, shared; never 'electron'
 *   electron/server   ← core, shared, bridge (its HTTP pieces); never 'electron'
 *   electron/main     ← core, shared, 'electron'
 *   electron/preload  ← shared/api only, 'electron'
 *   renderer          ← shared; never electron/*, node:, SQLite
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..');

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir))) {
    const p = join(dir, name);
    if (statSync(join(ROOT, p)).isDirectory()) out.push(...files(p));
    else if (/\.(ts|vue|mjs)$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** Every module specifier a file imports (static, dynamic, re-exports), resolved to a repo path when relative. */
function imports(file: string): string[] {
  const src = readFileSync(join(ROOT, file), 'utf8');
  const specs = [...src.matchAll(/(?:import|export)\s[^'"`]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4]);
  return specs.map((s) => (s.startsWith('.') ? relative(ROOT, resolve(ROOT, dirname(file), s)) : s));
}

const under = (p: string, dir: string) => p === dir || p.startsWith(dir + '/');

const RULES: { dir: string; forbid: (spec: string) => string | null }[] = [
  {
    dir: 'shared',
    forbid: (s) => (s.startsWith('node:') || ['fs', 'path', 'os', 'crypto', 'child_process'].includes(s) ? 'Node built-in'
      : s === 'electron' || s === 'better-sqlite3' ? 'host-only package'
      : /^(vue|pinia|vue-router|vue-i18n|monaco-editor)/.test(s) ? 'renderer package'
      : under(s, 'electron') || under(s, 'renderer') ? 'upper layer' : null),
  },
  { dir: 'electron/core', forbid: (s) => (s === 'electron' ? 'electron package' : ['electron/main', 'electron/preload', 'electron/bridge', 'electron/cli', 'electron/server', 'renderer'].some((d) => under(s, d)) ? 'upper layer' : null) },
  { dir: 'electron/bridge', forbid: (s) => (s === 'electron' ? 'electron package' : ['electron/main', 'electron/preload', 'renderer'].some((d) => under(s, d)) ? 'sibling/upper layer' : null) },
  // the office server: core, shared and the bridge's HTTP pieces; never Electron, the CLI or the renderer
  { dir: 'electron/server', forbid: (s) => (s === 'electron' ? 'electron package' : ['electron/main', 'electron/preload', 'electron/cli', 'renderer'].some((d) => under(s, d)) ? 'sibling/upper layer' : null) },
  { dir: 'electron/cli', forbid: (s) => (s === 'electron' ? 'electron package' : ['electron/main', 'electron/preload', 'renderer'].some((d) => under(s, d)) ? 'sibling/upper layer' : null) },
  { dir: 'electron/main', forbid: (s) => (['electron/preload', 'electron/bridge', 'electron/cli', 'renderer'].some((d) => under(s, d)) ? 'sibling/upper layer' : null) },
  { dir: 'electron/preload', forbid: (s) => (s === 'electron' || under(s, 'shared/api') ? null : `only electron and shared/api (got ${s})`) },
  {
    dir: 'renderer',
    forbid: (s) => (s.startsWith('node:') || s === 'electron' || s === 'better-sqlite3' ? 'host-only module' : under(s, 'electron') ? 'electron layer' : null),
  },
];

describe('layers', () => {
  for (const rule of RULES) {
    it(`${rule.dir} imports only what its layer allows`, () => {
      let list: string[] = [];
      try { list = files(rule.dir); } catch { return; }
      const bad: string[] = [];
      for (const f of list) for (const s of imports(f)) { const why = rule.forbid(s); if (why) bad.push(`${f} → ${s} (${why})`); }
      expect(bad).toEqual([]);
    });
  }

  it('the import scanner sees real imports (guard against a rule that cannot fail)', () => {
    expect(imports('electron/cli/context.ts')).toContain('electron/core/core');
    expect(imports('electron/cli/index.ts')).toContain('electron/cli/import'); // a dynamic import
    expect(imports('shared/importer/index.ts')).toContain('shared/model/plan');
  });
});
