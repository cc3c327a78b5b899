// Drop files on the library as one drag (DataTransfer.files): by default every text of tests/corpus/docs/ (80 files).
// Set S.dropList = ['19-markdown-numbered.md', …] before posting to drop only those (e.g. while a batch runs).
const fs = await import('node:fs');
// the driver runs from the repository (node tests/tools/walk-driver.mjs …)
const dir = S.corpusDir ?? `${process.cwd()}/tests/corpus/docs/`;
const names = S.dropList ?? fs.readdirSync(dir);
const files = names.map((n) => ({ name: n, b64: fs.readFileSync(dir + n).toString('base64') }));
const dt = await page.evaluateHandle((files) => {
  const dt = new DataTransfer();
  for (const f of files) dt.items.add(new File([Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0))], f.name));
  return dt;
}, files);
await page.dispatchEvent('.library', 'drop', { dataTransfer: dt });
await page.waitForTimeout(1500);
await shot(S.shotName ?? 'drop');
return names.length;
