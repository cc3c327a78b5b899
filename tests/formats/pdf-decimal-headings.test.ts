/**
 * A heading numbered "2.2 …" (a 应急预案's decimal outline) after a line that reaches the right edge (session 40): the
 * PDF made at test time by LibreOffice from a .txt written for the test (10 pt, each line a paragraph).
 */
import { describe, expect, it } from 'vitest';
import { convert, readWithNode, sofficeEnabled, texts } from './office.js';

const lo = sofficeEnabled();

// (the paragraph under 2.1 is exactly a line long, 48 characters at 10 pt; the last paragraph wraps before "2.5万",
// set after Chinese with the typesetter's autospace, no typed space)
const plan = [
  '云溪区城市内涝灾害应急预案（试行）',
  '1 总则',
  '本预案适用于本区行政区域内城市内涝灾害的预防和应急处置工作。',
  '2 组织体系',
  '2.1 区防汛抗旱指挥部',
  '县防汛抗旱指挥部负责统一领导、指挥和协调全县城市内涝灾害应对工作，指挥部办公室设在县应急管理局。',
  '2.2 现场工作组',
  '根据灾情需要成立综合协调、抢险救援、转移安置等工作组。',
  '按照城市内涝灾害应急预案的要求，今年汛期前完成城区易涝点整治工程，改造排水管网，新增调蓄池容积达2.5万立方米，汛期排水能力明显提升。',
  '3 监测预警',
];

describe.runIf(lo)('PDF: decimal-numbered headings', () => {
  it('"2.2 现场工作组" after a full line opens its own paragraph; a wrapped line opening with "2.5万" goes on its sentence', async () => {
    // (before: "2.2 " was no numbering marker to the layout — "2." followed by a digit — and the heading ran into the
    // paragraph before it, whose line reached the edge)
    const { lines } = await readWithNode(convert('t.txt', plan.join('\n'), 'pdf'), 't.pdf');
    expect(texts(lines)).toEqual(plan);
  }, 60_000);
});
