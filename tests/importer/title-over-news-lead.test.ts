/**
 * A title line over a news lead that says the plan of that title was published ("近日，X办公室、Y办公室印发了《title》，
 * …"): the lead's publisher is the issuer, its place read — as when the lead is the first line and the title is read from
 * it (general-rules-real39). A news page prints its headline over the lead; an export of a plan imported from a lead sets
 * the title over the lead, kept as its preamble (Word's Title style, Markdown's "# …"), and corpus 150 lost its city
 * through plain Word once the Title-styled title was read as the title (session 40).
 * Every text here is in our own words, with fictional places.
 */
import { describe, expect, it } from 'vitest';
import { importFile, importText } from '../../shared/importer/index';

const body = ['一、总体要求', '坚持统筹推进。到2027年，建成示范点10个。', '二、重点任务', '（一）完善服务网络。（区商务局牵头，各街道配合）'];
const meta = async (text: string[], name = 'x.txt') => {
  const d = name.endsWith('.md') ? await importFile({ bytes: new TextEncoder().encode(text.join('\n')), fileName: name }) : importText(text.join('\n'), name);
  return { title: d.meta.title, issuer: d.meta.issuer, district: d.meta.district, city: d.meta.city };
};

describe('a title over a news lead publishing it: the lead names the issuer', () => {
  it('a headline over "近日，X办公室、Y办公室印发了《headline》，…" (text): X the issuer, its city and district read', async () => {
    expect(await meta(['青川区县域商业体系建设三年行动方案（2025—2027年）', '',
      '近日，中共临江市青川区委办公室、临江市青川区人民政府办公室印发了《青川区县域商业体系建设三年行动方案（2025—2027年）》，并发出通知，要求各街道各部门认真抓好贯彻落实。', '', ...body]))
      .toEqual({ title: '青川区县域商业体系建设三年行动方案（2025—2027年）', issuer: '中共临江市青川区委办公室', district: '青川区', city: '临江市' });
  });
  it('Markdown "# headline" over a dateline and "日前，…街道办事处印发了《…》": the office the issuer, its district and city', async () => {
    expect(await meta(['# 桂园街道2026年背街小巷整治工作方案', '', '东湖新闻网讯　日前，临江市东湖区桂园街道办事处印发了《桂园街道2026年背街小巷整治工作方案》，明确了五项任务。', '',
      '## 一、整治任务', '', '（一）修补破损路面。（城市管理办公室牵头）'], 'x.md'))
      .toEqual({ title: '桂园街道2026年背街小巷整治工作方案', issuer: '临江市东湖区桂园街道办事处', district: '东湖区', city: '临江市' });
  });
  it('Traditional characters, a month for the time: "2026年3月，南屿縣人民政府辦公室印發了《…》"', async () => {
    expect(await meta(['南屿縣2026年為民辦實事項目實施方案', '2026年3月，南屿縣人民政府辦公室印發了《南屿縣2026年為民辦實事項目實施方案》，對全年工作作出部署。', ...body]))
      .toEqual({ title: '南屿縣2026年為民辦實事項目實施方案', issuer: '南屿縣人民政府辦公室', district: '南屿縣', city: null });
  });
  it('guard: a lead publishing another plan than the title names no issuer of this one', async () => {
    expect(await meta(['云溪区2026年养老服务提质行动计划', '近日，临江市人民政府办公室印发了《临江市养老服务体系建设三年行动方案》，各区随即开展部署。', ...body]))
      .toEqual({ title: '云溪区2026年养老服务提质行动计划', issuer: null, district: '云溪区', city: null });
  });
  it('guard: a plan citing the one it carries out, "为贯彻落实市政府办公室印发的《…》" under its title, takes no issuer from it', async () => {
    expect((await meta(['云溪区2026年养老服务提质行动计划', '为贯彻落实临江市人民政府办公室印发的《云溪区2026年养老服务提质行动计划》，结合我区实际，制定本方案。', ...body])).issuer).toBeNull();
  });
  it('guard: an issuer the head names on a line of its own outranks the lead ("发文机关：…", as the Markdown export prints it)', async () => {
    expect(await meta(['# 云溪区2026年养老服务提质行动计划', '', '发文机关：临江市云溪区人民政府办公室', '', '近日，临江市云溪区民政局印发了《云溪区2026年养老服务提质行动计划》。', '',
      '## 一、总体要求', '', '坚持统筹推进。'], 'x.md'))
      .toEqual({ title: '云溪区2026年养老服务提质行动计划', issuer: '临江市云溪区人民政府办公室', district: '云溪区', city: '临江市' });
  });
});
