import { z, fields, loadConfig, type Env } from '@sluice/config';
import { baseConfigSchema } from '@sluice/service-kit';
import type { EngineDefaults } from './domain/definition.ts';

const schema = baseConfigSchema.extend({
  SLUICE_GRPC_PORT: fields.port(50051),
  SLUICE_OPS_PORT: fields.port(8081),
  /** The lease a claim gets when the worker asks for none (quota-and-leases.md §4: 30 s). */
  SLUICE_WORKFLOW_LEASE_TTL: fields.durationMs('30s'),
  SLUICE_WORKFLOW_OUTBOX_POLL: fields.durationMs('1s'),
  // Retry defaults for stages that set none (the seed systems' WORKFLOW_MAX_RETRIES=3,
  // WORKFLOW_RETRY_BACKOFF=60, WORKFLOW_PROCESSING_TIMEOUT=300; bare numbers are seconds).
  SLUICE_WORKFLOW_MAX_RETRIES: z.coerce.number({ message: 'must be a whole number, 0 or more' }).int({ message: 'must be a whole number, 0 or more' }).min(0, { message: 'must be a whole number, 0 or more' }).default(3),
  SLUICE_WORKFLOW_RETRY_BACKOFF: fields.durationMs('60s'),
  SLUICE_WORKFLOW_RETRY_MULTIPLIER: z.coerce.number({ message: 'must be a number of at least 1' }).min(1, { message: 'must be a number of at least 1' }).default(2),
  SLUICE_WORKFLOW_RETRY_MAX_DELAY: fields.durationMs('1h'),
  SLUICE_WORKFLOW_RETRY_JITTER: z.coerce.number({ message: 'must be between 0 and 1' }).min(0, { message: 'must be between 0 and 1' }).max(1, { message: 'must be between 0 and 1' }).default(0.5),
  SLUICE_WORKFLOW_PROCESSING_TIMEOUT: fields.durationMs('300s'),
  /** Waiting workflows (QUEUED, RETRYING, QUOTA_EXCEEDED) of one type one tenant may have; more is HTTP 429. */
  SLUICE_WORKFLOW_MAX_QUEUED_PER_TENANT: fields.positiveInt(10_000),
  /** How often expired leases are looked for (quota-and-leases.md §4: 1 s). */
  SLUICE_WORKFLOW_REAPER_INTERVAL: fields.durationMs('1s'),
  /** How often parked workflows (RETRYING, QUOTA_EXCEEDED, WAITING) are checked for their time. */
  SLUICE_WORKFLOW_SCHEDULER_INTERVAL: fields.durationMs('250ms'),
});

export type Config = z.output<typeof schema>;

export function readConfig(env: Env): Readonly<Config> {
  return loadConfig(schema, env);
}

/** The engine defaults the configuration sets (for stages whose definition leaves them unset). */
export function engineDefaults(config: Readonly<Config>): EngineDefaults {
  return {
    retry: {
      maxAttempts: config.SLUICE_WORKFLOW_MAX_RETRIES + 1,
      initialDelayMs: config.SLUICE_WORKFLOW_RETRY_BACKOFF,
      multiplier: config.SLUICE_WORKFLOW_RETRY_MULTIPLIER,
      maxDelayMs: Math.max(config.SLUICE_WORKFLOW_RETRY_MAX_DELAY, config.SLUICE_WORKFLOW_RETRY_BACKOFF),
      jitter: config.SLUICE_WORKFLOW_RETRY_JITTER,
    },
    stageTimeoutMs: config.SLUICE_WORKFLOW_PROCESSING_TIMEOUT,
    leaseTtlMs: config.SLUICE_WORKFLOW_LEASE_TTL,
    maxQueuedPerTenant: config.SLUICE_WORKFLOW_MAX_QUEUED_PER_TENANT,
  };
}
