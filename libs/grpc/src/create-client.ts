import { credentials as channelCredentials, type ChannelCredentials, type Client, type ClientOptions } from '@grpc/grpc-js';
import { call, stream, type RequestOf, type ResponseOf, type RpcOptions, type ServerStreamMethod, type UnaryMethod } from './call.ts';
import { defaultDeadline } from './default-deadline.ts';

export interface GrpcClientOptions {
  /** The deadline of each unary call that sets none; 10 s when omitted. */
  readonly deadlineMs?: number;
  /** Insecure when omitted (TLS ends at the ingress or the mesh). */
  readonly credentials?: ChannelCredentials;
  /** grpc-js channel options ('grpc.keepalive_time_ms', ...); interceptors run after the deadline one. */
  readonly clientOptions?: ClientOptions;
}

/** A generated service client with promise-returning calls and SluiceError failures. */
export interface GrpcClient<C extends Client> {
  /** The grpc-js client itself (callbacks, ServiceErrors), with the default deadline. */
  readonly raw: C;
  call<M extends UnaryMethod<C>>(method: M, request: RequestOf<C[M]>, options?: RpcOptions): Promise<ResponseOf<C[M]>>;
  stream<M extends ServerStreamMethod<C>>(method: M, request: RequestOf<C[M]>, options?: RpcOptions): AsyncGenerator<ResponseOf<C[M]>, void, undefined>;
  close(): void;
}

export type ClientConstructor<C extends Client> = new (address: string, credentials: ChannelCredentials, options?: ClientOptions) => C;

const DEFAULT_DEADLINE_MS = 10_000;

/**
 * A client for one service of @sluice/contracts.
 *
 * ```ts
 * const workflow = createClient(loadContracts().services.workflow, 'localhost:50051', { deadlineMs: 5000 });
 * const wf = await workflow.call('GetWorkflow', { tenant_id, id }); // Workflow__Output, or throws SluiceError
 * ```
 */
export function createClient<C extends Client>(Service: ClientConstructor<C>, address: string, options: GrpcClientOptions = {}): GrpcClient<C> {
  const clientOptions = options.clientOptions ?? {};
  const raw = new Service(address, options.credentials ?? channelCredentials.createInsecure(), {
    ...clientOptions,
    interceptors: [defaultDeadline(options.deadlineMs ?? DEFAULT_DEADLINE_MS), ...(clientOptions.interceptors ?? [])],
  });
  return {
    raw,
    call: (method, request, rpcOptions) => call(raw, method, request, rpcOptions),
    stream: (method, request, rpcOptions) => stream(raw, method, request, rpcOptions),
    close: () => raw.close(),
  };
}
