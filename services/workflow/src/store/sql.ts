// Statements run through @sluice/db's bind-parameter path (`?` placeholders), in the entity
// manager's current transaction.
export { query, queryOne } from '@sluice/db';

/**
 * domain/definition.ts attemptPriority in SQL: `workflowPriority` (nullable) else the stage
 * spec's default; `spec` is the stage's jsonb from definitions.stages.
 */
export const attemptPrioritySql = (workflowPriority: string, spec: string): string => `coalesce(${workflowPriority}, (${spec}->>'priority')::int, 0)`;
