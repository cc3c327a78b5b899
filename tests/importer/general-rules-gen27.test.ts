/**
 * General rules found by blind batch 33 of the corpus (tests/corpus/docs/277–283, h-gen27; docs/importer-corpus.md,
 * batch 33; docs/importer-grammar.md, "Rules added for batch 33").
 * Every case is written in our own words, with fictional places, in another style than the corpus document that called
 * for the rule; the rule cases fail on 9d337735, the guards pass on both.
 */
import { describe, expect, it } from 'vitest';
import { importFile, importText } from '../../shared/importer/index';
import { outline, roles } from './outline-lines';

const plan = (text: string, name = 'x.txt') => importText(text, name);
type N = ReturnType<typeof plan>['nodes'][number];
const all = (ns: N[]): N[] => ns.flatMap((n) => [n, ...all(n.children)]);
const byHeading = (ns: N[], h: string) => all(ns).find((n) => n.heading === h)!;

/** A 镇 工作计划 whose (一) points close with a dash and their units (277 is a 县 方案 of 1. points). */
const DASH_ROLES = [
  '云溪区桥头镇2026年环境整治工作计划',
  '一、工作目标',
  '全年完成农村人居环境整治村12个。',
  '二、重点工作',
  '（一）清理河塘沟渠。开展河塘清淤疏浚，全年清理沟渠40公里。——镇农业农村办牵头，各村配合',
  '（二）整治农房风貌。完成沿路农房立面整治300户。——镇村镇建设办、镇规划所',
  '（三）推进垃圾分类。在全镇推行垃圾分类。——镇社会事务办负责，长林街道、镇财政所配合',
  '三、工作要求',
  '各村要明确专人负责，每月报送进展。',
].join('\n');

describe('a point closing with a dash and its units after its last sentence (departments.ts TRAILING_DASH)', () => {
  it('"。——A牵头，B配合" is a roles list, "。——A、B" a list of leads; a township named among the units', () => {
    const r = plan(DASH_ROLES);
    expect(roles(r.nodes)).toEqual([
      '（一） 镇农业农村办|各村',
      '（二） 镇村镇建设办、镇规划所|',
      '（三） 镇社会事务办|长林街道、镇财政所',
    ]);
  });
  it('a dash before words that are no units names none ("——这是全年工作的重点", a 城乡 in a clause)', () => {
    const r = plan(DASH_ROLES.replace('——镇村镇建设办、镇规划所', '——这是全年工作的重点').replace('——镇农业农村办牵头，各村配合', '——城乡配合'));
    expect(byHeading(r.nodes, '整治农房风貌').lead).toEqual([]);
    expect(byHeading(r.nodes, '清理河塘沟渠').partners).toEqual([]);
  });
});

/** A 社区 工作安排 in half-year blocks (278 is a 区 工作要点 in quarter blocks). */
const HALF_YEARS = [
  '南屿县城关镇2026年社区治理工作安排',
  '一、上半年重点工作',
  '（一）完成社区“两委”议事规则修订。（责任单位：镇党建办）',
  '（二）开展社区矛盾纠纷大排查。（责任单位：镇综治中心）',
  '二、下半年重点工作',
  '（三）建设社区协商议事厅。（责任单位：镇民政办）',
].join('\n');

describe('a task grouped under a part of a one-year plan\'s year (dates.ts groupYear, YEAR_PART_GROUP)', () => {
  it('上半年重点工作 / 下半年重点工作: their tasks are the plan\'s year\'s work', () => {
    const r = plan(HALF_YEARS);
    for (const h of ['完成社区“两委”议事规则修订', '开展社区矛盾纠纷大排查', '建设社区协商议事厅']) {
      expect(byHeading(r.nodes, h).milestones.map((m) => m.year)).toEqual([2026]);
    }
  });
  it('a plan of several years gives no year from a half-year heading (which year is it?)', () => {
    const r = plan(HALF_YEARS.replace('2026年社区治理工作安排', '社区治理三年工作安排（2026—2028年）'));
    expect(byHeading(r.nodes, '建设社区协商议事厅').milestones).toEqual([]);
  });
});

/** A 实施细则 whose (一) clauses list their conditions as （a）（b） (280 is a 规划 text with a）b） under 3.1.1). */
const LETTERS = [
  '青川区老旧小区加装电梯实施细则',
  '一、适用范围',
  '本细则适用于本区城镇老旧住宅加装电梯。',
  '二、申请条件',
  '（一）业主同意。申请加装电梯应当符合下列条件：',
  '（a）本单元三分之二以上业主同意；',
  '（b）利益受影响的业主已书面确认。',
  '（二）规划要求。加装电梯不得占用消防通道。',
].join('\n');
/** A 规划 whose cover names the bureau that drew it up (280 is drawn up by a design institute). */
const COVER = [
  '云溪区农村公路发展规划（2026—2030年）',
  '',
  '云溪区规划和自然资源局',
  '2026年5月',
  '',
  '一、发展基础',
  '全区农村公路总里程1260公里。',
  '二、主要任务',
  '（一）实施农村公路提档升级。改造农村公路200公里。（责任单位：区交通运输局）',
].join('\n');

