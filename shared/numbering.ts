/**
 * Numbers derived from position, in the conventions of Chinese government plans
 * (GB/T 9704-2012 §7.3.3: 一、 → （一） → 1. → （1）; GB/T 15834-2011: full-width brackets in Chinese text).
 *
 * The importer keeps each node's number as written (`PlanNode.number`); the editor and the exporter
 * use the numbers derived here, so that inserting, removing or moving a node renumbers what follows.
 * Environment-free.
 *
 * Rules (kind, where it sits → derived number):
 *
 * | kind     | parent                         | derived                     | counter runs over                                  |
 * |----------|--------------------------------|-----------------------------|----------------------------------------------------|
 * | part     | top level                      | 一、 二、 …                  | the parts of the plan                              |
 * | part     | top level, chapter plan (*)    | 第一章 第二章 …              | the parts of the plan                              |
 * | section  | part                           | （一）（二）… full-width     | the sections of that part                          |
 * | section  | part of a chapter plan         | 一、 二、 …                  | the sections of that chapter                       |
 * | section  | any, all its sibling sections written 第X阶段 (stages, 实施方案) | 第一阶段 第二阶段 … (printed 第一阶段：name) | the sections of that parent; only when every one reads back as a stage, else the level's number for all |
 * | action   | part                           | 行动一 / 支撑体系一 …        | the actions of that part with the same label       |
 * | action   | section, none there labelled   | 1. 2. … (the section's next level) | the actions of that section (corpus 140)    |
 * | task     | action                         | 1. 2. … or 重点专项N/重点任务N | all the actions of the part: N runs on (†)        |
 * | task     | section                        | 1. 2. … or 重点专项N/重点任务N | that section: restarts (†)                        |
 * | task     | action numbered 1. (above)     | （1）（2）… (the action's next level) | as for a task under an action (†)          |
 * | task     | part (no actions/sections)     | 1. … or 重点任务一 …          | that part; runs on across parts if written so (†) |
 * | item     | task                           | （1）（2）…                  | the items of that task                             |
 * | item     | item                           | one level below the parent: 1. → （1） → ① (① is the deepest level) |  |
 * | item     | part / section / action        | 1. 2. …                     | the items of that parent                           |
 * | item     | box                            | 1. 2. …                     | the items (projects) of that box                   |
 * | item     | any, written as a bullet       | the bullet as written (•, ——) — bullets are not numbers, and do not count |  |
 * | item     | unwritten, among bullet siblings | the siblings' bullet (siblingBullet): a new point takes its list's style |  |
 * | box      | anywhere (top level, part, section, action, task) | 专栏1 专栏2 … (专栏一 … when written so) | all the boxes of the plan, in document order, whatever holds them |
 * | task, item | top level of an article plan (‡) | 第一条 第二条 …           | the top-level tasks and items                      |
 * | appendix | top level                      | 附件 (only one) / 附件1 附件2 … | the top-level appendices                         |
 * | appendix | elsewhere                      | the number as written       | —                                                  |
 *
 * (‡) An article plan has no parts and writes its top-level nodes 第X条 (a 工作方案 in articles, corpus 63).
 *
 * (*) A chapter plan is one whose top-level parts are written 第X章 (seed 004, 静安 十一五).
 *     Its sections are 一、 and its tasks 1. — the （一） level is skipped, as in that plan.
 *     A plan in 部分 (top-level parts written 第X部分, corpus 33) keeps 第X部分 the same way: its sections are 一、, a
 *     section under one （一）, its tasks 1. (numbered 一、 （一）, a second section level would take the tasks' 1.).
 *
 * Label families are kept per node, as written: an action written 支撑体系二 stays a 支撑体系 (counted
 * apart from the 行动 of the same part); a task written 重点任务3 stays a 重点任务, one written
 * 重点专项:16 stays a 重点专项; the numeral kind (1 vs 一) is kept too (重点任务一 in 浦东 2011).
 * A node with no written number takes the family of its siblings (then of its part), else the plain one.
 *
 * (†) Whether task numbers run on across the actions (sections, parts) that hold them, or restart in
 * each, is read from the written numbers of that family in that scope:
 *   - the same number written in two containers (1、 under 一、 and again 1、 under 二、) → restart;
 *   - else a later container starting above 1 (重点专项7 opens 行动二) → run on;
 *   - else the default: run on across actions (静安 2014, 杨浦 2015, 奉贤 2020 all do),
 *     restart in each section and each part.
 * Moving a task never creates a duplicate, so the decision survives moves; after moving, the numbers
 * of the following tasks change.
 *
 * Output forms: （一）/（1） use full-width brackets (GB/T 15834); 一、 uses the ideographic comma;
 * 1. uses a half-width full stop as GB/T 9704 prints it; 行动一 and 重点专项1 are written without a
 * colon (the exporter adds "：" between number and heading where the style wants one).
 *
 * The code: written-numbers.ts reads and formats written numbers, derived-numbers.ts applies the rules above; this
 * module is their entry.
 */
export { BOX_LABEL, foldNumber, readNumber, type NumberStyle, type WrittenNumber } from './written-numbers';
export { applyNumbers, deriveNumbers, numberAlone, numberingEntries, siblingBullet, type NumberingEntry } from './derived-numbers';
