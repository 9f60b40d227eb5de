import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCpuProfile, type CpuBreakdown } from './probe/cpu-profile.ts';
import type { AddressInfo } from 'node:net';
import type { Scenario } from './protocol.ts';
import { runScenario, type Params, type ScenarioResult } from './scenarios.ts';
import { summarize, type Summary } from './stats.ts';
import { sluice } from './systems/sluice.ts';
import type { RunContext } from './systems/system.ts';

/** One span as received over OTLP/HTTP JSON. */
interface Span {
  readonly service: string;
  readonly name: string;
  readonly kind: number;
  readonly id: string;
  readonly parent: string;
  readonly start: number;
  readonly end: number;
  readonly statement: string | undefined;
}

const KIND = { INTERNAL: 1, SERVER: 2, CLIENT: 3, PRODUCER: 4, CONSUMER: 5 } as const;

interface OtlpValue {
  stringValue?: string;
}
interface OtlpRequest {
  resourceSpans?: Array<{
    resource?: { attributes?: Array<{ key: string; value: OtlpValue }> };
    scopeSpans?: Array<{
      spans?: Array<{ spanId: string; parentSpanId?: string; name: string; kind: number; startTimeUnixNano: string; endTimeUnixNano: string; attributes?: Array<{ key: string; value: OtlpValue }> }>;
    }>;
  }>;
}

/** A minimal OTLP/HTTP (JSON) trace receiver: the services export to it with the standard OTEL_* variables. */
class Collector {
  readonly spans: Span[] = [];
  readonly #server: Server;

