/**
 * Open the review composer from a button, a menu or Ctrl+Alt+M — or say in one line why not: the account's role may
 * not comment (the office server's clerk: the server would refuse review.add), or nothing is selected to anchor to.
 */
import { useI18n } from 'vue-i18n';
import type { AnnotationKind } from '../stores/review';
import { roleRefusal } from '../api/rights';
import { useReview } from '../stores/review';
import { useToasts } from '../stores/toasts';

export function useStartDraft() {
  const { t } = useI18n();
  const review = useReview();
  const toasts = useToasts();
  return (kind: AnnotationKind, opts: { whole?: boolean; nodeId?: string } = {}): boolean => {
    const refusal = roleRefusal(t, 'review.add');
    if (refusal) {
      toasts.info(refusal);
      return false;
    }
    if (review.startDraft(kind, opts)) return true;
    toasts.info(t(kind === 'suggestion' ? 'review.composer.needSelection' : 'review.errors.noSelection'));
    return false;
  };
}