describe('lettered points a) b) / (a) (b) (grammar.ts rule letter)', () => {
  it('（a）（b） under a (一) clause are its items', () => {
    const r = plan(LETTERS);
    expect(outline(r.nodes)).toEqual([
      'part 一、|适用范围',
      'part 二、|申请条件',
      '  section （一）|业主同意',
      '    item （a）|本单元三分之二以上业主同意',
      '    item （b）|利益受影响的业主已书面确认',
      '  section （二）|规划要求',
    ]);
  });
  it('a letter before a Latin word is no point ("a) Beta" in a note)', () => {
    const r = plan(LETTERS.replace('（b）利益受影响的业主已书面确认。', 'b) see the note below.'));
    expect(outline(r.nodes).filter((l) => l.includes('item'))).toEqual(['    item （a）|本单元三分之二以上业主同意']);
  });
});

describe('a cover line naming the body that drew the plan up is no title (meta.ts BODY_NAME)', () => {
  it('"X区规划和自然资源局" under the title: the title stays the plan\'s', () => {
    const r = plan(COVER);
    expect(r.meta.title).toBe('云溪区农村公路发展规划（2026—2030年）');
    expect(r.meta.issuedOn).toBe('2026-05');
  });
});

/** A 社区 to-do list kept as a Markdown task list (279 is a 区 plan kept in a wiki). */
const TASK_LIST = [
  '# 东湖区桂园社区2026年为民办实事清单',
  '',
  '## 一、环境提升',
  '',
  '### 1. 改善小区环境',
  '',
  '- [x] 更换小区路灯40盏',
  '- [ ] 改造3号楼前停车场',
  '* [X] 清理楼道堆物',
  '',
  '## 二、服务提升',
  '',
  '### 2. 完善便民服务',
  '',
  '- [ ] 开设老年助餐点',
].join('\n');

const everyText = (r: { meta: { preamble: string }; nodes: N[] }) => [r.meta.preamble, ...all(r.nodes).flatMap((n) => [n.heading, n.body])].join('\n');

describe('the box of a Markdown task list is syntax, not text (grammar.ts TASK_BOX)', () => {
  const md = (text: string) => importFile({ bytes: new TextEncoder().encode(text), fileName: 'x.md' });
  it('"- [ ] X" / "- [x] X" / "* [X] X" are bullet points X: no box left in the plan', async () => {
    const text = everyText(await md(TASK_LIST));
    for (const t of ['更换小区路灯40盏', '改造3号楼前停车场', '清理楼道堆物', '开设老年助餐点']) expect(text).toContain(t);
    for (const t of ['[ ]', '[x]', '[X]']) expect(text).not.toContain(t);
  });
  it('a bracketed word opening a point stays its text ("- [注] …")', async () => {
    expect(everyText(await md(TASK_LIST.replace('- [ ] 改造3号楼前停车场', '- [注]改造3号楼前停车场')))).toContain('[注]改造3号楼前停车场');
  });
});

/** A 镇 plan in Markdown whose tasks are cards in pipe tables (282 is a 区 方案 of tab-separated cards). */
const CARDS = [
  '# 南屿县石门镇2026年农村人居环境整治方案',
  '',
  '## 一、工作目标',
  '',
  '全镇村庄环境整治合格率达到95%。',
  '',
  '## 二、重点任务',
  '',
  '### （一）村庄清洁',
  '',
  '| 类别 | 具体内容 |',
  '|---|---|',
  '| 目标 | 全镇12个村全部开展村庄清洁行动。 |',
  '| 具体措施 | 每月开展一次集中清洁日活动。 |',
  '| 牵头单位 | 镇农业农村办 |',
  '| 配合单位 | 各村 |',
  '| 完成时间 | 2026年11月底前 |',
  '',
  '### （二）污水治理',
  '',
  '| 类别 | 具体内容 |',
  '|---|---|',
  '| 目标 | 新建农村污水处理设施8座。 |',
  '| 责任单位 | 镇村镇建设办 |',
  '| 完成时间 | 2026年10月底前 |',
  '',
  '## 三、保障措施',
  '',
  '| 指标 | 目标值 |',
  '|---|---|',
  '| 整治合格率 | 95% |',
  '| 群众满意度 | 90% |',
].join('\n');

describe('a task written as a card of two columns, its fields\' labels on the left (paragraphs.ts fieldCards)', () => {
  it('目标 / 具体措施 / 牵头单位 / 配合单位 / 完成时间 rows: the units and the deadline are the task\'s', async () => {
    const r = await importFile({ bytes: new TextEncoder().encode(CARDS), fileName: 'x.md' });
    expect(roles(r.nodes)).toEqual(['（一） 镇农业农村办|各村', '（二） 镇村镇建设办|']);
    expect(byHeading(r.nodes, '村庄清洁').milestones.map((m) => m.year)).toEqual([2026]);
    expect(byHeading(r.nodes, '污水治理').body).toContain('新建农村污水处理设施8座');
  });
  it('a table of two columns whose left cells are no field labels stays a table (指标 | 目标值)', async () => {
    const r = await importFile({ bytes: new TextEncoder().encode(CARDS), fileName: 'x.md' });
    const text = all(r.nodes).map((n) => n.body).join('\n');
    expect(text).not.toContain('整治合格率：95');
    expect(text).not.toContain('（整治合格率');
  });
});

