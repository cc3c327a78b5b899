/**
 * Round trip through Word (issue 13, "Nothing entered is lost"): a plan exported as the official .docx with its
 * annexes and imported back has the same tasks and, on every task and item, the same lead and partner departments,
 * indicators (value and unit) and milestones (year, stage, text). Checked on every seed and on a plan edited through
 * the core (item-level departments, milestones and indicators, a task without departments of its own).
 * Figures per seed are in docs/export.md. Source tables kept as lines are never printed as lines (sourcetable.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../electron/core/core.js';
import { buildDocx } from '../../shared/export/docx';
import { buildMarkdown } from '../../shared/export/markdown';
import { sourceTable, sourceTableNotes } from '../../shared/export/sourcetable';
import { importFile } from '../../shared/importer/index';
import { emptyNode, walk, type PlanDoc, type PlanNode } from '../../shared/model/plan';
import { updateNode } from '../../shared/tree';
import { taskTable } from '../../shared/export/annex';
import { textParagraphs } from '../../shared/fieldtext';
import { exportOmissions, textThemes } from '../../shared/export/checks';
import { ok } from '../helpers/core-call.js';
import { compareFields, fieldValue } from '../helpers/fields';
import mammoth from 'mammoth';

const SEEDS = path.join(import.meta.dirname, '..', '..', 'seeds');
const SEED_FILES = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();

async function seed(f: string): Promise<PlanDoc> {
  return importFile({ bytes: new Uint8Array(fs.readFileSync(path.join(SEEDS, f))), fileName: f });
}
async function roundTrip(doc: PlanDoc, bytes?: Uint8Array): Promise<PlanDoc> {
  const docx = bytes ?? (await buildDocx(doc, { cover: true, annexes: true }));
  return importFile({ bytes: docx, fileName: 'roundtrip.docx' });
}
const tasks = (d: PlanDoc) => [...walk(d.nodes)].filter((w) => w.node.kind === 'task').map((w) => w.node.heading.trim());

describe('every seed: export-docx with annexes → import', () => {
  for (const f of SEED_FILES) {
    it(`${f}: same tasks; same departments, indicators and milestones on every task and item`, async () => {
      const a = await seed(f);
      const b = await roundTrip(a);
      expect(tasks(b)).toEqual(tasks(a));
      const c = compareFields(a, b);
      expect(c.lost).toEqual([]);
      expect(c.kept).toBe(c.total);
      expect(c.total).toBeGreaterThan(0);
    });
  }

  it('杨浦 2015: the tasks the issue named keep their milestones and lead departments', async () => {
    const a = await seed(SEED_FILES[2]);
    const b = await roundTrip(a);
    for (const name of ['智慧交通', '智慧教育', '建设综合云平台']) {
      const before = [...walk(a.nodes)].find((w) => w.node.kind === 'task' && w.node.heading === name)!.node;
      const after = [...walk(b.nodes)].find((w) => w.node.kind === 'task' && w.node.heading === name)!.node;
      expect(before.milestones.length).toBeGreaterThan(0);
      expect(fieldValue(after, 'milestones')).toEqual(fieldValue(before, 'milestones'));
      expect(fieldValue(after, 'lead')).toEqual(fieldValue(before, 'lead'));
    }
  });
});

// --- the style corpus's newer documents (tests/corpus, batches 10 to 14): import → official .docx → import ---------------

// (60: its 完成时限 are in its 任务清单 only, so the generated 分解表 says something the text does not)
const TABLE_ONLY = new Set(['47-body-task-table-tabs.txt', '64-body-table-merged-cells.txt', '52-plan-as-attachment.txt', '53-annex-table-group-rows.txt', '58-project-list-table-continued.txt', '60-gongjian-resp-lead-partner-qingdan.txt',
  // (71: a task table as the body without 序号)
  '71-body-table-no-xuhao.txt',
  // (69: its departments and 完成时限 are in its 分工表 only, whose 工作任务 cells name the tasks in words of their own)
  '69-annex-division-keyed-by-number.txt',
  // (90, 93: a 督办台账 and a 季度分解表 whose rows are the tasks, departments in the table only — outside a 重点任务
  // heading, so read back the points take their kind from the 分解表 naming them: parse.ts promoteNamedPoints)
  '90-duban-taizhang-progress-status.txt', '93-quarterly-task-table.txt',
  // (92: its 项目库's 总投资 goes onto the task the project names, so the generated 主要指标表 says what the text does not)
  '92-zhen-xiangcun-xiangmuku-pdf.txt']);
/** Plans whose indicators are read from a table of theirs only (a 重点项目 list's 总投资 column). */
const TABLE_INDICATORS = new Set(['58-project-list-table-continued.txt', '92-zhen-xiangcun-xiangmuku-pdf.txt']);
/**
 * Plans whose own annex is kept by the import and set by the export as a table (65's 重点项目表: columns no task
 * field keeps). (60's and 69's 任务清单 / 分工表 and 99's 任务清单 are not: their columns are ones the generated 分解表
 * carries and their rows name the tasks, so the export leaves them out for it (sourcetable.ts `repeatsTasks`) — the
 * body's "附件：X" naming them reads back as the reference it is; before, it read back as an empty annex of that
 * title, which is all this list's check saw of them.)
 */
const KEPT_ANNEXES = new Set(['65-fields-closing-paragraph-project-annex.txt',
  // (92's 项目库: projects with 建设地点 and 总投资 the text does not say; 80's targets by street: a task-like title
  // (年度目标表, year columns) whose rows are no task's fields, set as a table — before, left out for the generated one)
  '92-zhen-xiangcun-xiangmuku-pdf.txt', '80-annex-yearly-targets-by-street.txt',
  // (102's 月度安排表 and 老旧小区改造项目表: months and 户数/投资 the text does not say as a table)
  '102-jiedao-monthly-nodes-two-annex-tables.txt',
  // (60's 任务清单 and 99's: their 具体内容 / 具体任务 cells say what the tasks' text does not — "上线企业信息变更、开办餐饮店等
  // “一件事”集成服务" beside a text of "上线“一件事”集成服务场景20个" —, so the generated table cannot stand for them)
  '60-gongjian-resp-lead-partner-qingdan.txt', '99-zhuanxiang-zhengzhi-stages-pdf.txt',
  // (53's 任务分解表 names a 责任领导 for each task — 分管商务副区长 —, which no task field keeps)
  '53-annex-table-group-rows.txt',
  // (121's 重點任務分解表 has a 備註 column — 中央資金支持項目, 每年新增40個 — which no task field keeps)
  '121-traditional-annex-remarks.txt',
  // (199's 重点任务分工表 has a 备注 column too — 分两年实施, 跨年度项目, 新增任务)
  '199-fengongbiao-xubiao-beizhu.txt',
  // (252's 年度投资计划表: projects with 建设内容 and their investment by year, 2026年 / 2027年 / 2028年（亿元）, that the text
  // does not say)
  '252-qu-jihua-fubiao-niandu-touzi.txt',
  // (210's 主要指标表 gives 2025 and 2027 targets its 主要目标 paragraph does not say, and a 属性 column; its 重点项目表 projects
  // with 建设内容 and 总投资 the text does not say)
  '210-fangan-mubiao-fujian-zhibiao-xiangmu.txt']);
