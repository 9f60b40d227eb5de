import { SluiceError } from '@sluice/errors';

// Tenant ids become NATS subject tokens (<prefix>.events.storage.<tenant>.<artifactId>).
const TENANT = /^[A-Za-z0-9_-]{1,128}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function requireTenant(field: string, value: string): string {
  if (value === '') throw SluiceError.invalidArgument(`${field} is required`, { field });
  if (!TENANT.test(value)) throw SluiceError.invalidArgument(`${field} ${JSON.stringify(value)} must be 1-128 letters, digits, _ or -`, { field });
  return value;
}

export function requireUuid(field: string, value: string): string {
  if (!UUID.test(value)) throw SluiceError.invalidArgument(`${field} ${JSON.stringify(value)} is not a UUID`, { field });
  return value.toLowerCase();
}
