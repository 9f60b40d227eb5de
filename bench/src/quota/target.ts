import type { BenchLimit } from './limits.ts';
import type { Histogram } from './prom.ts';

/** A quota server under test, running as child processes: Sluice's quota service (1 or 2 replicas), the naive server, the gRPC floor. */
export interface QuotaTarget {
  readonly name: string;
  /** The settings it runs with, one line for the report. */
  readonly settings: string;
  /** Callers go through the batched calls (AcquireGrants, SettleGrants), as the worker SDK does. */
  readonly batched?: boolean;
  /** gRPC address of each replica; callers are spread over them. */
  readonly addresses: readonly string[];
  /** Its processes by name (CPU is split per process). */
  readonly processes: Record<string, number>;
  /** With --profile: the .cpuprofile file each process writes when SIGUSR2 stops its profiler (src/probe/probe.ts), by process name. */
  readonly profiles?: Record<string, string>;
  /** Its PostgreSQL database, if any (its backends' CPU and waits are reported). */
  readonly database?: string;
  /** Puts the resource and its limit in place. */
  define(limit: BenchLimit): Promise<void>;
  /** The service's own histograms (Sluice: sluice_quota_tick_seconds, _tick_size, _reservation_seconds), summed over replicas. */
  histograms?(): Promise<Map<string, Histogram>>;
  /** Stops its processes; returns their event-loop sample files (src/probe) by process name, to read now. */
  stop(): Promise<Record<string, string>>;
  /** stop(), then removes its database and streams; idempotent. */
  teardown(): Promise<void>;
}
