import { context, propagation, SpanKind, trace } from '@opentelemetry/api';
import type { ClientDuplexStream } from '@grpc/grpc-js';
import { ErrorCode, SluiceError } from '@sluice/errors';
import { fromServiceError, streamedCallSpan, type GrpcClient } from '@sluice/grpc';
import type {
  ClaimStageResponse__Output,
  CompleteStagesRequest,
  CompleteStagesResponse__Output,
  WorkerSessionRequest,
  WorkerSessionResponse__Output,
  WorkflowServiceClient,
} from '@sluice/contracts';
import type { Logger } from '@sluice/logging';
import type { LocalStage } from './run-task.ts';
import { stageKey } from './stage-key.ts';

const tracer = () => trace.getTracer('sluice-worker');
const COMPLETE_SPAN = streamedCallSpan('sluice.workflow.v1.WorkflowService', 'CompleteStages', 'WorkerSession');

/** How long a completion sent on the stream may wait for its answer, as a call's deadline would. */
const COMPLETE_TIMEOUT_MS = 10_000;

interface Waiting {
  readonly type: string;
  readonly local: LocalStage;
  readonly want: number;
  readonly leaseTtlMs: number;
  /** Slots of `local` taken for waiting claims: each is a credit the server holds, or will once sent. */
  held: number;
  /** Credits taken but not yet written to the stream. */
  unsent: number;
  wake: (() => void) | undefined;
}

interface Pending {
  readonly request: CompleteStagesRequest;
  readonly resolve: (res: CompleteStagesResponse__Output) => void;
  readonly reject: (err: SluiceError) => void;
  readonly timer: NodeJS.Timeout;
}

export interface SessionOptions {
  readonly client: GrpcClient<WorkflowServiceClient>;
  readonly workerId: string;
  readonly log: Logger;
  /** Runs a claim a waiting claim got, in the slot it held (freed when the stage ends). */
  readonly onClaim: (local: LocalStage, claim: ClaimStageResponse__Output) => void;
  /** A claim that arrived after drain(): it holds no slot and is handed back. */
  readonly onLateClaim: (claim: ClaimStageResponse__Output) => void;
}

/**
 * The worker's WorkerSession stream to the workflow service: one long-lived call carrying its
 * waiting claims (each a slot kept free, sent as a credit; a new workflow's first stage comes
 * back on the stream, leased to this worker) and its completions (answered by call id). A
 * message costs a fraction of a call. A stream that fails is opened again with backoff, and
 * its credits sent again; meanwhile completions go as CompleteStages calls.
 */
export class Session {
  readonly #options: SessionOptions;
  readonly #waiting = new Map<string, Waiting>();
  readonly #pending = new Map<string, Pending>();
  #stream: ClientDuplexStream<WorkerSessionRequest, WorkerSessionResponse__Output> | undefined;
  #established = false;
  #failures = 0;
  #seq = 0;
  /** No more waiting claims nor stream: drained, or the service has no WorkerSession (an older version). */
  #stopped = false;
  #flushQueued = false;
  #reopen: NodeJS.Timeout | undefined;
  #ended: Promise<void> = Promise.resolve();

  constructor(options: SessionOptions) {
    this.#options = options;
  }

  start(): void {
    this.#open();
  }

  /** Keeps `n` claims waiting for new workflows of `type` (its first stage `local`), each on a slot of that stage. */
  wait(type: string, local: LocalStage, n: number, leaseTtlMs: number): void {
    const w: Waiting = { type, local, want: n, leaseTtlMs, held: 0, unsent: 0, wake: undefined };
    this.#waiting.set(stageKey(type, local.definition.name), w);
    void this.#refill(w);
  }

