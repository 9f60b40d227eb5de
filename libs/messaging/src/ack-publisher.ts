import type { JetStreamClient, PubAck } from '@nats-io/jetstream';
import { createInbox, type Msg, type MsgHdrs, type NatsConnection, type Subscription } from '@nats-io/transport-node';

/** How long a publish waits for the stream's ack; js.publish's default too. */
const ACK_TIMEOUT_MS = 5_000;
/** How often pending publishes are checked against their deadline. */
const SWEEP_MS = 250;

/** Thrown when JetStream does not store a message: no stream for the subject, a stream error, or no ack in time. */
export class PublishFailedError extends Error {
  override readonly name = 'PublishFailedError';
  static noStream(subject: string): PublishFailedError {
    return new PublishFailedError(`no JetStream stream stores subject ${subject} (no responders)`);
  }
  static timeout(subject: string, ms: number): PublishFailedError {
    return new PublishFailedError(`JetStream did not acknowledge the publish to ${subject} within ${ms} ms`);
  }
  static refused(subject: string, description: string, code: number): PublishFailedError {
    return new PublishFailedError(`JetStream refused the publish to ${subject}: ${description} (${code})`);
  }
}

interface Pending {
  readonly subject: string;
  readonly deadline: number;
  readonly resolve: (ack: PubAck) => void;
  readonly reject: (err: Error) => void;
}

/**
 * JetStream publishes whose acks come back on one wildcard reply subscription. `js.publish` is a
 * NATS request per message: a reply subscription entry, a timer and two Error objects (one for
 * the stack, one on cancel) each, which the workflow service paid several times per stage; here
 * a publish is one protocol write and a map entry, and one timer sweeps the deadlines. The ack
 * is the same PubAck JSON, so duplicates (`Nats-Msg-Id`) are reported the same way.
 */
export class AckPublisher {
  readonly #nc: NatsConnection;
  readonly #inbox: string;
  readonly #pending = new Map<string, Pending>();
  readonly #sub: Subscription;
  #seq = 0;
  #sweeper: NodeJS.Timeout | undefined;

  constructor(nc: NatsConnection) {
    this.#nc = nc;
    this.#inbox = createInbox();
    this.#sub = nc.subscribe(`${this.#inbox}.*`, { callback: (err, msg) => (err === null ? this.#settle(msg) : this.#failAll(err)) });
    void nc.closed().then(() => this.#failAll(new Error('the NATS connection closed')));
  }

  /** Publishes `body` to `subject` and resolves with the stream's ack. */
  publish(subject: string, body: string | Uint8Array, headers: MsgHdrs): Promise<PubAck> {
    const id = (++this.#seq).toString(36);
    return new Promise<PubAck>((resolve, reject) => {
      this.#pending.set(id, { subject, deadline: Date.now() + ACK_TIMEOUT_MS, resolve, reject });
      this.#sweeper ??= setInterval(() => this.#sweep(), SWEEP_MS).unref();
      try {
        this.#nc.publish(subject, body, { reply: `${this.#inbox}.${id}`, headers });
      } catch (err) {
        this.#pending.delete(id);
        reject(err as Error);
      }
    });
  }

  #settle(msg: Msg): void {
    const id = msg.subject.slice(this.#inbox.length + 1);
    const p = this.#pending.get(id);
    if (p === undefined) return; // timed out already
    this.#pending.delete(id);
    if (msg.data.length === 0 && msg.headers?.code === 503) {
      p.reject(PublishFailedError.noStream(p.subject));
      return;
    }
    try {
      const ack = msg.json<PubAck & { error?: { code: number; err_code?: number; description: string } }>();
      if (ack.error !== undefined) p.reject(PublishFailedError.refused(p.subject, ack.error.description, ack.error.err_code ?? ack.error.code));
      else if (typeof ack.stream !== 'string' || ack.stream === '') p.reject(PublishFailedError.refused(p.subject, 'invalid ack response', 0));
      else p.resolve({ ...ack, duplicate: ack.duplicate === true });
    } catch (err) {
      p.reject(err as Error);
    }
  }

  #sweep(): void {
    const now = Date.now();
    // Deadlines grow with insertion order: stop at the first one still running.
    for (const [id, p] of this.#pending) {
      if (p.deadline > now) break;
      this.#pending.delete(id);
      p.reject(PublishFailedError.timeout(p.subject, ACK_TIMEOUT_MS));
    }
    if (this.#pending.size === 0 && this.#sweeper !== undefined) {
      clearInterval(this.#sweeper);
      this.#sweeper = undefined;
    }
  }

  #failAll(err: Error): void {
    for (const p of this.#pending.values()) p.reject(err);
    this.#pending.clear();
    this.#sub.unsubscribe();
  }
}

const publishers = new WeakMap<object, AckPublisher>();

/** The AckPublisher of `js`'s connection (one per connection), or undefined when `js` does not expose it. */
export function ackPublisherOf(js: JetStreamClient): AckPublisher | undefined {
  const nc = (js as unknown as { nc?: NatsConnection }).nc;
  if (nc === undefined || nc.isClosed()) return undefined;
  let publisher = publishers.get(nc);
  if (publisher === undefined) {
    publisher = new AckPublisher(nc);
    publishers.set(nc, publisher);
  }
  return publisher;
}
