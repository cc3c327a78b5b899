import type { Migration } from './index.js';
import type { PlanDoc } from '../../../shared/model/plan.js';
import { districtKey } from '../../../shared/text/district-key.js';
import { facetText, type NodeRow } from '../library-rows.js';
import { bigramText } from '../textindex.js';

/**
 * 012 — one district however it is written (shared/text/district-key.ts): the district facet token of node_fts is now the
 * hash of the district's key (南嶼縣 and 南屿县 hash alike), no longer of the district as written. A plan whose
 * district is its own key (静安区: most plans) kept the same token; the others (Traditional, full-width, spaced
 * spellings) get their nodes' FTS rows written again, as Library.reindexPlan does: nothing else changes (the plan
 * keeps its district as written, in plans.district and meta.district).
 */
export const migration012: Migration = {
  version: 12,
  name: 'district-key',
  up(db) {
    const plans = db.prepare(`SELECT id, status, district, meta FROM plans WHERE district IS NOT NULL`).all() as Array<{ id: string; status: string; district: string; meta: string }>;
    const nodes = db.prepare(`SELECT rowid, kind, heading, body, lead, partners FROM nodes WHERE plan_id = ? ORDER BY seq`);
    const del = db.prepare(`DELETE FROM node_fts WHERE rowid = ?`);
    const ins = db.prepare(`INSERT INTO node_fts (rowid, h, b, f) VALUES (?, ?, ?, ?)`);
    for (const p of plans) {
      if (districtKey(p.district) === p.district) continue;
      const meta = JSON.parse(p.meta) as PlanDoc['meta'];
      const facets = { id: p.id, status: p.status, district: p.district, period: meta.period ?? null };
      for (const r of nodes.all(p.id) as NodeRow[]) {
        del.run(r.rowid);
        ins.run(r.rowid, bigramText(r.heading), bigramText(r.body), facetText(facets, r.kind, JSON.parse(r.lead), JSON.parse(r.partners)));
      }
    }
  },
};