  constructor() {
    this.#server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        try {
          if (req.url === '/v1/traces') this.#ingest(JSON.parse(Buffer.concat(chunks).toString('utf8')) as OtlpRequest);
        } catch {
          // a malformed batch is dropped
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{}');
      });
    });
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}/v1/traces`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.#server.close(() => resolve());
      this.#server.closeAllConnections();
    });
  }

  #ingest(body: OtlpRequest): void {
    for (const rs of body.resourceSpans ?? []) {
      const service = rs.resource?.attributes?.find((a) => a.key === 'service.name')?.value.stringValue ?? '?';
      for (const ss of rs.scopeSpans ?? []) {
        for (const s of ss.spans ?? []) {
          const attr = (k: string) => s.attributes?.find((a) => a.key === k)?.value.stringValue;
          this.spans.push({
            service,
            name: s.name,
            kind: s.kind,
            id: s.spanId,
            parent: s.parentSpanId ?? '',
            start: Number(BigInt(s.startTimeUnixNano) / 1000n) / 1000,
            end: Number(BigInt(s.endTimeUnixNano) / 1000n) / 1000,
            statement: attr('db.query.text') ?? attr('db.statement'),
          });
        }
      }
    }
  }
}

/** Stages (noop), jobs (latency) or chains (chain) per second of a run. */
function rateOf(r: ScenarioResult): number {
  const f = r.figures!;
  return (f.rate ?? f.handledRate) as number;
}

export interface Profile {
  readonly scenario: Scenario;
  /** The CPU-profiled drain (no span export) and each process's profile over its window. */
  readonly cpu: { readonly rate: number; readonly processes: Record<string, CpuBreakdown> };
  readonly spans: Breakdown;
}

/**
 * Where a Sluice stage's time goes, from two more no-op drains: one with the V8 CPU profiler on
 * in the workflow service and the worker (what their one JS thread does), one with every span
 * exported (time per RPC and per SQL statement).
 */
export async function profileSluice(ctx: RunContext, params: Params, scenario: Scenario = 'noop'): Promise<Profile> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-cpuprofile-'));
  try {
    const profiled = await runScenario(sluice, scenario, { ...ctx, cpuProfileDir: dir }, params);
    if (profiled.error !== undefined) throw new Error(profiled.error);
    const processes: Record<string, CpuBreakdown> = {};
    for (const name of ['workflow service', 'worker']) {
      const file = join(dir, `${name}.cpuprofile`);
      const b = existsSync(file) ? readCpuProfile(file) : undefined;
      if (b !== undefined) processes[name] = b;
    }
    const spans = await spanBreakdown(ctx, params, scenario);
    return { scenario, cpu: { rate: rateOf(profiled), processes }, spans };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface Breakdown {
  /** The traced drain (slower than the headline run: every span is exported). */
  readonly traced: ScenarioResult;
  readonly stages: number;
  readonly spans: number;
  /** Per RPC handled by the workflow service: server time, and the SQL inside it. */
  readonly rpcs: Record<string, { count: number; server: Summary; sqlPerCall: number; sqlMsPerCall: number; statements: Record<string, { perCall: number; meanMs: number }> }>;
  /** SQL outside any RPC (the outbox relay's rounds), per stage. */
  readonly background: { sqlPerStage: number; sqlMsPerStage: number; statements: Record<string, { perStage: number; meanMs: number }> };
  /** Spans by (service, kind, name) that are not SQL, per stage. */
  readonly other: Record<string, { perStage: number; meanMs: number }>;
  /** The worker's own view: ClaimStages / CompleteStages round trips. */
  readonly workerRpc: unknown;
}

/** A statement with its literals (MikroORM inlines parameters) replaced by `?`, shortened. */
function normalise(statement: string | undefined, fallback: string): string {
  const s = (statement ?? fallback)
    .replace(/\s+/g, ' ')
    .replace(/'(?:[^']|'')*'(::\w+)?/g, '?')
    .replace(/\b\d+(\.\d+)?\b/g, '?')
    .trim();
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

const isSql = (s: Span) => s.kind === KIND.CLIENT && (s.statement !== undefined || s.name.startsWith('pg.'));

/**
 * The Sluice no-op drain again, with both processes exporting their spans here, and the spans
 * summed per stage: time in each RPC and in its SQL, the relay's SQL and publishes, the worker's side.
 */
async function spanBreakdown(ctx: RunContext, params: Params, scenario: Scenario): Promise<Breakdown> {
  const collector = new Collector();
  const endpoint = await collector.listen();
  try {
    const traced = await runScenario(sluice, scenario, { ...ctx, otlpEndpoint: endpoint }, params);
    if (traced.error !== undefined) throw new Error(traced.error);
    // noop: from the worker's start (the workflows were created and their tasks published before
    // it); otherwise the measured window.
    const from = scenario === 'noop' ? (traced.figures!.workerStartAt as number) : traced.observation!.from;
    const to = scenario === 'noop' ? (traced.figures!.endAt as number) : traced.observation!.to;
    const spans = collector.spans.filter((s) => s.start >= from && s.start <= to);
    const byId = new Map(spans.map((s) => [s.id, s]));
    const rpcOf = (s: Span): Span | undefined => {
      for (let p = byId.get(s.parent); p !== undefined; p = byId.get(p.parent)) if (p.kind === KIND.SERVER && p.service === s.service) return p;
      return undefined;
    };
    const servers = spans.filter((s) => s.kind === KIND.SERVER && s.service === 'workflow');
    // Stages run in the window: the drained jobs (noop), else one per completion call of one item.
    const stages = (traced.figures?.jobs as number | undefined) ?? (servers.filter((s) => s.name.endsWith('/CompleteStage') || s.name.endsWith('/CompleteStages')).length || 1);
    const rpcs: Breakdown['rpcs'] = {};
    const sqlByRpc = new Map<Span, Span[]>();
    const background: Span[] = [];
    for (const s of spans) {
      if (!isSql(s) || s.service !== 'workflow') continue;
      const rpc = rpcOf(s);
      if (rpc === undefined) background.push(s);
      else sqlByRpc.set(rpc, [...(sqlByRpc.get(rpc) ?? []), s]);
    }
    const byName = new Map<string, Span[]>();
    for (const s of servers) byName.set(s.name, [...(byName.get(s.name) ?? []), s]);
    for (const [name, list] of byName) {
      const sql = list.flatMap((r) => sqlByRpc.get(r) ?? []);
      const statements: Record<string, { n: number; ms: number }> = {};
      for (const q of sql) {
        const k = normalise(q.statement, q.name);
        statements[k] = { n: (statements[k]?.n ?? 0) + 1, ms: (statements[k]?.ms ?? 0) + (q.end - q.start) };
      }
      rpcs[name.split('/').pop() ?? name] = {
        count: list.length,
        server: summarize(list.map((s) => s.end - s.start)),
        sqlPerCall: sql.length / list.length,
        sqlMsPerCall: sql.reduce((a, q) => a + (q.end - q.start), 0) / list.length,
        statements: Object.fromEntries(Object.entries(statements).sort((a, b) => b[1].ms - a[1].ms).map(([k, v]) => [k, { perCall: v.n / list.length, meanMs: v.ms / v.n }])),
      };
    }
    const bgStatements: Record<string, { n: number; ms: number }> = {};
    for (const q of background) {
      const k = normalise(q.statement, q.name);
      bgStatements[k] = { n: (bgStatements[k]?.n ?? 0) + 1, ms: (bgStatements[k]?.ms ?? 0) + (q.end - q.start) };
    }
    const other: Record<string, { n: number; ms: number }> = {};
    for (const s of spans) {
      if (isSql(s) || (s.kind === KIND.SERVER && s.service === 'workflow')) continue;
      const k = `${s.service} ${['?', 'internal', 'server', 'client', 'producer', 'consumer'][s.kind] ?? s.kind} ${s.name.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, '<id>')}`;
      other[k] = { n: (other[k]?.n ?? 0) + 1, ms: (other[k]?.ms ?? 0) + (s.end - s.start) };
    }
    return {
      traced,
      stages,
      spans: spans.length,
      rpcs,
      background: {
        sqlPerStage: background.length / stages,
        sqlMsPerStage: background.reduce((a, q) => a + (q.end - q.start), 0) / stages,
        statements: Object.fromEntries(Object.entries(bgStatements).sort((a, b) => b[1].ms - a[1].ms).map(([k, v]) => [k, { perStage: v.n / stages, meanMs: v.ms / v.n }])),
      },
      other: Object.fromEntries(Object.entries(other).sort((a, b) => b[1].ms - a[1].ms).map(([k, v]) => [k, { perStage: v.n / stages, meanMs: v.ms / v.n }])),
      workerRpc: traced.worker?.rpc,
    };
  } finally {
    await collector.close();
  }
}

const f2 = (v: number) => (Number.isFinite(v) ? v.toFixed(2) : '–');

const pct = (v: number) => `${(v * 100).toFixed(1)} %`;

/** The profile as markdown. */
export function profileTable(p: Profile): string {
  const what = p.scenario === 'noop' ? 'a no-op drain' : p.scenario === 'latency' ? 'the latency scenario' : 'the chain scenario';
  const unit = p.scenario === 'chain' ? 'chains/s' : p.scenario === 'latency' ? 'jobs/s' : 'stages/s';
  const lines = [`CPU profile of ${what} (${f2(p.cpu.rate)} ${unit} with the profilers on): share of each process's profiled time (self time).`, ''];
  for (const [name, b] of Object.entries(p.cpu.processes)) {
    const cats = Object.entries(b.byCategory).filter(([, v]) => v >= 0.01);
    lines.push(`- **${name}** (${f2(b.totalMs / 1000)} s profiled): ${cats.map(([k, v]) => `${k} ${pct(v)}`).join(', ')}`);
  }
  lines.push('', '<details><summary>Top functions by self time</summary>', '');
  for (const [name, b] of Object.entries(p.cpu.processes)) {
    lines.push(`${name}:`, '');
    for (const [fn, v] of Object.entries(b.topFunctions).slice(0, 15)) lines.push(`- ${pct(v)} \`${fn}\``);
    lines.push('');
  }
  lines.push('</details>', '', spanTable(p.spans));
  return lines.join('\n');
}

