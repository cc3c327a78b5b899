/** prefs.* and review.*: the reviewer's identity, annotations, rounds, review packages, Word comments (../review.ts). */
import type { Handlers, MethodName } from '../../../shared/api/contract.js';
import { decodeBase64, type HandlerContext } from './context.js';

export function reviewHandlers({ review }: HandlerContext): Pick<Handlers, Extract<MethodName, `review.${string}` | `prefs.${string}`>> {
  return {
    'prefs.get': async () => ({ identity: await review.identity() }),
    'prefs.set': async ({ identity }) => ({ identity: await review.setIdentity(identity) }),
    'review.list': async ({ planId }) => review.list(planId),
    'review.add': async ({ planId, ...input }) => review.add(planId, input),
    'review.reply': async ({ planId, annotationId, body }) => review.reply(planId, annotationId, body),
    'review.edit': async ({ planId, annotationId, body, replacement }) => review.edit(planId, annotationId, body, replacement),
    'review.setStatus': async ({ planId, annotationId, status }) => review.setStatus(planId, annotationId, status),
    'review.accept': async ({ planId, annotationId, baseRevision }) => review.accept(planId, annotationId, baseRevision),
    'review.delete': async ({ planId, annotationId }) => {
      await review.delete(planId, annotationId);
      return { ok: true as const };
    },
    'review.submit': async ({ planId, name }) => review.submit(planId, name),
    'review.close': async ({ planId }) => review.close(planId),
    'review.rounds': async ({ planId }) => review.rounds(planId),
    'review.exportPackage': async ({ planId, includeClosed }) => {
      const { fileName, bytes, annotations } = await review.exportPackage(planId, includeClosed ?? false);
      return { fileName, dataBase64: Buffer.from(bytes).toString('base64'), annotations };
    },
    'review.importPackage': async ({ fileName, dataBase64 }) => review.importPackage(fileName, decodeBase64(dataBase64, fileName)),
    'review.importWord': async ({ planId, file }) => review.importWord(planId, file.fileName, decodeBase64(file.dataBase64, file.fileName)),
  };
}
