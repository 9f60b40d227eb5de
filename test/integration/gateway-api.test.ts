import { expect } from 'chai';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadContracts } from '@sluice/contracts';
import { createClient } from '@sluice/grpc';
import { suiteEnv } from '@sluice/testing';
import { startWorkflowService, type WorkflowService } from '@sluice/workflow/start';
import { readConfig as workflowConfig } from '@sluice/workflow/config';
import { startGateway, type GatewayService } from '@sluice/gateway/start';
import { readConfig } from '@sluice/gateway/config';
import { createTenant } from '@sluice/gateway/store';

interface ErrorBody {
  error: { code: string; message: string; details: Record<string, unknown> };
  status_code: number;
  path: string;
  trace_id: string | null;
}

describe('the gateway REST API', function () {
  this.timeout(60_000);
  let workflow: WorkflowService;
  let gateway: GatewayService;
  let base: string;
  let auth: Record<string, string>;
  let db: pg.Client;
  let keyDir: string;
  const apiKey = `sk_gateway_test_${Date.now()}`;

  const workflowCount = async () => Number((await db.query('select count(*) from workflow.workflows')).rows[0].count);
  const post = (path: string, body: string, headers: Record<string, string> = auth) => fetch(`${base}${path}`, { method: 'POST', headers, body });

  before(async () => {
    const env = suiteEnv();
    const common = { DATABASE_URL: env.databaseUrl, NATS_URL: env.natsUrl, SLUICE_SUBJECT_PREFIX: env.prefix, LOG_LEVEL: 'silent', SLUICE_HOST: '127.0.0.1' };
    workflow = await startWorkflowService(workflowConfig({ ...common, SLUICE_GRPC_PORT: '0', SLUICE_OPS_PORT: '0' }));
    const client = createClient(loadContracts().services.workflow, `127.0.0.1:${workflow.grpcPort}`);
    await client.call('RegisterDefinition', { type: 'demo', stages: [{ name: 'greet' }] });
    client.close();
    keyDir = await mkdtemp(join(tmpdir(), 'sluice-gw-'));
    gateway = await startGateway(
      readConfig({
        ...common,
        SLUICE_HTTP_PORT: '0',
        SLUICE_GRPC_PORT: '0',
        SLUICE_WORKFLOW_ADDR: `127.0.0.1:${workflow.grpcPort}`,
        SLUICE_BOOTSTRAP_API_KEY: apiKey,
        SLUICE_API_KEY_FILE: join(keyDir, 'api-key'),
        SLUICE_BODY_LIMIT: '2048',
      }),
    );
    base = `http://127.0.0.1:${gateway.httpPort}`;
    auth = { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' };
    db = new pg.Client({ connectionString: env.databaseUrl });
    await db.connect();
  });

  after(async () => {
    await db?.end();
    await gateway?.shutdown();
    await workflow?.shutdown();
    await rm(keyDir, { recursive: true, force: true });
  });

  it('creates a workflow and reads it back with a Location header', async () => {
    const res = await post('/api/v1/workflows', JSON.stringify({ type: 'demo', input: { name: 'Ada' }, priority: 5 }));
    expect(res.status).to.equal(201);
    const body = (await res.json()) as { id: string; state: string; input: unknown; priority: number };
    expect(body).to.include({ state: 'QUEUED', priority: 5 });
    expect(body.input).to.deep.equal({ name: 'Ada' });
    expect(res.headers.get('location')).to.equal(`/api/v1/workflows/${body.id}`);
    const read = await fetch(`${base}/api/v1/workflows/${body.id}`, { headers: auth });
    expect(read.status).to.equal(200);
    expect(((await read.json()) as { id: string }).id).to.equal(body.id);
    // Without a priority of its own, the workflow says null: its stages run at their defaults.
    const plain = await post('/api/v1/workflows', JSON.stringify({ type: 'demo', input: { name: 'Bo' } }));
    expect(((await plain.json()) as { priority: unknown }).priority).to.equal(null);
  });

  describe('bad input gets a 4xx in the error shape and stores nothing', () => {
    const cases: Array<{ name: string; send: () => Promise<Response>; status: number; code: string; message?: RegExp }> = [
      { name: 'malformed JSON', send: () => post('/api/v1/workflows', '{"type": "demo",'), status: 400, code: 'INVALID_ARGUMENT', message: /not valid JSON/ },
      { name: 'a body over the limit', send: () => post('/api/v1/workflows', JSON.stringify({ type: 'demo', input: { blob: 'x'.repeat(4096) } })), status: 413, code: 'PAYLOAD_TOO_LARGE' },
      { name: 'a body that is not JSON', send: () => post('/api/v1/workflows', 'type=demo', { ...auth, 'content-type': 'application/x-www-form-urlencoded' }), status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
      { name: 'an invalid workflow type', send: () => post('/api/v1/workflows', JSON.stringify({ type: 'Not A Type' })), status: 400, code: 'INVALID_ARGUMENT', message: /body\.type/ },
      { name: 'an unknown field', send: () => post('/api/v1/workflows', JSON.stringify({ type: 'demo', colour: 'red' })), status: 400, code: 'INVALID_ARGUMENT' },
      { name: 'a priority over 100', send: () => post('/api/v1/workflows', JSON.stringify({ type: 'demo', priority: 101 })), status: 400, code: 'INVALID_ARGUMENT', message: /body\.priority/ },
      { name: 'an input that is not an object', send: () => post('/api/v1/workflows', JSON.stringify({ type: 'demo', input: [1, 2] })), status: 400, code: 'INVALID_ARGUMENT', message: /body\.input/ },
      { name: 'a type nobody registered', send: () => post('/api/v1/workflows', JSON.stringify({ type: 'nobody-runs-this' })), status: 400, code: 'INVALID_ARGUMENT', message: /nobody-runs-this is not registered/ },
      { name: 'an unknown route', send: () => fetch(`${base}/api/v1/nothing-here`, { headers: auth }), status: 404, code: 'NOT_FOUND' },
      { name: 'a wrong method', send: () => fetch(`${base}/api/v1/workflows`, { method: 'DELETE', headers: auth }), status: 405, code: 'METHOD_NOT_ALLOWED' },
      { name: 'a workflow id that is not a UUID', send: () => fetch(`${base}/api/v1/workflows/wf-1`, { headers: auth }), status: 400, code: 'INVALID_ARGUMENT', message: /path\.id/ },
      { name: 'no API key', send: () => post('/api/v1/workflows', JSON.stringify({ type: 'demo' }), { 'content-type': 'application/json' }), status: 401, code: 'UNAUTHENTICATED' },
      { name: 'a wrong API key', send: () => post('/api/v1/workflows', JSON.stringify({ type: 'demo' }), { ...auth, authorization: 'Bearer sk_wrong_wrong_wrong_wrong' }), status: 401, code: 'UNAUTHENTICATED' },
    ];
    for (const c of cases) {
      it(`answers ${c.name} with ${c.status} ${c.code}`, async () => {
        const before = await workflowCount();
        const res = await c.send();
        expect(res.status).to.equal(c.status);
        expect(res.headers.get('content-type')).to.match(/application\/json/);
        const body = (await res.json()) as ErrorBody;
        expect(Object.keys(body)).to.have.members(['error', 'status_code', 'path', 'trace_id']);
        expect(body.error.code).to.equal(c.code);
        expect(body.status_code).to.equal(c.status);
        expect(body.path).to.match(/^\/api\/v1\//);
        if (c.message) expect(body.error.message).to.match(c.message);
        expect(await workflowCount()).to.equal(before);
      });
    }

    it('names the allowed methods on a 405', async () => {
      const res = await fetch(`${base}/api/v1/workflows`, { method: 'PUT', headers: auth, body: '{}' });
      expect(res.status).to.equal(405);
      expect(res.headers.get('allow')).to.include('POST');
    });
  });

  it('never shows one tenant another tenant\'s workflow', async () => {
    const res = await post('/api/v1/workflows', JSON.stringify({ type: 'demo' }));
    const { id } = (await res.json()) as { id: string };
    const other = await createTenant(gateway.runtime.orm.em.fork(), `other-${Date.now()}`);
    const read = await fetch(`${base}/api/v1/workflows/${id}`, { headers: { authorization: `Bearer ${other.apiKey}` } });
    expect(read.status).to.equal(404);
    expect(((await read.json()) as ErrorBody).error.code).to.equal('NOT_FOUND');
  });

  it('stores API keys only as hashes', async () => {
    const rows = (await db.query('select secret_hash from gateway.api_keys')).rows as Array<{ secret_hash: string }>;
    expect(rows.length).to.be.greaterThan(0);
    for (const row of rows) {
      expect(row.secret_hash).to.match(/^[0-9a-f]{64}$/);
      expect(row.secret_hash).to.not.include(apiKey);
    }
  });

  it('serves an OpenAPI 3.1 document built from the validation schemas, and a docs page', async () => {
    const doc = (await (await fetch(`${base}/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { $ref?: string } }> } }>>;
      components: { schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }> };
    };
    expect(doc.openapi).to.equal('3.1.0');
    expect(doc.paths['/api/v1/workflows']?.post?.requestBody?.content['application/json']?.schema.$ref).to.equal('#/components/schemas/CreateWorkflowRequest');
    expect(doc.components.schemas.CreateWorkflowRequest?.required).to.deep.equal(['type']);
    expect(Object.keys(doc.paths)).to.include('/api/v1/workflows/{id}');
    const page = await fetch(`${base}/docs`);
    expect(page.status).to.equal(200);
    expect(await page.text()).to.include('/openapi.json');
    expect((await fetch(`${base}/docs/assets/swagger-ui-bundle.js`)).status).to.equal(200);
  });

  describe('the first API key', () => {
    it('is generated once when none is configured, kept in the key file (0600) and works', async () => {
      const env = suiteEnv();
      // A gateway of its own schema-less database view: a fresh tenant table is not needed, the
      // generated key is only made when the database holds no key, so use a fresh database.
      const admin = new pg.Client({ connectionString: env.databaseUrl });
      await admin.connect();
      const database = `sluice_keytest_${Date.now()}`;
      await admin.query(`create database ${database}`);
      const url = new URL(env.databaseUrl);
      url.pathname = `/${database}`;
      const keyFile = join(keyDir, 'generated-key');
      const config = readConfig({
        DATABASE_URL: url.toString(),
        NATS_URL: env.natsUrl,
        SLUICE_SUBJECT_PREFIX: env.prefix,
        LOG_LEVEL: 'silent',
        SLUICE_HOST: '127.0.0.1',
        SLUICE_HTTP_PORT: '0',
        SLUICE_GRPC_PORT: '0',
        SLUICE_WORKFLOW_ADDR: `127.0.0.1:${workflow.grpcPort}`,
        SLUICE_API_KEY_FILE: keyFile,
      });
      try {
        const first = await startGateway(config);
        const key = (await readFile(keyFile, 'utf8')).trim();
        expect(key).to.match(/^sk_[A-Za-z0-9_-]{43}$/);
        expect((await stat(keyFile)).mode & 0o777).to.equal(0o600);
        const withKey = await fetch(`http://127.0.0.1:${first.httpPort}/api/v1/workflows/00000000-0000-0000-0000-000000000000`, { headers: { authorization: `Bearer ${key}` } });
        expect(withKey.status).to.equal(404);
        await first.shutdown();
        const second = await startGateway(config);
        expect((await readFile(keyFile, 'utf8')).trim()).to.equal(key);
        await second.shutdown();
      } finally {
        await admin.query(`drop database if exists ${database} with (force)`);
        await admin.end();
      }
    });
  });
});
