import { expect } from 'chai';
import { checkHealth, suiteEnv } from '@sluice/testing';
import { startPlatform, type RunningPlatform } from '../support/platform-harness.ts';
import { OtlpCollector, SpanKind, type CollectedSpan } from '../support/otlp-collector.ts';

async function eventually<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const isDb = (s: CollectedSpan) => (s.attributes['db.system.name'] ?? s.attributes['db.system']) === 'postgresql';

describe('the platform as `npm run up` starts it', function () {
  this.timeout(120_000);
  let running: RunningPlatform;
  let collector: OtlpCollector;
  let base: string;
  let auth: Record<string, string>;
  let created: { id: string; state: string; type: string };
  let createTraceId: string;

  before(async () => {
    const env = suiteEnv();
    collector = await OtlpCollector.start();
    running = await startPlatform({
      databaseUrl: env.databaseUrl,
      natsUrl: env.natsUrl,
      prefix: env.prefix,
      env: {
        OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: collector.tracesEndpoint,
        OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: 'http/json',
        OTEL_BSP_SCHEDULE_DELAY: '100',
      },
    });
    base = running.platform.gatewayUrl;
    auth = { authorization: `Bearer ${running.apiKey}`, 'content-type': 'application/json' };
    const res = await fetch(`${base}/api/v1/workflows`, { method: 'POST', headers: auth, body: JSON.stringify({ type: 'demo', input: { name: 'Ada' } }) });
    expect(res.status, await res.clone().text()).to.equal(201);
    createTraceId = res.headers.get('x-trace-id') ?? '';
    created = (await res.json()) as typeof created;
  });

  after(async () => {
    await running?.stop();
    await collector?.close();
  });

  it('runs a demo workflow from POST to COMPLETED with the stage output', async () => {
    expect(created.type).to.equal('demo');
    expect(created.state).to.equal('QUEUED');
    const done = await eventually('the workflow to complete', async () => {
      const res = await fetch(`${base}/api/v1/workflows/${created.id}`, { headers: auth });
      const body = (await res.json()) as { state: string; output: { greeting: string } | null };
      return body.state === 'COMPLETED' ? body : undefined;
    });
    expect(done.output?.greeting).to.equal('Hello, Ada!');
  });

  it('counts the completed workflow on the monitoring service /metrics', async () => {
    const monitoring = running.platform.services.find((s) => s.name === 'monitoring')!;
    const line = await eventually('the completed counter', async () => {
      const text = await (await fetch(`${monitoring.ops}/metrics`)).text();
      return text.split('\n').find((l) => l.startsWith('sluice_workflows_completed_total{') && l.includes('workflow_type="demo"'));
    });
    expect(Number(line.split(' ').at(-1))).to.equal(1);
  });

  it('answers grpc.health.v1 SERVING and /readyz 200 on all five services', async () => {
    const grpc = [...running.platform.services.map((s) => s.grpc), running.gatewayGrpc];
    for (const address of grpc) expect(await checkHealth(address, ''), address).to.equal('SERVING');
    const ready = [...running.platform.services.map((s) => `${s.ops}/readyz`), `${base}/readyz`];
    for (const url of ready) {
      const res = await fetch(url);
      const body = (await res.json()) as { checks: Record<string, string> };
      expect(res.status, url).to.equal(200);
      expect(body.checks).to.include({ postgres: 'ok', nats: 'ok' });
    }
  });

  it('refuses a request without a valid API key with 401 in the error shape', async () => {
    const res = await fetch(`${base}/api/v1/workflows/${created.id}`, { headers: { authorization: 'Bearer sk_not_a_real_key_at_all' } });
    expect(res.status).to.equal(401);
    const body = (await res.json()) as { error: { code: string }; status_code: number; path: string; trace_id: string };
    expect(body.error.code).to.equal('UNAUTHENTICATED');
    expect(body).to.include({ status_code: 401, path: `/api/v1/workflows/${created.id}` });
    expect(body.trace_id).to.match(/^[0-9a-f]{32}$/);
  });

  it('answers malformed JSON, an unknown route, a wrong method and a body over the limit in the error shape with the request\'s trace id', async () => {
    const cases: Array<[string, RequestInit & { path: string }, number, string]> = [
      ['malformed JSON', { path: '/api/v1/workflows', method: 'POST', headers: auth, body: '{"type":' }, 400, 'INVALID_ARGUMENT'],
      ['unknown route', { path: '/api/v1/nowhere', headers: auth }, 404, 'NOT_FOUND'],
      ['wrong method', { path: '/api/v1/workflows', method: 'PATCH', headers: auth, body: '{}' }, 405, 'METHOD_NOT_ALLOWED'],
      ['body over the limit', { path: '/api/v1/workflows', method: 'POST', headers: auth, body: JSON.stringify({ type: 'demo', input: { blob: 'x'.repeat(2_000_000) } }) }, 413, 'PAYLOAD_TOO_LARGE'],
    ];
    for (const [name, { path, ...init }, status, code] of cases) {
      const res = await fetch(`${base}${path}`, init);
      const body = (await res.json()) as { error: { code: string }; status_code: number; path: string; trace_id: string };
      expect(res.status, name).to.equal(status);
      expect(body.error.code, name).to.equal(code);
      expect(body.status_code, name).to.equal(status);
      expect(body.path, name).to.equal(path);
      expect(body.trace_id, name).to.match(/^[0-9a-f]{32}$/);
      expect(body.trace_id, name).to.equal(res.headers.get('x-trace-id'));
    }
  });

  it('keeps one trace id from the REST call through gRPC, the outbox, JetStream and the worker to PostgreSQL', async () => {
    expect(createTraceId).to.match(/^[0-9a-f]{32}$/);
    const find = (spans: CollectedSpan[], service: string, kind: number, test: (s: CollectedSpan) => boolean) =>
      spans.find((s) => s.service === service && s.kind === kind && test(s));
    const spans = await eventually('the stage and its completion to be exported', async () => {
      const trace = collector.trace(createTraceId);
      const completion = trace.find((s) => s.service === 'workflow' && s.kind === SpanKind.SERVER && String(s.attributes['rpc.method']) === 'CompleteStages');
      const queries = trace.filter((s) => s.service === 'workflow' && s.kind === SpanKind.CLIENT && isDb(s));
      return completion !== undefined && queries.some((q) => q.parentSpanId !== '') ? trace : undefined;
    });
    const byId = new Map(spans.map((s) => [s.spanId, s]));
    const ancestors = (span: CollectedSpan): CollectedSpan[] => {
      const chain: CollectedSpan[] = [];
      for (let p = byId.get(span.parentSpanId); p !== undefined; p = byId.get(p.parentSpanId)) chain.push(p);
      return chain;
    };
    const http = find(spans, 'gateway', SpanKind.SERVER, (s) => s.name.startsWith('POST'));
    const grpcClient = find(spans, 'gateway', SpanKind.CLIENT, (s) => s.attributes['rpc.method'] === 'CreateWorkflow');
    const grpcServer = find(spans, 'workflow', SpanKind.SERVER, (s) => s.attributes['rpc.method'] === 'CreateWorkflow');
    const publish = find(spans, 'workflow', SpanKind.PRODUCER, (s) => s.name.includes('.tasks.demo.greet'));
    const consume = find(spans, 'demo-worker', SpanKind.CONSUMER, (s) => s.name.includes('.tasks.demo.greet'));
    const handler = find(spans, 'demo-worker', SpanKind.INTERNAL, (s) => s.name === 'stage demo.greet');
    const complete = find(spans, 'workflow', SpanKind.SERVER, (s) => s.attributes['rpc.method'] === 'CompleteStages');
    const query = find(spans, 'workflow', SpanKind.CLIENT, (s) => isDb(s) && complete !== undefined && ancestors(s).includes(complete));
    for (const [name, span] of Object.entries({ http, grpcClient, grpcServer, publish, consume, handler, complete, query })) {
      expect(span, `${name} span in trace ${createTraceId}`).to.not.equal(undefined);
    }
    expect(ancestors(grpcServer!)).to.include(grpcClient!);
    expect(ancestors(grpcClient!)).to.include(http!);
    expect(ancestors(publish!)).to.include(grpcServer!);
    expect(ancestors(consume!)).to.include(publish!);
    expect(ancestors(handler!)).to.include(consume!);
    expect(ancestors(complete!)).to.include(handler!);
  });
});