function spanTable(b: Breakdown): string {
  const lines = [
    `Traced run: ${b.stages} stages, ${b.spans} spans, ${f2(rateOf(b.traced))} per second while exporting spans (the headline run exports none).`,
    '',
    '| per stage | calls | mean ms | p99 ms | SQL statements | SQL ms | not in SQL ms |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const [name, r] of Object.entries(b.rpcs)) {
    lines.push(
      `| ${name} (workflow service, gRPC server span) | ${f2(r.count / b.stages)} | ${f2(r.server.mean)} | ${f2(r.server.p99)} | ${f2(r.sqlPerCall)} | ${f2(r.sqlMsPerCall)} | ${f2(r.server.mean - r.sqlMsPerCall)} |`,
    );
  }
  lines.push(`| outbox relay and other background SQL | | | | ${f2(b.background.sqlPerStage)} | ${f2(b.background.sqlMsPerStage)} | |`);
  const worker = b.workerRpc as Record<string, Summary> | undefined;
  for (const [name, s] of Object.entries(worker ?? {})) {
    if (name === 'RegisterDefinition') continue;
    lines.push(`| ${name} as the worker sees it (round trip) | 1.00 | ${f2(s.mean)} | ${f2(s.p99)} | | | |`);
  }
  lines.push('', '<details><summary>SQL per RPC and in the background, other spans</summary>', '');
  for (const [name, r] of Object.entries(b.rpcs)) {
    lines.push(`${name}:`, '');
    for (const [stmt, v] of Object.entries(r.statements)) lines.push(`- ${f2(v.perCall)}× \`${stmt}\` ${f2(v.meanMs)} ms`);
    lines.push('');
  }
  lines.push('Background (per stage):', '');
  for (const [stmt, v] of Object.entries(b.background.statements)) lines.push(`- ${f2(v.perStage)}× \`${stmt}\` ${f2(v.meanMs)} ms`);
  lines.push('', 'Other spans (per stage):', '');
  for (const [name, v] of Object.entries(b.other).slice(0, 20)) lines.push(`- ${f2(v.perStage)}× ${name}: ${f2(v.meanMs)} ms`);
  lines.push('', '</details>');
  return lines.join('\n');
}
