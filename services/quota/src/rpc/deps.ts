import type { Orm, StatementPool } from '@sluice/db';
import type { Logger } from '@sluice/logging';
import type { GrantEngine } from '../engine/grant-engine.ts';
import type { QuotaMetrics } from '../engine/metrics.ts';
import type { TickOptions } from '../engine/tick.ts';

export interface HandlerDeps {
  readonly orm: Orm;
  readonly pool: StatementPool;
  readonly engine: GrantEngine;
  /** The limits cache and decision settings the ticks use (GetQuotaStatus, GetResetTime read through them). */
  readonly tick: TickOptions;
  readonly metrics: QuotaMetrics;
  readonly log: Logger;
}
