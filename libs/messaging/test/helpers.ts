import { Writable } from 'node:stream';
import { propagation } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import type { JetStreamManager, StoredMsg } from '@nats-io/jetstream';
import { createLogger, type Logger } from '@sluice/logging';

/** A logger whose JSON lines the test can read back. */
export function memoryLogger(): { log: Logger; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk.toString());
      callback();
    },
  });
  return {
    log: createLogger({ service: 'messaging-test', level: 'debug', destination }),
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

/**
 * Makes `propagation.inject` write `traceparent` (the no-op default writes nothing). Leaves a
 * propagator that someone else registered (a real SDK) alone; returns the undo for `after`.
 */
export function useW3CPropagator(): () => void {
  if (propagation.fields().includes('traceparent')) return () => undefined;
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  return () => propagation.disable();
}

/** Every message in a stream, oldest first (read by sequence: works on NATS 2.9). */
export async function readStream(jsm: JetStreamManager, stream: string): Promise<StoredMsg[]> {
  const { state } = await jsm.streams.info(stream);
  const out: StoredMsg[] = [];
  if (state.messages === 0) return out;
  for (let seq = state.first_seq; seq <= state.last_seq; seq++) {
    const msg = await jsm.streams.getMessage(stream, { seq }).catch(() => null);
    if (msg !== null) out.push(msg);
  }
  return out;
}

/** Polls `check` until it holds or `timeoutMs` passes. */
export async function eventually(check: () => Promise<boolean> | boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