const CORPUS_DOCS = path.join(import.meta.dirname, '..', 'corpus', 'docs');
const ROUNDTRIP_CORPUS = ['47-body-task-table-tabs.txt', '48-continuous-tasks-lead-partner-parens.txt', '49-articles-zhang-tiao.txt',
  '50-yearly-task-sections.txt', '51-word-list-numbering.txt', '52-plan-as-attachment.txt', '53-annex-table-group-rows.txt', '54-county-roles-sentences-stages.txt',
  // batch 11
  '55-yaodian-bracket-fields.txt', '56-fengong-dept-first.txt', '57-unmarked-year-headings.txt', '58-project-list-table-continued.txt',
  // batch 12
  '59-shishi-yijian-indicator-table.txt', '60-gongjian-resp-lead-partner-qingdan.txt', '61-tasks-measures-zhuanlan-dashes.txt',
  '62-pdf-unwrapped-page-breaks.txt',
  // batch 13
  '63-fangan-articles-joint-work.txt', '64-body-table-merged-cells.txt', '65-fields-closing-paragraph-project-annex.txt', '66-taiwan-vocabulary.txt',
  // batch 14
  '67-direct-gongwen-ai-plus-deng.txt', '68-yearly-targets-table-bracket-titles.txt', '69-annex-division-keyed-by-number.txt', '70-chapters-points-yishi-fields.txt',
  '71-body-table-no-xuhao.txt',
  // batch 15
  '72-pian-zhang-jie-guihua.txt', '73-fengong-yijian-fenguan-lingdao.txt', '74-mubiao-guanli-shared-resp.txt', '75-yearly-runin-milestones.txt',
  '76-yaodian-quarter-deadlines.txt', '77-resp-township-parens.txt',
  '78-runin-numbered-list-per-part.txt', '79-digital-economy-1n-xy-names.txt', '80-annex-yearly-targets-by-street.txt',
  // batch 16
  '81-enclosed-numerals-yaodian.txt', '82-zhuban-xieban-fengong.txt', '83-tasks-grouped-by-lead-unit.txt', '84-leader-lead-xietong-lines.txt',
  '85-square-bracket-roles.txt', '86-gongcheng-renwu-fengong.txt', '87-duty-list-grouped-by-leader.txt',
  // batch 17
  '88-fengong-lingdao-zhuyao-zeren.txt', '89-minsheng-shishi-project-fields.txt', '90-duban-taizhang-progress-status.txt',
  '91-kaohe-zhibiao-fenzhi.txt', '92-zhen-xiangcun-xiangmuku-pdf.txt', '93-quarterly-task-table.txt',
  // batch 18 (99, 102: the text's list "附件：1.X" ⏎ "2.Y" naming the annexes is a reference read back from the .docx
  // too — the Word paragraphs of a 附件说明 are never run into one list; 102's two tables are kept and set as tables)
  '98-hehuzhang-three-role-bracket.txt', '99-zhuanxiang-zhengzhi-stages-pdf.txt', '102-jiedao-monthly-nodes-two-annex-tables.txt', '100-yingshang-starred-items-hex-brackets.txt',
  '101-quanhui-county-leaders-paren-numbers.txt', '103-xiezuo-projects-implementing-units.txt',
  // batch 21
  '106-zhen-villages-responsible-lines.txt', '107-kaifaqu-category-column-table.txt', '108-sannian-closing-line-departments.txt',
  '109-zhuanxiang-guihua-category-indicator-table.txt', '110-daopai-gongqi-dotted-dates.txt', '111-dangjian-leader-person-lines.txt',
  // batch 20 (117–122)
  '117-jiedao-table-quarters-community-remarks.txt', '118-gongjian-stage-ranges-fullwidth.txt', '119-minsheng-list-investment-remarks.txt',
  '120-leader-lead-person-phone.txt', '121-traditional-annex-remarks.txt', '122-gangyao-box-tables.txt',
  // blind batch 21 (126–131)
  '126-gaoxinqu-guanwei-bumen-leads.txt', '127-bumen-zhujianju-star-keshi.txt', '128-abbrev-after-first-use.txt',
  '129-indicator-two-target-years.txt', '130-fubiao-hyphen-task-numbers.txt', '131-zhen-one-table-village-units.txt',
  // blind batch 22 (140–145; 140's 主要指标表 row "年度任务 | 50 | % | 2025 | …" is no task table's header since
  // 2026-12-06, celltable.ts: before, three of its tasks gained a bare "2025" milestone read back)
  '140-xiangcun-gongcheng-xingdong-four-deep.txt', '141-sannian-indicator-table-bare-years.txt', '142-kaifaqu-yaodian-unnumbered-runin.txt',
  '143-qingdan-juju-shijianjiedian-table.txt', '144-duban-notice-chengban-lines.txt', '145-zhuanxiang-stage-groups-numbered-on.txt',
  // blind batch 23 (146–151; 148 since its 分解表's 配合 column keeps its partners partners, enrich.ts)
  '146-fengong-fenguan-lingdao-bumen-fengong.txt', '147-shuiwuran-notes-in-role-brackets.txt', '148-fengong-first-listed-leads.txt',
  '149-minsheng-bar-rows-one-per-line.txt', '150-news-page-published-bare-toc.txt', '151-fenjie-single-space-cells.txt',
  // blind batch 23 of session 35 (152–157)
  '152-shiwuwu-zhuanxiang-zhuanlan-gongcheng.txt', '153-shishi-yijian-tiao-numbered-on-zeren.txt', '154-gongzuo-taizhang-zeren-lingdao.txt',
  '155-niandu-zhongdian-xiangmu-yezhu.txt', '156-fengong-qiantou-zeren-inline.txt', '157-taiwan-xian-shizheng-jihua-renyi.txt',
  // blind batch 24 of session 36 (164–169)
  '164-shishi-fangan-qiantou-zeren-comma.txt', '165-sannian-xingdong-shishi-gongcheng-zeren-line.txt', '166-gongzuo-fangan-deadline-bracket.txt',
  '167-fengong-gebumen-anzhize-fuze.txt', '168-gangyao-pian-zhang-box-table-no-xuhao.txt', '169-xian-fangan-xiangzhen-lead-zhidao.txt',
  // blind batch 25 of session 36 (176–181)
  '176-jiedao-jihua-month-headings.txt', '177-zhengzhi-fangan-biaozhun-shixian-table.txt', '178-zhen-xiangcun-zhenxing-cun-weihui-units.txt',
  '179-yingshang-gaige-shixiang-qingdan-star-cell.txt', '180-quwei-gongzuo-yaodian-lingdao-bumen-bracket.txt', '181-yuanqu-zhongying-action-headings.txt',
  // blind batch 26 of session 37 (184–189)
  '184-quwei-quanhui-fengong-lingdao-three-columns.txt', '185-xian-fangan-decimal-outline.txt', '186-renwu-qingdan-bracket-fields-one-line.txt',
  '187-gongzuo-yaodian-paren-top-level-yishi.txt', '188-xian-fangan-zhuze-tuijin-stage-table.txt', '189-fangan-baozhang-first-renwu-last.txt',
  // blind batch 27 of session 37 (196–201)
  '196-han-zhusong-many-units.txt', '197-qu-niandu-mubiao-biao-zhu.txt', '198-fanti-diyibufen-anzhize.txt',
  '199-fengongbiao-xubiao-beizhu.txt', '200-jiedao-yaodian-bold-yishi-shequ.md', '201-xian-fangan-jiaozhu-footnotes.txt',
  // blind batch 28 of session 38 (207–212)
  '207-qu-fangan-quanhao-zeren-shixian-yihang.txt', '208-xian-zhuanxiang-fangan-jieduan-xiangzhen.txt', '209-qu-yaodian-banjiao-biaodian.txt',
  '210-fangan-mubiao-fujian-zhibiao-xiangmu.txt', '211-qu-jihua-jidu-jiedian.txt', '212-xian-jihua-mingci-jieshi.txt',
  // blind batch 29 of session 39 (221–226)
  '221-qu-zhuanxiang-zijin-laiyuan-yusuan.txt', '222-xian-sannian-diyinian-xiangdui-niandu.txt', '223-qu-renwu-yi-maohao-biaoti.txt',
  '224-qu-diyibufen-qiantou-lingdao-danwei.txt', '225-jiedao-jihua-keshi-shequ-juweihui.txt', '226-qu-yaodian-sishitiao-weizhui-kuohao.txt',
  // blind batch 30 of session 40 (243–248)
  '243-qu-fangan-xiaoshu-renwu-zhongwen-bufen.txt', '244-xian-fangan-renwu-fengong-duan.txt', '245-qu-xingdong-lizheng-quebao-mubiao.txt',
  '246-qu-fangan-jidu-shixian-shijianbiao.txt', '247-qu-xinjijian-jiehao-biaoti-leiji.txt', '248-qu-guihua-zhuanlan-zhongjian-zeren.txt',
  // blind batch 31 of session 40 (249–254)
  '249-qu-yaodian-yuefen-dian-biao.txt', '250-xian-xingdong-mubiao-pozhe-shuzi.txt', '251-qu-fangan-runin-bufen-zeren.txt',
  '252-qu-jihua-fubiao-niandu-touzi.txt', '253-xian-fangan-liangliebiao-wuxuhao.txt', '254-qu-qingdan-lianzihao-xuhao.txt',
  // Traditional script: the generated 主要指标表 writes units Simplified (个 for 個) and is still read as repeating the plan
  '15-traditional-notice.txt', '16-traditional-notice-line.txt'];
