/** `npm run -s cli -- compare <a> <b> --json`: files imported on the fly (nothing stored), or plan ids. */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../helpers/temp.js';

const tempDir = tempDirs('pw-cli-cmp-');

const ROOT = join(__dirname, '..', '..');
const run = promisify(execFile);
const cli = (args: string[]) => run(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'electron/cli/index.ts'), ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });

interface Out {
  pairs: Array<{ left: { id: string; heading: string; kind: string } | null; right: { id: string; heading: string; kind: string } | null; score: number | null; diff: unknown }>;
  stats: { pairs: number; unmatchedLeft: number; unmatchedRight: number };
  timingMs: number;
}

describe('cli compare', () => {
  it('two files: pairs with diffs, unmatched nodes with null on the other side, nothing stored', async () => {
    const dataDir = tempDir();
    const { stdout } = await cli(['compare', join(ROOT, 'seeds/000_c5ac5ec241139578.txt'), join(ROOT, 'seeds/002_72028bf86ba9aa86.txt'), '--json', '--data-dir', dataDir]);
    const out = JSON.parse(stdout) as Out;
    expect(readdirSync(dataDir)).toEqual([]);
    const yl = out.pairs.find((p) => p.left?.heading === '智慧养老服务')!;
    expect(yl.right).toMatchObject({ heading: '智慧养老', kind: 'task' });
    expect(yl.score).toBeGreaterThan(0.3);
    expect(yl.diff).toBeTruthy();
    expect(out.pairs.filter((p) => p.left && p.right)).toHaveLength(out.stats.pairs);
    expect(out.pairs.filter((p) => !p.left)).toHaveLength(out.stats.unmatchedRight);
    expect(out.pairs.filter((p) => !p.right)).toHaveLength(out.stats.unmatchedLeft);
    expect(typeof out.timingMs).toBe('number');
  });

  it('plan ids from the library', async () => {
    const dataDir = tempDir();
    const { stdout: list } = await cli(['list', '--data-dir', dataDir]);
    const id = (district: string) => list.split('\n').find((r) => r.split('\t')[2] === district)!.split('\t')[0];
    const { stdout } = await cli(['compare', id('奉贤区'), id('杨浦区'), '--json', '--data-dir', dataDir]);
    const out = JSON.parse(stdout) as Out;
    expect(out.pairs.find((p) => p.left?.heading === '深化完善“智慧养老”')?.right?.heading).toBe('智慧养老');
  });

  it('plan ids: a compare that fails stores nothing; the first that succeeds stores both plans’ tokens, the next reads them, same output; a damaged library is one line', async () => {
    const dataDir = tempDir();
    const { stdout: list } = await cli(['list', '--data-dir', dataDir]);
    const id = (district: string) => list.split('\n').find((r) => r.split('\t')[2] === district)!.split('\t')[0];
    const file = join(dataDir, 'library.sqlite');
    const rows = () => {
      const db = new Database(file, { readonly: true });
      try {
        return db.prepare(`SELECT plan_id, tokenizer FROM plan_tokens ORDER BY plan_id`).all() as Array<{ plan_id: string; tokenizer: string }>;
      } finally {
        db.close();
      }
    };
    expect(rows()).toEqual([]);
    await expect(cli(['compare', id('奉贤区'), 'p_missing', '--json', '--data-dir', dataDir])).rejects.toMatchObject({ code: 1 });
    expect(rows()).toEqual([]);
    const first = await cli(['compare', id('奉贤区'), id('杨浦区'), '--json', '--data-dir', dataDir]);
    expect(rows().map((r) => r.plan_id)).toEqual([id('奉贤区'), id('杨浦区')].sort());
    expect(new Set(rows().map((r) => r.tokenizer)).size).toBe(1);
    const second = await cli(['compare', id('奉贤区'), id('杨浦区'), '--json', '--data-dir', dataDir]);
    const body = (s: string) => s.replace(/"timingMs": \d+/g, '');
    expect(body(second.stdout)).toBe(body(first.stdout));

    // every page after the header overwritten (the library is opened without quick_check: the read finds it)
    const buf = readFileSync(file);
    const page = buf.readUInt16BE(16) === 1 ? 65536 : buf.readUInt16BE(16);
    for (let p = 1; p * page < buf.length; p++) buf.fill(0x5a, p * page + 8, p * page + page - 8);
    writeFileSync(file, buf);
    const err = await cli(['compare', id('奉贤区'), id('杨浦区'), '--json', '--data-dir', dataDir]).then(() => null, (e: { code: number; stderr: string }) => e);
    expect(err?.code).toBe(1);
    expect(err?.stderr.trim().split('\n')).toHaveLength(1);
    expect(err?.stderr).toMatch(/^错误: 资料库文件已损坏/);
  });
});
