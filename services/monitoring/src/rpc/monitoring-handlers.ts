import type { MonitoringServiceHandlers } from '@sluice/contracts';
import type { Orm } from '@sluice/db';
import { SluiceError } from '@sluice/errors';
import { unary } from '@sluice/grpc';
import { metricsSummary } from './metrics-summary.ts';
import { optionalTenant } from './validate.ts';

export interface HandlerDeps {
  readonly orm: Orm;
  /** Messages the event consumer has not finished; never throws (0 when NATS cannot tell). */
  readonly consumerPending: () => Promise<number>;
  /** The longest window the per-minute counts cover (SLUICE_MONITORING_EVENT_RETENTION). */
  readonly maxWindowMs: number;
}

const DEFAULT_WINDOW_MS = 5 * 60_000;
const MIN_WINDOW_MS = 60_000;

/** sluice.monitoring.v1.MonitoringService: what the foundation implements; the rest answers UNIMPLEMENTED. */
export function monitoringHandlers(deps: HandlerDeps): Partial<MonitoringServiceHandlers> {
  return {
    GetMetricsSummary: unary(async (req) => {
      const tenantId = optionalTenant('tenant_id', req.tenant_id);
      const windowMs = req.window_ms === 0 ? DEFAULT_WINDOW_MS : req.window_ms;
      if (windowMs < MIN_WINDOW_MS || windowMs > deps.maxWindowMs) {
        throw SluiceError.invalidArgument(`window_ms must be 0 (5 minutes) or between ${MIN_WINDOW_MS} and ${deps.maxWindowMs} (got ${req.window_ms})`, {
          field: 'window_ms',
        });
      }
      return metricsSummary(deps.orm.em.fork(), { tenantId, windowMs, now: new Date(), consumerPending: await deps.consumerPending() });
    }),
  };
}
