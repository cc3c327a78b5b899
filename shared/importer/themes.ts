/**
 * Theme tags for nodes, from a keyword list. Used by the importer (parse.ts tags each node), the compare
 * (compare/prepare.ts weighs theme hits; the themes score in compare/align.ts) and the compare view's theme filter
 * (renderer/src/compare/model.ts).
 */

export const THEMES: { theme: string; keywords: RegExp }[] = [
  { theme: '政务服务', keywords: /一网通办|政务服务|电子政务|政务云|政务外网|政务内网|门户网站|网上办事|一门式|行政审批|公务网|政府网站|政务公开|信息公开|政务资源|免申即享|一件事|好差评|审批|行政许可|许可证|证照|告知承诺|帮办代办|服务窗口|办事窗口|政务窗口|综合窗口|窗口服务|热线/ },
  { theme: '城市管理', keywords: /一网统管|城市管理|城运|网格化|城市运行|市容|绿化|城管|大联动|生命线|环卫|保洁|违法建设|违建|户外广告|招牌|渣土|公园|绿地|违法建筑|背街小巷|店招|架空线|人行道|垃圾/ },
  { theme: '公共安全', keywords: /公共安全|雪亮工程|安防|视频监控|技防|应急|消防|公安|食品安全|安全生产|防灾|减灾|地震|危险化学品|危化品|矿山|森林防火|治安|禁毒|平安|防汛/ },
  { theme: '医疗健康', keywords: /医疗|健康|卫生|医院|疾病|疾控|中医|中药|妇幼|药品|医药|诊所|疫苗|防疫|医保/ },
  { theme: '教育', keywords: /教育|学校|校园|课程|学习网|幼儿园|托育|学前|高校|教师|师资|学位|双减|学生/ },
  { theme: '养老', keywords: /养老|老年|为老|银发/ },
  { theme: '交通', keywords: /交通|停车|公交|出行|道路|公路|路网|断头路|主干路|次干路|轨道|地铁|铁路|桥梁|港口|航道|机场|客运|货运|慢行|充电桩/ },
  { theme: '文化旅游', keywords: /文化|旅游|文旅|体育|图书馆|博物馆|文物|非遗|景区|健身|赛事|阅读|书香|演艺|历史风貌|体育运动|全民运动|运动场|休闲/ },
  { theme: '社区', keywords: /社区|居委|村庄|街道|居民区|基层治理|村委|村民委员会|居民委员会/ },
  { theme: '商务商圈', keywords: /商务|商圈|电子商务|商业|零售|消费|首发|夜间经济|步行街|外贸|进出口|跨境|会展|电商|物流|餐饮|老字号|商贸/ },
  { theme: '园区产业', keywords: /园区|产业|制造|企业|两化融合|金融|航运|软件|集成电路|工业|开发区|高新区|数字经济|低空/ },
  { theme: '宽带/5G', keywords: /宽带|光纤|光网|5G|4G|3G|无线|WiFi|WLAN|基站|三网融合|NGB|有线电视|通信/ },
  { theme: '物联感知', keywords: /物联|感知|传感/ },
  { theme: '数据/大数据', keywords: /大数据|数据库|数据中心|数据开放|公共数据|信息资源|云计算|数据共享|算力|数据资源|数据要素|数据治理|政务数据/ },
  { theme: '网络安全', keywords: /网络安全|信息安全|安全保障|等级保护|网络空间|数据安全|个人信息保护|密码/ },
  { theme: '信用', keywords: /信用|诚信/ },
  { theme: '环境生态', keywords: /环保|环境|生态|水务|能源|电网|节能|草原|森林|湿地|大气|空气质量|污染|排污|污水|水质|黑臭水体|土壤|碳达峰|碳中和|低碳|减排|排放|垃圾|固体废物|固废|废弃物|噪声|扬尘|燃煤|锅炉|水土流失|水土保持|沙化|荒漠化|造林|植被|生物多样性|自然保护|河长|湖长|林长|河湖|水源|禁牧|草畜|秸秆|绿色发展|绿色低碳|绿色建筑|绿色生产|绿色生活|绿色出行|绿色转型|绿色矿山|绿色工厂|绿色社区|海绵|资源化|循环利用|清洁能源|新能源|光伏|风电|回收/ },
  { theme: '就业人才', keywords: /就业|人才|培训|人社|创业|劳动|技能|农民工|欠薪|工资|人力资源|高校毕业生|见习/ },
  { theme: '农业农村', keywords: /乡村|农业|农村|农田|粮食|耕地|种业|种植|畜牧|养殖|渔业|农产品|农民|合作社|家庭农场|村集体|牧区|牧民|宅基地|脱贫|农机|涉农|三农|村庄|改厕/ },
  { theme: '住房城建', keywords: /住房|住宅|保障房|公租房|棚户区|棚改|旧改|旧城改造|旧区改造|城中村|老旧小区|城市更新|房地产|房屋|物业|建筑|装配式|危房|电梯|管网|管廊|燃气|供热|市政设施|市政基础设施|风貌|城镇化|海绵/ },
  { theme: '水利水务', keywords: /水利|防汛|防洪|抗旱|排涝|易涝|内涝|水库|堤防|河道|灌区|灌溉|节水|水资源|供水|水厂|泵站|水系/ },
  { theme: '社会保障', keywords: /社会保障体系|社会保障制度|社会保障卡|社会保障水平|社会保障服务|社保|社会保险|养老保险|医疗保险|失业保险|工伤保险|护理保险|医保|低保|最低生活保障|救助|特困|残疾|慈善|殡葬|婚姻|优抚|退役军人|福利|困难群众|未成年人|儿童|妇女|婴幼儿|出生|收养|社会组织|社会工作|社工|志愿服务/ },
  { theme: '营商环境', keywords: /营商环境|放管服|市场主体|经营主体|民营经济|民营企业|中小企业|小微企业|个体工商户|招商引资|惠企|涉企|公平竞争|统一市场|准入|减税降费|融资|标准地|企业开办|开办企业|不动产登记|告知承诺/ },
  { theme: '科技创新', keywords: /科技创新|科技|研发|高新技术|专利|知识产权|孵化|众创|科创|实验室|技术创新|成果转化|基础研究|技术转移/ },
  { theme: '经济运行', keywords: /生产总值|GDP|一般公共预算|税收|专项债|固定资产投资|重大项目|经济运行|稳增长/ },
];

