/**
 * The office server from the command line, as users run it (the bundle out/cli/plan-workbench.js): users add with
 * --password-stdin, users list / disable, serve refusing a library without an admin, and serve as a process —
 * started on a free port, logged in to over HTTP, stopped with SIGTERM.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI_BIN, ensureCliBundle } from '../helpers/cli-bundle.js';
import { postgresAvailable, startPostgres, type PgCluster } from '../helpers/postgres.js';
import { tempDirs } from '../helpers/temp.js';

const tempDir = tempDirs('pw-serve-');

function run(args: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_BIN, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe('plan-workbench users and serve', () => {
  it('users add / list / disable, and the password only as a scrypt hash', async () => {
    await ensureCliBundle();
    const dir = tempDir();
    const add = await run(['users', 'add', 'wang', '--role', 'planner', '--district', '杨浦区', '--name', '王规划', '--password-stdin', '--data-dir', dir], 'a-long-enough-pw\n');
    expect(add.stderr).toBe('');
    expect(add.code).toBe(0);
    expect(add.stdout).toBe('已创建账户 wang(规划,杨浦区)\n');
    const short = await run(['users', 'add', 'li', '--role', 'clerk', '--password-stdin', '--data-dir', dir], 'short\n');
    expect(short.code).toBe(1);
    expect(short.stderr).toBe('错误: 密码至少 12 个字符(最多 200 个) (invalid-input)\n');
    // an account without a district is made, with a warning: it will not see any district's drafts
    const noDistrict = await run(['users', 'add', 'zhao', '--role', 'clerk', '--password-stdin', '--data-dir', dir], 'a-long-enough-pw\n');
    expect(noDistrict.code).toBe(0);
    expect(noDistrict.stderr).toBe('注意:zhao 没有所属区(--district),只能看到参考规划、定稿和共享给它的规划\n');
    const badRole = await run(['users', 'add', 'li', '--role', 'boss', '--password-stdin', '--data-dir', dir], 'a-long-enough-pw\n');
    expect(badRole.code).toBe(2);
    expect((await run(['users', 'disable', 'wang', '--data-dir', dir])).stdout).toBe('已停用账户 wang\n');
    expect((await run(['users', 'list', '--data-dir', dir])).stdout).toBe('用户名\t角色\t所属区\t显示名\t状态\nwang\tplanner\t杨浦区\t王规划\t(已停用)\nzhao\tclerk\t—\tzhao\n');
    const bytes = fs.readFileSync(path.join(dir, 'library.sqlite'));
    expect(bytes.includes(Buffer.from('a-long-enough-pw'))).toBe(false);
  }, 120_000);

  it('serve refuses to start without an admin account, then serves one started as a process', async () => {
    await serveAsProcess(['--data-dir', tempDir()]);
  }, 120_000);

  describe.runIf(postgresAvailable())('on PostgreSQL (--db)', () => {
    let cluster: PgCluster | null = null;
    afterAll(async () => {
      await cluster?.stop();
    });

    it('users and serve on a PostgreSQL library: the same commands with --db instead of --data-dir', async () => {
      cluster = await startPostgres({ prefix: 'pw-pg-serve-' });
      const url = await cluster.createDatabase('office');
      await serveAsProcess(['--db', url]);
      // the accounts are in PostgreSQL: listed from there, and no library folder was made
      expect((await run(['users', 'list', '--db', url])).stdout).toBe('用户名\t角色\t所属区\t显示名\t状态\nboss\tadmin\t—\tboss\n');
    }, 120_000);

    it('an address that is not PostgreSQL, or a server that cannot be reached, is refused in one line', async () => {
      await ensureCliBundle();
      const wrong = await run(['serve', '--db', 'mysql://x/y']);
      expect(wrong.code).toBe(2);
      expect(wrong.stderr).toMatch(/--db 需要 PostgreSQL 地址/);
      const gone = await run(['users', 'list', '--db', 'postgresql://planner:s3cret@127.0.0.1:1/none']);
      expect(gone.code).toBe(1);
      expect(gone.stderr.startsWith('错误: 无法连接或初始化 PostgreSQL 资料库(postgresql://planner:***@127.0.0.1:1/none)')).toBe(true);
      expect(gone.stderr).not.toContain('s3cret');
      expect(gone.stderr.trim().split('\n')).toHaveLength(1);
    }, 120_000);
  });
});

/** serve refuses a library without an admin; after `users add … --role admin` it serves, logs in, lists the seeds, stops on SIGTERM. */
async function serveAsProcess(where: string[]): Promise<void> {
    await ensureCliBundle();
    const refused = await run(['serve', '--port', '0', ...where]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^错误: 资料库中还没有可用的管理员账户,服务器未启动。请先创建:plan-workbench users add <用户名> --role admin/);
    const badWorkers = await run(['serve', '--port', '0', '--export-workers', '2.5', ...where]);
    expect(badWorkers.code).toBe(2);
    expect(badWorkers.stderr).toContain('--export-workers 需要 0–16 之间的整数,收到 2.5');
    expect((await run(['users', 'add', 'boss', '--role', 'admin', '--password-stdin', ...where], 'boss-password-123\n')).code).toBe(0);

    const child = spawn(process.execPath, [CLI_BIN, 'serve', '--port', '0', ...where], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (c) => (stdout += c));
    const exited = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const t = setTimeout(() => reject(new Error(`no start line: ${stdout}`)), 60_000);
        child.stdout.on('data', () => {
          const m = /已启动: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout);
          if (m) {
            clearTimeout(t);
            resolve(m[1]);
          }
        });
      });
      const anonymous = await fetch(`${url}api/library.list`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(anonymous.status).toBe(401);
      const login = await fetch(`${url}api/auth.login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'boss', password: 'boss-password-123' }) });
      expect(login.status).toBe(200);
      const { result } = (await login.json()) as { result: { csrf: string } };
      const cookie = login.headers.get('set-cookie')!.split(';')[0];
      const list = await fetch(`${url}api/library.list`, { method: 'POST', headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': result.csrf }, body: '{}' });
      const plans = ((await list.json()) as { result: Array<{ id: string }> }).result;
      expect(plans.length).toBe(5); // the seeds
      // a Word export on the server's warm export workers (the bundle's worker entry), twice: the same document
      const exportOnce = async () => {
        const res = await fetch(`${url}api/export.docx`, { method: 'POST', headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': result.csrf }, body: JSON.stringify({ id: plans[0].id }) });
        return Buffer.from(((await res.json()) as { result: { dataBase64: string } }).result.dataBase64, 'base64');
      };
      const [a, b] = [await exportOnce(), await exportOnce()];
      expect(a.subarray(0, 2).toString('latin1')).toBe('PK');
      expect(a.equals(b)).toBe(true);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(stdout).toContain('服务器已停止。');
}
