/**
 * Walk 10: a PDF export of a 1,012-node plan on a loaded machine failed after 120 s with 「LibreOffice 转换 PDF 超时(120
 * 秒)」 — what went wrong, not what to do. A failed or timed-out conversion says what the clerk can do instead: export
 * the Word document and save it as PDF in Word or WPS. LibreOffice is stood in for by a script ($PW_SOFFICE).
 */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportPdf } from '../../electron/core/export';
import { isAppError } from '../../shared/errors';
import { blankPlan } from '../../shared/template';

const dir = mkdtempSync(join(tmpdir(), 'pw-pdf-fail-'));
const saved = process.env.PW_SOFFICE;
const script = (name: string, body: string) => { const f = join(dir, name); writeFileSync(f, `#!/bin/sh\n${body}\n`); chmodSync(f, 0o755); return f; };
const slow = script('slow-soffice', 'sleep 10');
const broken = script('broken-soffice', 'echo "Error: source file could not be loaded" >&2; exit 1');
const doc = blankPlan({ title: '东川区智慧城区建设三年行动计划（2025—2027年）', district: '东川区', period: { start: 2025, end: 2027 } });
const word = async () => new Uint8Array([0x50, 0x4b, 3, 4]);

async function failure(soffice: string, timeoutMs: number) {
  process.env.PW_SOFFICE = soffice;
  try {
    await exportPdf(doc, {}, timeoutMs, word);
  } catch (e) {
    if (isAppError(e)) return e;
    throw e;
  }
  throw new Error('no failure');
}

afterAll(() => {
  if (saved === undefined) delete process.env.PW_SOFFICE;
  else process.env.PW_SOFFICE = saved;
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(process.platform === 'win32')('PDF export that LibreOffice does not finish (walk 10)', () => {
  it('a conversion over the time limit: 超时, then what to do instead', async () => {
    const e = await failure(slow, 1000);
    expect(e.code).toBe('timeout');
    expect(e.message).toBe('LibreOffice 转换 PDF 超时(1 秒);请改为导出 Word 公文(.docx),再在 Word 或 WPS 中另存为 PDF');
  });

  it('a conversion that fails: 失败, then the same advice', async () => {
    const e = await failure(broken, 20_000);
    expect(e.code).toBe('convert-failed');
    expect(e.message).toBe('LibreOffice 转换 PDF 失败;请改为导出 Word 公文(.docx),再在 Word 或 WPS 中另存为 PDF');
  });
});
