import type { WorkerChild } from '../child.ts';
import type { Infra } from '../infra.ts';
import type { ChainPayload, LatencyPayload, Scenario } from '../protocol.ts';

export interface RunContext {
  readonly infra: Infra;
  readonly quick: boolean;
  readonly verbose: boolean;
  /** OTLP/HTTP traces endpoint: export spans there (the Sluice profile pass only). */
  readonly otlpEndpoint?: string;
  /**
   * CPU-profile the system's own processes and the measured worker over the noop window (the
   * Sluice profile pass only): each writes `<dir>/<process>.cpuprofile` (src/probe/probe.ts).
   */
  readonly cpuProfileDir?: string;
}

/** One system set up for one scenario, on its own database / prefixes; `teardown()` removes them. */
export interface SystemRun {
  /** The PostgreSQL database the run uses (its statistics and backends are reported); none for BullMQ. */
  readonly database?: string;
  /** Processes besides the worker child and the driver whose CPU belongs to the system (Sluice's workflow service). */
  readonly processes: Record<string, number>;
  /** Event-loop sample files of those processes (src/probe), read after close(). */
  readonly loopFiles: Record<string, string>;
  /** With `cpuProfileDir`: the processes that profile on SIGUSR2, by name (the worker child as `worker`). */
  readonly profiled?: Record<string, number>;
  /** noop: enqueue `n` no-op jobs in bulk, the system's fastest way; resolves when they are ready to run. */
  enqueueBulk(n: number): Promise<void>;
  /** latency / chain: enqueue one job (the chain's first stage) the way an application would. */
  enqueue(payload: LatencyPayload | ChainPayload): Promise<void>;
  /** Whether any job (or workflow) of this run is not completed yet; a cheap probe (LIMIT 1, no parallel scan). */
  pending(): Promise<boolean>;
  /** Reads of the database made by `pending()` so far (subtracted from its transaction count). */
  readonly probes: number;
  startWorker(): WorkerChild;
  /** Stops whatever of the system still uses the database (services, the driver's clients); idempotent. */
  close(): Promise<void>;
  /** close(), then removes the run's database, streams or keys; idempotent. */
  teardown(): Promise<void>;
}

export interface System {
  readonly name: string;
  /** The worker settings used, as a short line for the report. */
  readonly settings: string;
  /** What the system does per job, for the report. */
  readonly perJob: string;
  open(scenario: Scenario, ctx: RunContext): Promise<SystemRun>;
}

/** Runs `fn` over `items` with at most `limit` in flight. */
export async function inParallel<T>(items: Iterable<T>, limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  const iterator = items[Symbol.iterator]();
  const lanes = Array.from({ length: limit }, async () => {
    for (let next = iterator.next(); !next.done; next = iterator.next()) await fn(next.value);
  });
  await Promise.all(lanes);
}

export function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/** `fn` run at most once; later calls share the first promise. */
export function once(fn: () => Promise<void>): () => Promise<void> {
  let p: Promise<void> | undefined;
  return () => (p ??= fn());
}
