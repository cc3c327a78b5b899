/**
 * The importer's grammar, rule by rule: every example a rule states is read back as that rule; inline forms split
 * run-together headings; the level inference places styles by the document's own order. Small texts written for
 * each case (text → outline); the style corpus (tests/corpus) holds whole documents.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { INLINE_MARKER, RULES, countNouns, firstCharClass, foldScript, inlineMarkerOffsets, matchView, readMarker } from '../../shared/importer/grammar';
import { foldForMatch, toSimplified } from '../../shared/text/fold';
import { importText } from '../../shared/importer/index';
import { readNumber } from '../../shared/numbering';
import type { PlanDoc, PlanNode } from '../../shared/model/plan';

/** The outline as `kind number|heading` lines, two spaces per depth. */
function outline(doc: PlanDoc): string[] {
  const out: string[] = [];
  const walk = (nodes: PlanNode[], depth: number) => {
    for (const n of nodes) { out.push(`${'  '.repeat(depth)}${n.kind} ${n.number}|${n.heading}`); walk(n.children, depth + 1); }
  };
  walk(doc.nodes, 0);
  return out;
}
const lines = (s: string) => s.trim().split('\n').map((l) => l.replace(/\s+$/, '')).filter(Boolean);

describe('the folds the importer keeps (grammar.ts folded)', () => {
  // the caches remember texts the fold leaves as they are too, as themselves: asked again, from the cache, a text's
  // view is still the fold's — for a Traditional or full-width text and for one already Simplified, the same string or
  // an equal one made anew, and after the cache has been emptied for being full
  it('gives what the folds give, asked once or again, on every paragraph of the seeds and the corpus', () => {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const paras: string[] = ['成府發〔2020〕25號 關於推進數字政府建設的實施意見', '（一）１．完善標準體系建設', '推进数字政府建设的实施意见'];
    for (const dir of ['seeds', 'tests/corpus/docs']) {
      for (const f of readdirSync(join(root, dir)).filter((x) => /\.(txt|md)$/.test(x))) paras.push(...readFileSync(join(root, dir, f), 'utf8').split('\n').filter((l) => l.length >= 8));
    }
    expect(paras.length).toBeGreaterThan(4096); // more than a cache holds: it is emptied and filled again on the way
    let changed = 0;
    for (const p of paras) {
      const view = foldForMatch(p);
      const simple = toSimplified(p);
      const again = (' ' + p).slice(1); // an equal string, not the same object
      for (const t of [p, again, p]) {
        if (matchView(t) !== view) expect(matchView(t), p).toBe(view);
        if (foldScript(t) !== simple) expect(foldScript(t), p).toBe(simple);
      }
      if (view !== p) changed++;
    }
    expect(changed).toBeGreaterThan(100);
  }, 60_000);
});

