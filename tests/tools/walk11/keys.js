// Keyboard only, in the driver's main page: S.keys is a list of keys (or 'type:<text>'); after each, the focused element
// (tag, data-test, name) and how many dialogs are open. S.start (once) opens a page first; S.name: a screenshot after.
const p = page;
if (S.start) { await p.goto(S.start); await p.reload(); await p.waitForTimeout(1500); S.start = null; }
const log = [];
for (const k of S.keys) {
  if (k.startsWith('type:')) await p.keyboard.type(k.slice(5)); else await p.keyboard.press(k);
  await p.waitForTimeout(S.wait ?? 250);
  log.push(k + ' → ' + await p.evaluate(() => {
    const e = document.activeElement;
    const d = document.querySelectorAll('[role=dialog],[role=alertdialog]').length;
    return `${e?.tagName}${e?.getAttribute('data-test') ? '[' + e.getAttribute('data-test') + ']' : ''} "${(e?.getAttribute('aria-label') || e?.textContent || e?.value || '').trim().replace(/\s+/g,' ').slice(0, 40)}"${d ? ' dialogs=' + d : ''}`;
  }));
}
if (S.name) await S.shot(S.name, p);
return log;
