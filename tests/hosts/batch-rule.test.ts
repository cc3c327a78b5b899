/**
 * The batch rule shared by the CLI's `import <folder>` and the app's batch panel (shared/api/batch-import.ts): which
 * plan a previewed file duplicates, what a taken file leaves for the rest of the batch, the refusal's reason without
 * the file name, the task count and the summary counts.
 */
import { describe, expect, it } from 'vitest';
import { batchCounts, countTasks, refusalReason, rememberTaken, sameDocument, type BatchKnown } from '../../shared/api/batch-import';

const meta = (textSha256?: string) => ({ source: { fileName: 'a.txt', encoding: 'utf-8', sha256: 'b', bytes: 1, ...(textSha256 ? { textSha256 } : {}) } }) as any;
const node = (kind: string, children: any[] = []) => ({ kind, children }) as any;

describe('shared/api/batch-import', () => {
  it('the library\'s plan first (most recent), then one taken earlier in the batch by text fingerprint', () => {
    const known: BatchKnown = new Map();
    expect(sameDocument({ meta: meta('T1') }, known)).toBeUndefined();
    rememberTaken(known, { meta: meta('T1') }, { id: 'p1', title: '甲' }, 'sha-1');
    expect(known.get('sha-1')).toEqual({ id: 'p1', title: '甲' });
    expect(sameDocument({ meta: meta('T1') }, known)).toEqual({ id: 'p1', title: '甲' });
    expect(sameDocument({ meta: meta('T2') }, known)).toBeUndefined();
    const lib = [{ id: 'p0', title: '旧稿', status: 'reference' as const, sourceFileName: null, updatedAt: '2026-01-01' }];
    expect(sameDocument({ meta: meta('T1'), duplicates: lib }, known)).toEqual({ id: 'p0', title: '旧稿' });
    // a document without a text fingerprint (a plan JSON file) is a duplicate only by the library's answer
    expect(sameDocument({ meta: { source: null } as any }, known)).toBeUndefined();
  });

  it('the reason without 「无法导入 <file>:」; another message as it is', () => {
    expect(refusalReason('无法导入 坏文件.docx:这是 PNG 图片,不是文本或 Word 文档', '坏文件.docx')).toBe('这是 PNG 图片,不是文本或 Word 文档');
    expect(refusalReason('无法导入 别的.docx:文件是空的', '坏文件.docx')).toBe('无法导入 别的.docx:文件是空的');
    expect(refusalReason('磁盘空间不足', '坏文件.docx')).toBe('磁盘空间不足');
  });

  it('counts tasks at any depth and the outcomes by status', () => {
    expect(countTasks([node('section', [node('task'), node('subsection', [node('task'), node('item')])]), node('task')])).toBe(3);
    expect(batchCounts([{ status: 'stored' }, { status: 'duplicate' }, { status: 'refused' }, { status: 'stored' }, { status: 'skipped' }]))
      .toEqual({ stored: 2, checked: 0, duplicate: 1, refused: 1 });
  });
});