describe('marker rules', () => {
  for (const r of RULES) {
    it(`${r.id}: every example is read as ${r.id}`, () => {
      for (const ex of r.examples) {
        const m = readMarker(ex);
        expect(m?.style, ex).toBe(r.id);
      }
    });
  }

  it('reads numbers in Chinese, Arabic, full-width and circled numerals', () => {
    expect(readMarker('十二、保障措施')).toMatchObject({ style: 'cn', n: 12, raw: '十二、', rest: '保障措施' });
    expect(readMarker('（十一）完善机制')).toMatchObject({ style: 'cnparen', n: 11, raw: '（十一）' });
    expect(readMarker('１２．完善标准')).toMatchObject({ style: 'arabic', n: 12, raw: '１２．' });
    expect(readMarker('⑫完善考核')).toMatchObject({ style: 'circled', n: 12 });
    expect(readMarker('重点专项:16 网络安全')).toMatchObject({ style: 'keytask', n: 16, label: '重点专项' });
    expect(readMarker('第二十三章 附则')).toMatchObject({ style: 'chapter', n: 23 });
  });

  it('reads Traditional forms on the folded view and keeps the text as written', () => {
    expect(readMarker('第一節 推進數字政府建設')).toMatchObject({ style: 'jie', n: 1, raw: '第一節', rest: '推進數字政府建設' });
    expect(readMarker('專項二：智慧農業')).toMatchObject({ style: 'action', n: 2, label: '专项', raw: '專項二' });
    expect(readMarker('重點任務3 建設城市大腦')).toMatchObject({ style: 'keytask', n: 3, raw: '重點任務3' });
    expect(readMarker('專欄1 重點工程')).toMatchObject({ style: 'box', n: 1 });
    expect(matchView('（一）１．')).toBe('(一)1.');
    expect(matchView('成府發〔2020〕25號').length).toBe('成府發〔2020〕25號'.length);
  });

  it('is not fooled by numbers inside sentences or figures', () => {
    for (const t of ['2015-2017年', '0.62台/千人', '1.5万个', '1.3以下。', '2020年完成', '任务1项已完成', '一是']) expect(readMarker(t), t).toBeNull();
  });

  it('finds inline markers only where the inline form allows', () => {
    const t = '一、建设目标 (一)总体目标。到2025年建成。(二)分项目标。1.网办率达到90%。2.建成平台。';
    const at = inlineMarkerOffsets(t).map((i) => t.slice(i, i + 4));
    expect(at).toEqual(['(一)总', '(二)分', '1.网办', '2.建成']);
    // "达到1.5万" and "共2、3项" are no markers: a digit before, or no sentence end before "1."
    expect(inlineMarkerOffsets('用户达到1.5万户，覆盖12、13号地块')).toEqual([]);
  });

  it('renumbering reads every numbered style of the grammar', () => {
    expect(readNumber('3)')).toEqual({ style: 'paren', ordinal: 3 });
    expect(readNumber('专栏2')).toMatchObject({ style: 'label', ordinal: 2, label: '专栏', numeral: 'arabic' });
    expect(readNumber('专项三')).toMatchObject({ style: 'label', ordinal: 3, label: '专项', numeral: 'cn' });
    expect(readNumber('（四）')).toEqual({ style: 'cnparen', ordinal: 4 });
  });

  it('declared-count nouns come from the rules (专项行动 counts actions, 重点专项 tasks)', () => {
    const nouns = new Map(countNouns().map((x) => [x.noun, x.kind]));
    expect(nouns.get('专项行动')).toBe('action');
    expect(nouns.get('重点专项')).toBe('task');
    expect(nouns.get('专栏')).toBe('box');
  });

  it('a count in the text of a heading with nothing under it (一、总体要求 … 围绕三大行动) is the whole plan\'s', () => {
    const counts = (text: string) => importText(text).report!.warnings.filter((w) => w.code === 'count-mismatch').map((w) => w.message);
    const plan = (n: string, k: number) => `临江市东湖区数字社区建设行动方案（2025—2027年）
一、总体要求
到2027年，建成数字社区示范点30个。本方案部署${n}大行动、${k}项重点任务。
二、主要任务
行动一：社区服务数字化行动
1.建设社区服务平台。牵头单位：区民政局。
2.推广社区智能设施。牵头单位：区数据局。
行动二：社区治理智能化行动
3.建设网格管理系统。牵头单位：区委政法委。
三、保障措施
（一）加强组织领导。`;
    // (was: 「文中写明“两大行动”,“一、总体要求”中找到 0 个(行动)」 and the same for the tasks)
    expect(counts(plan('两', 3))).toEqual([]);
    // the whole plan's count is still checked
    expect(counts(plan('三', 3))).toEqual(['文中写明“三大行动”,全文找到 2 个(行动),文本可能不完整或有未识别的编号']);
    // a heading with tasks under it still counts its own
    expect(counts(`云溪区数字政府建设行动方案
一、主要任务（3项）
本部分部署4项任务。
1.建设数据平台。牵头单位：区数据局。
2.建设政务云。牵头单位：区数据局。
3.建设一网通办。牵头单位：区政务办。
二、保障措施
（一）加强组织领导。`)).toEqual(['文中写明“4项任务”,“一、主要任务（3项）”中找到 3 个(任务),文本可能不完整或有未识别的编号']);
  });

  it('a number after 第 is an ordinal, not a declared count (walk 13: ten 「文中写明“1项专项”」 for 第1项专项工作 …)', () => {
    const counts = (text: string) => importText(text).report!.warnings.filter((w) => w.code === 'count-mismatch').map((w) => w.message);
    // headings naming one 专项 each, arabic and Chinese numerals
    expect(counts(`临江市东湖区社区治理专项行动计划（2024—2026年）
一、重点工作
（一）第1项专项工作
1.完善社区服务网络。牵头单位：区民政局。
2.建设社区服务站点。牵头单位：区民政局。
（二）第2项专项工作
3.推进社区议事协商。牵头单位：各街道。
二、保障措施
（一）加强组织领导。`)).toEqual([]);
    expect(counts(`南屿县2025年政务服务工作要点
一、主要任务
1.深化一网通办。本项为全年第三项重点任务，由县行政审批局牵头。
2.推进数据共享。落实第十二项任务的要求。
二、保障措施
1.加强督查。`)).toEqual([]);
    // a count is still checked, its numeral read whole (十九 is not 九)
    const stated = counts(`云溪区数字政府建设行动方案
一、主要任务
全区部署十九项任务。
1.深化一网通办。牵头单位：区政务服务办。
2.推进数据共享。牵头单位：区大数据中心。`);
    expect(stated).toHaveLength(1);
    expect(stated[0]).toContain('文中写明“十九项任务”');
  });
});

