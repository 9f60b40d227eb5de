import type { CloudEvent } from '@sluice/messaging';
import { METRICS } from './metric-catalog.ts';
import { EventType } from '@sluice/contracts';
import { FINISHING_STATES, WORKFLOW_EVENT_TYPES, WORKFLOW_STATES } from './workflow-events.ts';

/** One change to a stored series: `metric{labels}` of one tenant ("" = platform) moves by `by`. */
export interface SeriesDelta {
  readonly metric: string;
  readonly tenantId: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly by: number;
}

/** One change to a per-minute count (for rates): `metric` of one tenant in the minute starting at `minute`. */
export interface MinuteDelta {
  readonly metric: string;
  readonly tenantId: string;
  readonly minute: Date;
  readonly by: number;
}

export interface EventEffects {
  readonly series: readonly SeriesDelta[];
  readonly minutes: readonly MinuteDelta[];
  /** Why the payload was not understood; the event then only counts as consumed. */
  readonly problem?: string;
}

// Label values come from other processes' payloads; anything else would let one bad
// publisher create unbounded series. Workflow types and stage names are checked by the
// workflow service with the same pattern.
const NAME = /^[a-z][a-z0-9_-]{0,62}$/;
const STAGE_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,62}$/;
const TENANT = /^[A-Za-z0-9_-]{1,128}$/;
const ATTRIBUTE = /^[A-Za-z0-9._:/-]{1,128}$/;

/**
 * What one event changes in the metrics. Pure: the store applies it, once per event id.
 * Every event counts in sluice_events_consumed_total; the workflow events also count in the
 * workflow metrics when their payload is as the workflow service writes it.
 */
export function eventEffects(event: CloudEvent, now: Date): EventEffects {
  const data = isRecord(event.data) ? event.data : {};
  const tenantId = typeof data.tenant_id === 'string' && TENANT.test(data.tenant_id) ? data.tenant_id : '';
  const minute = minuteOf(event.time, now);
  const consumed: SeriesDelta = {
    metric: METRICS.eventsConsumed.name,
    tenantId,
    labels: { source: attribute(event.source), type: attribute(event.type) },
    by: 1,
  };
  const workflow = workflowEffects(event.type, data, tenantId, minute);
  if (typeof workflow === 'string') return { series: [consumed], minutes: [], problem: workflow };
  return { series: [consumed, ...workflow.series], minutes: workflow.minutes };
}

function workflowEffects(type: string, data: Record<string, unknown>, tenantId: string, minute: Date): Omit<EventEffects, 'problem'> | string {
  if (!WORKFLOW_EVENT_TYPES.has(type)) return { series: [], minutes: [] };
  if (tenantId === '') return 'data.tenant_id is missing or not a tenant id';
  const workflowType = data.workflow_type;
  if (typeof workflowType !== 'string' || !NAME.test(workflowType)) return 'data.workflow_type is missing or not a workflow type name';
  const series = (metric: string, labels: Record<string, string>, by = 1): SeriesDelta => ({ metric, tenantId, labels: { workflow_type: workflowType, ...labels }, by });
  const perMinute = (metric: string): MinuteDelta => ({ metric, tenantId, minute, by: 1 });

  if (type === EventType.WORKFLOW_CREATED) {
    return {
      series: [series(METRICS.workflowsCreated.name, {}), series(METRICS.workflowsInState.name, { state: 'CREATED' })],
      minutes: [perMinute(METRICS.workflowsCreated.name)],
    };
  }
  if (type === EventType.STAGE_COMPLETED) {
    if (typeof data.stage !== 'string' || !STAGE_NAME.test(data.stage)) return 'data.stage is missing or not a stage name';
    return { series: [series(METRICS.stagesCompleted.name, { stage: data.stage })], minutes: [] };
  }
  // state_changed (sluice.events.v1.WorkflowStateChanged): from_state is "" for the creation.
  const from = data.from_state ?? '';
  const to = data.to_state;
  if (typeof to !== 'string' || !WORKFLOW_STATES.has(to)) return 'data.to_state is missing or not a workflow state';
  if (typeof from !== 'string' || (from !== '' && !WORKFLOW_STATES.has(from))) return 'data.from_state is not a workflow state';
  const out: SeriesDelta[] = [series(METRICS.workflowTransitions.name, { from, to }), series(METRICS.workflowsInState.name, { state: to })];
  if (from !== '') out.push(series(METRICS.workflowsInState.name, { state: from }, -1));
  const minutes: MinuteDelta[] = [];
  if (to === 'COMPLETED') {
    out.push(series(METRICS.workflowsCompleted.name, {}));
    minutes.push(perMinute(METRICS.workflowsCompleted.name));
  }
  if (FINISHING_STATES.has(to)) out.push(series(METRICS.workflowsFinished.name, { state: to }));
  return { series: out, minutes };
}

/** The minute the event happened in; a missing or future time (another clock) counts as now. */
function minuteOf(time: unknown, now: Date): Date {
  const at = typeof time === 'string' ? Date.parse(time) : Number.NaN;
  const ms = Number.isNaN(at) || at > now.getTime() ? now.getTime() : at;
  return new Date(ms - (ms % 60_000));
}

function attribute(value: string): string {
  return ATTRIBUTE.test(value) ? value : 'invalid';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
