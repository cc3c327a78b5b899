/**
 * The office server per account (electron/server/personal.ts, authorize.ts, permissions.ts `annotation`): who may
 * edit, delete and resolve which annotation; department names, 最近打开 and import jobs per account; and a restored
 * backup ending every session. Real HTTP on 127.0.0.1 over a temporary library with the seeds.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Envelope, PlanSummary, StoredPlan } from '../../shared/api/contract.js';
import { CSRF_HEADER } from '../../shared/api/server.js';
import { walk } from '../../shared/model/plan.js';
import { createCore, type Core } from '../../electron/core/core.js';
import { startOfficeServer, type OfficeServer } from '../../electron/server/server.js';
import { tempDirs } from '../helpers/temp.js';
import { ENGINES, engineCore, engineMissing } from '../helpers/engines.js';

// Every test below runs on both storages of the core (tests/helpers/engines.ts).
describe.each(ENGINES)('%s', (engine) => {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- shadows the core's createCore for this engine
  const createCore = engineCore(engine);
  describe.skipIf(engineMissing(engine))(`on ${engine}`, () => {
    const SEEDS_DIR = path.join(import.meta.dirname, '..', '..', 'seeds');
    const tempDir = tempDirs('pw-server-personal-');
    const PW = 'a-long-password-一二三';

    let core: Core;
    let server: OfficeServer;
    const START = new Date('2026-12-01T08:00:00Z').getTime();
    /** The server's clock: a millisecond later at each reading (two opens are never at the same time). */
    let clock = START;

    interface Answer {
      status: number;
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests read both shapes
      env: any;
      headers: Headers;
    }

    class Client {
      cookie = '';
      csrf = '';
      constructor(readonly username: string) {}
      async login(): Promise<Answer> {
        const a = await this.raw('auth.login', { username: this.username, password: PW });
        const set = a.headers.get('set-cookie');
        if (a.env.ok && set) {
          this.cookie = set.split(';')[0];
          this.csrf = a.env.result.csrf;
        }
        return a;
      }
      async raw(method: string, input: unknown): Promise<Answer> {
        const headers: Record<string, string> = { 'content-type': 'application/json', [CSRF_HEADER]: this.csrf };
        if (this.cookie) headers.cookie = this.cookie;
        const res = await fetch(`http://127.0.0.1:${server.port}/api/${method}`, { method: 'POST', headers, body: JSON.stringify(input) });
        return { status: res.status, env: (await res.json()) as Envelope<unknown>, headers: res.headers };
      }
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      async call<T = any>(method: string, input: unknown): Promise<T> {
        const a = await this.raw(method, input);
        if (!a.env.ok) throw new Error(`${this.username} ${method}: ${a.env.error.code} ${a.env.error.message}`);
        return a.env.result as T;
      }
    }

    const admin = new Client('admin');
    const yang = new Client('yang'); // planner 杨浦区, owner of the draft
    const yang2 = new Client('yang2'); // planner 杨浦区, not the owner
    const jing = new Client('jing'); // planner 静安区
    const rev = new Client('rev'); // reviewer 杨浦区, 杨审核
    const rev2 = new Client('rev2'); // reviewer 杨浦区, 李审核
    const twin = new Client('twin'); // reviewer 杨浦区 with the same display name as rev: 杨审核
    const leaver = new Client('leaver'); // disabled after the backup
    let draftId: string;
    let nodeId: string;
    let heading: string;

    beforeAll(async () => {
      vi.spyOn(console, 'error').mockImplementation(() => {});
      vi.spyOn(console, 'log').mockImplementation(() => {});
      core = await createCore({ dataDir: tempDir(), seedsDir: SEEDS_DIR, host: 'test', logError: () => {} });
      server = await startOfficeServer({ core, port: 0, now: () => new Date(++clock) });
      const acc = server.accounts;
      await acc.add({ username: 'admin', role: 'admin', password: PW, displayName: '管理员' });
      await acc.add({ username: 'yang', role: 'planner', district: '杨浦区', password: PW, displayName: '杨规划' });
      await acc.add({ username: 'yang2', role: 'planner', district: '杨浦区', password: PW, displayName: '杨规划二' });
      await acc.add({ username: 'jing', role: 'planner', district: '静安区', password: PW, displayName: '静规划' });
      await acc.add({ username: 'rev', role: 'reviewer', district: '杨浦区', password: PW, displayName: '杨审核' });
      await acc.add({ username: 'rev2', role: 'reviewer', district: '杨浦区', password: PW, displayName: '李审核' });
      await acc.add({ username: 'twin', role: 'reviewer', district: '杨浦区', password: PW, displayName: '杨审核' });
      await acc.add({ username: 'leaver', role: 'planner', district: '杨浦区', password: PW, displayName: '离职者' });
      for (const c of [admin, yang, yang2, jing, rev, rev2, twin, leaver]) expect((await c.login()).env.ok, c.username).toBe(true);
      draftId = (await yang.call('plan.createBlank', { title: '杨浦区批注测试草案', district: '杨浦区', period: { start: 2027, end: 2029 } })).id;
      const plan = await yang.call<StoredPlan>('plan.get', { id: draftId });
      const { id: _i, revision, ...doc } = plan;
      doc.nodes[0].heading = heading = '推进社区养老服务设施建设';
      nodeId = doc.nodes[0].id;
      await yang.call('plan.save', { id: draftId, doc, baseRevision: revision });
    }, 120_000);

    afterAll(async () => {
      await server?.close();
      core?.close();
      vi.restoreAllMocks();
    });

    const onNode = () => ({ nodeId, field: 'node', start: 0, end: 0, quote: '' });
    const comment = (c: Client, body: string) => c.call('review.add', { planId: draftId, kind: 'comment', anchor: onNode(), body });
    const stored = async (id: string) => (await admin.call('review.list', { planId: draftId })).find((a: { id: string }) => a.id === id);

    describe('annotations: authors, the plan’s editors, admins', () => {
      it('the author is the session’s account: another account with the same display name cannot edit or delete it', async () => {
        const a = await comment(rev, '请补充养老床位指标');
        expect(a.author).toEqual({ name: '杨审核', department: '杨浦区' });
        const before = JSON.stringify(await stored(a.id));
        const edit = await twin.raw('review.edit', { planId: draftId, annotationId: a.id, body: '冒名修改' });
        expect(edit.status).toBe(403);
        expect(edit.env.error).toMatchObject({ code: 'forbidden', message: '只能修改自己添加的批注' });
        const del = await twin.raw('review.delete', { planId: draftId, annotationId: a.id });
        expect(del.env.error).toMatchObject({ code: 'forbidden', message: '只能删除自己添加的批注' });
        expect(JSON.stringify(await stored(a.id))).toBe(before);
        // the author edits their own
        expect((await rev.call('review.edit', { planId: draftId, annotationId: a.id, body: '请补充养老床位数量指标' })).body).toBe('请补充养老床位数量指标');
      });

      it('a reviewer cannot edit, delete or resolve another reviewer’s comment, but may reply to it', async () => {
        const a = await comment(rev, '建议明确牵头单位');
        const before = JSON.stringify(await stored(a.id));
        for (const [m, input] of [
          ['review.edit', { body: '改掉别人的话' }],
          ['review.delete', {}],
          ['review.setStatus', { status: 'resolved' }],
        ] as const) {
          const r = await rev2.raw(m, { planId: draftId, annotationId: a.id, ...input });
          expect(r.status, m).toBe(403);
        }
        expect(JSON.stringify(await stored(a.id))).toBe(before);
        const replied = await rev2.call('review.reply', { planId: draftId, annotationId: a.id, body: '同意' });
        expect(replied.replies.map((r: { author: { name: string }; body: string }) => [r.author.name, r.body])).toEqual([['李审核', '同意']]);
        // the author resolves and reopens their own comment
        expect((await rev.call('review.setStatus', { planId: draftId, annotationId: a.id, status: 'resolved' })).status).toBe('resolved');
        expect((await rev.call('review.setStatus', { planId: draftId, annotationId: a.id, status: 'open' })).status).toBe('open');
      });

      it("the plan's owner sets statuses and rejects or accepts suggestions, but cannot edit or delete a reviewer's words; a planner who may only read cannot set them", async () => {
        const a = await comment(rev, '请核对年度目标');
        const s = await rev.call('review.add', { planId: draftId, kind: 'suggestion', anchor: { nodeId, field: 'heading', start: 0, end: 2, quote: heading.slice(0, 2) }, body: '', replacement: '加快' });
        expect((await yang.call('review.setStatus', { planId: draftId, annotationId: a.id, status: 'resolved' })).status).toBe('resolved');
        expect((await yang.call('review.setStatus', { planId: draftId, annotationId: s.id, status: 'rejected' })).status).toBe('rejected');
        expect((await yang.call('review.setStatus', { planId: draftId, annotationId: s.id, status: 'open' })).status).toBe('open');
        expect((await yang.raw('review.edit', { planId: draftId, annotationId: a.id, body: '规划员改的' })).status).toBe(403);
        expect((await yang.raw('review.delete', { planId: draftId, annotationId: a.id })).status).toBe(403);
        // a planner of the same district reads the draft but may not edit it: no statuses either
        const other = await yang2.raw('review.setStatus', { planId: draftId, annotationId: a.id, status: 'open' });
        expect(other.env.error).toMatchObject({ code: 'forbidden', message: '只有批注的作者或可以修改这份规划的人可以更改批注的状态' });
        expect((await stored(a.id)).status).toBe('resolved');
        const { revision } = await yang.call<StoredPlan>('plan.get', { id: draftId });
        const accepted = await yang.call('review.accept', { planId: draftId, annotationId: s.id, baseRevision: revision });
        expect(accepted.annotation.status).toBe('accepted');
        heading = '加快' + heading.slice(2);
      });

      it('admins may do all; an annotation no account added (desktop, package, Word) is deleted by the plan’s editors, edited by admins only', async () => {
        const a = await comment(rev2, '管理员可以删除');
        expect((await admin.call('review.edit', { planId: draftId, annotationId: a.id, body: '管理员改过' })).body).toBe('管理员改过');
        expect(await admin.call('review.delete', { planId: draftId, annotationId: a.id })).toEqual({ ok: true });
        // added through the core without an account (as the desktop does): signed with the library's identity
        const env = await core.call('review.add', { planId: draftId, kind: 'comment', anchor: onNode(), body: '桌面端的批注' });
        expect(env.ok).toBe(true);
        const id = (env as { result: { id: string } }).result.id;
        expect((await rev.raw('review.edit', { planId: draftId, annotationId: id, body: 'x' })).status).toBe(403);
        expect((await yang.raw('review.edit', { planId: draftId, annotationId: id, body: 'x' })).status).toBe(403);
        expect((await rev.raw('review.delete', { planId: draftId, annotationId: id })).status).toBe(403);
        expect((await yang2.raw('review.delete', { planId: draftId, annotationId: id })).status).toBe(403); // reads, does not edit the plan
        expect(await yang.call('review.delete', { planId: draftId, annotationId: id })).toEqual({ ok: true });
        expect(await stored(id)).toBeUndefined();
      });

      it("a review package cannot change the text of another account's annotation; new replies and annotations merge", async () => {
        const a = await comment(rev, '包内不得篡改的批注');
        const pkg = await yang.call('review.exportPackage', { planId: draftId });
        const json = JSON.parse(Buffer.from(pkg.dataBase64, 'base64').toString('utf8'));
        const forged = structuredClone(json);
        const target = forged.annotations.find((x: { id: string }) => x.id === a.id);
        target.body = '篡改后的批注';
        target.updatedAt = '2099-01-01T00:00:00.000Z';
        const before = JSON.stringify(await stored(a.id));
        const r = await yang.raw('review.importPackage', { fileName: 'forged.planreview', dataBase64: Buffer.from(JSON.stringify(forged)).toString('base64') });
        expect(r.status).toBe(403);
        expect(r.env.error.code).toBe('forbidden');
        expect(JSON.stringify(await stored(a.id))).toBe(before);
        // a reply from outside the server is fine
        const withReply = structuredClone(json);
        withReply.annotations.find((x: { id: string }) => x.id === a.id).replies.push({ id: 'r_outside1', author: { name: '外部审阅人', department: '' }, body: '已阅', createdAt: '2027-01-02T00:00:00.000Z' });
        const ok = await yang.call('review.importPackage', { fileName: 'reply.planreview', dataBase64: Buffer.from(JSON.stringify(withReply)).toString('base64') });
        expect(ok).toMatchObject({ mode: 'merged', updated: 1 });
        // the admin may merge anything
        expect((await admin.raw('review.importPackage', { fileName: 'forged.planreview', dataBase64: Buffer.from(JSON.stringify(forged)).toString('base64') })).env.ok).toBe(true);
        expect((await stored(a.id)).body).toBe('篡改后的批注');
      });
    });

    describe('per account: departments, 最近打开, import jobs', () => {
      it('library.departments lists only the departments of plans the caller may read', async () => {
        const secret = '静安区量子养老试点办公室';
        const id = (await jing.call('plan.createBlank', { title: '静安区草案', district: '静安区', period: { start: 2027, end: 2029 } })).id;
        const plan = await jing.call<StoredPlan>('plan.get', { id });
        const { id: _i, revision, ...doc } = plan;
        const first = [...walk(doc.nodes)].find((w) => w.node.kind !== 'part')?.node ?? doc.nodes[0];
        first.lead = [secret];
        await jing.call('plan.save', { id, doc, baseRevision: revision });
        expect(await jing.call('library.departments', {})).toContain(secret);
        expect(await admin.call('library.departments', {})).toContain(secret);
        const yangs: string[] = await yang.call('library.departments', {});
        expect(yangs).not.toContain(secret);
        // the reference plans' departments are everybody's
        const refDepts: string[] = [];
        for (const ref of (await yang.call<PlanSummary[]>('library.list', {})).filter((p) => p.status === 'reference')) {
          const refDoc = await yang.call<StoredPlan>('plan.get', { id: ref.id });
          refDepts.push(...[...walk(refDoc.nodes)].flatMap((w) => [...w.node.lead, ...w.node.partners]));
        }
        expect(refDepts.length).toBeGreaterThan(0);
        for (const d of refDepts) expect(yangs).toContain(d);
        // sorted by code point, as the library sorts them
        expect(yangs).toEqual([...yangs].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))));
        // shared to read: its departments appear
        await jing.call('plan.share', { planId: id, username: 'yang', access: 'read' });
        expect(await yang.call('library.departments', {})).toContain(secret);
        await jing.call('plan.share', { planId: id, username: 'yang', access: 'none' });
      });

      it('最近打开 is each account’s own', async () => {
        const refs = (await admin.call<PlanSummary[]>('library.list', {})).filter((p) => p.status === 'reference');
        const [a, b] = [refs[0].id, refs[1].id];
        await yang.call('library.opened', { id: a });
        await rev.call('library.opened', { id: b });
        await yang.call('library.opened', { id: draftId });
        expect((await yang.call('library.recent', {})).map((p: { id: string }) => p.id)).toEqual([draftId, a]);
        expect((await rev.call('library.recent', {})).map((p: { id: string }) => p.id)).toEqual([b]);
        expect(await jing.call('library.recent', {})).toEqual([]);
        const first = (await yang.call('library.recent', {}))[0];
        expect(first).toMatchObject({ id: draftId, title: '杨浦区批注测试草案' });
        expect(Date.parse(first.openedAt)).toBeGreaterThan(START);
        // a plan the caller cannot read cannot be recorded (not-found, as for a missing plan)
        expect((await jing.raw('library.opened', { id: draftId })).env.error.code).toBe('not-found');
        expect((await jing.raw('library.opened', { id: 'no-such-plan' })).env.error.code).toBe('not-found');
      });

      it("plan.importCancel reaches only the caller's own import: another account's cancel neither stops it nor is told it runs", async () => {
        const f = fs.readdirSync(SEEDS_DIR).filter((n) => n.endsWith('.txt')).sort()[0];
        const file = { fileName: f, dataBase64: fs.readFileSync(path.join(SEEDS_DIR, f)).toString('base64') };
        // cancelled before it starts, by someone else: jing's import still runs
        expect(await yang.call('plan.importCancel', { jobId: 'job-early' })).toEqual({ cancelled: false });
        const early = await jing.raw('plan.importPreview', { ...file, jobId: 'job-early' });
        expect(early.env.ok).toBe(true);
        // while it runs
        const running = jing.raw('plan.importPreview', { ...file, jobId: 'job-running' });
        await new Promise((r) => setTimeout(r, 30));
        expect(await yang.call('plan.importCancel', { jobId: 'job-running' })).toEqual({ cancelled: false });
        expect((await running).env.ok).toBe(true);
        // one job id in use twice by the same account is refused (the message names the client's id), not across accounts
        const first = jing.raw('plan.importPreview', { ...file, jobId: 'job-dup' });
        await new Promise((r) => setTimeout(r, 30));
        const [again, others] = await Promise.all([jing.raw('plan.importPreview', { ...file, jobId: 'job-dup' }), yang.raw('plan.importPreview', { ...file, jobId: 'job-dup' })]);
        expect(again.env.error).toMatchObject({ code: 'invalid-input', message: '导入任务编号 job-dup 已在使用中', details: { jobId: 'job-dup' } });
        expect(others.env.ok).toBe(true);
        expect((await first).env.ok).toBe(true);
        // the account's own cancel still works (here: before its import starts)
        expect(await jing.call('plan.importCancel', { jobId: 'job-own' })).toEqual({ cancelled: false });
        const own = await jing.raw('plan.importPreview', { ...file, jobId: 'job-own' });
        expect(own.env.error.code).toBe('cancelled');
      });

      it("export.cancel reaches only the caller's own PDF export or page preview: another account's cancel of the same job id neither stops it nor is told it runs", async () => {
        // LibreOffice stood in for by a script that fails at once: an export that ran answers 'convert-failed'
        const dir = tempDir();
        const stub = path.join(dir, 'soffice');
        fs.writeFileSync(stub, '#!/bin/sh\necho "cannot convert" >&2\nexit 1\n');
        fs.chmodSync(stub, 0o755);
        const saved = process.env.PW_SOFFICE;
        const savedPdftoppm = process.env.PW_PDFTOPPM;
        process.env.PW_SOFFICE = stub;
        try {
          const id = (await jing.call('library.list', {}))[0].id as string;
          expect(await yang.call('export.cancel', { jobId: 'pdf-early' })).toEqual({ cancelled: false });
          const ran = await jing.raw('export.pdf', { id, jobId: 'pdf-early' });
          expect(ran.env.error.code).toBe('convert-failed');
          // the account's own cancel before its export starts stops it
          expect(await jing.call('export.cancel', { jobId: 'pdf-own' })).toEqual({ cancelled: false });
          const own = await jing.raw('export.pdf', { id, jobId: 'pdf-own' });
          expect(own.env.error).toMatchObject({ code: 'cancelled', message: '已取消导出 PDF,没有生成文件' });
          // the page preview's job the same (pdftoppm is never reached: it only has to exist)
          process.env.PW_PDFTOPPM = stub;
          expect(await yang.call('export.cancel', { jobId: 'preview-early' })).toEqual({ cancelled: false });
          expect((await jing.raw('export.preview', { id, jobId: 'preview-early' })).env.error.code).toBe('convert-failed');
          expect(await jing.call('export.cancel', { jobId: 'preview-own' })).toEqual({ cancelled: false });
          const ownPreview = await jing.raw('export.preview', { id, jobId: 'preview-own' });
          expect(ownPreview.env.error).toMatchObject({ code: 'cancelled', message: '已停止 LibreOffice 排版,没有生成页面图像' });
        } finally {
          if (saved === undefined) delete process.env.PW_SOFFICE;
          else process.env.PW_SOFFICE = saved;
          if (savedPdftoppm === undefined) delete process.env.PW_PDFTOPPM;
          else process.env.PW_PDFTOPPM = savedPdftoppm;
        }
      });
    });

    // a PostgreSQL library has no backups of the app's own (pg_dump backs it up)
    describe.skipIf(engine === 'postgres')('backup.restore on the server', () => {
      it('brings the plans back, keeps the accounts and the audit log as they were, ends every session (also the ones the backup holds) and tells the admin', async () => {
        const made = await admin.call('backup.create', {});
        // after the backup: a plan, an account and a new password; leaver is disabled (their session ends); rev logs out
        const later = (await yang.call('plan.createBlank', { title: '备份之后的草案', district: '杨浦区', period: { start: 2027, end: 2029 } })).id;
        await admin.call('users.add', { username: 'newcomer', role: 'reviewer', district: '杨浦区', password: PW, displayName: '新同事' });
        await yang.call('auth.passwd', { oldPassword: PW, newPassword: PW + '新' });
        await admin.call('users.update', { username: 'leaver', disabled: true });
        expect((await leaver.raw('auth.me', {})).status).toBe(401);
        const revCookie = rev.cookie;
        await rev.call('auth.logout', {});
        const r = await admin.raw('backup.restore', { name: made.name });
        expect(r.env.ok).toBe(true);
        expect(r.env.result).toMatchObject({ restored: made.name, accountsKept: true, accountsChanged: [] });
        expect(r.env.result.sessionsEnded).toBeGreaterThanOrEqual(8); // the backup held a session of each of the eight accounts
        expect(r.env.result.notice).toBe('备份已恢复,所有用户(包括您)已退出登录,须重新登录。账户、密码和审计记录保持恢复前的状态,不随备份回退。');
        expect(r.headers.get('set-cookie')).toMatch(/Max-Age=0/);
        // nobody's old cookie works: not the admin's, not the sessions the backup held (leaver's, rev's ended one)
        for (const c of [admin, yang, jing, leaver]) expect((await c.raw('auth.me', {})).status, c.username).toBe(401);
        rev.cookie = revCookie;
        expect((await rev.raw('auth.me', {})).status).toBe(401);
        // the accounts as they were just before: leaver stays disabled, newcomer exists, yang's new password holds
        expect((await leaver.login()).env.error.code).toBe('unauthorized');
        expect((await new Client('newcomer').login()).env.ok).toBe(true);
        expect((await yang.login()).env.ok).toBe(false);
        expect((await admin.login()).env.ok).toBe(true);
        // the plans as in the backup
        expect((await admin.raw('plan.get', { id: later })).env.error.code).toBe('not-found');
        expect((await admin.call('plan.get', { id: draftId })).id).toBe(draftId);
        // the audit log keeps what happened after the backup, and the restore itself
        const log: Array<{ method: string; user: string | null }> = await admin.call('audit.list', {});
        const methods = log.map((e) => `${e.method} ${e.user}`);
        for (const m of ['users.update admin', 'users.add admin', 'auth.passwd yang', 'plan.createBlank yang', 'backup.restore admin']) expect(methods, m).toContain(m);
      }, 60_000);
    });
  });
});
