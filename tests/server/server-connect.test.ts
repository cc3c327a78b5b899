/**
 * 文件 › 连接到单位资料库 against a real office server on loopback (electron/main/office.ts probeOffice with Node's
 * fetch): plan-workbench serve is recognised before anyone logs in, a name the server does not answer to gets the
 * --allow-host hint, a closed port is "cannot reach", and another web server is not taken for the office library.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../electron/core/core.js';
import { startOfficeServer, type OfficeServer } from '../../electron/server/server.js';
import { startBridge } from '../../electron/bridge/server.js';
import { checkOfficeAddress, probeOffice, type FetchLike } from '../../electron/main/office.js';

const realFetch: FetchLike = (url, init) => fetch(url, init);
let dir: string;
let core: Core;
let server: OfficeServer;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pw-connect-'));
  fs.mkdirSync(path.join(dir, 'seeds'));
  core = await createCore({ dataDir: path.join(dir, 'lib'), seedsDir: path.join(dir, 'seeds'), host: 'test' });
  server = await startOfficeServer({ core, port: 0 });
});
afterAll(async () => {
  await server?.close();
  core?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('probing a real server', () => {
  it('plan-workbench serve on loopback is recognised, as typed in the dialog', async () => {
    const checked = checkOfficeAddress(`127.0.0.1:${server.port}`);
    expect(checked).toMatchObject({ ok: true, warn: false });
    if (!checked.ok) return;
    expect(await probeOffice(realFetch, checked.origin)).toEqual({ ok: true, result: { url: `http://127.0.0.1:${server.port}/` } });
  });

  it('a desktop’s browser mode (the single-user bridge on the same machine) is not taken for the office library', async () => {
    const bridge = await startBridge({ core, port: 0 });
    try {
      const checked = checkOfficeAddress(`127.0.0.1:${bridge.port}`);
      if (!checked.ok) throw new Error(checked.message);
      // the bridge answers auth.me as the office server does (an Envelope, 401): that alone told them apart no more
      const me = await fetch(`${checked.origin}/api/auth.me`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(me.status).toBe(401);
      expect(await me.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
      const res = await probeOffice(realFetch, checked.origin);
      expect(res).toMatchObject({ ok: false, error: { code: 'bad-response' } });
      if (!res.ok) expect(res.error.message).toBe(`127.0.0.1:${bridge.port} 是某台电脑上规划工作台的浏览器模式(单人使用),不是单位资料库:请填写 plan-workbench serve 服务器的地址`);
      // the hello tells nothing else, and every other call still needs the bridge's token
      const hello = await fetch(`${checked.origin}/api/server.hello`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(await hello.json()).toEqual({ ok: true, result: { product: 'plan-workbench', kind: 'desktop' } });
      expect((await fetch(`${checked.origin}/api/library.list`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(401);
    } finally {
      await bridge.close();
    }
  });

  it('the office server says its kind before anyone logs in', async () => {
    const hello = await fetch(`http://127.0.0.1:${server.port}/api/server.hello`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(await hello.json()).toEqual({ ok: true, result: { product: 'plan-workbench', kind: 'office' } });
  });

  it('a name the server does not answer to: the --allow-host hint', async () => {
    // the server called by a name it does not list (as a DNS name of the 政务外网 would be): the request goes to
    // 127.0.0.1 with that name in its Host header
    const aliasFetch: FetchLike = (url, init) =>
      new Promise((resolve, reject) => {
        const req = http.request(url.replace('office.example.lan', '127.0.0.1'), { method: init.method, headers: { ...init.headers, host: `office.example.lan:${server.port}` } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: { get: (n: string) => (res.headers[n.toLowerCase()] as string | undefined) ?? null }, text: async () => Buffer.concat(chunks).toString('utf8') }));
        });
        req.on('error', reject);
        req.end(init.body);
      });
    const res = await probeOffice(aliasFetch, `http://office.example.lan:${server.port}`);
    expect(res).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    if (!res.ok) expect(res.error.message).toContain('--allow-host');
  });

  it('a closed port: cannot reach', async () => {
    const free = http.createServer();
    await new Promise<void>((r) => free.listen(0, '127.0.0.1', () => r()));
    const port = (free.address() as AddressInfo).port;
    await new Promise<void>((r) => free.close(() => r()));
    const res = await probeOffice(realFetch, `http://127.0.0.1:${port}`, 3000);
    expect(res).toMatchObject({ ok: false, error: { code: 'offline' } });
    if (!res.ok) expect(res.error.message).toBe(`无法连接单位资料库 127.0.0.1:${port}:请检查地址和网络,或请管理员确认服务器已启动`);
  });

  it('another web server (a router’s login page) is not the office library', async () => {
    const other = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html><title>Router</title></html>');
    });
    await new Promise<void>((r) => other.listen(0, '127.0.0.1', () => r()));
    try {
      const res = await probeOffice(realFetch, `http://127.0.0.1:${(other.address() as AddressInfo).port}`);
      expect(res).toMatchObject({ ok: false, error: { code: 'bad-response' } });
    } finally {
      await new Promise<void>((r) => other.close(() => r()));
    }
  });
});
