import type { PgMigration } from './index.js';
import { districtKey } from '../../../../shared/text/district-key.js';

/**
 * 007 — plans.district_key: the district as the library compares it (shared/text/district-key.ts: 南嶼縣 and 南屿县 are one
 * district), what the list and search filters match (SQLite: the district facet token is the key's hash, SQLite
 * migration 012). Filled here for every plan, one UPDATE per distinct district as written; written with the plan after.
 */
export const migration007: PgMigration = {
  version: 7,
  name: 'district-key',
  async up(client) {
    await client.query(`ALTER TABLE plans ADD COLUMN district_key text`);
    const { rows } = await client.query<{ district: string }>(`SELECT DISTINCT district FROM plans WHERE district IS NOT NULL`);
    for (const { district } of rows) await client.query(`UPDATE plans SET district_key = $2 WHERE district = $1`, [district, districtKey(district)]);
    await client.query(`CREATE INDEX plans_district_key ON plans (district_key)`);
  },
};