describe('the document’s own levels', () => {
  it('a plan that starts at (一) with no 一、 above: (一) is the top level, the numbered points with departments are tasks', () => {
    const doc = importText(`青川区2024年数字政府建设工作方案
为进一步提高我区政务服务水平，推进绿化市容精细化管理，制定本方案。
(一)工作目标
到2025年，政务服务事项网上可办率达到98%。
(二)重点任务
1.建设一体化政务服务平台。完善统一身份认证。(责任单位：区政务服务中心，配合单位：区大数据中心)
2.推进数据共享。(责任单位：区大数据中心)
(三)保障措施
1.加强组织领导。
2.强化考核。`);
    expect(outline(doc)).toEqual(lines(`
part (一)|工作目标
part (二)|重点任务
  task 1.|建设一体化政务服务平台
  task 2.|推进数据共享
part (三)|保障措施
  item 1.|加强组织领导
  item 2.|强化考核`));
    const t1 = doc.nodes[1].children[0];
    expect(t1.lead).toEqual(['区政务服务中心']);
    expect(t1.partners).toEqual(['区大数据中心']);
    expect(doc.report!.levels!.map((l) => [l.key, l.depth])).toEqual([['cnparen', 0], ['arabic', 1]]);
  });

  it('a whole plan on one line is split at the numbering it continues', () => {
    const doc = importText('东湖区智慧社区建设行动方案 一、建设目标 (一)总体目标。到2026年建成智慧社区30个。 (二)分项目标。 1.社区服务线上办理率达到90%。 2.建成社区数字化平台。 二、主要任务 (一)完善社区基础设施。(责任单位：区民政局) (二)建设社区服务平台。(责任单位：区数据局) 三、保障措施 (一)加强组织领导。');
    expect(doc.meta.title).toBe('东湖区智慧社区建设行动方案');
    expect(outline(doc)).toEqual(lines(`
part 一、|建设目标
  section (一)|总体目标
  section (二)|分项目标
    item 1.|社区服务线上办理率达到90%
    item 2.|建成社区数字化平台
part 二、|主要任务
  task (一)|完善社区基础设施
  task (二)|建设社区服务平台
part 三、|保障措施
  section (一)|加强组织领导`));
  });

  it('第一部分 / 专项一 / 任务1: parts, actions and tasks by their labels', () => {
    const doc = importText(`南屿县数字乡村发展三年行动计划
第一部分 总体要求
坚持统筹推进。
第二部分 专项行动
专项一 数字基础设施提升行动
任务1 推进5G网络覆盖
到2026年，5G基站达到800个。牵头单位：县工信局；配合单位：县住建局
任务2 推进千兆光网建设
专项二 智慧农业发展行动
任务3 建设农业物联网示范基地
第三部分 保障措施
一、加强组织领导`);
    expect(outline(doc)).toEqual(lines(`
part 第一部分|总体要求
part 第二部分|专项行动
  action 专项一|数字基础设施提升行动
    task 任务1|推进5G网络覆盖
    task 任务2|推进千兆光网建设
  action 专项二|智慧农业发展行动
    task 任务3|建设农业物联网示范基地
part 第三部分|保障措施
  section 一、|加强组织领导`));
    expect(doc.nodes[1].children[0].children[0].indicators[0]).toMatchObject({ value: 800, unit: '个' });
  });

  it('第一章 / 第一节 / 一、(责任单位) → the 一、 level carrying departments is the task level; a 目录 with page numbers is no structure', () => {
    const doc = importText(`临江市东湖区数字经济发展规划
目  录
第一章 发展基础 …………………… 1
第二章 主要任务 …………………… 3
第三章 保障措施 …………………… 8
第一章 发展基础
“十三五”期间，全区数字经济规模达到320亿元。
第二章 主要任务
第一节 数字产业化
一、壮大软件和信息服务业。（责任单位：区经信局、区科技局）
二、发展集成电路设计。（责任单位：区经信局）
第二节 产业数字化
一、推进制造业数字化转型。（责任单位：区经信局）
第三章 保障措施
一、加强组织领导`);
    expect(outline(doc)).toEqual(lines(`
part 第一章|发展基础
part 第二章|主要任务
  section 第一节|数字产业化
    task 一、|壮大软件和信息服务业
    task 二、|发展集成电路设计
  section 第二节|产业数字化
    task 一、|推进制造业数字化转型
part 第三章|保障措施
  section 一、|加强组织领导`));
    expect(doc.report!.removed.filter((r) => r.reason.startsWith('目录')).map((r) => r.line)).toEqual([2, 3, 4, 5]);
  });

  it('a 专栏 keeps its numbered projects and ends where the interrupted numbering goes on', () => {
    const doc = importText(`某区行动计划
一、主要任务
1.推进智能制造。（责任单位：区经信局）
2.发展工业互联网。（责任单位：区经信局）
专栏1 智能制造重点工程
1.智能工厂示范工程。建设智能工厂10个。
2.工业互联网平台工程。
3.培育数字化转型服务商。（责任单位：区科技局）
二、保障措施
（一）加强组织领导`);
    const o = outline(doc);
    expect(o[0]).toBe('part 一、|主要任务');
    expect(o.slice(1, 3)).toEqual(['  task 1.|推进智能制造', '  task 2.|发展工业互联网']);
    // the box sits in place, its projects as its items, and task 3 follows it (not item 3 of the box)
    expect(o[3]).toMatch(/^ {2}(box|section) 专栏1\|智能制造重点工程$/);
    expect(o.slice(4, 6)).toEqual(['    item 1.|智能工厂示范工程', '    item 2.|工业互联网平台工程']);
    expect(o[6]).toBe('  task 3.|培育数字化转型服务商');
  });

  it('a level mapping changes kinds and depths, and maps a style to body text', () => {
    const text = `某区工作方案
一、重点工作
（一）推进政务服务
1.建设平台。
2.完善机制。
（二）推进数据共享
二、保障措施`;
    const auto = importText(text);
    expect(outline(auto)).toEqual(lines(`
part 一、|重点工作
  section （一）|推进政务服务
    task 1.|建设平台
    task 2.|完善机制
  section （二）|推进数据共享
part 二、|保障措施`));
    const asTasks = importText(text, 'x.txt', { cnparen: { kind: 'task' }, arabic: { kind: 'item' } });
    expect(outline(asTasks).filter((l) => /task|item/.test(l))).toEqual(['  task （一）|推进政务服务', '    item 1.|建设平台', '    item 2.|完善机制', '  task （二）|推进数据共享']);
    // (一) merged into the top level: siblings of 一、
    const merged = importText(text, 'x.txt', { cnparen: { depth: 0 } });
    expect(merged.nodes.map((n) => n.number)).toEqual(['一、', '（一）', '（二）', '二、']);
    // 1. as body text: the points stay in the body of their section
    const flat = importText(text, 'x.txt', { arabic: { kind: 'text' } });
    expect(outline(flat)).not.toContain('    task 1.|建设平台');
    expect(flat.nodes[0].children[0].body).toContain('1.建设平台。');
    expect(flat.report!.levels!.map((l) => l.key)).toEqual(['cn', 'cnparen']);
  });

  it('never flattens silently: a 主要任务 part with no tasks, and a text without headings, are reported', () => {
    const noTasks = importText(`某区方案
一、总体要求
坚持统筹推进。
二、主要任务
加快推进各项建设，完善基础设施，提升服务水平。
三、保障措施
加强领导。`);
    expect(noTasks.report!.warnings.map((w) => w.code)).toContain('no-tasks');
    const flat = importText('某区方案\n' + '推进智慧城市建设，完善基础设施，提升服务水平。'.repeat(40));
    expect(flat.report!.warnings.map((w) => w.code)).toContain('no-structure');
  });

  it('Traditional script: structure, departments and targets read, text kept as written', () => {
    const doc = importText(`青羊區智慧城市建設三年行動計劃
一、總體要求
（一）指導思想
堅持以人民為中心。
二、重點任務
（一）建設城市大腦。到2022年，數據共享率達到90%。（責任單位：區大數據中心）
（二）推進智慧交通。（責任單位：區交通局）
三、保障措施
（一）加強組織領導`);
    expect(outline(doc)).toEqual(lines(`
part 一、|總體要求
  section （一）|指導思想
part 二、|重點任務
  task （一）|建設城市大腦
  task （二）|推進智慧交通
part 三、|保障措施
  section （一）|加強組織領導`));
    const t = doc.nodes[1].children[0];
    expect(t.lead).toEqual(['區大數據中心']);
    expect(t.indicators[0]).toMatchObject({ value: 90, unit: '%' });
  });

  it('text printed from a PDF: page numbers and running headers dropped, lines broken at the page width re-joined', () => {
    const doc = importText(`某区推进数字化转型三年行动计划
一、总体要求
　　到2025年，全区数字经济核心产业增加值占地区生产总值比
重达到12%，建成数字化转型示范场景50个，政务服务事项全程网
办率达到95%以上，基本形成数字化转型的良好生态和发展格局。
二、主要任务
（一）推进经济数字化转型。加快发展工业互联网平台，推动规
模以上工业企业数字化改造，建成智能工厂和数字化车间20个。

— 1 —

某区推进数字化转型三年行动计划
（责任单位：区经委；配合单位：区科委、区商务委）
（二）推进生活数字化转型。建设智慧社区，完善社区服务平台，
推动养老、医疗、教育等领域数字化应用场景建设，实现社区事务
受理一网通办。（责任单位：区民政局）

第2页 共3页

三、保障措施
（一）加强组织领导。成立区数字化转型工作领导小组，统筹推进。`);
    const all = JSON.stringify(doc.nodes);
    expect(all).toContain('比重达到12%');
    expect(all).not.toContain('— 1 —');
    expect(all).not.toContain('第2页');
    expect(doc.nodes[0].body).toBe('到2025年，全区数字经济核心产业增加值占地区生产总值比重达到12%，建成数字化转型示范场景50个，政务服务事项全程网办率达到95%以上，基本形成数字化转型的良好生态和发展格局。');
    expect(doc.nodes[0].indicators.map((i) => i.value)).toContain(12);
    const tasks = doc.nodes[1].children;
    expect(tasks.map((t) => t.kind)).toEqual(['task', 'task']);
    expect(tasks[0].lead).toEqual(['区经委']);
    expect(doc.report!.removed.map((r) => r.reason)).toEqual(expect.arrayContaining(['页码', '页眉页脚']));
  });
});

