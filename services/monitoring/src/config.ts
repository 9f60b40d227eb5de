import { z, fields, loadConfig, type Env } from '@sluice/config';
import { baseConfigSchema } from '@sluice/service-kit';

const schema = baseConfigSchema.extend({
  SLUICE_GRPC_PORT: fields.port(50054),
  SLUICE_OPS_PORT: fields.port(8084),
  /** Events handled at once by this replica (each is one short transaction). */
  SLUICE_MONITORING_CONCURRENCY: fields.positiveInt(4),
  /**
   * How long an event id is remembered (so that a redelivery is not counted twice) and how
   * far back the per-minute counts behind the summary's rates go. JetStream redelivers within
   * minutes, so a day is ample.
   */
  SLUICE_MONITORING_EVENT_RETENTION: fields.durationMs('24h').refine((ms) => ms >= 3_600_000, { message: 'must be at least 1h (redeliveries come within minutes)' }),
  SLUICE_MONITORING_PRUNE_INTERVAL: fields.durationMs('10m').refine((ms) => ms >= 1_000, { message: 'must be at least 1s' }),
});

export type Config = z.output<typeof schema>;

export function readConfig(env: Env): Readonly<Config> {
  return loadConfig(schema, env);
}
