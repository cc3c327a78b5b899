/**
 * The Monarch grammar of 'plan-text' (plan body text), kept free of Monaco itself so it can be tested
 * anywhere: numbers, percentages and years; target phrases (达到, 不少于, 力争 …); department names —
 * the library's own first (longest first), then a generic 区…委 / 市…局 / …中心 pattern.
 */
/** Phrases that state a target (达到 90%, 不少于 20 个, 力争 …). */
export const TARGET_PHRASES = [
  '达到', '不少于', '不低于', '不超过', '超过', '力争', '确保', '实现', '累计', '新增', '提升至', '提高到', '提高至',
  '增长', '控制在', '以上', '以内', '全覆盖', '基本建成', '基本实现', '全面建成',
];

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function classEscape(chars: string): string {
  return chars.replace(/[\\\]^-]/g, '\\$&');
}

/** Characters at which a token may start: digits, 区, 市, 百 and the first characters of the phrases and names. */
function starters(names: readonly string[]): string {
  const set = new Set('0123456789%％‰区市百');
  for (const p of TARGET_PHRASES) set.add(p[0]);
  for (const n of names) set.add(n[0]);
  return [...set].join('');
}

/** The Monarch grammar; `departments` are matched first, longest first. */
export function planTextGrammar(departments: readonly string[]): PlanTextGrammar {
  const names = [...new Set(departments.filter((d) => d && d.length >= 2 && d.length <= 30))].sort((a, b) => b.length - a.length);
  const known = names.length ? new RegExp(names.slice(0, 2000).map(escapeRe).join('|')) : null;
  const rules: [RegExp, string][] = [];
  if (known) rules.push([known, 'department']);
  rules.push(
    // years: 2014年, 2014-2016, 2014—2016年
    [/(?:19|20)\d{2}\s*[-–—~至到]\s*(?:19|20)\d{2}年?/, 'number.year'],
    [/(?:19|20)\d{2}年(?:底|末|前|初)?/, 'number.year'],
    // percentages: 90%, 90％, 百分之
    [/\d+(?:\.\d+)?\s*[%％‰]/, 'number.percent'],
    [/百分之[零一二三四五六七八九十百]+/, 'number.percent'],
    // numbers with their units of count
    [/\d+(?:[.,]\d+)*(?:\s*(?:万|亿|千))?/, 'number'],
    [new RegExp(TARGET_PHRASES.map(escapeRe).join('|')), 'keyword.target'],
    // generic department names: 区科委, 市经信委, 区信息中心, 区府办 …
    // (function words and numerals may not sit inside a name: not 区一盘棋的局)
    [/[区市](?:(?![的一二三四五六七八九十和与及等在为了是对把被将个并以])[\u4e00-\u9fa5]){1,6}?(?:委员会|管委会|局|委|办公室|办|中心)/, 'department.generic'],
    // a run of plain text: stops before any character where one of the rules above could start
    [new RegExp(`[^${classEscape(starters(names))}]+`), ''],
    [/./, ''],
  );
  return {
    defaultToken: '',
    tokenizer: { root: rules },
  };
}


/** The subset of Monaco's IMonarchLanguage this grammar uses. */
export interface PlanTextGrammar {
  defaultToken: string;
  tokenizer: { root: [RegExp, string][] };
}

/** Tokenise one line the way Monarch does (first rule matching at the position wins); for tests. */
export function tokenizeLine(grammar: PlanTextGrammar, line: string): { text: string; token: string }[] {
  const rules = grammar.tokenizer.root.map(([re, token]) => [new RegExp(re.source, 'y'), token] as const);
  const out: { text: string; token: string }[] = [];
  let i = 0;
  while (i < line.length) {
    let hit = false;
    for (const [re, token] of rules) {
      re.lastIndex = i;
      const m = re.exec(line);
      if (m && m[0].length > 0) {
        if (out.length && out[out.length - 1].token === token) out[out.length - 1].text += m[0];
        else out.push({ text: m[0], token });
        i += m[0].length;
        hit = true;
        break;
      }
    }
    if (!hit) i++;
  }
  return out;
}
