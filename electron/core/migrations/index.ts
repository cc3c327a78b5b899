import type Database from 'better-sqlite3';
import { migration001 } from './001_init.js';
import { migration002 } from './002_revision.js';
import { migration003 } from './003_versions.js';
import { migration004 } from './004_packed_vectors.js';
import { migration005 } from './005_review.js';
import { migration006 } from './006_box_kind.js';
import { migration007 } from './007_source_hash.js';
import { migration008 } from './008_accounts.js';
import { migration009 } from './009_server_personal.js';
import { migration010 } from './010_plan_tokens.js';
import { migration011 } from './011_audit_detail.js';
import { migration012 } from './012_district_key.js';
import { migration013 } from './013_trash.js';

export interface Migration {
  /** Becomes PRAGMA user_version once applied. Versions are 1, 2, 3 … without gaps. */
  version: number;
  name: string;
  up(db: Database.Database): void;
  /**
   * Run with foreign keys off (a table rebuild: dropping a parent table would otherwise cascade). The runner
   * turns them off before the transaction, runs PRAGMA foreign_key_check before the commit (a violation rolls
   * the migration back) and turns them on again.
   */
  foreignKeysOff?: boolean;
}

/** All migrations, in order. Add a new numbered file and append it here. */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008, migration009, migration010, migration011, migration012, migration013];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
