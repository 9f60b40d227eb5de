import { context, type Context } from '@opentelemetry/api';
import { EventType, type QuotaExceeded, type QuotaLimitState, type QuotaReset, type QuotaWarning } from '@sluice/contracts';
import { eventSubject, newEvent, outboxEntry, EventDomain, type OutboxEntry } from '@sluice/messaging';
import type { CounterView, DecideOutput } from '../domain/decide.ts';
import { isoOfUs } from './time.ts';

const SOURCE = '/sluice/quota';
// Subject tokens are [A-Za-z0-9_-]: a resource's other characters ("/" ":" ".") become "_"
// (events.proto); GLOBAL counters belong to no tenant: "_".
const token = (value: string) => value.replace(/[^A-Za-z0-9_-]/g, '_') || '_';

export function limitState(v: CounterView): QuotaLimitState {
  return {
    limit_id: v.limit.id,
    limit_name: v.limit.name,
    unit: `QUOTA_UNIT_${v.limit.unit}`,
    scope: `QUOTA_SCOPE_${v.limit.scope}`,
    partition: v.partition,
    // int64 fields as decimal strings: proto3's JSON mapping, as every event's data.
    amount: String(v.status.effectiveAmount),
    used: String(v.status.used),
    remaining: String(v.status.remaining),
    resets_at: isoOfUs(v.status.resetsAtUs),
  };
}

/** The outbox entries of a tick's events (exceeded, warning), under the active trace. */
export function tickEvents(prefix: string, warnPercent: number) {
  return (out: DecideOutput, nowUs: number): OutboxEntry[] =>
    out.events.map((e) => {
      const at = isoOfUs(nowUs);
      const tenant = e.view.partition === '' ? '_' : e.tenantId;
      const subject = eventSubject(prefix, EventDomain.QUOTA, token(tenant), token(e.resource));
      if (e.type === 'exceeded') {
        const data: QuotaExceeded = {
          tenant_id: e.tenantId,
          resource: e.resource,
          limit: limitState(e.view),
          reason: `DENIAL_REASON_${e.reason}`,
          retry_at: isoOfUs(e.retryAtUs ?? 0),
          workflow_id: e.workflowId ?? '',
          at,
        };
        return outboxEntry(subject, newEvent({ source: SOURCE, type: EventType.QUOTA_EXCEEDED, subject: e.view.limit.id, data }), traceOf(e.trace));
      }
      const data: QuotaWarning = { tenant_id: e.tenantId, resource: e.resource, limit: limitState(e.view), threshold_percent: warnPercent, utilisation: e.view.status.utilisation, at };
      return outboxEntry(subject, newEvent({ source: SOURCE, type: EventType.QUOTA_WARNING, subject: e.view.limit.id, data }), traceOf(e.trace));
    });
}

/** The trace of the request that caused an event (the tick runs in the first request's context, not necessarily its). */
const traceOf = (trace: unknown): Context => (trace as Context | undefined) ?? context.active();

/** quota.reset for a window that refused grants and has ended. */
export function resetEvent(prefix: string, r: { tenantId: string; resource: string; view: CounterView; windowStartUs: number; nowUs: number }): OutboxEntry {
  const data: QuotaReset = { tenant_id: r.tenantId, resource: r.resource, limit: limitState(r.view), window_started_at: isoOfUs(r.windowStartUs), at: isoOfUs(r.nowUs) };
  const subject = eventSubject(prefix, EventDomain.QUOTA, token(r.view.partition === '' ? '_' : r.tenantId), token(r.resource));
  return outboxEntry(subject, newEvent({ source: SOURCE, type: EventType.QUOTA_RESET, subject: r.view.limit.id, data }));
}
