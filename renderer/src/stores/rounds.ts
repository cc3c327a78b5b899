/**
 * Review rounds of the plan open in the editor (review.rounds / submit / close), the review package
 * (review.exportPackage / importPackage) and the Word comments import (review.importWord).
 * Submitting and closing change the plan's status (a new revision): the editor saves first and reloads after
 * (review/serverChange.ts).
 */
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { fileToBase64, useApi } from '../api/client';
import type { MergeReport, ReviewRound, WordCommentsReport } from '../../../shared/review/model';
import { saveFirst, withServerChange } from '../review/serverChange';
import { useReview } from './review';

export const PACKAGE_EXTENSION = '.planreview';
export const PACKAGE_MIME = 'application/json;charset=utf-8';

export function isPackageFile(name: string): boolean {
  return name.toLowerCase().endsWith(PACKAGE_EXTENSION);
}
export function isDocxFile(name: string): boolean {
  return name.toLowerCase().endsWith('.docx');
}

export const useRoundsStore = defineStore('rounds', () => {
  const api = () => useApi();
  const planId = ref<string | null>(null);
  /** Oldest first, as review.rounds returns them. */
  const rounds = ref<ReviewRound[]>([]);
  const loading = ref(false);
  const error = ref<string | null>(null);
  let seq = 0;

  /** The round under way (not closed), if any. */
  const open = computed(() => [...rounds.value].reverse().find((r) => r.closedAt === null) ?? null);
  /** The newest round, open or closed: "changes since the round" compares with its version. */
  const latest = computed(() => rounds.value.reduce<ReviewRound | null>((a, r) => (!a || r.round > a.round ? r : a), null));

  async function load(id: string): Promise<void> {
    const my = ++seq;
    if (planId.value !== id) rounds.value = [];
    planId.value = id;
    loading.value = true;
    error.value = null;
    try {
      const list = await api().call('review.rounds', { planId: id });
      if (my === seq) rounds.value = [...list].sort((a, b) => a.round - b.round);
    } catch (e) {
      if (my === seq) error.value = e instanceof Error ? e.message : String(e);
    } finally {
      if (my === seq) loading.value = false;
    }
  }

  function upsert(r: ReviewRound) {
    if (r.planId !== planId.value) return;
    const rest = rounds.value.filter((x) => x.round !== r.round);
    rounds.value = [...rest, r].sort((a, b) => a.round - b.round);
  }

  /** Submit the draft for review: pending edits saved, a snapshot taken, status 'review'. */
  async function submit(id: string, name?: string): Promise<ReviewRound> {
    const r = await withServerChange(id, () => api().call('review.submit', name ? { planId: id, name } : { planId: id }));
    upsert(r);
    return r;
  }

  /** End the open round: status back to 'draft'. */
  async function close(id: string): Promise<ReviewRound> {
    const r = await withServerChange(id, () => api().call('review.close', { planId: id }));
    upsert(r);
    return r;
  }

  /** The review package of a plan (saved first, so the package carries what the planner sees). */
  async function exportPackage(id: string, includeClosed = false) {
    await saveFirst(id);
    return api().call('review.exportPackage', includeClosed ? { planId: id, includeClosed } : { planId: id });
  }

  async function importPackage(file: File): Promise<MergeReport> {
    const report = await api().call('review.importPackage', { fileName: file.name, dataBase64: await fileToBase64(file) });
    useReview().announceChanged(report.planId);
    if (report.planId === planId.value) await load(report.planId);
    return report;
  }

  /** Word comments into annotations of a plan (its pending edits saved first: comments are matched against the stored text). */
  async function importWord(id: string, file: File): Promise<WordCommentsReport> {
    await saveFirst(id);
    const report = await api().call('review.importWord', { planId: id, file: { fileName: file.name, dataBase64: await fileToBase64(file) } });
    useReview().announceChanged(report.planId);
    return report;
  }

  return { planId, rounds, loading, error, open, latest, load, submit, close, exportPackage, importPackage, importWord };
});
