// Imports each of S.files (paths) with 导入文件…, one after the other, and records what the dialog says: the progress
// steps seen (polled every 100 ms), then the error (code, reason) or the report; the library's plan count before and
// after (the list's API); a screenshot of each outcome. An error is closed with 选择文件; a report is NOT saved unless
// S.save is true. Needs S.files; optional S.prefix for screenshot names.
const path = await import('node:path');
const out = [];
for (const [i, f] of S.files.entries()) {
  const before = await page.locator('[data-test=plan-card]').count();
  if (!(await page.getByTestId('import-dialog').isVisible().catch(() => false))) await page.getByTestId('import').click();
  const t0 = Date.now();
  await page.getByTestId('import-file').setInputFiles(f);
  const seen = [];
  let outcome = null;
  let shotProgress = false;
  while (Date.now() - t0 < 120000) {
    const phase = await page.evaluate(() => {
      const d = document.querySelector('[data-test=import-dialog]');
      if (!d) return 'closed';
      if (d.querySelector('[data-test=import-error]')) return 'error';
      if (d.querySelector('[data-test=import-report]')) return 'report';
      const p = d.querySelector('[data-test=import-progress]');
      if (p) return 'progress: ' + p.innerText.split('\n')[0];
      return 'choose';
    });
    if (seen.at(-1) !== phase) seen.push(phase);
    if (phase === 'error' || phase === 'report' || phase === 'closed') { outcome = phase; break; }
    if (phase.startsWith('progress') && Date.now() - t0 > 1500 && !shotProgress) { shotProgress = true; await shot(`${S.prefix ?? 'bad'}-${i}-progress`); }
    await page.waitForTimeout(100);
  }
  const ms = Date.now() - t0;
  const name = `${S.prefix ?? 'bad'}-${i}`;
  await shot(name);
  let r = { file: path.basename(f), outcome, seen, ms, shot: name };
  if (outcome === 'error') {
    const e = page.getByTestId('import-error');
    r.code = await e.getAttribute('data-code');
    r.reason = await page.getByTestId('import-error-reason').innerText();
    await page.getByTestId('import-error-choose').click();
  } else if (outcome === 'report') {
    r.report = (await page.getByTestId('import-report').innerText()).slice(0, 600);
    if (S.save) { await page.getByTestId('import-save').click(); await page.waitForTimeout(1500); }
  }
  await page.keyboard.press('Escape');
  await page.waitForTimeout(300);
  r.cards = [before, await page.locator('[data-test=plan-card]').count()];
  out.push(r);
}
return out;
