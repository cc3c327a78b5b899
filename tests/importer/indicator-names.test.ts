/**
 * Issue 17: an extracted indicator has a name a reader recognises, or it is not offered (shared/importer/indicators.ts,
 * recognisableName). Sentences from the seeds (杨浦 2015, 浦东 2011, 静安 十一五) and from the style corpus; the expected
 * names are what a planner reads in those sentences.
 */
import { describe, expect, it } from 'vitest';
import { findIndicators, recognisableName } from '../../shared/importer/indicators';

const names = (text: string, year = 2017, subject = '') => findIndicators(text, year, subject).map((i) => `${i.name}=${i.value}${i.unit}`);

describe('indicator names', () => {
  it('offers no sentence fragment as a name (杨浦 2015, l295)', () => {
    const s = '积极推进杨浦区科委关于“3+1+X”的政务云平台建设,并与正在筹建的涵盖5大类19个子类包含43个部门信息的法人信息平台进行对接,落实建成以“实有人口”、“法人”和“地理信息”3个基础信息库为基础的信息共享平台。';
    expect(names(s)).toEqual([]);
  });
  it('offers no clause and no bare place (浦东 2011)', () => {
    expect(names('实现区内热点商圈、重要公共场所无线宽带全覆盖,主要区域无线宽带覆盖率达80%以上,80%以上家庭能够享受3M以上无线宽带接入能力。', 2013)).toEqual(['无线宽带覆盖率=80%']);
    expect(names('到2013年,有线电视数字化改造用户达95万户,NGB覆盖率超过70%,其中中心城区达99.9%。', 2013)).toEqual(['有线电视数字化改造用户=95万户', 'NGB覆盖率=70%']);
    expect(names('深化杨浦区智慧水网建设,完善一个中心站及18个测站的工作检测系统。')).toEqual([]);
  });
  it('drops the words of the verb after a name (静安 十一五)', () => {
    expect(names('机关工作人员人均电脑拥有量基本达到1台/人。', 2010)).toEqual(['机关工作人员人均电脑拥有量=1台/人']);
    expect(recognisableName('农村生活垃圾无害化处理率保持')).toBe('农村生活垃圾无害化处理率');
  });
  it('names a count of things built by what is built', () => {
    expect(recognisableName('园区利用闲置空间建设演艺新空间', true)).toBe('演艺新空间');
    expect(recognisableName('和改造口袋公园', true)).toBe('口袋公园');
    // a short object keeps its verb: 城镇新增就业 is the indicator's usual name
    expect(recognisableName('城镇新增就业', true)).toBe('城镇新增就业');
    expect(recognisableName('改造小区', true)).toBe('改造小区');
  });
  it('counts land supplied as it counts things built (工作要点: 供应产业用地1200亩)', () => {
    expect(names('建立重大项目用地保障清单，全年供应产业用地1200亩。', 2025)).toEqual(['产业用地=1200亩']);
  });
  it('keeps names planners use', () => {
    for (const n of ['家庭光纤入户率', '两化融合指数', '“农民一点通”在所有行政村安装率', '文化产业增加值占地区生产总值比重', '5G基站覆盖率']) expect(recognisableName(n)).toBe(n);
    for (const n of ['杨浦区', '中心城区', '子类包含', '“法人”和“地理信息”', '与正在筹建的涵盖5大类', '和门户网站对接']) expect(recognisableName(n)).toBeNull();
  });
});
