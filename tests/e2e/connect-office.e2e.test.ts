/**
 * 连接到单位资料库 in Chromium: the desktop host (stand-ins for the preload's window.api and window.appDialogs, as in
 * desktop-host.e2e.test.ts) whose connectOffice runs what the main process runs — checkOfficeAddress and probeOffice
 * (electron/main/office.ts, Node's fetch) — against real servers on loopback: a desktop's browser mode (the bridge
 * serving this very page) is refused with its own line; plan-workbench serve is accepted and the dialog closes.
 * Screenshot: test-results/connect-01-bridge-refused.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../shared/api/methods';
import { checkOfficeAddress, probeOffice, type FetchLike } from '../../electron/main/office';
import { startOfficeServer, type OfficeServer } from '../../electron/server/server';
import { e2eEnabled, startApp, type App } from './harness';

describe.runIf(e2eEnabled())('连接到单位资料库 against real servers (e2e)', { timeout: 90_000 }, () => {
  let app: App;
  let office: OfficeServer;
  const probed: string[] = [];

  beforeAll(async () => {
    app = await startApp();
    office = await startOfficeServer({ core: app.core, port: 0 });
    const realFetch: FetchLike = (url, init) => fetch(url, init);
    // what main does with the address (connectOffice in electron/main/app.ts, up to opening the window)
    await app.page.exposeFunction('__connectOffice', async (address: string) => {
      probed.push(address);
      const checked = checkOfficeAddress(address);
      if (!checked.ok) return { ok: false, error: { code: 'invalid-input', message: checked.message } };
      return probeOffice(realFetch, checked.origin);
    });
    await app.page.addInitScript((methods: string[]) => {
      const w = window as unknown as Record<string, unknown> & { __connectOffice(a: string): Promise<unknown> };
      const api: Record<string, (input?: unknown) => Promise<unknown>> = {};
      for (const m of methods) {
        api[m] = async (input?: unknown) => (await fetch(`/api/${m}`, { method: 'POST', headers: { 'content-type': 'application/json' }, credentials: 'same-origin', body: JSON.stringify(input ?? {}) })).json();
      }
      w.api = Object.freeze(api);
      w.appMenu = Object.freeze({ onCommand: () => () => undefined });
      w.appDialogs = Object.freeze({ openImportFile: async () => ({ ok: true, result: null }), connectOffice: (a: string) => w.__connectOffice(a) });
    }, [...METHOD_NAMES]);
  }, 300_000);
  afterAll(async () => {
    await office?.close();
    await app?.close();
  });

  it('a desktop’s browser mode is refused with its own line; the office server is accepted', async () => {
    const { page } = app;
    await page.goto(app.url);
    await page.getByTestId('plan-card').first().waitFor();
    await page.getByTestId('open-office').click();
    const address = page.getByTestId('office-address');
    await address.waitFor();
    // the focus is in the address field: type the bridge's own address (this page's server)
    const bridgeHost = new URL(app.url).host;
    await address.fill('');
    await page.keyboard.type(bridgeHost);
    await page.keyboard.press('Enter');
    const error = page.getByTestId('office-error');
    await error.waitFor();
    expect(await error.innerText()).toBe(`${bridgeHost} 是某台电脑上规划工作台的浏览器模式(单人使用),不是单位资料库:请填写 plan-workbench serve 服务器的地址`);
    await app.shot('connect-01-bridge-refused');

    await address.fill(`127.0.0.1:${office.port}`);
    await page.getByTestId('office-connect').click();
    await page.getByTestId('office-dialog').waitFor({ state: 'detached' });
    expect(probed).toEqual([bridgeHost, `127.0.0.1:${office.port}`]);
  });
});
