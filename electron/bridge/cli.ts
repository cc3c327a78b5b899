/**
 * Browser mode: npm run start:web -- [--port <p>] [--data-dir <dir>] [--seeds-dir <dir>] [--no-open]
 * (npm run start:web is electron/start.mjs --web: it builds the renderer first when out/renderer is missing or stale,
 * then runs this file with the same options.)
 *
 * Starts the core on the library folder (default: defaultDataDir()), serves the renderer
 * build from out/renderer and the API on http://127.0.0.1:<port>/ (port 0 or absent = any
 * free port), prints the address (it carries no token: the page receives the token inside
 * index.html) and opens the browser unless --no-open. Ctrl+C stops it.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createCore } from '../core/core.js';
import { defaultDataDir } from '../core/paths.js';
import { startBridge } from './server.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface WebOptions {
  port: number;
  dataDir: string;
  seedsDir: string;
  staticDir: string;
  open: boolean;
}

export function parseWebArgs(argv: string[]): WebOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      'seeds-dir': { type: 'string' },
      'static-dir': { type: 'string' },
      'no-open': { type: 'boolean' },
    },
    strict: true,
    allowPositionals: false,
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port 需要 0–65535 之间的整数,收到 ${values.port}`);
  return {
    port,
    dataDir: path.resolve(values['data-dir'] ?? defaultDataDir()),
    seedsDir: path.resolve(values['seeds-dir'] ?? path.join(ROOT, 'seeds')),
    staticDir: path.resolve(values['static-dir'] ?? path.join(ROOT, 'out', 'renderer')),
    open: !values['no-open'],
  };
}

/** Open `url` with the platform's opener; never throws, never waits for it. */
export function openBrowser(url: string): void {
  const [cmd, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(cmd, args, { stdio: 'ignore', detached: true, windowsHide: true });
    child.on('error', () => console.log(`未能自动打开浏览器,请手动打开上面的地址。(No browser opener: ${cmd})`));
    child.unref();
  } catch {
    console.log('未能自动打开浏览器,请手动打开上面的地址。');
  }
}

/** A file:// URL of a page, readable by this user only, that forwards the browser to `url`. Removed after a minute. */
function privateLaunchFile(url: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-workbench-launch-'));
  fs.chmodSync(dir, 0o700);
  const file = path.join(dir, 'open.html');
  const href = url.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  fs.writeFileSync(file, `<!doctype html><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=${href}"><title>规划工作台</title>`, { mode: 0o600 });
  setTimeout(() => fs.rmSync(dir, { recursive: true, force: true }), 60_000).unref();
  return pathToFileURL(file).href;
}

async function main(): Promise<void> {
  let opts: WebOptions;
  try {
    opts = parseWebArgs(process.argv.slice(2));
  } catch (e) {
    console.error(String((e as Error).message ?? e));
    console.error('用法: npm run start:web -- [--port <端口>] [--data-dir <目录>] [--no-open]');
    process.exit(2);
  }
  // Automatic backups on; a damaged library starts in recovery mode (the page offers the latest backup).
  const core = await createCore({ dataDir: opts.dataDir, seedsDir: opts.seedsDir, host: 'web', backups: { schedule: true }, recovery: true });
  if (core.recovery) console.log(`资料库文件已损坏,请在页面中从备份恢复 (the library file is damaged; restore a backup in the page): ${core.recovery.file}`);
  else if (core.library.readOnly) console.log(`资料库文件夹是只读的,以只读方式打开:可以查看、搜索、对比和导出,不能修改 (read-only folder; opened read-only): ${opts.dataDir}`);
  const built = fs.existsSync(path.join(opts.staticDir, 'index.html'));
  const bridge = await startBridge({ core, port: opts.port, staticDir: built ? opts.staticDir : undefined });

  console.log(`资料库 Library: ${opts.dataDir}`);
  if (!built) {
    console.log(`界面尚未构建,请先运行 npm run build,或用 npm run start:web 启动(它会先构建界面) (UI not built yet: ${opts.staticDir}/index.html missing — npm run start:web and npm start build it first); the API is up meanwhile.`);
  }
  // The launch link works once (it sets the session cookie in the browser that opens it): shown only here, in the
  // user's own terminal, and handed to the browser through a file only this user can read, so it never appears in
  // a command line that other users of the machine can list.
  console.log(`规划工作台 Plan Workbench(此链接只能打开一次 / this link works once): ${bridge.launchUrl}`);
  if (opts.open && built) openBrowser(privateLaunchFile(bridge.launchUrl));

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await bridge.close();
    core.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  main().catch((e) => {
    console.error(e?.code && e?.message ? `${e.code}: ${e.message}` : e);
    process.exit(1);
  });
}
