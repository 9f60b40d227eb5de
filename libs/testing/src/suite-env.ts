import { randomId } from './test-env.ts';

export interface SuiteEnv {
  /** The run's fresh database (set by the global setup). */
  readonly databaseUrl: string;
  readonly natsUrl: string;
  /** A prefix unique to this call, under the run's prefix: one per test file or test. */
  readonly prefix: string;
}

/**
 * What a test file needs to reach the run's database and NATS, with a prefix of its own so
 * that tests in one run do not see each other's subjects and streams.
 */
export function suiteEnv(): SuiteEnv {
  const databaseUrl = process.env.SLUICE_TEST_DATABASE_URL;
  const natsUrl = process.env.SLUICE_TEST_NATS_URL;
  const runPrefix = process.env.SLUICE_TEST_PREFIX;
  if (databaseUrl === undefined || natsUrl === undefined || runPrefix === undefined) {
    throw new Error('the test environment is not set up: run the suite with `npm test` (mocha loads test/support/global-setup.ts)');
  }
  return { databaseUrl, natsUrl, prefix: `${runPrefix}_${randomId(3)}` };
}
