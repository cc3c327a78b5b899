// @vitest-environment happy-dom
/**
 * Dates typed in the app's language (walk 13): 成文日期 in 计划信息 and in the import dialog was the browser's
 * <input type=date> (mm/dd/yyyy and English month names in an English Chromium; no month-only date) and a bare text
 * box. Now both are DateField: 2025-06-30, 2025年6月30日, 2025年6月底 … read into yyyy-mm-dd, shown as 2025年6月30日,
 * a bad date refused with its reason and the plan unchanged, ↑ / ↓ a day.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import { reactive } from 'vue';
import { setApi } from '../../renderer/src/api/client';
import { makeI18n } from '../../renderer/src/i18n';
import { useEditorStore } from '../../renderer/src/stores/editor';
import MetaForm from '../../renderer/src/editor/MetaForm.vue';
import ImportMetaForm from '../../renderer/src/components/ImportMetaForm.vue';
import { addDays, readTypedDate, showDate } from '../../renderer/src/components/typedDate';
import { fakeLibrary, seedDoc } from './helpers';
import type { PlanMeta } from '../../shared/model/plan';

describe('readTypedDate: the forms a planner types', () => {
  it.each([
    ['2025-06-30', '2025-06-30'], ['2025/6/30', '2025-06-30'], ['2025.6.30', '2025-06-30'], ['20250630', '2025-06-30'],
    ['2025年6月30日', '2025-06-30'], ['2025 年 6 月 30 日', '2025-06-30'], ['２０２５年６月３０日', '2025-06-30'], ['2025年6月30号', '2025-06-30'],
    ['二〇二五年六月三十日', '2025-06-30'], ['二○二四年十二月一日', '2024-12-01'],
    // the month's last day: 底 / 末, February of a leap year too; the year's end
    ['2025年6月底', '2025-06-30'], ['2024年2月底', '2024-02-29'], ['2023年2月末', '2023-02-28'], ['2025年底', '2025-12-31'],
  ])('%s → %s', (typed, iso) => {
    expect(readTypedDate(typed)).toEqual({ ok: true, iso, partial: false });
  });
  it('a month alone is a month-only date (as the importer stores 2005年11月); nothing typed clears the date', () => {
    expect(readTypedDate('2025年6月')).toEqual({ ok: true, iso: '2025-06', partial: true });
    expect(readTypedDate('2025-06')).toEqual({ ok: true, iso: '2025-06', partial: true });
    expect(readTypedDate('  ')).toEqual({ ok: true, iso: null, partial: false });
  });
  it('a day without 日 and a month without its 0 are read (a planner types them so); they are taken only when the field is left or on Enter', () => {
    // (a half-typed "2026年3月1" heading for 15日 reads as 1 March too: what keeps it from being taken is that nothing takes
    // a focused field's text but its own change, Enter or a real way out — not the window hidden: useSaveOnLeave.ts)
    expect(readTypedDate('2026年3月1')).toEqual({ ok: true, iso: '2026-03-01', partial: false });
    expect(readTypedDate('2026-1')).toEqual({ ok: true, iso: '2026-01', partial: true });
  });
  it('refuses what is no date, with the reason', () => {
    const key = (s: string) => { const r = readTypedDate(s); return r.ok ? null : r.error.key; };
    expect(key('2025-02-30')).toBe('date.badDay');
    expect(key('2023年2月29日')).toBe('date.badDay');
    expect(key('2025-13-01')).toBe('date.badMonth');
    expect(key('1850年1月1日')).toBe('date.badYear');
    expect(key('六月底')).toBe('date.unreadable');
    expect(key('2025年6月30日前')).toBe('date.unreadable');
    expect(key('06/30/2025')).toBe('date.unreadable');
  });
  it('shows 2025年6月30日 in Chinese, 2025-06-30 in English; a day forward across a month and a year', () => {
    expect(showDate('2025-06-30', 'zh-CN')).toBe('2025年6月30日');
    expect(showDate('2025-06', 'zh-CN')).toBe('2025年6月');
    expect(showDate('2025-06-30', 'en')).toBe('2025-06-30');
    expect(addDays('2025-06-30', 1)).toBe('2025-07-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('2025-06', 1)).toBeNull();
  });
});

let pinia: Pinia;
const mounted: VueWrapper[] = [];
beforeEach(() => {
  pinia = createPinia();
  setActivePinia(pinia);
});
afterEach(() => {
  while (mounted.length) mounted.pop()!.unmount();
  setApi(null);
});

async function metaForm(locale: 'zh-CN' | 'en' = 'zh-CN', issuedOn: string | null = '2014-03-05') {
  const doc = seedDoc();
  doc.meta.issuedOn = issuedOn;
  const lib = fakeLibrary({ p1: doc });
  setApi(lib.client);
  const store = useEditorStore();
  await store.load('p1');
  const w = mount(MetaForm, { global: { plugins: [pinia, makeI18n(locale)] }, attachTo: document.body });
  mounted.push(w);
  await flushPromises();
  return { w, store, input: w.get<HTMLInputElement>('[data-field=issuedOn]') };
}

describe('成文日期 in 计划信息', () => {
  it('is a text box in the app\'s language, not the browser\'s date input; a typed Chinese date is stored as yyyy-mm-dd', async () => {
    const { store, input } = await metaForm();
    expect(input.attributes('type')).toBe('text');
    expect(input.element.value).toBe('2014年3月5日');
    await input.setValue('2025年6月底');
    await input.trigger('change');
    expect(store.meta!.issuedOn).toBe('2025-06-30');
    expect(input.element.value).toBe('2025年6月30日');
    await input.setValue('2025/7/1');
    await input.trigger('keydown', { key: 'Enter' });
    expect(store.meta!.issuedOn).toBe('2025-07-01');
    // ↑ / ↓: a day
    await input.trigger('keydown', { key: 'ArrowDown' });
    expect(store.meta!.issuedOn).toBe('2025-06-30');
    // cleared
    await input.setValue('');
    await input.trigger('change');
    expect(store.meta!.issuedOn).toBeNull();
  });

  it('a bad date is refused with its reason; what was typed stays, the plan keeps its date', async () => {
    const { w, store, input } = await metaForm();
    await input.setValue('2025-02-30');
    await input.trigger('change');
    expect(store.meta!.issuedOn).toBe('2014-03-05');
    expect(input.element.value).toBe('2025-02-30');
    expect(input.attributes('aria-invalid')).toBe('true');
    const err = w.get('[data-test=date-error]');
    expect(err.text()).toBe('2025年2月没有30日');
    expect(err.attributes('role')).toBe('alert');
    expect(input.attributes('aria-describedby')).toBe(err.attributes('id'));
    await input.setValue('下个月');
    await input.trigger('change');
    expect(w.get('[data-test=date-error]').text()).toBe('无法识别的日期“下个月”:请写成 2025-06-30、2025年6月30日 或 2025年6月底');
    // fixed: the error goes
    await input.setValue('2025-02-28');
    await input.trigger('change');
    expect(store.meta!.issuedOn).toBe('2025-02-28');
    expect(w.find('[data-test=date-error]').exists()).toBe(false);
  });

  it('in English: 2025-06-30 and English reasons; a month-only date imported is shown, not lost', async () => {
    const { w, store, input } = await metaForm('en', '2005-11');
    expect(input.element.value).toBe('2005-11');
    await input.setValue('2025-13-01');
    await input.trigger('change');
    expect(w.get('[data-test=date-error]').text()).toBe('The month of “2025-13-01” must be 1 to 12');
    expect(store.meta!.issuedOn).toBe('2005-11');
    await input.setValue('2025年6月30日');
    await input.trigger('change');
    expect(input.element.value).toBe('2025-06-30');
  });
});

describe('成文日期 in the import dialog', () => {
  it('reads a typed Chinese date into the plan\'s metadata before it is stored', async () => {
    const meta = reactive({ title: 't', district: null, city: null, period: null, issuer: null, docNumber: null, issuedOn: null, addressees: [], status: 'reference', source: null, basedOn: null, notice: '', preamble: '' }) as unknown as PlanMeta;
    const w = mount(ImportMetaForm, { props: { meta, periodStart: 2024, periodEnd: 2026 }, global: { plugins: [makeI18n('zh-CN')] } });
    mounted.push(w);
    const input = w.get<HTMLInputElement>('[data-test=meta-issued-on]');
    expect(input.attributes('placeholder')).toBe('未识别到;可写 2024-03-05 或 2024年3月5日');
    await input.setValue('二〇二四年三月五日');
    await input.trigger('change');
    expect(meta.issuedOn).toBe('2024-03-05');
    await input.setValue('2024-3-32');
    await input.trigger('change');
    expect(meta.issuedOn).toBe('2024-03-05');
    expect(w.get('[data-test=date-error]').text()).toBe('2024年3月没有32日');
  });
});

describe('印发日期 in 计划信息 (GB/T 9704 §7.4.3: the 版记\'s date)', () => {
  it('empty, its placeholder says what the 版记 prints (the 成文日期, or no date); a typed date is taken, cleared it is none', async () => {
    const { w, store } = await metaForm();
    const field = w.get<HTMLInputElement>('[data-test=meta-printed-on]');
    expect(field.attributes('placeholder')).toBe('同成文日期');
    await field.setValue('2014年3月10日');
    await field.trigger('change');
    expect(store.meta!.printedOn).toBe('2014-03-10');
    await field.setValue('');
    await field.trigger('change');
    expect(store.meta!.printedOn).toBeNull();
    const none = await metaForm('zh-CN', null);
    expect(none.w.get('[data-test=meta-printed-on]').attributes('placeholder')).toBe('未填写:版记只印发文机关,不印日期');
  });
});
