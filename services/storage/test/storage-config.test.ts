import { expect } from 'chai';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '@sluice/config';
import { suiteEnv } from '@sluice/testing';
import { readConfig } from '../src/config.ts';
import { startStorageService } from '../src/start.ts';

function refusal(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (err) {
    expect(err).to.be.instanceOf(ConfigError);
    return err as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('the storage configuration', () => {
  const base = { DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/postgres' };

  it('defaults to the local backend in .sluice/artifacts', () => {
    const config = readConfig(base);
    expect(config).to.include({ SLUICE_STORAGE_BACKEND: 'local', SLUICE_STORAGE_DIR: '.sluice/artifacts', SLUICE_GRPC_PORT: 50053, SLUICE_OPS_PORT: 8083 });
  });

  it('refuses an unknown backend, naming SLUICE_STORAGE_BACKEND', () => {
    const err = refusal(() => readConfig({ ...base, SLUICE_STORAGE_BACKEND: 'ftp' }));
    expect(err.variables).to.deep.equal(['SLUICE_STORAGE_BACKEND']);
    expect(err.message).to.equal('invalid configuration: SLUICE_STORAGE_BACKEND must be local or s3 (got "ftp")');
  });

  it('refuses the s3 backend as not available yet', () => {
    const err = refusal(() => readConfig({ ...base, SLUICE_STORAGE_BACKEND: 's3' }));
    expect(err.variables).to.deep.equal(['SLUICE_STORAGE_BACKEND']);
    expect(err.message).to.include('the s3 backend is not available yet');
  });

  it('refuses an empty SLUICE_STORAGE_DIR', () => {
    expect(refusal(() => readConfig({ ...base, SLUICE_STORAGE_DIR: ' ' })).variables).to.deep.equal(['SLUICE_STORAGE_DIR']);
  });

  it('refuses to start on a storage directory it cannot create, naming SLUICE_STORAGE_DIR', async () => {
    const env = suiteEnv();
    const scratch = await mkdtemp(join(tmpdir(), 'sluice-storage-'));
    try {
      // A directory cannot be made under a regular file (ENOTDIR), whoever runs the test.
      await writeFile(join(scratch, 'file'), '');
      const config = readConfig({ DATABASE_URL: env.databaseUrl, NATS_URL: env.natsUrl, SLUICE_SUBJECT_PREFIX: env.prefix, LOG_LEVEL: 'silent', SLUICE_STORAGE_DIR: join(scratch, 'file', 'artifacts') });
      const err = await startStorageService(config).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).to.be.instanceOf(ConfigError);
      expect((err as ConfigError).variables).to.deep.equal(['SLUICE_STORAGE_DIR']);
      expect((err as ConfigError).message).to.match(/^invalid configuration: SLUICE_STORAGE_DIR must be a writable directory \(.*ENOTDIR/);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  });
});
