/**
 * Messages between the bench driver (run.ts) and a worker child process, over the IPC channel.
 * The child runs one system's worker for one scenario; handlers report what they measured.
 */
export type Scenario = 'noop' | 'latency' | 'chain';

/** What every worker child is told (JSON in BENCH_WORKER_CONFIG), plus its system's own fields. */
export interface WorkerConfig {
  readonly scenario: Scenario;
  readonly concurrency: number;
}

export type ChildMessage =
  | { readonly type: 'ready' }
  /** The wall time (ms, sub-ms resolution) the first handler started. */
  | { readonly type: 'first'; readonly t: number }
  /**
   * Flattened triples [id, valueMs, atMs]: latency scenario: job id, schedule-to-start, handler
   * start; chain scenario: chain id, first enqueue to last stage's end, that end.
   */
  | { readonly type: 'samples'; readonly values: number[] }
  | { readonly type: 'final'; readonly stats: Record<string, unknown> }
  | { readonly type: 'error'; readonly message: string };

export type ParentMessage = { readonly type: 'stop' };

/** The payload of a latency job: its id and the wall time just before it was enqueued. */
export interface LatencyPayload {
  readonly i: number;
  readonly t: number;
}

/** The payload of each stage of a chain: its id and the wall time just before stage 1 was enqueued. */
export interface ChainPayload {
  readonly i: number;
  readonly t0: number;
}
