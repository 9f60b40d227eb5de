import type { QuotaServiceHandlers } from '@sluice/contracts';
import { adminHandlers } from './admin-handlers.ts';
import type { HandlerDeps } from './deps.ts';
import { grantHandlers } from './grant-handlers.ts';
import { usageHandlers } from './usage-handlers.ts';

/** sluice.quota.v1.QuotaService: every method. */
export function quotaHandlers(deps: HandlerDeps): QuotaServiceHandlers {
  return { ...adminHandlers(deps), ...grantHandlers(deps), ...usageHandlers(deps) };
}
export type { HandlerDeps } from './deps.ts';
