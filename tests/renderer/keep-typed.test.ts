// @vitest-environment happy-dom
/**
 * A field the model takes on `change` keeps what is typed while it has the focus (renderer/src/editor/keepTyped.ts).
 * The keyboard walk of session 32: 指标名称 typed, Tab, Tab, 500 typed in 目标值 — a re-render of the row (the lint's
 * findings for the name, the save state) put 目标值 back to empty before the Tab that would commit it, and the plan
 * was saved without its target.
 */
import { mount } from '@vue/test-utils';
import { nextTick } from 'vue';
import { describe, expect, it } from 'vitest';
import { makeI18n } from '../../renderer/src/i18n';
import IndicatorsTable from '../../renderer/src/editor/IndicatorsTable.vue';
import type { Indicator } from '../../shared/model/plan';

const row: Indicator = { name: '政务数据开放数量', value: null, unit: '', comparator: '>=', year: 2029, text: '' };

describe('IndicatorsTable: 目标值 and 年份 typed and not yet committed', () => {
  it('survive a re-render of the row while the field has the focus; the change commits them', async () => {
    const w = mount(IndicatorsTable, { props: { indicators: [row], defaultYear: 2029, marked: [] }, global: { plugins: [makeI18n('zh-CN')] }, attachTo: document.body });
    const value = w.get('input[aria-label="目标值"]').element as HTMLInputElement;
    value.focus();
    value.value = '500'; // typed: no change yet
    value.dispatchEvent(new Event('input', { bubbles: true }));
    // something else re-renders the row (a new `marked` list from the lint, the row's name patched by the parent)
    await w.setProps({ marked: [], indicators: [{ ...row, name: '政务数据开放数量(个)' }] });
    await nextTick();
    expect(value.value).toBe('500');
    value.dispatchEvent(new Event('change', { bubbles: true }));
    const sent = w.emitted('update')!.at(-1)![0] as Indicator[];
    expect(sent[0].value).toBe(500);
    // once committed, the model's value shows (normalised) — here the parent passes it down
    await w.setProps({ indicators: [{ ...row, value: 500 }] });
    expect(value.value).toBe('500');
    // 年份 likewise
    const year = w.get('input[aria-label="年份"]').element as HTMLInputElement;
    year.focus();
    year.value = '2028';
    await w.setProps({ highlight: 0 });
    await nextTick();
    expect(year.value).toBe('2028');
    // a field without the focus shows the model's value
    value.value = '7';
    await w.setProps({ highlight: null });
    expect(value.value).toBe('500');
    w.unmount();
  });
});
