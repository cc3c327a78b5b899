/**
 * General rules of the importer's batch 14 round (docs/importer-grammar.md, "Rules added for batch 14"): the gaps the
 * last session left (a 公文 issued directly, without a 印发 notice) and the styles of corpus 67–70.
 * The outline rules (a whole plan on one line holding tabs) are cases in tests/corpus/rules.ts.
 */
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../shared/export/docx';
import { importFile, importText } from '../../shared/importer/index';

describe('a 公文 issued directly: 文号 and 主送 under its title are metadata, not the preamble', () => {
  const body = `一、工作目标
到2027年，完成老旧小区改造120个。
二、保障措施
加强组织领导，落实工作责任。
东湖区人民政府
2025年3月10日`;
  it('版头, 文号, title, then the 主送 line: the addressees leave the preamble', () => {
    const d = importText(`东湖区人民政府文件\n东府发〔2025〕12号\n东湖区人民政府关于推进城市更新三年行动的实施方案\n各街道办事处、镇人民政府，区政府各委、办、局：\n为加快推进城市更新，结合本区实际，制定本方案。\n${body}`);
    expect(d.meta.docNumber).toBe('东府发〔2025〕12号');
    expect(d.meta.addressees).toEqual(['各街道办事处', '镇人民政府', '区政府各委、办、局']);
    expect(d.meta.preamble).toBe('为加快推进城市更新，结合本区实际，制定本方案。');
    expect(d.meta.notice).toBe('');
  });
  it('the title first, the 文号 (bare or in brackets) and the 主送 line under it, as a web page prints them', () => {
    for (const dn of ['东府发〔2025〕12号', '（东府发〔2025〕12号）']) {
      const d = importText(`东湖区人民政府关于推进城市更新三年行动的实施方案\n${dn}\n各街道办事处、镇人民政府，区政府各委、办、局：\n为加快推进城市更新，制定本方案。\n${body}`);
      expect(d.meta.docNumber).toBe('东府发〔2025〕12号');
      expect(d.meta.addressees).toEqual(['各街道办事处', '镇人民政府', '区政府各委、办、局']);
      expect(d.meta.preamble).toBe('为加快推进城市更新，制定本方案。');
    }
  });
  it('not: a 文号 cited in the preamble, a line under the title that goes on after its colon, or one after the text began', () => {
    const cited = importText(`东湖区城市更新三年行动方案\n根据《关于推进城市更新的意见》（东府发〔2024〕3号），制定本方案。\n${body}`);
    expect(cited.meta.docNumber).toBeNull();
    const goesOn = importText(`东湖区城市更新三年行动方案\n各街道、各部门：要高度重视城市更新工作。\n${body}`);
    expect(goesOn.meta.addressees).toEqual([]);
    expect(goesOn.meta.preamble).toContain('各街道、各部门：要高度重视城市更新工作。');
    const later = importText(`东湖区城市更新三年行动方案\n为加快推进城市更新，制定本方案。\n各街道办事处、各部门：\n${body}`);
    expect(later.meta.addressees).toEqual([]);
  });
  it('the official .docx prints them on its cover and gives them back', async () => {
    const a = importText(`东湖区人民政府关于推进城市更新三年行动的实施方案\n东府发〔2025〕12号\n各街道办事处、镇人民政府，区政府各委、办、局：\n为加快推进城市更新，制定本方案。\n${body}`);
    const b = await importFile({ bytes: await buildDocx(a, { cover: true, annexes: true }), fileName: 'roundtrip.docx' });
    expect(b.meta.docNumber).toBe(a.meta.docNumber);
    expect(b.meta.addressees).toEqual(a.meta.addressees);
    expect(b.meta.preamble).toBe(a.meta.preamble);
    expect(b.meta.issuer).toBe('东湖区人民政府');
    expect(b.meta.issuedOn).toBe('2025-03-10');
  });
});
