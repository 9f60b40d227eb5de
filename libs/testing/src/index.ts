/**
 * Test helpers: a fresh database and NATS prefix per run (see test/support/global-setup.ts).
 *
 * ```ts
 * const env = await createTestEnvironment();   // sluice_test_<id>, prefix t_<id>
 * try { ... } finally { await env.dispose(); }  // drops the database and the streams
 * ```
 */
export { createTestEnvironment, deleteStreams, randomId, DEFAULT_DATABASE_URL, DEFAULT_NATS_URL } from './test-env.ts';
export { suiteEnv } from './suite-env.ts';
export { checkHealth, reflect } from './grpc-probes.ts';
export { opsGet, portClosed } from './ops-probes.ts';
export { rejection } from './rejection.ts';
export type { TestEnvironment } from './test-env.ts';
export type { SuiteEnv } from './suite-env.ts';
