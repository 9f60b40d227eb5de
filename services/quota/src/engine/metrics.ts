import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { DecideOutput } from '../domain/decide.ts';

export interface QuotaMetrics {
  readonly tickSeconds: Histogram;
  readonly tickSize: Histogram;
  readonly callSeconds: Histogram<'method'>;
  recordTick(out: DecideOutput): void;
}

/** Grants, refusals, utilisation per limit and decision latency, on the service's registry. */
export function quotaMetrics(registry: Registry): QuotaMetrics {
  const grants = new Counter({ name: 'sluice_quota_grants_total', help: 'Grants made, by resource', labelNames: ['resource'], registers: [registry] });
  const denials = new Counter({ name: 'sluice_quota_denials_total', help: 'Acquires refused, by resource', labelNames: ['resource'], registers: [registry] });
  const settled = new Counter({ name: 'sluice_quota_settled_total', help: 'Grants settled, by resource and outcome', labelNames: ['resource', 'outcome'], registers: [registry] });
  const utilisation = new Gauge({
    name: 'sluice_quota_utilisation',
    help: 'Share of a limit in use at its last decision (0..1), by resource, limit and counter',
    labelNames: ['resource', 'limit', 'partition'],
    registers: [registry],
  });
  const tickSeconds = new Histogram({
    name: 'sluice_quota_tick_seconds',
    help: 'Time of one decision transaction (a batch of acquires and settlements)',
    buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers: [registry],
  });
  const tickSize = new Histogram({ name: 'sluice_quota_tick_size', help: 'Requests decided in one transaction', buckets: [1, 2, 4, 8, 16, 32, 64, 128, 256], registers: [registry] });
  const callSeconds = new Histogram({
    name: 'sluice_quota_reservation_seconds',
    help: 'Latency of AcquireGrant, CommitGrant and RefundGrant as the service answers them',
    labelNames: ['method'],
    buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers: [registry],
  });
  return {
    tickSeconds,
    tickSize,
    callSeconds,
    recordTick(out) {
      for (const g of out.newGrants) grants.inc({ resource: g.resource });
      for (const d of out.denials.values()) denials.inc({ resource: d.resource }, d.count);
      for (const l of out.ledger) settled.inc({ resource: l.grant.resource, outcome: l.outcome });
      for (const e of out.events) utilisation.set({ resource: e.resource, limit: e.view.limit.name, partition: e.view.partition }, e.view.status.utilisation);
      for (const r of out.results) {
        if (r instanceof Error || !('granted' in r) || !r.granted) continue;
        for (const v of r.limits) utilisation.set({ resource: r.grant.resource, limit: v.limit.name, partition: v.partition }, v.status.utilisation);
      }
    },
  };
}
