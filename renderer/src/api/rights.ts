/**
 * What the page tells about rights on the office server, in words: the owner and shares of a plan (library cards,
 * the editor's header and read-only banner: PlanSharing), and why the account's role may not do something (the
 * tooltip of a greyed button, the toast of a shortcut). Outside the office server there is nothing to tell.
 */
import type { PlanSharing } from '../../../shared/api/contract';
import { roleMay, session } from './session';

type T = (key: string, params?: Record<string, unknown>) => string;

export interface SharingLabel {
  text: string;
  title: string;
  /** for styling and tests: shared-read, shared-edit, mine, owner, none */
  kind: 'shared-read' | 'shared-edit' | 'mine' | 'owner' | 'none';
}

/** One compact line about whose plan it is and who has it; null when there is nothing to say (a reference plan). */
export function sharingLabel(t: T, s: PlanSharing | undefined, status: string): SharingLabel | null {
  if (!s) return null;
  const n = s.sharedWith ?? 0;
  if (s.sharedToMe) {
    const access = t(`share.access.${s.sharedToMe}`);
    const owner = s.owner ?? t('share.badge.noOwner');
    return { text: t('share.badge.sharedToMe', { access, owner }), title: t('share.badge.sharedToMeHint', { access, owner }), kind: s.sharedToMe === 'read' ? 'shared-read' : 'shared-edit' };
  }
  if (s.mine) return n > 0 ? { text: t('share.badge.mineShared', { n }), title: t('share.badge.mineSharedHint', { n }), kind: 'mine' } : { text: t('share.badge.mine'), title: t('share.badge.mineHint'), kind: 'mine' };
  if (s.owner) return { text: n > 0 ? t('share.badge.ownerShared', { owner: s.owner, n }) : t('share.badge.owner', { owner: s.owner }), title: t('share.badge.ownerHint', { owner: s.owner }), kind: 'owner' };
  // no owner: said of drafts (a planner of the district may change them); the reference library needs no word. Those
  // who may share it (the district's planners, admins) are told with how many accounts, as an owner is of their own
  if (status === 'draft' || status === 'review') {
    return n > 0 ? { text: t('share.badge.noOwnerShared', { n }), title: t('share.badge.noOwnerSharedHint', { n }), kind: 'none' } : { text: t('share.badge.noOwner'), title: t('share.badge.noOwnerHint'), kind: 'none' };
  }
  return null;
}

const EXPORTS = new Set(['export.docx', 'export.pdf', 'export.markdown', 'export.preview']);
const COMMENTS = new Set(['review.add', 'review.reply', 'review.edit', 'review.setStatus', 'review.delete', 'review.exportPackage', 'review.importWord']);

/** Why the account's role may not call `method` (one line), or null when it may. */
export function roleRefusal(t: T, method: string): string | null {
  if (roleMay(method)) return null;
  const role = t(`share.role.names.${session.user?.role ?? 'planner'}`);
  const key = EXPORTS.has(method) ? 'noExport' : COMMENTS.has(method) ? 'noComment' : method === 'review.importPackage' ? 'noPackage' : method === 'review.accept' ? 'noAccept' : method === 'compare.pins.set' ? 'noPins' : 'other';
  return t(`share.role.${key}`, { role });
}
