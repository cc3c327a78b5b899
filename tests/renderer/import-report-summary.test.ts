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
import ImportMetaForm from '../../renderer/src/components/ImportMetaForm.vue';
import { emptyNode, type ImportReport, type PlanMeta, type PlanNode } from '../../shared/model/plan';

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

describe('ImportReportSummary: what was read onto the tasks', () => {
  const node = (kind: 'part' | 'task', over: Partial<PlanNode> = {}, children: PlanNode[] = []): PlanNode => ({ ...emptyNode(`n${Math.random()}`, kind), ...over, children });
  const nodes = [node('part', { heading: '一、教育' }, [
    node('task', { heading: '新建幼儿园', lead: ['区教育局'], partners: ['区住建局'], milestones: [{ year: 2026, stage: '完成', text: '2026年8月底前' }] }),
    node('task', { heading: '食堂改造', lead: ['区教育局'], milestones: [{ year: 2026, stage: '完成', text: '2026年9月底前' }] }),
    node('task', { heading: '课后服务' }),
  ])];
  for (const [locale, line] of [
    ['zh-CN', '3 项任务中: 2 项有牵头单位,1 项有配合单位,2 项有时间节点,0 项有指标'],
    ['en', 'Of 3 tasks: 2 with a lead department, 1 with partner departments, 2 with milestones, 0 with targets'],
  ] as const) {
    it(`${locale}: how many tasks got departments, milestones and targets (a table's columns read, before saving)`, () => {
      const w = mount(ImportReportSummary, { props: { report, otherWarnings: [], nodes }, global: { plugins: [makeI18n(locale)] } });
      expect(w.find('[data-test=fields-read]').text().replace(/\s+/g, ' ')).toBe(line);
      w.unmount();
    });
  }

  it('a plan without tasks shows no such line', () => {
    const w = mount(ImportReportSummary, { props: { report, otherWarnings: [], nodes: [node('part')] }, global: { plugins: [makeI18n('zh-CN')] } });
    expect(w.find('[data-test=fields-read]').exists()).toBe(false);
    w.unmount();
  });
});

describe('ImportMetaForm: what the file was read as (walk 13)', () => {
  // the importer's source.encoding is a format for binary files: shown as 「编码:docx」 / 「编码:pdf」 it said nothing
  const meta = (encoding: string) => ({ title: '', district: '', city: '', issuer: '', docNumber: '', issuedOn: '', addressees: [], source: { fileName: 'x', encoding } }) as unknown as PlanMeta;
  const line = (encoding: string, locale: 'zh-CN' | 'en' = 'zh-CN') =>
    mount(ImportMetaForm, { props: { meta: meta(encoding), periodStart: null, periodEnd: null }, global: { plugins: [makeI18n(locale)] } }).get('[data-test=import-read-as]').text();
  it('a Word, PDF or Excel file by its format; a text by its encoding', () => {
    expect(line('docx')).toBe('文件格式:Word 文档(.docx)');
    expect(line('pdf')).toBe('文件格式:PDF 文档');
    expect(line('xlsx')).toBe('文件格式:Excel 工作簿(.xlsx)');
    expect(line('doc')).toBe('文件格式:Word 97–2003 文档(.doc/.wps)');
    expect(line('gb18030')).toBe('文字编码:GB18030 (GBK)');
    expect(line('utf-8')).toBe('文字编码:UTF-8');
    expect(line('pdf', 'en')).toBe('File format: PDF document');
  });
});
