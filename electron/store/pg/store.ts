/**
 * PgStore: the PlanStore on PostgreSQL through a node-postgres Pool. Schema: ./migrations; search: ./search.ts.
 *
 * Writes are transactions on one pooled client. The revision check of replacePlan reads the plan row FOR UPDATE, so
 * two writers starting from the same revision are serialised on that row and the second one sees the first one's
 * revision ('conflict'), never overwriting it. Reads of a plan (row + nodes) run in one REPEATABLE READ snapshot.
 * Rows and columns of a plan and its nodes: ./rows.ts.
 */
import pg from 'pg';
import type { PoolClient } from 'pg';
import { AppError } from '../../../shared/errors.js';
import { type FORMAT, type PlanDoc, type PlanNode, type PlanStatus } from '../../../shared/model/plan.js';
import { ADD_SLICE_NODES, notFound, type SearchFilters } from '../../core/library.js';
import { conflictError } from '../common.js';
import type { ListFilters, PlanRef, PlanStore, PlanSummary, PreparedPlan, Saved, SearchHit, StoredPlan, TrashedPlan } from '../types.js';
import { migratePg } from './migrate.js';
import { searchPg, type NodeFacets } from './search.js';
import { districtKey } from '../../../shared/text/district-key.js';
import { holdingKept, nodeChange } from '../../core/library-rows.js';
import { fullRecord, newPlanId, nodeDepartments, nodeRecords, placedRecords, planColumns, type NodeColumns, type NodeRecord, type PlanRow } from './rows.js';

export interface PgStoreOptions {
  /** postgres://user@host:port/db, or a socket folder as host (postgres:///db?host=/run/postgresql). */
  connectionString: string;
  /** Pool size (default 10). */
  max?: number;
}

/** A connection string without its password, for messages. */
export function redactUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]*:)[^@]*@/, '$1***@');
}

/** The not-found error of a plan read: it says when the plan is in the trash (notFound's `trashed`, as SQLite's store). */
export async function missingPlan(q: Pick<PoolClient, 'query'>, id: string): Promise<AppError> {
  const { rows } = await q.query<{ title: string; trashed_at: string }>(`SELECT title, trashed_at FROM plans WHERE id = $1 AND trashed_at IS NOT NULL`, [id]);
  return notFound(id, rows.length ? { title: rows[0].title, trashedAt: rows[0].trashed_at } : undefined);
}

/**
 * A pool on a migrated database. A server that cannot be reached gives AppError 'unavailable' (the address without
 * its password); a database of a newer schema 'db-too-new'.
 */
export async function openPool(opts: PgStoreOptions): Promise<pg.Pool> {
  const pool = new pg.Pool({ connectionString: opts.connectionString, max: opts.max ?? 10 });
  // An idle client that loses its server must not crash the process: the next query reports it.
  pool.on('error', () => {});
  try {
    await migratePg(pool);
  } catch (e) {
    await pool.end();
    if (e instanceof AppError) throw e;
    const err = e as { code?: string; message?: string };
    throw new AppError('unavailable', `无法连接或初始化 PostgreSQL 资料库(${redactUrl(opts.connectionString)}):${err.message ?? String(e)}`, {
      code: err.code ?? null,
      en: `Cannot connect to or set up the PostgreSQL library at ${redactUrl(opts.connectionString)}.`,
    });
  }
  return pool;
}

/** A new plan's rows as PgStore.prepareAdd computes them. */
interface PgPlanToAdd {
  plan: unknown[];
  nNodes: number;
  nTokens: number;
  /** The node records, a JSON array (null: none). */
  records: string | null;
  /** The department rows, a JSON array. */
  departments: string;
}

export class PgStore implements PlanStore {
  readonly kind = 'postgres' as const;

  /**
   * `ambient`: the connection of the transaction the caller runs in (./db.ts PgDb), or undefined; calls made inside
   * one run on its connection and join it instead of opening their own.
   */
  constructor(
    readonly pool: pg.Pool,
    private readonly ambient: () => PoolClient | undefined = () => undefined,
  ) {}

