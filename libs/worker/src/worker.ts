import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { jetstream } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { loadContracts, type StageTask, type WorkflowServiceClient } from '@sluice/contracts';
import { createClient, type GrpcClient } from '@sluice/grpc';
import { createLogger, type Logger } from '@sluice/logging';
import { connectNats, drainNats, provisionStreams, consume, taskSubject, tasksStreamName, DEFAULT_PREFIX, type Consumption } from '@sluice/messaging';
import type { RetryOptions, WorkflowDefinition } from './define.ts';
import { releaseLeased, runTask, startLeased, type LocalStage, type RunTaskDeps } from './run-task.ts';
import { HealthServer } from './health-server.ts';
import { LeaseKeeper } from './lease-keeper.ts';
import { ClaimBatcher, CompletionBatcher } from './batch-calls.ts';
import { StageSlots } from './stage-slots.ts';
import { Session } from './session.ts';
import { stageKey } from './stage-key.ts';
import { QuotaRpc } from './quota/quota-rpc.ts';

export interface WorkerOptions {
  /** host:port of the workflow service's gRPC API. */
  readonly workflowAddress: string;
  readonly natsUrl: string;
  /** The platform's subject root (SLUICE_SUBJECT_PREFIX); `sluice` by default. */
  readonly prefix?: string;
  readonly workflows: readonly WorkflowDefinition[];
  /** Stage attempts run at once, per stage. Default 4. */
  readonly concurrency?: number;
  /** The lease each claim asks for; by default each stage's own (30 s unless its definition says otherwise). */
  readonly leaseTtlMs?: number;
  /** How often all held leases are extended, in one call. Default a third of leaseTtlMs, or 10 s. */
  readonly heartbeatIntervalMs?: number;
  /** On shutdown, how long running stages may finish before they are stopped and handed back. Default 10 s. */
  readonly shutdownGraceMs?: number;
  readonly log?: Logger;
  /** Shows in leases and the audit trail; host-pid-random by default. */
  readonly workerId?: string;
  /** How long start() waits for the workflow service. Default 60 s. */
  readonly startTimeoutMs?: number;
  /**
   * Claims kept waiting for new workflows on the worker's session stream, per workflow type,
   * each holding a slot of its first stage: a workflow created while one waits is leased to
   * this worker as it is created (no task, no claim call). Default 16, never more than
   * concurrency - 1 (a slot stays for tasks) nor 1,000; 0 = none.
   */
  readonly waitingClaims?: number;
  /** Serve /healthz and /readyz on this port (0 picks one); none when omitted. */
  readonly healthPort?: number;
  readonly healthHost?: string;
  /** host:port of the quota service's gRPC API; required when a stage declares a `quota`, and for ctx.quota. */
  readonly quotaAddress?: string;
  /**
   * The deadline of each quota call. A quota service that fails or is slower parks the stage
   * (QUOTA_UNAVAILABLE) instead of running it without a grant. Default 250 ms.
   */
  readonly quotaDeadlineMs?: number;
  /** How long a stage parked for QUOTA_UNAVAILABLE waits: a random time between the two. Default 1-2 s. */
  readonly quotaUnavailableBackoffMs?: { readonly minMs: number; readonly maxMs: number };
  /**
   * A future-dated grant (a stage's quota.maxWaitMs) that starts within this long is waited for
   * in the stage's slot; a later one parks the workflow until it starts. Default 0: always park.
   */
  readonly quotaMaxInlineWaitMs?: number;
}

/** The most waiting claims per workflow type (the service allows 10,000 on one session). */
const MAX_WAITING_PER_TYPE = 1_000;

/**
 * Runs the stages of the workflow types it is given: registers their definitions, pulls their
 * tasks from JetStream (one durable consumer per stage, shared by every worker of that type),
 * claims each under a lease and completes it under the fencing token.
 */
export class Worker {
  readonly id: string;
  readonly #options: WorkerOptions;
  readonly #log: Logger;
  readonly #stopping = new AbortController();
  #nc: NatsConnection | undefined;
  #client: GrpcClient<WorkflowServiceClient> | undefined;
  #consumers: Consumption[] = [];
  #shutdown: Promise<void> | undefined;
  #health: HealthServer | undefined;
  #leases: LeaseKeeper | undefined;
  #quota: QuotaRpc | undefined;
  /** Next stages handed back by completions (not tasks of a consumer), while they run. */
  readonly #handedBack = new Set<Promise<void>>();
  /** The WorkerSession stream: waiting claims and completions. */
  #session: Session | undefined;
  /** Aborted when shutdown begins: no more waiting claims (the session is drained) nor next stages. */
  readonly #drain = new AbortController();
  /** The probe port, once started with `healthPort`. */
  healthPort: number | undefined;

