/**
 * What the parts of the review store share (electron/core/review.ts is the facade over them): the storage, the version and compare stores, the clock, and a few small helpers. Plain Node, never imports 'electron'.
 */
import crypto from 'node:crypto';
import { AppError } from '../../../shared/errors.js';
import type { Db } from '../../store/db.js';
import type { PlanStore } from '../../store/types.js';
import type { CompareStore } from '../compare-store.js';
import type { VersionStore } from '../versions.js';

export interface ReviewContext {
  /** The storage: its plans, its tables, its transactions. */
  readonly db: Db;
  readonly plans: PlanStore;
  /** Version snapshots (review rounds, restores). */
  readonly versions: VersionStore;
  /** The compare vectors, refreshed after a change of the text. */
  readonly cmp: CompareStore;
  /** The store's clock (tests set it). */
  now(): Date;
  /** now() as an ISO timestamp. */
  stamp(): string;
}

export function reviewContext(db: Db, cmp: CompareStore, now: () => Date): ReviewContext {
  return { db, plans: db.plans, versions: cmp.versions, cmp, now, stamp: () => now().toISOString() };
}

/** Longest quote an anchor keeps (Anchor.quote in shared/review/model.ts). */
export const MAX_QUOTE = 5000;

export const newId = (prefix: string) => prefix + crypto.randomBytes(9).toString('base64url');

export const notFound = (what: string, id: string, en: string) => new AppError('not-found', `${what} ${id} 不存在`, { id, en });

export async function requirePlan(plans: PlanStore, planId: string): Promise<void> {
  if (!(await plans.hasPlan(planId))) throw notFound('规划', planId, `Plan ${planId} does not exist.`);
}

export const clip = (s: string, n = 16): string => (s.length > n ? s.slice(0, n) + '…' : s);
