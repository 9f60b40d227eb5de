import { expect } from 'chai';
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadContracts, SERVICE_NAMES, type StorageServiceClient } from '@sluice/contracts';
import { createClient, type GrpcClient } from '@sluice/grpc';
import { checkHealth, randomId, suiteEnv, rejection, opsGet, portClosed } from '@sluice/testing';
import { readConfig } from '../src/config.ts';
import { startStorageService, type StorageService } from '../src/start.ts';

interface Seed {
  readonly tenant: string;
  readonly key: string;
  readonly createdAt?: string;
  readonly expiresAt?: string;
  readonly workflowId?: string;
}

describe('the storage service', function () {
  this.timeout(30_000);
  let service: StorageService;
  let client: GrpcClient<StorageServiceClient>;
  let db: pg.Client;
  let scratch: string;
  let address: string;

  /** Writes a metadata row the way UploadArtifact will (it is not built yet). */
  async function seed(s: Seed): Promise<string> {
    const id = randomUUID();
    await db.query(
      `insert into storage.artifacts (id, tenant_id, key, content_type, size_bytes, sha256, workflow_id, stage, metadata, storage_key, created_at, expires_at)
       values ($1, $2, $3, 'application/pdf', 1234, $4, $5, 'ocr', '{"source":"scanner"}', $6, coalesce($7::timestamptz, now()), $8)`,
      [id, s.tenant, s.key, 'ab'.repeat(32), s.workflowId ?? null, `${s.tenant}/${id}`, s.createdAt ?? null, s.expiresAt ?? null],
    );
    return id;
  }

  before(async () => {
    const env = suiteEnv();
    scratch = await mkdtemp(join(tmpdir(), 'sluice-storage-'));
    service = await startStorageService(
      readConfig({
        DATABASE_URL: env.databaseUrl,
        NATS_URL: env.natsUrl,
        SLUICE_SUBJECT_PREFIX: env.prefix,
        SLUICE_GRPC_PORT: '0',
        SLUICE_OPS_PORT: '0',
        LOG_LEVEL: 'silent',
        SLUICE_HOST: '127.0.0.1',
        SLUICE_STORAGE_DIR: join(scratch, 'nested', 'artifacts'),
      }),
    );
    address = `127.0.0.1:${service.grpcPort}`;
    client = createClient(loadContracts().services.storage, address);
    db = new pg.Client({ connectionString: env.databaseUrl });
    await db.connect();
  });

  after(async () => {
    client?.close();
    await db?.end();
    await service?.shutdown();
    await rm(scratch, { recursive: true, force: true });
  });

  it('answers grpc.health.v1 Check with SERVING for the server and for StorageService', async () => {
    expect(await checkHealth(address, '')).to.equal('SERVING');
    expect(await checkHealth(address, SERVICE_NAMES.storage)).to.equal('SERVING');
  });

  it('creates its storage directory and reports ready with PostgreSQL, NATS and the disk ok', async () => {
    expect(service.storageDir).to.equal(join(scratch, 'nested', 'artifacts'));
    expect((await stat(service.storageDir)).isDirectory()).to.equal(true);
    const ready = await opsGet(service.opsPort!, '/readyz');
    expect(ready.status).to.equal(200);
    expect(JSON.parse(ready.body)).to.deep.equal({ status: 'ready', checks: { postgres: 'ok', nats: 'ok', disk: 'ok' } });
  });

  it('serves Prometheus metrics', async () => {
    const metrics = await opsGet(service.opsPort!, '/metrics');
    expect(metrics.status).to.equal(200);
    expect(metrics.body).to.include('service="storage"');
  });

  it('answers NOT_FOUND for an unknown artifact id', async () => {
    const id = randomUUID();
    const err = await rejection(client.call('StatArtifact', { tenant_id: 'tenant-a', id }));
    expect(err.code).to.equal('NOT_FOUND');
    expect(err.message).to.equal(`artifact ${id} was not found`);
  });

  it("returns an artifact's metadata to its tenant and NOT_FOUND to another tenant", async () => {
    const tenant = `t-${randomId()}`;
    const id = await seed({ tenant, key: 'invoices/2025/01/a.pdf', workflowId: randomUUID() });
    const artifact = await client.call('StatArtifact', { tenant_id: tenant, id });
    expect(artifact).to.include({ id, tenant_id: tenant, key: 'invoices/2025/01/a.pdf', content_type: 'application/pdf', size_bytes: '1234' });
    expect(artifact).to.include({ state: 'ARTIFACT_STATE_AVAILABLE', stage: 'ocr', expires_at: '' });
    expect(artifact.metadata).to.deep.equal({ source: 'scanner' });
    const err = await rejection(client.call('StatArtifact', { tenant_id: 'someone-else', id }));
    expect(err.code).to.equal('NOT_FOUND');
  });

  it('refuses a malformed id or a missing tenant with INVALID_ARGUMENT naming the field', async () => {
    const badId = await rejection(client.call('StatArtifact', { tenant_id: 'tenant-a', id: '../../etc/passwd' }));
    expect(badId.code).to.equal('INVALID_ARGUMENT');
    expect(badId.details).to.include({ field: 'id' });
    const noTenant = await rejection(client.call('StatArtifact', { tenant_id: '', id: randomUUID() }));
    expect(noTenant.details).to.include({ field: 'tenant_id' });
  });

  it("lists a tenant's artifacts newest first, page by page, without another tenant's or expired ones", async () => {
    const tenant = `t-${randomId()}`;
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(await seed({ tenant, key: `docs/${i}.pdf`, createdAt: `2025-01-0${i + 1}T00:00:00Z` }));
    await seed({ tenant: `t-${randomId()}`, key: 'docs/theirs.pdf' });
    const expired = await seed({ tenant, key: 'docs/old.pdf', createdAt: '2024-12-01T00:00:00Z', expiresAt: '2025-01-01T00:00:00Z' });

    const seen: string[] = [];
    let cursor = '';
    do {
      const page = await client.call('ListArtifacts', { tenant_id: tenant, page_size: 2, cursor });
      expect(page.artifacts.length).to.be.at.most(2);
      seen.push(...page.artifacts.map((a) => a.id));
      cursor = page.next_cursor;
    } while (cursor !== '');
    expect(seen).to.deep.equal([...ids].reverse());

    const all = await client.call('ListArtifacts', { tenant_id: tenant, include_expired: true });
    expect(all.artifacts.map((a) => a.id)).to.deep.equal([...[...ids].reverse(), expired]);
    expect(all.artifacts.at(-1)?.state).to.equal('ARTIFACT_STATE_EXPIRED');
  });

  it('pages through artifacts created within the same millisecond without repeating or skipping one', async () => {
    const tenant = `t-${randomId()}`;
    const ids: string[] = [];
    for (const us of ['000001', '000002', '000003']) ids.push(await seed({ tenant, key: `same-ms/${us}`, createdAt: `2025-02-01T00:00:00.${us}Z` }));
    const seen: string[] = [];
    let cursor = '';
    do {
      const page = await client.call('ListArtifacts', { tenant_id: tenant, page_size: 1, cursor });
      seen.push(...page.artifacts.map((a) => a.id));
      cursor = page.next_cursor;
    } while (cursor !== '');
    expect(seen).to.deep.equal([...ids].reverse());
  });

  it('filters by key prefix, taking % and _ literally', async () => {
    const tenant = `t-${randomId()}`;
    const wanted = await seed({ tenant, key: 'a_b/1.pdf' });
    await seed({ tenant, key: 'axb/2.pdf' });
    await seed({ tenant, key: 'a%b/3.pdf' });
    const { artifacts } = await client.call('ListArtifacts', { tenant_id: tenant, key_prefix: 'a_b/' });
    expect(artifacts.map((a) => a.id)).to.deep.equal([wanted]);
  });

  it('refuses a cursor it did not hand out with INVALID_ARGUMENT naming the field', async () => {
    const err = await rejection(client.call('ListArtifacts', { tenant_id: 'tenant-a', cursor: 'not-a-cursor' }));
    expect(err.code).to.equal('INVALID_ARGUMENT');
    expect(err.details).to.include({ field: 'cursor' });
  });

  it('reports not ready while the storage directory is gone, and ready again once it is back', async () => {
    await rm(service.storageDir, { recursive: true });
    const down = await opsGet(service.opsPort!, '/readyz');
    expect(down.status).to.equal(503);
    const checks = (JSON.parse(down.body) as { checks: Record<string, string> }).checks;
    expect(checks).to.include({ postgres: 'ok', nats: 'ok' });
    expect(checks.disk).to.include(`cannot write to ${service.storageDir}`);
    await mkdir(service.storageDir);
    expect((await opsGet(service.opsPort!, '/readyz')).status).to.equal(200);
  });

  it('shuts down cleanly: both ports close', async () => {
    const { grpcPort, opsPort } = service;
    await service.shutdown();
    expect(await portClosed(grpcPort)).to.equal(true);
    expect(await portClosed(opsPort!)).to.equal(true);
  });
});
