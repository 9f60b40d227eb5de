import { z, fields } from '@sluice/config';

/** Variables every Sluice service reads; each service extends this with its own. */
export const baseConfigSchema = z.object({
  DATABASE_URL: fields.url(['postgres:', 'postgresql:']),
  NATS_URL: z
    .string()
    .default('nats://127.0.0.1:4222')
    .refine((v) => v.split(',').every((s) => /^(nats|tls|ws|wss):\/\/[^/\s]+$|^[\w.-]+:\d+$/.test(s.trim())), {
      message: 'must be a comma-separated list of nats://host:port URLs',
    }),
  LOG_LEVEL: fields.logLevel(),
  SLUICE_SUBJECT_PREFIX: fields.identifier('sluice'),
  SLUICE_HOST: z.string().min(1).default('0.0.0.0'),
  SLUICE_SHUTDOWN_GRACE: fields.durationMs('10s'),
  SLUICE_DB_POOL_MAX: fields.positiveInt(10),
});
export type BaseConfig = z.output<typeof baseConfigSchema>;
