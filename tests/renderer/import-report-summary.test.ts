// @vitest-environment happy-dom
/**
 * The import report's list of removed lines: the importer removes a table of contents, a 落款, a 版记 and 附件 markers
 * from any document (shared/importer/paragraphs.ts, meta.ts), not only a web page's chrome, so its heading names what
 * they are for every format (the walk of 2026-12-06 saw 「已去除的网页内容(5)」 on the PDF of a Word export, listing
 * 附件 markers, two 附表 and the 版记).
 */
import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { makeI18n } from '../../renderer/src/i18n';
import ImportReportSummary from '../../renderer/src/components/ImportReportSummary.vue';
import type { ImportReport } from '../../shared/model/plan';

const report: ImportReport = {
  warnings: [],
  declared: {},
  found: { part: 4, task: 6 },
  removed: [
    { line: 7, text: '附件：东湖区海绵城市建设专项规划', reason: '附件标记（附件即方案正文）' },
    { line: 124, text: '东湖区人民政府办公室', reason: '版记（抄送、印发机关和印发日期）' },
  ],
  unstructured: 0,
  uncertain: [],
};

describe('ImportReportSummary: removed lines', () => {
  for (const [locale, heading] of [['zh-CN', '已去除的非正文内容(2)'], ['en', 'Removed from the plan text (2)']] as const) {
    it(`${locale}: the heading names them as not plan text, not as web-page content, and unfolds the list`, async () => {
      const w = mount(ImportReportSummary, { props: { report, otherWarnings: [] }, global: { plugins: [makeI18n(locale)] } });
      const button = w.findAll('button').find((b) => b.text().includes('(2)'))!;
      expect(button.text()).toBe(`▸ ${heading}`);
      expect(w.text()).not.toMatch(/网页|Web page/);
      await button.trigger('click');
      expect(w.find('[data-test=removed]').text()).toContain('版记（抄送、印发机关和印发日期）');
      w.unmount();
    });
  }
});
