import type { Migration } from './index.js';

/**
 * 007 — an index on the fingerprint of each imported document's normalised text (meta.source.textSha256, see
 * shared/importer/fingerprint.ts), so that importing the same document again finds the plan it became
 * (plan.importPreview answers `duplicates`; Library.plansFromSameSource). An expression index on the stored
 * metadata, not a column: the fingerprint lives in the plan's metadata (it travels with the plan JSON), and no
 * statement of the library changes. Plans stored before 007 have no fingerprint (their source text was not kept);
 * the library also matches them by the sha256 of the file's bytes (meta.source.sha256).
 */
export const migration007: Migration = {
  version: 7,
  name: 'source-text-index',
  up(db) {
    db.exec(`CREATE INDEX plans_source_text ON plans(json_extract(meta, '$.source.textSha256'))`);
  },
};