/**
 * The outline without written numbers (the export numbers by position) and without annexes (the export replaces the
 * source's tables with its generated 附表, checked below): depth, kind and heading of every node.
 */
const shape = (d: PlanDoc) => [...walk(d.nodes)].filter((w) => w.node.kind !== 'appendix' && !w.path.some((p) => p.kind === 'appendix'))
  .map((w) => `${w.path.length}|${w.node.kind}|${w.node.heading.replace(/[\s，,。：:“”"（）()]/g, '')}`);

describe('corpus documents of other cities\' styles: import → export-docx with annexes → import', () => {
  for (const f of ROUNDTRIP_CORPUS) {
    it(`${f}: same outline (kinds, headings, depth); same departments, indicators and milestones`, async () => {
      const a = await importFile({ bytes: new Uint8Array(fs.readFileSync(path.join(CORPUS_DOCS, f))), fileName: f });
      const b = await roundTrip(a);
      expect(tasks(a).length).toBeGreaterThan(0);
      expect(shape(b)).toEqual(shape(a));
      const c = compareFields(a, b);
      expect(c.lost).toEqual([]);
      expect(c.kept).toBe(c.total);
      // the generated 附表 repeat the plan and are read into it — except the task table of a plan that names its
      // departments only there (47, 52, 53); the 版记 after the last table is no cell of it
      // (58's 总投资 indicators come from its project list only: the export says them in its 主要指标表 alone, which
      // is then kept as an annex that says something the text does not)
      const annexes = [...walk(b.nodes)].filter((w) => w.node.kind === 'appendix').map((w) => w.node.heading);
      // (65's 项目表, 80's targets by street, 92's 项目库, 102's 月度安排表 and 项目表 say what the text does not: the plan's own
      // annexes, set as tables and kept both times)
      const own = KEPT_ANNEXES.has(f) ? [...walk(a.nodes)].filter((w) => w.node.kind === 'appendix').map((w) => w.node.heading) : [];
      // an annex read back holds something: a heading alone is a reference ("附件：X") misread
      expect([...walk(b.nodes)].filter((w) => w.node.kind === 'appendix' && !w.node.body.trim() && !w.node.children.length).map((w) => w.node.heading)).toEqual([]);
      expect(annexes.filter((h) => !/主要任务分解表$/.test(h) && !(TABLE_INDICATORS.has(f) && /主要指标表$/.test(h)))).toEqual(own);
      if (!TABLE_ONLY.has(f)) expect(annexes).toEqual(own);
    });
  }
});

// --- a flat plan (its only numbered level carries the departments: tasks at the top) -----------------------------

describe('a flat 工作方案 whose （一） points carry departments: import → export-docx with annexes → import', () => {
  it('same points (tasks and items, numbered on as written), departments, indicators and milestones; its 主要指标表 rows are no task rows', async () => {
    const text = ['东湖区背街小巷环境整治工作方案（2025—2026年）', '为改善背街小巷环境面貌，结合我区实际，制定本方案。',
      '（一）开展卫生保洁整治。全面清理背街小巷垃圾杂物，2025年底前完成120条背街小巷整治。（牵头单位：区城管局；配合单位：各街道）',
      '（二）规范占道经营行为。严禁店外经营，整治流动摊贩。（牵头单位：区城管执法局；配合单位：区市场监管局、各街道）',
      '（三）提升绿化亮化水平。补植行道树，新增路灯800盏。（牵头单位：区绿化市容局）',
      '（四）加强组织保障。区政府成立工作领导小组，统筹推进整治工作。'].join('\n');
    const a = await importFile({ bytes: new TextEncoder().encode(text), fileName: 'flat.txt' });
    const b = await roundTrip(a);
    const points = (d: PlanDoc) => d.nodes.filter((n) => n.kind !== 'appendix').map((n) => `${n.kind} ${n.number}|${n.heading}`);
    expect(points(a)).toEqual(['task （一）|开展卫生保洁整治', 'task （二）|规范占道经营行为', 'task （三）|提升绿化亮化水平', 'item （四）|加强组织保障']);
    expect(points(b)).toEqual(points(a));
    const c = compareFields(a, b);
    expect(c.lost).toEqual([]);
    expect(c.kept).toBe(c.total);
    expect(c.total).toBeGreaterThan(0);
    expect(b.report!.warnings.filter((w) => w.code === 'table-row-unmatched')).toEqual([]);
  });
});

// --- a plan edited through the core ---------------------------------------------------------------------

