/**
 * The local plan library: plans and their node trees in SQLite, with Chinese full-text
 * search (see ./textindex.ts for the index design). Plain Node, never imports 'electron'.
 */
import crypto from 'node:crypto';
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { PlanSummary, SearchFilters as SearchFiltersSchema, SearchHit } from '../../shared/api/contract.js';
import { AppError } from '../../shared/errors.js';
import type { NodeKind, PlanDoc, PlanNode, PlanStatus } from '../../shared/model/plan.js';
// the zod-free part of the model: the CLI's read-only paths (compare, export-docx) load this module without zod
import { countKinds, FORMAT, walk } from '../../shared/model/tree-walk.js';
import fs from 'node:fs';
import { isReadOnlyError, isWritableDataDir, openDatabase, openReadOnlyCopy, readOnlyError, type OpenDatabaseOptions } from './db.js';
import { bigramText, facet, ftsQuery, MAX_PERIOD_YEARS, needles, snippet } from './textindex.js';

export type { Segment } from './textindex.js';

/** One plan in the library list: the contract's type (shared/api/contract.ts), so the two cannot drift. */
export type { PlanSummary };

/** Search filters and hits are the API's own types (shared/api/contract.ts), so the core and its clients cannot drift. */
export type SearchFilters = z.infer<typeof SearchFiltersSchema>;
export type { SearchHit };

export interface AddPlanOptions {
  /** Overrides doc.meta.status. */
  status?: PlanStatus;
  /** Keep this id (a plan opened from a review package keeps its original id); a new one otherwise. */
  id?: string;
  /**
   * Run inside the same write transaction, after the plan is stored (e.g. its history entry), so everything
   * one API call writes commits together or not at all.
   */
  within?: (id: string) => void;
}

/** Weights for bm25 over (h, b, f). f holds filter tokens only and never scores. */
const BM25_WEIGHTS = [10.0, 1.0, 0.0] as const;
const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 500;
/**
 * Ranking budget. bm25 costs ~1 µs per matching row, so ranking all 144,000 nodes that
 * contain 建设 in a 2,000-plan library takes >100 ms. Candidates are therefore the
 * RANK_CANDIDATES newest matching nodes (FTS5 walks rowids backwards and stops), ranked
 * by bm25; heading hits come first, from a separate pass over the newest
 * HEADING_CANDIDATES heading matches. Below these caps (after filters) ranking is exact.
 * The hit SET is never capped by this: every returned hit matches, and a query with
 * fewer matches than `limit` returns all of them.
 */
const RANK_CANDIDATES = 2000;
/** Heading hits considered for the first places (newest first). */
const HEADING_CANDIDATES = 300;

interface PlanFacets {
  id: string;
  status: string;
  district: string | null;
  period: { start: number; end: number } | null;
}

function facetText(plan: PlanFacets, kind: string, lead: string[], partners: string[]): string {
  const t = [facet.kind(kind), facet.status(plan.status), facet.plan(plan.id)];
  if (plan.district !== null) t.push(facet.district(plan.district));
  if (plan.period) {
    const end = Math.min(plan.period.end, plan.period.start + MAX_PERIOD_YEARS - 1);
    for (let y = plan.period.start; y <= end; y++) t.push(facet.year(y));
  }
  for (const d of new Set([...lead, ...partners])) if (d.trim()) t.push(facet.department(d));
  return t.join(' ');
}

interface NodeRow {
  rowid: number;
  node_id: string;
  parent_id: string | null;
  position: number;
  kind: NodeKind;
  number: string;
  heading: string;
  body: string;
  lead: string;
  partners: string;
  indicators: string;
  milestones: string;
  themes: string;
  unreviewed: number | null;
  extra: string | null;
}

const NODE_COLUMNS = new Set(['id', 'kind', 'number', 'heading', 'body', 'lead', 'partners', 'indicators', 'milestones', 'themes', 'children', 'unreviewed']);

/** Fields of a node without a column of their own (a newer model), or null. */
function extraFields(n: PlanNode): string | null {
  const extra: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(n)) if (!NODE_COLUMNS.has(k) && v !== undefined) extra[k] = v;
  return Object.keys(extra).length ? JSON.stringify(extra) : null;
}

