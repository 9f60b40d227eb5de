import type { SuiteEnv } from '@sluice/testing';

/** A service's environment on this suite's database and subjects: free ports (0), loopback, silent; `overrides` on top. */
export function serviceEnv(env: SuiteEnv, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    DATABASE_URL: env.databaseUrl,
    NATS_URL: env.natsUrl,
    SLUICE_SUBJECT_PREFIX: env.prefix,
    SLUICE_GRPC_PORT: '0',
    SLUICE_OPS_PORT: '0',
    SLUICE_HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    ...overrides,
  };
}
