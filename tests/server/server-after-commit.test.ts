/**
 * The office server never answers an error for a write the core committed (docs/reliability.md › An error never
 * hides a committed write): its own steps after the core's answer — the server's records after a restore, the new
 * plan's owner, the live event streams — fail here on purpose (stubbed), and the answer is ok with a warning, the
 * library holding the write once. Real HTTP on 127.0.0.1 over a temporary SQLite library.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Envelope } from '../../shared/api/contract.js';
import { CSRF_HEADER } from '../../shared/api/server.js';
import { createCore, type Core } from '../../electron/core/core.js';
import { startOfficeServer, type OfficeServer } from '../../electron/server/server.js';
import { PlanAccess } from '../../electron/server/access.js';
import { PersonalStore } from '../../electron/server/personal.js';
import { LiveEvents } from '../../electron/server/events.js';
import { tempDirs } from '../helpers/temp.js';

const tempDir = tempDirs('pw-server-after-commit-');
const PW = 'a-long-password-一二三';
let core: Core;
let server: OfficeServer;
let cookie = '';
let csrf = '';
const errors: string[] = [];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests read both shapes
async function raw(method: string, input: unknown): Promise<{ status: number; env: any }> {
  const headers: Record<string, string> = { 'content-type': 'application/json', [CSRF_HEADER]: csrf };
  if (cookie) headers.cookie = cookie;
  const res = await fetch(`http://127.0.0.1:${server.port}/api/${method}`, { method: 'POST', headers, body: JSON.stringify(input) });
  return { status: res.status, env: (await res.json()) as Envelope<unknown> };
}
async function login(): Promise<void> {
  cookie = '';
  const res = await fetch(`http://127.0.0.1:${server.port}/api/auth.login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: PW }),
  });
  const env = (await res.json()) as { ok: boolean; result: { csrf: string } };
  expect(env.ok).toBe(true);
  cookie = res.headers.get('set-cookie')!.split(';')[0];
  csrf = env.result.csrf;
}
const call = raw;
const titles = async () => ((await call('library.list', {})).env.result as Array<{ title: string }>).map((p) => p.title);

beforeAll(async () => {
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void errors.push(a.map(String).join(' ')));
  core = await createCore({ dataDir: tempDir(), seedsDir: null, host: 'test', logError: () => {} });
  server = await startOfficeServer({ core, port: 0 });
  await server.accounts.add({ username: 'admin', role: 'admin', password: PW, displayName: '管理员' });
  await login();
}, 60_000);

afterAll(async () => {
  await server?.close();
  core?.close();
  vi.restoreAllMocks();
});

describe('a step after the commit fails', () => {
  it('plan.createBlank whose owner cannot be recorded: ok with a warning, the plan stored once', async () => {
    const spy = vi.spyOn(PlanAccess.prototype, 'setOwner').mockRejectedValueOnce(new Error('database or disk is full'));
    const a = await call('plan.createBlank', { title: '所有者未记录的计划', district: '杨浦区', period: { start: 2027, end: 2029 } });
    spy.mockRestore();
    expect(a.status).toBe(200);
    expect(a.env.ok).toBe(true);
    expect(typeof a.env.result.id).toBe('string');
    expect(a.env.warnings).toEqual([
      {
        code: 'after-commit',
        message: '规划已保存,但未能记录您为其所有者;本区的规划人员可以编辑它,请联系管理员补记。',
        details: { step: `recording the owner of plan ${a.env.result.id}`, en: `The change was saved, but recording the owner of plan ${a.env.result.id} failed.` },
      },
    ]);
    expect((await titles()).filter((t) => t === '所有者未记录的计划')).toHaveLength(1);
  });

  it('backup.restore whose sessions cannot be ended afterwards: ok with a warning (not an internal error), the library restored', async () => {
    const made = (await call('backup.create', {})).env.result as { name: string };
    expect((await call('plan.createBlank', { title: '备份之后的计划', district: '杨浦区', period: { start: 2027, end: 2029 } })).env.ok).toBe(true);
    const spy = vi.spyOn(PersonalStore.prototype, 'endAllSessions').mockRejectedValueOnce(new Error('disk I/O error'));
    const r = await call('backup.restore', { name: made.name });
    spy.mockRestore();
    expect(r.status).toBe(200);
    expect(r.env.ok).toBe(true);
    expect(r.env.result).toMatchObject({ restored: made.name });
    expect(r.env.warnings).toEqual([
      {
        code: 'after-commit',
        message: '备份已恢复,但服务器未能结束所有会话或核对账户;请所有用户重新登录,并由管理员核对账户。',
        details: { step: "the server's own records", en: "The change was saved, but the server's own records failed." },
      },
    ]);
    await login();
    const now = await titles();
    expect(now).toContain('所有者未记录的计划');
    expect(now).not.toContain('备份之后的计划');
  });

  it('plan.save whose live event cannot be announced: ok, the save stored, nothing but a line in the log', async () => {
    const { id } = (await call('plan.createBlank', { title: '直播事件失败的计划', district: '杨浦区', period: { start: 2027, end: 2029 } })).env.result as { id: string };
    const p = (await call('plan.get', { id })).env.result;
    const { id: _id, revision, may: _may, sharing: _sharing, ...doc } = p;
    doc.nodes[0].heading = '保存后广播失败';
    const spy = vi.spyOn(LiveEvents.prototype, 'changed').mockImplementationOnce(() => {
      throw new Error('stream broken');
    });
    errors.length = 0;
    const s = await call('plan.save', { id, doc, baseRevision: revision });
    spy.mockRestore();
    expect(s.env).toMatchObject({ ok: true, result: { revision: revision + 1 } });
    expect(s.env.warnings).toBe(undefined);
    expect((await call('plan.get', { id })).env.result.nodes[0].heading).toBe('保存后广播失败');
    // the next call is answered as usual (the connection was not destroyed)
    expect((await call('library.list', {})).env.ok).toBe(true);
    expect(errors.some((e) => /plan\.save: announcing the change to the live event streams failed after the write was committed/.test(e))).toBe(true);
  });

  it('plan.share whose list cannot be read again after the share is stored: ok with a warning and the list as it must be now', async () => {
    await server.accounts.add({ username: 'zhang', role: 'planner', district: '杨浦区', password: PW, displayName: '张规划' });
    await server.accounts.add({ username: 'Li', role: 'planner', district: '静安区', password: PW, displayName: '李规划' });
    const { id: planId } = (await call('plan.createBlank', { title: '共享的计划', district: '杨浦区', period: { start: 2027, end: 2029 } })).env.result as { id: string };
    expect((await call('plan.share', { planId, username: 'zhang', access: 'read' })).env.result).toEqual([{ username: 'zhang', access: 'read' }]);
    // the first read of the shares after the share is stored fails
    const realShares = PlanAccess.prototype.shares;
    const realShare = PlanAccess.prototype.share;
    let stored = false;
    let failed = 0;
    const shareSpy = vi.spyOn(PlanAccess.prototype, 'share').mockImplementation(async function (this: PlanAccess, ...args: Parameters<PlanAccess['share']>) {
      await realShare.apply(this, args);
      stored = true;
    });
    const sharesSpy = vi.spyOn(PlanAccess.prototype, 'shares').mockImplementation(function (this: PlanAccess, id: string) {
      if (stored && !failed++) return Promise.reject(new Error('disk I/O error'));
      return realShares.call(this, id);
    });
    const a = await call('plan.share', { planId, username: 'Li', access: 'edit' });
    shareSpy.mockRestore();
    sharesSpy.mockRestore();
    expect(failed).toBe(1);
    expect(a.status).toBe(200);
    expect(a.env.result).toEqual([{ username: 'Li', access: 'edit' }, { username: 'zhang', access: 'read' }]);
    expect(a.env.warnings).toEqual([
      {
        code: 'after-commit',
        message: '共享已保存,但未能重新读取共享列表;显示的列表按本次修改推算,刷新后可核对。',
        details: { step: 'reading the shares again', en: 'The share was saved, but the list of shares could not be read again; the list shown is computed from this change.' },
      },
    ]);
    // the list the answer gave is the stored one
    expect((await call('plan.shares', { planId })).env.result).toEqual(a.env.result);
  });
});