/** A 街道 要点 marking its work with ● (281 is a 镇 plan of ◆). */
const SYMBOL_TASKS = [
  '云溪区松岭街道2026年平安建设工作要点',
  '一、基层治理',
  '●完善网格化服务管理。全街道优化调整网格30个。（责任科室：平安办）',
  '●推进矛盾纠纷多元化解。（责任科室：司法所、综治中心）',
  '二、安全生产',
  '●开展燃气安全专项整治。整治餐饮场所燃气隐患120处。（责任科室：应急办）',
  '三、工作要求',
  '各科室要明确专人负责。',
].join('\n');

describe('bullet points that carry their units, no numbered level doing so, are the tasks (levels.ts taskStyles)', () => {
  it('"●完善网格化服务管理。…（责任科室：…）" under 一、 parts: tasks named by their run-in heading', () => {
    const r = plan(SYMBOL_TASKS);
    expect(outline(r.nodes)).toEqual([
      'part 一、|基层治理',
      '  task ●|完善网格化服务管理',
      '  task ●|推进矛盾纠纷多元化解',
      'part 二、|安全生产',
      '  task ●|开展燃气安全专项整治',
      'part 三、|工作要求',
    ]);
  });
  it('bullets under numbered tasks stay their items, whatever units they name', () => {
    const r = plan(SYMBOL_TASKS.replace('●完善网格化服务管理。', '1.完善网格化服务管理。（责任科室：平安办）\n●优化调整网格。').replace('●推进矛盾纠纷', '2.推进矛盾纠纷').replace('●开展燃气', '3.开展燃气'));
    expect(outline(r.nodes).filter((l) => l.includes('●'))).toEqual(['    item ●|']);
  });
});

describe('a triangle before a point\'s text is its bullet (grammar.ts readMarker)', () => {
  it('"▲推进矛盾纠纷多元化解。…" among ● points: a point of its own', () => {
    const r = plan(SYMBOL_TASKS.replace('●推进矛盾纠纷', '▲推进矛盾纠纷'));
    expect(outline(r.nodes)).toContain('  task ▲|推进矛盾纠纷多元化解');
    expect(byHeading(r.nodes, '完善网格化服务管理').lead).toEqual(['平安办']);
  });
  it('a star before text stays text ("★推进…" runs on in the point before)', () => {
    const r = plan(SYMBOL_TASKS.replace('●推进矛盾纠纷', '★推进矛盾纠纷'));
    expect(outline(r.nodes).some((l) => l.includes('★'))).toBe(false);
  });
});

/** A Markdown 计划 of a 街道 in a chat tool's wording (279 is a 区 plan in a wiki; here one bullet under a task). */
const MENTIONS = [
  '# 青川区石桥街道2026年为民服务工作计划',
  '',
  '## 一、重点任务',
  '',
  '### 1. 建设社区食堂',
  '',
  '- [ ] 完成选址和设计',
  '',
  '负责：@街道社会事务办　协作：@石桥社区 @街道财政所　截止：2026/9/30',
  '',
  '### 2. 开展助老服务',
  '',
  '- [ ] 招募助老志愿者',
  '- [ ] 建立服务台账',
  '',
  '负责：@街道社会事务办　截止日期：2026-12-31',
  '',
  '## 二、工作要求',
  '',
  '各科室负责：按月报送进展，截止：每月25日。',
].join('\n');

describe('a line of @-mentioned fields as a wiki or a chat tool writes them (paragraphs.ts mentionFields; parse.ts leftList)', () => {
  const md = (text: string) => importFile({ bytes: new TextEncoder().encode(text), fileName: 'x.md' });
  it('"负责：@A　协作：@B @C　截止：2026/9/30" after a task\'s list (of one point or two): the task\'s units and deadline', async () => {
    const r = await md(MENTIONS);
    expect(roles(r.nodes)).toEqual(['1. 街道社会事务办|石桥社区、街道财政所', '2. 街道社会事务办|']);
    expect(byHeading(r.nodes, '建设社区食堂').milestones.map((m) => `${m.year}${m.stage}`)).toEqual(['2026完成']);
    expect(byHeading(r.nodes, '开展助老服务').milestones.map((m) => `${m.year}${m.stage}`)).toEqual(['2026完成']);
  });
  it('a sentence with such words and no @ stays a sentence', async () => {
    const r = await md(MENTIONS);
    expect(byHeading(r.nodes, '工作要求').body).toContain('各科室负责：按月报送进展，截止：每月25日。');
  });
});