/**
 * The themes whose keywords occur in `text`, in THEMES order: the same as testing each theme's expression, in one
 * pass over the text — at each character, only the keywords starting with it are compared (25 expressions cost
 * ~25 scans of every node's text; this is 2–3× faster once optimised). Keywords that are not plain words (an
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
    // (the second code unit compared before the word: most keywords starting with a character do not go on with the
    // next one, and startsWith is a call)
    const next = text.charCodeAt(i + 1);
    for (let j = 0; j < list.length; j++) {
      const e = list[j];
      if ((found & e.bit) === 0 && (e.second === next || e.second < 0) && text.startsWith(e.word, i)) found |= e.bit;
    }
  }
  const out: string[] = [];
  if (found) for (let t = 0; t < THEMES.length; t++) if (found & (1 << t)) out.push(THEMES[t].theme);
  return out;
}

/**
 * Per first code unit, the keywords starting with it (an index into `buckets`, -1: none), with their theme's bit and
 * their second code unit (-1 for a keyword of one).
 */
const SCAN: { first: Int16Array; buckets: { word: string; bit: number; theme: number; second: number }[][] } | null = (() => {
  const words = THEMES.map((t) => t.keywords.source.split('|'));
  // every keyword a literal (no syntax of a regular expression, not empty): the pass below finds what the expression
  // finds. (Not /^[\p{L}\p{N}]+$/u: compiling a Unicode property class costs a compare process ~0.8 ms.)
  if (THEMES.length > 30 || THEMES.some((t) => t.keywords.flags !== '') || words.some((ws) => ws.some((w) => w === '' || /[\\^$.*+?()[\]{}|/]/.test(w)))) return null;
  const first = new Int16Array(65536).fill(-1);
  const buckets: { word: string; bit: number; theme: number; second: number }[][] = [];
  words.forEach((ws, t) => {
    for (const word of ws) {
      const c = word.charCodeAt(0);
      if (first[c] < 0) { first[c] = buckets.length; buckets.push([]); }
      buckets[first[c]].push({ word, bit: 1 << t, theme: t, second: word.length > 1 ? word.charCodeAt(1) : -1 });
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
 * (the expressions were one scan each of every node's text and an array per match; the compare counts every node's text.)
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