describe('rules found by the blind test (documents written after the grammar)', () => {
  it('一是/二是 paragraphs are the points of a 工作要点; safeguards stay safeguards whatever verb opens them', () => {
    const doc = importText(`某区2025年数字政府工作要点
一、夯实数字基础设施
一是完善政务云平台。推动部门系统迁移上云。（牵头单位：区大数据中心）
二是优化电子政务外网。（牵头单位：区大数据中心）
二、加强组织保障
一是压实工作责任。各部门明确分管领导。
二是加强督促考核。`);
    expect(outline(doc)).toEqual(lines(`
part 一、|夯实数字基础设施
  task 一是|完善政务云平台
  task 二是|优化电子政务外网
part 二、|加强组织保障
  item 一是|压实工作责任
  item 二是|加强督促考核`));
  });

  it('a run-in heading ends at its colon; 牵头单位 leads and 责任单位 carry out; 完成时限 is a milestone; the closing signature is metadata', () => {
    const doc = importText(`某县农村人居环境整治实施方案
一、重点任务
（一）扎实推进农村厕所革命：以户用卫生厕所改造为重点，新改建户厕1200座。牵头单位：县农业农村局；责任单位：各乡镇。完成时限：2025年底前。
（二）梯次推进生活污水治理：建设污水处理设施。牵头单位：县住房城乡建设局。
二、保障措施
加强组织领导。
某县人民政府办公室
2024年5月20日`);
    const [t1, t2] = doc.nodes[0].children;
    expect([t1.kind, t1.heading, t2.heading]).toEqual(['task', '扎实推进农村厕所革命', '梯次推进生活污水治理']);
    expect(t1.lead).toEqual(['县农业农村局']);
    expect(t1.partners).toEqual(['各乡镇']);
    expect(t1.milestones).toEqual([{ year: 2025, stage: '完成', text: '2025年底前' }]);
    expect(doc.meta.issuer).toBe('某县人民政府办公室');
    expect(doc.meta.issuedOn).toBe('2024-05-20');
    expect(JSON.stringify(doc.nodes)).not.toContain('2024年5月20日');
  });

  it('a 专栏 after a 节’s last task stands beside the tasks; "附件：X" before the annex X is a reference, not a second annex', () => {
    const doc = importText(`某旗生态环境保护规划
第一章 加强生态保护修复
第一节 推进草原生态保护
一、落实草畜平衡制度。（责任单位：旗林草局）
二、实施退化草原修复。修复退化草原50万亩。（责任单位：旗林草局）
专栏1 草原生态保护重点工程
1.人工种草生态修复项目。
2.草原有害生物防控项目。
第二章 保障措施
附件：重点任务清单
附件
重点任务清单
序号	重点任务	牵头单位	完成时限
1	落实草畜平衡制度	旗林草局	2025年`);
    const o = outline(doc);
    expect(o.slice(0, 7)).toEqual(lines(`
part 第一章|加强生态保护修复
  section 第一节|推进草原生态保护
    task 一、|落实草畜平衡制度
    task 二、|实施退化草原修复
    box 专栏1|草原生态保护重点工程
      item 1.|人工种草生态修复项目
      item 2.|草原有害生物防控项目`));
    expect(doc.nodes.filter((n) => n.kind === 'appendix').map((n) => n.heading)).toEqual(['重点任务清单']);
    expect(doc.nodes[0].children[0].children[1].indicators[0]).toMatchObject({ value: 50, unit: '万亩' });
  });
});

