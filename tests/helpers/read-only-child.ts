/**
 * Child process for tests/core/faults.test.ts (a read-only data folder): opens the core on argv[2] as browser mode does
 * (recovery on, backups scheduled) and prints what each kind of call answered, as one JSON line.
 */
import { createCore } from '../../electron/core/core.js';

const dataDir = process.argv[2];
const core = await createCore({ dataDir, seedsDir: null, host: 'web', recovery: true, backups: { schedule: true }, logError: () => {} });
const info = await core.call('app.info', {});
const list = await core.call('library.list', {});
const search = await core.call('library.search', { query: '智慧城市' });
const first = list.ok ? list.result[0] : undefined;
const md = first ? await core.call('export.markdown', { id: first.id }) : null;
const got = first ? await core.call('plan.get', { id: first.id }) : null;
const save = got?.ok ? await core.call('plan.save', { id: got.result.id, doc: { format: got.result.format, meta: got.result.meta, nodes: [] }, baseRevision: got.result.revision }) : null;
const blank = await core.call('plan.createBlank', { title: '新计划', district: '某区', period: { start: 2024, end: 2026 } });
core.close();
const brief = (e: { ok: boolean; error?: { code: string; message: string } } | null) => (e === null ? null : e.ok ? 'ok' : { code: e.error!.code, message: e.error!.message });
process.stdout.write(
  JSON.stringify({
    readOnly: info.ok ? info.result.readOnly ?? false : null,
    plans: list.ok ? list.result.length : null,
    searchHits: search.ok ? search.result.length : null,
    markdown: md?.ok ? md.result.text.length : brief(md),
    save: brief(save),
    createBlank: brief(blank),
  }) + '\n',
);
