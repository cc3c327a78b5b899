import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../shared/errors';
import { readSource, sha256Hex, sha256HexOfText, webSha256Hex } from '../../shared/importer/source';

/** 300 by default; FUZZ_RUNS=20000 for a longer hunt. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

/** readSource either resolves to clean lines or rejects with an ImportError — nothing else. */
async function outcome(bytes: Uint8Array, name: string): Promise<{ ok: true; text: string; encoding: string } | { ok: false; code: string }> {
  try {
    const r = await readSource(bytes, name);
    for (const l of r.lines) {
      expect(typeof l.text).toBe('string');
      expect(l.text).not.toContain('\ufffd');
      expect(l.text).not.toContain('\n');
      expect(l.text).not.toContain('\r');
    }
    const numbers = r.lines.map((l) => l.line);
    // Markdown keeps the .md file's own line numbers (blank runs become one blank line, leading ones none:
    // tests/formats/markdown.test.ts); every other source is numbered 1..n
    if (/\.(md|markdown)$/i.test(name)) numbers.forEach((n, i) => expect(n).toBeGreaterThan(i === 0 ? 0 : numbers[i - 1]));
    else expect(numbers).toEqual(r.lines.map((_, i) => i + 1));
    return { ok: true, text: r.lines.map((l) => l.text).join('\n'), encoding: r.encoding };
  } catch (e) {
    if (!(e instanceof ImportError)) throw e;
    return { ok: false, code: e.code };
  }
}

const utf16 = (s: string, be: boolean, bom: boolean): Uint8Array => {
  const out = new Uint8Array(s.length * 2 + (bom ? 2 : 0));
  let o = 0;
  if (bom) { out[o++] = be ? 0xfe : 0xff; out[o++] = be ? 0xff : 0xfe; }
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[o++] = be ? c >> 8 : c & 0xff;
    out[o++] = be ? c & 0xff : c >> 8;
  }
  return out;
};

/** Characters of real plans: common hanzi, ASCII, CJK and fullwidth punctuation, line breaks. */
const planChar = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...'的一是在了不和有大这主中人上为们地个用工时要动国产以我到他会作来分生对于学下级就年阶义发成部民可出能方进同行面说种过命度革而多子后自社加小机也经力线本电高量长党得实家定深法表着水理化争现所二起政三好十战无农使性前等反体合斗路图把结第里正新开论之物从当两些还天资事队批点育重其思与间内去因件日利相由压员气业代全组数果期导平各基或月毛然如应形想制心样干都向变关问比展那它最及外没看治提五解系林者米群头意只明四道马认次文通但条较克又公孔领军流入接席位情运器并飞原油放立题质指建区验活众很教决特此常石强极土少已根共直团统式转别造切九你取西持总料连任志观调七么山程百报更见必真保热委手改管处己将修支识病象几先老光专什六型具示复安带每东增则完风回南广劳轮科北打积车计给节做务被整联步类集号列温装即毫知轴研单色坚据速防史拉世设达尔场织历花受求传口断况采精金界品判参层止边清至万确究书术状厂须离再目海交权且儿青才证低越际八试规斯近注办布门铁需走议县兵固除般引齿千胜细影济白格效置推空配刀叶率述今选养德话查差半敌始片施响收华觉备名红续均药标记难存测士身紧液派准斤角降维板许破述技消底床田势端感往神便贺村构照容非搞亚磨族火段算适讲按值美态黄易彪服早班麦削信排台声该击素张密害侯草何树肥继右属市严径螺检左页抗苏显苦英快称坏移约巴材省黑武培著河帝仅针怎植京助升王眼她抓含苗副杂普谈围食射源例致酸旧却充足短划剂宣环落首尺波承粉践府鱼随考刻靠够满夫失包住促枝局菌杆周护岩师举曲春元超负砂封换太模贫减阳扬江析亩木言球朝医校古呢稻宋听唯输滑站另卫字鼓刚写刘微略范供阿块某功套友限项余倒卷创律雨让骨远帮初皮播优占死毒圈伟季训控激找叫云互跟裂粮粒母练塞钢顶策双留误础吸阻故寸盾晚丝女散焊功株亲院冷彻弹错散商视艺灭版烈零室轻血倍缺厘泵察绝富城冲喷壤简否柱李望盘磁雄似困巩益洲脱投送奴侧润盖挥距触星松送获兴独官混纪依未突架宽冬章湿偏纹吃执阀矿寨责熟稳夺硬价努翻奇甲预职评读背协损棉侵灰虽矛厚罗泥辟告卵箱掌氧恩爱停曾溶营终纲孟钱待尽俄缩沙退陈讨奋械载胞幼哪剥迫旋征槽倒握担仍呀鲜吧卡粗介钻逐弱脚怕盐末阴丰雾冠丙街莱贝辐肠付吉渗瑞惊顿挤秒悬姆烂森糖圣凹陶词迟蚕亿矩'.split('')) },
  { weight: 3, arbitrary: fc.constantFrom(...' \t0123456789abcXYZ.,:;()%-/'.split('')) },
  { weight: 2, arbitrary: fc.constantFrom('、', '。', ',', ':', ';', '(', ')', '《', '》', '“', '”', '\u3000', '\u00a0', '①', '—', '·') },
  { weight: 1, arbitrary: fc.constantFrom('\n', '\r\n', '\r') },
);
const planText = fc.array(planChar, { minLength: 1, maxLength: 400 }).map((a) => a.join(''));

