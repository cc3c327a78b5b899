import type Database from 'better-sqlite3';
import { migration001 } from './001_init.js';
import { migration002 } from './002_revision.js';
import { migration003 } from './003_versions.js';
import { migration004 } from './004_packed_vectors.js';
import { migration005 } from './005_review.js';

export interface Migration {
  /** Becomes PRAGMA user_version once applied. Versions are 1, 2, 3 … without gaps. */
  version: number;
  name: string;
  up(db: Database.Database): void;
}

/** All migrations, in order. Add a new numbered file and append it here. */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