  constructor(options: WorkerOptions) {
    this.#options = options;
    this.id = options.workerId ?? `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;
    this.#log = (options.log ?? createLogger({ service: 'worker' })).child({ worker_id: this.id });
  }

  async start(): Promise<void> {
    const quotaStage = this.#options.workflows.flatMap((wf) => wf.stages.filter((s) => s.quota !== undefined).map((s) => `${wf.type}.${s.name}`))[0];
    if (quotaStage !== undefined && !this.#options.quotaAddress) {
      throw new TypeError(`stage ${quotaStage} declares a quota, but the worker has no quotaAddress (host:port of the quota service)`);
    }
    if (this.#options.quotaAddress) {
      this.#quota = new QuotaRpc({
        address: this.#options.quotaAddress,
        log: this.#log,
        ...(this.#options.quotaDeadlineMs === undefined ? {} : { deadlineMs: this.#options.quotaDeadlineMs }),
        ...(this.#options.quotaUnavailableBackoffMs === undefined ? {} : { unavailableBackoffMs: this.#options.quotaUnavailableBackoffMs }),
        ...(this.#options.quotaMaxInlineWaitMs === undefined ? {} : { maxInlineWaitMs: this.#options.quotaMaxInlineWaitMs }),
      });
    }
    if (this.#options.healthPort !== undefined) {
      this.#health = new HealthServer();
      this.healthPort = await this.#health.listen(this.#options.healthHost ?? '127.0.0.1', this.#options.healthPort);
    }
    const prefix = this.#options.prefix ?? DEFAULT_PREFIX;
    const client = createClient(loadContracts().services.workflow, this.#options.workflowAddress, { deadlineMs: 10_000 });
    this.#client = client;
    for (const wf of this.#options.workflows) {
      // A worker may start before the workflow service answers (a whole platform starting
      // together, a rolling deploy): wait for it rather than crash.
      const registered = await client.call(
        'RegisterDefinition',
        registration(wf),
        { waitForReady: true, deadlineMs: this.#options.startTimeoutMs ?? 60_000 },
      );
      this.#log.info({ workflow_type: wf.type, version: registered.version }, 'workflow type registered');
    }
    const nc = await connectNats({ servers: this.#options.natsUrl, name: `worker-${this.id}`, log: this.#log });
    this.#nc = nc;
    await provisionStreams(nc, prefix);
    const js = jetstream(nc);
    const leaseTtlMs = this.#options.leaseTtlMs ?? 0;
    const leases = new LeaseKeeper({
      client,
      workerId: this.id,
      log: this.#log,
      intervalMs: this.#options.heartbeatIntervalMs ?? (leaseTtlMs > 0 ? Math.max(100, Math.floor(leaseTtlMs / 3)) : 10_000),
    });
    this.#leases = leases;
    leases.start();
    const concurrency = this.#options.concurrency ?? 4;
    const stages = new Map<string, LocalStage>();
    for (const wf of this.#options.workflows) {
      for (const stage of wf.stages) stages.set(stageKey(wf.type, stage.name), { definition: stage, slots: new StageSlots(concurrency) });
    }
    const nextOf = new Map<string, LocalStage>();
    for (const wf of this.#options.workflows) {
      wf.stages.slice(1).forEach((next, i) => nextOf.set(stageKey(wf.type, wf.stages[i]!.name), stages.get(stageKey(wf.type, next.name))!));
    }
    const session = new Session({
      client,
      workerId: this.id,
      log: this.#log,
      onClaim: (local, claim) => void startLeased(deps, local, claim),
      onLateClaim: (claim) => void releaseLeased(deps, claim),
    });
    this.#session = session;
    const deps: RunTaskDeps = {
      client,
      workerId: this.id,
      leaseTtlMs,
      log: this.#log,
      leases,
      stopping: this.#stopping.signal,
      claims: new ClaimBatcher(client, this.id, leaseTtlMs),
      completions: new CompletionBatcher((request) => session.completeStages(request), leaseTtlMs),
      nextStage: (type: string, stage: string) => (this.#drain.signal.aborted ? undefined : nextOf.get(stageKey(type, stage))),
      startNext: (run: () => Promise<void>) => {
        if (this.#drain.signal.aborted) return false;
        const running: Promise<void> = run().finally(() => this.#handedBack.delete(running));
        this.#handedBack.add(running);
        return true;
      },
      quota: this.#quota,
    };
    for (const wf of this.#options.workflows) {
      for (const stage of wf.stages) {
        const consumption = await consume<StageTask>(js, {
          stream: tasksStreamName(prefix),
          durable: `worker_${wf.type}_${stage.name}`,
          filterSubject: taskSubject(prefix, wf.type, stage.name),
          concurrency,
          // Shared with the next stages that completions hand back (StageSlots).
          slots: stages.get(stageKey(wf.type, stage.name))!.slots,
          // A task delivered to a worker that froze (SIGSTOP, a stalled VM) stays with it until
          // the ack wait runs out; keep that short (the handler's progress acks extend it), and
          // never give up on a task: the engine, not JetStream, counts a stage's attempts.
          ackWaitMs: 5_000,
          pullExpiresMs: 2_000,
          // A task held back by a concurrency limit comes back soon: capacity frees as stages end.
          retryDelayMs: (n) => Math.round(Math.min(2_000, 100 * 2 ** Math.min(n, 5)) * (0.5 + Math.random() / 2)),
          maxDeliver: -1,
          log: this.#log,
          handler: (event, meta) => runTask(deps, wf.type, stage, event.data, meta.ctx),
        });
        this.#consumers.push(consumption);
      }
    }
    const waiting = Math.max(0, Math.min(this.#options.waitingClaims ?? 16, concurrency - 1, MAX_WAITING_PER_TYPE));
    session.start();
    for (const wf of this.#options.workflows) {
      const first = stages.get(stageKey(wf.type, wf.stages[0]!.name))!;
      // A stage under a concurrency limit is never leased on creation (the claim counts the limit).
      if ((first.definition.maxConcurrency ?? 0) > 0 || (wf.maxConcurrency ?? 0) > 0 || (wf.maxConcurrencyPerTenant ?? 0) > 0) continue;
      if (waiting > 0) session.wait(wf.type, first, waiting, leaseTtlMs);
    }
    this.#health?.setReady(true);
    this.#log.info({ workflow_types: this.#options.workflows.map((w) => w.type), health_port: this.healthPort }, 'worker started');
  }

  /** Stops pulling, lets running stages finish (their signal is aborted), then disconnects. */
  shutdown(): Promise<void> {
    this.#shutdown ??= (async () => {
      this.#health?.setReady(false);
      // Stop pulling; running stages get the grace period to finish, then their signal is
      // aborted and they hand their lease back (ReleaseStage) instead of waiting out the TTL.
      this.#drain.abort();
      const stopped = (async () => {
        await Promise.all([...this.#consumers.map((c) => c.stop()), this.#session?.drain()]);
        // A stage that finishes now hands back no next one (#drain is aborted), so this ends.
        while (this.#handedBack.size > 0) await Promise.all(this.#handedBack);
      })();
      const grace = this.#options.shutdownGraceMs ?? 10_000;
      let timer: NodeJS.Timeout | undefined;
      const finished = await Promise.race([stopped.then(() => true), new Promise<boolean>((r) => (timer = setTimeout(() => r(false), grace)))]);
      clearTimeout(timer);
      if (!finished) {
        this.#log.warn({ running: this.#leases?.size ?? 0, grace_ms: grace }, 'stages still running after the grace period: stopping them');
        this.#stopping.abort();
        await stopped;
      }
      await this.#leases?.stop();
      await this.#quota?.close();
      this.#client?.close();
      if (this.#nc !== undefined) await drainNats(this.#nc);
      await this.#health?.close();
      this.#log.info('worker stopped');
    })();
    return this.#shutdown;
  }
}

/** The RegisterDefinition request for a workflow type; 0 leaves a field to the server's default. */
function registration(wf: WorkflowDefinition) {
  const retry = (r: RetryOptions | undefined) =>
    r === undefined
      ? null
      : { max_attempts: r.maxAttempts ?? 0, initial_delay_ms: r.initialDelayMs ?? 0, multiplier: r.multiplier ?? 0, max_delay_ms: r.maxDelayMs ?? 0, jitter: r.jitter ?? 0 };
  return {
    type: wf.type,
    default_retry: retry(wf.retry),
    max_concurrency: wf.maxConcurrency ?? 0,
    max_concurrency_per_tenant: wf.maxConcurrencyPerTenant ?? 0,
    max_queued_per_tenant: wf.maxQueuedPerTenant ?? 0,
    stages: wf.stages.map((s) => ({
      name: s.name,
      retry: retry(s.retry),
      timeout_ms: s.timeoutMs ?? 0,
      lease_ttl_ms: s.leaseTtlMs ?? 0,
      quota_resource: s.quota?.resource ?? s.quotaResource ?? '',
      max_concurrency: s.maxConcurrency ?? 0,
      priority: s.priority ?? 0,
    })),
  };
}
