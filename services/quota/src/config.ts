import { z, fields, loadConfig, type Env } from '@sluice/config';
import { baseConfigSchema } from '@sluice/service-kit';

const schema = baseConfigSchema.extend({
  SLUICE_GRPC_PORT: fields.port(50052),
  SLUICE_OPS_PORT: fields.port(8082),
  /** How often the outbox relay looks for quota events another replica wrote without nudging this one. */
  SLUICE_QUOTA_OUTBOX_POLL: fields.durationMs('1s'),
  /** How long a grant may stay unsettled when the caller gives no ttl_ms; then it expires and counts as used. */
  SLUICE_QUOTA_GRANT_TTL: fields.durationMs('10m'),
  /** quota.warning once a counter passes this share of its limit, in percent. */
  SLUICE_QUOTA_WARN_PERCENT: fields.positiveInt(80).refine((n) => n <= 100, { message: 'must be from 1 to 100' }),
  /** How often expired grants are settled and ended windows announced (quota.reset). */
  SLUICE_QUOTA_SWEEP_INTERVAL: fields.durationMs('1s'),
  /** Most requests decided in one transaction. */
  SLUICE_QUOTA_BATCH_MAX: fields.positiveInt(256),
  /** Decision transactions one replica runs at once. */
  SLUICE_QUOTA_TICKS_IN_FLIGHT: fields.positiveInt(2),
});

export type Config = z.output<typeof schema>;

export function readConfig(env: Env): Readonly<Config> {
  return loadConfig(schema, env);
}
