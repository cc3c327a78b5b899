/**
 * plan-workbench serve: the office server (electron/server/server.ts), until Ctrl+C. Storage chosen at start: a
 * library folder (--data-dir, SQLite, automatic backups on; the default) or PostgreSQL (--db postgres://…, backed
 * up with pg_dump). Refuses to start without an active admin account (plan-workbench users add <name> --role admin),
 * so no library is ever served without logins.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/errors';
import { createCore } from '../core/core';
import { redactUrl } from '../store/pg/store';
import { defaultDataDir } from '../core/paths';
import { isLoopback, startOfficeServer } from '../server/server';
import { EXIT, UsageError, type Args } from './args';
import { ROOT, WORKER_ENTRY } from './files';

export const DEFAULT_PORT = 8470;

export async function serveCommand(args: Args, out: (s: string) => void): Promise<number> {
  const dataDir = (args.flags.get('--data-dir') as string | undefined) ?? defaultDataDir();
  const host = (args.flags.get('--host') as string | undefined) ?? '127.0.0.1';
  const portFlag = args.flags.get('--port');
  const port = portFlag === undefined ? DEFAULT_PORT : Number(portFlag);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port 需要 0–65535 之间的整数,收到 ${String(portFlag)}`);
  const allow = args.flags.get('--allow-host');
  const allowHosts = typeof allow === 'string' ? allow.split(',').map((s) => s.trim()).filter(Boolean) : [];
  const staticDir = join(ROOT, 'out', 'renderer');
  const workersFlag = args.flags.get('--export-workers');
  const exportWorkers = workersFlag === undefined ? undefined : Number(workersFlag);
  if (exportWorkers !== undefined && !(Number.isInteger(exportWorkers) && exportWorkers >= 0 && exportWorkers <= 16)) {
    throw new UsageError(`--export-workers 需要 0–16 之间的整数,收到 ${String(workersFlag)}`);
  }

  const dbUrl = args.flags.get('--db');
  if (dbUrl !== undefined && (typeof dbUrl !== 'string' || !/^postgres(ql)?:\/\//.test(dbUrl))) {
    throw new UsageError('--db 需要 PostgreSQL 地址,例如 postgres://用户@主机/数据库');
  }
  const postgres = typeof dbUrl === 'string' ? dbUrl : undefined;
  const where = postgres ? `PostgreSQL ${redactUrl(postgres)}` : dataDir;
  const core = await createCore({ dataDir, postgres, seedsDir: join(ROOT, 'seeds'), host: 'server', backups: { schedule: !postgres }, importWorker: WORKER_ENTRY,
    ...(exportWorkers === undefined ? {} : { exportWorkers: { size: exportWorkers } }) });
  try {
    const admins = Number((await core.db.sql.get<{ n: number }>(`SELECT count(*) AS n FROM users WHERE role = 'admin' AND disabled = 0`))!.n);
    if (admins === 0) {
      const at = postgres ? `--db ${redactUrl(postgres)}` : `--data-dir ${dataDir}`;
      throw new AppError('invalid-state', `资料库中还没有可用的管理员账户,服务器未启动。请先创建:plan-workbench users add <用户名> --role admin ${at}`);
    }
    if (core.db.readOnly) out(`资料库文件夹是只读的,以只读方式提供:可以查看、搜索、对比和导出,不能修改:${dataDir}\n`);
    const built = existsSync(join(staticDir, 'index.html'));
    const server = await startOfficeServer({ core, host, port, staticDir: built ? staticDir : undefined, secureCookies: args.flags.has('--behind-https'), allowHosts });
    out(`规划工作台单位资料库已启动: ${server.url}  (资料库 ${where})\n`);
    if (!built) out(`界面尚未构建(npm run build),目前只提供接口:${staticDir}\n`);
    if (!isLoopback(host) && !args.flags.has('--behind-https')) {
      out('注意:连接未加密(HTTP)。请只在可信的单位内网中使用,或经 HTTPS 反向代理访问并加 --behind-https。\n');
    }
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await server.close();
    out('服务器已停止。\n');
    return EXIT.ok;
  } finally {
    core.close();
  }
}
