/**
 * What comparing plans keeps: pins of plan comparisons (compare_pins), the per-plan task vectors for
 * library-wide compare (plan_vectors, packed with term ids from compare_terms) and their inverted index, and a
 * small cache of stored plans for shared/compare. Tables: migrations 003 and 004. Plain Node, never imports
 * 'electron'. The snapshots of plans (versions.* API) are the VersionStore (versions.ts), reachable as `versions`.
 */
import type Database from 'better-sqlite3';
import type { PlanDoc } from '../../shared/model/plan.js';
import type { Pin } from '../../shared/compare/align.js';
import { LibraryIndex, packVectors, taskVectors, vectorTerms, type PackedEntry, type PackedTask, type PlanVectors, type TermIds } from '../../shared/compare/library.js';
import type { Library } from './library.js';
import { VersionStore } from './versions.js';

export class CompareStore {
  private readonly db: Database.Database;
  private readonly lib: Library;
  /** Snapshots of plans (plan_versions). */
  readonly versions: VersionStore;
  private readonly s;

  constructor(lib: Library, versions: VersionStore = new VersionStore(lib)) {
    this.lib = lib;
    this.db = lib.db;
    this.versions = versions;
    const db = this.db;
    this.s = {
      getPins: db.prepare(`SELECT pins FROM compare_pins WHERE left_id = ? AND right_id = ?`),
      setPins: db.prepare(
        `INSERT INTO compare_pins (left_id, right_id, pins, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT(left_id, right_id) DO UPDATE SET pins = excluded.pins, updated_at = excluded.updated_at`,
      ),
      deletePins: db.prepare(`DELETE FROM compare_pins WHERE left_id = ? AND right_id = ?`),
      stale: db.prepare(
        `SELECT p.id, p.revision FROM plans p LEFT JOIN plan_vectors v ON v.plan_id = p.id
         WHERE v.revision IS NULL OR v.revision <> p.revision`,
      ),
      addTerms: db.prepare(`INSERT INTO compare_terms (term) SELECT value FROM json_each(?) WHERE true ON CONFLICT (term) DO NOTHING`),
      termIds: db.prepare(`SELECT id, term FROM compare_terms WHERE term IN (SELECT value FROM json_each(?))`),
      putVectors: db.prepare(
        `INSERT INTO plan_vectors (plan_id, revision, tasks, terms) VALUES (?, ?, ?, ?)
         ON CONFLICT(plan_id) DO UPDATE SET revision = excluded.revision, tasks = excluded.tasks, terms = excluded.terms`,
      ),
      signature: db.prepare(`SELECT count(*) AS n, total(revision) AS r, max(rowid) AS m FROM plan_vectors`),
      vectorRows: db.prepare(`SELECT v.rowid AS rowid, v.plan_id, v.revision, p.title, p.district FROM plan_vectors v JOIN plans p ON p.id = v.plan_id ORDER BY v.rowid`),
      vectorData: db.prepare(`SELECT tasks, terms FROM plan_vectors WHERE rowid = ?`),
    };
  }

  private readonly docs = new Map<string, { revision: number; doc: PlanDoc }>();

  /**
   * The stored plan, the same object while its revision is unchanged, so shared/compare's per-document cache
   * (tokens, vectors) is reused across calls (pin, unpin, compare again). Small LRU.
   */
  plan(planId: string): PlanDoc {
    const revision = this.lib.revisionOf(planId);
    const hit = this.docs.get(planId);
    if (hit && hit.revision === revision) {
      this.docs.delete(planId);
      this.docs.set(planId, hit);
      return hit.doc;
    }
    const doc = this.lib.getPlan(planId);
    this.docs.set(planId, { revision, doc });
    if (this.docs.size > 8) this.docs.delete(this.docs.keys().next().value!);
    return doc;
  }

  getPins(leftId: string, rightId: string): Pin[] {
    const r = this.s.getPins.get(leftId, rightId) as { pins: string } | undefined;
    return r ? JSON.parse(r.pins) : [];
  }

