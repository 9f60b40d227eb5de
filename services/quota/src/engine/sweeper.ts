import type { StatementPool } from '@sluice/db';
import type { Logger } from '@sluice/logging';
import { uuidv7 } from '@sluice/messaging';
import { Periodic } from '@sluice/service-kit';
import { takeEndedWindows } from '../store/ended-windows.ts';
import { resetEvent } from './events.ts';
import type { QuotaMetrics } from './metrics.ts';
import { runExpiry, type TickOptions } from './tick.ts';

const BATCH = 500;

/**
 * Every replica runs it: grants past expires_at settle as used (the worker vanished; we
 * cannot know whether the upstream was called), and each window that refused grants and has
 * ended gets one quota.reset. SKIP LOCKED shares the work between replicas; a full batch runs
 * again at once.
 */
export function startSweeper(deps: { pool: StatementPool; log: Logger; prefix: string; intervalMs: number; tick: TickOptions; metrics: QuotaMetrics; afterWrite: () => void }): Periodic {
  const periodic = new Periodic({
    name: 'quota sweeper',
    intervalMs: deps.intervalMs,
    batch: BATCH,
    log: deps.log,
    round: async () => {
      const expired = await runExpiry(deps.pool, BATCH, deps.tick);
      deps.metrics.recordTick(expired.out);
      if (expired.out.ledger.length > 0) deps.log.info({ expired: expired.out.ledger.length }, 'expired grants settled as used');
      const ended = await deps.pool.transaction(async (run) => {
        const windows = await takeEndedWindows(run, BATCH);
        const entries = windows.map(({ bucket, limit, nowUs }) =>
          resetEvent(deps.prefix, {
            tenantId: bucket.partition.split('/')[0] ?? '',
            resource: limit.resource,
            windowStartUs: bucket.windowEndUs,
            nowUs,
            view: {
              limit,
              partition: bucket.partition,
              retryAtUs: 0,
              status: { used: 0, reserved: bucket.reserved, remaining: limit.amount, effectiveAmount: limit.amount, utilisation: 0, windowStartUs: bucket.windowEndUs, resetsAtUs: 0 },
            },
          }),
        );
        if (entries.length > 0) await run('quota_reset_outbox', 'insert into outbox (id, entries) values ($1, $2::json)', [uuidv7(), JSON.stringify(entries)]);
        return windows.length;
      });
      if (expired.out.events.length > 0 || ended > 0) deps.afterWrite();
      return Math.max(expired.out.ledger.length, ended);
    },
  });
  periodic.start();
  return periodic;
}
