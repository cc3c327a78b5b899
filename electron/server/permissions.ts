/**
 * Who may call what on the office server: every API method (shared/api/contract.ts METHODS) and every server
 * method (shared/api/server.ts) has a rule. The maps are typed over all method names, so a method added to the
 * contract without a rule here does not compile (and tests/server/server-permissions.test.ts fails).
 *
 * A rule says which roles may call the method and what it needs of the plans it names:
 *   none     no plan (or the method names none)
 *   read     the plan(s) in id / planId / leftId / rightId / templateId must be readable by the caller
 *   write    the plan in id / planId must be editable by the caller (the other ids readable)
 *   own      like write, but a share to edit is not enough: the owner, a planner of the plan's district when it has
 *            no owner, or an admin (plan.delete, plan.share)
 *   audit    audit.list: with planId, read; without, admins only
 *   package  review.importPackage: the package's plan must be editable when it is in the library; else a new plan
 * `creates`: the call makes a plan (its id in the result), owned by the caller.
 * `filter`: the result lists plans or hits of several plans: what the caller cannot read is left out.
 * `annotation`: the call changes one annotation (annotationId), which needs more than the plan's rule
 * (./authorize.ts; the author is the account that added it, recorded by the server, ./personal.ts):
 *   edit     its author; admins
 *   delete   its author; admins; an annotation no account added (desktop, review package, Word) also the plan's editors
 *   status   its author; the plan's editors (the owner, edit shares); admins
 * Replies (review.reply) need only the plan's rule: everyone who may comment may reply.
 *
 * Roles (README, docs/security.md):
 *   planner   drafts: creates plans, edits the drafts they own or are given to edit; comments; exports
 *   reviewer  reads and comments / suggests (review.*), cannot change a plan's text (no plan.save)
 *   clerk     reads and exports the official documents
 *   admin     everything, accounts and backups
 */
import type { MethodName } from '../../shared/api/contract.js';
import type { Role, ServerMethodName } from '../../shared/api/server.js';

export type PlanNeed = 'none' | 'read' | 'write' | 'own' | 'audit' | 'package';

export interface Rule {
  roles: readonly Role[];
  plan: PlanNeed;
  creates?: true;
  filter?: true;
  annotation?: 'edit' | 'delete' | 'status';
}

const ALL: readonly Role[] = ['planner', 'reviewer', 'clerk', 'admin'];
const PLANNER: readonly Role[] = ['planner', 'admin'];
const COMMENT: readonly Role[] = ['planner', 'reviewer', 'admin'];
const EXPORT: readonly Role[] = ['planner', 'clerk', 'admin'];
const ADMIN: readonly Role[] = ['admin'];
/** prefs.set: nobody — on the server the signature is the account's name, not a setting of the library. */
const NOBODY: readonly Role[] = [];

