import { createServer } from 'node:http';
import { loadContracts, type QuotaServiceHandlers } from '@sluice/contracts';
import { createGrpcServer } from '@sluice/grpc';
import { createLogger } from '@sluice/logging';

/** What the driver tells a comparator process (BENCH_QUOTA_SERVER, JSON). */
export interface ComparatorConfig {
  readonly grpcPort: number;
  /** HTTP: /readyz answers 200 once the gRPC port is bound. */
  readonly opsPort: number;
  readonly databaseUrl?: string;
  readonly poolMax?: number;
}

export function comparatorConfig(env: NodeJS.ProcessEnv = process.env): ComparatorConfig {
  const raw = env.BENCH_QUOTA_SERVER;
  if (raw === undefined) throw new Error('BENCH_QUOTA_SERVER is not set: this process is started by bench/quota.ts');
  return JSON.parse(raw) as ComparatorConfig;
}

/**
 * Serves AcquireGrant and CommitGrant of sluice.quota.v1 with the same gRPC stack as the quota
 * service (@sluice/grpc: health, reflection, error statuses; the process preloads
 * @sluice/telemetry/register as the service does), so that the comparison pays one transport.
 * Stops on SIGTERM.
 */
export async function serveComparator(name: string, config: ComparatorConfig, handlers: Pick<QuotaServiceHandlers, 'AcquireGrant' | 'CommitGrant'>, close: () => Promise<void> = async () => undefined): Promise<void> {
  const log = createLogger({ service: name, level: 'warn' });
  const grpc = createGrpcServer({ log, services: [{ definition: loadContracts().services.quota.service, implementation: handlers }] });
  await grpc.listen('127.0.0.1', config.grpcPort);
  const ops = createServer((req, res) => {
    res.statusCode = req.url === '/readyz' ? 200 : 404;
    res.end();
  });
  await new Promise<void>((resolve) => ops.listen(config.opsPort, '127.0.0.1', resolve));
  process.once('SIGTERM', () => {
    void (async () => {
      ops.close();
      await grpc.shutdown(5_000);
      await close();
      process.exit(0);
    })();
  });
}
