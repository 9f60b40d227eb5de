import { z, fields, loadConfig, type Env } from '@sluice/config';
import { baseConfigSchema } from '@sluice/service-kit';

const schema = baseConfigSchema.extend({
  SLUICE_GRPC_PORT: fields.port(50052),
  SLUICE_OPS_PORT: fields.port(8082),
  /** How often the outbox relay looks for usage events another replica wrote without nudging this one. */
  SLUICE_QUOTA_OUTBOX_POLL: fields.durationMs('1s'),
});

export type Config = z.output<typeof schema>;

export function readConfig(env: Env): Readonly<Config> {
  return loadConfig(schema, env);
}
