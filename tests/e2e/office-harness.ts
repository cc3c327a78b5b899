/**
 * The office server in Chromium, set up once for the e2e tests that need it (server-login, office-rights,
 * live-review): a core on a fresh data folder with the seeds, `startOfficeServer` serving the built renderer, the
 * accounts the test names, Chromium (Debian's, headless), and the helpers those tests share — pages that collect
 * page errors, logging in through the login screen, and API clients logged in as another person's browser.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, selectors, type Browser, type Page } from 'playwright-core';
import { createCore, type Core } from '../../electron/core/core';
import { startOfficeServer, type OfficeServer } from '../../electron/server/server';
import { ROOT, RESULTS, chromiumPath, ensureRendererBuilt, interceptChoosers } from './harness';

/** An API answer as the server sends it. */
export interface Envelope<T> {
  ok: boolean;
  result: T;
  error?: { code: string; message: string };
}

export type Account = Parameters<OfficeServer['accounts']['add']>[0];

export interface OfficeE2E {
  core: Core;
  server: OfficeServer;
  browser: Browser;
  /** Errors the pages threw (each test file expects none). */
  errors: string[];
  url(): string;
  /** A client of the server's API logged in as `username` (another person's browser): each call's envelope. */
  apiAs(username: string, password: string): Promise<<T>(method: string, input: unknown) => Promise<Envelope<T>>>;
  /** The same, answering the call's result and throwing when the server refuses it. */
  callAs(username: string, password: string): Promise<<T>(method: string, input: unknown) => Promise<T>>;
  /** A page of its own browser context (its own session), 1440 × 900, Chinese. */
  newPage(): Promise<Page>;
  /** Log in through the login screen; then wait for the library unless `library` is false. */
  logIn(page: Page, username: string, password: string, library?: boolean): Promise<void>;
  close(): Promise<void>;
}

export async function startOfficeE2E(prefix: string, accounts: Account[]): Promise<OfficeE2E> {
  const staticDir = ensureRendererBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), prefix));
  let core: Core | undefined;
  let server: OfficeServer | undefined;
  let browser: Browser;
  try {
    core = await createCore({ dataDir, seedsDir: join(ROOT, 'seeds'), host: 'e2e' });
    server = await startOfficeServer({ core, port: 0, staticDir });
    for (const a of accounts) await server.accounts.add(a);
    selectors.setTestIdAttribute('data-test');
    browser = await chromium.launch({ executablePath: chromiumPath()!, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  } catch (e) {
    // what was started is stopped: the test file's afterAll has nothing to close
    await server?.close();
    core?.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw e;
  }
  mkdirSync(RESULTS, { recursive: true });
  return ready(core, server, browser, dataDir);
}

function ready(core: Core, server: OfficeServer, browser: Browser, dataDir: string): OfficeE2E {
  const errors: string[] = [];
  const url = () => `http://127.0.0.1:${server.port}/`;

  const apiAs: OfficeE2E['apiAs'] = async (username, password) => {
    const login = await fetch(`${url()}api/auth.login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
    const { result } = (await login.json()) as { result: { csrf: string } };
    const headers = { 'content-type': 'application/json', cookie: login.headers.get('set-cookie')!.split(';')[0], 'x-csrf-token': result.csrf };
    return async <T>(method: string, input: unknown) => {
      const res = await fetch(`${url()}api/${method}`, { method: 'POST', headers, body: JSON.stringify(input) });
      return (await res.json()) as Envelope<T>;
    };
  };

  return {
    core,
    server,
    browser,
    errors,
    url,
    apiAs,
    async callAs(username, password) {
      const call = await apiAs(username, password);
      return async <T>(method: string, input: unknown) => {
        const env = await call<T>(method, input);
        if (!env.ok) throw new Error(`${method}: ${env.error?.message}`);
        return env.result;
      };
    },
    async newPage() {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
      const page = await context.newPage();
      interceptChoosers(page);
      page.on('pageerror', (e) => errors.push(String(e)));
      return page;
    },
    async logIn(page, username, password, library = true) {
      await page.goto(url());
      await page.getByTestId('login-form').waitFor();
      await page.getByTestId('login-username').fill(username);
      await page.getByTestId('login-password').fill(password);
      await page.getByTestId('login-submit').click();
      if (library) await page.getByTestId('plan-card').first().waitFor();
    },
    async close() {
      await browser.close();
      await server.close();
      core.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
