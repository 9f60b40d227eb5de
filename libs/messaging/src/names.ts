import { SluiceError } from '@sluice/errors';

/** The subject root when none is configured; tests pass a unique one. */
export const DEFAULT_PREFIX = 'sluice';

/** Which service's entities an event is about (the third subject token). */
export const EventDomain = {
  WORKFLOW: 'workflow',
  QUOTA: 'quota',
  STORAGE: 'storage',
} as const;
export type EventDomain = (typeof EventDomain)[keyof typeof EventDomain];

// One NATS subject token: no separators, wildcards or whitespace. Also legal in stream names
// once upper-cased, which is how the prefix becomes a stream name.
const TOKEN = /^[A-Za-z0-9_-]+$/;

/** Thrown when a value would not be one subject token (it would split or wildcard the subject). */
export function assertToken(kind: string, value: string): string {
  if (!TOKEN.test(value)) {
    throw SluiceError.invalidArgument(`${kind} "${value}" must be one NATS subject token (letters, digits, _ and -)`, { [kind]: value });
  }
  return value;
}

/** `<prefix>.events.<domain>.<tenant>.<entityId>` */
export function eventSubject(prefix: string, domain: EventDomain, tenant: string, entityId: string): string {
  return `${assertToken('prefix', prefix)}.events.${assertToken('domain', domain)}.${assertToken('tenant', tenant)}.${assertToken('entityId', entityId)}`;
}

/** `<prefix>.tasks.<workflowType>.<stage>` */
export function taskSubject(prefix: string, workflowType: string, stage: string): string {
  return `${assertToken('prefix', prefix)}.tasks.${assertToken('workflowType', workflowType)}.${assertToken('stage', stage)}`;
}

/** Every event subject, or those of one domain and optionally one tenant: for consumer filters. */
export function eventFilter(prefix: string, domain?: EventDomain, tenant?: string): string {
  const head = `${assertToken('prefix', prefix)}.events`;
  if (domain === undefined) return `${head}.>`;
  if (tenant === undefined) return `${head}.${assertToken('domain', domain)}.>`;
  return `${head}.${assertToken('domain', domain)}.${assertToken('tenant', tenant)}.>`;
}

/** Every task subject, or those of one workflow type (and stage). */
export function taskFilter(prefix: string, workflowType?: string, stage?: string): string {
  const head = `${assertToken('prefix', prefix)}.tasks`;
  if (workflowType === undefined) return `${head}.>`;
  if (stage === undefined) return `${head}.${assertToken('workflowType', workflowType)}.>`;
  return `${head}.${assertToken('workflowType', workflowType)}.${assertToken('stage', stage)}`;
}

/** `<PREFIX>_EVENTS`: limits retention, every event for every consumer. */
export function eventsStreamName(prefix: string): string {
  return `${assertToken('prefix', prefix).toUpperCase()}_EVENTS`;
}

/** `<PREFIX>_TASKS`: work-queue retention, each task to one worker. */
export function tasksStreamName(prefix: string): string {
  return `${assertToken('prefix', prefix).toUpperCase()}_TASKS`;
}
