import type { AcquireGrantResponse, CommitGrantRequest__Output, QuotaItemError, QuotaServiceHandlers, RefundGrantRequest__Output } from '@sluice/contracts';
import { SluiceError } from '@sluice/errors';
import { unary } from '@sluice/grpc';
import { unknownResource, type AcquireOutcome } from '../domain/decide.ts';
import { adviceFrom, FACTOR_HOLD_MS } from '../domain/upstream.ts';
import { isoOfUs, msUntil } from '../engine/time.ts';
import { findGrant } from '../store/find-grant.ts';
import { findResource, tightenResource } from '../store/resources.ts';
import type { HandlerDeps } from './deps.ts';
import { acquireOp, amountsOf } from './grant-input.ts';
import { resourceName } from './limit-input.ts';
import { grantMessage, statusMessage } from './to-message.ts';
import { requiredTenant, uuid } from './validate.ts';

type GrantHandlers = Pick<QuotaServiceHandlers, 'AcquireGrant' | 'AcquireGrants' | 'CommitGrant' | 'RefundGrant' | 'SettleGrants' | 'GetGrant' | 'ReportUpstream'>;

/** Grants: acquire, commit, refund, read, and what the upstream said. */
export function grantHandlers(deps: HandlerDeps): GrantHandlers {
  const timed = <T>(method: string, fn: () => Promise<T>) => {
    const stop = deps.metrics.callSeconds.startTimer({ method });
    return fn().finally(() => stop());
  };
  return {
    AcquireGrant: unary((req) =>
      timed('AcquireGrant', async () => {
        const { outcome, nowUs } = await deps.engine.acquire(acquireOp(req));
        return acquireResponse(outcome, nowUs);
      }),
    ),

    // Each item joins the replica's ticks like a call of its own; a bad item fails alone.
    AcquireGrants: unary((req) =>
      timed('AcquireGrants', async () => ({
        results: await Promise.all(
          req.items.map((item) =>
            alone(async () => {
              const { outcome, nowUs } = await deps.engine.acquire(acquireOp(item));
              return { response: acquireResponse(outcome, nowUs) };
            }),
          ),
        ),
      })),
    ),

    CommitGrant: unary((req) => timed('CommitGrant', async () => grantMessage(await commit(deps, req)))),

    RefundGrant: unary((req) => timed('RefundGrant', async () => grantMessage(await refund(deps, req)))),

    SettleGrants: unary((req) =>
      timed('SettleGrants', async () => ({
        results: await Promise.all(
          req.items.map((item) =>
            alone(async () => {
              if (item.commit) return { grant: grantMessage(await commit(deps, item.commit)) };
              if (item.refund) return { grant: grantMessage(await refund(deps, item.refund)) };
              throw SluiceError.invalidArgument('each item needs a commit or a refund', { field: 'items' });
            }),
          ),
        ),
      })),
    ),

    GetGrant: unary(async (req) => {
      const tenantId = requiredTenant('tenant_id', req.tenant_id);
      const grant = await findGrant(deps.orm.em.fork(), tenantId, uuid('grant_id', req.grant_id));
      if (grant === null) throw SluiceError.notFound('grant', req.grant_id);
      return grantMessage(grant);
    }),

    ReportUpstream: unary(async (req) => {
      const tenantId = requiredTenant('tenant_id', req.tenant_id);
      const resource = resourceName('resource', req.resource);
      const em = deps.orm.em.fork();
      if (req.grant_id !== '') {
        const grant = await findGrant(em, tenantId, uuid('grant_id', req.grant_id));
        if (grant === null || grant.resource !== resource) throw SluiceError.notFound('grant', req.grant_id);
      }
      if (!(Number.isInteger(req.status_code) && req.status_code >= 0 && req.status_code <= 999)) {
        throw SluiceError.invalidArgument('status_code must be an HTTP status (100-999) or 0', { field: 'status_code' });
      }
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), v]));
      const advice = adviceFrom(req.status_code, headers);
      const row =
        advice.backoffMs === 0 && advice.rateFactor === null
          ? await findResource(em, resource)
          : await tightenResource(em, resource, { backoffMs: advice.backoffMs, rateFactor: advice.rateFactor, factorMs: FACTOR_HOLD_MS });
      if (row === null) throw unknownResource(resource);
      if (advice.applied.length > 0) deps.log.info({ resource, tenant_id: tenantId, status: req.status_code, applied: advice.applied }, 'upstream report tightened a resource');
      const nowUs = Date.now() * 1000;
      const factorLive = Number(row.rate_factor_until_us) > nowUs;
      return {
        backoff_until: Number(row.backoff_until_us) > nowUs ? isoOfUs(Number(row.backoff_until_us)) : '',
        rate_factor: factorLive ? Number(row.rate_factor) : 1,
        rate_factor_until: factorLive ? isoOfUs(Number(row.rate_factor_until_us)) : '',
        applied: advice.applied,
      };
    }),
  };
}

async function commit(deps: HandlerDeps, req: CommitGrantRequest__Output) {
  const tenantId = requiredTenant('tenant_id', req.tenant_id);
  const grantId = uuid('grant_id', req.grant_id);
  const used = amountsOf('used', req.used, false);
  return (await deps.engine.settle({ kind: 'commit', tenantId, grantId, used })).outcome.grant;
}

async function refund(deps: HandlerDeps, req: RefundGrantRequest__Output) {
  const tenantId = requiredTenant('tenant_id', req.tenant_id);
  return (await deps.engine.settle({ kind: 'refund', tenantId, grantId: uuid('grant_id', req.grant_id) })).outcome.grant;
}

/** One item of a batched call: its answer, or its own error (a SluiceError); anything else fails the call. */
async function alone<T>(fn: () => Promise<T>): Promise<T | { error: QuotaItemError }> {
  try {
    return await fn();
  } catch (err) {
    if (!(err instanceof SluiceError)) throw err;
    return { error: { code: err.code, message: err.message, details_json: JSON.stringify(err.details) } };
  }
}

export function acquireResponse(outcome: AcquireOutcome, nowUs: number): AcquireGrantResponse {
  const server_time = isoOfUs(nowUs);
  if (outcome.granted) {
    return { granted: true, grant: grantMessage(outcome.grant), limits: outcome.limits.map((v) => statusMessage(v, nowUs)), server_time };
  }
  return {
    granted: false,
    retry_at: isoOfUs(outcome.retryAtUs),
    retry_after_ms: String(msUntil(outcome.retryAtUs, nowUs)),
    reason: outcome.reason,
    denial_reason: `DENIAL_REASON_${outcome.denialReason}`,
    limiting: outcome.limiting.map((v) => statusMessage(v, nowUs)),
    limits: outcome.limits.map((v) => statusMessage(v, nowUs)),
    server_time,
  };
}
