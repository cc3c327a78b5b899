/**
 * SqliteStore: the PlanStore over the desktop's Library (better-sqlite3, synchronous). Every method calls the
 * Library and resolves with its result; errors (AppError 'conflict', 'not-found' …) become rejections.
 */
import type { PlanDoc, PlanStatus } from '../../shared/model/plan.js';
import { openLibrary, type Library, type OpenLibraryOptions, type SearchFilters } from '../core/library.js';
import { listFilter } from './common.js';
import type { ListFilters, PlanRef, PlanStore, PlanSummary, Saved, SearchHit, StoredPlan } from './types.js';

export class SqliteStore implements PlanStore {
  readonly kind = 'sqlite' as const;

  /** Wraps a library the caller owns (close() closes it). */
  constructor(readonly lib: Library) {}

  static open(opts: OpenLibraryOptions): SqliteStore {
    return new SqliteStore(openLibrary(opts));
  }

  async addPlan(doc: PlanDoc, opts: { status?: PlanStatus; id?: string } = {}): Promise<string> {
    return this.lib.addPlan(doc, opts);
  }

  async replacePlan(id: string, doc: PlanDoc, opts: { baseRevision: number }): Promise<Saved> {
    return this.lib.replacePlan(id, doc, { baseRevision: opts.baseRevision });
  }

  async setStatus(id: string, status: PlanStatus): Promise<Saved> {
    return this.lib.setStatus(id, status);
  }

  async getPlan(id: string): Promise<PlanDoc> {
    return this.lib.getPlan(id);
  }

  async getStored(id: string): Promise<StoredPlan> {
    return this.lib.db.transaction(() => ({ ...this.lib.getPlan(id), id, revision: this.lib.revisionOf(id) }))();
  }

  async revisionOf(id: string): Promise<number> {
    return this.lib.revisionOf(id);
  }

  async hasPlan(id: string): Promise<boolean> {
    return this.lib.hasPlan(id);
  }

  async deletePlan(id: string): Promise<void> {
    this.lib.deletePlan(id);
  }

  async listPlans(filters: ListFilters = {}): Promise<PlanSummary[]> {
    return this.lib.listPlans().filter(listFilter(filters));
  }

  async countPlans(status: PlanStatus): Promise<number> {
    return this.lib.countPlans(status);
  }

  async departments(): Promise<string[]> {
    return this.lib.departments();
  }

  async search(query: string, filters: SearchFilters = {}): Promise<SearchHit[]> {
    return this.lib.search(query, filters);
  }

  async plansFromSameSource(source: { textSha256?: string; sha256?: string } | null | undefined): Promise<PlanRef[]> {
    return this.lib.plansFromSameSource(source);
  }

  async plansHoldingNodes(nodes: Array<{ id: string; heading: string; body: string }>): Promise<PlanRef[]> {
    return this.lib.plansHoldingNodes(nodes);
  }

  async getSetting<T>(key: string): Promise<T | undefined> {
    return this.lib.getSetting<T>(key);
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    this.lib.setSetting(key, value);
  }

  async close(): Promise<void> {
    this.lib.close();
  }
}
