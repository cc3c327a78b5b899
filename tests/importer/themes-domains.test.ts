/**
 * Themes of plans beyond smart cities: corpus documents of several domains (tests/corpus/docs), each task's themes
 * as the importer tags them. Expected themes come from reading each task's text in the document (the words that
 * name its domain are quoted in the comments). Walk 5: none of the 8 tasks of 乌兰旗's 生态环境保护规划 had a theme.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import { THEMES, themesOf } from '../../shared/importer/themes';
import { walk, type PlanDoc } from '../../shared/model/plan';

const DOCS = join(__dirname, '..', 'corpus', 'docs');
const cache = new Map<string, PlanDoc>();
const doc = (f: string) => cache.get(f) ?? cache.set(f, importText(readFileSync(join(DOCS, f), 'utf8'), f)).get(f)!;
/** heading → themes of the tasks of a corpus document. */
const tasks = (f: string) => new Map([...walk(doc(f).nodes)].filter(({ node }) => node.kind === 'task').map(({ node }) => [node.heading, node.themes]));

describe('themes of plans of other domains', () => {
  it('an ecology plan (43 乌兰旗): every task is 环境生态 — 草畜平衡/禁牧, 退化草原, 水土流失, 沙化土地, 燃煤锅炉, 扬尘, 饮用水水源, 污水', () => {
    const t = tasks('43-qi-shisiwu-zhangjie-zhuanlan.txt');
    expect([...t.keys()]).toEqual([
      '落实草畜平衡制度', '实施退化草原修复', '推进小流域综合治理', '开展沙化土地综合治理',
      '推进燃煤锅炉整治', '加强扬尘污染管控', '保障饮用水水源安全', '推进污水处理设施建设',
    ]);
    for (const [h, th] of t) expect(th, h).toContain('环境生态');
  });

  it('agriculture (12 现代农业): 高标准农田, 农业机械化, 粮食储备 are 农业农村', () => {
    const t = tasks('12-toc-dotted-leaders.txt');
    for (const h of ['加强高标准农田建设', '推进农业机械化', '完善粮食储备体系']) expect(t.get(h), h).toContain('农业农村');
  });

  it('housing (23 城市更新): 旧住房成套改造, 城中村改造, 保障性租赁住房 are 住房城建', () => {
    const t = tasks('23-annex-task-table.txt');
    for (const h of ['推进旧住房成套改造', '实施城中村改造', '建设保障性租赁住房']) expect(t.get(h), h).toContain('住房城建');
  });

  it('business environment (41): 不动产登记, 涉企法治保障, 惠企政策 are 营商环境; 工程建设项目审批 is 政务服务', () => {
    const t = tasks('41-tasks-content-resp-deadline.txt');
    for (const h of ['提升不动产登记服务', '加强涉企法治保障', '强化惠企政策兑现']) expect(t.get(h), h).toContain('营商环境');
    expect(t.get('优化工程建设项目审批')).toContain('政务服务');
  });

  it('water (35 水务): 堤防, 排涝泵站, 水厂 are 水利水务; the sewage plant is 环境生态', () => {
    const t = tasks('35-key-projects.txt');
    for (const h of ['云溪河堤防达标工程', '城东排涝泵站工程', '第二水厂扩建工程']) expect(t.get(h), h).toContain('水利水务');
    expect(t.get('城南污水处理厂提标改造工程')).toContain('环境生态');
  });

  it('civil affairs (47 一件事): 残疾人服务, 新生儿出生 are 社会保障 (and 政务服务)', () => {
    const t = tasks('47-body-task-table-tabs.txt');
    for (const h of ['推进残疾人服务“一件事”', '推进新生儿出生“一件事”']) expect(t.get(h), h).toEqual(expect.arrayContaining(['政务服务', '社会保障']));
  });

  it('science (49): 新型研发机构, 科技成果转化 are 科技创新', () => {
    const t = tasks('49-articles-zhang-tiao.txt');
    for (const h of ['支持新型研发机构发展', '促进科技成果转化']) expect(t.get(h), h).toContain('科技创新');
  });

  it('who does a task is not what it is about: 打通断头路 led by 区住房城乡建设局 is 交通 only', () => {
    expect(tasks('18-zhuanlan-boxes.txt').get('打通断头路')).toEqual(['交通']);
  });

  it('Traditional script is read as Simplified: 建設城市大數據中心 (15) is 数据/大数据', () => {
    expect(tasks('15-traditional-notice.txt').get('建設城市大數據中心')).toContain('数据/大数据');
  });

  it('the theme scan stays a one-pass scan: at most 30 themes (one bit each), plain words only, no word twice in a theme', () => {
    expect(THEMES.length).toBeLessThanOrEqual(30);
    for (const t of THEMES) {
      expect(t.keywords.flags, t.theme).toBe('');
      const words = t.keywords.source.split('|');
      for (const w of words) expect(w, t.theme).toMatch(/^[\p{L}\p{N}]+$/u);
      expect(new Set(words).size, t.theme).toBe(words.length);
    }
    expect(new Set(THEMES.map((t) => t.theme)).size).toBe(THEMES.length);
  });
});

describe('common words used as figures of speech give no theme (second review)', () => {
  it('绿色通道, 卫生运动, 窗口期, 未经许可: only the themes the words really name', () => {
    expect(themesOf('为重大项目开辟审批绿色通道')).toEqual(['政务服务', '经济运行']);
    expect(themesOf('深入开展爱国卫生运动')).toEqual(['医疗健康']);
    expect(themesOf('把握政策窗口期')).toEqual([]);
    expect(themesOf('未经许可不得离岗')).toEqual([]);
  });
  it('the same words where they name the domain still do', () => {
    expect(themesOf('推进绿色低碳发展')).toEqual(['环境生态']);
    expect(themesOf('优化综合窗口服务')).toEqual(['政务服务']);
    expect(themesOf('办理行政许可事项')).toEqual(['政务服务']);
    expect(themesOf('开展全民运动健身')).toEqual(['文化旅游']);
  });
});
