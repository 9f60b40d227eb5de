import { SluiceError } from '@sluice/errors';

// Tenant ids become NATS subject tokens (<prefix>.events.quota.<tenant>.<resource>).
const TENANT = /^[A-Za-z0-9_-]{1,128}$/;
// "openai/acme/gpt-4o-mini", "maps.geocode": what upstream capacity pools are called. Event
// subjects replace the characters other than [A-Za-z0-9_-] with "_" (events.proto).
export const RESOURCE = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$/;
const KEY_MAX = 256;

/** A tenant id, or "" when the field may be empty; INVALID_ARGUMENT naming the field otherwise. */
export function optionalTenant(field: string, value: string): string {
  if (value !== '' && !TENANT.test(value)) {
    throw SluiceError.invalidArgument(`${field} ${JSON.stringify(value)} must be 1-128 letters, digits, _ or -`, { field });
  }
  return value;
}

export function requiredTenant(field: string, value: string): string {
  if (value === '') throw SluiceError.invalidArgument(`${field} is required`, { field });
  return optionalTenant(field, value);
}

/** A free-form key (API key id, workflow type, idempotency key): at most 256 characters, no control characters. */
export function optionalKey(field: string, value: string): string {
  // eslint-disable-next-line no-control-regex
  if (value.length > KEY_MAX || /[\u0000-\u001f\u007f]/.test(value)) {
    throw SluiceError.invalidArgument(`${field} must be at most ${KEY_MAX} characters without control characters`, { field });
  }
  return value;
}

/**
 * An int64 from the wire as a JavaScript number: a whole number from `min` to 2^53 - 1 (a
 * token count or micro-dollar amount past 9 quadrillion is not a real request).
 */
export function safeCount(field: string, value: string | number, min: number): number {
  const text = String(value);
  const n = /^-?\d{1,19}$/.test(text) ? Number(text) : Number.NaN;
  if (!(Number.isSafeInteger(n) && n >= min)) {
    throw SluiceError.invalidArgument(`${field} must be a whole number from ${min} to ${Number.MAX_SAFE_INTEGER} (got ${JSON.stringify(value)})`, { field });
  }
  return n;
}

/** A uuid (grant ids), or INVALID_ARGUMENT naming the field. */
export function uuid(field: string, value: string): string {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) {
    throw SluiceError.invalidArgument(`${field} ${JSON.stringify(value)} is not an id (a UUID)`, { field });
  }
  return value.toLowerCase();
}
