import type { AcquireGrantResponse__Output, LimitStatus__Output } from '@sluice/contracts';
import type { SluiceError } from '@sluice/errors';
import { RateLimitedError } from '../errors.ts';

/**
 * The RateLimitedErrors the quota SDK throws. Each parks the stage in QUOTA_EXCEEDED until
 * `retryAt` (the engine, not the SDK, waits), with details the gateway's explain shows; the
 * keys of each `details` are a contract with it.
 */
export const QuotaCode = {
  /** A limit refused, or the grant starts later (a place in line). */
  QUOTA_EXCEEDED: 'QUOTA_EXCEEDED',
  /** The quota service did not answer within the deadline: no grant, so no call. */
  QUOTA_UNAVAILABLE: 'QUOTA_UNAVAILABLE',
  /** The upstream itself answered 429. */
  UPSTREAM_RATE_LIMITED: 'UPSTREAM_RATE_LIMITED',
} as const;
export type QuotaCode = (typeof QuotaCode)[keyof typeof QuotaCode];

/** Thrown when AcquireGrant refused: parks until the denial's retry_at. */
export function deniedError(resource: string, res: AcquireGrantResponse__Output): RateLimitedError {
  const binding = resetsLast(res.limiting);
  const retryAt = res.retry_at !== '' ? new Date(res.retry_at) : Number(res.retry_after_ms) > 0 ? new Date(Date.now() + Number(res.retry_after_ms)) : null;
  const limit = binding?.limit;
  return new RateLimitedError(res.reason !== '' ? res.reason : `quota ${resource} refused the grant`, {
    code: QuotaCode.QUOTA_EXCEEDED,
    retryAt,
    details: {
      resource,
      limit:
        binding === undefined
          ? null
          : {
              id: limit?.id ?? '',
              name: limit?.name ?? '',
              unit: limit?.unit ?? '',
              scope: limit?.scope ?? '',
              partition: binding.partition,
              amount: Number(limit?.amount ?? 0),
              remaining: Number(binding.remaining),
              resets_at: binding.resets_at,
            },
      denial_reason: res.denial_reason,
      retry_at: retryAt?.toISOString() ?? '',
    },
  });
}

/** Thrown when the grant starts later (max_wait_ms): parks until not_before, holding it. */
export function futureGrantError(resource: string, grantId: string, notBefore: Date): RateLimitedError {
  return new RateLimitedError(`quota ${resource}: grant ${grantId} starts at ${notBefore.toISOString()}`, {
    code: QuotaCode.QUOTA_EXCEEDED,
    retryAt: notBefore,
    details: { resource, grant_id: grantId, not_before: notBefore.toISOString() },
  });
}

/** Thrown when the quota service failed or was slower than the deadline: parks for a jittered backoff. */
export function unavailableError(resource: string, cause: SluiceError, backoff: { readonly minMs: number; readonly maxMs: number }): RateLimitedError {
  const retryAt = new Date(Date.now() + backoff.minMs + Math.random() * Math.max(0, backoff.maxMs - backoff.minMs));
  return new RateLimitedError(`quota service unavailable for ${resource}: ${cause.message}`, {
    code: QuotaCode.QUOTA_UNAVAILABLE,
    retryAt,
    cause,
    details: { resource, error_code: cause.code, retry_at: retryAt.toISOString() },
  });
}

/** Thrown when the upstream answered 429: parks until its Retry-After (or the service's backoff). */
export function upstreamLimitedError(resource: string, grantId: string, status: number, retryAt: Date | null, cause?: unknown): RateLimitedError {
  return new RateLimitedError(`upstream ${resource} answered ${status}`, {
    code: QuotaCode.UPSTREAM_RATE_LIMITED,
    retryAt,
    cause,
    details: { resource, grant_id: grantId, status, retry_at: retryAt?.toISOString() ?? '' },
  });
}

/** Of the refusing limits, the one that resets last (it decides when the stage can run). */
function resetsLast(limiting: readonly LimitStatus__Output[]): LimitStatus__Output | undefined {
  const at = (s: LimitStatus__Output) => Date.parse(s.resets_at || s.retry_at) || 0;
  return limiting.reduce<LimitStatus__Output | undefined>((best, s) => (best === undefined || at(s) > at(best) ? s : best), undefined);
}
