/**
 * Review rev40b's findings F2, F4 and F8 (docs/importer-grammar.md, "Rules changed in session 40 (h-fix40d)"), in a
 * second style of our own wording: a deadline whose object is a verb-object nominal after 的 stays a milestone; a 版记
 * stays a format example only after a sentence introducing one, right above it; a news lead saying the plan was
 * forwarded (转发) names no issuer.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';

type M = { year: number; stage?: string; text: string };
type N = { kind: string; number: string; heading: string; body: string; milestones: M[]; children: N[] };
const all = (ns: N[]): N[] => ns.flatMap((n) => [n, ...all(n.children)]);

/** The milestones of every task of a one-part plan of the period 2026—2028, one line each: "number year stage". */
const milestonesOf = (tasks: string[]) => {
  const plan = importText(['云溪区城市更新三年行动方案（2026—2028年）', '一、重点任务', ...tasks, '云溪区人民政府', '2026年4月2日'].join('\n'), 'x.txt');
  return all(plan.nodes as N[]).filter((n) => n.kind === 'task').map((n) => `${n.number} ${n.milestones.map((m) => `${m.year}${m.stage ?? ''}`).join(',')}`);
};

describe('F2: a verb-object nominal after 的, then a clause opening with 由/须/优先/按, is the work done by then', () => {
  it('…的整治提升，由 / …的安全评估，须 / …的管网改造，优先 / …的复核工作，按: milestones', () => {
    expect(milestonesOf([
      '（一）整治背街小巷。2027年底前完成城西片区的背街小巷整治提升，由各街道办事处组织实施。',
      '（二）开展安全评估。2026年9月底前完成全区公共建筑的安全评估，须逐栋建立档案。',
      '（三）改造燃气管网。2028年6月底前完成老城区的燃气管网改造，优先改造使用年限超过20年的管段。',
      '（四）复核住房保障资格。2026年底前完成保障对象的资格复核工作，按季度公布结果。',
    ])).toEqual(['（一） 2027完成', '（二） 2026完成', '（三） 2028完成', '（四） 2026完成']);
  });
  it('guard: a thing or an actor closing the 的-phrase is the subject of the next clause — no milestone', () => {
    expect(milestonesOf([
      '（一）推进加装电梯。2027年底前完成加装电梯的老旧楼栋，按每台12万元标准给予补助。',
      '（二）整治沿街商铺。2026年底前完成招牌改造的沿街商户，由街道给予一次性奖励。',
      '（三）建设充电设施。2027年6月底前建成投运的公共充电站点，优先接入区级监管平台。',
      '（四）清理僵尸企业。2026年底前完成注销登记的企业，不再纳入年度统计范围。',
      '（五）移交供水管网。2027年底前完成改造的小区供水管网，由县供水公司统一接管。',
    ])).toEqual(['（一） ', '（二） ', '（三） ', '（四） ', '（五） ']);
  });
});

describe('F4: a 版记 stays the last task\'s text only under a sentence introducing an example, right above it', () => {
  const head = ['南屿县政务公开标准化工作方案', '', '一、工作目标', '到2026年底，县乡两级政务公开目录实现全覆盖。', '二、重点任务', '（一）编制公开目录。'];
  const banji = ['抄送：县委办公室，县人大常委会办公室。', '南屿县人民政府办公室　2026年5月8日印发'];
  const dropped = (d: ReturnType<typeof importText>) => d.report!.removed.filter((r) => r.reason.startsWith('版记')).map((r) => r.text);
  it('a colon that introduces nothing — an empty 附件, a contact line — closes the text before a real 版记', () => {
    for (const last of [
      ['（二）规范公开流程。具体流程详见附件：'],
      ['（二）规范公开流程。', '', '附件：'],
      ['（二）规范公开流程。', '咨询单位：县政务公开办公室　咨询电话：'],
      ['（二）规范公开流程。', '咨询单位：县政务公开办公室　咨询电话：', ''],
    ]) {
      const d = importText([...head, ...last, ...banji].join('\n'), 'x.txt');
      expect(d.meta.printedOn, last.join('⏎')).toBe('2026-05-08');
      expect(dropped(d), last.join('⏎')).toEqual(banji);
    }
  });
  it('a sentence introducing an example after a blank line is the text\'s end, too', () => {
    const d = importText([...head, '（二）规范版记。版记格式示例如下：', '', ...banji].join('\n'), 'x.txt');
    expect(d.meta.printedOn).toBe('2026-05-08');
  });
  it('guard: a sentence introducing an example right above 抄送 keeps the lines as its text', () => {
    for (const intro of ['版记格式示例如下：', '各单位印发文件时参照以下模板：', '抄送、印发栏按照下列式样填写：']) {
      const d = importText([...head, `（二）规范版记。${intro}`, ...banji].join('\n'), 'x.txt');
      expect(d.meta.printedOn ?? null, intro).toBeNull();
      expect(dropped(d), intro).toEqual([]);
      expect(JSON.stringify(d.nodes), intro).toContain('2026年5月8日印发');
    }
  });
});

describe('F8: a news lead saying the plan was forwarded (转发) names no issuer', () => {
  const body = ['', '一、重点任务', '', '1.改造农村公路。新改建农村公路30公里。（责任单位：县交通运输局）'];
  const title = '南屿县2026年农村公路提质工作方案';
  const lead = (sentence: string) => importText([`# ${title}`, '', sentence, ...body].join('\n'), 'x.md').meta;
  it('转发 in the lead under the title, or in the notice\'s title it quotes: no issuer', () => {
    expect(lead(`日前，南屿县交通运输局转发了《${title}》。`).issuer).toBeNull();
    expect(lead(`近日，《南屿县交通运输局关于转发${title}的通知》正式印发。`).issuer).toBeNull();
  });
  it('guard: 印发 or 发布 in the same lead names the issuer', () => {
    expect(lead(`日前，南屿县交通运输局印发了《${title}》。`).issuer).toBe('南屿县交通运输局');
    expect(lead(`近日，南屿县交通运输局发布了《${title}》。`).issuer).toBe('南屿县交通运输局');
    expect(lead(`近日，南屿县交通运输局出台了《${title}》。`).issuer).toBe('南屿县交通运输局');
  });
});
