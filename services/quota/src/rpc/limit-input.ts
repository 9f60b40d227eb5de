import type { Limit__Output } from '@sluice/contracts';
import { SluiceError } from '@sluice/errors';
import { LimitScope, LimitUnit, LimitWindow, MAX_WINDOW_MS, type LimitSpec } from '../domain/limit.ts';
import { fromProtoEnum } from './proto-names.ts';
import { optionalTenant } from './validate.ts';

// "openai:gpt-4o", "s3/uploads", "maps.geocode": what upstream APIs are called. Event subjects
// replace the characters other than [A-Za-z0-9_-] with "_" (events.proto).
const RESOURCE = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$/;
const INT64 = /^-?\d{1,19}$/;
const MAX_INT64 = 2n ** 63n - 1n;

/** A DefineLimit request's limit, checked field by field; INVALID_ARGUMENT names the first bad one. */
export function limitSpec(limit: Limit__Output | null): LimitSpec {
  if (limit === null) throw SluiceError.invalidArgument('limit is required', { field: 'limit' });
  const resource = limit.resource;
  if (!RESOURCE.test(resource)) {
    throw SluiceError.invalidArgument(
      `limit.resource ${JSON.stringify(resource)} must be 1-128 letters, digits or . _ : / -, starting with a letter or digit`,
      { field: 'limit.resource' },
    );
  }
  const unit = fromProtoEnum('limit.unit', 'QUOTA_UNIT_', LimitUnit, limit.unit);
  const scope = fromProtoEnum('limit.scope', 'QUOTA_SCOPE_', LimitScope, limit.scope);
  const tenantId = optionalTenant('limit.tenant_id', limit.tenant_id);
  if (tenantId !== '' && scope === LimitScope.GLOBAL) {
    throw SluiceError.invalidArgument('limit.tenant_id must be empty for a QUOTA_SCOPE_GLOBAL limit', { field: 'limit.tenant_id' });
  }
  const key = limit.key;
  if (key !== '' && scope !== LimitScope.KEY) {
    throw SluiceError.invalidArgument('limit.key must be empty unless the scope is QUOTA_SCOPE_KEY', { field: 'limit.key' });
  }
  if (key.length > 256) throw SluiceError.invalidArgument('limit.key must be at most 256 characters', { field: 'limit.key' });
  const amount = positiveInt64('limit.amount', limit.amount);
  const window = fromProtoEnum('limit.window', 'QUOTA_WINDOW_', LimitWindow, limit.window);
  const windowMs = windowLength(window, limit.window_ms);
  if (limit.description.length > 1000) {
    throw SluiceError.invalidArgument('limit.description must be at most 1000 characters', { field: 'limit.description' });
  }
  return { resource, unit, scope, tenantId, key, amount, window, windowMs, description: limit.description };
}

function positiveInt64(field: string, value: string): string {
  if (!INT64.test(value) || BigInt(value) <= 0n || BigInt(value) > MAX_INT64) {
    throw SluiceError.invalidArgument(`${field} must be a whole number greater than 0 (got ${JSON.stringify(value)})`, { field });
  }
  return BigInt(value).toString();
}

function windowLength(window: LimitWindow, value: string): number {
  const field = 'limit.window_ms';
  const ms = INT64.test(value) ? Number(value) : Number.NaN;
  if (window === LimitWindow.CONCURRENT) {
    if (ms !== 0) throw SluiceError.invalidArgument(`${field} must be 0 for QUOTA_WINDOW_CONCURRENT (got ${JSON.stringify(value)})`, { field });
    return 0;
  }
  if (!(ms > 0 && ms <= MAX_WINDOW_MS)) {
    throw SluiceError.invalidArgument(`${field} must be between 1 and ${MAX_WINDOW_MS} ms for a time window (got ${JSON.stringify(value)})`, { field });
  }
  return ms;
}
