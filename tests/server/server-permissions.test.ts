/**
 * Every API method has a permission on the office server (electron/server/permissions.ts): a method added to the
 * contract without one fails here (and does not compile). And the classification keeps its promises: what changes
 * a plan's text is the planners' (and admins'), reviewers comment, clerks export, backups and accounts are admins'.
 */
import { describe, expect, it } from 'vitest';
import { METHOD_NAMES, METHODS } from '../../shared/api/contract.js';
import { ROLES, SERVER_METHOD_NAMES } from '../../shared/api/server.js';
import { WRITE_METHODS } from '../../electron/core/dispatch.js';
import { METHOD_RULES, SERVER_RULES } from '../../electron/server/permissions.js';
import { canOwn, canRead, canWrite, type Caller, type PlanFacts } from '../../electron/server/access.js';
import { LoginLimiter, lockedMessage } from '../../electron/server/ratelimit.js';

const may = (role: string, m: string) => (METHOD_RULES as Record<string, { roles: readonly string[] }>)[m].roles.includes(role);

describe('permissions', () => {
  it('classify every API method, and nothing else', () => {
    expect(METHOD_NAMES.filter((m) => !Object.hasOwn(METHOD_RULES, m))).toEqual([]);
    expect(Object.keys(METHOD_RULES).filter((m) => !Object.hasOwn(METHODS, m))).toEqual([]);
    expect(SERVER_METHOD_NAMES.filter((m) => !Object.hasOwn(SERVER_RULES, m))).toEqual([]);
    // the server's own methods never shadow an API method
    expect(SERVER_METHOD_NAMES.filter((m) => Object.hasOwn(METHODS, m))).toEqual([]);
    for (const rule of [...Object.values(METHOD_RULES), ...Object.values(SERVER_RULES)]) for (const r of rule.roles) expect(ROLES).toContain(r);
  });

  it('every method that changes the library names the plan it needs, or is a planner/admin/reviewer action by design', () => {
    const planless = [...WRITE_METHODS].filter((m) => METHOD_RULES[m].plan === 'none');
    // creating plans, storing settings, backups: no existing plan to check
    expect(planless.sort()).toEqual(['backup.create', 'backup.restore', 'plan.createBlank', 'plan.importCommit', 'prefs.set', 'trash.setDays']);
  });

  it('reviewers and clerks never change a plan’s text; clerks change nothing', () => {
    const textChanging = ['plan.save', 'plan.delete', 'plan.setStatus', 'plan.importCommit', 'plan.duplicate', 'plan.createBlank', 'plan.createFromTemplate', 'review.accept', 'history.restoreNode', 'history.restorePlan', 'versions.create', 'review.importPackage'];
    for (const m of textChanging) {
      expect(may('reviewer', m), m).toBe(false);
      expect(may('clerk', m), m).toBe(false);
      expect(may('planner', m), m).toBe(true);
      // what the method needs of the plan it names: the right to change it, or (creating a plan) to read its source
      const rule = METHOD_RULES[m as keyof typeof METHOD_RULES];
      if (rule.creates) expect(['none', 'read', 'package'], m).toContain(rule.plan);
      else expect(['write', 'own'], m).toContain(rule.plan);
    }
    expect([...WRITE_METHODS].filter((m) => may('clerk', m))).toEqual([]);
    for (const m of ['review.add', 'review.reply', 'review.setStatus', 'review.importWord']) expect(may('reviewer', m), m).toBe(true);
    for (const m of ['export.docx', 'export.pdf', 'export.markdown', 'export.preview']) expect(may('clerk', m), m).toBe(true);
    for (const m of ['backup.list', 'backup.create', 'backup.restore', 'trash.setDays']) expect(METHOD_RULES[m as 'backup.list'].roles).toEqual(['admin']);
    // the trash follows the delete rule: who may delete a plan may restore it and delete it for good
    for (const m of ['plan.restore', 'plan.purge'] as const) expect(METHOD_RULES[m]).toEqual(METHOD_RULES['plan.delete']);
    for (const m of ['users.list', 'users.add', 'users.update']) expect(SERVER_RULES[m as 'users.add'].roles).toEqual(['admin']);
    expect(METHOD_RULES['prefs.set'].roles).toEqual([]);
  });

  it('the methods that change one annotation name what they need of it; replies and new annotations need only the plan', () => {
    const withAnnotation = Object.entries(METHOD_RULES).filter(([, r]) => r.annotation).map(([m, r]) => [m, r.annotation]);
    expect(withAnnotation.sort()).toEqual([['review.delete', 'delete'], ['review.edit', 'edit'], ['review.setStatus', 'status']]);
    // the input of each carries the plan and the annotation
    for (const [m] of withAnnotation) expect(Object.keys((METHODS[m as 'review.edit'].input as unknown as { shape: object }).shape)).toEqual(expect.arrayContaining(['planId', 'annotationId']));
    expect(METHOD_RULES['review.accept'].plan).toBe('write');
  });

  it('plan access: drafts by district, owner or share; reference plans for all; editing for owners and editors', () => {
    const planner = (id: number, district: string | null): Caller => ({ id, username: `u${id}`, role: 'planner', district });
    const draft = (over: Partial<PlanFacts> = {}): PlanFacts => ({ id: 'p', status: 'draft', district: '杨浦区', ownerId: 1, share: null, ...over });
    const a = planner(1, '杨浦区');
    const sameDistrict = planner(2, '杨浦区');
    const other = planner(3, '静安区');
    expect([canRead(a, draft()), canWrite(a, draft()), canOwn(a, draft())]).toEqual([true, true, true]);
    expect([canRead(sameDistrict, draft()), canWrite(sameDistrict, draft())]).toEqual([true, false]);
    expect(canRead(other, draft())).toBe(false);
    expect(canRead(other, draft({ status: 'review' }))).toBe(false);
    expect(canRead(other, draft({ status: 'reference', ownerId: null }))).toBe(true);
    expect(canRead(other, draft({ status: 'final' }))).toBe(true);
    expect(canWrite(other, draft({ status: 'reference', ownerId: null }))).toBe(false);
    expect([canRead(other, draft({ share: 'read' })), canWrite(other, draft({ share: 'read' }))]).toEqual([true, false]);
    expect([canWrite(other, draft({ share: 'edit' })), canOwn(other, draft({ share: 'edit' }))]).toEqual([true, false]);
    // a draft from before the server (no owner): its district's planners edit it, others do not see it
    expect(canWrite(sameDistrict, draft({ ownerId: null }))).toBe(true);
    expect(canRead(other, draft({ ownerId: null }))).toBe(false);
    const reviewer: Caller = { id: 4, username: 'r', role: 'reviewer', district: '杨浦区' };
    expect([canRead(reviewer, draft()), canWrite(reviewer, draft({ share: 'edit' }))]).toEqual([true, false]);
    const noDistrict = planner(5, null);
    expect(canRead(noDistrict, draft({ district: null, ownerId: null }))).toBe(false);
    const admin: Caller = { id: 6, username: 'a', role: 'admin', district: null };
    expect([canRead(admin, draft()), canWrite(admin, draft()), canOwn(admin, draft())]).toEqual([true, true, true]);
    // one district however it is written (shared/text/district-key.ts): a 楊浦區 plan is 杨浦区's, a 虹口区 one is not
    expect(canRead(sameDistrict, draft({ district: '楊浦區' }))).toBe(true);
    expect([canWrite(sameDistrict, draft({ district: '楊浦區', ownerId: null })), canOwn(sameDistrict, draft({ district: ' 杨浦 区', ownerId: null }))]).toEqual([true, true]);
    expect(canRead(sameDistrict, draft({ district: '虹口区' }))).toBe(false);
    expect(canRead(planner(7, '   '), draft({ district: '   ', ownerId: null }))).toBe(false);
  });
});

