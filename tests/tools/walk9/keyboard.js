// Keyboard only: S.keys is a list of keys (or 'type:<text>'); after each, the focused element (tag, data-test, name)
// and how many dialogs are open. The page: S.kb names one of S.pages (walk 9's sizes), else walk 9's 1024x768 page when
// S.pages has it, else the driver's main page (walk 11). S.start (once) opens a page first; a screenshot after the last
// key (S.name, or 'kb' where S.pages is used).
const p = S.kb ? S.pages[S.kb] : (S.pages?.['1024x768@1'] ?? page);
if (S.start) { await p.goto(S.start); await p.reload(); await p.waitForTimeout(1500); S.start = null; }
const log = [];
for (const k of S.keys) {
  if (k.startsWith('type:')) await p.keyboard.type(k.slice(5)); else await p.keyboard.press(k);
  await p.waitForTimeout(S.wait ?? 250);
  log.push(k + ' → ' + await p.evaluate(() => {
    const e = document.activeElement;
    const d = document.querySelectorAll('[role=dialog],[role=alertdialog]').length;
    return `${e?.tagName}${e?.getAttribute('data-test') ? '[' + e.getAttribute('data-test') + ']' : ''} "${(e?.getAttribute('aria-label') || e?.textContent || e?.value || '').trim().replace(/\s+/g, ' ').slice(0, 40)}"${d ? ' dialogs=' + d : ''}`;
  }));
}
if (S.name || S.pages) await S.shot(S.name ?? 'kb', p);
return log;