  /** CompleteStages on the stream when it is open; as a call otherwise. */
  completeStages(request: CompleteStagesRequest): Promise<CompleteStagesResponse__Output> {
    const stream = this.#stream;
    if (stream === undefined || this.#stopped) return this.#options.client.call('CompleteStages', request);
    const callId = String(++this.#seq);
    // The client span a CompleteStages call would have; the service's span is its child.
    const span = tracer().startSpan(COMPLETE_SPAN.name, { kind: SpanKind.CLIENT, attributes: COMPLETE_SPAN.attributes });
    const carrier: Record<string, string> = {};
    propagation.inject(trace.setSpan(context.active(), span), carrier);
    const answered = new Promise<CompleteStagesResponse__Output>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(callId);
        reject(new SluiceError(ErrorCode.DEADLINE_EXCEEDED, `CompleteStages on the worker session got no answer within ${COMPLETE_TIMEOUT_MS} ms`));
      }, COMPLETE_TIMEOUT_MS);
      this.#pending.set(callId, { request, resolve, reject, timer });
      stream.write({ complete: { call_id: callId, request, traceparent: carrier.traceparent ?? '' } });
    });
    return answered.finally(() => span.end());
  }

  /**
   * No more waiting claims: the stream is half-closed (the service drops its credits and ends
   * it once it has answered the completions in flight) and the slots held for them are freed.
   * Later completions go as calls. Resolves when the stream has ended.
   */
  async drain(): Promise<void> {
    this.#stop();
    this.#stream?.end();
    const ended = this.#ended;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([ended, new Promise<void>((resolve) => (timer = setTimeout(resolve, COMPLETE_TIMEOUT_MS)))]);
    clearTimeout(timer);
    this.#stream?.cancel();
  }

  /** No more waiting claims: the slots held for them are freed (a refill loop still waiting for one gives it back). */
  #stop(): void {
    this.#stopped = true;
    clearTimeout(this.#reopen);
    for (const w of this.#waiting.values()) {
      w.wake?.();
      for (; w.held > 0; w.held--) w.local.slots.give();
      w.unsent = 0;
    }
  }

  #open(): void {
    const stream = this.#options.client.raw.WorkerSession();
    this.#stream = stream;
    this.#established = false;
    let done!: () => void;
    this.#ended = new Promise<void>((resolve) => (done = resolve));
    stream.on('metadata', () => {
      // The service has the stream: a failure from now on starts the backoff afresh.
      this.#established = true;
      this.#failures = 0;
    });
    stream.on('data', (message: WorkerSessionResponse__Output) => this.#receive(message));
    stream.on('error', (err: Error) => this.#closed(stream, fromServiceError(err), done));
    // After the last message has been read (a failure comes as 'error' instead).
    stream.on('end', () => this.#closed(stream, null, done));
    // Credits the service has not seen (all of them, on a new stream).
    for (const w of this.#waiting.values()) w.unsent = w.held;
    this.#flush();
  }

  #receive(message: WorkerSessionResponse__Output): void {
    if (message.body === 'claim' && message.claim) {
      const claim = message.claim;
      const w = this.#waiting.get(stageKey(claim.workflow_type, claim.stage));
      if (w === undefined || this.#stopped || w.held === 0) return this.#options.onLateClaim(claim);
      w.held--;
      this.#options.onClaim(w.local, claim);
      w.wake?.();
    } else if (message.body === 'completed' && message.completed) {
      const { call_id, response, error } = message.completed;
      const pending = this.#pending.get(call_id);
      if (pending === undefined) return;
      this.#pending.delete(call_id);
      clearTimeout(pending.timer);
      if (error) pending.reject(new SluiceError(error.code as ErrorCode, error.message));
      else pending.resolve(response ?? { results: [] });
    }
  }

  #closed(stream: ClientDuplexStream<WorkerSessionRequest, WorkerSessionResponse__Output>, err: SluiceError | null, done: () => void): void {
    if (this.#stream !== stream) return;
    this.#stream = undefined;
    done();
    const unimplemented = err?.code === ErrorCode.UNIMPLEMENTED;
    // Whether the service committed these is unknown: they fail as a call would (the lease runs
    // out), unless the service never had the method: then they go again as calls.
    const lost = err ?? new SluiceError(ErrorCode.UNAVAILABLE, 'the worker session ended before CompleteStages was answered');
    for (const [id, pending] of this.#pending) {
      this.#pending.delete(id);
      clearTimeout(pending.timer);
      if (unimplemented) this.#options.client.call('CompleteStages', pending.request).then(pending.resolve, pending.reject);
      else pending.reject(lost);
    }
    if (this.#stopped) return;
    if (unimplemented) {
      this.#options.log.warn('the workflow service has no WorkerSession (an older version): completions go as calls, and no claims wait for new workflows');
      this.#stop();
      return;
    }
    if (!this.#established) this.#failures++;
    const delay = Math.min(10_000, 500 * 2 ** Math.max(0, this.#failures - 1));
    this.#options.log.warn({ err: err ?? undefined, retry_in_ms: delay }, 'worker session ended; opening it again (tasks still come through JetStream)');
    this.#reopen = setTimeout(() => this.#open(), delay);
  }

  /** Keeps `want` slots of the stage held as credits; one more each time a claim uses one. */
  async #refill(w: Waiting): Promise<void> {
    while (!this.#stopped) {
      if (w.held >= w.want) {
        await new Promise<void>((resolve) => (w.wake = resolve));
        w.wake = undefined;
        continue;
      }
      await w.local.slots.take();
      if (this.#stopped) {
        w.local.slots.give();
        return;
      }
      w.held++;
      w.unsent++;
      this.#flush();
    }
  }

  /** Writes the credits taken meanwhile, one message per stage (coalesced within a tick). */
  #flush(): void {
    if (this.#flushQueued) return;
    this.#flushQueued = true;
    queueMicrotask(() => {
      this.#flushQueued = false;
      const stream = this.#stream;
      if (stream === undefined || this.#stopped) return;
      for (const w of this.#waiting.values()) {
        for (; w.unsent > 0; ) {
          const credits = Math.min(w.unsent, MAX_CREDITS);
          w.unsent -= credits;
          stream.write({
            await: { worker_id: this.#options.workerId, lease_ttl_ms: w.leaseTtlMs, workflow_type: w.type, stage: w.local.definition.name, credits },
          });
        }
      }
    });
  }
}

/** The most credits one message may carry (the service's limit). */
const MAX_CREDITS = 256;