describe('readSource never throws anything but ImportError, never returns U+FFFD', () => {
  it('arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), fc.constantFrom('a.txt', 'b.docx', 'c', 'd.doc', 'e.md'), async (bytes, name) => {
        await outcome(bytes, name);
      }),
      { numRuns: RUNS },
    );
  });

  it('arbitrary bytes behind every magic number and BOM we know', async () => {
    const prefixes = [[0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0x50, 0x4b, 0x03, 0x04], [0x50, 0x4b, 0x05, 0x06], [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], [0x25, 0x50, 0x44, 0x46]];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...prefixes), fc.uint8Array({ maxLength: 500 }), async (pre, rest) => {
        const bytes = new Uint8Array(pre.length + rest.length);
        bytes.set(pre);
        bytes.set(rest, pre.length);
        await outcome(bytes, 'x.txt');
      }),
      { numRuns: RUNS },
    );
  });

  it('arbitrary strings as UTF-8 / UTF-16', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), fc.constantFrom('utf-8', 'utf-16le', 'utf-16be'), fc.boolean(), async (s, enc, bom) => {
        const bytes = enc === 'utf-8' ? new TextEncoder().encode((bom ? '\ufeff' : '') + s) : utf16(s, enc === 'utf-16be', bom);
        await outcome(bytes, 's.txt');
      }),
      { numRuns: RUNS },
    );
  });

  it('text like a plan, in UTF-8 / UTF-8 BOM / UTF-16 with BOM, round-trips exactly', async () => {
    await fc.assert(
      fc.asyncProperty(planText, fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be'), async (s, enc) => {
        const bytes = enc === 'utf-8' ? new TextEncoder().encode(s)
          : enc === 'utf-8-bom' ? new TextEncoder().encode('\ufeff' + s)
          : utf16(s, enc === 'utf-16be', true);
        const r = await outcome(bytes, 'p.txt');
        const normalised = s.replace(/\r\n?/g, '\n');
        if (normalised.trim() === '') {
          expect(r).toEqual({ ok: false, code: 'empty' });
          return;
        }
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.encoding).toBe(enc);
        expect(r.text).toBe(normalised.endsWith('\n') ? normalised.slice(0, -1) : normalised);
      }),
      { numRuns: RUNS },
    );
  });

  it('mutated and truncated .docx packages', async () => {
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const doc = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>` +
      '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>一、总体要求</w:t></w:r></w:p>' +
      '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t xml:space="preserve">推进 &amp; 完成</w:t></w:r></w:p>' +
      '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>甲</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>乙</w:t></w:r></w:p></w:tc></w:tr></w:tbl>' +
      '</w:body></w:document>';
    // Stored (level 0) so that mutations hit the XML itself, and deflated.
    const bases = [0, 6].map((level) => zipSync({ '[Content_Types].xml': [strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'), { level: level as 0 }], 'word/document.xml': [strToU8(doc), { level: level as 0 }] }));
    for (const b of bases) expect((await outcome(b, 'ok.docx')).ok).toBe(true);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...bases),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        fc.option(fc.nat(), { nil: undefined }),
        async (base, edits, cut) => {
          let bytes = base.slice();
          for (const [at, v] of edits) bytes[at % bytes.length] = v;
          if (cut !== undefined) bytes = bytes.subarray(0, cut % (bytes.length + 1));
          await outcome(bytes, 'm.docx');
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('sha256Hex', () => {
  it('matches known digests', async () => {
    expect(await sha256Hex(new Uint8Array(0))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
  it('of a text: the digest of its UTF-8 bytes as TextEncoder writes them (a lone surrogate as U+FFFD), Node or Web Crypto', async () => {
    expect(await sha256HexOfText('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    for (const s of ['', '一、总体要求（一）', 'a\ud800b', '\udc00', 'x\ud83d', '\ud83d\ude00', '\ud800\ud800\udc00', '２０１５\u3000年'.repeat(500)]) {
      const bytes = new TextEncoder().encode(s);
      expect(await sha256HexOfText(s)).toBe(await webSha256Hex(bytes));
    }
  });
});
