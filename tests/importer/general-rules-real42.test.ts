/**
 * General rules found in the seventeenth batch of real plans (session 42, h-real17: docs/importer-corpus.md "A
 * seventeenth batch"), written as rules in docs/importer-grammar.md "Rules added from real plans (session 42,
 * h-real17)". The real texts were read, never kept: every case is in our own words, with fictional places. Each rule
 * case fails on 9d337735's importer; the guards pass on both.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';

const report = (lines: string[]) => importText([...lines, '各位代表：', '现在，我代表政府向大会报告工作，请予审议。', '一、过去一年工作回顾', '全年完成各项目标任务。', '二、今年工作安排', '扎实推进各项工作。'].join('\n'), 'x.txt');

describe('a report\'s byline under the occasion line', () => {
  it('an office alone, "县委副书记、县长　姓名": the government of the county the occasion line names', () => {
    const d = report(['政府工作报告', '——在青林县第三届人民代表大会第二次会议上', '县委副书记、县长　热合曼·托乎提', '（2026年1月15日）']);
    expect(d.meta.issuer).toBe('青林县人民政府');
    expect(d.meta.issuedOn).toBe('2026-01-15');
  });
  it('an organ\'s head, "X区财政局局长　姓名": the organ issues the report', () => {
    const d = report(['关于云溪区2025年预算执行情况和2026年预算草案的报告', '——2026年1月9日在云溪区第四届人民代表大会第三次会议上', '云溪区财政局局长　许文清']);
    expect(d.meta.issuer).toBe('云溪区财政局');
    expect(d.meta.issuedOn).toBe('2026-01-09');
  });
  it('the occasion line broken over two lines, the byline under the second', () => {
    const d = report(['政府工作报告', '——2026年2月3日在东岭区第五届人民代表大会', '第一次会议上', '东岭区人民政府区长　沈一帆']);
    expect(d.meta.issuer).toBe('东岭区人民政府');
    expect(d.meta.issuedOn).toBe('2026-02-03');
  });
  it('guard: an office alone whose level is not the place\'s names no issuer', () => {
    const d = report(['政府工作报告', '——在青林县第三届人民代表大会第二次会议上', '市长　王小明']);
    expect(d.meta.issuer).toBeNull();
  });
});

describe('the head of a page', () => {
  it('a font-size control "【字号:" over the cover title takes no line for its 文号', () => {
    const d = importText(['发布机构 云溪区政府 发布日期 2026-03-01', '【字号:', '打印', '', '云溪区国民经济和社会发展', '', '第十五个五年规划纲要', '', '第一章 发展基础', '全区经济总量稳步增长。', '第二章 主要任务', '推进产业升级。'].join('\n'), 'x.txt');
    expect(d.meta.title).toBe('云溪区国民经济和社会发展第十五个五年规划纲要');
    expect(d.meta.docNumber).toBeNull();
  });
  it('guard: a 文号 label alone over its 文号 still reads it', () => {
    const d = importText(['索引号', '001/2026-1', '发文字号', '云政办发〔2026〕4号', '发布机构', '云溪区人民政府办公室', '云溪区2026年优化营商环境工作要点', '一、提升政务服务', '推行一网通办。'].join('\n'), 'x.txt');
    expect(d.meta.docNumber).toBe('云政办发〔2026〕4号');
  });
  it('an accessibility toolbar one control a line, and its editor and reviewer labels, are no title', () => {
    const d = importText(['拼音', '读屏', '放大', '缩小', '大鼠标', '换肤', '发布日期', '2026-05-06', '编辑', '孙悦', '审核', '赵岩', '南屿县2026年农村人居环境整治工作方案', '一、目标任务', '完成农村改厕800户。'].join('\n'), 'x.txt');
    expect(d.meta.title).toBe('南屿县2026年农村人居环境整治工作方案');
    expect(JSON.stringify([d.meta, d.nodes])).not.toContain('孙悦');
    expect((d.report?.removed ?? []).filter((r) => r.reason === '网页无障碍工具栏')).toHaveLength(6);
  });
  it('a 文章来源 cell names the office when nothing signs the plan', () => {
    const d = importText(['发布日期:2026年04月02日  文章来源:临江市人民政府  文章作者:临江市人民政府', '临江市城乡供水一体化三年行动方案（2026—2028年）', '一、总体要求', '坚持城乡统筹。', '二、重点任务', '新建水厂3座。'].join('\n'), 'x.txt');
    expect(d.meta.issuer).toBe('临江市人民政府');
  });
});

describe('the title', () => {
  it('a cover title the notice quotes with its period, the period on a line that lost its opening bracket', () => {
    const d = importText(['各县（区）人民政府：', '《东湖智慧农业示范带建设三年行动方案（2026—2028年）》已经市政府同意，现印发给你们。', '2026年4月2日', '东湖智慧农业示范带', '建设三年行动方案', '2026—2028年）', '一、总体要求', '坚持科技引领。'].join('\n'), 'x.txt');
    expect(d.meta.title.replace(/[（）()]/g, '')).toBe('东湖智慧农业示范带建设三年行动方案2026—2028年');
    expect(d.meta.title).not.toMatch(/[)）][)）]/);
  });
  it('a headline garbled with question marks is no title; the clean one under it is', () => {
    const d = importText(['(南屿?。?026年南屿县政府工作报告', '2026年南屿县政府工作报告', '各位代表：', '一、工作回顾', '全年完成各项目标任务。'].join('\n'), 'x.txt');
    expect(d.meta.title).toBe('2026年南屿县政府工作报告');
  });
  it('a headline saying who published the plan: the plan\'s name, the organ its issuer', () => {
    const d = importText(['云溪区人民政府印发全民健身设施补短板行动计划', '为完善全民健身设施，制定本计划。', '一、主要目标', '新建社区健身点40个。'].join('\n'), 'x.txt');
    expect(d.meta.title).toBe('全民健身设施补短板行动计划');
    expect(d.meta.issuer).toBe('云溪区人民政府');
  });
  it('guard: a notice\'s title 关于印发… keeps its reading', () => {
    const d = importText(['云溪区人民政府关于印发全民健身设施补短板行动计划的通知', '各街道办事处：', '现将《全民健身设施补短板行动计划》印发给你们，请认真贯彻执行。', '云溪区人民政府', '2026年3月1日', '全民健身设施补短板行动计划', '一、主要目标', '新建社区健身点40个。'].join('\n'), 'x.txt');
    expect(d.meta.title).toBe('全民健身设施补短板行动计划');
  });
  it('"前言" and the short sentence under it are no title', () => {
    const d = importText(['前言', '东岭区位于临江市北部，辖8个街道。', '“十五五”时期（2026—2030年）是东岭区转型发展的关键时期。', '第一章 发展基础', '全区经济稳步增长。', '第二章 主要任务', '推动产业升级。'].join('\n'), 'x.txt');
    expect(d.meta.title).toBe('');
    expect(d.meta.preamble).toContain('东岭区位于临江市北部');
  });
  it('a title line over a sentence paraphrasing it is the title, not a web page\'s <title>', () => {
    const d = importText(['东岭区2025年国民经济和社会发展计划执行情况的报告', '——2026年1月6日在东岭区第五届人民代表大会第二次会议上', '受区人民政府委托，现将东岭区2025年国民经济和社会发展计划执行情况报告如下。', '一、计划执行情况', '全区经济运行稳中向好。'].join('\n'), 'x.txt');
    expect(d.meta.title).toBe('东岭区2025年国民经济和社会发展计划执行情况的报告');
  });
});
