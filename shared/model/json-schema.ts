/** The JSON Schema of `plan-workbench/v1`, derived from the zod schema so the two never disagree. */
import { z } from 'zod';
import { PlanDoc } from './plan';

export function planJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(PlanDoc, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
  return {
    $id: 'https://plan-workbench.local/schema/plan-workbench-v1.schema.json',
    title: 'plan-workbench/v1',
    description: '规划工作台 plan exchange format: metadata and an ordered tree of nodes (see docs/plan-format.md).',
    ...schema,
  };
}

export function planJsonSchemaText(): string {
  return JSON.stringify(planJsonSchema(), null, 2) + '\n';
}
