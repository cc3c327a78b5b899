/**
 * The built renderer under the desktop app's Content-Security-Policy (electron/main/security.ts),
 * in Chromium through the bridge: Electron cannot run here, so the same header is put on every
 * response and the page must load the library and the editor (Monaco and its workers) without a
 * CSP violation. Catches an inline script, eval-based code or a remote asset before it reaches
 * the desktop window.
 *
 * One exception: zod probes `new Function('')` once in a try/catch to decide whether to JIT its
 * parsers (it falls back when refused). That refused probe is reported as an 'eval' violation and
 * ignored here; any other blocked eval would surface as a page error or a broken view.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { e2eEnabled, startApp, type App } from './harness';
import { contentSecurityPolicy } from '../../electron/main/security';

describe.runIf(e2eEnabled())('renderer under the desktop CSP (e2e)', () => {
  let app: App;
  const violations: string[] = [];

  beforeAll(async () => {
    app = await startApp();
    const csp = contentSecurityPolicy();
    await app.page.route('**/*', async (route) => {
      const res = await route.fetch();
      await route.fulfill({ response: res, headers: { ...res.headers(), 'content-security-policy': csp } });
    });
    await app.page.exposeFunction('__cspViolation', (v: string) => violations.push(v));
    await app.page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { __cspViolation(v: string): void }).__cspViolation(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
      });
    });
  }, 300_000);
  afterAll(async () => {
    await app?.close();
  });

  it('the library and the editor (Monaco) load without CSP violations', async () => {
    const { page } = app;
    await page.goto(app.url);
    await page.getByTestId('plan-card').first().waitFor();
    const list = await app.core.call('library.list', {});
    if (!list.ok) throw new Error(list.error.message);
    await page.goto(`${app.url}#/plan/${list.result[0].id}`);
    await page.locator('.monaco-editor').first().waitFor({ timeout: 60_000 });
    await page.waitForTimeout(1000); // workers start lazily
    const real = violations.filter((v) => !v.startsWith('script-src eval '));
    expect(real).toEqual([]);
  });
});
