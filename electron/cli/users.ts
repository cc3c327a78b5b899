/**
 * plan-workbench users add|list|passwd|disable|enable: the office server's accounts, in the library database
 * (migration 008; electron/server/accounts.ts). The first admin is made here, on the server's own machine.
 * Passwords are typed twice on a terminal without echo, or read from the first line of stdin with --password-stdin
 * (scripts); never taken as an argument (a command line is visible to other users of the machine).
 */
import { Password, Role, Username, MIN_PASSWORD_CHARS } from '../../shared/api/server';
import { AppError } from '../../shared/errors';
import { openLibrary } from '../core/library';
import { defaultDataDir } from '../core/paths';
import type { Db } from '../store/db';
import { PgDb } from '../store/pg/db';
import { SqliteDb } from '../store/sqlite';
import { Accounts } from '../server/accounts';
import { EXIT, UsageError, type Args } from './args';

const ROLE_NAMES: Record<string, string> = { planner: '规划', reviewer: '审核', clerk: '文书', admin: '管理员' };

export async function usersCommand(args: Args, out: (s: string) => void): Promise<number> {
  const sub = args.positional[1];
  const db = await openStorage(args);
  try {
    const accounts = new Accounts(() => db);
    const name = () => {
      const n = args.positional[2];
      if (!n) throw new UsageError('缺少用户名');
      const parsed = Username.safeParse(n);
      if (!parsed.success) throw new UsageError(`用户名只能包含文字、数字和 . _ -(最多 64 个字符):${n}`);
      return parsed.data;
    };
    switch (sub) {
      case 'list':
        // a header row (tab-separated as the rows; 状态 is filled only for a disabled account)
        out('用户名\t角色\t所属区\t显示名\t状态\n');
        for (const u of await accounts.list()) out(`${u.username}\t${u.role}\t${u.district ?? '—'}\t${u.displayName}${u.disabled ? '\t(已停用)' : ''}\n`);
        return EXIT.ok;
      case 'add': {
        const username = name();
        const role = Role.safeParse(args.flags.get('--role'));
        if (!role.success) throw new UsageError('--role 须为 planner、reviewer、clerk 或 admin');
        const district = args.flags.get('--district');
        const displayName = args.flags.get('--name');
        const password = await readPassword(args);
        const u = await accounts.add({
          username,
          role: role.data,
          district: typeof district === 'string' && district.trim() ? district.trim() : null,
          displayName: typeof displayName === 'string' ? displayName.slice(0, 50) : undefined,
          password,
        });
        out(`已创建账户 ${u.username}(${ROLE_NAMES[u.role]}${u.district ? `,${u.district}` : ''})\n`);
        // drafts are seen by their district's accounts: one without a district sees only reference and final plans
        if (!u.district && u.role !== 'admin') process.stderr.write(`注意:${u.username} 没有所属区(--district),只能看到参考规划、定稿和共享给它的规划\n`);
        return EXIT.ok;
      }
      case 'passwd': {
        const username = name();
        await accounts.get(username);
        await accounts.update(username, { password: await readPassword(args) });
        out(`已更改 ${username} 的密码(该账户的登录会话已全部结束)\n`);
        return EXIT.ok;
      }
      case 'disable':
      case 'enable': {
        const username = name();
        await accounts.update(username, { disabled: sub === 'disable' });
        out(sub === 'disable' ? `已停用账户 ${username}\n` : `已启用账户 ${username}\n`);
        return EXIT.ok;
      }
      default:
        throw new UsageError(sub ? `未知的 users 子命令“${sub}”` : '缺少 users 子命令(add、list、passwd、disable、enable)');
    }
  } finally {
    await db.close();
  }
}

/** The accounts' storage: the PostgreSQL library of --db, else the SQLite library of --data-dir. */
export async function openStorage(args: Args): Promise<Db> {
  const url = args.flags.get('--db');
  if (url !== undefined) {
    if (typeof url !== 'string' || !/^postgres(ql)?:\/\//.test(url)) throw new UsageError('--db 需要 PostgreSQL 地址,例如 postgres://用户@主机/数据库');
    return PgDb.open({ connectionString: url });
  }
  return new SqliteDb(openLibrary({ dataDir: (args.flags.get('--data-dir') as string | undefined) ?? defaultDataDir() }));
}

async function readPassword(args: Args): Promise<string> {
  let pw: string;
  if (args.flags.has('--password-stdin')) {
    pw = (await readStdin()).split(/\r?\n/, 1)[0] ?? '';
  } else if (process.stdin.isTTY) {
    pw = await promptHidden('密码: ');
    const again = await promptHidden('再输入一次: ');
    if (pw !== again) throw new AppError('invalid-input', '两次输入的密码不一致');
  } else {
    throw new UsageError('请在终端中输入密码,或使用 --password-stdin 从标准输入读取');
  }
  if (!Password.safeParse(pw).success) throw new AppError('invalid-input', `密码至少 ${MIN_PASSWORD_CHARS} 个字符(最多 200 个)`);
  return pw;
}

function readStdin(): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    process.stdin.on('error', reject);
  });
}

/** A line typed on the terminal without echo. */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stderr.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    let s = '';
    const done = (err?: Error) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
      if (err) reject(err);
      else resolve(s);
    };
    const onData = (chunk: string) => {
      for (const c of chunk) {
        if (c === '\r' || c === '\n') return done();
        if (c === '\u0003') return done(new AppError('invalid-input', '已取消'));
        if (c === '\u007f' || c === '\b') s = s.slice(0, -1);
        else s += c;
      }
    };
    stdin.on('data', onData);
  });
}

