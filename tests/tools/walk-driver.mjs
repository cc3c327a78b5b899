// A walk-through driver: keeps Chromium open (playwright-core, Debian's /usr/bin/chromium) and runs JS snippets
// posted to http://127.0.0.1:<port>/ with `page`, `pages`, `ctx`, `browser`, `shot(name)` in scope.
// Usage: node tests/tools/walk-driver.mjs <port> <shotDir>   then   curl --data-binary @step.js 127.0.0.1:<port>
import http from 'node:http';
import { mkdirSync } from 'node:fs';
import { chromium, selectors } from 'playwright-core';
const port = Number(process.argv[2] ?? 5199);
const dir = process.argv[3] ?? '/tmp/walk-shots';
mkdirSync(dir, { recursive: true });
selectors.setTestIdAttribute('data-test');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const state = { browser, pages: {}, ctxs: {}, log: [] };
async function newPage(name, opts = {}) {
  const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', acceptDownloads: true, ...opts });
  const page = await ctx.newPage();
  page.on('pageerror', (e) => state.log.push(`[${name}] pageerror ${e}`));
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') state.log.push(`[${name}] console.${m.type()} ${m.text()}`); });
  state.pages[name] = page; state.ctxs[name] = ctx;
  return page;
}
state.newPage = newPage;
state.shot = async (name, p, full = false) => { const path = `${dir}/${name}.png`; await (p ?? state.page).screenshot({ path, fullPage: full }); return path; };
state.page = await newPage('main');
const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor;
http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', async () => {
    try {
      const fn = new AsyncFunction('S', 'page', 'shot', body);
      const out = await fn(state, state.page, state.shot);
      const logs = state.log.splice(0);
      res.end(JSON.stringify({ out, logs }, null, 1) + '\n');
    } catch (e) {
      res.end('ERROR ' + (e?.stack ?? e) + '\n' + state.log.splice(0).join('\n') + '\n');
    }
  });
}).listen(port, '127.0.0.1', () => console.log('driver on', port));
// playwright-core handles SIGTERM by closing Chromium but leaves this server running: end both.
for (const sig of ['SIGTERM', 'SIGINT']) process.on(sig, () => { browser.close().finally(() => process.exit(0)); });
