import { WorkflowState as S } from '../domain/states.ts';
import type { WorkflowRow } from '../store/rows.ts';
import type { AttemptView } from './workflow-attempts.ts';
import type { QueuePosition } from './queue-position.ts';
import { isoOrEmpty } from './request-fields.ts';

export interface ExplainFacts {
  readonly workflow: WorkflowRow;
  readonly stageCount: number;
  readonly stagesDone: number;
  /** The latest attempt of the current stage, if any. */
  readonly attempt: AttemptView | null;
  readonly queue: QueuePosition | null;
  readonly quotaResource: string;
}

/**
 * One or two sentences on why the workflow is where it is and what it waits for, e.g.
 * "Stage enrich (attempt 2) is queued for a worker of demo/enrich: 3rd of 5 in line. 1 of 3 stages are done."
 * A workflow parked in QUOTA_EXCEEDED names the limit that holds it and when that resets, from
 * the denial the worker reported (quotaDenialOf).
 */
export function explainSummary(f: ExplainFacts): string {
  const wf = f.workflow;
  const stage = wf.current_stage ?? '(none)';
  const attemptNo = f.attempt?.attempt ?? 1;
  const at = (value: string | null | undefined) => isoOrEmpty(value) || 'an unknown time';
  const error = describeError(wf.last_error);
  const done = `${f.stagesDone} of ${f.stageCount} stages are done.`;
  switch (wf.state) {
    case S.CREATED:
      return `Created; stage ${stage} is not queued yet. ${done}`;
    case S.QUEUED: {
      const line = f.queue === null ? 'its position is unknown' : `${ordinal(f.queue.position)} of ${f.queue.length} in line`;
      return `Stage ${stage} (attempt ${attemptNo}) is queued for a worker of ${wf.type}/${stage}: ${line}. ${done}`;
    }
    case S.PROCESSING: {
      const a = f.attempt;
      const beat = a?.heartbeat_at ? `last heartbeat at ${at(a.heartbeat_at)}` : 'no heartbeat yet';
      return `Stage ${stage} (attempt ${attemptNo}) is running on worker ${a?.lease_owner ?? 'unknown'}; its lease expires at ${at(a?.lease_expires_at)} (${beat}). ${done}`;
    }
    case S.WAITING: {
      const until = wf.next_attempt_at ? ` until ${at(wf.next_attempt_at)}` : '';
      return `Stage ${stage} waits for the signal ${wf.wait_signal ?? '(unnamed)'}${until}. ${done}`;
    }
    case S.QUOTA_EXCEEDED: {
      const denial = quotaDenialOf(wf.last_error);
      const resource = denial?.resource ?? f.quotaResource;
      const on = resource ? ` on ${resource}` : '';
      if (denial === null) return `Stage ${stage} waits for quota${on} until ${at(wf.next_attempt_at)}. ${done}`;
      const resumes = `it resumes by itself at ${at(wf.next_attempt_at ?? denial.retryAt)}`;
      if (denial.unavailable) return `Stage ${stage} waits for quota${on}: the quota service could not be reached; ${resumes}. ${done}`;
      return `Stage ${stage} waits for quota${on}: ${describeDenial(denial)}; ${resumes}. ${done}`;
    }
    case S.RETRYING:
      return `Stage ${stage} failed${error} and will be retried at ${at(wf.next_attempt_at)} (retry ${wf.retry_count}). ${done}`;
    case S.SUSPENDED:
      return `Suspended at stage ${stage}: ${wf.suspend_reason ?? 'no reason given'}. Resume it to run the stage again. ${done}`;
    case S.FAILED:
      return `Stage ${stage} failed${error} and will not be retried by itself; retry it to run again. ${done}`;
    case S.PARTIALLY_PROCESSED:
      return `Finished with some items not done at ${at(wf.updated_at)}; retry it to run again. ${done}`;
    case S.COMPLETED:
      return `Completed all ${f.stageCount} stages at ${at(wf.updated_at)}.`;
    case S.CANCELLED:
      return `Cancelled at ${at(wf.updated_at)}. ${done}`;
  }
}

