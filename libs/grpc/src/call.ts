import { Metadata, type CallOptions, type Client, type ClientReadableStream, type ClientUnaryCall, type requestCallback } from '@grpc/grpc-js';
import { fromServiceError } from './error-metadata.ts';

export interface RpcOptions {
  /** This call's deadline, from now; overrides the client's default. */
  readonly deadlineMs?: number;
  readonly metadata?: Metadata;
  /**
   * Wait (up to the deadline) for the server to come up instead of failing at once with
   * UNAVAILABLE: for calls made while a fleet starts together, like a worker registering.
   */
  readonly waitForReady?: boolean;
  /** Cancels the call when aborted (it then rejects with CANCELLED); unary calls only. */
  readonly signal?: AbortSignal;
}

// The generated client interfaces declare each method as overloads; a conditional type
// matches the last one: (argument, callback) for unary methods, (argument, options?) for
// server-streaming ones.
type UnaryFn<Req, Res> = (argument: Req, callback: requestCallback<Res>) => ClientUnaryCall;
type StreamFn<Req, Res> = (argument: Req, options?: CallOptions) => ClientReadableStream<Res>;

/** The names of a client's unary methods (both spellings: `GetWorkflow`, `getWorkflow`). */
export type UnaryMethod<C> = { [K in keyof C & string]: C[K] extends UnaryFn<infer _Req, infer _Res> ? K : never }[keyof C & string];
/** The names of a client's server-streaming methods. */
export type ServerStreamMethod<C> = {
  [K in keyof C & string]: C[K] extends StreamFn<infer _Req, infer _Res> ? K : never;
}[keyof C & string];
export type RequestOf<F> = F extends UnaryFn<infer Req, infer _Res> ? Req : F extends StreamFn<infer Req, infer _Res> ? Req : never;
export type ResponseOf<F> = F extends UnaryFn<infer _Req, infer Res> ? Res : F extends StreamFn<infer _Req, infer Res> ? Res : never;

function callOptions(options: RpcOptions): CallOptions {
  return options.deadlineMs === undefined ? {} : { deadline: new Date(Date.now() + options.deadlineMs) };
}

// grpc-js reads wait-for-ready from the call's metadata options, not from CallOptions.
function callMetadata(options: RpcOptions): Metadata {
  const metadata = options.metadata ?? new Metadata();
  if (options.waitForReady === true) metadata.setOptions({ ...metadata.getOptions(), waitForReady: true });
  return metadata;
}

/**
 * Calls a unary method and resolves to its response; a failure rejects with the SluiceError
 * the server sent (see fromServiceError).
 *
 * ```ts
 * const wf = await call(client, 'GetWorkflow', { tenant_id, id }, { deadlineMs: 2000 });
 * ```
 */
export function call<C extends Client, M extends UnaryMethod<C>>(
  client: C,
  method: M,
  request: RequestOf<C[M]>,
  options: RpcOptions = {},
): Promise<ResponseOf<C[M]>> {
  // The executor runs synchronously, so the call starts in the caller's context (its span).
  return new Promise((resolve, reject) => {
    const fn = client[method] as (req: unknown, md: Metadata, opts: CallOptions, cb: requestCallback<unknown>) => ClientUnaryCall;
    const { signal } = options;
    const cancel = () => started.cancel();
    const started = fn.call(client, request, callMetadata(options), callOptions(options), (err, value) => {
      signal?.removeEventListener('abort', cancel);
      if (err) reject(fromServiceError(err));
      else resolve(value as ResponseOf<C[M]>);
    });
    if (signal?.aborted) started.cancel();
    else signal?.addEventListener('abort', cancel, { once: true });
  });
}

/**
 * Calls a server-streaming method and yields its messages; a failure throws the SluiceError
 * the server sent. Leaving the loop early cancels the call.
 *
 * ```ts
 * for await (const update of stream(client, 'WatchWorkflow', { tenant_id, id })) { ... }
 * ```
 */
export async function* stream<C extends Client, M extends ServerStreamMethod<C>>(
  client: C,
  method: M,
  request: RequestOf<C[M]>,
  options: RpcOptions = {},
): AsyncGenerator<ResponseOf<C[M]>, void, undefined> {
  const fn = client[method] as (req: unknown, md: Metadata, opts: CallOptions) => ClientReadableStream<ResponseOf<C[M]>>;
  const responses = fn.call(client, request, callMetadata(options), callOptions(options));
  let done = false;
  try {
    for await (const message of responses) yield message as ResponseOf<C[M]>;
    done = true;
  } catch (err) {
    done = true;
    throw fromServiceError(err);
  } finally {
    if (!done) responses.cancel();
  }
}
