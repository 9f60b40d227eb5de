import { SluiceError } from '@sluice/errors';

const TENANT = /^[A-Za-z0-9_-]{1,128}$/;

/** A tenant id, or "" when the field may be empty; INVALID_ARGUMENT naming the field otherwise. */
export function optionalTenant(field: string, value: string): string {
  if (value !== '' && !TENANT.test(value)) {
    throw SluiceError.invalidArgument(`${field} ${JSON.stringify(value)} must be 1-128 letters, digits, _ or -`, { field });
  }
  return value;
}
