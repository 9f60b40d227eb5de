import { z, fields, loadConfig, type Env } from '@sluice/config';
import { baseConfigSchema } from '@sluice/service-kit';

const schema = baseConfigSchema.extend({
  SLUICE_GRPC_PORT: fields.port(50053),
  SLUICE_OPS_PORT: fields.port(8083),
  /**
   * Where the local backend keeps artifact content; relative paths resolve against the working
   * directory. The Helm chart mounts a volume at /data and sets /data/artifacts.
   */
  SLUICE_STORAGE_DIR: z.string().trim().min(1, { message: 'must be a directory path' }).default('.sluice/artifacts'),
  // s3 is part of the design (ARCHITECTURE.md) but not built yet: refusing it here, with the
  // other configuration errors, beats starting a service that cannot store anything.
  SLUICE_STORAGE_BACKEND: z
    .enum(['local', 's3'], { message: 'must be local or s3' })
    .default('local')
    .refine((backend) => backend === 'local', { message: 'must be local: the s3 backend is not available yet' }),
});

export type Config = z.output<typeof schema>;

export function readConfig(env: Env): Readonly<Config> {
  return loadConfig(schema, env);
}
