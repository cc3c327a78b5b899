/**
 * Theme tags for nodes, from a keyword list. Used by the importer (parse.ts tags each node), the compare
 * (compare/prepare.ts weighs theme hits; the themes score in compare/align.ts) and the compare view's theme filter
 * (renderer/src/compare/model.ts).
 */

export const THEMES: { theme: string; keywords: RegExp }[] = [
  { theme: '政务服务', keywords: /一网通办|政务服务|电子政务|政务云|政务外网|政务内网|门户网站|网上办事|一门式|行政审批|公务网|政府网站/ },
  { theme: '城市管理', keywords: /一网统管|城市管理|城运|网格化|城市运行|市容|绿化|城管|大联动|生命线/ },
  { theme: '公共安全', keywords: /公共安全|雪亮工程|安防|视频监控|技防|应急|消防|公安|食品安全/ },
  { theme: '医疗健康', keywords: /医疗|健康|卫生|医院|疾病/ },
  { theme: '教育', keywords: /教育|学校|校园|课程|学习网/ },
  { theme: '养老', keywords: /养老|老年|为老/ },
  { theme: '交通', keywords: /交通|停车|公交|出行/ },
  { theme: '文化旅游', keywords: /文化|旅游|文旅|体育|图书馆|博物馆/ },
  { theme: '社区', keywords: /社区|居委|村庄|街道|居民区/ },
  { theme: '商务商圈', keywords: /商务|商圈|电子商务|商业|零售|消费/ },
  { theme: '园区产业', keywords: /园区|产业|制造|企业|两化融合|金融|航运|软件|集成电路/ },
  { theme: '宽带/5G', keywords: /宽带|光纤|光网|5G|4G|3G|无线|WiFi|WLAN|基站|三网融合|NGB|有线电视|通信/ },
  { theme: '物联感知', keywords: /物联|感知|传感/ },
  { theme: '数据/大数据', keywords: /大数据|数据库|数据中心|数据开放|公共数据|信息资源|云计算|数据共享/ },
  { theme: '网络安全', keywords: /网络安全|信息安全|安全保障|等级保护|网络空间/ },
  { theme: '信用', keywords: /信用|诚信/ },
  { theme: '环境生态', keywords: /环保|环境|生态|水务|能源|电网|节能/ },
  { theme: '就业人才', keywords: /就业|人才|培训|人社/ },
];

/**
 * The themes whose keywords occur in `text`, in THEMES order: the same as testing each theme's expression, in one
 * pass over the text — at each character, only the keywords starting with it are compared (18 expressions cost
 * ~18 scans of every node's text; this is 2–3× faster once optimised). Keywords that are not plain words (an
 * expression with other syntax) keep the expressions.
 */
export function themesOf(text: string): string[] {
  if (!SCAN) return THEMES.filter((t) => t.keywords.test(text)).map((t) => t.theme);
  const { first, buckets } = SCAN;
  let found = 0;
  for (let i = 0, n = text.length; i < n; i++) {
    const b = first[text.charCodeAt(i)];
    if (b < 0) continue;
    const list = buckets[b];
    for (let j = 0; j < list.length; j++) {
      const e = list[j];
      if ((found & e.bit) === 0 && text.startsWith(e.word, i)) found |= e.bit;
    }
  }
  const out: string[] = [];
  if (found) for (let t = 0; t < THEMES.length; t++) if (found & (1 << t)) out.push(THEMES[t].theme);
  return out;
}

/** Per first code unit, the keywords starting with it (an index into `buckets`, -1: none), with their theme's bit. */
const SCAN: { first: Int16Array; buckets: { word: string; bit: number; theme: number }[][] } | null = (() => {
  const words = THEMES.map((t) => t.keywords.source.split('|'));
  if (THEMES.length > 30 || THEMES.some((t) => t.keywords.flags !== '') || words.some((ws) => ws.some((w) => !/^[\p{L}\p{N}]+$/u.test(w)))) return null;
  const first = new Int16Array(65536).fill(-1);
  const buckets: { word: string; bit: number; theme: number }[][] = [];
  words.forEach((ws, t) => {
    for (const word of ws) {
      const c = word.charCodeAt(0);
      if (first[c] < 0) { first[c] = buckets.length; buckets.push([]); }
      buckets[first[c]].push({ word, bit: 1 << t, theme: t });
    }
  });
  return { first, buckets };
})();

/** themeCounts' work arrays: matches per theme, and where each theme's last match ended. */
const COUNTS = new Int32Array(THEMES.length);
const NEXT = new Int32Array(THEMES.length);

const GLOBAL = THEMES.map((t) => ({ theme: t.theme, re: new RegExp(t.keywords.source, 'g') }));

/**
 * How often each theme's keywords occur in `text` (themes that do not occur are absent), in THEMES order: what running
 * each theme's expression globally counts, in one pass over the text. An expression's matches do not overlap and each
 * is the first keyword (in the expression's order) that matches at the leftmost position where one does; so per theme
 * the pass keeps where its last match ended, and at each position tries that theme's keywords starting with the
 * character there (SCAN keeps them in the expression's order) only when its last match has ended — the same matches.
 * (18 expressions were 18 scans of every node's text and an array per match; the compare counts every node's text.)
 */
export function themeCounts(text: string): Map<string, number> {
  const out = new Map<string, number>();
  if (SCAN) {
    const { first, buckets } = SCAN;
    const counts = COUNTS.fill(0);
    const next = NEXT.fill(0);
    let any = false;
    for (let i = 0, n = text.length; i < n; i++) {
      const b = first[text.charCodeAt(i)];
      if (b < 0) continue;
      const list = buckets[b];
      for (let j = 0; j < list.length; j++) {
        const e = list[j];
        if (i >= next[e.theme] && text.startsWith(e.word, i)) {
          counts[e.theme]++;
          next[e.theme] = i + e.word.length;
          any = true;
        }
      }
    }
    if (any) for (let t = 0; t < THEMES.length; t++) if (counts[t]) out.set(THEMES[t].theme, counts[t]);
    return out;
  }
  for (const t of GLOBAL) {
    t.re.lastIndex = 0;
    let n = 0;
    while (t.re.exec(text)) n++;
    if (n) out.set(t.theme, n);
  }
  return out;
}