export const METHOD_RULES: { readonly [K in MethodName]: Rule } = {
  'app.info': { roles: ALL, plan: 'none', filter: true },
  'library.list': { roles: ALL, plan: 'none', filter: true },
  'library.search': { roles: ALL, plan: 'none', filter: true },
  'library.recent': { roles: ALL, plan: 'none', filter: true },
  'library.opened': { roles: ALL, plan: 'read' },
  // the library's order: each account's own (answered by the server, ./personal.ts)
  'library.sort': { roles: ALL, plan: 'none' },
  'library.setSort': { roles: ALL, plan: 'none' },
  // Department names (autocomplete) of the plans the caller may read: answered by the server (./personal.ts).
  'library.departments': { roles: ALL, plan: 'none' },
  'plan.importPreview': { roles: PLANNER, plan: 'none' },
  'plan.importCancel': { roles: PLANNER, plan: 'none' },
  'plan.importCommit': { roles: PLANNER, plan: 'none', creates: true },
  'plan.get': { roles: ALL, plan: 'read' },
  'plan.save': { roles: PLANNER, plan: 'write' },
  'plan.delete': { roles: PLANNER, plan: 'own' },
  // the trash follows the delete rule: who may delete a plan may restore it or delete it for good, and sees it there
  'plan.restore': { roles: PLANNER, plan: 'own' },
  'plan.purge': { roles: PLANNER, plan: 'own' },
  'trash.list': { roles: PLANNER, plan: 'none', filter: true },
  'trash.setDays': { roles: ADMIN, plan: 'none' },
  'plan.duplicate': { roles: PLANNER, plan: 'read', creates: true },
  'plan.setStatus': { roles: PLANNER, plan: 'write' },
  'plan.createFromTemplate': { roles: PLANNER, plan: 'read', creates: true },
  'plan.createBlank': { roles: PLANNER, plan: 'none', creates: true },
  'export.docx': { roles: EXPORT, plan: 'read' },
  'export.markdown': { roles: EXPORT, plan: 'read' },
  'export.pdf': { roles: EXPORT, plan: 'read' },
  'export.cancel': { roles: EXPORT, plan: 'none' },
  'export.preview': { roles: EXPORT, plan: 'read' },
  'export.capabilities': { roles: ALL, plan: 'none' },
  'versions.list': { roles: ALL, plan: 'read' },
  'versions.create': { roles: PLANNER, plan: 'write' },
  'versions.get': { roles: ALL, plan: 'read' },
  'compare.plans': { roles: ALL, plan: 'read' },
  'compare.versions': { roles: ALL, plan: 'read' },
  'compare.pins.set': { roles: COMMENT, plan: 'read' },
  'compare.similar': { roles: ALL, plan: 'read', filter: true },
  'prefs.get': { roles: ALL, plan: 'none' },
  'prefs.set': { roles: NOBODY, plan: 'none' },
  'review.list': { roles: ALL, plan: 'read' },
  'review.add': { roles: COMMENT, plan: 'read' },
  'review.reply': { roles: COMMENT, plan: 'read' },
  'review.edit': { roles: COMMENT, plan: 'read', annotation: 'edit' },
  'review.setStatus': { roles: COMMENT, plan: 'read', annotation: 'status' },
  // Accepting a suggestion changes the plan's text.
  'review.accept': { roles: PLANNER, plan: 'write' },
  'review.delete': { roles: COMMENT, plan: 'read', annotation: 'delete' },
  'review.submit': { roles: PLANNER, plan: 'write' },
  'review.close': { roles: PLANNER, plan: 'write' },
  'review.rounds': { roles: ALL, plan: 'read' },
  'review.exportPackage': { roles: COMMENT, plan: 'read' },
  'review.importPackage': { roles: PLANNER, plan: 'package', creates: true },
  'review.importWord': { roles: COMMENT, plan: 'read' },
  'history.list': { roles: ALL, plan: 'read' },
  'history.restoreNode': { roles: PLANNER, plan: 'write' },
  'history.restorePlan': { roles: PLANNER, plan: 'write' },
  'audit.list': { roles: ALL, plan: 'audit' },
  'backup.list': { roles: ADMIN, plan: 'none' },
  'backup.create': { roles: ADMIN, plan: 'none' },
  'backup.restore': { roles: ADMIN, plan: 'none' },
};

export const SERVER_RULES: { readonly [K in ServerMethodName]: Rule } = {
  'auth.login': { roles: ALL, plan: 'none' },
  'auth.logout': { roles: ALL, plan: 'none' },
  'auth.me': { roles: ALL, plan: 'none' },
  'auth.passwd': { roles: ALL, plan: 'none' },
  'users.list': { roles: ADMIN, plan: 'none' },
  // whom to share with: those who may share (plan.share) see the accounts' names, roles and districts
  'users.directory': { roles: PLANNER, plan: 'none' },
  'users.add': { roles: ADMIN, plan: 'none' },
  'users.update': { roles: ADMIN, plan: 'none' },
  // with whom a plan is shared is for those who may share it (planSharing, the audit's share detail)
  'plan.shares': { roles: PLANNER, plan: 'own' },
  'plan.share': { roles: PLANNER, plan: 'own' },
};

/** Server methods that change something: audited, like the core's WRITE_METHODS (and the exports). */
export const AUDITED_SERVER_METHODS: ReadonlySet<ServerMethodName> = new Set<ServerMethodName>(['auth.login', 'auth.passwd', 'users.add', 'users.update', 'plan.share']);
/** Reads worth recording: the official documents leaving the server. */
export const AUDITED_READS: ReadonlySet<MethodName> = new Set<MethodName>(['export.docx', 'export.pdf', 'export.markdown']);

/** The methods a role may call at all (its plans' rights aside): sent with the session (SessionView.methods). */
export function roleMethods(role: Role): string[] {
  const out: string[] = [];
  for (const [m, r] of [...Object.entries(METHOD_RULES), ...Object.entries(SERVER_RULES)] as Array<[string, Rule]>) if (r.roles.includes(role)) out.push(m);
  return out.sort();
}
