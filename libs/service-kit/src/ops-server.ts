import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '@sluice/logging';
import type { Registry } from 'prom-client';

/** A named readiness probe: resolves when the dependency answers, throws when it does not. */
export type ReadinessCheck = () => Promise<void>;

export interface OpsServerOptions {
  readonly registry: Registry;
  readonly checks: Readonly<Record<string, ReadinessCheck>>;
  readonly log: Logger;
  /** How long one check may take before it counts as failed. */
  readonly checkTimeoutMs?: number;
}

export interface OpsServer {
  listen(host: string, port: number): Promise<number>;
  /** /readyz answers 503 from now on (first step of shutdown, so load balancers stop routing). */
  markShuttingDown(): void;
  close(): Promise<void>;
}

/**
 * The HTTP ops port of a service: /healthz (the process is alive), /readyz (every dependency
 * answers: PostgreSQL, NATS...), /metrics (Prometheus exposition from prom-client).
 */
export function createOpsServer(options: OpsServerOptions): OpsServer {
  let shuttingDown = false;
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const send = (status: number, body: unknown, type = 'application/json') => {
      res.writeHead(status, { 'content-type': type });
      res.end(typeof body === 'string' ? body : JSON.stringify(body));
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, { status: 'method not allowed' });
    if (path === '/healthz') return send(200, { status: 'ok' });
    if (path === '/readyz') {
      void readiness(options, shuttingDown).then(({ ok, checks }) => send(ok ? 200 : 503, { status: ok ? 'ready' : 'not ready', checks }));
      return;
    }
    if (path === '/metrics') {
      void options.registry.metrics().then(
        (text) => send(200, text, options.registry.contentType),
        (err: unknown) => {
          options.log.error({ err }, 'metrics collection failed');
          send(500, { status: 'metrics unavailable' });
        },
      );
      return;
    }
    return send(404, { status: 'not found' });
  });
  return {
    listen: (host, port) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
      }),
    markShuttingDown: () => {
      shuttingDown = true;
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function readiness(options: OpsServerOptions, shuttingDown: boolean) {
  const checks = await runChecks(options.checks, options.log, options.checkTimeoutMs);
  if (shuttingDown) checks.shutdown = 'shutting down';
  return { ok: !shuttingDown && Object.values(checks).every((v) => v === 'ok'), checks };
}

/**
 * Runs every readiness check at once, each bounded by `timeoutMs`: `{ name: 'ok' }`, or the
 * failure's message. What /readyz reports, on an ops port or on the gateway's own port.
 */
export async function runChecks(checks: Readonly<Record<string, ReadinessCheck>>, log: Logger, timeoutMs = 2000): Promise<Record<string, string>> {
  const entries = await Promise.all(
    Object.entries(checks).map(async ([name, check]) => {
      try {
        await withTimeout(check(), timeoutMs, name);
        return [name, 'ok'] as const;
      } catch (err) {
        log.warn({ check: name, err }, 'readiness check failed');
        return [name, err instanceof Error ? err.message : String(err)] as const;
      }
    }),
  );
  return Object.fromEntries(entries);
}

function withTimeout<T>(promise: Promise<T>, ms: number, name: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${name} did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