let dir = '';
let core: Core;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pw-roundtrip-'));
  core = await createCore({ dataDir: dir, seedsDir: SEEDS, host: 'test', logError: () => undefined });
});
afterAll(() => {
  core?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function node(id: string, kind: PlanNode['kind'], heading: string, body: string, more: Partial<PlanNode> = {}): PlanNode {
  return { ...emptyNode(id, kind), heading, body, ...more };
}

/** A plan as a planner enters it in the editor: fields on the task and on its items (with and without headings). */
function editedNodes(): PlanNode[] {
  return [
    node('p1', 'part', '主要任务', '', {
      children: [
        node('a1', 'action', '数字基础设施提升行动', '', {
          children: [
            node('t1', 'task', '建设千兆光网', '推进城域网扩容和千兆入户。', {
              lead: ['区科委'],
              partners: ['区建管委'],
              indicators: [{ name: '千兆光网覆盖率', value: 95, unit: '%', comparator: '>=', year: 2026, text: '' }],
              milestones: [{ year: 2025, stage: '启动', text: '完成城域网扩容方案' }],
              children: [
                node('i1', 'item', '', '完成老旧小区光纤改造。', {
                  lead: ['区房管局'],
                  partners: ['各街道办事处', '区财政局'],
                  milestones: [{ year: 2025, stage: '启动', text: '排查老旧小区' }, { year: 2027, stage: '完成', text: '改造全部完成' }],
                  indicators: [{ name: '改造小区', value: 120, unit: '个', comparator: '=', year: 2027, text: '' }],
                }),
                node('i2', 'item', '楼宇光纤入户', '商务楼宇全部接入。', {
                  lead: ['区商务委'],
                  milestones: [{ year: 2026, stage: '推进', text: '重点楼宇接入' }],
                }),
                node('i3', 'item', '', '做好宣传和用户服务。'),
              ],
            }),
            node('t2', 'task', '布局算力设施', '建设区级算力调度平台。', {
              // no departments of its own: its items' departments must not be added to it on the way back
              children: [
                node('i4', 'item', '', '建成算力调度平台一期工程。', {
                  lead: ['区数据局'],
                  partners: ['区发展改革委'],
                  milestones: [{ year: 2026, stage: '完成', text: '一期上线' }, { year: 2028, stage: '推进', text: '二期扩容' }],
                  indicators: [{ name: '算力规模', value: 500, unit: 'PFlops', comparator: '>=', year: 2027, text: '' }],
                }),
              ],
            }),
          ],
        }),
      ],
    }),
  ];
}

describe('a plan edited through the core: export.docx with annexes → import', () => {
  it('keeps item-level departments, milestones and indicators, and the task without departments stays without', async () => {
    const { id } = await ok(core, 'plan.createBlank', { title: '某区数字基础设施三年行动计划（2025—2027年）', district: '某区', period: { start: 2025, end: 2027 } });
    const stored = await ok(core, 'plan.get', { id });
    const { revision, id: _id, ...doc } = stored;
    await ok(core, 'plan.save', { id, doc: { ...doc, nodes: editedNodes() }, baseRevision: revision });
    const edited = await ok(core, 'plan.get', { id });
    const out = await ok(core, 'export.docx', { id, options: { cover: true, annexes: true } });
    const back = await roundTrip(edited, new Uint8Array(Buffer.from(out.dataBase64, 'base64')));

    expect(tasks(back)).toEqual(['建设千兆光网', '布局算力设施']);
    const c = compareFields(edited, back);
    expect(c.lost).toEqual([]);
    // t1: lead, partners, indicators, milestones; i1: all four; i2: lead, milestones; i4: all four (t2 none)
    expect(c.total).toBe(14);
    const byText = (d: PlanDoc, s: string) => [...walk(d.nodes)].find((w) => (w.node.heading || w.node.body).startsWith(s))!.node;
    expect(byText(back, '布局算力设施').lead).toEqual([]);
    expect(byText(back, '完成老旧小区').partners).toEqual(['各街道办事处', '区财政局']);
    // the milestone of 2028 lies outside the period 2025–2027: it got a column of its own
    expect(byText(back, '建成算力调度').milestones).toContainEqual({ year: 2028, stage: '推进', text: '二期扩容' });
    expect(byText(back, '建成算力调度').indicators.map((i) => [i.name, i.value, i.unit, i.comparator, i.year])).toEqual([['算力规模', 500, 'PFlops', '>=', 2027]]);
  });
});

// --- every field a planner enters on a task (the node panel: NodePanel.vue, IndicatorsTable.vue, MilestonesGrid.vue) --

describe('a task holding every field a planner enters: export-docx → import gives each back', () => {
  /**
   * What the node panel lets a planner enter on a task and on a point under it: heading, text (paragraphs), lead and
   * partner departments (chips), indicators (name, comparator — each of the six —, value with decimals, unit or none,
   * year or none; a target in words without a value), milestones (several in one year, each stage and none, a year
   * outside the period) and themes (chips). Written as printed (full-width punctuation: the export prints a 公文's).
   */
  const entered = (): PlanDoc => {
    const task = (id: string, f: Partial<PlanNode>): PlanNode => ({ ...emptyNode(id, 'task'), ...f });
    return {
      format: 'plan-workbench/v1',
      meta: {
        title: '东湖区推进数字化转型三年行动计划（2025—2027年）', district: '东湖区', city: null, period: { start: 2025, end: 2027 }, issuer: '东湖区人民政府办公室',
        docNumber: '东府办发〔2025〕12号', issuedOn: '2025-03-01', addressees: ['各街道办事处'], status: 'draft', source: null, basedOn: null, notice: '',
        preamble: '为加快推进数字化转型，结合本区实际，制定本方案。',
      },
      nodes: [{
        ...emptyNode('p1', 'part'), heading: '主要任务', children: [
          task('t1', {
            heading: '建设千兆光网', body: '推进千兆光网进小区、进楼宇，城镇地区实现全覆盖。\n统筹建设区级数据中心，提升算力供给能力。',
            lead: ['区科委', '区经委'], partners: ['区财政局', '各街道办事处'],
            indicators: [
              { name: '千兆光网覆盖率', value: 95, unit: '%', comparator: '>=', year: 2026, text: '' },
              { name: '数据中心能耗', value: 1.3, unit: '', comparator: '<=', year: null, text: '' },
              { name: '5G基站数', value: 1200, unit: '个', comparator: '>', year: 2025, text: '' },
              { name: '网络时延', value: 20, unit: '毫秒', comparator: '<', year: 2027, text: '' },
              { name: '数字经济核心产业增加值', value: 120.5, unit: '亿元', comparator: '~', year: 2027, text: '' },
              { name: '公共数据开放数量', value: 300, unit: '项', comparator: '=', year: 2025, text: '' },
              { name: '智慧社区覆盖率', value: null, unit: '', comparator: '=', year: 2026, text: '智慧社区覆盖率显著提升' },
              // a fall written as a negative figure (the 主要指标表 prints ≤-5: read back as the figure, not as words)
              { name: '单位数据中心碳排放强度', value: -5, unit: '%', comparator: '<=', year: 2026, text: '' },
              { name: 'PM2.5年均浓度', value: 0.5, unit: '微克/立方米', comparator: '<=', year: 2027, text: '' },
            ],
            milestones: [
              { year: 2025, stage: '启动', text: '完成建设方案编制' },
              { year: 2025, stage: '推进', text: '完成试点建设' },
              { year: 2026, stage: '完成', text: '实现全区覆盖' },
              { year: 2027, stage: null, text: '开展中期评估' },
              { year: 2028, stage: '推进', text: '二期扩容' },
            ],
            // two themes the text gives (an import derives them again) and one set by hand
            themes: ['宽带/5G', '数据/大数据', '重点民生实事'],
          }),
          task('t2', {
            heading: '深化一网通办改革', lead: ['区政务服务中心'], milestones: [{ year: 2026, stage: '完成', text: '高频事项全程网办' }],
            children: [{
              ...emptyNode('i1', 'item'), heading: '试点示范工程', body: '在三个街道先行试点。', lead: ['区数据局'], partners: ['区民政局'],
              indicators: [{ name: '试点街道数', value: 3, unit: '个', comparator: '=', year: 2025, text: '' }], milestones: [{ year: 2025, stage: '完成', text: '试点建成' }],
            }],
          }),
        ],
      }],
    };
  };
  const points = (d: PlanDoc) => [...walk(d.nodes)].map((w) => w.node).filter((n) => n.kind === 'task' || n.kind === 'item');
  /**
   * Every field as entered, but what docs/exchange.md says a 公文 does not carry: the indicator's source sentence
   * (`text`, the sentence an import read it from) and themes (below).
   */
  const fields = (d: PlanDoc) => points(d).map((n) => ({
    kind: n.kind, heading: n.heading, text: textParagraphs(n.body), lead: n.lead, partners: n.partners, milestones: n.milestones,
    indicators: n.indicators.map((i) => ({ name: i.name, value: i.value, unit: i.unit, comparator: i.comparator, year: i.year })),
  }));

  it('Markdown with annexes (the exchange format a clerk may send instead): the same fields', async () => {
    const doc = entered();
    const back = await importFile({ bytes: new TextEncoder().encode(buildMarkdown(doc, { annexes: true })), fileName: 'entered.md' });
    expect(fields(back)).toEqual(fields(doc));
  });

  for (const opts of [{ cover: true, annexes: true }, { cover: false, annexes: false }]) {
    it(`${opts.annexes ? 'the official document (cover, annexes)' : 'plain'}: heading, text, departments, every indicator and milestone, themes`, async () => {
      const doc = entered();
      const back = await importFile({ bytes: await buildDocx(doc, opts), fileName: 'entered.docx' });
      expect(fields(back)).toEqual(fields(doc));
      // with annexes the text is the text alone (the 分解表 and 主要指标表 carry the fields); without, the fields are
      // printed as lines after it, which the importer reads into the fields and keeps in the text (textParagraphs above)
      if (opts.annexes) expect([...walk(back.nodes)].filter((w) => w.node.kind === 'task' || w.node.kind === 'item').map((w) => w.node.body)).toEqual(['推进千兆光网进小区、进楼宇，城镇地区实现全覆盖。\n统筹建设区级数据中心，提升算力供给能力。', '', '在三个街道先行试点。']);
      // the generated annexes are read into the tasks, not kept
      expect(back.nodes.filter((n) => n.kind === 'appendix')).toEqual([]);
      // themes: a 公文 has no theme tags; the import derives them from the text again, as the export dialog says
      // (textThemes): the two the text gives come back, the one set by hand is named among what the document leaves out
      expect(points(back).map((n) => [...n.themes].sort())).toEqual(points(doc).map((n) => textThemes(n).sort()));
      expect(points(back)[0].themes).toEqual(expect.arrayContaining(['宽带/5G', '数据/大数据']));
      expect(exportOmissions(doc, 'docx', opts).filter((o) => o.code === 'themes').map((o) => o.count)).toEqual([1]);
    });
  }
});

// --- the reader is general: a task table from elsewhere ----------------------------------------------------------

describe('a Word table written by someone else is read by its header row', () => {
  it('one milestone per cell paragraph, "（启动）" and "完成：" stages, rows naming any node (here a （一） section)', async () => {
    const { Document, Packer, Paragraph, Table, TableRow, TableCell, TextRun } = await import('docx');
    const p = (t: string) => new Paragraph({ children: [new TextRun(t)] });
    const c = (...ts: string[]) => new TableCell({ children: ts.length ? ts.map(p) : [p('')] });
    const word = new Document({ sections: [{ children: [
      p('某区智慧城市建设三年行动计划（2025—2027年）'),
      p('一、主要任务'),
      p('（一）建设千兆光网'), p('推进城域网扩容和千兆入户。'),
      p('1.完成老旧小区光纤改造。'), p('2.商务楼宇光纤全部接入。'),
      p('（二）布局算力设施'), p('建设区级算力调度平台。'),
      p('附件'), p('重点任务分解表'),
      new Table({ rows: [
        new TableRow({ children: [c('序号'), c('重点任务'), c('牵头单位'), c('配合单位'), c('2025年'), c('2026年')] }),
        new TableRow({ children: [c('1'), c('建设千兆光网'), c('区科委'), c('区建管委、区房管局'), c('制定方案（启动）', '试点小区（启动）'), c('完成：全面推开')] }),
        new TableRow({ children: [c('2'), c('布局算力设施'), c('区数据局'), c(''), c('——'), c('平台上线（完成）')] }),
      ] }),
    ] }] });
    const d = await importFile({ bytes: await Packer.pack(word, 'uint8array'), fileName: 'other.docx' });
    const named = (h: string) => [...walk(d.nodes)].find((w) => w.node.heading === h)!.node;
    expect(named('建设千兆光网').lead).toEqual(['区科委']);
    expect(named('建设千兆光网').partners).toEqual(['区建管委', '区房管局']);
    expect(named('建设千兆光网').milestones).toEqual([
      { year: 2025, stage: '启动', text: '制定方案' },
      { year: 2025, stage: '启动', text: '试点小区' },
      { year: 2026, stage: '完成', text: '全面推开' },
    ]);
    expect(named('布局算力设施').milestones).toEqual([{ year: 2026, stage: '完成', text: '平台上线' }]);
    expect(d.report!.warnings.filter((w) => w.code === 'table-row-unmatched')).toEqual([]);
  });
});

// --- no source debris ---------------------------------------------------------------------------------

describe('a table kept from the source as lines is never printed as lines', () => {
  it('杨浦: the 重点任务分解表 (one cell per line) gives way to the generated 附表1; without annexes that table is set in its place', async () => {
    const yp = await seed(SEED_FILES[2]);
    const kept = [...walk(yp.nodes)].map((w) => w.node).filter((n) => sourceTable(n));
    expect(kept.map((n) => n.heading)).toEqual(['杨浦区智慧城市建设三年行动计划重点任务分解表']);
    expect(sourceTable(kept[0])!.form).toBe('cells');
    // one cell of the source table's ~400 is in no text or field of the plan (the importer placed it nowhere): it is
    // named to the export dialog as left out
    expect(sourceTableNotes(yp, true)).toEqual([{ nodeId: kept[0].id, title: kept[0].heading, action: 'annex', unsaid: ['为第三方运营商提供杨浦区最新规划与信息更新'] }]);
    expect(sourceTableNotes(yp, false)[0].action).toBe('generated');

    // cells of the source that are no text of any node: "2015年项目", "区科委等政府管理部门" (the 责任单位 column)
    const withAnnex = (await mammoth.extractRawText({ buffer: Buffer.from(await buildDocx(yp, { cover: true, annexes: true })) })).value;
    const body = withAnnex.slice(0, withAnnex.indexOf('附表1'));
    expect(body).not.toContain('2015年项目');
    expect(body).not.toContain('区科委等政府管理部门');
    expect(body).not.toContain('建立政务云平台（启动）');
    expect(withAnnex.slice(withAnnex.indexOf('附表1'))).toContain('启动：建立政务云平台');

    const plain = await buildDocx(yp, { cover: true, annexes: false });
    const xml = await docXml(plain);
    expect(xml).not.toContain('2015年项目');
    expect(xml).not.toContain('w:orient="landscape"');
    // in its place, under its title: the task table, portrait 版心 wide, with the period's year columns
    const at = xml.indexOf('杨浦区智慧城市建设三年行动计划重点任务分解表');
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(xml.slice(at))![0];
    expect(table).toContain('<w:tblW w:type="dxa" w:w="8844"/>');
    const head = /<w:tr\b[\s\S]*?<\/w:tr>/.exec(table)![0];
    expect(head).toContain('<w:tblHeader/>');
    expect([...head.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1])).toEqual(['序号', '行动', '重点任务', '主要内容', '牵头部门', '配合部门', '2015年', '2016年', '2017年']);
    // its 五号 lines off the body's 579-twip grid (else LibreOffice gives each cell line a grid line: a row a page)
    const { unzipSync, strFromU8 } = await import('fflate');
    const styles = strFromU8(unzipSync(plain)['word/styles.xml']);
    for (const id of ['TableText', 'TableHead']) {
      expect(new RegExp(`<w:style w:type="paragraph" w:styleId="${id}">(?:(?!</w:style>)[\\s\\S])*<w:snapToGrid w:val="0"/>`).test(styles), id).toBe(true);
    }
    // and it reads back like the annex: nothing lost
    const back = await importFile({ bytes: plain, fileName: 'plain.docx' });
    expect(compareFields(yp, back).lost).toEqual([]);
  });

  it('a table about something else is set as a Word table of its lines (without annexes too)', async () => {
    const doc: PlanDoc = {
      format: 'plan-workbench/v1',
      meta: { title: '某区三年行动计划', district: '某区', city: null, period: { start: 2025, end: 2027 }, issuer: null, docNumber: null, issuedOn: null, addressees: [], status: 'draft', source: null, basedOn: null, notice: '', preamble: '' },
      nodes: [
        node('t', 'task', '建设千兆光网', '推进千兆入户。'),
        node('a', 'appendix', '主要指标一览表', ['指标  2024年  2027年', '千兆光网覆盖率  80%  95%', '5G基站数  800个  1200个', '算力规模  100  500', '政务云上云率  70%  90%', '数据开放数  300  600'].join('\n')),
      ],
    };
    expect(sourceTable(doc.nodes[1])).toMatchObject({ form: 'rows', tasks: true });
    // a 一览表 with year columns says it is about tasks, but its rows name none of the plan's (建设千兆光网): its
    // figures are in no task's fields, so the generated table cannot stand for it — set as a table, annexes or not
    expect(sourceTableNotes(doc, false)[0].action).toBe('table');
    expect(sourceTableNotes(doc, true)[0].action).toBe('table');
    doc.nodes[1].heading = '附表说明';
    doc.nodes[1].body = doc.nodes[1].body.replace('2024年', '基期').replace('2027年', '目标');
    expect(sourceTable(doc.nodes[1])).toMatchObject({ form: 'rows', tasks: false });
    expect(sourceTableNotes(doc, true)[0].action).toBe('table');
    const xml = await docXml(await buildDocx(doc, { annexes: false }));
    const table = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]).find((t) => t.includes('千兆光网覆盖率'))!;
    const rows = [...table.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map((r) => [...r[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]));
    expect(rows[0]).toEqual(['指标', '基期', '目标']);
    expect(rows[1]).toEqual(['千兆光网覆盖率', '80%', '95%']);
    expect(xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '')).not.toContain('千兆光网覆盖率');
  });

  it('a table with a task-like title whose columns or rows are not the tasks is kept, with annexes too (nothing lost)', async () => {
    const plan = (heading: string, lines: string[]): PlanDoc => ({
      format: 'plan-workbench/v1',
      meta: { title: '某街道2025年工作计划', district: '某区', city: null, period: { start: 2025, end: 2025 }, issuer: null, docNumber: null, issuedOn: null, addressees: [], status: 'draft', source: null, basedOn: null, notice: '', preamble: '' },
      nodes: [
        { ...node('t1', 'task', '推进老旧小区改造', '完成五个小区改造。'), lead: ['街道城市建设管理办公室'] },
        { ...node('t2', 'task', '建设社区食堂', '建成社区食堂一处。'), lead: ['街道社区服务办公室'] },
        node('a', 'appendix', heading, lines.join('\n')),
      ],
    });
    // a 项目表 of 户数 and 投资: a task-like title, rows of 小区 no task names
    const projects = plan('老旧小区改造项目表', ['序号\t小区名称\t户数\t改造内容\t投资（万元）', '1\t青石一村\t620\t管网更新\t1800', '2\t青石二村\t540\t屋面防水\t1350', '3\t石桥苑\t410\t外墙保温\t980', '4\t石桥里\t380\t雨污分流\t860', '5\t翠石坊\t350\t适老化改造\t790']);
    expect(sourceTable(projects.nodes[2])).toMatchObject({ form: 'rows', tasks: true });
    expect(sourceTableNotes(projects, true)[0].action).toBe('table');
    const xml = await docXml(await buildDocx(projects, { annexes: true }));
    const kept = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]).find((t) => t.includes('青石一村'));
    expect(kept).toBeDefined();
    expect(kept).toContain('1800');
    // a table of the tasks by name but with a column the generated table has no place for (月份) is kept too
    const months = plan('重点工作安排表', ['月份\t主要工作\t责任科室', '3月\t推进老旧小区改造\t街道城市建设管理办公室', '5月\t建设社区食堂\t街道社区服务办公室', '6月\t推进老旧小区改造\t街道城市建设管理办公室', '9月\t建设社区食堂\t街道社区服务办公室', '11月\t推进老旧小区改造\t街道城市建设管理办公室']);
    expect(sourceTableNotes(months, true)[0].action).toBe('table');
    // the same rows without the 月份 column repeat the tasks: the generated 附表1 stands for them
    const same = plan('重点工作安排表', ['序号\t主要工作\t责任科室', '1\t推进老旧小区改造\t街道城市建设管理办公室', '2\t建设社区食堂\t街道社区服务办公室', '3\t推进老旧小区改造\t街道城市建设管理办公室', '4\t建设社区食堂\t街道社区服务办公室', '5\t推进老旧小区改造\t街道城市建设管理办公室']);
    expect(sourceTableNotes(same, true)[0].action).toBe('annex');
    // a 具体内容 column: left out only when the plan's text says each cell (here the tasks' texts do)
    const rows = (third: string) => ['序号\t任务\t具体内容\t牵头单位', `1\t推进老旧小区改造\t完成五个小区改造\t街道城市建设管理办公室`, `2\t建设社区食堂\t${third}\t街道社区服务办公室`, '3\t推进老旧小区改造\t完成五个小区改造\t街道城市建设管理办公室', '4\t建设社区食堂\t建成社区食堂一处\t街道社区服务办公室', '5\t推进老旧小区改造\t完成五个小区改造\t街道城市建设管理办公室'];
    expect(sourceTableNotes(plan('重点任务清单', rows('建成社区食堂一处')), true)[0].action).toBe('annex');
    expect(sourceTableNotes(plan('重点任务清单', rows('引入第三方运营并开设助餐点')), true)[0].action).toBe('table');
    // the task column itself saying more than the task's text (a second review's case): kept
    const more = ['序号\t重点任务\t牵头单位', '1\t推进老旧小区改造，惠及居民3000户新增电梯40部\t街道城市建设管理办公室', '2\t建设社区食堂\t街道社区服务办公室', '3\t推进老旧小区改造\t街道城市建设管理办公室', '4\t建设社区食堂\t街道社区服务办公室', '5\t推进老旧小区改造\t街道城市建设管理办公室'];
    expect(sourceTableNotes(plan('重点任务清单', more), true)[0].action).toBe('table');
    // a short cell that reads like a header's label but says something the plan does not ("完成电梯加装40部")
    const short = [...more.slice(0, 1), '1\t推进老旧小区改造\t完成电梯加装40部\t街道城市建设管理办公室', ...more.slice(2)].map((l, i) => (i === 0 ? '序号\t重点任务\t具体内容\t牵头单位' : i === 1 ? l : l.replace(/\t(街道\S+)$/, '\t\t$1')));
    expect(sourceTableNotes(plan('重点任务分解表', short), true)[0].action).toBe('table');
    // and without a header row
    const extra = '6\t建设社区食堂\t街道社区服务办公室';
    expect(sourceTableNotes(plan('重点任务分解表', [...more.slice(1), extra]), true)[0].action).toBe('table');
    expect(sourceTableNotes(plan('重点任务分解表', [...rows('建成社区食堂一处').slice(1), '6\t建设社区食堂\t建成社区食堂一处\t街道社区服务办公室']), true)[0].action).toBe('annex');
  });

  it('without annexes two tables of the tasks, each of half of them, give one generated table (the second is covered)', async () => {
    const plan: PlanDoc = {
      format: 'plan-workbench/v1',
      meta: { title: '某区2025年重点工作计划', district: '某区', city: null, period: { start: 2025, end: 2025 }, issuer: null, docNumber: null, issuedOn: null, addressees: [], status: 'draft', source: null, basedOn: null, notice: '', preamble: '' },
      nodes: [
        { ...node('t1', 'task', '推进老旧小区改造', '完成五个小区改造。'), lead: ['区住房城乡建设局'] },
        { ...node('t2', 'task', '建设社区食堂', '建成社区食堂一处。'), lead: ['区民政局'] },
        { ...node('t3', 'task', '深化网格化管理', '网格调整完成。'), lead: ['区委政法委'] },
        { ...node('t4', 'task', '完善应急避难场所', '新建避难场所两处。'), lead: ['区应急局'] },
        node('a', 'appendix', '城市建设任务分解表', ['序号\t重点任务\t牵头单位', ...Array.from({ length: 5 }, (_, i) => (i % 2 ? `${i + 1}\t建设社区食堂\t区民政局` : `${i + 1}\t推进老旧小区改造\t区住房城乡建设局`))].join('\n')),
        node('b', 'appendix', '社会治理任务分解表', ['序号\t重点任务\t牵头单位', ...Array.from({ length: 5 }, (_, i) => (i % 2 ? `${i + 1}\t完善应急避难场所\t区应急局` : `${i + 1}\t深化网格化管理\t区委政法委`))].join('\n')),
      ],
    };
    expect(sourceTableNotes(plan, false).map((n) => n.action)).toEqual(['generated', 'covered']);
    expect(sourceTableNotes(plan, true).map((n) => n.action)).toEqual(['annex', 'annex']);
    const xml = await docXml(await buildDocx(plan, { annexes: false }));
    expect(xml.split('深化网格化管理').length - 1).toBe(2); // its heading in the text, its row in the one generated table
  });

  it('prose in an appendix stays prose; a table of rows with wide spaces is a table of those cells', () => {
    const prose = node('x', 'appendix', '附件说明', Array.from({ length: 8 }, (_, i) => `第${i + 1}条，各部门要按照本计划的要求，认真组织实施，确保各项任务按期完成，并及时报送进展情况。`).join('\n'));
    expect(sourceTable(prose)).toBeNull();
    const rows = node('y', 'appendix', '重点项目一览表', ['序号  项目名称  责任单位', ...Array.from({ length: 7 }, (_, i) => `${i + 1}  项目${i + 1}  区科委`)].join('\n'));
    const t = sourceTable(rows)!;
    expect(t.form).toBe('rows');
    expect(t.tasks).toBe(true);
  });
});