interface HitRow {
  plan_id: string;
  node_id: string;
  parent_id: string | null;
  kind: NodeKind;
  number: string;
  heading: string;
  body: string;
}

interface PlanRow {
  id: string;
  title: string;
  district: string | null;
  period_start: number | null;
  period_end: number | null;
  status: PlanStatus;
  source_file: string | null;
  counts: string;
  meta: string;
  report: string | null;
  format: string;
  created_at: string;
  updated_at: string;
}

function newPlanId(): string {
  return 'p_' + crypto.randomBytes(9).toString('base64url');
}

function label(number: string, heading: string): string {
  const n = number.trim();
  const h = heading.trim();
  if (!n) return h;
  // a bullet (•, ——) without a heading says nothing in a path
  if (!h) return /[\p{L}\p{N}]/u.test(n) ? n : '';
  // "一、" / "(一)" / "1." glue directly; "行动一" / "重点专项3" get a space.
  return /[、.．)）:：]$/.test(n) ? n + h : `${n} ${h}`;
}

interface PreparedNode {
  node: PlanNode;
  parentId: string | null;
  position: number;
  depth: number;
  h: string;
  b: string;
  f: string;
}

/** Pre-order list of nodes with their index tokens (computed outside any transaction). */
function prepareNodes(nodes: PlanNode[], facets: PlanFacets): PreparedNode[] {
  const prepared: PreparedNode[] = [];
  const visit = (list: PlanNode[], parentId: string | null, depth: number) => {
    list.forEach((node, position) => {
      const f = facetText(facets, node.kind, node.lead, node.partners);
      prepared.push({ node, parentId, position, depth, h: bigramText(node.heading), b: bigramText(node.body), f });
      visit(node.children, node.id, depth + 1);
    });
  };
  visit(nodes, null, 0);
  return prepared;
}

/** The plans columns derived from a document (all but id and timestamps). */
function planColumns(doc: PlanDoc, meta: PlanDoc['meta']) {
  return {
    title: meta.title,
    district: meta.district,
    period_start: meta.period?.start ?? null,
    period_end: meta.period?.end ?? null,
    status: meta.status,
    source_file: meta.source?.fileName ?? null,
    counts: JSON.stringify(countKinds(doc.nodes)),
    meta: JSON.stringify(meta),
    report: doc.report === undefined ? null : JSON.stringify(doc.report),
    format: doc.format,
  };
}

export class Library {
  readonly db: Database.Database;
  /**
   * Set when the data folder cannot be written: `db` is a private copy of the library (see db.ts openReadOnlyCopy)
   * and the core refuses every edit. `copyDir` is removed on close.
   */
  readonly readOnly: { dataDir: string; copyDir: string } | null;
  private readonly stmts;

