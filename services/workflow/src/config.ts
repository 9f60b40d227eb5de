import { z, fields, loadConfig, type Env } from '@sluice/config';
import { baseConfigSchema } from '@sluice/service-kit';

const schema = baseConfigSchema.extend({
  SLUICE_GRPC_PORT: fields.port(50051),
  SLUICE_OPS_PORT: fields.port(8081),
  /** The lease a claim gets when the worker asks for none (quota-and-leases.md §4: 30 s). */
  SLUICE_WORKFLOW_LEASE_TTL: fields.durationMs('30s'),
  SLUICE_WORKFLOW_OUTBOX_POLL: fields.durationMs('1s'),
});

export type Config = z.output<typeof schema>;

export function readConfig(env: Env): Readonly<Config> {
  return loadConfig(schema, env);
}
