/**
 * The labels planners write before a task's fields ("牵头单位：", "参与部门：", "时间节点：", "完成时限："): one vocabulary
 * for every rule that reads them (field lines, run-on field clauses, bracketed annotations, the lines a paragraph
 * break is kept before, the schedules milestones are read from). A label added here is known to all of them.
 * Environment-free.
 */

/** Who carries the task (责任单位 leads too, unless the node also names a 牵头 label: fieldlines.ts departmentsOf).
 *  主要责任单位 is the 北京 分工方案's word for the lead (牵头领导 / 主要责任单位 / 配合单位 lines): a label that says
 *  the lead, as 牵头 does (LEAD_MARK). 科室, 处室 and 股室 are a bureau's own offices (a county bureau's 股: 行政审批股). 主办单位 (福州 任务 brackets "牵头单位：A；主办单位：B") leads as 责任单位 does:
 *  alone it leads, beside a 牵头 label it helps. 承办单位 is a 督办 notice's word for the unit that answers for the matter
 *  ("承办单位：A" ⏎ "协办单位：B、C" ⏎ "办结时限：…"): it leads, its 协办单位 help. 推进单位 / 推进部门 (a 县 plan's
 *  "主责单位：县农业农村局" ⏎ "推进单位：各乡镇（街道）") lead as 责任单位 does: alone they lead, beside a 牵头 / 主责 label
 *  they are the units that push the work on with it — partners. */
export const LEAD_LABELS = ['主要责任单位', '主要责任部门', '牵头责任单位', '牵头单位', '牵头部门', '责任单位', '责任部门', '主责单位', '主责部门', '推进部门', '推进单位', '实施单位', '责任主体', '牵头科室', '责任科室', '牵头处室', '责任处室', '牵头股室', '责任股室', '责任站所', '主办单位', '主办部门', '承办单位', '承办部门', '业主单位', '项目业主'] as const;
/** Who helps (协同责任单位 / 配合责任单位: the 安徽 分解 of 牵头责任单位 and 协同责任单位). A 镇's plan names the villages that
 *  carry each task out after the 站所 that leads it ("责任站所：镇水利站" ⏎ "责任村（社区）：茶山村、石塘村"): they are the
 *  units that carry it out with the lead, partners (as "各镇街落实" in a roles list). A county plan whose townships do
 *  the work names the bureau that guides them ("责任单位：各乡镇人民政府；指导单位：县生态环境局"): it helps. (Every use of a label is a regular
 *  expression: the bracket of 责任村（社区） is written escaped for the half-width form.) */
export const PARTNER_LABELS = ['协同责任单位', '配合责任单位', '配合单位', '配合部门', '协办单位', '协办部门', '协同单位', '协同部门', '参与单位', '参与部门', '配合科室', '配合处室', '配合股室', '参与科室', '参与处室', '参与股室', '协同科室', '协同处室', '协同股室', '责任村（社区）', '责任村\\(社区\\)', '责任村居', '责任社区', '责任村', '指导单位', '指导部门'] as const;
/** A schedule of years and what is done in each ("时间节点：2025年启动…；2026年完成…"). */
export const SCHEDULE_LABELS = ['年度节点', '年度安排', '时间节点', '节点安排', '时间安排', '进度安排', '推进计划', '实施步骤', '实施进度', '工作进度', '推进路线', '时间路线'] as const;
/** The year (or date) the task is to be done by (办结时限: the date a 督办 matter is to be closed). */
export const DEADLINE_LABELS = ['完成时限', '完成时间', '完成期限', '时间要求', '办结时限', '办结时间', '时限'] as const;

/** A regular-expression alternation of words (no group captured), longest first. */
export function alternation(...lists: readonly (readonly string[])[]): string {
  const words = [...new Set(lists.flat())].sort((a, b) => b.length - a.length);
  return `(?:${words.join('|')})`;
}

export const LEAD_LABEL = alternation(LEAD_LABELS);
/** A lead label that says the unit leads (under it a list is all leads; beside it a 责任单位 list helps). */
export const LEAD_MARK = /^(?:牵头|主责|主要责任)/;
export const PARTNER_LABEL = alternation(PARTNER_LABELS);
export const DEPARTMENT_LABEL = alternation(LEAD_LABELS, PARTNER_LABELS);
export const SCHEDULE_LABEL = alternation(SCHEDULE_LABELS);
export const DEADLINE_LABEL = alternation(DEADLINE_LABELS);
/** Any label of a task's time: a schedule or a deadline. */
export const TIME_LABEL = alternation(SCHEDULE_LABELS, DEADLINE_LABELS);
/** A paragraph that opens with a field's label and says something after it ("牵头单位：区住建局", "时间节点：2025年…"). */
export const FIELD_START = new RegExp(`^[【\\[（(]?\\s*${alternation(LEAD_LABELS, PARTNER_LABELS, SCHEDULE_LABELS, DEADLINE_LABELS)}\\s*[:：]\\s*\\S`);
