import { Counter } from 'prom-client';
import type { ServiceRuntime } from '@sluice/service-kit';
import type { EngineDeps } from './deps.ts';
import { Periodic } from '@sluice/service-kit';
import { resumeDue } from './resume-due.ts';
import { reapExpiredLeases } from './reap-leases.ts';

/** Rows one scheduler or reaper round moves at most; a full round runs again at once. */
const BATCH = 200;

/**
 * The workflow service's background work, safe on every replica (FOR UPDATE SKIP LOCKED):
 * the scheduler brings parked workflows back at their time, the reaper takes back the leases of
 * dead or stalled workers. Their rounds are counted on /metrics, so one that keeps failing
 * shows there and not only in the logs.
 */
export function startBackgroundTasks(rt: ServiceRuntime, engine: EngineDeps, intervals: { schedulerMs: number; reaperMs: number }, afterMoves: () => void): void {
  const rounds = new Counter({ name: 'sluice_workflow_background_rounds_total', help: 'Scheduler and lease-reaper rounds by outcome', labelNames: ['task', 'outcome'] as const, registers: [rt.registry] });
  const moved = new Counter({ name: 'sluice_workflow_background_moved_total', help: 'Workflows re-queued or stopped by the scheduler and the lease reaper', labelNames: ['task'] as const, registers: [rt.registry] });
  const tasks = [
    { name: 'scheduler', intervalMs: intervals.schedulerMs, round: () => resumeDue(rt.orm.em.fork(), engine, BATCH) },
    { name: 'lease reaper', intervalMs: intervals.reaperMs, round: () => reapExpiredLeases(rt.orm.em.fork(), engine, BATCH) },
  ];
  for (const { name, intervalMs, round } of tasks) {
    const task = new Periodic({
      name,
      intervalMs,
      batch: BATCH,
      log: rt.log,
      round,
      onRound: (outcome, n) => {
        rounds.inc({ task: name, outcome });
        if (n > 0) {
          moved.inc({ task: name }, n);
          afterMoves();
        }
      },
    });
    task.start();
    rt.releasers.add(name, () => task.stop());
  }
}