  setPins(leftId: string, rightId: string, pins: Pin[]): void {
    this.lib.revisionOf(leftId);
    this.lib.revisionOf(rightId);
    if (pins.length) this.s.setPins.run(leftId, rightId, JSON.stringify(pins), new Date().toISOString());
    else this.s.deletePins.run(leftId, rightId);
  }

  /** Ids of the given terms in compare_terms (unknown terms are left out). */
  private readonly termIds: TermIds = (terms) => {
    const out = new Map<string, number>();
    for (const r of this.s.termIds.all(JSON.stringify(terms)) as Array<{ id: number; term: string }>) out.set(r.term, r.id);
    return out;
  };

  /** Store a plan's task vectors: new terms into compare_terms, the vectors packed (one transaction). */
  private putVectors(planId: string, revision: number, vectors: PlanVectors): void {
    this.db.transaction(() => {
      const terms = vectorTerms(vectors);
      this.s.addTerms.run(JSON.stringify(terms));
      const packed = packVectors(vectors, this.termIds(terms));
      const blob = Buffer.from(packed.terms.buffer, packed.terms.byteOffset, packed.terms.byteLength);
      this.s.putVectors.run(planId, revision, JSON.stringify(packed.tasks), blob);
    })();
  }

  /** Store the task vectors of one plan (after a save or an import). */
  updateVectors(planId: string): void {
    this.putVectors(planId, this.lib.revisionOf(planId), taskVectors(this.lib.getPlan(planId)));
  }

  /** Compute the vectors of every plan whose row is missing or stale. Returns how many were computed. */
  refreshVectors(): number {
    const stale = this.s.stale.all() as Array<{ id: string; revision: number }>;
    for (const { id, revision } of stale) this.putVectors(id, revision, taskVectors(this.lib.getPlan(id)));
    return stale.length;
  }

  private index: { sig: string; index: LibraryIndex } | null = null;
  /** Packed vectors read so far, by plan id, with the row (rowid, revision) they came from. */
  private readonly packed = new Map<string, { rowid: number; revision: number; entry: PackedEntry }>();

  /**
   * The inverted index over every plan's task vectors: refreshed vectors first, then built once and kept until
   * a plan is added, saved or deleted (the signature of plan_vectors changes). A rebuild reads only the rows
   * that changed since the last one; the index itself is flat arrays built in one pass over the packed vectors.
   */
  libraryIndex(): LibraryIndex {
    this.refreshVectors();
    const s = this.s.signature.get() as { n: number; r: number; m: number | null };
    const sig = `${s.n}:${s.r}:${s.m}`;
    if (this.index && this.index.sig === sig) return this.index.index;
    const rows = this.s.vectorRows.all() as Array<{ rowid: number; plan_id: string; revision: number; title: string; district: string | null }>;
    const live = new Set<string>();
    const entries: PackedEntry[] = [];
    for (const r of rows) {
      live.add(r.plan_id);
      let hit = this.packed.get(r.plan_id);
      if (!hit || hit.rowid !== r.rowid || hit.revision !== r.revision) {
        const data = this.s.vectorData.get(r.rowid) as { tasks: string; terms: Buffer };
        hit = { rowid: r.rowid, revision: r.revision, entry: { planId: r.plan_id, title: r.title, district: r.district, tasks: JSON.parse(data.tasks) as PackedTask[], terms: int32s(data.terms) } };
        this.packed.set(r.plan_id, hit);
      } else if (hit.entry.title !== r.title || hit.entry.district !== r.district) {
        hit.entry = { ...hit.entry, title: r.title, district: r.district };
      }
      entries.push(hit.entry);
    }
    for (const id of [...this.packed.keys()]) if (!live.has(id)) this.packed.delete(id);
    this.index = { sig, index: new LibraryIndex(entries, this.termIds) };
    return this.index.index;
  }
}

/**
 * The int32s of a blob, copied into a plain Int32Array: element access on a view into a Buffer's memory is
 * several times slower in V8, and the index walks every element.
 */
function int32s(b: Buffer): Int32Array {
  const out = new Int32Array(b.byteLength >> 2);
  new Uint8Array(out.buffer).set(b.subarray(0, out.byteLength));
  return out;
}
