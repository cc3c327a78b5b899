import type { Milestone } from '../../../shared/model/plan';

const KEYS = { 启动: 'start', 推进: 'progress', 完成: 'done' } as const;

/**
 * A milestone's stage as the interface names it: the plan's own word (启动 / 推进 / 完成, what the model stores and the
 * Word document prints) in Chinese, Start / In progress / Complete in English — the English interface showed the
 * Chinese words in the stage list and the compare view (walk 12).
 */
export function stageLabel(t: (key: string) => string, stage: NonNullable<Milestone['stage']>): string {
  return t(`editor.milestones.stages.${KEYS[stage]}`);
}