async function docXml(bytes: Uint8Array): Promise<string> {
  const { unzipSync, strFromU8 } = await import('fflate');
  return strFromU8(unzipSync(bytes)['word/document.xml']);
}

// --- walk 4: fields changed in the structured editor, with the document's own field lines and sentences stale -------------

const SONGJIANG = path.join(import.meta.dirname, '..', 'tools', 'walk4', '松江区数字乡村实施方案.txt');
const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');

/** A plan imported through the core, drafted from as a template (full copy), as the planner of walk 4 did. */
async function draftFrom(file: string, district: string, period: { start: number; end: number }): Promise<string> {
  const { levelMapping: _m, ...doc } = await ok(core, 'plan.importPreview', { fileName: path.basename(file), dataBase64: b64(fs.readFileSync(file)) });
  const { id: templateId } = await ok(core, 'plan.importCommit', { doc });
  const { id } = await ok(core, 'plan.createFromTemplate', { templateId, district, period, mode: 'full' });
  return id;
}
/** Edits through the model as the editor's field forms make them (updateNode, the planner's own edit), saved. */
async function edit(id: string, find: (n: PlanNode) => boolean, patch: (n: PlanNode) => Partial<PlanNode>): Promise<PlanDoc> {
  const { revision, id: _id, ...doc } = await ok(core, 'plan.get', { id });
  const target = [...walk(doc.nodes)].find((w) => find(w.node))!.node;
  const nodes = updateNode(doc.nodes, target.id, patch(target), 'content');
  await ok(core, 'plan.save', { id, doc: { ...doc, nodes }, baseRevision: revision });
  const { revision: _r, id: _i, ...saved } = await ok(core, 'plan.get', { id });
  return saved;
}
async function exportedDocx(id: string): Promise<Uint8Array> {
  const out = await ok(core, 'export.docx', { id, options: { cover: true, annexes: true } });
  return new Uint8Array(Buffer.from(out.dataBase64, 'base64'));
}
const nodeOf = (d: PlanDoc, start: string) => [...walk(d.nodes)].find((w) => (w.node.heading || w.node.body).startsWith(start))!.node;
const inds = (n: PlanNode) => n.indicators.map((i) => [i.name, i.value, i.unit, i.comparator, i.year]);
const tableWarnings = (d: PlanDoc) => (d.report?.warnings ?? []).filter((w) => /表/.test(w.message)).map((w) => w.message);
const appendices = (d: PlanDoc) => d.nodes.filter((n) => n.kind === 'appendix').map((n) => n.heading);