  /** Where a single statement runs: the ambient transaction's connection, else any pooled one. */
  private get q(): Pick<PoolClient, 'query'> {
    return this.ambient() ?? this.pool;
  }

  /**
   * Connect and migrate. A server that cannot be reached gives AppError 'unavailable' (the address without its
   * password); a database of a newer schema 'db-too-new'.
   */
  static async open(opts: PgStoreOptions): Promise<PgStore> {
    return new PgStore(await openPool(opts));
  }

  /** Run `fn` in a transaction on one client (rolled back when it throws); inside an ambient one: on its client. */
  private async tx<T>(fn: (c: PoolClient) => Promise<T>, begin = 'BEGIN'): Promise<T> {
    const inside = this.ambient();
    if (inside) return fn(inside);
    const c = await this.pool.connect();
    try {
      await c.query(begin);
      const out = await fn(c);
      await c.query('COMMIT');
      return out;
    } catch (e) {
      await c.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      c.release();
    }
  }

  private read<T>(fn: (c: PoolClient) => Promise<T>): Promise<T> {
    return this.tx(fn, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  }

  private async insertNodes(c: PoolClient, planId: string, nodes: PlanNode[], meta: PlanDoc['meta']): Promise<void> {
    const { records, departments } = nodeRecords(nodes, { district: meta.district, period: meta.period });
    // the plan's share of the search statistics (bm25: nodes and tokens in the library), on the row this write holds
    await c.query(`UPDATE plans SET n_nodes = $2, n_tokens = $3 WHERE id = $1`, [planId, records.length, records.reduce((a, r) => a + r.n_tokens, 0)]);
    await this.insertRecords(c, planId, records, departments);
  }

  private async insertRecords(c: PoolClient, planId: string, records: NodeRecord[], departments: Array<{ node_id: string; name: string; role: string }>): Promise<void> {
    await this.insertRecordsJson(c, planId, records.length ? JSON.stringify(records) : null, JSON.stringify(departments));
  }

  /** Node records and department rows, each a JSON array text (null or [] for none). */
  private async insertRecordsJson(c: PoolClient, planId: string, records: string | null, departments: string): Promise<void> {
    if (records) {
      await c.query(
        `INSERT INTO nodes (plan_id, node_id, parent_id, position, seq, depth, kind, number, heading, body, lead, partners,
                            indicators, milestones, themes, unreviewed, extra, h_units, b_units, tokens, n_tokens)
         SELECT $1, x.node_id, x.parent_id, x.position, x.seq, x.depth, x.kind, x.number, x.heading, x.body,
                x.lead::json, x.partners::json, x.indicators::json, x.milestones::json, x.themes::json, x.unreviewed,
                x.extra::json, x.h_units, x.b_units, ARRAY(SELECT json_array_elements_text(x.tokens)), x.n_tokens
         FROM json_to_recordset($2::json) AS x(node_id text, parent_id text, position integer, seq integer, depth integer,
                kind text, number text, heading text, body text, lead text, partners text, indicators text, milestones text,
                themes text, unreviewed boolean, extra text, h_units text, b_units text, tokens json, n_tokens integer)
         ORDER BY x.seq`,
        [planId, records],
      );
    }
    if (departments !== '[]') {
      await c.query(
        `INSERT INTO node_departments (name, node_row, role)
         SELECT d.name, n.row, d.role FROM json_to_recordset($2::json) AS d(node_id text, name text, role text)
         JOIN nodes n ON n.plan_id = $1 AND n.node_id = d.node_id
         ON CONFLICT DO NOTHING`,
        [planId, departments],
      );
    }
  }

  /**
   * Bring a stored plan's node rows to the new tree, writing only what differs (replacePlan; the same steps as the
   * desktop's Library.writeNodes, electron/core/library.ts, in a few set-wise statements): removed nodes without a
   * kept descendant deleted; kept rows whose seq changes, and removed rows in the way, moved to negative seqs; new
   * nodes inserted; kept rows whose columns differ updated (with their search columns when their text, departments
   * or the plan's district or period changed); department rows of nodes whose departments changed written again;
   * the remaining removed rows deleted; the plan's search statistics summed again.
   */
  private async writeNodes(c: PoolClient, planId: string, nodes: PlanNode[], facets: NodeFacets, refacet: boolean): Promise<void> {
    const placed = placedRecords(nodes);
    const { rows } = await c.query<NodeColumns & { row: string }>(
      `SELECT row, node_id, parent_id, position, seq, depth, kind, number, heading, body, lead::text, partners::text, indicators::text,
              milestones::text, themes::text, unreviewed, extra::text
       FROM nodes WHERE plan_id = $1 ORDER BY seq`,
      [planId],
    );
    const byId = new Map(rows.map((r) => [r.node_id, r]));
    const keep = new Set(placed.filter((p) => byId.has(p.columns.node_id)).map((p) => p.columns.node_id));
    const holdsKept = holdingKept(rows, keep);
    const removed = rows.filter((r) => !keep.has(r.node_id));
    const early = removed.filter((r) => !holdsKept.has(r.node_id)).map((r) => r.row);
    const late = removed.filter((r) => holdsKept.has(r.node_id));
    if (early.length) await c.query(`DELETE FROM nodes WHERE row = ANY($1::bigint[])`, [early]);
    const park = [
      ...placed.filter((p) => byId.has(p.columns.node_id) && byId.get(p.columns.node_id)!.seq !== p.columns.seq).map((p) => byId.get(p.columns.node_id)!.row),
      ...late.filter((r) => r.seq >= 0 && r.seq < placed.length).map((r) => r.row),
    ];
    if (park.length) {
      await c.query(`UPDATE nodes SET seq = -x.i FROM unnest($1::bigint[]) WITH ORDINALITY AS x(row, i) WHERE nodes.row = x.row`, [park]);
    }
    const inserts: NodeRecord[] = [];
    const content: NodeRecord[] = [];
    const place: NodeColumns[] = [];
    const departments: Array<{ node_id: string; name: string; role: string }> = [];
    const redo: string[] = [];
    for (const p of placed) {
      const v = p.columns;
      const r = byId.get(v.node_id);
      if (!r) {
        inserts.push(fullRecord(p, facets));
        departments.push(...nodeDepartments(p.node));
        continue;
      }
      const { content: changed, departments: depts } = nodeChange(r, v);
      if (changed || refacet) content.push(fullRecord(p, facets));
      else if (r.parent_id !== v.parent_id || r.position !== v.position || r.seq !== v.seq || r.depth !== v.depth) place.push(v);
      if (depts) {
        redo.push(r.row);
        departments.push(...nodeDepartments(p.node));
      }
    }
    await this.insertRecords(c, planId, inserts, []);
    if (content.length) {
      await c.query(
        `UPDATE nodes SET parent_id = x.parent_id, position = x.position, seq = x.seq, depth = x.depth, kind = x.kind, number = x.number,
                heading = x.heading, body = x.body, lead = x.lead::json, partners = x.partners::json, indicators = x.indicators::json,
                milestones = x.milestones::json, themes = x.themes::json, unreviewed = x.unreviewed, extra = x.extra::json,
                h_units = x.h_units, b_units = x.b_units, tokens = ARRAY(SELECT json_array_elements_text(x.tokens)), n_tokens = x.n_tokens
         FROM json_to_recordset($2::json) AS x(node_id text, parent_id text, position integer, seq integer, depth integer,
                kind text, number text, heading text, body text, lead text, partners text, indicators text, milestones text,
                themes text, unreviewed boolean, extra text, h_units text, b_units text, tokens json, n_tokens integer)
         WHERE nodes.plan_id = $1 AND nodes.node_id = x.node_id`,
        [planId, JSON.stringify(content)],
      );
    }
    if (place.length) {
      await c.query(
        `UPDATE nodes SET parent_id = x.parent_id, position = x.position, seq = x.seq, depth = x.depth
         FROM json_to_recordset($2::json) AS x(node_id text, parent_id text, position integer, seq integer, depth integer)
         WHERE nodes.plan_id = $1 AND nodes.node_id = x.node_id`,
        [planId, JSON.stringify(place)],
      );
    }
    if (redo.length) await c.query(`DELETE FROM node_departments WHERE node_row = ANY($1::bigint[])`, [redo]);
    await this.insertRecords(c, planId, [], departments);
    if (late.length) await c.query(`DELETE FROM nodes WHERE row = ANY($1::bigint[])`, [late.map((r) => r.row)]);
    // the plan's share of the search statistics, summed from its rows as they are now
    await c.query(
      `UPDATE plans SET n_nodes = s.n, n_tokens = s.t
       FROM (SELECT count(*)::integer AS n, coalesce(sum(n_tokens), 0)::integer AS t FROM nodes WHERE plan_id = $1) AS s
       WHERE id = $1`,
      [planId],
    );
  }

  async addPlan(doc: PlanDoc, opts: { status?: PlanStatus; id?: string } = {}): Promise<string> {
    const id = opts.id ?? newPlanId();
    const now = new Date().toISOString();
    const meta = { ...doc.meta, status: opts.status ?? doc.meta.status };
    await this.tx(async (c) => {
      await c.query(
        `INSERT INTO plans (id, title, district, period_start, period_end, status, source_file, counts, meta, report, format, district_key, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13)`,
        [id, ...planColumns(doc, meta), now],
      );
      await this.insertNodes(c, id, doc.nodes, doc.meta);
    });
    return id;
  }

  async prepareAdd(doc: PlanDoc, opts: { status?: PlanStatus; id?: string }, pause: () => Promise<void>): Promise<PreparedPlan> {
    const id = opts.id ?? newPlanId();
    const meta = { ...doc.meta, status: opts.status ?? doc.meta.status };
    const facets: NodeFacets = { district: meta.district, period: meta.period };
    const placed = placedRecords(doc.nodes);
    const records: NodeRecord[] = [];
    for (let i = 0; i < placed.length; i++) {
      if (i % ADD_SLICE_NODES === 0) await pause();
      records.push(fullRecord(placed[i], facets));
    }
    await pause();
    const rows: PgPlanToAdd = {
      plan: planColumns(doc, meta),
      nNodes: records.length,
      nTokens: records.reduce((a, r) => a + r.n_tokens, 0),
      records: records.length ? JSON.stringify(records) : null,
      departments: JSON.stringify(placed.flatMap((p) => nodeDepartments(p.node))),
    };
    return { id, store: 'postgres', rows };
  }

  async insertPrepared(plan: PreparedPlan): Promise<string> {
    if (plan.store !== 'postgres') throw new Error('insertPrepared: rows of another store');
    const r = plan.rows as PgPlanToAdd;
    const now = new Date().toISOString();
    await this.tx(async (c) => {
      await c.query(
        `INSERT INTO plans (id, title, district, period_start, period_end, status, source_file, counts, meta, report, format, district_key, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13)`,
        [plan.id, ...r.plan, now],
      );
      await c.query(`UPDATE plans SET n_nodes = $2, n_tokens = $3 WHERE id = $1`, [plan.id, r.nNodes, r.nTokens]);
      await this.insertRecordsJson(c, plan.id, r.records, r.departments);
    });
    return plan.id;
  }

  private async lockRevision(c: PoolClient, id: string): Promise<number> {
    const { rows } = await c.query<{ revision: number }>(`SELECT revision FROM plans WHERE id = $1 AND trashed_at IS NULL FOR NO KEY UPDATE`, [id]);
    if (!rows.length) throw await missingPlan(c, id);
    return rows[0].revision;
  }

  async replacePlan(id: string, doc: PlanDoc, opts: { baseRevision: number }): Promise<Saved> {
    return this.tx(async (c) => {
      const current = await this.lockRevision(c, id);
      if (current !== opts.baseRevision) throw conflictError(id, opts.baseRevision, current);
      const updatedAt = new Date().toISOString();
      const { rows } = await c.query<{ district: string | null; period_start: number | null; period_end: number | null }>(
        `SELECT district, period_start, period_end FROM plans WHERE id = $1`,
        [id],
      );
      const facets: NodeFacets = { district: doc.meta.district, period: doc.meta.period };
      const was = rows[0];
      // n_tokens counts the district and the years of the period: every row's changes with them
      const refacet = was.district !== facets.district || was.period_start !== (facets.period?.start ?? null) || was.period_end !== (facets.period?.end ?? null);
      await c.query(
        `UPDATE plans SET title = $2, district = $3, period_start = $4, period_end = $5, status = $6, source_file = $7,
           counts = $8, meta = $9, report = $10, format = $11, district_key = $12, updated_at = $13, revision = revision + 1
         WHERE id = $1`,
        [id, ...planColumns(doc, doc.meta), updatedAt],
      );
      await this.writeNodes(c, id, doc.nodes, facets, refacet);
      return { revision: current + 1, updatedAt };
    });
  }

  async setStatus(id: string, status: PlanStatus): Promise<Saved> {
    return this.tx(async (c) => {
      const current = await this.lockRevision(c, id);
      const { rows } = await c.query<{ meta: PlanDoc['meta'] }>(`SELECT meta FROM plans WHERE id = $1`, [id]);
      const updatedAt = new Date().toISOString();
      await c.query(`UPDATE plans SET status = $2, meta = $3, updated_at = $4, revision = revision + 1 WHERE id = $1`, [
        id,
        status,
        JSON.stringify({ ...rows[0].meta, status }),
        updatedAt,
      ]);
      return { revision: current + 1, updatedAt };
    });
  }

  async getPlan(id: string): Promise<PlanDoc> {
    return this.read(async (c) => (await this.readPlan(c, id)).doc);
  }

  async getStored(id: string): Promise<StoredPlan> {
    return this.read(async (c) => {
      const { doc, revision } = await this.readPlan(c, id);
      return { ...doc, id, revision };
    });
  }

  private async readPlan(c: PoolClient, id: string): Promise<{ doc: PlanDoc; revision: number }> {
    const p = await c.query<PlanRow>(`SELECT * FROM plans WHERE id = $1 AND trashed_at IS NULL`, [id]);
    if (!p.rows.length) throw await missingPlan(c, id);
    const row = p.rows[0];
    const n = await c.query(
      `SELECT node_id, parent_id, kind, number, heading, body, lead, partners, indicators, milestones, themes, unreviewed, extra
       FROM nodes WHERE plan_id = $1 ORDER BY seq`,
      [id],
    );
    const roots: PlanNode[] = [];
    const byId = new Map<string, PlanNode>();
    for (const r of n.rows) {
      const node: PlanNode = {
        id: r.node_id,
        kind: r.kind,
        number: r.number,
        heading: r.heading,
        body: r.body,
        lead: r.lead,
        partners: r.partners,
        indicators: r.indicators,
        milestones: r.milestones,
        themes: r.themes,
        children: [],
      };
      // (fields without a column before unreviewed, as library-rows.ts planFromRows)
      if (r.extra !== null) Object.assign(node, r.extra);
      if (r.unreviewed !== null) node.unreviewed = r.unreviewed;
      byId.set(r.node_id, node);
      // pre-order: a parent is always seen before its children, siblings in position order
      (r.parent_id === null ? roots : byId.get(r.parent_id)!.children).push(node);
    }
    const doc: PlanDoc = { format: row.format as typeof FORMAT, id: row.id, meta: row.meta, nodes: roots };
    if (row.report !== null) doc.report = row.report;
    return { doc, revision: row.revision };
  }

  async revisionOf(id: string): Promise<number> {
    const { rows } = await this.q.query<{ revision: number }>(`SELECT revision FROM plans WHERE id = $1 AND trashed_at IS NULL`, [id]);
    if (!rows.length) throw await missingPlan(this.q, id);
    return rows[0].revision;
  }

  async hasPlan(id: string): Promise<boolean> {
    const { rows } = await this.q.query(`SELECT 1 FROM plans WHERE id = $1 AND trashed_at IS NULL`, [id]);
    return rows.length > 0;
  }

  async deletePlan(id: string): Promise<void> {
    // nodes, their departments (and with them the search columns) go by cascade
    const { rowCount } = await this.q.query(`DELETE FROM plans WHERE id = $1`, [id]);
    if (!rowCount) throw notFound(id);
  }

  async listPlans(filters: ListFilters = {}): Promise<PlanSummary[]> {
    const where: string[] = ['trashed_at IS NULL'];
    const args: unknown[] = [];
    const arg = (v: unknown) => `$${args.push(v)}`;
    if (filters.district !== undefined) where.push(filters.district === null ? 'district IS NULL' : `district_key = ${arg(districtKey(filters.district))}`);
    if (filters.status !== undefined) where.push(`status = ${arg(filters.status)}`);
    if (filters.period !== undefined) {
      where.push(
        filters.period === null
          ? '(period_start IS NULL OR period_end IS NULL)'
          : `period_start = ${arg(filters.period.start)} AND period_end = ${arg(filters.period.end)}`,
      );
    }
    const { rows } = await this.q.query<PlanRow & { based_on: string | null }>(
      `SELECT id, title, district, period_start, period_end, status, source_file, counts, created_at, updated_at, revision,
              meta ->> 'basedOn' AS based_on, meta ->> 'issuedOn' AS issued_on
       FROM plans ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY created_at, seq`,
      args,
    );
    return rows.map(PgStore.summary);
  }

  private static summary(r: PlanRow & { based_on: string | null; issued_on?: string | null }): PlanSummary {
    return {
      id: r.id,
      title: r.title,
      district: r.district,
      period: r.period_start !== null && r.period_end !== null ? { start: r.period_start, end: r.period_end } : null,
      status: r.status,
      counts: r.counts,
      sourceFileName: r.source_file,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      basedOn: r.based_on ?? null,
      issuedOn: r.issued_on ?? null,
      revision: r.revision,
    };
  }

  async trashPlan(id: string, at: string = new Date().toISOString()): Promise<void> {
    const { rowCount } = await this.q.query(`UPDATE plans SET trashed_at = $2 WHERE id = $1 AND trashed_at IS NULL`, [id, at]);
    if (!rowCount) throw notFound(id);
  }

  async restorePlan(id: string): Promise<void> {
    const { rowCount } = await this.q.query(`UPDATE plans SET trashed_at = NULL WHERE id = $1 AND trashed_at IS NOT NULL`, [id]);
    if (!rowCount) throw notFound(id);
  }

  async purgePlan(id: string): Promise<void> {
    const { rowCount } = await this.q.query(`DELETE FROM plans WHERE id = $1 AND trashed_at IS NOT NULL`, [id]);
    if (!rowCount) throw notFound(id);
  }

  async listTrash(): Promise<TrashedPlan[]> {
    const { rows } = await this.q.query<PlanRow & { based_on: string | null; trashed_at: string }>(
      `SELECT id, title, district, period_start, period_end, status, source_file, counts, created_at, updated_at, revision,
              meta ->> 'basedOn' AS based_on, meta ->> 'issuedOn' AS issued_on, trashed_at
       FROM plans WHERE trashed_at IS NOT NULL ORDER BY trashed_at DESC, seq DESC`,
    );
    return rows.map((r) => ({ ...PgStore.summary(r), trashedAt: r.trashed_at }));
  }

  async purgeTrashedBefore(before: string): Promise<string[]> {
    const { rows } = await this.q.query<{ id: string }>(`DELETE FROM plans WHERE trashed_at IS NOT NULL AND trashed_at < $1 RETURNING id`, [before]);
    return rows.map((r) => r.id);
  }

  async countPlans(status: PlanStatus): Promise<number> {
    const { rows } = await this.q.query<{ n: number }>(`SELECT count(*)::integer AS n FROM plans WHERE status = $1 AND trashed_at IS NULL`, [status]);
    return rows[0].n;
  }

  async departments(): Promise<string[]> {
    // COLLATE "C": byte order of UTF-8 = code point order = SQLite's BINARY
    const { rows } = await this.q.query<{ name: string }>(`SELECT DISTINCT name COLLATE "C" AS name FROM node_departments
       WHERE node_row NOT IN (SELECT n.row FROM plans p JOIN nodes n ON n.plan_id = p.id WHERE p.trashed_at IS NOT NULL) ORDER BY 1`);
    return rows.map((r) => r.name);
  }

  async search(query: string, filters: SearchFilters = {}): Promise<SearchHit[]> {
    // one snapshot for every query of the search (a plan deleted meanwhile cannot leave a hit without its node)
    return this.read((c) => searchPg(c, query, filters));
  }

  private static refs(rows: Array<{ id: string; title: string; status: PlanStatus; source_file: string | null; updated_at: string }>): PlanRef[] {
    return rows.map((r) => ({ id: r.id, title: r.title, status: r.status, sourceFileName: r.source_file, updatedAt: r.updated_at }));
  }

  async plansFromSameSource(source: { textSha256?: string; sha256?: string } | null | undefined): Promise<PlanRef[]> {
    if (!source?.textSha256 && !source?.sha256) return [];
    const { rows } = await this.q.query(
      `SELECT id, title, status, source_file, updated_at FROM plans
       WHERE trashed_at IS NULL AND (($1::text IS NOT NULL AND meta -> 'source' ->> 'textSha256' = $1) OR ($2::text IS NOT NULL AND meta -> 'source' ->> 'sha256' = $2))
       ORDER BY updated_at DESC, seq DESC LIMIT 20`,
      [source.textSha256 ?? null, source.sha256 ?? null],
    );
    return PgStore.refs(rows);
  }

  async plansHoldingNodes(nodes: Array<{ id: string; heading: string; body: string }>): Promise<PlanRef[]> {
    const some = [...new Map(nodes.map((n) => [n.id, n])).values()].slice(0, 3);
    if (!some.length) return [];
    const args: unknown[] = [];
    const clauses = some.map((n) => {
      args.push(n.id, n.heading, n.body);
      const k = args.length;
      return `EXISTS (SELECT 1 FROM nodes n WHERE n.plan_id = p.id AND n.node_id = $${k - 2} AND n.heading = $${k - 1} AND n.body = $${k})`;
    });
    const { rows } = await this.q.query(
      `SELECT p.id, p.title, p.status, p.source_file, p.updated_at FROM plans p WHERE p.trashed_at IS NULL AND ${clauses.join(' AND ')}
       ORDER BY p.updated_at DESC, p.seq DESC LIMIT 20`,
      args,
    );
    return PgStore.refs(rows);
  }

  async getSetting<T>(key: string): Promise<T | undefined> {
    const { rows } = await this.q.query<{ value: T }>(`SELECT value FROM settings WHERE key = $1`, [key]);
    return rows.length ? rows[0].value : undefined;
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    await this.q.query(`INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, [
      key,
      JSON.stringify(value),
    ]);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
