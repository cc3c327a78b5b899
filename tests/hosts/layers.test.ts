/**
 * The layer rules live in eslint.config.mjs (eslint-plugin-boundaries; README › Architecture) and `npm test` runs
 * `npm run lint` over the tree. These tests prove the rules bite: each snippet is linted as if it were a file at a
 * real path, and an import the layers forbid must be reported, one they allow must not.
 */
import { describe, expect, it } from 'vitest';
import { described, lintAt } from '../helpers/eslint';

const LAYER = /^boundaries\/dependencies: /;
const INTERNALS = /^boundaries\/dependencies: shared\/importer is used through index\.ts .* or public\.ts/;

/** [file it pretends to be, what it imports] */
const FORBIDDEN: [string, string][] = [
  // shared/: environment-free, no upper layer
  ['shared/x.ts', "import fs from 'node:fs';"],
  ['shared/x.ts', "import { join } from 'path';"],
  ['shared/export/x.ts', "import { app } from 'electron';"],
  ['shared/compare/x.ts', "import Database from 'better-sqlite3';"],
  ['shared/review/x.ts', "import { ref } from 'vue';"],
  ['shared/model/x.ts', "import { defineStore } from 'pinia';"],
  ['shared/x.ts', "import { createCore } from '../electron/core/core';"],
  ['shared/api/x.ts', "import { router } from '../../renderer/src/router';"],
  // inside shared/: only downward
  ['shared/text/x.ts', "import { walk } from '../model/plan';"],
  ['shared/model/x.ts', "import { deriveNumbers } from '../numbering';"],
  ['shared/errors.ts', "import { walk } from './model/plan';"],
  ['shared/errors.ts', "import { deriveNumbers } from './numbering';"],
  ['shared/ooxml/x.ts', "import { importText } from '../importer/index';"],
  ['shared/importer/x.ts', "import { deriveNumbers } from '../numbering';"],
  ['shared/importer/x.ts', "import { diffPlans } from '../compare/diff';"],
  ['shared/export/x.ts', "import { diffPlans } from '../compare/diff';"],
  ['shared/compare/x.ts', "import { cnText } from '../export/text';"],
  ['shared/x.ts', "import { cnText } from './export/text';"],
  ['shared/review/x.ts', "import { diffPlans } from '../compare/diff';"],
  ['shared/export/x.ts', "import type { MethodName } from '../api/methods';"],
  // electron/core: plain Node, never 'electron' or a host
  ['electron/core/x.ts', "import { app } from 'electron';"],
  ['electron/core/x.ts', "import { runApp } from '../main/app';"],
  ['electron/core/handlers/x.ts', "import { startServer } from '../../bridge/server';"],
  // electron/store (the storage the core works on): never a host
  ['electron/store/x.ts', "import { startServer } from '../bridge/server';"],
  ['electron/store/pg/x.ts', "import { app } from 'electron';"],
  // electron/server (the office server): core, store, shared and the bridge's HTTP pieces only
  ['electron/core/x.ts', "import { Accounts } from '../server/accounts';"],
  ['electron/server/x.ts', "import { startServer } from '../bridge/server';"],
  ['electron/server/x.ts', "import { run } from '../cli/index';"],
  ['electron/server/x.ts', "import { app } from 'electron';"],
  // hosts carry the API, never each other
  ['electron/bridge/x.ts', "import { BrowserWindow } from 'electron';"],
  ['electron/bridge/x.ts', "import { runApp } from '../main/app';"],
  ['electron/cli/x.ts', "import { startServer } from '../bridge/server';"],
  ['electron/main/x.ts', "import { startServer } from '../bridge/server';"],
  ['electron/main/x.ts', "import { run } from '../cli/index';"],
  ['electron/main/x.ts', "import router from '../../renderer/src/router';"],
  // the preload: 'electron' and shared/api, nothing else
  ['electron/preload/x.ts', "import { walk } from '../../shared/model/plan';"],
  ['electron/preload/x.ts', "import fs from 'node:fs';"],
  ['electron/preload/x.ts', "import { createCore } from '../core/core';"],
  // renderer/: through the API, never electron/ or Node
  ['renderer/src/x.ts', "import { createCore } from '../../electron/core/core';"],
  ['renderer/src/stores/x.ts', "import type { Core } from '../../../electron/core/core';"],
  ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';"],
  ['renderer/src/x.ts', "import fs from 'node:fs';"],
  ['renderer/src/x.ts', "import Database from 'better-sqlite3';"],
  ['renderer/src/x.ts', "import pg from 'pg';"],
];

