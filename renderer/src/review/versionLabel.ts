import type { VersionSummary } from '../../../shared/compare/schema';

type T = (key: string, values?: Record<string, unknown>) => string;

/**
 * A version's name in the UI language: named ones as named, automatic ones by why they were taken (保存前, 状态改为…,
 * 提交第 n 轮审阅…) — 历史 and 对比's 右侧 menu name them alike, so two snapshots of one minute read apart.
 */
export function versionLabel(t: T, v: VersionSummary): string {
  if (v.kind === 'named') return v.name;
  const r = v.reason;
  if (r === 'before-save') return t('history.versions.reasons.beforeSave');
  const status = /^status:(\w+)→(\w+)$/.exec(r);
  if (status) return t('history.versions.reasons.status', { from: t(`status.${status[1]}`), to: t(`status.${status[2]}`) });
  const round = /^review-round:(\d+)$/.exec(r);
  if (round) return t('history.versions.reasons.submit', { n: round[1] });
  const restore = /^before-restore:(\d+)$/.exec(r);
  if (restore) return t('history.versions.reasons.restore', { v: restore[1] });
  return v.name || r;
}