  constructor(db: Database.Database, readOnly: { dataDir: string; copyDir: string } | null = null) {
    this.db = db;
    this.readOnly = readOnly;
    this.stmts = {
      insertPlan: db.prepare(
        `INSERT INTO plans (id, title, district, period_start, period_end, status, source_file, counts, meta, report, format, created_at, updated_at)
         VALUES (@id, @title, @district, @period_start, @period_end, @status, @source_file, @counts, @meta, @report, @format, @created_at, @updated_at)`,
      ),
      insertNode: db.prepare(
        `INSERT INTO nodes (plan_id, node_id, parent_id, position, seq, depth, kind, number, heading, body, lead, partners, indicators, milestones, themes, unreviewed, extra)
         VALUES (@plan_id, @node_id, @parent_id, @position, @seq, @depth, @kind, @number, @heading, @body, @lead, @partners, @indicators, @milestones, @themes, @unreviewed, @extra)`,
      ),
      insertFts: db.prepare(`INSERT INTO node_fts (rowid, h, b, f) VALUES (?, ?, ?, ?)`),
      deleteFts: db.prepare(`DELETE FROM node_fts WHERE rowid = ?`),
      periodRange: db.prepare(`SELECT min(period_start) AS lo, max(period_end) AS hi FROM plans`),
      insertDept: db.prepare(`INSERT OR IGNORE INTO node_departments (name, node_row, role) VALUES (?, ?, ?)`),
      getPlan: db.prepare(`SELECT * FROM plans WHERE id = ?`),
      getNodes: db.prepare(`SELECT * FROM nodes WHERE plan_id = ? ORDER BY seq`),
      listPlans: db.prepare(
        `SELECT id, title, district, period_start, period_end, status, source_file, counts, created_at, updated_at,
                revision, json_extract(meta, '$.basedOn') AS based_on
         FROM plans ORDER BY created_at, rowid`,
      ),
      revision: db.prepare(`SELECT revision FROM plans WHERE id = ?`),
      deleteNodes: db.prepare(`DELETE FROM nodes WHERE plan_id = ?`),
      updatePlan: db.prepare(
        `UPDATE plans SET title = @title, district = @district, period_start = @period_start, period_end = @period_end,
           status = @status, source_file = @source_file, counts = @counts, meta = @meta, report = @report,
           format = @format, updated_at = @updated_at, revision = revision + 1
         WHERE id = @id`,
      ),
      updateStatus: db.prepare(
        `UPDATE plans SET status = @status, meta = json_set(meta, '$.status', @status), updated_at = @updated_at,
           revision = revision + 1
         WHERE id = @id`,
      ),
      deletePlan: db.prepare(`DELETE FROM plans WHERE id = ?`),
      departments: db.prepare(`SELECT DISTINCT name FROM node_departments ORDER BY name`),
      nodeById: db.prepare(
        `SELECT plan_id, node_id, parent_id, kind, number, heading, body FROM nodes WHERE rowid = ?`,
      ),
      nodeForPath: db.prepare(`SELECT parent_id, number, heading FROM nodes WHERE plan_id = ? AND node_id = ?`),
      getSetting: db.prepare(`SELECT value FROM settings WHERE key = ?`),
      setSetting: db.prepare(
        `INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
      ),
      countByStatus: db.prepare(`SELECT count(*) AS n FROM plans WHERE status = ?`),
      sameSource: db.prepare(
        `SELECT id, title, status, source_file, updated_at FROM plans
         WHERE (@text IS NOT NULL AND json_extract(meta, '$.source.textSha256') = @text) OR (@bytes IS NOT NULL AND json_extract(meta, '$.source.sha256') = @bytes)
         ORDER BY updated_at DESC, rowid DESC LIMIT 20`,
      ),
    };
  }

  /**
   * Plans imported from the same document: the same fingerprint of the normalised text (meta.source.textSha256) or
   * the same file bytes (meta.source.sha256, which plans stored before schema 7 also carry). Most recently changed
   * first, at most 20.
   */
  plansFromSameSource(source: { textSha256?: string; sha256?: string } | null | undefined): Array<{ id: string; title: string; status: PlanStatus; sourceFileName: string | null; updatedAt: string }> {
    if (!source?.textSha256 && !source?.sha256) return [];
    const rows = this.stmts.sameSource.all({ text: source.textSha256 ?? null, bytes: source.sha256 ?? null }) as Array<{ id: string; title: string; status: PlanStatus; source_file: string | null; updated_at: string }>;
    return rows.map((r) => ({ id: r.id, title: r.title, status: r.status, sourceFileName: r.source_file, updatedAt: r.updated_at }));
  }

  /**
   * Plans that hold every one of these nodes — same node id, heading and text: the plans a plan-workbench/v1 JSON
   * file was exported from (or imported as), since its import keeps node ids. (Ids alone are not enough: the
   * importer numbers the nodes of every document n0001, n0002 ….) Most recently changed first, at most 20.
   */
  plansHoldingNodes(nodes: Array<{ id: string; heading: string; body: string }>): Array<{ id: string; title: string; status: PlanStatus; sourceFileName: string | null; updatedAt: string }> {
    const some = [...new Map(nodes.map((n) => [n.id, n])).values()].slice(0, 3);
    if (!some.length) return [];
    const rows = this.db
      .prepare(
        // one EXISTS per node: each is a lookup in the (plan_id, node_id) unique index, not a read of the plan's nodes
        `SELECT p.id, p.title, p.status, p.source_file, p.updated_at FROM plans p
         WHERE ${some.map(() => 'EXISTS (SELECT 1 FROM nodes n WHERE n.plan_id = p.id AND n.node_id = ? AND n.heading = ? AND n.body = ?)').join(' AND ')}
         ORDER BY p.updated_at DESC, p.rowid DESC LIMIT 20`,
      )
      .all(...some.flatMap((n) => [n.id, n.heading, n.body])) as Array<{ id: string; title: string; status: PlanStatus; source_file: string | null; updated_at: string }>;
    return rows.map((r) => ({ id: r.id, title: r.title, status: r.status, sourceFileName: r.source_file, updatedAt: r.updated_at }));
  }

  /** Store a plan (one transaction: all or nothing). Returns the new plan id. */
  addPlan(doc: PlanDoc, opts: AddPlanOptions = {}): string {
    const id = opts.id ?? newPlanId();
    const now = new Date().toISOString();
    const meta = { ...doc.meta, status: opts.status ?? doc.meta.status };
    // Tokenize before opening the transaction: keeps the write lock short.
    const prepared = prepareNodes(doc.nodes, { id, status: meta.status, district: meta.district, period: meta.period });

    this.db.transaction(() => {
      this.stmts.insertPlan.run({ id, ...planColumns(doc, meta), created_at: now, updated_at: now });
      this.insertNodes(id, prepared);
      opts.within?.(id);
    }).immediate();
    return id;
  }

  /**
   * Replace a stored plan's metadata, report and node tree (autosave). One immediate
   * transaction: the revision check and the write cannot interleave with another writer.
   * Refused with AppError 'conflict' (details.revision = the stored one) when
   * `baseRevision` is not the stored revision. `created_at` is kept; the search index
   * rows of the plan are rebuilt.
   */
  replacePlan(
    id: string,
    doc: PlanDoc,
    opts: { baseRevision: number; /** Run first inside the transaction, after the revision check (a snapshot of the plan before). */ before?: () => void; /** Run last inside the transaction. */ within?: (saved: { revision: number; updatedAt: string }) => void },
  ): { revision: number; updatedAt: string } {
    const meta = doc.meta;
    const prepared = prepareNodes(doc.nodes, { id, status: meta.status, district: meta.district, period: meta.period });
    return this.db
      .transaction(() => {
        const current = this.revisionOf(id);
        if (current !== opts.baseRevision) throw conflict(id, opts.baseRevision, current);
        opts.before?.();
        const updatedAt = new Date().toISOString();
        // Nodes go with their departments (cascade) and index rows (trigger).
        this.stmts.deleteNodes.run(id);
        this.stmts.updatePlan.run({ id, ...planColumns(doc, meta), updated_at: updatedAt });
        this.insertNodes(id, prepared);
        const saved = { revision: current + 1, updatedAt };
        opts.within?.(saved);
        return saved;
      })
      .immediate();
  }

  /** Change a plan's status (column, meta.status and index facets); bumps the revision. */
  setStatus(id: string, status: PlanStatus): { revision: number; updatedAt: string } {
    return this.db
      .transaction(() => {
        const current = this.revisionOf(id);
        const updatedAt = new Date().toISOString();
        this.stmts.updateStatus.run({ id, status, updated_at: updatedAt });
        this.reindexPlan(id);
        return { revision: current + 1, updatedAt };
      })
      .immediate();
  }

  /** The stored revision of a plan (1 when added, +1 per replacePlan/setStatus). */
  revisionOf(id: string): number {
    const row = this.stmts.revision.get(id) as { revision: number } | undefined;
    if (!row) throw notFound(id);
    return row.revision;
  }

  private insertNodes(planId: string, prepared: PreparedNode[]): void {
    prepared.forEach((p, seq) => {
      const n = p.node;
      const { lastInsertRowid } = this.stmts.insertNode.run({
        plan_id: planId,
        node_id: n.id,
        parent_id: p.parentId,
        position: p.position,
        seq,
        depth: p.depth,
        kind: n.kind,
        number: n.number,
        heading: n.heading,
        body: n.body,
        lead: JSON.stringify(n.lead),
        partners: JSON.stringify(n.partners),
        indicators: JSON.stringify(n.indicators),
        milestones: JSON.stringify(n.milestones),
        themes: JSON.stringify(n.themes),
        unreviewed: n.unreviewed === undefined ? null : n.unreviewed ? 1 : 0,
        extra: extraFields(n),
      });
      this.stmts.insertFts.run(lastInsertRowid, p.h, p.b, p.f);
      for (const name of n.lead) if (name.trim()) this.stmts.insertDept.run(name, lastInsertRowid, 'lead');
      for (const name of n.partners) if (name.trim()) this.stmts.insertDept.run(name, lastInsertRowid, 'partner');
    });
  }

  /** The plan as stored; equals what was added apart from `id`. */
  getPlan(id: string): PlanDoc {
    // The plan row and its nodes from one snapshot: another process's save in between cannot tear the result.
    return this.db.transaction(() => this.readPlan(id))();
  }

  private readPlan(id: string): PlanDoc {
    const row = this.stmts.getPlan.get(id) as PlanRow | undefined;
    if (!row) throw notFound(id);
    const rows = this.stmts.getNodes.all(id) as NodeRow[];
    const roots: PlanNode[] = [];
    const byId = new Map<string, PlanNode>();
    for (const r of rows) {
      const node: PlanNode = {
        id: r.node_id,
        kind: r.kind,
        number: r.number,
        heading: r.heading,
        body: r.body,
        lead: JSON.parse(r.lead),
        partners: JSON.parse(r.partners),
        indicators: JSON.parse(r.indicators),
        milestones: JSON.parse(r.milestones),
        themes: JSON.parse(r.themes),
        children: [],
      };
      if (r.unreviewed !== null) node.unreviewed = r.unreviewed === 1;
      if (r.extra !== null) Object.assign(node, JSON.parse(r.extra));
      byId.set(r.node_id, node);
      // Rows come in pre-order, so a parent is always seen before its children and
      // siblings arrive in position order.
      const siblings = r.parent_id === null ? roots : byId.get(r.parent_id)!.children;
      siblings.push(node);
    }
    const doc: PlanDoc = { format: row.format as typeof FORMAT, id: row.id, meta: JSON.parse(row.meta), nodes: roots };
    if (row.report !== null) doc.report = JSON.parse(row.report);
    return doc;
  }

  listPlans(): PlanSummary[] {
    return (this.stmts.listPlans.all() as Array<PlanRow & { revision: number; based_on: string | null }>).map((r) => ({
      id: r.id,
      title: r.title,
      district: r.district,
      period: r.period_start !== null && r.period_end !== null ? { start: r.period_start, end: r.period_end } : null,
      status: r.status,
      counts: JSON.parse(r.counts),
      sourceFileName: r.source_file,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      basedOn: r.based_on ?? null,
      revision: r.revision,
    }));
  }

  /**
   * Rebuild the index rows of one plan from the stored nodes. Call after changing a
   * plan's status, district or period, or a node's text, kind or departments (the
   * facet tokens are copies), and from a migration when the tokenization changes.
   */
  reindexPlan(id: string): void {
    const row = this.stmts.getPlan.get(id) as PlanRow | undefined;
    if (!row) throw notFound(id);
    const meta = JSON.parse(row.meta) as PlanDoc['meta'];
    const facets: PlanFacets = { id, status: row.status, district: row.district, period: meta.period };
    const rows = this.stmts.getNodes.all(id) as NodeRow[];
    this.db.transaction(() => {
      for (const r of rows) {
        this.stmts.deleteFts.run(r.rowid);
        const f = facetText(facets, r.kind, JSON.parse(r.lead), JSON.parse(r.partners));
        this.stmts.insertFts.run(r.rowid, bigramText(r.heading), bigramText(r.body), f);
      }
    })();
  }

  hasPlan(id: string): boolean {
    return this.stmts.getPlan.get(id) !== undefined;
  }

  deletePlan(id: string): void {
    // Nodes, their departments and their FTS rows go by cascade + trigger.
    const { changes } = this.db.transaction(() => this.stmts.deletePlan.run(id))();
    if (changes === 0) throw notFound(id);
  }

  /** All lead and partner department names in the library, sorted. */
  departments(): string[] {
    return (this.stmts.departments.all() as Array<{ name: string }>).map((r) => r.name);
  }

  /**
   * Full-text search over node headings and bodies. Every whitespace/punctuation-separated
   * term of the query must occur (substring semantics, after NFKC + lower case).
   * Ranked by bm25 with heading hits weighted above body hits.
   */
  /**
   * Every term of the query must occur in a node (substring semantics, see textindex.ts). When a long
   * run of Chinese finds nothing as one phrase ("养老服务平台建设"), it is cut into words with
   * Intl.Segmenter and searched again with each word as a term, so words that stand apart in the text
   * still find their paragraph.
   */
  search(query: string, filters: SearchFilters = {}): SearchHit[] {
    // One read transaction: every query of the search sees the same snapshot (WAL), so a plan another process
    // deletes meanwhile cannot leave a candidate row without its node (found by the soak run).
    return this.db.transaction(() => {
      const hits = this.searchTerms(query, filters);
      if (hits.length) return hits;
      const words = segmentQuery(query);
      return words && words.join(' ') !== query.trim() ? this.searchTerms(words.join(' '), filters) : hits;
    })();
  }

  private searchTerms(query: string, filters: SearchFilters): SearchHit[] {
    const q = ftsQuery(query);
    const limit = Math.max(1, Math.min(MAX_LIMIT, Math.trunc(filters.limit ?? DEFAULT_LIMIT)));
    const f = this.filterMatch(filters);
    if (f === null) return [];
    // No query but a department: the nodes that department leads or works on, in plan order (the library's
    // department filter works without a search term).
    if (!q && filters.department !== undefined && filters.department.trim() !== '') {
      const rows = this.db
        .prepare(`SELECT rowid FROM node_fts WHERE node_fts MATCH ? ORDER BY rowid LIMIT ?`)
        .all(f.replace(/^ AND /, ''), limit) as Array<{ rowid: number }>;
      return this.hits(rows.map((r) => ({ rowid: r.rowid, score: 0 })), []);
    }
    if (!q) return [];
    // With a search term, the kind filter is a column test on each FTS match (newest first, so the LIMITs still
    // stop early): as an FTS facet it intersected the posting list of every node of that kind (task: 40 % of the
    // library), about 1 ms per pass at 2,000 plans.
    const kinds = kindList(filters);
    const fText = kinds ? this.filterMatch({ ...filters, kind: undefined }) ?? '' : f;
    const join = kinds ? ` CROSS JOIN nodes n ON n.rowid = node_fts.rowid` : '';
    const kindWhere = kinds ? ` AND n.kind IN (${kinds.map(() => '?').join(', ')})` : '';
    const kindArgs = kinds ?? [];
    const all = q.all + fText;
    // Pass 1: heading hits — the newest HEADING_CANDIDATES, no bm25 (headings are
    // short): ranked by how much of the heading the query terms cover, then newest first.
    const heads = this.db
      .prepare(
        `SELECT n.rowid, n.heading FROM
           (SELECT node_fts.rowid AS rowid FROM node_fts${join} WHERE node_fts MATCH ?${kindWhere} ORDER BY node_fts.rowid DESC LIMIT ?) x
         JOIN nodes n ON n.rowid = x.rowid`,
      )
      .all(q.heading + fText, ...kindArgs, HEADING_CANDIDATES) as Array<{ rowid: number; heading: string }>;
    const ndls = needles(query);
    const scored = heads.map((h) => {
      const t = h.heading.normalize('NFKC').toLowerCase();
      let covered = 0;
      for (const n of ndls) for (let at = t.indexOf(n); at >= 0; at = t.indexOf(n, at + n.length)) covered += n.length;
      return { rowid: h.rowid, score: -covered / Math.max(1, t.length) };
    });
    scored.sort((a, b) => a.score - b.score || b.rowid - a.rowid);
    const out: Array<{ rowid: number; score: number }> = scored.slice(0, limit);
    if (out.length < limit) {
      // Pass 2: everything else, bm25 over the newest RANK_CANDIDATES matches.
      const seen = new Set(heads.map((r) => r.rowid));
      const bodyRows = this.db
        .prepare(
          `SELECT rowid, score FROM (
             SELECT node_fts.rowid AS rowid, bm25(node_fts, ${BM25_WEIGHTS.join(', ')}) AS score FROM node_fts${join}
             WHERE node_fts MATCH ?${kindWhere} ORDER BY node_fts.rowid DESC LIMIT ?)
           ORDER BY score, rowid DESC LIMIT ?`,
        )
        .all(all, ...kindArgs, RANK_CANDIDATES, limit + seen.size) as Array<{ rowid: number; score: number }>;
      for (const r of bodyRows) {
        if (out.length >= limit) break;
        if (seen.has(r.rowid)) continue;
        out.push(r);
      }
    }
    return this.hits(out, ndls);
  }

  /** Search hits for node rows: plan title, path, and a snippet with the needles marked. */
  private hits(out: Array<{ rowid: number; score: number }>, ndls: string[]): SearchHit[] {
    const planCache = new Map<string, { title: string; district: string | null }>();
    const pathCache = new Map<string, string[]>();
    return out.map(({ rowid, score }) => {
      const r = this.stmts.nodeById.get(rowid) as HitRow;
      let plan = planCache.get(r.plan_id);
      if (!plan) {
        const p = this.stmts.getPlan.get(r.plan_id) as PlanRow;
        plan = { title: p.title, district: p.district };
        planCache.set(r.plan_id, plan);
      }
      const own = label(r.number, r.heading);
      const path = [...this.ancestorPath(r.plan_id, r.parent_id, pathCache)];
      if (own) path.push(own);
      const headingSnip = snippet(r.heading, ndls);
      const bodySnip = headingSnip ? null : snippet(r.body, ndls);
      return {
        planId: r.plan_id,
        planTitle: plan.title,
        district: plan.district,
        nodeId: r.node_id,
        kind: r.kind,
        path,
        field: headingSnip ? 'heading' : 'body',
        // A multi-term query may match terms in different fields; fall back to the body start.
        snippet: headingSnip ?? bodySnip ?? [{ text: r.body.slice(0, 80), hit: false }],
        score,
      } satisfies SearchHit;
    });
  }

  /** Filters as extra FTS5 clauses on the facet column; null when nothing can match. */
  private filterMatch(filters: SearchFilters): string | null {
    const clauses: string[] = [];
    if (filters.district !== undefined) clauses.push(facet.district(filters.district));
    if (filters.status !== undefined) clauses.push(facet.status(filters.status));
    if (filters.planId !== undefined) clauses.push(facet.plan(filters.planId));
    if (filters.department !== undefined) clauses.push(facet.department(filters.department));
    if (filters.kind !== undefined) {
      const kinds = Array.isArray(filters.kind) ? filters.kind : [filters.kind];
      if (!kinds.length) return null;
      clauses.push(`(${kinds.map(facet.kind).join(' OR ')})`);
    }
    if (filters.periodStart !== undefined || filters.periodEnd !== undefined) {
      // Overlap of [periodStart, periodEnd] with a plan's period ⇔ the plan has a year token in it.
      const { lo, hi } = this.stmts.periodRange.get() as { lo: number | null; hi: number | null };
      if (lo === null || hi === null) return null;
      const a = Math.max(lo, Math.trunc(filters.periodStart ?? lo));
      const b = Math.min(hi, Math.trunc(filters.periodEnd ?? hi));
      if (a > b) return null;
      const years: string[] = [];
      for (let y = a; y <= b; y++) years.push(facet.year(y));
      clauses.push(`(${years.join(' OR ')})`);
    }
    return clauses.length ? ` AND f: (${clauses.join(' AND ')})` : '';
  }

  private ancestorPath(planId: string, parentId: string | null, cache: Map<string, string[]>): string[] {
    if (parentId === null) return [];
    const key = planId + '\u0000' + parentId;
    const cached = cache.get(key);
    if (cached) return cached;
    const row = this.stmts.nodeForPath.get(planId, parentId) as { parent_id: string | null; number: string; heading: string };
    const out = [...this.ancestorPath(planId, row.parent_id, cache)];
    const l = label(row.number, row.heading);
    if (l) out.push(l);
    cache.set(key, out);
    return out;
  }

  /** Settings: small JSON values by key (used by seeds, later by preferences). */
  getSetting<T>(key: string): T | undefined {
    const row = this.stmts.getSetting.get(key) as { value: string } | undefined;
    return row ? (JSON.parse(row.value) as T) : undefined;
  }

  setSetting(key: string, value: unknown): void {
    this.stmts.setSetting.run(key, JSON.stringify(value));
  }

  countPlans(status: PlanStatus): number {
    return (this.stmts.countByStatus.get(status) as { n: number }).n;
  }

  close(): void {
    if (this.db.open) this.db.close();
    if (this.readOnly) fs.rmSync(this.readOnly.copyDir, { recursive: true, force: true });
  }
}

function conflict(id: string, baseRevision: number, revision: number): AppError {
  return new AppError(
    'conflict',
    `规划 ${id} 已被修改(当前版本 ${revision},本次保存基于版本 ${baseRevision}),请重新载入后再保存。`,
    { id, baseRevision, revision, en: `Plan ${id} changed since revision ${baseRevision}; the stored revision is ${revision}. Reload and save again.` },
  );
}

export function notFound(id: string): AppError {
  return new AppError('not-found', `找不到规划 ${id}`, { id, en: `No plan with id ${id} in the library.` });
}

/** The kinds a search is limited to, or null for every kind. */
function kindList(filters: SearchFilters): string[] | null {
  if (filters.kind === undefined) return null;
  return Array.isArray(filters.kind) ? filters.kind : [filters.kind];
}

const SEGMENTER = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;

/**
 * Words of a query of four or more Han characters without spaces, or null when there is nothing to cut.
 * One-character words are never terms of their own: a run of them stays one term (宽|带|城市 → 宽带 城市,
 * 一|网|通|办 → nothing to cut), a lone one between longer words is left out. A one-character term is a prefix
 * query over the bigram index (it merges hundreds of posting lists: 110 ms for 一 网 通 办 with three filters at
 * 2,000 plans) and holds for almost any paragraph.
 */
export function segmentQuery(query: string): string[] | null {
  const q = query.trim();
  if (!SEGMENTER || q.length < 4 || /\s/.test(q) || !/\p{Script=Han}{4,}/u.test(q)) return null;
  const words: string[] = [];
  let singles = '';
  const flush = () => {
    if ([...singles].length > 1) words.push(singles);
    singles = '';
  };
  for (const s of SEGMENTER.segment(q)) {
    if (!s.isWordLike) { flush(); continue; }
    if ([...s.segment].length === 1) singles += s.segment;
    else { flush(); words.push(s.segment); }
  }
  flush();
  return words.length > 1 ? words : null;
}

export interface OpenLibraryOptions extends OpenDatabaseOptions {
  dataDir: string;
}

/**
 * Open the library in `dataDir`. A folder this process cannot write (checked first, and recognised again from
 * SQLite's SQLITE_READONLY_* / SQLITE_CANTOPEN on open) gives a read-only Library over a private copy; a
 * read-only folder without a library gives AppError 'read-only'.
 */
export function openLibrary(opts: OpenLibraryOptions): Library {
  const { dataDir, ...dbOpts } = opts;
  const readOnly = (cause: string) => {
    const copy = openReadOnlyCopy(dataDir, dbOpts);
    if (!copy) throw readOnlyError(dataDir, cause);
    return new Library(copy.db, { dataDir, copyDir: copy.copyDir });
  };
  if (fs.existsSync(dataDir) && !isWritableDataDir(dataDir)) return readOnly('not writable');
  try {
    return new Library(openDatabase(dataDir, dbOpts));
  } catch (e) {
    if (isReadOnlyError(e)) return readOnly(String((e as { code?: unknown }).code));
    throw e;
  }
}
