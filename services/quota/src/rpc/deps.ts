import type { Orm, StatementPool } from '@sluice/db';
import type { Logger } from '@sluice/logging';
import type { GrantEngine } from '../engine/grant-engine.ts';
import type { QuotaMetrics } from '../engine/metrics.ts';

export interface HandlerDeps {
  readonly orm: Orm;
  readonly pool: StatementPool;
  readonly engine: GrantEngine;
  readonly metrics: QuotaMetrics;
  readonly log: Logger;
}
