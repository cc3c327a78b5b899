/**
 * A 专栏 box holding a table of indicators (its rows written tab-separated in the box's text, as a .txt or a Markdown
 * table gives them) through plain Word (session 43, h-fix43a; corpus 301 lost its two boxes' indicators). Word prints
 * the box as a one-cell frame, its rows as paragraphs of the frame; the Word reader folded their tabs to spaces, so the
 * rows came back as sentences and the box's indicators were gone. A frame's paragraphs now keep their tabs, and the box
 * reads back as the text did. Fails on 6b5f010c.
 */
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../shared/export/docx';
import { importFile } from '../../shared/importer/index';
import { walk, type PlanDoc } from '../../shared/model/plan';
import { lost, NOT_IN_PLAIN_WORD } from '../helpers/roundtrip-compare';

const TEXT = [
  '青川区文化体育事业发展三年行动方案（2026—2028年）', '',
  '为推动全区文化体育事业高质量发展，制定本方案。', '',
  '一、重点任务',
  '（一）公共文化服务',
  '1.建设社区文化中心。新建社区综合文化服务中心12个。（牵头单位：区文化旅游局）',
  '专栏1　公共文化服务主要指标',
  '指标名称\t单位\t2025年\t2028年\t属性',
  '人均公共文化设施面积\t平方米\t0.3\t0.4\t预期性',
  '社区综合文化服务中心覆盖率\t%\t90\t100\t约束性', '',
  '（二）全民健身',
  '1.建设健身步道。新建健身步道30公里。（牵头单位：区体育局）',
  '二、保障措施',
  '（一）加强组织领导。建立联席会议制度。',
].join('\n');

const boxes = (d: PlanDoc) => [...walk(d.nodes)].map((w) => w.node).filter((n) => n.kind === 'box');

describe('a 专栏 box of indicator rows through plain Word', () => {
  it('comes back with its indicators', async () => {
    const d = await importFile({ bytes: new TextEncoder().encode(TEXT), fileName: 'plan.txt' });
    expect(boxes(d).map((b) => b.indicators.map((i) => `${i.name}=${i.value}`))).toEqual([['人均公共文化设施面积=0.4', '社区综合文化服务中心覆盖率=100']]);
    const back = await importFile({ bytes: await buildDocx(d, {}), fileName: 'plan.docx' });
    expect(boxes(back).map((b) => b.indicators.length)).toEqual([2]);
    expect(lost(d, back, { skipMeta: NOT_IN_PLAIN_WORD })).toEqual([]);
  });
});