describe('walk 4: what the planner changes in the field forms reaches the Word document and comes back', () => {
  it('松江, unedited: the export read back has no annex of its own and no warning about its tables', async () => {
    const a = await importFile({ bytes: new Uint8Array(fs.readFileSync(SONGJIANG)), fileName: '松江区数字乡村实施方案.txt' });
    const b = await roundTrip(a);
    // (main read the 主要指标表 rows with the 分解表's columns: 表格中的“%”找不到对应任务, ten times)
    expect(tableWarnings(b)).toEqual([]);
    expect(appendices(b)).toEqual([]);
    expect(compareFields(a, b).lost).toEqual([]);
  });

  it('松江: new departments, a new 5G target and milestones of a task come back exactly; the body prints them', async () => {
    const id = await draftFrom(SONGJIANG, '松江区', { start: 2024, end: 2026 });
    // task 1: the document's line says 区科委 leads, 区农业农村委 and 各镇人民政府 help, and its sentence 新建5G基站120个
    await edit(id, (n) => n.heading === '推进乡村5G网络和千兆光网建设', (n) => ({
      lead: ['区经委'],
      partners: ['区科委', '区农业农村委'],
      indicators: n.indicators.map((i) => (i.name === '5G基站' ? { ...i, value: 200 } : i)),
    }));
    // task 2: yearly milestones entered in the grid (its text states none as such)
    const edited = await edit(id, (n) => n.heading === '建设农业农村大数据平台', () => ({
      milestones: [{ year: 2024, stage: '完成', text: '平台一期建设' }, { year: 2025, stage: '推进', text: '接入全部涉农部门数据' }],
    }));
    const bytes = await exportedDocx(id);
    const back = await roundTrip(edited, bytes);

    const t1 = nodeOf(back, '推进乡村5G网络');
    expect(t1.lead).toEqual(['区经委']);
    expect(t1.partners).toEqual(['区科委', '区农业农村委']);
    expect(inds(t1)).toEqual([['5G基站', 200, '个', '=', 2024]]);
    expect(nodeOf(back, '建设农业农村大数据平台').milestones).toEqual([
      { year: 2024, stage: '完成', text: '平台一期建设' }, { year: 2025, stage: '推进', text: '接入全部涉农部门数据' }]);
    // everything else as it was; the annexes repeat the plan, so they are not kept
    const c = compareFields(edited, back);
    expect(c.lost).toEqual([]);
    expect(c.kept).toBe(c.total);
    expect(appendices(back)).toEqual([]);
    expect(tableWarnings(back)).toEqual([]);

    // the Word text: the stale line is gone, the unchanged tasks keep their own wording
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
    expect(text).not.toContain('责任单位：区科委（牵头），区农业农村委、各镇人民政府（配合）');
    expect(text).toContain('牵头单位：区经委；配合单位：区科委、区农业农村委');
    expect(text).toContain('指标：5G基站为200个（2024年）');
    expect(text).toContain('责任单位：区农业农村委（牵头），区大数据中心（配合）');
    // the annex's 主要内容 never repeats a field line beside the 牵头/配合 columns
    const rows = taskTable(edited).rows;
    expect(rows.length).toBeGreaterThanOrEqual(6);
    expect(rows.filter((r) => /(责任单位|牵头单位|配合单位)[:：]/.test(r.content)).map((r) => r.task)).toEqual([]);

    // the exchange format the clerk may send instead: Markdown with its annexes, read back, says the same
    const md = await ok(core, 'export.markdown', { id });
    const fromMd = await importFile({ bytes: new TextEncoder().encode(md.text), fileName: 'plan.md' });
    expect([nodeOf(fromMd, '推进乡村5G网络').lead, nodeOf(fromMd, '推进乡村5G网络').partners, inds(nodeOf(fromMd, '推进乡村5G网络'))])
      .toEqual([['区经委'], ['区科委', '区农业农村委'], [['5G基站', 200, '个', '=', 2024]]]);
    expect(compareFields(edited, fromMd).lost).toEqual([]);
  });

  it('奉贤 2020 (a seed): a changed 【牵头单位…】 task, target and a milestone come back exactly', async () => {
    const file = path.join(SEEDS, SEED_FILES.find((f) => f.startsWith('003_'))!);
    const id = await draftFrom(file, '奉贤区', { start: 2020, end: 2022 });
    const is5G = (n: PlanNode) => n.kind === 'task' && n.body.includes('新建5G基站不少于2000个');
    const before = [...walk((await ok(core, 'plan.get', { id })).nodes)].find((w) => is5G(w.node))!.node;
    // the sentence ends 【牵头单位:区科委(信息委),配合单位:各电信基础运营商】 and says 不少于2000个, 累计达到3000个
    expect(before.lead).toEqual(['区科委(信息委)']);
    expect(inds(before).slice(0, 2)).toEqual([['5G基站', 2000, '个', '>=', 2022], ['5G基站', 3000, '个', '>=', 2022]]);
    const edited = await edit(id, is5G, (n) => ({
      lead: ['区经委'],
      partners: ['区科委(信息委)', '各电信基础运营商'],
      indicators: n.indicators.map((i, k) => (k === 0 ? { ...i, value: 2500 } : i)),
      milestones: [{ year: 2021, stage: '推进', text: '新建5G基站1000个' }],
    }));
    const back = await roundTrip(edited, await exportedDocx(id));
    const t = [...walk(back.nodes)].find((w) => is5G(w.node))!.node;
    expect(t.lead).toEqual(['区经委']);
    expect(t.partners).toEqual(['区科委(信息委)', '各电信基础运营商']);
    expect(inds(t).slice(0, 2)).toEqual([['5G基站', 2500, '个', '>=', 2022], ['5G基站', 3000, '个', '>=', 2022]]);
    expect(t.milestones).toEqual([{ year: 2021, stage: '推进', text: '新建5G基站1000个' }]);
    const c = compareFields(edited, back);
    expect(c.lost).toEqual([]);
    expect(appendices(back)).toEqual(appendices(edited));
    expect(tableWarnings(back)).toEqual([]);
  });
});

describe('walk 5: 主送机关 entered in the import form reaches the Word cover and comes back', () => {
  for (const f of [SEED_FILES[0], SEED_FILES[2], SEED_FILES[3]]) {
    it(`${f}: addressees set by the planner are printed on the cover (主送 line ending in ：) and read back on import`, async () => {
      const a = await seed(f);
      const entered = ['各街道办事处', '区政府各委、办、局', '区属各单位'];
      a.meta.addressees = entered;
      const bytes = await buildDocx(a, { cover: true, annexes: true });
      const text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
      expect(text).toContain('各街道办事处，区政府各委、办、局，区属各单位：');
      const b = await roundTrip(a, bytes);
      expect(b.meta.addressees).toEqual(entered);
    });
  }
});
