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
import MilestonesGrid from '../../renderer/src/editor/MilestonesGrid.vue';
import { discardTyped } from '../../renderer/src/editor/keepTyped';
import type { Indicator, Milestone } from '../../shared/model/plan';

const row: Indicator = { name: '政务数据开放数量', value: null, unit: '', comparator: '>=', year: 2029, text: '' };

const mountTable = (owner: string, indicators: Indicator[]) =>
  mount(IndicatorsTable, { props: { owner, indicators, defaultYear: 2029, marked: [] }, global: { plugins: [makeI18n('zh-CN')] }, attachTo: document.body });
const type = (el: HTMLInputElement, text: string) => {
  el.value = text;
  el.dispatchEvent(new Event('input', { bubbles: true }));
};

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

  // review of session 32: NodePanel is reused for another node (an undo re-selects the node it changed) and its rows
  // are keyed by index, so the same element showed node A's row with node B's typed text, and its change wrote it to A
  it('typed in node B and the table then shows node A: A\'s value is shown, the change sends A\'s own value', async () => {
    const a: Indicator = { name: 'A指标甲', value: 120, unit: '个', comparator: '>=', year: 2029, text: '' };
    const b: Indicator = { name: 'B指标乙', value: null, unit: '个', comparator: '>=', year: 2029, text: '' };
    const w = mountTable('B', [b]);
    const value = w.get('input[aria-label="目标值"]').element as HTMLInputElement;
    value.focus();
    type(value, '500');
    await w.setProps({ owner: 'A', indicators: [a] });
    await nextTick();
    expect(value.value).toBe('120');
    value.dispatchEvent(new Event('change', { bubbles: true }));
    const sent = w.emitted('update')!.at(-1)![0] as Indicator[];
    expect(sent[0]).toEqual(a);
    w.unmount();
  });

  it('another node\'s row with the same value (both empty): the identity alone drops the typed text', async () => {
    const b: Indicator = { name: 'B指标乙', value: null, unit: '', comparator: '>=', year: 2029, text: '' };
    const w = mountTable('B', [b]);
    const value = w.get('input[aria-label="目标值"]').element as HTMLInputElement;
    value.focus();
    type(value, '500');
    await w.setProps({ owner: 'A', indicators: [{ ...b, name: 'A指标甲' }] });
    expect(value.value).toBe('');
    // and the same node again with another row's list at that index likewise (row 0 is another indicator now)
    type(value, '7');
    await w.setProps({ indicators: [{ ...b, name: 'A指标丙', value: 3 }] });
    expect(value.value).toBe('3');
    w.unmount();
  });

  it('the same node: an undo of the value just committed shows the value before it, not the text typed', async () => {
    const row0: Indicator = { name: '政务数据开放数量', value: null, unit: '', comparator: '>=', year: 2029, text: '' };
    const w = mountTable('A', [row0]);
    const value = w.get('input[aria-label="目标值"]').element as HTMLInputElement;
    value.focus();
    type(value, '500');
    value.dispatchEvent(new Event('change', { bubbles: true })); // Enter: committed, the focus stays
    await w.setProps({ indicators: [{ ...row0, value: 500 }] });
    expect(value.value).toBe('500');
    // Ctrl+Z: the store undoes the 500 and passes the row down without it
    await w.setProps({ indicators: [row0] });
    expect(value.value).toBe('');
    // typed again over a value, then something outside changes this very field (a merge, a redo): its value shows
    await w.setProps({ indicators: [{ ...row0, value: 120 }] });
    type(value, '1207');
    await w.setProps({ indicators: [{ ...row0, value: 95 }] });
    expect(value.value).toBe('95');
    w.unmount();
  });

  it('discardTyped (Ctrl+Z in the field): the typed text goes, the model\'s value is back; nothing typed: false', async () => {
    const row0: Indicator = { name: '政务数据开放数量', value: 120, unit: '', comparator: '>=', year: 2029, text: '' };
    const w = mountTable('A', [row0]);
    const value = w.get('input[aria-label="目标值"]').element as HTMLInputElement;
    const name = w.get('input[aria-label="指标名称"]').element as HTMLInputElement;
    value.focus();
    type(value, '1205');
    expect(discardTyped(value)).toBe(true);
    expect(value.value).toBe('120');
    expect(discardTyped(value)).toBe(false); // nothing typed now: the plan's undo runs
    expect(discardTyped(name)).toBe(false); // a field the model takes as it is typed: the plan's undo
    expect(discardTyped(null)).toBe(false);
    w.unmount();
  });

  it('MilestonesGrid: a year typed in node B\'s cell is not shown in node A\'s', async () => {
    const mB: Milestone = { year: 2035, stage: null, text: 'B的节点' };
    const mA: Milestone = { year: 2035, stage: null, text: 'A的节点' };
    const w = mount(MilestonesGrid, { props: { owner: 'B', milestones: [mB], period: { start: 2027, end: 2029 }, marked: [] }, global: { plugins: [makeI18n('zh-CN')] }, attachTo: document.body });
    const year = w.get('input[aria-label="年份"]').element as HTMLInputElement;
    year.focus();
    type(year, '2036');
    await w.setProps({ milestones: [{ ...mB, text: 'B的节点。' }] }); // a re-render of B's own cell keeps it
    expect(year.value).toBe('2036');
    await w.setProps({ owner: 'A', milestones: [mA] });
    expect(year.value).toBe('2035');
    w.unmount();
  });
});

describe('a way out that leaves no field (typedFields.ts commitTyped: a shortcut to another view, the window closed)', () => {
  it('目标值 typed and not committed is sent by its own change; a field showing the model\'s value sends nothing', async () => {
    const { commitTyped } = await import('../../renderer/src/components/typedFields');
    const w = mountTable('A', [row]);
    const value = w.get('input[aria-label="目标值"]').element as HTMLInputElement;
    expect(commitTyped()).toEqual([]);
    expect(w.emitted('update')).toBeUndefined();
    value.focus();
    type(value, '500');
    expect(commitTyped()).toEqual([]);
    expect((w.emitted('update')!.at(-1)![0] as Indicator[])[0].value).toBe(500);
    w.unmount();
    // (an unmounted table holds nothing)
    expect(commitTyped()).toEqual([]);
  });
});
