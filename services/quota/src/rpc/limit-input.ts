import type { Limit__Output, Resource__Output } from '@sluice/contracts';
import { SluiceError } from '@sluice/errors';
import type { Price } from '../domain/amounts.ts';
import { CalendarUnit, LimitScope, LimitUnit, LimitWindow, MAX_WINDOW_MS, RequestUnit, type LimitSpec } from '../domain/limit.ts';
import { fromProtoEnum } from './proto-names.ts';
import { optionalTenant, RESOURCE, safeCount } from './validate.ts';

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;
const SUBJECT_MAX = 256;

/** A PutResource request's resource, checked field by field. */
export function resourceSpec(resource: Resource__Output | null): { name: string; description: string; prices: Price[] } {
  if (resource === null) throw SluiceError.invalidArgument('resource is required', { field: 'resource' });
  const name = resourceName('resource.name', resource.name);
  if (resource.description.length > 1000) throw SluiceError.invalidArgument('resource.description must be at most 1000 characters', { field: 'resource.description' });
  const seen = new Set<string>();
  const prices = resource.prices.map((p, i) => {
    const field = `resource.prices[${i}]`;
    const unit = fromProtoEnum(`${field}.unit`, 'QUOTA_UNIT_', RequestUnit, p.unit);
    if (seen.has(unit)) throw SluiceError.invalidArgument(`${field}.unit ${p.unit} has a price already`, { field: `${field}.unit` });
    seen.add(unit);
    return { unit, micros: safeCount(`${field}.micros`, p.micros, 0), per: safeCount(`${field}.per`, p.per, 1) };
  });
  return { name, description: resource.description, prices };
}

export function resourceName(field: string, value: string): string {
  if (!RESOURCE.test(value)) {
    throw SluiceError.invalidArgument(`${field} ${JSON.stringify(value)} must be 1-128 letters, digits or . _ : / -, starting with a letter or digit`, { field });
  }
  return value;
}

/** A DefineLimit request's limit, checked field by field; INVALID_ARGUMENT names the first bad one. */
export function limitSpec(limit: Limit__Output | null): LimitSpec {
  if (limit === null) throw SluiceError.invalidArgument('limit is required', { field: 'limit' });
  const resource = resourceName('limit.resource', limit.resource);
  if (!NAME.test(limit.name)) {
    throw SluiceError.invalidArgument(`limit.name ${JSON.stringify(limit.name)} must be 1-63 letters, digits or . _ -, starting with a letter or digit`, { field: 'limit.name' });
  }
  const unit = fromProtoEnum('limit.unit', 'QUOTA_UNIT_', LimitUnit, limit.unit);
  const scope = fromProtoEnum('limit.scope', 'QUOTA_SCOPE_', LimitScope, limit.scope);
  const tenantId = optionalTenant('limit.tenant_id', limit.tenant_id);
  if (tenantId !== '' && scope === LimitScope.GLOBAL) {
    throw SluiceError.invalidArgument('limit.tenant_id must be empty for a QUOTA_SCOPE_GLOBAL limit', { field: 'limit.tenant_id' });
  }
  const subject = limit.subject;
  if (subject !== '' && scope !== LimitScope.API_KEY && scope !== LimitScope.WORKFLOW_TYPE) {
    throw SluiceError.invalidArgument('limit.subject must be empty unless the scope is QUOTA_SCOPE_API_KEY or QUOTA_SCOPE_WORKFLOW_TYPE', { field: 'limit.subject' });
  }
  if (subject.length > SUBJECT_MAX) throw SluiceError.invalidArgument(`limit.subject must be at most ${SUBJECT_MAX} characters`, { field: 'limit.subject' });
  const amount = safeCount('limit.amount', limit.amount, 1);
  const window = fromProtoEnum('limit.window', 'QUOTA_WINDOW_', LimitWindow, limit.window);
  const windowMs = windowLength(window, limit.window_ms);
  let calendarUnit: CalendarUnit | null = null;
  let timeZone = 'UTC';
  if (window === LimitWindow.CALENDAR) {
    calendarUnit = fromProtoEnum('limit.calendar_unit', 'CALENDAR_UNIT_', CalendarUnit, limit.calendar_unit);
    timeZone = limit.time_zone === '' ? 'UTC' : limit.time_zone;
    if (!validZone(timeZone)) throw SluiceError.invalidArgument(`limit.time_zone ${JSON.stringify(limit.time_zone)} is not an IANA time zone`, { field: 'limit.time_zone' });
  } else {
    if (limit.calendar_unit !== 'CALENDAR_UNIT_UNSPECIFIED') throw SluiceError.invalidArgument('limit.calendar_unit is only for QUOTA_WINDOW_CALENDAR', { field: 'limit.calendar_unit' });
    if (limit.time_zone !== '') throw SluiceError.invalidArgument('limit.time_zone is only for QUOTA_WINDOW_CALENDAR', { field: 'limit.time_zone' });
  }
  const burstIn = safeCount('limit.burst', limit.burst, 0);
  if (burstIn > 0 && window !== LimitWindow.ROLLING) throw SluiceError.invalidArgument('limit.burst is only for QUOTA_WINDOW_ROLLING', { field: 'limit.burst' });
  if (limit.description.length > 1000) throw SluiceError.invalidArgument('limit.description must be at most 1000 characters', { field: 'limit.description' });
  return { resource, name: limit.name, unit, scope, tenantId, subject, amount, window, windowMs, calendarUnit, timeZone, burst: burstIn, description: limit.description };
}

function windowLength(window: LimitWindow, value: string): number {
  const field = 'limit.window_ms';
  const ms = /^\d{1,19}$/.test(value) ? Number(value) : Number.NaN;
  if (window === LimitWindow.CONCURRENT || window === LimitWindow.CALENDAR) {
    if (ms !== 0) throw SluiceError.invalidArgument(`${field} must be 0 for QUOTA_WINDOW_${window} (got ${JSON.stringify(value)})`, { field });
    return 0;
  }
  if (!(ms > 0 && ms <= MAX_WINDOW_MS)) {
    throw SluiceError.invalidArgument(`${field} must be between 1 and ${MAX_WINDOW_MS} ms for QUOTA_WINDOW_${window} (got ${JSON.stringify(value)})`, { field });
  }
  return ms;
}

function validZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