const ALLOWED: [string, string][] = [
  ['shared/text/x.ts', "import { toSimplified } from './fold';"],
  ['shared/model/x.ts', "import { z } from 'zod';"],
  ['shared/x.ts', "import { walk } from './model/plan';"],
  ['shared/x.ts', "import { readMarker } from './importer/public';"],
  ['shared/template.ts', "import { deriveNumbers } from './numbering';"],
  ['shared/ooxml/x.ts', "import { ImportError } from '../errors';"],
  ['shared/importer/x.ts', "import { readXml } from '../ooxml/xml';"],
  ['shared/compare/x.ts', "import { themesOf } from '../importer/public';"],
  ['shared/export/x.ts', "import { deriveNumbers } from '../numbering';"],
  ['shared/review/x.ts', "import { cnText } from '../export/text';"],
  ['shared/api/x.ts', "import { ExportOptions } from '../export/options';"],
  ['electron/core/x.ts', "import type { Db } from '../store/db';"],
  ['electron/core/x.ts', "import fs from 'node:fs';\nimport Database from 'better-sqlite3';\nimport { importFile } from '../../shared/importer/index.js';"],
  ['electron/bridge/x.ts', "import { createCore } from '../core/core.js';"],
  ['electron/store/pg/x.ts', "import pg from 'pg';\nimport { Library } from '../../core/library.js';\nimport { normalize } from '../../core/textindex.js';"],
  ['electron/cli/x.ts', "import { SqliteStore } from '../store/sqlite.js';\nimport { startOfficeServer } from '../server/server.js';"],
  ['electron/server/x.ts', "import { readBody } from '../bridge/http.js';\nimport type { Core } from '../core/core.js';\nimport crypto from 'node:crypto';"],
  ['electron/main/x.ts', "import { app } from 'electron';\nimport { createCore } from '../core/core.js';"],
  ['electron/preload/x.ts', "import { contextBridge } from 'electron';\nimport { METHOD_NAMES } from '../../shared/api/methods.js';"],
  ['renderer/src/x.ts', "import { ref } from 'vue';\nimport { deriveNumbers } from '../../shared/numbering';\nimport { THEMES } from '../../shared/importer/public';"],
];

describe('layers (eslint.config.mjs)', () => {
  it.each(FORBIDDEN)('%s may not: %s', async (file, code) => {
    const found = described(await lintAt(file, `${code}\nexport const used = 1;\n`));
    expect(found).toEqual([expect.stringMatching(LAYER)]);
  });

  it.each(ALLOWED)('%s may: %s', async (file, code) => {
    expect(described(await lintAt(file, `${code}\nexport const used = 1;\n`))).toEqual([]);
  });

  it('other folders reach shared/importer only through index.ts or public.ts, by import, re-export or import()', async () => {
    for (const [file, code] of [
      ['shared/compare/x.ts', "import { readMarker } from '../importer/grammar';"],
      ['shared/x.ts', "export { RULE } from './importer/grammar';"],
      ['shared/export/x.ts', "export const load = () => import('../importer/fieldlines');"],
      ['electron/core/x.ts', "import type { SourceLine } from '../../shared/importer/types.js';"],
      ['renderer/src/compare/x.ts', "import { THEMES } from '../../../shared/importer/themes';"],
    ]) {
      expect(described(await lintAt(file, code)), file).toEqual([expect.stringMatching(INTERNALS)]);
    }
    // …while the importer's own files use each other freely
    expect(await lintAt('shared/importer/x.ts', "import { readMarker } from './grammar';")).toEqual([]);
  });

  it('a Vue component is held to the renderer layer too', async () => {
    const sfc = (line: string) => `<script setup lang="ts">\n${line}\nconst used = 1;\n</script>\n<template><p>{{ used }}</p></template>\n`;
    expect(described(await lintAt('renderer/src/components/X.vue', sfc("import { readFileSync } from 'node:fs';")))).toEqual([expect.stringMatching(LAYER)]);
    expect(described(await lintAt('renderer/src/components/X.vue', sfc("import { createCore } from '../../../electron/core/core';")))).toEqual([expect.stringMatching(LAYER)]);
    expect(await lintAt('renderer/src/components/X.vue', sfc("import { computed } from 'vue';"))).toEqual([]);
  });
});
