/**
 * Lint: the plan is checked (shared/lint.ts) LINT_DEBOUNCE_MS after the last change; findings are listed per
 * node, and their quick fixes (one, or all of a rule) and dismissals are undoable commands.
 */
import { computed, shallowRef } from 'vue';
import { FORMAT } from '../../../../shared/model/plan';
import { applyFix as lintApplyFix, applyFixes as lintApplyFixes, dismissTemplateRef, groupFindings, lintPlan, reviewGaps as sharedReviewGaps, type Finding, type Severity } from '../../../../shared/lint';
import type { EditorDocument } from './document';
import { LINT_DEBOUNCE_MS } from './types';
import type { UndoStack } from './undoStack';

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export function useLint(doc: EditorDocument, history: UndoStack) {
  const { meta, nodes, loaded, currentDoc } = doc;
  const { commit, readOnly } = history;
  const findings = shallowRef<Finding[]>([]);
  let lintTimer: ReturnType<typeof setTimeout> | null = null;

  function lintNow() {
    if (lintTimer) { clearTimeout(lintTimer); lintTimer = null; }
    findings.value = loaded.value ? lintPlan(currentDoc()) : [];
  }

  function scheduleLint() {
    if (lintTimer) clearTimeout(lintTimer);
    lintTimer = setTimeout(() => { lintTimer = null; lintNow(); }, LINT_DEBOUNCE_MS);
  }

  /** The problem list: half-width punctuation grouped per node (shared/lint.ts groupFindings). */
  const listFindings = computed(() => groupFindings(findings.value));

  /** Per node: number of hints (as the problem list counts them) and the worst severity. */
  const findingsByNode = computed(() => {
    const map = new Map<string, { count: number; severity: Severity }>();
    for (const f of listFindings.value) {
      if (!f.nodeId) continue;
      const cur = map.get(f.nodeId);
      if (!cur) map.set(f.nodeId, { count: 1, severity: f.severity });
      else {
        cur.count++;
        if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[cur.severity]) cur.severity = f.severity;
      }
    }
    return map;
  });

  /**
   * Apply a finding's quick fix as an undoable command. The finding is checked against a fresh lint of
   * the current text first (lint runs debounced, the text may have moved on); a stale one is ignored.
   */
  function applyFix(f: Finding): boolean {
    if (!f.fix || !loaded.value || readOnly.value) return false;
    const now = lintPlan(currentDoc());
    const fresh = (f.members ? groupFindings(now) : now).find((x) => x.id === f.id && x.fix && x.fix.replacement === f.fix!.replacement);
    if (!fresh) { lintNow(); return false; }
    // a quick fix is mechanical: the node keeps its 未复核 flag (shared/tree.ts EditOrigin)
    const fixed = lintApplyFix(currentDoc(), fresh);
    commit('fix', { meta: fixed.meta, nodes: fixed.nodes }, fresh.nodeId ? { select: fresh.nodeId } : {});
    lintNow();
    return true;
  }

  /** Apply every quick fix of `rule` (all rules when null) in one undo step. Returns how many. */
  function applyAllFixes(rule: Finding['rule'] | null = null): number {
    if (!loaded.value || readOnly.value) return 0;
    const todo = lintPlan(currentDoc()).filter((f) => f.fix && f.range && (rule === null || f.rule === rule));
    if (!todo.length) return 0;
    const fixed = lintApplyFixes(currentDoc(), todo);
    commit('fix-all', { meta: fixed.meta, nodes: fixed.nodes });
    lintNow();
    return todo.length;
  }

  /** Keep a reference the template copy kept as written (dismiss its 'template-reference' hint); undoable. */
  function dismissFinding(f: Finding): boolean {
    if (!loaded.value || readOnly.value || f.rule !== 'template-reference') return false;
    const next = dismissTemplateRef(currentDoc(), f);
    if (next.meta === meta.value) return false;
    commit('dismiss', { meta: next.meta, nodes: nodes.value });
    lintNow();
    return true;
  }

  /** Nodes still 未复核 and template references not yet checked (export and 提交审阅 ask when there are any). */
  const reviewGaps = computed(() => (meta.value ? sharedReviewGaps({ format: FORMAT, meta: meta.value, nodes: nodes.value }) : { unreviewed: 0, references: 0 }));

  /** Another plan: no pending check, no findings. */
  function reset() {
    if (lintTimer) clearTimeout(lintTimer);
    lintTimer = null;
    findings.value = [];
  }

  return { findings, listFindings, findingsByNode, lintNow, scheduleLint, applyFix, applyAllFixes, dismissFinding, reviewGaps, reset };
}
