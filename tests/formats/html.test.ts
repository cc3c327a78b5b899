/**
 * The saved-web-page front end (shared/importer/formats/html.ts): a government-site page we wrote — GB2312 meta,
 * site chrome, an index table, the article with headings, a Word-style data table with a nested table, an ordered
 * list — and the tokenizer's robustness (unclosed tags, scripts holding markup, deep nesting, entities).
 */
import { describe, expect, it } from 'vitest';
import { decodeEntities, looksLikeHtml, parseHtml, readHtml } from '../../shared/importer/formats/html.js';
import { looksLikeMht } from '../../shared/importer/formats/mht.js';
import { readSource } from '../../shared/importer/source.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

const PAGE = `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>某区人民政府 - 政务公开</title>
<script>var nav = "<p>脚本里的段落</p>"; if (a < b) {}</script>
<style>p { margin: 0 }</style></head>
<body>
<div class="header"><img src="logo.png"><a href="/">首页</a></div>
<div id="top-nav"><ul><li>政务公开</li><li>办事服务</li></ul></div>
<div class="crumbs">当前位置：首页 &gt; 政务公开 &gt; 规划计划</div>
<table class="index-table"><tr><td>索引号：</td><td>006-2025-00017</td><td>发布机构：</td><td>区政府办公室</td></tr>
<tr><td>成文日期：</td><td>2025年2月10日</td><td>发布日期：</td><td>2025年2月12日</td></tr></table>
<div class="article">
<h1>某区推进城市更新三年行动计划（2025&mdash;2027年）</h1>
<p>&nbsp;&nbsp;&nbsp;&nbsp;为加快推进城市更新，改善人居环境，
结合本区实际，制定本计划。</p>
<h2>一、总体要求</h2>
<p class=MsoNormal>到2027年，完成旧区改造<b>30</b>万平方米，<span>新增公园绿地</span>10公顷。<br>
新建和改建城市道路15公里。</p>
<p>完成率&ge;95%&#65292;满意率&#x2265;90%</p>
<h2>二、重点任务</h2>
<table border=1 class=MsoTableGrid>
<tr><td><p>序号</p></td><td><p>任务</p></td><td><p>牵头单位</p></td></tr>
<tr><td>1<td>旧区改造<table><tr><td>征收</td><td>安置</td></tr></table><td>区旧改办
<tr><td>2<td>背街小巷整治<td>区建管委<br>各街道
</table>
<ol start="3"><li>推进老旧小区加装电梯<li value="5">完善社区养老服务</ol>
<p>【打印本页】【关闭窗口】</p>
</div>
<aside>相关链接：市住建委</aside>
<div class="bdsharebuttonbox">分享到：微信 微博</div>
<footer>版权所有：某区人民政府　网站标识码 3100000000</footer>
</body></html>`;

describe('saved web page → lines', () => {
  const { lines, encoding } = readHtml(utf8(PAGE), '计划.html');
  const textsOf = lines.map((l) => l.text);

  it('h1–h6 → heading hints; paragraphs one line each, a source line break inside Chinese text joined', () => {
    expect(encoding).toBe('utf-8');
    expect(lines.filter((l) => l.heading).map((l) => [l.heading, l.text])).toEqual([
      [1, '某区推进城市更新三年行动计划（2025—2027年）'], [2, '一、总体要求'], [2, '二、重点任务'],
    ]);
    expect(textsOf).toContain('为加快推进城市更新，改善人居环境，结合本区实际，制定本计划。');
  });

  it('<br> starts a new line; inline tags leave their text; entities (named, decimal, hex) decoded', () => {
    expect(textsOf).toContain('到2027年，完成旧区改造30万平方米，新增公园绿地10公顷。');
    expect(textsOf).toContain('新建和改建城市道路15公里。');
    expect(textsOf).toContain('完成率≥95%，满意率≥90%');
  });

  it('tables → rows with cells; a nested table flattened into its cell; unclosed td/tr closed', () => {
    expect(lines.filter((l) => l.cells).map((l) => l.cells)).toEqual([
      ['索引号：', '006-2025-00017', '发布机构：', '区政府办公室'],
      ['成文日期：', '2025年2月10日', '发布日期：', '2025年2月12日'],
      ['序号', '任务', '牵头单位'],
      ['1', '旧区改造 征收 安置', '区旧改办'],
      ['2', '背街小巷整治', '区建管委 各街道'],
    ]);
  });

  it('ordered lists keep their numbers (start, value), as the Markdown reader does', () => {
    expect(lines.filter((l) => l.list).map((l) => l.text)).toEqual(['3. 推进老旧小区加装电梯', '5. 完善社区养老服务']);
  });

  it('page chrome is gone: head, scripts, styles, header/nav/breadcrumbs, aside, share box, footer, print/close links', () => {
    const all = textsOf.join('\n');
    for (const chrome of ['某区人民政府 - 政务公开', '脚本里的段落', 'margin', '首页', '政务公开', '办事服务', '当前位置', '相关链接', '分享到', '版权所有', '打印本页', '关闭窗口']) {
      expect(all, chrome).not.toContain(chrome);
    }
    expect(lines[0].cells).toBeDefined(); // the page starts with the index table, then the title
    expect(lines[2]).toMatchObject({ heading: 1 });
  });

  it('numbered 1.. in order', () => {
    expect(lines.map((l) => l.line)).toEqual(lines.map((_, k) => k + 1));
  });
});