describe('login rate limiter', () => {
  it('locks an address that tries many account names, forgets failures outside the window, caps the back-off', () => {
    let t = 0;
    const l = new LoginLimiter({ perAccount: 3, perAddress: 5, windowMs: 10_000, lockMs: 1_000, maxLockMs: 4_000 }, () => t);
    // five different names from one address: the address is locked, each name is not
    for (let i = 0; i < 5; i++) l.fail(`name${i}`, '10.0.0.9');
    expect(l.lockedFor('someone-else', '10.0.0.9')).toBe(1_000);
    expect(l.lockedFor('name0', '10.0.0.10')).toBe(0);
    // failures spread wider than the window never add up to a lock
    t = 100_000;
    for (let i = 0; i < 6; i++) {
      l.fail('slow', '10.0.0.11');
      t += 6_000;
    }
    expect(l.lockedFor('slow', '10.0.0.12')).toBe(0);
    // locks double up to the cap: 1 s, 2 s, 4 s, 4 s
    const waits: number[] = [];
    for (let k = 0; k < 4; k++) {
      for (let i = 0; i < 3; i++) l.fail('target', `10.1.0.${k * 3 + i}`);
      waits.push(l.lockedFor('target', '10.2.0.1'));
      t += 5_000;
    }
    expect(waits).toEqual([1_000, 2_000, 4_000, 4_000]);
    expect(lockedMessage(1)).toBe('登录尝试次数过多,请 1 分钟后再试。');
    expect(lockedMessage(60_001)).toBe('登录尝试次数过多,请 2 分钟后再试。');
  });
});
