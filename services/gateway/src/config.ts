import { z, fields, loadConfig, type Env } from '@sluice/config';
import { baseConfigSchema } from '@sluice/service-kit';

const schema = baseConfigSchema.extend({
  SLUICE_HTTP_PORT: fields.port(8080),
  /** grpc.health.v1 and reflection only: the gateway's API is REST. */
  SLUICE_GRPC_PORT: fields.port(50050),
  SLUICE_WORKFLOW_ADDR: fields.hostPort('127.0.0.1:50051'),
  SLUICE_QUOTA_ADDR: fields.hostPort('127.0.0.1:50052'),
  SLUICE_STORAGE_ADDR: fields.hostPort('127.0.0.1:50053'),
  SLUICE_MONITORING_ADDR: fields.hostPort('127.0.0.1:50054'),
  /** Used as the first API key when set (at least 16 characters); stored hashed. */
  SLUICE_BOOTSTRAP_API_KEY: z.string().min(16, { message: 'must be at least 16 characters' }).optional(),
  /** Where a generated first key is kept (mode 0600) so that it can be shown again. */
  SLUICE_API_KEY_FILE: z.string().min(1).default('.sluice/api-key'),
  SLUICE_BODY_LIMIT: fields.positiveInt(1_048_576),
  SLUICE_RPC_DEADLINE: fields.durationMs('10s'),
});

export type Config = z.output<typeof schema>;

export function readConfig(env: Env): Readonly<Config> {
  return loadConfig(schema, env);
}