describe('HTML decoding and robustness', () => {
  it('GB2312 declared in a meta tag is read as GB18030; a wrong declaration falls back to the decoder', async () => {
    // "<meta charset=gb2312><p>一、总体要求</p>" with the Chinese in GBK bytes
    const head = utf8('<html><head><meta charset="gb2312"></head><body><p>');
    const gbk = Buffer.from('d2bba1a2d7dccce5d2aac7f3', 'hex');
    const bytes = new Uint8Array([...head, ...gbk, ...utf8('</p></body></html>')]);
    const r = await readSource(bytes, '页面.htm');
    expect(r.encoding).toBe('gb18030');
    expect(r.lines.map((l) => l.text)).toEqual(['一、总体要求']);
    // declared GBK, actually UTF-8
    const wrong = utf8('<html><head><meta charset="gbk"></head><body><p>一、总体要求，推进城市更新工作</p></body></html>');
    expect((await readSource(wrong, 'w.html')).lines.map((l) => l.text)).toEqual(['一、总体要求，推进城市更新工作']);
  });

  it('a page saved under another extension is recognised by its content; a .txt is never parsed as HTML', async () => {
    expect(looksLikeHtml(utf8('\ufeff  <!DOCTYPE html><html>'))).toBe(true);
    expect(looksLikeHtml(utf8('一、总体要求 <b>'))).toBe(false);
    expect((await readSource(utf8('<!doctype html><h2>一、总体要求</h2>'), '下载文件')).lines).toEqual([{ text: '一、总体要求', line: 1, heading: 2 }]);
    expect((await readSource(utf8('<!doctype html><h2>一、总体要求</h2>'), '计划.doc')).lines[0].heading).toBe(2);
    expect((await readSource(utf8('<p>一、总体要求</p>'), 'a.txt')).lines[0].text).toBe('<p>一、总体要求</p>');
  });

  it('does not break on unclosed and stray tags, a literal "<", quotes with ">" inside attributes, comments', () => {
    const page = '<p>a < b 的比较<p title="x > y">第二段<!-- <p>注释</p> --></span></div><p>第三段';
    expect(readHtml(utf8(page), 'x.html').lines.map((l) => l.text)).toEqual(['a < b 的比较', '第二段', '第三段']);
  });

  it('deep nesting is bounded: 20 000 nested divs and tables parse in linear time', () => {
    const n = 20_000;
    const deep = '<div>'.repeat(n) + '正文' + '</div>'.repeat(n) + '<table>'.repeat(n / 4) + '<tr><td>甲</td><td>乙</td></tr>' + '</table>'.repeat(n / 4);
    const t0 = performance.now();
    const { lines } = readHtml(utf8(deep), 'deep.html');
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(lines.map((l) => l.text).join('|')).toContain('正文');
    expect(lines.map((l) => l.text).join('|')).toMatch(/甲.*乙/);
  });

  it('a layout table (one column, or a cell holding headings) is read as blocks, not as one giant row', () => {
    const page = '<table><tr><td><h1>某区三年行动计划</h1><p>一、总体要求</p><p>二、重点任务</p></td><td>侧栏</td></tr></table>';
    const { lines } = readHtml(utf8(page), 'layout.html');
    expect(lines.filter((l) => l.cells)).toEqual([]);
    expect(lines.map((l) => l.text)).toEqual(['某区三年行动计划', '一、总体要求', '二、重点任务', '侧栏']);
  });

  it('entities', () => {
    expect(decodeEntities('&lt;p&gt; &amp;amp; &#20013;&#x6587; &ldquo;规划&rdquo; &unknown; &#0;')).toBe('<p> &amp; 中文 “规划” &unknown; \ufffd');
    expect(parseHtml('<p>x').children).toHaveLength(1);
  });
});

