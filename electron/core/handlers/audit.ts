/** audit.list: the audit log written by the office server (../audit.ts); empty in a library never served. */
import type { Handlers } from '../../../shared/api/contract.js';
import { listAudit } from '../audit.js';
import type { HandlerContext } from './context.js';

export function auditHandlers({ db }: HandlerContext): Pick<Handlers, 'audit.list'> {
  return {
    'audit.list': async ({ planId, limit, beforeSeq }) => listAudit(db.sql, { planId, limit, beforeSeq }),
  };
}
