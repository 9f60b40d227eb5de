import type { handleServerStreamingCall, handleUnaryCall, ServerUnaryCall, ServerWritableStream } from '@grpc/grpc-js';

/**
 * A unary handler written as an async function: its result is the response, a throw or a
 * rejection the error (mapped to a status by the server's wrapper).
 *
 * ```ts
 * GetWorkflow: unary(async (req) => toWorkflowMessage(await getWorkflow(em, req.tenant_id, req.id))),
 * ```
 */
export function unary<Req, Res>(fn: (request: Req, call: ServerUnaryCall<Req, Res>) => Promise<Res>): handleUnaryCall<Req, Res> {
  return (call, callback) => {
    fn(call.request, call).then(
      (response) => callback(null, response),
      (err: unknown) => callback(err as Error),
    );
  };
}

/**
 * A server-streaming handler written as an async function that writes to the call: the call
 * ends when the function resolves, and fails with its error when it rejects. The function
 * should stop writing once `call.cancelled` is true (the client went away).
 *
 * ```ts
 * WatchWorkflow: serverStream(async (req, call) => { for await (const u of updates(req)) call.write(u); }),
 * ```
 */
export function serverStream<Req, Res>(
  fn: (request: Req, call: ServerWritableStream<Req, Res>) => Promise<void>,
): handleServerStreamingCall<Req, Res> {
  return (call) => {
    fn(call.request, call).then(
      () => call.end(),
      (err: unknown) => call.emit('error', err),
    );
  };
}
