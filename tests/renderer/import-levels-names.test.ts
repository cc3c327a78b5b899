// @vitest-environment happy-dom
/**
 * The import dialog's level table names each numbering style by its marker as written ("一、", "(一)", "1."); a style
 * the importer finds without one (a table's 类别 groups, 附件, 专栏 …) by what it is. Found in the browser with a
 * 民生实事 workbook: the table's 类别 groups showed as "tablegroup".
 */
import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { makeI18n } from '../../renderer/src/i18n';
import ImportLevels from '../../renderer/src/components/ImportLevels.vue';

describe('ImportLevels: a style without a written marker is named, never shown as its internal key', () => {
  it('a 分解表\'s 类别 groups (tablegroup) read 表格分组, its rows (tablerow) their number', () => {
    const w = mount(ImportLevels, {
      props: { rows: [{ key: 'tablegroup', sample: '', depth: 0, kind: 'part', count: 2 }, { key: 'tablerow', sample: '1', depth: 1, kind: 'task', count: 5 }] },
      global: { plugins: [makeI18n('zh-CN')] },
    });
    expect(w.findAll('[data-test=level-sample]').map((x) => x.text())).toEqual(['表格分组', '1']);
    expect(w.text()).not.toContain('tablegroup');
    w.unmount();
  });
  it('unnumbered points read by their run-in heading (runin, batch 22) read 段首标题', () => {
    const w = mount(ImportLevels, {
      props: { rows: [{ key: 'cn', sample: '一、', depth: 0, kind: 'part', count: 3 }, { key: 'runin', sample: '', depth: 1, kind: 'task', count: 6 }] },
      global: { plugins: [makeI18n('zh-CN')] },
    });
    expect(w.findAll('[data-test=level-sample]').map((x) => x.text())).toEqual(['一、', '段首标题']);
    expect(w.text()).not.toContain('runin');
    w.unmount();
  });
});
