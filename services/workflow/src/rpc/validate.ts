import { SluiceError } from '@sluice/errors';

export const NAME = /^[a-z][a-z0-9_-]{0,62}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function requireField(field: string, value: string): string {
  if (value === '') throw SluiceError.invalidArgument(`${field} is required`, { field });
  return value;
}

/** Workflow types and stage names become NATS subject tokens, so they are kept to [a-z0-9_-]. */
export function requireName(field: string, value: string): string {
  if (!NAME.test(value)) {
    throw SluiceError.invalidArgument(`${field} ${JSON.stringify(value)} must be lower-case letters, digits, _ or -, starting with a letter`, { field });
  }
  return value;
}

const STAGE_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,62}$/;

export function requireStageName(field: string, value: string): string {
  if (!STAGE_NAME.test(value)) throw SluiceError.invalidArgument(`${field} ${JSON.stringify(value)} must be letters, digits, _ or -, starting with a letter`, { field });
  return value;
}

export function requireUuid(field: string, value: string): string {
  if (!UUID.test(value)) throw SluiceError.invalidArgument(`${field} ${JSON.stringify(value)} is not a UUID`, { field });
  return value.toLowerCase();
}

/** Most attempts one ClaimStages or CompleteStages call handles. */
export const MAX_BATCH = 256;

const FENCE = /^\d{1,19}$/;

export function requireFence(value: string): string {
  if (!FENCE.test(value)) throw SluiceError.invalidArgument(`fence ${JSON.stringify(value)} is not a fencing token`, { field: 'fence' });
  return value;
}
