// The editor, library and dialogs at 1440×900, 1280×720, 1024×768 and 1280×720 at 150 % (853×480 CSS px): buttons
// outside the window, the title's and the indicator name column's widths. S.plan: a plan id (a plan under review
// shows the fullest toolbar).
const out = {};
for (const [name, w, h] of [['1440x900', 1440, 900], ['1280x720', 1280, 720], ['1024x768', 1024, 768], ['zoom150', 853, 480]]) {
  await page.setViewportSize({ width: w, height: h });
  await page.goto(page.url().replace(/#.*$/, '') + `#/plan/${S.plan}`);
  await page.locator('[data-test=outline-row]').first().waitFor();
  await page.waitForTimeout(800);
  await shot(`small-${name}-editor`);
  out[name] = await page.evaluate(() => ({
    outside: [...document.querySelectorAll('button, a')].filter((b) => { const x = b.getBoundingClientRect(); return b.offsetParent && x.width > 0 && (x.right > innerWidth + 1 || x.left < -1); }).map((b) => b.innerText.trim().slice(0, 12)),
    wrappedTopbar: [...document.querySelectorAll('.topbar button, .topbar a')].filter((b) => b.getBoundingClientRect().height > 40).map((b) => b.innerText.trim()),
    title: Math.round(document.querySelector('.bar .title')?.getBoundingClientRect().width ?? -1),
    indicatorName: Math.round(document.querySelector('[data-col=name]')?.getBoundingClientRect().width ?? -1),
  }));
}
await page.setViewportSize({ width: 1440, height: 900 });
return out;
