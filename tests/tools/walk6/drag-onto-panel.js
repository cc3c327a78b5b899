// A real drag of a file from "the desktop" through Chromium's input pipeline (CDP Input.dispatchDragEvent), dropped
// at (S.x, S.y) — by default on the batch panel's backdrop. S.dragFile: a path on this machine.
const cdp = await page.context().newCDPSession(page);
const data = { items: [], files: [S.dragFile ?? '/tmp/walk6/drop-19.md'], dragOperationsMask: 1 };
const x = S.x ?? 200, y = S.y ?? 200;
for (const type of ['dragEnter', 'dragOver', 'drop']) await cdp.send('Input.dispatchDragEvent', { type, x, y, data });
await page.waitForTimeout(1500);
await shot(S.shotName ?? 'drag');
return await page.evaluate(() => [...document.querySelectorAll('[data-test=batch-row]')].map((r) => `${r.dataset.state} ${r.querySelector('.name')?.textContent}`));
