import type { PoolClient } from 'pg';
import { migration001 } from './001_init.js';
import { migration002 } from './002_source_hash.js';
import { migration003 } from './003_core.js';
import { migration004 } from './004_server_personal.js';
import { migration005 } from './005_plan_tokens.js';
import { migration006 } from './006_audit_detail.js';
import { migration007 } from './007_district_key.js';
import { migration008 } from './008_trash.js';

/**
 * PostgreSQL schema migrations, one per numbered file, as the SQLite ones (electron/core/migrations). Each runs in
 * its own transaction that also records it in schema_version (see ../migrate.ts); versions are 1, 2, 3 … without
 * gaps. The numbers are the PostgreSQL schema's own: they do not follow the SQLite user_version.
 */
export interface PgMigration {
  version: number;
  name: string;
  up(client: PoolClient): Promise<void>;
}

export const PG_MIGRATIONS: readonly PgMigration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008];

export const PG_LATEST_VERSION = PG_MIGRATIONS[PG_MIGRATIONS.length - 1].version;