describe('found by a second review: ordinary text that must stay text', () => {
  const plan = (body: string) => `某区数字经济发展三年行动计划\n一、主要任务\n${body}\n二、保障措施\n（一）加强组织领导`;

  it('a table laid out one cell per line keeps its row numbers and departments (they are no page numbers or running footers)', () => {
    const doc = importText(`某区行动计划
一、主要任务
（一）建设数据平台。牵头单位：区数据局。
（二）建设政务云。
（三）完善城市大脑。
（四）推进数据开放。
附件
重点任务分解表
序号
重点任务
牵头单位
1
建设数据平台
区数据局
2
建设政务云
区工信局
3
完善城市大脑
区数据局
4
推进数据开放
区数据局`);
    expect(doc.report!.removed.filter((r) => r.reason === '页码' || r.reason === '页眉页脚')).toEqual([]);
    expect(JSON.stringify(doc.nodes)).toContain('区工信局');
  });

  it('a ★ (or 3*.) marking key points is no numbering of its own: ★1. 2. ★3. run on; a number missing is still said', () => {
    const points = (nums: string[]) => plan(nums.map((n, i) => `${n}建设第${i + 1}批社区服务站。完成建设${i + 5}个。（责任科室：社区建设科）`).join('\n'));
    const gaps = (nums: string[]) => importText(points(nums)).report!.warnings.filter((w) => w.code === 'numbering-gap').map((w) => w.message);
    expect(gaps(['★1.', '2.', '★3.', '4.'])).toEqual([]);
    expect(gaps(['1.', '2*.', '3.', '▲4.'])).toEqual([]);
    expect(gaps(['★1.', '2.', '★4.'])).toEqual(['编号不连续:“2.”之后是“★4.”']);
    // full-width digits, two runs under one heading: "２）" after "２）" of the run before was said to be a gap
    const twoRuns = importText(plan(`（一）建设数据平台\n１）建成数据中台。\n２）建成数据目录。\n同步推进应用场景建设：\n１）上线城市大脑。\n２）上线一网统管。`));
    expect(twoRuns.report!.warnings.filter((w) => w.code === 'numbering-gap')).toEqual([]);
  });

  it('"一、二、三产业" inside a long paragraph is no heading', () => {
    const doc = importText(plan(`（一）推进乡村产业融合。${'以农业为基础，'.repeat(12)}推动农村一、二、三产业融合发展，培育新产业新业态。牵头单位：区农业农村局。`));
    expect(doc.nodes.map((n) => n.number)).toEqual(['一、', '二、']);
    expect(doc.report!.warnings.map((w) => w.code)).not.toContain('numbering-gap');
  });

  it('indicator lines "名称 数字" are no table of contents; a sentence that mentions 项目表 or starts with 附件 is no table or annex', () => {
    const doc = importText(`某区行动计划
一、发展目标
到2025年主要指标：
5G基站 600
充电桩 800
数据中心机架 500
二、主要任务
（一）建设数据平台。各项目按重点项目表推进，附件所列项目按季度报送进展。牵头单位：区数据局。
附件所列重点项目由各牵头单位负责推进，按季度报送进展。
（二）建设政务云。牵头单位：区工信局。`);
    expect(doc.report!.removed.filter((r) => r.reason.startsWith('目录'))).toEqual([]);
    expect(doc.nodes[0].body).toContain('5G基站 600');
    expect(doc.nodes.filter((n) => n.kind === 'appendix')).toEqual([]);
    expect(doc.nodes[1].children.map((c) => [c.kind, c.heading])).toEqual([['task', '建设数据平台'], ['task', '建设政务云']]);
  });

  it('a 专栏 right under a heading without text stays under it; the last cells of a table are no signature', () => {
    const doc = importText(`某区行动计划
一、总体要求
坚持创新驱动。
二、主要任务
专栏1 重点工程
1.城市大脑工程。
2.数据中台工程。
（一）建设数据平台
整合数据资源。牵头单位：区数据局。
（二）建设政务云
整合机房资源。牵头单位：区工信局。
三、保障措施
加强领导。`);
    expect(outline(doc)).toEqual(lines(`
part 一、|总体要求
part 二、|主要任务
  box 专栏1|重点工程
    item 1.|城市大脑工程
    item 2.|数据中台工程
  task （一）|建设数据平台
  task （二）|建设政务云
part 三、|保障措施`));
    const table = importText(`某区行动计划\n一、主要任务\n（一）建设政务云。\n附件\n重点任务分解表\n序号\n重点任务\n牵头单位\n1\n建设政务云\n区工信局\n2025年12月`);
    expect(table.meta.issuer).toBeNull();
    expect(table.meta.issuedOn).toBeNull();
  });

  it('a heading line without a sentence is not joined to the text under it', () => {
    const doc = importText(plan('（一）加快推进新型基础设施建设全面打造数字经济高质量发展的坚实底座\n到2025年，建成5G基站3000个。牵头单位：区工信局。'));
    expect(doc.nodes[0].children[0].heading).toBe('加快推进新型基础设施建设全面打造数字经济高质量发展的坚实底座');
  });
});

