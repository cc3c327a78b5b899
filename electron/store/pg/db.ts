/**
 * PgDb: the core's storage on PostgreSQL (../db.ts): the plans (PgStore) and the other tables through node-postgres.
 * A transaction checks out one pooled connection and keeps it in AsyncLocalStorage, so every call made inside it
 * (by the PgStore or the repositories) runs on that connection; calls outside run on any pooled connection.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import type { PoolClient } from 'pg';
import { pgPlaceholders, type Channel, type Db, type Sql } from '../db.js';
import { missingPlan, openPool, PgStore, type PgStoreOptions } from './store.js';

class PgSql implements Sql {
  readonly dialect = 'postgres' as const;
  constructor(
    private readonly pool: pg.Pool,
    private readonly ambient: () => PoolClient | undefined,
  ) {}

  private async query<T>(text: string, params: readonly unknown[]): Promise<pg.QueryResult & { rows: T[] }> {
    return (this.ambient() ?? this.pool).query(pgPlaceholders(text), params as unknown[]);
  }

  async all<T>(text: string, params: readonly unknown[] = []): Promise<T[]> {
    return (await this.query<T>(text, params)).rows;
  }

  async get<T>(text: string, params: readonly unknown[] = []): Promise<T | undefined> {
    return (await this.query<T>(text, params)).rows[0];
  }

  async run(text: string, params: readonly unknown[] = []): Promise<number> {
    return (await this.query(text, params)).rowCount ?? 0;
  }
}

export class PgDb implements Db {
  readonly kind = 'postgres' as const;
  readonly library = null;
  readonly readOnly = false;
  readonly plans: PgStore;
  readonly sql: Sql;
  readonly channel: Channel;
  private readonly client = new AsyncLocalStorage<PoolClient>();

  private constructor(
    private readonly pool: pg.Pool,
    connectionString: string,
  ) {
    const ambient = () => this.client.getStore();
    this.plans = new PgStore(pool, ambient);
    this.sql = new PgSql(pool, ambient);
    this.channel = pgChannel(pool, connectionString);
  }

  /** Connect and migrate ('unavailable' when the server cannot be reached, 'db-too-new' for a newer schema). */
  static async open(opts: PgStoreOptions): Promise<PgDb> {
    return new PgDb(await openPool(opts), opts.connectionString);
  }

  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    if (this.client.getStore()) return fn();
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      const out = await this.client.run(c, fn);
      await c.query('COMMIT');
      return out;
    } catch (e) {
      await c.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      c.release();
    }
  }

  async lockPlan(id: string): Promise<void> {
    const c = this.client.getStore();
    // NO KEY UPDATE: the plan's id never changes, and rows that reference it (annotations, history …) take a KEY
    // SHARE lock on it when inserted — FOR UPDATE would conflict with those and deadlock two writers of one plan
    const { rows } = await (c ?? this.pool).query(`SELECT 1 FROM plans WHERE id = $1 AND trashed_at IS NULL FOR NO KEY UPDATE`, [id]);
    if (!rows.length) throw await missingPlan(c ?? this.pool, id);
  }

  async exclusive<T>(fn: () => T): Promise<T> {
    return fn();
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** A valid unquoted PostgreSQL identifier (LISTEN takes no parameter: the name is checked, not quoted). */
const CHANNEL_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * LISTEN/NOTIFY: notify through the pool (pg_notify, outside any transaction: delivered at once); each listener on a
 * client of its own, outside the pool — it is held for as long as the server runs, and pool.end() need not wait for it.
 */
function pgChannel(pool: pg.Pool, connectionString: string): Channel {
  const checked = (name: string) => {
    if (!CHANNEL_NAME.test(name)) throw new Error(`invalid channel name: ${name}`);
    return name;
  };
  return {
    async notify(name, payload) {
      await pool.query('SELECT pg_notify($1, $2)', [checked(name), payload]);
    },
    async listen(name, on) {
      // named, so an operator sees in pg_stat_activity what the long-lived idle connection is
      const client = new pg.Client({ connectionString, application_name: `plan-workbench listen ${name}` });
      let closing = false;
      let lostOnce = false;
      const lost = (e: unknown) => {
        if (closing || lostOnce) return;
        lostOnce = true;
        client.end().catch(() => {});
        on.lost(e);
      };
      client.on('error', lost);
      client.on('end', () => lost(new Error('the listening connection ended')));
      client.on('notification', (m) => {
        if (m.channel === name && typeof m.payload === 'string') on.message(m.payload);
      });
      try {
        await client.connect();
        await client.query(`LISTEN ${checked(name)}`);
      } catch (e) {
        closing = true;
        await client.end().catch(() => {});
        throw e;
      }
      return {
        async close() {
          if (closing) return;
          closing = true;
          await client.end().catch(() => {});
        },
      };
    },
  };
}
