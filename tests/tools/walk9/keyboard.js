// Keyboard only, in the page S.kb (default: the 1024x768 page): S.keys is a list of keys (or 'type:<text>');
// after each, the focused element (tag, data-test, text) and whether a dialog is open. Screenshot after the last.
const p = S.pages[S.kb ?? '1024x768@1'];
if (S.start) { await p.goto(S.start); await p.waitForTimeout(1500); }
const log = [];
for (const k of S.keys) {
  if (k.startsWith('type:')) await p.keyboard.type(k.slice(5)); else await p.keyboard.press(k);
  await p.waitForTimeout(S.wait ?? 250);
  log.push(k + ' → ' + await p.evaluate(() => {
    const e = document.activeElement;
    const d = document.querySelectorAll('[role=dialog]').length;
    return `${e?.tagName}${e?.getAttribute('data-test') ? '[' + e.getAttribute('data-test') + ']' : ''} "${(e?.getAttribute('aria-label') || e?.textContent || e?.value || '').trim().slice(0, 30)}"${d ? ' dialogs=' + d : ''}`;
  }));
}
await S.shot(S.name ?? 'kb', p);
return log;