describe('inline markers: the lookahead of first characters', () => {
  it('is read from the inline forms, and finds what the forms alone find', () => {
    const source = RULES.filter((r) => r.inline).map((r) => `(?:${r.inline})`).join('|');
    expect(firstCharClass(source)).not.toBeNull();
    expect(INLINE_MARKER.source.startsWith('(?=[')).toBe(true);
    const plain = new RegExp(source, 'g');
    const texts = RULES.flatMap((r) => r.examples).map((e) => `前文。${e}；又 ${e}`);
    texts.push('一、总体要求 (一)指导思想 1.坚持 (1)创新 ①试点 行动一 重点任务2 专栏3 第一章 第二部分 第三节');
    for (const t of texts) {
      const view = matchView(t);
      expect(inlineMarkerOffsets(t), t).toEqual([...view.matchAll(plain)].map((m) => m.index).filter((i) => i));
    }
  });
  it('the fast scan finds what the forms alone find: every seed and corpus text, line by line and as one line', () => {
    const source = RULES.filter((r) => r.inline).map((r) => `(?:${r.inline})`).join('|');
    const plain = new RegExp(source, 'g');
    const root = fileURLToPath(new URL('../..', import.meta.url));
    let offsets = 0;
    for (const dir of ['seeds', 'tests/corpus/docs']) {
      for (const f of readdirSync(join(root, dir)).filter((x) => /\.(txt|md)$/.test(x))) {
        const text = readFileSync(join(root, dir, f), 'utf8');
        for (const t of [...text.split('\n').filter((l) => l.length >= 8), text.replace(/\s*\n\s*/g, '')]) {
          const want = [...matchView(t).matchAll(plain)].map((m) => m.index).filter((i) => i);
          expect(inlineMarkerOffsets(t), `${f}: ${t.slice(0, 40)}`).toEqual(want);
          offsets += want.length;
        }
      }
    }
    expect(offsets).toBeGreaterThan(1000);
  });
  it('a numeral starts an inline marker only when its run of numerals goes on with 、 or . (what the fast scan skips)', () => {
    // every numeral, after every character the inline forms and their examples use, followed by every such character
    const source = RULES.filter((r) => r.inline).map((r) => `(?:${r.inline})`).join('|');
    const plain = new RegExp(source, 'g');
    const chars = [...new Set([...RULES.flatMap((r) => r.examples).join(''), ...source.replace(/\\./g, ''), '年', '号', '个', '。', ' ', '(', ')'])].filter((c) => /[^\s]|[ ]/.test(c));
    const numerals = [...'一二三四五六七八九十百〇零两0123456789'];
    let tried = 0;
    for (const before of ['', '。', ' ', '第', '的']) {
      for (const n of numerals) {
        for (const m of ['', n]) {
          const t = `前文${before}${n}${m}${chars.join(`前${before}${n}${m}`)}`;
          const want = [...matchView(t).matchAll(plain)].map((x) => x.index).filter((i) => i);
          expect(inlineMarkerOffsets(t), t.slice(0, 60)).toEqual(want);
          tried++;
        }
      }
    }
    expect(tried).toBe(5 * 24 * 2);
  });
  it('a numeral at the end of the text (the scan reads no code unit past the end) is no marker, as for the forms alone', () => {
    const source = RULES.filter((r) => r.inline).map((r) => `(?:${r.inline})`).join('|');
    const plain = new RegExp(source, 'g');
    let tried = 0;
    for (const end of ['3', '12', '1.', '十', '二十', '三、', '（一', '第2']) {
      for (const t of [`共计划开展${end}`, `前文。二、总体要求 ${end}`, `前文 1、目标 ${end}`, end]) {
        const want = [...matchView(t).matchAll(plain)].map((x) => x.index).filter((i) => i);
        expect(inlineMarkerOffsets(t), t).toEqual(want);
        tried++;
      }
    }
    expect(inlineMarkerOffsets('前文。二、总体要求 3')).toEqual([3]);
    expect(tried).toBe(32);
  });
  it('gives up on forms it cannot read (then the forms are used alone)', () => {
    expect(firstCharClass('a?b')).toBeNull();
    expect(firstCharClass('.x')).toBeNull();
    expect(firstCharClass('(a)')).toBeNull();
    expect(firstCharClass('[^a]b')).toBeNull();
    expect(firstCharClass('x|')).toBeNull();
    expect(firstCharClass('(?<=[。])(?:行动|专项)[0-9]|\\(')).toBe('[行专\\(]');
    // the heads of the rules: ^ and named groups (readMarker passes over paragraphs that start with none of these)
    expect(firstCharClass('^(?<m>第\\s*(?<num>[0-9]+))|^(?<m2>[①-⑳])')).toBe('[第①-⑳]');
    expect(firstCharClass('^(?<m>[0-9]+)?x')).toBeNull();
    for (const r of RULES) expect(firstCharClass(r.head.source), r.id).not.toBeNull();
  });
});
