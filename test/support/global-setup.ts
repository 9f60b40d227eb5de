// Mocha global fixtures: one fresh database and NATS prefix for the whole run, removed after.
import { createTestEnvironment, type TestEnvironment } from '@sluice/testing';

let environment: TestEnvironment | undefined;

export async function mochaGlobalSetup(): Promise<void> {
  environment = await createTestEnvironment();
  process.env.SLUICE_TEST_DATABASE_URL = environment.databaseUrl;
  process.env.SLUICE_TEST_NATS_URL = environment.natsUrl;
  process.env.SLUICE_TEST_PREFIX = environment.prefix;
}

export async function mochaGlobalTeardown(): Promise<void> {
  await environment?.dispose();
}
