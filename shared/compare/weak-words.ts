/**
 * Chinese function words that are not shown as a pair's reasons (scorer.ts reasons): prepositions (基于, 按照, 通过),
 * conjunctions (以及, 从而), adverbs of manner and degree (充分, 进一步, 切实), particles, pronouns and the empty verbs
 * of official prose (进行, 加以). Two tasks that both say 基于 or 充分利用 share a word, not a subject, yet such a word
 * can rank high among the shared terms: it is rare in a plan's tasks, so its IDF is high. Document frequency does not
 * single these words out (h-cmp43: over the tasks of 265 corpus plans 基于 and 充分 occur in well under 1 %, 建设 in
 * 14 %), so they are listed by their part of speech, from the grammar of the language — not from any plan's output.
 *
 * For the display of reasons only: the words still count in the scores and the alignment (content and heading
 * vectors), so no pair moves because of this list. Keys are Simplified (tokens.ts folds Traditional script).
 */
const WORDS = [
  // prepositions (介词)
  '基于 根据 按照 依照 依据 遵照 通过 经过 围绕 对于 关于 为了 由于 随着 除了 针对 借助 凭借 依靠 本着 沿着 对 在 从 自 向 往 把 将 被 以 于 与 同 跟 给 由 比 为',
  // conjunctions (连词)
  '以及 及 及其 和 并 并且 而且 而 且 或 或者 还是 以便 以免 从而 进而 因而 因此 所以 因为 虽然 但是 但 然而 不仅 不但 而是 同时 此外 另外 即 既 又',
  // adverbs of manner, degree and time (副词)
  '充分 进一步 更 更加 最 很 较 比较 十分 非常 尤其 特别 不断 持续 逐步 逐渐 积极 切实 大力 着力 努力 全面 深入 认真 已 已经 正在 即将 仍 仍然 还 也 都 均 再 就 才 便 始终 一直 务必 必须 要',
  // particles (助词)
  '的 地 得 之 所 着 了 过 等 等等 们',
  // pronouns and determiners (代词)
  '其 其中 其他 其它 该 此 这 那 这些 那些 各 各类 各项 各种 每 本 我 我们 有关 相关',
  // empty verbs of official prose (形式动词)
  '进行 加以 予以 给予 作出 做出',
].join(' ');

const WEAK = new Set(WORDS.split(' '));

/** Is `key` (a token's key: Simplified) a function word that is not shown as a reason? */
export function isWeakReason(key: string): boolean {
  return WEAK.has(key);
}
