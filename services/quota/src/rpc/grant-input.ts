import type { AcquireGrantRequest__Output, UnitAmount__Output } from '@sluice/contracts';
import { SluiceError } from '@sluice/errors';
import type { Amounts } from '../domain/amounts.ts';
import type { AcquireOp } from '../domain/decide.ts';
import { RequestUnit } from '../domain/limit.ts';
import { fromProtoEnum } from './proto-names.ts';
import { resourceName } from './limit-input.ts';
import { optionalKey, requiredTenant, safeCount } from './validate.ts';

const MAX_TTL_MS = 24 * 3_600_000;
const MAX_WAIT_MS = 31 * 24 * 3_600_000;

/** Requests, input and output tokens from the wire; each unit at most once, none negative. */
export function amountsOf(field: string, list: readonly UnitAmount__Output[], required: boolean): Partial<Amounts> {
  const out: Partial<Record<RequestUnit, number>> = {};
  list.forEach((a, i) => {
    const unit = fromProtoEnum(`${field}[${i}].unit`, 'QUOTA_UNIT_', RequestUnit, a.unit);
    if (out[unit] !== undefined) throw SluiceError.invalidArgument(`${field}[${i}].unit ${a.unit} appears twice`, { field: `${field}[${i}].unit` });
    out[unit] = safeCount(`${field}[${i}].amount`, a.amount, 0);
  });
  if (required && Object.values(out).every((v) => v === 0)) {
    throw SluiceError.invalidArgument(`${field} must ask for at least one unit (requests, input or output tokens)`, { field });
  }
  return out;
}

export function acquireOp(req: AcquireGrantRequest__Output): Omit<AcquireOp, 'existing'> {
  const a = amountsOf('amounts', req.amounts, true);
  const ttlMs = req.ttl_ms;
  if (!(Number.isInteger(ttlMs) && ttlMs >= 0 && ttlMs <= MAX_TTL_MS)) throw SluiceError.invalidArgument(`ttl_ms must be from 0 to ${MAX_TTL_MS}`, { field: 'ttl_ms' });
  const maxWaitMs = safeCount('max_wait_ms', req.max_wait_ms, 0);
  if (maxWaitMs > MAX_WAIT_MS) throw SluiceError.invalidArgument(`max_wait_ms must be at most ${MAX_WAIT_MS} (31 days)`, { field: 'max_wait_ms' });
  return {
    kind: 'acquire',
    id: '',
    tenantId: requiredTenant('tenant_id', req.tenant_id),
    resource: resourceName('resource', req.resource),
    apiKey: optionalKey('api_key', req.api_key),
    workflowType: optionalKey('workflow_type', req.workflow_type),
    amounts: { REQUESTS: a.REQUESTS ?? 0, INPUT_TOKENS: a.INPUT_TOKENS ?? 0, OUTPUT_TOKENS: a.OUTPUT_TOKENS ?? 0 },
    ttlMs,
    idempotencyKey: optionalKey('idempotency_key', req.idempotency_key),
    workflowId: optionalKey('workflow_id', req.workflow_id),
    stage: optionalKey('stage', req.stage),
    attemptId: optionalKey('attempt_id', req.attempt_id),
    maxWaitMs,
  };
}
