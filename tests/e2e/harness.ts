/**
 * End-to-end harness: the real core and HTTP bridge (browser mode) on 127.0.0.1 with a temporary library,
 * the built renderer, and Debian's Chromium driven by playwright-core. Never downloads a browser.
 *
 * Chromium: $CHROMIUM_PATH or /usr/bin/chromium. Without it the e2e suites are skipped — except under CI=true,
 * where a missing browser is a failure (.ci/run installs it).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, selectors, type Browser, type Page } from 'playwright-core';
import { createCore, type Core, type CoreOptions } from '../../electron/core/core';
import type { Input, MethodName, Output, StoredPlan } from '../../shared/api/contract';
import { walk, type PlanNode } from '../../shared/model/plan';
import { startBridge } from '../../electron/bridge/server';
import { ensureBuilt } from '../helpers/build';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const RESULTS = join(ROOT, 'test-results');

export function chromiumPath(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  return candidates.find((p) => existsSync(p)) ?? null;
}

/** Whether to run the e2e suites; throws under CI when Chromium is missing. */
export function e2eEnabled(): boolean {
  if (chromiumPath()) return true;
  if (process.env.CI) throw new Error('CI: Chromium is required for the end-to-end tests (apt-get install chromium); none found');
  console.warn('e2e: no Chromium found (/usr/bin/chromium or $CHROMIUM_PATH) — end-to-end tests skipped');
  return false;
}

/** The built renderer (tests/helpers/build.ts builds the app once when a source is newer). */
export function ensureRendererBuilt(): string {
  return join(ensureBuilt(), 'renderer');
}

export interface App {
  url: string;
  dataDir: string;
  core: Core;
  browser: Browser;
  page: Page;
  shot(name: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * The page's file choosers are intercepted for its whole life. Playwright turns the interception on when a
 * 'filechooser' listener is added and off when the last one is removed: `Promise.all([page.waitForEvent('filechooser'),
 * page.keyboard.press('Control+o')])` sent the command turning it on (DevTools channel) and then the key (input channel),
 * and a loaded renderer serves input first — the app's chooser opened before the interception, as the browser's own,
 * and the wait timed out (import-one-step's "Ctrl+O" in CI, session 43; 2 of 150 presses on one loaded core, 0 of 300
 * with this listener). A click or a locator's press asks the page first and was not hit. A chooser no test waits for
 * is dropped, as the headless browser's own was.
 */
export function interceptChoosers(page: Page): void {
  page.on('filechooser', () => { /* kept on: see above */ });
}

export async function startApp(opts: { dataDir?: string; viewport?: { width: number; height: number }; core?: Partial<CoreOptions> } = {}): Promise<App> {
  const staticDir = ensureRendererBuilt();
  const ownDir = !opts.dataDir;
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'pw-e2e-'));
  const core = await createCore({ dataDir, seedsDir: join(ROOT, 'seeds'), host: 'e2e', ...opts.core });
  const bridge = await startBridge({ core, port: 0, staticDir });
  selectors.setTestIdAttribute('data-test');
  const browser = await chromium.launch({
    executablePath: chromiumPath()!,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: opts.viewport ?? { width: 1440, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  interceptChoosers(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // The one-time launch link gives this browser context its session cookie (as the user's browser gets it at start).
  await page.goto(bridge.launchUrl);
  mkdirSync(RESULTS, { recursive: true });
  return {
    url: bridge.url,
    dataDir,
    core,
    browser,
    page,
    async shot(name) {
      const path = join(RESULTS, `${name}.png`);
      await page.screenshot({ path, fullPage: false });
      return path;
    },
    async close() {
      await browser.close();
      await bridge.close();
      core.close();
      if (ownDir) rmSync(dataDir, { recursive: true, force: true });
      if (errors.length) throw new Error(`page errors: ${errors.join('\n')}`);
    },
  };
}

/** A core call that must succeed: its result, or an error naming the method and the core's message. */
export async function call<K extends MethodName>(app: App, method: K, input: Input<K>): Promise<Output<K>> {
  const r = await app.core.call(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.result;
}

export const JINGAN_2014 = '静安区推进智慧城区建设三年行动方案(2014-2016)';
export const YANGPU_2015 = '杨浦区“智慧城市”建设三年行动计划(2015-2017)';

/** The id of the library's plan with this title (a reference plan's, in the tests). */
export async function planIdByTitle(app: App, title: string): Promise<string> {
  const hit = (await call(app, 'library.list', {})).find((p) => p.title === title);
  if (!hit) throw new Error(`no plan titled ${title}`);
  return hit.id;
}

/** A draft for 静安区 2027–2029 made from 静安 2014–2016 (seeds/000) as a whole: its id. */
export async function jinganDraft(app: App): Promise<string> {
  const templateId = await planIdByTitle(app, JINGAN_2014);
  return (await call(app, 'plan.createFromTemplate', { templateId, district: '静安区', period: { start: 2027, end: 2029 }, mode: 'full' })).id;
}

/** Every node of a stored plan, in reading order. */
export const planNodes = (p: StoredPlan): PlanNode[] => [...walk(p.nodes)].map((x) => x.node);

/** The task headed `heading`, if the plan has one. */
export const taskNamed = (p: StoredPlan, heading: string): PlanNode | undefined => planNodes(p).find((n) => n.kind === 'task' && n.heading === heading);
