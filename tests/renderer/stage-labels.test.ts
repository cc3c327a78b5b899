// @vitest-environment happy-dom
/**
 * A milestone's stage in the English interface (walk 12): the stage list of the editor's milestones and the compare
 * view's milestone rows showed the plan's Chinese words 启动 / 推进 / 完成. The stored value stays the plan's word.
 */
import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { makeI18n } from '../../renderer/src/i18n';
import MilestonesGrid from '../../renderer/src/editor/MilestonesGrid.vue';
import FieldDiffView from '../../renderer/src/compare/FieldDiffView.vue';
import type { Milestone } from '../../shared/model/plan';
import type { FieldDiff } from '../../renderer/src/compare/model';

const ms: Milestone[] = [{ year: 2025, stage: '推进', text: '建设2个示范街道' }];

describe('milestone stages', () => {
  it('the stage list names the stages in the interface language; the value chosen is the plan\'s word', async () => {
    const options = (locale: 'en' | 'zh-CN') => {
      const w = mount(MilestonesGrid, { props: { owner: 'n', milestones: ms, period: { start: 2024, end: 2026 }, marked: [] }, global: { plugins: [makeI18n(locale)] } });
      const select = w.get('select').element as HTMLSelectElement;
      const out = { labels: [...select.options].map((o) => o.textContent), values: [...select.options].map((o) => o.value), value: select.value };
      w.unmount();
      return out;
    };
    expect(options('en')).toEqual({ labels: ['— stage —', 'Start', 'In progress', 'Complete'], values: ['', '启动', '推进', '完成'], value: '推进' });
    expect(options('zh-CN').labels).toEqual(['— 阶段 —', '启动', '推进', '完成']);
    const w = mount(MilestonesGrid, { props: { owner: 'n', milestones: ms, period: { start: 2024, end: 2026 }, marked: [] }, global: { plugins: [makeI18n('en')] } });
    await w.get('select').setValue('完成');
    expect((w.emitted('update')!.at(-1)![0] as Milestone[])[0].stage).toBe('完成');
  });

  it('the compare view tags a milestone with its stage in the interface language', () => {
    const fields = {
      departments: { added: [], removed: [], same: [] },
      indicators: [],
      milestones: [{ year: 2025, slot: 2, leftYear: 2025, rightYear: 2022, changed: true, left: ms, right: [{ stage: '启动', text: '建设3个中心' }] }],
      changed: true,
    } satisfies FieldDiff;
    const text = (locale: 'en' | 'zh-CN') => mount(FieldDiffView, { props: { fields }, global: { plugins: [makeI18n(locale)] } }).get('[data-test="milestone-diff"] tbody').text();
    expect(text('en')).toContain('[In progress] 建设2个示范街道');
    expect(text('en')).toContain('[Start] 建设3个中心');
    expect(text('en')).not.toMatch(/启动|推进/);
    expect(text('zh-CN')).toContain('【推进】建设2个示范街道');
  });
});
