/**
 * A law site's index (法规库: 类别 / 发布部门 / 效力级别 / 颁布日期 / 时效性 over the notice) is a web page's index like a
 * government site's (索引号 / 发文机关 / 成文日期): its lines are removed as the page's, not read as the notice's text, the
 * title or a date of the document. Session 40; the page below is in our own words, in the shape of a regulations
 * library's page (corpus 239 and 230 have two others).
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';

const PAGE = `当前位置：首页 > 政策法规 > 区级规范性文件

云溪区人民政府关于印发云溪区数字乡村建设实施方案的通知

发布部门：云溪区人民政府
效力级别：区级规范性文件
颁布日期：2026-04-02
时效性：现行有效

各镇人民政府，区政府各部门：

现将《云溪区数字乡村建设实施方案》印发给你们，请认真贯彻落实。

云溪区人民政府
2026年4月2日

云溪区数字乡村建设实施方案

一、主要任务

（一）建设乡村信息基础设施。2026年底前行政村千兆光网通达率达到100%。（牵头单位：区工业和信息化局）

（二）发展农村电子商务。培育农村电商示范村20个。（牵头单位：区商务局）
`;

describe('a law site\'s index lines are the page\'s', () => {
  const doc = importText(PAGE, 'x.txt');
  it('none of them reaches the notice; each is listed as removed from the page', () => {
    expect(doc.meta.notice).not.toMatch(/效力级别|时效性|颁布日期|发布部门/);
    expect(doc.meta.notice).toContain('现将《云溪区数字乡村建设实施方案》印发给你们');
    const removed = doc.report!.removed.filter((r) => r.reason === '网页信息栏').map((r) => r.text);
    expect(removed).toEqual(['发布部门：云溪区人民政府', '效力级别：区级规范性文件', '颁布日期：2026-04-02', '时效性：现行有效']);
  });
  it('the title, issuer and date are the document\'s', () => {
    expect(doc.meta.title).toBe('云溪区数字乡村建设实施方案');
    expect(doc.meta.issuer).toBe('云溪区人民政府');
    expect(doc.meta.issuedOn).toBe('2026-04-02');
    expect(doc.nodes.map((n) => n.heading)).toEqual(['主要任务']);
  });
});