describe('web archives (.mht / .mhtml)', () => {
  /** A page saved as one file, as Chrome writes it: multipart/related, the HTML quoted-printable, an image part. */
  function mht(htmlBytes: Uint8Array, charset: string | null, cte: 'quoted-printable' | 'base64'): Uint8Array {
    const qp = (b: Uint8Array) => {
      let out = '';
      let col = 0;
      for (const c of b) {
        const t = c === 0x0a ? '\r\n' : (c >= 33 && c <= 126 && c !== 0x3d) || c === 0x20 ? String.fromCharCode(c) : `=${c.toString(16).toUpperCase().padStart(2, '0')}`;
        if (col + t.length > 75 && t !== '\r\n') { out += '=\r\n'; col = 0; }
        out += t;
        col = t === '\r\n' ? 0 : col + t.length;
      }
      return out;
    };
    const body = cte === 'base64' ? Buffer.from(htmlBytes).toString('base64').replace(/.{76}/g, '$&\r\n') : qp(htmlBytes);
    const b = '----MultipartBoundary--abc123----';
    const text = ['From: <Saved by Blink>', 'Snapshot-Content-Location: http://www.example.gov.cn/zwgk/plan.html', 'Subject: =?utf-8?Q?plan?=',
      'MIME-Version: 1.0', 'Content-Type: multipart/related;', '\ttype="text/html";', `\tboundary="${b}"`, '', '',
      `--${b}`, `Content-Type: text/html${charset ? `; charset="${charset}"` : ''}`, 'Content-ID: <frame-1@mhtml.blink>', `Content-Transfer-Encoding: ${cte}`,
      'Content-Location: http://www.example.gov.cn/zwgk/plan.html', '', body, '',
      `--${b}`, 'Content-Type: image/png', 'Content-Transfer-Encoding: base64', 'Content-Location: http://www.example.gov.cn/logo.png', '', 'iVBORw0KGgo=', '',
      `--${b}--`, ''].join('\r\n');
    return new Uint8Array(Buffer.from(text, 'latin1'));
  }
  const page = '<html><body><div class="nav">首页</div><h1>某区三年行动计划</h1><p>一、总体要求</p><table><tr><td>序号</td><td>任务</td></tr><tr><td>1</td><td>旧区改造=改善</td></tr></table></body></html>';

  it('UTF-8 page, quoted-printable: the HTML part is read as a page (headings, rows, chrome dropped)', async () => {
    const bytes = mht(utf8(page), 'utf-8', 'quoted-printable');
    expect(looksLikeMht(bytes)).toBe(true);
    const r = await readSource(bytes, '计划.mhtml');
    expect(r.lines.map((l) => [l.text, l.heading ?? null])).toEqual([
      ['某区三年行动计划', 1], ['一、总体要求', null], ['序号\t任务', null], ['1\t旧区改造=改善', null],
    ]);
  });

  it('GBK page declared in the part header, base64; and under a .doc name (how some sites serve them)', async () => {
    const gbk = new Uint8Array([...utf8('<html><body><p>'), ...Buffer.from('d2bba1a2d7dccce5d2aac7f3', 'hex'), ...utf8('</p></body></html>')]);
    const bytes = mht(gbk, 'gb2312', 'base64');
    expect((await readSource(bytes, '计划.mht')).lines.map((l) => l.text)).toEqual(['一、总体要求']);
    expect((await readSource(bytes, '计划.doc')).lines.map((l) => l.text)).toEqual(['一、总体要求']);
  });

  it('an archive without an HTML part → unsupported, one line', async () => {
    const bytes = new Uint8Array(Buffer.from('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nxx\r\n--b--\r\n', 'latin1'));
    await expect(readSource(bytes, 'x.mht')).rejects.toMatchObject({ code: 'unsupported' });
  });
});
