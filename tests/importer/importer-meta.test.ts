/**
 * Metadata rules of the importer (shared/importer/meta.ts), one at a time: text → meta. The texts are written for
 * these tests in the forms public plans and government web pages use (notice cover, signature, red header, index
 * table of a 政府信息公开 page, Traditional script, scraped spacing); each expectation is what the text says.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../../shared/model/plan';
import type { Para } from '../../shared/importer/clean';
import { importFile, importText } from '../../shared/importer/index';
import {
  DATE_FORMS, DISTRICT_UNITS, DOC_PREFIX_CITY, INDEX_LABELS, PERIOD_FORMS,
  findDate, findDistrict, readDate, readDocNumber, readGovernment, readHead, readPeriod,
} from '../../shared/importer/meta';

const paras = (text: string): Para[] =>
  text.split('\n').map((l, i) => ({ text: l.trim(), line: i + 1, indent: false, afterBlank: false })).filter((p) => p.text);

function read(text: string) {
  const uncertain: ImportReport['uncertain'] = [];
  const removed: ImportReport['removed'] = [];
  const r = readHead(paras(text), uncertain, removed);
  return { ...r.meta, notice: r.notice, preamble: r.preamble.map((p) => p.text), titleIndex: r.titleIndex, toc: r.toc, uncertain, removed };
}

// ───────────────────────────── district and city ─────────────────────────────

describe('district and city come only from a government or the title', () => {
  it('a signature names city and district: 上海市杨浦区人民政府办公室', () => {
    const m = read('各街道办事处、区政府各委办局:\n现将《杨浦区数字化转型三年行动计划》印发给你们。\n上海市杨浦区人民政府办公室\n2021年5月6日\n杨浦区数字化转型三年行动计划');
    expect(m.district).toBe('杨浦区');
    expect(m.city).toBe('上海市');
    expect(m.issuer).toBe('上海市杨浦区人民政府办公室');
  });

  it('"提高我区" in a title or sentence is no district', () => {
    const m = read('关于提高我区公共服务数字化水平的实施意见\n为进一步提高我区公共服务水平，加强绿化市容管理，结合全区实际，制定本意见。');
    expect(m.district).toBeNull();
    expect(m.city).toBeNull();
  });

  it('"绿化市容" is no city, also at the start of a title', () => {
    expect(read('加强绿化市容管理三年行动计划').city).toBeNull();
    expect(findDistrict('加强绿化市容管理三年行动计划')).toBeNull();
  });

  it('a suffix that starts a word is no place: 绿化市容…, 上海市场监管…', () => {
    expect(read('绿化市容三年行动计划').city).toBeNull();
    expect(read('上海市场监管数字化三年行动计划').city).toBeNull();
    expect(read('东湖区域协同发展三年行动计划').district).toBeNull();
  });

  it('社区, 园区, 市场, 城市, 市民, 全市, 城区 in the head name no place', () => {
    const m = read('智慧城市建设三年行动计划\n全市各社区、园区和市场主体要服务市民，推进中心城区和新城区建设。');
    expect(m.district).toBeNull();
    expect(m.city).toBeNull();
  });

  it('a title that starts with a district names it: 杨浦区“智慧城市”…, 静安区推进智慧城区…', () => {
    expect(read('杨浦区“智慧城市”建设三年行动计划(2015-2017)').district).toBe('杨浦区');
    expect(read('静安区推进智慧城区建设三年行动方案(2014-2016)').district).toBe('静安区');
  });

  it('a title starting with city and district names both: 上海市奉贤区推进…', () => {
    const m = read('上海市奉贤区推进智慧城市建设三年行动计划(2020-2022)');
    expect([m.city, m.district]).toEqual(['上海市', '奉贤区']);
  });

  it('a title with a year before the place: 2021年东湖区…', () => {
    expect(read('2021年东湖区数字经济发展工作方案').district).toBe('东湖区');
  });

  it('新区 is one suffix: 浦东新区 (not 浦东新 + 区)', () => {
    const m = read('浦东新区经济和信息化委员会关于印发《推进智慧浦东建设2011—2013年行动计划》的通知');
    expect(m.district).toBe('浦东新区');
    expect(m.issuer).toBe('浦东新区经济和信息化委员会');
  });

  it('a county: 南屿县人民政府, and a one-character county: 沛县人民政府', () => {
    expect(read('南屿县乡村振兴三年行动方案\n南屿县人民政府\n2022年3月1日').district).toBe('南屿县');
    expect(read('沛县人民政府\n2022年3月1日').district).toBe('沛县');
  });

  it('全县 / 本县 are words, not one-character counties', () => {
    expect(read('全县数字乡村建设行动方案').district).toBeNull();
  });

  it('a banner: 鄂温克族自治旗人民政府, 准格尔旗人民政府', () => {
    expect(read('鄂温克族自治旗人民政府\n2023年2月1日').district).toBe('鄂温克族自治旗');
    expect(read('准格尔旗人民政府\n2023年2月1日').district).toBe('准格尔旗');
  });

  it('a county-level city after its city: 成都市都江堰市人民政府 → 都江堰市 in 成都市; alone, X市 is a city', () => {
    const m = read('成都市都江堰市人民政府\n2022年1月4日');
    expect([m.city, m.district]).toEqual(['成都市', '都江堰市']);
    const lone = read('都江堰市人民政府\n2022年1月4日');
    expect([lone.city, lone.district]).toEqual(['都江堰市', null]);
  });

  it('a province is passed over: 江西省南昌市东湖区人民政府办公室', () => {
    const g = readGovernment('江西省南昌市东湖区人民政府办公室');
    expect(g).toMatchObject({ province: '江西省', city: '南昌市', district: '东湖区', organ: '人民政府办公室' });
  });

  it('a party committee: 中共上海市静安区委', () => {
    expect(readGovernment('中共上海市静安区委')).toMatchObject({ city: '上海市', district: '静安区', organ: '委' });
  });

  it('a district whose name ends like a word is read where a government names it: 北京市东城区人民政府', () => {
    expect(read('北京市东城区人民政府\n2021年9月9日').district).toBe('东城区');
  });

  it('names that end like a word are places when short (盐城市, 成都市, 金山区, 东城区), words when long (海绵城市, 中心城区)', () => {
    expect(readGovernment('盐城市人民政府')?.city).toBe('盐城市');
    expect(readGovernment('成都市人民政府')?.city).toBe('成都市');
    expect(readGovernment('上海市金山区人民政府')?.district).toBe('金山区');
    expect(read('海绵城市建设三年行动计划').city).toBeNull();
    expect(read('中心城区更新三年行动计划').district).toBeNull();
  });

  it.each([
    ['直辖市超大城市治理三年行动计划'], ['质量强市建设三年行动计划'], ['贫困县退出巩固三年行动方案'], ['老城区更新改造三年行动计划'], ['开发区转型三年行动方案'], ['老旧小区改造三年行动计划'],
  ])('no place at the start of the title %s', (title) => {
    const m = read(title);
    expect([m.city, m.district]).toEqual([null, null]);
  });

  it('老城区 is a place where a government names it: 洛阳市老城区人民政府', () => {
    expect(readGovernment('洛阳市老城区人民政府')?.district).toBe('老城区');
  });

  it('a department of a city names no district: 上海市绿化和市容管理局', () => {
    const g = readGovernment('上海市绿化和市容管理局');
    expect(g).toMatchObject({ city: '上海市', district: null, organ: '绿化和市容管理局' });
  });

  it('an office named after a common word names no district: 中心城区管理办公室', () => {
    const g = readGovernment('中心城区管理办公室');
    expect(g?.district ?? null).toBeNull();
  });

  it('an office\'s name alone deep in the introduction is no signature', () => {
    const m = read('某区人民政府办公室\n2021年3月1日\n东湖区数字经济三年行动计划(2021-2023)\n为推进数字经济，制定本计划。\n本计划由以下单位组织实施：\n区科技和工业信息化局\n南昌市东湖区人民政府');
    expect(m.issuer).toBe('某区人民政府办公室');
    expect(m.city).toBeNull();
    expect(m.title).toBe('东湖区数字经济三年行动计划(2021-2023)'); // "本计划由…实施:" is no title either
  });

  it('the notice title names the issuer: 某区人民政府办公室关于印发…的通知', () => {
    const m = read('青羊区人民政府办公室关于印发青羊区城市更新三年行动计划的通知\n各街道办事处，区级各部门：\n现将计划印发给你们。');
    expect(m.district).toBe('青羊区');
    expect(m.issuer).toBe('青羊区人民政府办公室');
  });

  it('several organs issuing together: the first is the issuer, its city is the city', () => {
    const m = read('成都市发展和改革委员会 成都市规划和自然资源局 关于印发成都市社区服务设施建设实施方案的通知\n各区（市）县政府，市级有关部门：\n经市领导同意，现将方案印发给你们。');
    expect(m.issuer).toBe('成都市发展和改革委员会');
    expect(m.city).toBe('成都市');
    expect(m.district).toBeNull();
  });

  it('an unambiguous 文号 prefix names the city: 沪府办发 → 上海市', () => {
    const m = read('沪府办发〔2020〕5号\n市政府办公厅\n2020年4月2日\n推进新型基础设施建设行动方案(2020-2022年)');
    expect(m.city).toBe('上海市');
    expect(m.issuer).toBe('市政府办公厅');
  });

  it('Traditional script: the place is read on the Simplified view and stored as written', () => {
    const m = read('成都市成華區人民政府辦公室\n二〇二〇年五月八日');
    expect([m.city, m.district]).toEqual(['成都市', '成華區']);
  });

  it('the title wins over the issuer for the district (a plan about 浦东新区 issued by a city office)', () => {
    const m = read('上海市人民政府办公厅\n2019年1月2日\n浦东新区综合交通三年行动计划(2019-2021)');
    expect([m.city, m.district]).toEqual(['上海市', '浦东新区']);
  });

  it('every row of DISTRICT_UNITS is read by at least one example', () => {
    const examples: Record<string, string> = { 新区: '滨海新区人民政府', 自治县: '长阳土家族自治县人民政府', 自治旗: '鄂温克族自治旗人民政府', 区: '东湖区人民政府', 县: '南屿县人民政府', 旗: '准格尔旗人民政府', 市: '成都市都江堰市人民政府' };
    for (const row of DISTRICT_UNITS) {
      const g = readGovernment(examples[row.suffix]);
      expect(g?.district, row.suffix).toMatch(new RegExp(`${row.suffix}$`));
    }
  });
});

// ───────────────────────────── 文号 ─────────────────────────────

describe('文号 (document number)', () => {
  it('is taken as written when it is already in form: 杨府办发〔2016〕30号', () => {
    const m = read('杨府办发〔2016〕30号\n上海市杨浦区人民政府办公室\n杨浦区“智慧城市”建设三年行动计划');
    expect(m.docNumber).toBe('杨府办发〔2016〕30号');
    expect(m.uncertain.filter((u) => u.field === 'docNumber')).toEqual([]);
  });

  it('spaces anywhere are removed and the normalisation is reported: 豫政〔 2019 〕 15 号', () => {
    const m = read('豫政〔 2019 〕 15 号\n河南省人民政府\n行动计划(2019-2021)');
    expect(m.docNumber).toBe('豫政〔2019〕15号');
    expect(m.uncertain).toEqual([{ field: 'docNumber', raw: '豫政〔 2019 〕 15 号', reason: '发文字号写法不规范(有空格),已规范化为 豫政〔2019〕15号' }]);
  });

  it('Traditional: 成府發〔2020〕25號 and 政辦〔2021〕22號 are read; the 代字 stays as written, 號 kept as written', () => {
    const m = read('成府發〔2020〕25號\n成都市人民政府');
    expect(m.docNumber).toBe('成府發〔2020〕25號');
    // written in form: nothing was normalised, nothing to report
    expect(m.uncertain.find((u) => u.field === 'docNumber')).toBeUndefined();
    expect(readDocNumber('政辦〔2021〕22號')?.value).toBe('政辦〔2021〕22號');
  });

  it.each([
    ['杨府办发[2016]30号'], ['杨府办发［2016］30号'], ['杨府办发【2016】30号'], ['杨府办发(2016)30号'], ['杨府办发（2016）30号'], ['杨府办发﹝2016﹞30号'],
  ])('brackets %s → 〔〕', (raw) => {
    expect(readDocNumber(raw)?.value).toBe('杨府办发〔2016〕30号');
  });

  it('full-width digits: 沪府发〔２０２０〕１２号 → 沪府发〔2020〕12号', () => {
    expect(readDocNumber('沪府发〔２０２０〕１２号')?.value).toBe('沪府发〔2020〕12号');
  });

  it('a 文号 cited in a sentence of the notice is not the document\'s', () => {
    const m = read('各区人民政府：\n根据《国务院关于积极推进“互联网+”行动的指导意见》（国发〔2015〕40号），现印发本计划。\n某市人民政府\n“互联网+”三年行动计划');
    expect(m.docNumber).toBeNull();
  });

  it('a 文号 after the plan\'s title (in its introduction) is not the document\'s', () => {
    const m = read('东湖区智慧城市三年行动计划(2021-2023)\n沪府发〔2019〕3号');
    expect(m.docNumber).toBeNull();
  });

  it('a 文号 beside the red header: 上海市嘉定区人民政府办公室文件 嘉府办发〔2024〕23号', () => {
    expect(read('上海市嘉定区人民政府办公室文件 嘉府办发〔2024〕23号\n嘉定区海绵城市建设实施方案').docNumber).toBe('嘉府办发〔2024〕23号');
  });
});

// ───────────────────────────── 成文日期 ─────────────────────────────

describe('成文日期 (date issued)', () => {
  it.each([
    ['2021年3月5日', '2021-03-05'],
    ['2021 年 3 月 5 日', '2021-03-05'],
    ['２０２１年３月５日', '2021-03-05'],
    ['二〇二一年三月五日', '2021-03-05'],
    ['二○二一年三月五日', '2021-03-05'],
    ['二零二一年三月五日', '2021-03-05'],
    ['二O二一年十一月二十六日', '2021-11-26'],
    ['二〇二一年 三月 五日', '2021-03-05'],
    ['2021-3-5', '2021-03-05'],
    ['2021/03/05', '2021-03-05'],
  ])('%s alone on the signature line → %s', (raw, iso) => {
    const m = read(`某区人民政府\n${raw}\n某区三年行动计划(2021-2023)`);
    expect(m.issuedOn).toBe(iso);
    expect(m.uncertain.filter((u) => u.field === 'issuedOn')).toEqual([]);
  });

  it('issuer and date on one line: 上海市静安区人民政府办公室 2015年6月11日', () => {
    expect(read('上海市静安区人民政府办公室 2015年6月11日\n静安区推进智慧城区建设三年行动方案(2014-2016)').issuedOn).toBe('2015-06-11');
  });

  it('a month without a day stays a month and is reported: 二○○五年十一月', () => {
    const m = read('静安区国民经济和社会信息化“十一五”规划\n上海市静安区信息化委员会二○○五年十一月');
    expect(m.issuedOn).toBe('2005-11');
    expect(m.uncertain).toContainEqual(expect.objectContaining({ field: 'issuedOn', raw: '二○○五年十一月' }));
  });

  it('a web index table: 成文日期 is the document\'s date, 发布日期 is not', () => {
    const m = read('索引号：MB1534522/2023-00012 | 发布机构：区政府办公室\n发布日期：2023-03-10 | 成文日期：2023-03-05\n东湖区数字经济三年行动计划(2023-2025)');
    expect(m.issuedOn).toBe('2023-03-05');
    expect(m.removed.map((r) => r.reason)).toEqual(['网页信息栏', '网页信息栏']);
  });

  it('an index table with spaced labels and no colons: 索 引 号 … 发文日期 2023-01-03', () => {
    const m = read('索 引 号 MB1534522/2023-05475 发文日期 2023-01-03\n发布机构 区人民政府办公室 文    号 蔡政办〔2023〕1号\n蔡甸区人民政府办公室\n2023年1月3日\n2023年区重点工作责任分解方案');
    expect(m.issuedOn).toBe('2023-01-03');
    expect(m.docNumber).toBe('蔡政办〔2023〕1号');
    expect(m.issuer).toBe('蔡甸区人民政府办公室');
  });

  it('an index table with each value on the line under its label', () => {
    const m = read('• 索引号:\n6107280000/2024-001005\n• 发文字号:\n镇政发〔2024〕7号\n• 发文日期:\n2024年04月06日 16:40\n• 发布日期:\n2024年04月08日 16:34\n镇巴县数字乡村三年行动方案');
    expect(m.issuedOn).toBe('2024-04-06');
    expect(m.docNumber).toBe('镇政发〔2024〕7号');
    expect(m.title).toBe('镇巴县数字乡村三年行动方案');
  });

  it('a pipe table: 文 号: | 嘉府办发〔2024〕23号 | 公开类型: | 主动公开 |', () => {
    const m = read('索 引 号: | WA1304001-2024-002 | 主题分类: | 区政府 |\n发布机构: | 区政府办公室 | 发文日期: | 2024-10-10 |\n文 号: | 嘉府办发〔2024〕23号 | 公开类型: | 主动公开 |\n嘉定区海绵城市建设实施方案');
    expect(m.docNumber).toBe('嘉府办发〔2024〕23号');
    expect(m.issuedOn).toBe('2024-10-10');
  });

  it('only a publication date: used, and reported as possibly the web page\'s', () => {
    const m = read('发布日期：2023-03-10\n东湖区数字经济三年行动计划(2023-2025)');
    expect(m.issuedOn).toBe('2023-03-10');
    expect(m.uncertain).toContainEqual(expect.objectContaining({ field: 'issuedOn', raw: '2023-03-10' }));
  });

  it('a date inside a sentence of the plan\'s introduction is not the date issued', () => {
    const m = read('东湖区数字经济三年行动计划(2023-2025)\n2023年2月1日，区政府常务会议研究了数字经济工作，现制定本计划。');
    expect(m.issuedOn).toBeNull();
  });

  it('a date alone on a line deep in the introduction (a milestone) is not the date issued', () => {
    const m = read('东湖区数字经济三年行动计划(2023-2025)\n为推进数字经济发展，制定本计划。\n第一阶段目标如下，完成时间为：\n2023年12月31日');
    expect(m.issuedOn).toBeNull();
  });

  it('a date in brackets under the title is the document\'s', () => {
    const m = read('东湖区数字经济三年行动计划(2023-2025)\n（2023年2月1日区政府第12次常务会议审议通过）');
    expect(m.issuedOn).toBe('2023-02-01');
  });

  it('a signature beats a date in a sentence of the notice, which is reported when alone', () => {
    expect(read('各街道：\n经2021年3月2日区政府常务会议通过，现印发。\n某区人民政府办公室\n2021年3月5日\n某区行动计划(2021-2023)').issuedOn).toBe('2021-03-05');
    const only = read('各街道：\n经2021年3月2日区政府常务会议通过，现印发。\n某区行动计划(2021-2023)');
    expect(only.issuedOn).toBe('2021-03-02');
    expect(only.uncertain).toContainEqual(expect.objectContaining({ field: 'issuedOn' }));
  });

  it('every row of DATE_FORMS reads its own example', () => {
    const examples: Record<string, [string, string]> = {
      公历数字: ['2021年3月5日', '2021-03-05'],
      汉字数字: ['二〇二一年三月五日', '2021-03-05'],
      数字分隔: ['2021-03-05', '2021-03-05'],
      汉字年月: ['二〇二一年三月', '2021-03'],
      公历年月: ['2021年3月', '2021-03'],
    };
    for (const row of DATE_FORMS) {
      const [text, want] = examples[row.name];
      expect(findDate(text), row.name).toBe(want);
      expect(row.re.test(text), row.name).toBe(true);
    }
  });

  it('keeps the raw text as written for the report', () => {
    expect(readDate('  ２０２１年３月５日 ')?.raw).toBe('２０２１年３月５日');
  });
});

// ───────────────────────────── period ─────────────────────────────

describe('规划期 (period)', () => {
  it.each([
    ['某区行动计划(2021-2023)'],
    ['某区行动计划（2021—2023年）'],
    ['某区2021–2023行动计划'],
    ['某区2021~2023行动计划'],
    ['某区2021——2023年行动计划'],
    ['某区2021年至2023年行动计划'],
    ['某区行动计划（２０２１－２０２３）'],
    ['某区二〇二一至二〇二三年行动计划'],
    ['某区二○二一年—二○二三年行动计划'],
  ])('%s → 2021–2023, not inferred', (title) => {
    const p = readPeriod(title);
    expect(p).toEqual({ start: 2021, end: 2023, inferredFrom: null });
  });

  it.each([
    ['十一五', 2006, 2010], ['十二五', 2011, 2015], ['十三五', 2016, 2020], ['十四五', 2021, 2025], ['十五五', 2026, 2030],
  ])('“%s”规划 → %i–%i, inferred', (name, start, end) => {
    expect(readPeriod(`某区信息化“${name}”规划`)).toEqual({ start, end, inferredFrom: name });
  });

  it('the formal name: 鹿城区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要 → 2021–2025, inferred', () => {
    const m = read('温州市鹿城区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要');
    expect(m.period).toEqual({ start: 2021, end: 2025 });
    expect([m.city, m.district]).toEqual(['温州市', '鹿城区']);
    expect(m.uncertain).toContainEqual(expect.objectContaining({ field: 'period', raw: '第十四个五年规划' }));
  });

  it('十五 alone is a number unless quoted or before 规划: 十五项任务 / 十五个', () => {
    expect(readPeriod('共十五项任务')).toBeNull();
    expect(readPeriod('十五个街道')).toBeNull();
    expect(readPeriod('“十五”规划')).toEqual({ start: 2001, end: 2005, inferredFrom: '十五' });
  });

  it('三年行动计划 with only a start year → start..start+2; with 到 + year → end-2..end; both inferred', () => {
    expect(readPeriod('东湖区2021年起数字经济三年行动计划')).toMatchObject({ start: 2021, end: 2023 });
    expect(readPeriod('东湖区2021年起数字经济三年行动计划')?.inferredFrom).toBeTruthy();
    expect(readPeriod('东湖区到2025年数字经济三年行动方案')).toMatchObject({ start: 2023, end: 2025 });
    expect(readPeriod('东湖区数字经济三年行动计划')).toBeNull();
  });

  it('an inferred period is reported as uncertain in the head', () => {
    const m = read('成都市“十四五”数字经济发展规划');
    expect(m.period).toEqual({ start: 2021, end: 2025 });
    expect(m.uncertain).toContainEqual(expect.objectContaining({ field: 'period', raw: '十四五' }));
  });

  it('the plan\'s own title wins over another plan named in the notice', () => {
    const m = read('各街道：\n根据《某区“十三五”规划纲要》，制定本计划。\n某区人民政府\n2021年1月1日\n某区智慧城市三年行动计划(2021-2023)');
    expect(m.period).toEqual({ start: 2021, end: 2023 });
  });

  it('a period on the line after the title joins the title', () => {
    const m = read('杨浦区“智慧城市”建设三年行动计划\n2015-2017');
    expect(m.title).toBe('杨浦区“智慧城市”建设三年行动计划(2015-2017)');
    expect(m.period).toEqual({ start: 2015, end: 2017 });
  });

  it('an annual plan (2025年…工作要点, 2024年度…实事项目, 二〇二五年…任务分解) covers its year; 到2025年, a second year or no plan word is none', () => {
    expect(readPeriod('北湖区2025年优化营商环境工作要点')).toMatchObject({ start: 2025, end: 2025 });
    expect(readPeriod('西山区2024年度民生实事项目')).toMatchObject({ start: 2024, end: 2024 });
    expect(readPeriod('二〇二五年区政府重点工作任务分解')).toMatchObject({ start: 2025, end: 2025 });
    expect(readPeriod('到2025年基本建成智慧城市行动方案')).toBeNull();
    // (a 总结 joined to the next year's plan plans that year — real batch 19's 02 and 03, h-real19; two years of plans
    // without a 总结 are still none)
    expect(readPeriod('关于2024年工作总结和2025年工作安排')).toMatchObject({ start: 2025, end: 2025 });
    expect(readPeriod('2024年和2025年重点工作安排')).toBeNull();
    expect(readPeriod('2023年工作总结和2025年工作计划')).toBeNull();
    expect(readPeriod('2024年工作总结')).toBeNull();
    expect(readPeriod('2025年底前完成的实施方案')).toBeNull();
    expect(readPeriod('北湖区2025年经济运行情况分析')).toBeNull();
  });

  it('every row of PERIOD_FORMS reads its own example', () => {
    const examples: Record<string, [string, number, number]> = {
      年份区间: ['(2021-2023)', 2021, 2023],
      汉字年份区间: ['二〇二一至二〇二三年', 2021, 2023],
      五年规划: ['“十四五”规划', 2021, 2025],
      第N个五年规划: ['国民经济和社会发展第十四个五年规划', 2021, 2025],
      几年计划加一个年份: ['2024年起三年行动计划', 2024, 2026],
      年度计划: ['北湖区2025年优化营商环境工作要点', 2025, 2025],
      民国年度: ['南嶼縣政府115年度施政計畫', 2026, 2026],
      进展通报: ['关于2026年上半年重点工作进展情况的通报', 2026, 2026],
      总结和计划: ['柳溪街道2025年工作总结和2026年工作思路', 2026, 2026],
    };
    for (const row of PERIOD_FORMS) {
      const [text, start, end] = examples[row.name];
      expect(readPeriod(text), row.name).toMatchObject({ start, end });
      expect(new RegExp(row.re.source).test(text), row.name).toBe(true);
    }
  });
});

// ───────────────────────────── title ─────────────────────────────

describe('title', () => {
  it('is the plan\'s own title line after the notice, never the notice line', () => {
    const m = read('东湖区人民政府办公室关于印发东湖区数字经济三年行动计划(2021-2023)的通知\n各街道办事处，区直各部门：\n现将计划印发给你们。\n东湖区人民政府办公室\n2021年4月1日\n东湖区数字经济三年行动计划(2021-2023)');
    expect(m.title).toBe('东湖区数字经济三年行动计划(2021-2023)');
    expect(m.notice).toContain('现将计划印发给你们');
  });

  it('comes from 《》 in the notice when the plan has no title line of its own', () => {
    const m = read('南屿县人民政府关于印发《南屿县乡村振兴三年行动方案（2022—2024年）》的通知\n各乡镇人民政府，县直各单位：\n现将方案印发给你们，请认真贯彻执行。');
    expect(m.title).toBe('南屿县乡村振兴三年行动方案（2022—2024年）');
    expect(m.period).toEqual({ start: 2022, end: 2024 });
    expect(m.district).toBe('南屿县');
  });

  it('Traditional: 關於印發《…》的通知 gives the title as written', () => {
    const m = read('成都市成華區人民政府辦公室關於印發《成華區智慧城市建設三年行動計劃（2020—2022年）》的通知\n各街道辦事處，區級各部門：\n現將計劃印發給你們。');
    expect(m.title).toBe('成華區智慧城市建設三年行動計劃（2020—2022年）');
    expect(m.district).toBe('成華區');
    expect(m.city).toBe('成都市');
    expect(m.period).toEqual({ start: 2020, end: 2022 });
  });

  it('Traditional: the plan\'s own title line (關於…的實施意見) after a 印發《》 notice without 關於', () => {
    const m = read('滬府發〔2017〕92號\n上海市人民政府印發《關於本市加強政務誠信建設的實施意見》的通知\n各區人民政府，市政府各委、辦、局：\n現將實施意見印發給你們。\n上海市人民政府\n2017年12月20日\n關於本市加強政務誠信建設的實施意見');
    expect(m.title).toBe('關於本市加強政務誠信建設的實施意見');
    expect(m.docNumber).toBe('滬府發〔2017〕92號');
    expect(m.issuer).toBe('上海市人民政府');
    expect(m.city).toBe('上海市');
    expect(m.district).toBeNull();
    expect(m.issuedOn).toBe('2017-12-20');
    expect(m.addressees).toEqual(['各區人民政府', '市政府各委、辦、局']);
  });

  it('a notice title broken over two lines still gives the inner title', () => {
    const m = read('关于印发东湖区智慧社区建设\n三年行动计划(2022-2024)的通知\n各街道办事处：\n现将计划印发给你们。');
    expect(m.title).toBe('东湖区智慧社区建设三年行动计划(2022-2024)');
  });

  it('the 名称 cell of an index table gives the title when the page has no title line', () => {
    const m = read('名 称: | 上海市嘉定区人民政府办公室关于转发《嘉定区系统化全域推进海绵城市建设的实施方案》的通知 |\n各镇人民政府，区政府相关委、办、局：\n现转发给你们，请认真按照执行。');
    expect(m.title).toBe('嘉定区系统化全域推进海绵城市建设的实施方案');
    expect(m.district).toBe('嘉定区');
  });

  it('a notice title, its 文号 and the addressees run together on one line are read apart', () => {
    const m = read('青羊区人民政府办公室关于印发《青羊区市容环境提升三年行动方案（2021—2023年）》的通知青府办发〔2021〕12号各街道办事处，区级各部门：现将方案印发给你们。\n青羊区人民政府办公室\n2021年4月2日\n青羊区市容环境提升三年行动方案（2021—2023年）');
    expect(m.docNumber).toBe('青府办发〔2021〕12号');
    expect(m.addressees).toEqual(['各街道办事处', '区级各部门']);
    expect(m.title).toBe('青羊区市容环境提升三年行动方案（2021—2023年）');
    expect(m.notice).toBe('青羊区人民政府办公室关于印发《青羊区市容环境提升三年行动方案（2021—2023年）》的通知\n现将方案印发给你们。');
  });

  it('a web page title with its date is not split as a notice: 关于印发…的通知 2016-07-28', () => {
    const m = read('关于印发东湖区X计划的通知 2016-07-28\n东湖区人民政府办公室\n东湖区X三年行动计划(2015-2017)');
    expect(m.removed.map((r) => r.text)).toEqual(['关于印发东湖区X计划的通知 2016-07-28']);
    expect(m.issuedOn).toBe('2016-07-28');
  });

  it('when no heading was found and the whole text is the head, the title is looked for near the top only', () => {
    const body = Array.from({ length: 60 }, (_, k) => `第${k + 1}段正文，介绍工作情况。`).join('\n');
    const m = read(`东湖区X三年行动计划(2021-2023)\n${body}\n附件：东湖区Y工作方案`);
    expect(m.title).toBe('东湖区X三年行动计划(2021-2023)');
  });

  it('without a title-like line, the first short line that is not metadata is the title', () => {
    const m = read('杨府办发〔2021〕3号\n上海市杨浦区人民政府办公室\n2021年3月1日\n杨浦区城市数字化转型工作要点\n为推进城市数字化转型，现将本年度工作要点明确如下，请认真执行。');
    expect(m.title).toBe('杨浦区城市数字化转型工作要点');
    expect(m.issuer).toBe('上海市杨浦区人民政府办公室');
    expect(m.issuedOn).toBe('2021-03-01');
  });

  it('addressees are split at ，and 、 but 委、办、局 stays one', () => {
    expect(read('区政府各委、办、局，各街道办事处、镇政府：\n现印发。\n某区行动计划(2021-2023)').addressees).toEqual(['区政府各委、办、局', '各街道办事处', '镇政府']);
  });
});

// ───────────────────────────── whole heads ─────────────────────────────

describe('whole heads in the forms government pages and PDFs use', () => {
  it('a city plan: 文号, notice title, addressees, signature, 此件公开发布, title, introduction', () => {
    const m = read('穗府办〔2021〕5号\n广州市人民政府办公厅关于印发广州市数字经济发展三年行动计划（2021—2023年）的通知\n各区人民政府，市政府各部门、各直属机构：\n《广州市数字经济发展三年行动计划（2021—2023年）》已经市人民政府同意，现印发给你们，请认真组织实施。\n广州市人民政府办公厅\n2021年5月20日\n（此件公开发布）\n广州市数字经济发展三年行动计划（2021—2023年）\n为加快数字经济发展，制定本计划。');
    expect(m).toMatchObject({
      title: '广州市数字经济发展三年行动计划（2021—2023年）', city: '广州市', district: null, period: { start: 2021, end: 2023 },
      issuer: '广州市人民政府办公厅', docNumber: '穗府办〔2021〕5号', issuedOn: '2021-05-20', addressees: ['各区人民政府', '市政府各部门', '各直属机构'],
    });
    expect(m.preamble).toEqual(['为加快数字经济发展，制定本计划。']);
    expect(m.uncertain).toEqual([]);
  });

  it('PDF text: a letter-spaced red header and title, a spaced date', () => {
    const m = read('上 海 市 杨 浦 区 人 民 政 府 文 件\n杨府发〔2021〕3号\n关于印发《杨浦区数字化转型三年行动计划（2021—2023年）》的通知\n各街道办事处、区政府各委、办、局：\n现将计划印发给你们。\n上海市杨浦区人民政府\n2021 年 6 月 1 日\n杨 浦 区 数 字 化 转 型 三 年 行 动 计 划\n（2021—2023年）');
    expect(m).toMatchObject({
      title: '杨浦区数字化转型三年行动计划（2021—2023年）', city: '上海市', district: '杨浦区', issuer: '上海市杨浦区人民政府',
      docNumber: '杨府发〔2021〕3号', issuedOn: '2021-06-01',
    });
  });

  it('a party committee and a government issuing together, dated in Chinese numerals, period from 十四五', () => {
    const m = read('中共东湖区委 东湖区人民政府\n关于印发《东湖区“十四五”数字经济发展规划》的通知\n各乡镇党委、政府，区直各单位：\n现印发给你们。\n中共东湖区委\n东湖区人民政府\n二〇二一年九月三十日');
    expect(m).toMatchObject({ title: '东湖区“十四五”数字经济发展规划', district: '东湖区', issuer: '中共东湖区委', issuedOn: '2021-09-30', period: { start: 2021, end: 2025 } });
  });
});

describe('through the whole importer', () => {
  it('a Traditional plan with its notice: every field read, the original script kept', () => {
    const text = [
      '成府發〔2020〕25號', '',
      '成都市成華區人民政府辦公室關於印發《成華區智慧城市建設三年行動計劃（2020—2022年）》的通知', '',
      '各街道辦事處，區級各部門：', '',
      '現將《成華區智慧城市建設三年行動計劃（2020—2022年）》印發給你們，請認真貫徹執行。', '',
      '成都市成華區人民政府辦公室', '二〇二〇年五月八日', '',
      '成華區智慧城市建設三年行動計劃（2020—2022年）', '',
      '為加快智慧城市建設，制定本計劃。', '',
      '一、總體要求', '', '堅持以人民為中心。', '',
      '二、主要任務', '', '（一）建設城市大腦。到2022年，建成區級城市運行管理平台。（責任單位：區大數據中心）',
    ].join('\n');
    const m = importText(text, '成華.txt').meta;
    expect(m).toMatchObject({
      title: '成華區智慧城市建設三年行動計劃（2020—2022年）', district: '成華區', city: '成都市', period: { start: 2020, end: 2022 },
      issuer: '成都市成華區人民政府辦公室', docNumber: '成府發〔2020〕25號', issuedOn: '2020-05-08', addressees: ['各街道辦事處', '區級各部門'],
    });
    expect(m.notice).toContain('現將');
    expect(m.notice).not.toContain('為加快');
  });
});

// ───────────────────────────── tables and contract ─────────────────────────────

describe('rule tables', () => {
  it('every field of INDEX_LABELS is read by an example line', () => {
    const seen = new Set<string>();
    const m = read('索引号：001/2021-1 发文机关：上海市杨浦区人民政府办公室\n成文日期：2021-03-05 发布日期：2021-03-09\n发文字号：杨府办发〔2021〕3号\n签发人：周立新\n名称：关于印发《杨浦区测试计划(2021-2023)》的通知');
    if (m.issuedOn === '2021-03-05') seen.add('issuedOn');
    if (!m.uncertain.some((u) => u.raw === '2021-03-09') && m.issuedOn !== '2021-03-09') seen.add('published');
    if (m.docNumber === '杨府办发〔2021〕3号') seen.add('docNumber');
    if (m.issuer === '上海市杨浦区人民政府办公室') seen.add('issuer');
    if (m.signer === '周立新') seen.add('signer');
    if (m.title === '杨浦区测试计划(2021-2023)') seen.add('name');
    if (m.removed.length === 5 && !m.notice.includes('001')) seen.add('other');
    // (a 发文日期 cell: the date when nothing signs the document)
    if (read('发文日期：2021-03-07\n名称：关于印发《杨浦区测试计划(2021-2023)》的通知').issuedOn === '2021-03-07') seen.add('sent');
    // (a 公开责任部门 cell: the issuer when no line names one; under a notice title naming its organ, that organ — rev39)
    if (read('公开责任部门：杨浦区人民政府办公室\n名称：关于印发《杨浦区测试计划(2021-2023)》的通知').issuer === '杨浦区人民政府办公室' &&
      read('公开责任部门：杨浦区人民政府办公室\n杨浦区人民政府关于印发杨浦区测试计划(2021-2023)的通知\n现将《杨浦区测试计划(2021-2023)》印发给你们。').issuer === '杨浦区人民政府') seen.add('publisher');
    // (a 信息来源 cell naming an organ of a place: the issuer when no line names one)
    if (read('信息来源：杨浦区科学技术委员会\n杨浦区测试计划(2021-2023)\n一、总体要求').issuer === '杨浦区科学技术委员会') seen.add('source');
    expect([...seen].sort()).toEqual(INDEX_LABELS.map((l) => l.field).sort());
  });

  it('a 发文机关 cell naming an office in any form (a 街道办事处, a 管委会) is the issuer when nothing signs the document; a signature still wins', () => {
    // (the Markdown export of a plan without a notice writes its office so: 北湖区望湖街道办事处 came back as no issuer)
    expect(read('北湖区望湖街道2025年工作要点\n发文机关：北湖区望湖街道办事处　成文日期：2025年2月18日\n望湖街道坚持以党建引领基层治理为主线。').issuer).toBe('北湖区望湖街道办事处');
    expect(read('东湖高新区推进数字经济发展行动方案\n发布机构：东湖高新区管委会\n为加快发展数字经济，制定本方案。').issuer).toBe('东湖高新区管委会');
    expect(read('发布机构：区政府办公室\n东湖区推进数字化转型行动计划\n为加快推进数字化转型，制定本方案。\n东湖区人民政府办公室\n2025年3月18日').issuer).toBe('东湖区人民政府办公室');
    // a sentence in the cell is not an office
    expect(read('发布机构：详见正文，以正式文件为准\n东湖区推进数字化转型行动计划\n为加快推进数字化转型，制定本方案。').issuer).toBeNull();
  });

  it('every DOC_PREFIX_CITY abbreviation names its city from a 文号', () => {
    for (const [prefix, city] of Object.entries(DOC_PREFIX_CITY)) {
      expect(read(`${prefix}政办发〔2021〕1号\n市政府办公厅\n某行动计划(2021-2023)`).city, prefix).toBe(city);
    }
  });
});

describe('readHead contract', () => {
  it('never throws, and district, city and issuer are always text the head wrote (any script, any junk)', () => {
    const pieces = fc.constantFrom(
      '上海市', '杨浦区', '成華區', '人民政府', '辦公室', '办公室', '关于印发', '關於印發', '《', '》', '的通知', '〔', '〕', '２０２１', '2021', '年', '三月', '五日', '号', '號',
      '各街道', '：', '，', '。', '\n', ' ', '　', '十四五', '“', '”', '(', ')', '—', '-', '三年行动计划', '成文日期', '发布日期', '|', '文号', '•', '我区', '市容', '上 海 市 ', '二〇二一', '○',
    );
    fc.assert(fc.property(fc.array(pieces, { maxLength: 60 }), (parts) => {
      const text = parts.join('');
      const m = read(text);
      const flat = text.replace(/\s+/g, '');
      for (const v of [m.district, m.city, m.issuer]) if (v !== null && !flat.includes(v.replace(/\s+/g, ''))) return false;
      return true;
    }), { numRuns: 300 });
  });

  it('keeps its signature (paragraphs, uncertain, removed) and fills the arrays it is given', () => {
    const uncertain: ImportReport['uncertain'] = [];
    const removed: ImportReport['removed'] = [];
    const r = readHead(paras('关于印发X的通知 2016-07-28\n杨府办发[2016]30号\n关于印发X的通知\n目录 一、总体要求 二、主要任务\n杨浦区X三年行动计划(2015-2017)\n为推进X，制定本计划。'), uncertain, removed);
    expect(r.uncertain).toBe(uncertain);
    expect(uncertain.map((u) => u.field)).toContain('docNumber');
    expect(removed.map((x) => x.reason)).toEqual(['网页标题', '目录(结构取自正文)']);
    expect(r.toc).toEqual(['总体要求', '主要任务']);
    expect(r.meta.title).toBe('杨浦区X三年行动计划(2015-2017)');
    expect(r.preamble.map((p) => p.text)).toEqual(['为推进X，制定本计划。']);
    expect(r.titleIndex).toBe(3); // index in the head after the web page's title line
  });
});

describe('文号 closing a notice title', () => {
  it('"…的通知（南政辦〔2021〕22號）" gives the notice its 文号; a 文号 cited in brackets inside a sentence does not', () => {
    expect(readDocNumber('南嶼縣人民政府辦公室關於印發南嶼縣全民健身實施計劃（2021—2025年）的通知（南政辦〔2021〕22號）')?.value).toBe('南政辦〔2021〕22號');
    expect(readDocNumber('根据《关于加快发展的意见》（沪府发〔2019〕3号）精神，结合实际')).toBeNull();
  });
});

describe('a plan published as the attachment of its notice', () => {
  const notice = [
    '临江市北湖区人民政府办公室关于印发北湖区智慧社区建设三年行动计划的通知',
    '各街道办事处，区政府各委、办、局：',
    '《北湖区智慧社区建设三年行动计划（2025—2027年）》已经区政府同意，现印发给你们，请认真贯彻执行。',
    '临江市北湖区人民政府办公室',
    '2025年3月2日',
  ];
  const plan = ['北湖区智慧社区建设三年行动计划（2025—2027年）', '一、总体要求', '（一）指导思想', '以数字技术赋能社区治理。', '二、主要任务', '（一）建设社区数据平台', '汇聚社区数据。'];
  it.each([['附件'], ['附件1'], ['附件1：']])('the label %s before the title is not part of the title', (label) => {
    const m = importText([...notice, label, ...plan].join('\n'), '北湖.txt').meta;
    expect(m.title).toBe('北湖区智慧社区建设三年行动计划（2025—2027年）');
    expect(m.district).toBe('北湖区');
    expect(m.period).toEqual({ start: 2025, end: 2027 });
  });

  it.each([
    ['2025年北湖区智慧社区建设工作要点'],
    ['2025—2027年北湖区智慧社区建设行动计划'],
    ['一网通办北湖区智慧社区建设三年行动计划（2025—2027年）'],
  ])('after the label, a title that starts with a year or a numeral keeps it: %s', (title) => {
    // (the attachment alone, as a file of its own: the notice above would name another title)
    const m = importText(['附件', title, ...plan.slice(1)].join('\n'), '北湖.txt').meta;
    expect(m.title).toBe(title);
  });

  it('a title that starts with the word 附件 (no label) stays whole', () => {
    const title = '附件管理系统建设三年行动计划（2025—2027年）';
    const m = importText([title, ...plan.slice(1)].join('\n'), '附件管理.txt').meta;
    expect(m.title).toBe(title);
  });
});

describe('the notice: its own title kept, the 附件说明 naming the plan not (the cover prints it from the title)', () => {
  it('a notice title written with its office, over its 文号 or its addressees alone on the next line, is the notice\'s title, not a web page\'s <title>', () => {
    const plan = '临江市云溪区背街小巷环境提升三年行动方案（2025—2027年）';
    for (const title of [`临江市云溪区人民政府办公室关于印发${plan}的通知`, `臨江市雲溪區人民政府辦公室關於印發《${plan}》的通知`,
      `中共临江市云溪区委办公室 临江市云溪区人民政府办公室印发《${plan}》的通知`]) {
      // (the notice's sentence says the plan's title again at full length: what marks a web page's <title> over its page)
      const sentence = `《${plan}》已经区政府同意，现印发给你们，请认真贯彻落实。`;
      // (with its 文号 under it; copied without it, over the addressees)
      for (const second of ['云政办发〔2025〕4号', '各街道办事处，区政府各部门：']) {
        const m = read([title, second, ...(second.endsWith('：') ? [] : ['各街道办事处，区政府各部门：']), sentence, '临江市云溪区人民政府办公室', '2025年3月2日', plan].join('\n'));
        expect(m.removed.map((r) => r.reason), title).not.toContain('网页标题');
        expect(m.notice.split('\n')[0], title).toBe(title);
        expect(m.title).toBe(plan);
      }
    }
  });

  it('a title styled as one (Markdown\'s #, a Word heading) is no web page\'s <title> because a sentence under it says it again', async () => {
    // (a 报告's opening sentence names what it reports, in the title's words: the exports print the title as a heading)
    for (const [title, sentence] of [
      ['云溪区关于2025年度营商环境优化工作情况的报告', '现将我区2025年度营商环境优化工作情况报告如下。'],
      ['南屿县2026年农村供水保障工作要点', '2026年，全县农村供水保障工作要点如下，请各乡镇认真落实。'],
    ]) {
      const md = await importFile({ bytes: new TextEncoder().encode([`# ${title}`, '', sentence, '', '## 一、主要成效', '', '新建供水管网12公里。'].join('\n')), fileName: 'a.md' });
      expect(md.meta.title, title).toBe(title);
      expect(md.meta.preamble, title).toBe(sentence);
      expect((md.report?.removed ?? []).map((r) => r.reason), title).not.toContain('网页标题');
    }
    // (a plain line closing with a document's word, as a title closes, is no page's <title> either: the sentence is the
    // text's — before h-real17 the line went as 网页标题 and the sentence became the title, real batch 17's 11)
    const page = importText(['云溪区关于2025年度营商环境优化工作情况的报告', '现将我区2025年度营商环境优化工作情况报告如下。', '一、主要成效', '新建供水管网12公里。'].join('\n'), 'a.txt');
    expect(page.meta.title).toBe('云溪区关于2025年度营商环境优化工作情况的报告');
    expect((page.report?.removed ?? []).map((r) => r.reason)).not.toContain('网页标题');
    // (guard: a plain line that closes with no document's word, said again by the sentence, is a page's <title> as before)
    const bare = importText(['2025年度营商环境优化工作情况', '现将我区2025年度营商环境优化工作情况报告如下。', '一、主要成效', '新建供水管网12公里。'].join('\n'), 'a.txt');
    expect((bare.report?.removed ?? []).map((r) => r.reason)).toContain('网页标题');
  });

  it('"附件：<the plan\'s title>", the label "附件" over it and the title alone among the notice\'s lines leave the notice; a list of annexes, or one naming another document, stays', () => {
    const head = (after: string[]) => importText(['关于印发青川区2025年为民办实事项目清单的通知', '各街道办事处：', '现将《青川区2025年为民办实事项目清单》印发给你们，请认真执行。', ...after,
      '青川区人民政府办公室', '2025年3月2日', '附件', '青川区2025年为民办实事项目清单', '序号\t项目名称\t责任单位\t完成时限', '1\t新建社区食堂5个\t区民政局\t2025年10月底前',
      '2\t改造老旧小区12个\t区住房城乡建设局\t2025年12月底前'].join('\n'), 'a.txt');
    const note = head(['附件：青川区2025年为民办实事项目清单']);
    expect(note.meta.title).toBe('青川区2025年为民办实事项目清单');
    expect(note.meta.notice).toBe('关于印发青川区2025年为民办实事项目清单的通知\n现将《青川区2025年为民办实事项目清单》印发给你们，请认真执行。');
    expect(note.report!.removed.map((r) => r.reason)).toContain('附件说明（附件即方案正文）');
    expect(head(['附件：1.青川区2025年为民办实事项目清单', '2.青川区为民办实事项目申报表']).meta.notice).toContain('附件：1.青川区2025年为民办实事项目清单');
    expect(head(['附件：青川区为民办实事项目申报表']).meta.notice).toContain('附件：青川区为民办实事项目申报表');
  });
});
