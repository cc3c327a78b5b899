/**
 * Review rev40's findings on the issuer, 地区 and 版记 readers (F2, F3, F6, F8), in a second style of our own wording:
 * an issuer only from a notice's title, never from a sentence citing an organ's decision; 地区 a prefecture's only after
 * its proper name; a 版记 only at the document's end, printed by an office, not a format example a task shows.
 */
import { describe, expect, it } from 'vitest';
import { banjiBoxLines } from '../../electron/core/formats/doc.js';
import { importText } from '../../shared/importer/index';
import { closesBanji, readBanjiLine } from '../../shared/importer/paragraphs';
import { placeOfTitle, readGovernment } from '../../shared/importer/places';

const doc = (lines: string[]) => importText(lines.join('\n'), 'x.txt');
const tasks = ['一、工作目标', '到2027年，全县农村供水保障率达到98%。', '二、主要任务', '（一）改造供水管网。新改建管网120公里。'];

describe('F2: an issuer said by its level alone only from a notice\'s title, and reported', () => {
  it('a sentence citing a committee\'s or a government\'s decision gives no issuer', () => {
    for (const opening of [
      '县委关于推进城乡供水一体化的决定明确，要在三年内实现城乡供水同网同质。为此制定本方案。',
      '县政府关于农村供水工作的部署要求，各乡镇要压实属地责任，结合实际制定本方案。',
      '县人民政府关于农村供水保障的意见提出了明确目标，现制定本方案。',
    ]) {
      const m = doc(['南屿县农村供水保障三年行动方案（2026—2028年）', '', opening, '', ...tasks]).meta;
      expect(m.issuer, opening).toBeNull();
    }
  });
  it('a notice title opening with the level, on one line or going on over the next, still gives it, marked uncertain', () => {
    const one = doc(['县人民政府关于印发南屿县农村供水保障三年行动方案的通知', '', '各乡镇人民政府，县直各部门：',
      '现将《南屿县农村供水保障三年行动方案》印发给你们，请认真贯彻执行。', '', '南屿县农村供水保障三年行动方案', '', ...tasks]);
    expect(one.meta.issuer).toBe('南屿县人民政府');
    expect(one.report!.uncertain.filter((u) => u.field === 'issuer').map((u) => u.raw)).toEqual(['县人民政府关于印发南屿县农村供水保障三年行动方案的通知']);
    const two = doc(['县人民政府关于', '印发南屿县农村供水保障三年行动方案的通知', '', '各乡镇人民政府，县直各部门：',
      '现将《南屿县农村供水保障三年行动方案》印发给你们，请认真贯彻执行。', '', '南屿县农村供水保障三年行动方案', '', ...tasks]);
    expect(two.meta.issuer).toBe('南屿县人民政府');
  });
});

describe('F3: 地区 names a prefecture only after a proper name', () => {
  it('a kind of region before 地区 is no city, even before 人民政府 or 政府', () => {
    for (const s of ['沿海地区人民政府', '欠发达地区人民政府', '中西部地区人民政府', '边疆地区政府', '珠三角地区人民政府联席会议']) {
      expect(readGovernment(s)?.city ?? null, s).toBeNull();
    }
    expect(placeOfTitle('革命老区地区人民政府协作机制建设方案')).toBeNull();
  });
  it('a prefecture\'s proper name still reads, of two, three or four characters', () => {
    expect(readGovernment('青原地区行政公署')).toMatchObject({ city: '青原地区', organ: '行政公署' });
    expect(readGovernment('南屿山地区人民政府办公室')).toMatchObject({ city: '南屿山地区' });
    expect(readGovernment('云溪岭北地区行政公署')).toMatchObject({ city: '云溪岭北地区' });
  });
  it('a notice titled by such a region gets no city', () => {
    const m = doc(['边境地区人民政府对口协作工作方案', '', ...tasks]).meta;
    expect(m.city).toBeNull();
  });
});

describe('F6/F8: a 版记 at the document\'s end, printed by an office; one decision for text and text boxes', () => {
  const head = ['青川区公文处理规范化工作方案', '', '一、工作目标', '到2026年底，公文差错率降至1%以下。', '二、重点任务', '（一）统一公文格式。'];
  it('lines a sentence of the last task introduces are its text, even printed by an office', () => {
    const d = doc([...head, '（二）规范版记。版记按以下格式排印：', '抄送：区委办公室，区人大常委会办公室。', '青川区人民政府办公室　2026年4月1日印发']);
    expect(d.meta.printedOn ?? null).toBeNull();
    expect(d.report!.removed.filter((r) => r.reason.startsWith('版记'))).toEqual([]);
    expect(JSON.stringify(d.nodes)).toContain('2026年4月1日印发');
  });
  it('under 抄送, a printer that is no office is no 印发 line', () => {
    const d = doc([...head, '（二）规范版记。版记中的印发机关写全称。', '抄送：区委办公室。', '仅供内部参考　2026年4月1日印发']);
    expect(d.meta.printedOn ?? null).toBeNull();
    expect(JSON.stringify(d.nodes)).toContain('仅供内部参考');
  });
  it('a real 版记 after the text is removed and its date read, as before', () => {
    const d = doc([...head, '（二）规范版记。版记中的印发机关写全称。', '', '抄送：区委办公室。', '青川区人民政府办公室　2026年4月1日印发']);
    expect(d.meta.printedOn).toBe('2026-04-01');
    expect(d.report!.removed.filter((r) => r.reason.startsWith('版记')).map((r) => r.text)).toEqual(['抄送：区委办公室。', '青川区人民政府办公室　2026年4月1日印发']);
  });
  it('closesBanji decides for dropBanji and banjiBoxLines alike', () => {
    const copy = readBanjiLine('抄送：区委办公室。');
    expect(closesBanji(readBanjiLine('仅供内部参考　2026年4月1日印发'), copy)).toBe(false);
    expect(closesBanji(readBanjiLine('青川区人民政府办公室　2026年4月1日印发'), copy)).toBe(true);
    expect(closesBanji(readBanjiLine('2026年4月1日印发'), readBanjiLine('青川区人民政府办公室'))).toBe(false);
    expect(closesBanji(readBanjiLine('青川区人民政府办公室'), copy)).toBe(true);
    expect(closesBanji(readBanjiLine('青川区人民政府办公室'), null)).toBe(false);
    expect(banjiBoxLines('抄送：区委办公室。\n仅供内部参考　2026年4月1日印发\n')).toEqual([]);
  });
});
