import type { LimitScope, LimitUnit, LimitWindow } from '../domain/limit.ts';

/**
 * Row shapes as raw queries return them: snake_case, bigint as a decimal string, timestamptz
 * as PostgreSQL's text (MikroORM leaves dates unparsed on raw queries).
 */
export interface LimitRow {
  id: string;
  resource: string;
  unit: LimitUnit;
  scope: LimitScope;
  tenant_id: string;
  key: string;
  amount: string;
  window_kind: LimitWindow;
  window_ms: string;
  description: string;
  created_at: string;
  updated_at: string;
}
