import { connect, AuthorizationError, type NatsConnection } from '@nats-io/transport-node';
import { fullJitterDelay, type BackoffOptions } from '@sluice/db';
import { SluiceError } from '@sluice/errors';
import type { Logger } from '@sluice/logging';
import { setTimeout as sleep } from 'node:timers/promises';

export interface NatsOptions {
  /** `nats://host:4222` (NATS_URL), or several for a cluster. */
  readonly servers: string | readonly string[];
  /** The connection name the server shows in its monitoring (service name and pod). */
  readonly name: string;
  readonly log: Logger;
  /** Retry of the first connection; once connected, the client reconnects forever on its own. */
  readonly connect?: Partial<BackoffOptions>;
}

const DEFAULT_CONNECT: BackoffOptions = { attempts: 10, baseDelayMs: 200, maxDelayMs: 5_000 };

/**
 * Connects to NATS, retrying the first connection with exponential backoff and full jitter
 * (nats.js gives up on a failed first connect at once, and a service may start before NATS).
 * Once connected, the client reconnects forever (`maxReconnectAttempts: -1`): a service
 * outlives NATS restarts instead of exiting with its in-flight work. Status changes are logged.
 * Thrown (SluiceError UNAVAILABLE, naming the servers) after `connect.attempts` failures, or
 * at once when the server refuses our credentials.
 */
export async function connectNats(options: NatsOptions): Promise<NatsConnection> {
  const servers = typeof options.servers === 'string' ? [options.servers] : [...options.servers];
  const backoff = { ...DEFAULT_CONNECT, ...options.connect };
  const where = servers.join(',');
  for (let attempt = 1; ; attempt++) {
    try {
      // noAsyncTraces: no Error (with its stack) made up front for every request and JetStream
      // publish in case it fails; the failures still reject, with a shorter stack.
      const nc = await connect({ servers, name: options.name, maxReconnectAttempts: -1, reconnectTimeWait: 1_000, noAsyncTraces: true });
      logStatus(nc, options.log.child({ component: 'nats', servers: where }));
      if (attempt > 1) options.log.info({ servers: where, attempt }, 'nats connected');
      return nc;
    } catch (err) {
      if (err instanceof AuthorizationError) throw SluiceError.unavailable(`NATS at ${where}`, err);
      if (attempt >= backoff.attempts) {
        options.log.error({ servers: where, attempts: attempt, err }, 'nats unreachable, giving up');
        throw SluiceError.unavailable(`NATS at ${where}`, err);
      }
      const delayMs = fullJitterDelay(attempt, backoff);
      options.log.warn({ servers: where, attempt, attempts: backoff.attempts, delayMs, reason: (err as Error).message }, 'nats unreachable, retrying');
      await sleep(delayMs);
    }
  }
}

function logStatus(nc: NatsConnection, log: Logger): void {
  void (async () => {
    for await (const status of nc.status()) {
      if (status.type === 'disconnect' || status.type === 'error' || status.type === 'staleConnection') log.warn({ status: status.type }, 'nats connection status');
      else if (status.type === 'reconnect') log.info({ status: status.type }, 'nats connection status');
    }
  })().catch(() => undefined);
}

/**
 * Drains and closes the connection: subscriptions stop, pending publishes are flushed.
 * Shutdown step 4 (STYLE.md §10), after consumers stopped and before the ORM closes.
 * Safe to call twice.
 */
export async function drainNats(nc: NatsConnection): Promise<void> {
  if (nc.isClosed() || nc.isDraining()) return nc.closed().then(() => undefined);
  await nc.drain();
}