/**
 * What the worker SDK reports when the quota service refuses a grant (FailStage, category
 * RATE_LIMITED, code QUOTA_EXCEEDED, or QUOTA_UNAVAILABLE when the service could not be
 * reached); the workflow keeps its details in last_error.details:
 * `{ resource, limit: { id, name, unit, scope, partition, amount, remaining, resets_at }, denial_reason, retry_at }`.
 * A worker wrote it, so every field is optional and read defensively.
 */
interface QuotaDenial {
  readonly unavailable: boolean;
  readonly resource: string | null;
  readonly reason: string | null;
  readonly retryAt: string | null;
  readonly limit: {
    readonly name: string | null;
    readonly unit: string | null;
    readonly scope: string | null;
    readonly amount: string | null;
    readonly remaining: string | null;
    readonly resetsAt: string | null;
  } | null;
}

function quotaDenialOf(lastError: unknown): QuotaDenial | null {
  const error = objectOrNull(lastError);
  if (error === null || (error.code !== 'QUOTA_EXCEEDED' && error.code !== 'QUOTA_UNAVAILABLE')) return null;
  const details = objectOrNull(error.details) ?? {};
  const limit = objectOrNull(details.limit);
  // A QUOTA_EXCEEDED without a limit or a reason says no more than the plain sentence does.
  if (error.code === 'QUOTA_EXCEEDED' && limit === null && text(details.denial_reason) === null) return null;
  return {
    unavailable: error.code === 'QUOTA_UNAVAILABLE',
    resource: text(details.resource),
    reason: text(details.denial_reason),
    retryAt: time(details.retry_at),
    limit:
      limit === null
        ? null
        : { name: text(limit.name), unit: text(limit.unit), scope: text(limit.scope), amount: text(limit.amount), remaining: text(limit.remaining), resetsAt: time(limit.resets_at) },
  };
}

// DENIAL_REASON_* (quota.proto) in words; the limit it names is in that state.
const DENIAL_WORDS: Readonly<Record<string, string>> = {
  DENIAL_REASON_WINDOW_EXHAUSTED: 'is used up',
  DENIAL_REASON_BUDGET_EXHAUSTED: 'is used up',
  DENIAL_REASON_RATE_LIMITED: 'has no room yet',
  DENIAL_REASON_CONCURRENCY: 'is full',
};

/** "limit daily-cap (requests, tenant) is used up (0 of 100 left) and resets at …". */
function describeDenial(d: QuotaDenial): string {
  const l = d.limit;
  if (l === null) return d.reason === 'DENIAL_REASON_UPSTREAM_BACKOFF' ? 'the upstream asked to back off' : 'a limit refused the request';
  const kind = [l.unit, l.scope].filter((p) => p !== null).map((p) => enumWords(p!)).join(', ');
  const state = (d.reason !== null ? DENIAL_WORDS[d.reason] : undefined) ?? (d.reason === 'DENIAL_REASON_UPSTREAM_BACKOFF' ? 'is held back by the upstream' : 'refused the request');
  const left = l.remaining !== null && l.amount !== null ? ` (${l.remaining} of ${l.amount} left)` : '';
  const resets = l.resetsAt !== null ? ` and resets at ${l.resetsAt}` : '';
  return `limit ${l.name ?? '(unnamed)'}${kind ? ` (${kind})` : ''} ${state}${left}${resets}`;
}

/** QUOTA_UNIT_INPUT_TOKENS or input_tokens → "input tokens"; api_key → "API key". */
function enumWords(value: string): string {
  return value.replace(/^(QUOTA_UNIT_|QUOTA_SCOPE_)/, '').toLowerCase().replace(/_/g, ' ').replace(/^api key$/, 'API key');
}

function objectOrNull(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** A short string or a number (int64 amounts come as either), else null. */
function text(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value !== '' ? value.slice(0, 200) : null;
}

/** A time as ISO 8601 UTC, or null when absent or not a time. */
function time(value: unknown): string | null {
  const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

function describeError(lastError: unknown): string {
  if (lastError === null || typeof lastError !== 'object') return '';
  const { code, message } = lastError as { code?: unknown; message?: unknown };
  const parts = [typeof code === 'string' ? code : null, typeof message === 'string' ? message : null].filter((p) => p !== null);
  return parts.length === 0 ? '' : ` (${parts.join(': ')})`;
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}
