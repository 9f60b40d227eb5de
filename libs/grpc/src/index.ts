/**
 * gRPC for Sluice services and their callers: a server with health, reflection and Sluice
 * error statuses, and promise clients that turn failures back into SluiceErrors.
 *
 * ```ts
 * import { createGrpcServer, createClient, unary } from '@sluice/grpc';
 * import { loadContracts, type WorkflowServiceHandlers } from '@sluice/contracts';
 *
 * const { services } = loadContracts();
 * const handlers: Partial<WorkflowServiceHandlers> = {
 *   GetWorkflow: unary(async (req) => {
 *     throw SluiceError.notFound('workflow', req.id); // → NOT_FOUND, trailer sluice-code: NOT_FOUND
 *   }),
 * };
 * const server = createGrpcServer({ log, services: [{ definition: services.workflow.service, implementation: handlers }] });
 * const port = await server.listen('0.0.0.0', 50051);
 *
 * const workflow = createClient(services.workflow, `localhost:${port}`, { deadlineMs: 5000 });
 * await workflow.call('GetWorkflow', { tenant_id: 't_1', id: 'wf_1' }); // rejects with SluiceError NOT_FOUND
 * await server.shutdown(10_000); // NOT_SERVING, drain, force after 10 s
 * ```
 */
export { createGrpcServer } from './create-grpc-server.ts';
export { unary, serverStream } from './handlers.ts';
export { createClient } from './create-client.ts';
export { call, stream } from './call.ts';
export { defaultDeadline } from './default-deadline.ts';
export { ERROR_METADATA, fromServiceError } from './error-metadata.ts';
export { HEALTH_SERVICE_NAME } from './reflection.ts';
export { streamedCallSpan } from './streamed-call-span.ts';
export type { GrpcServer, GrpcServerOptions, GrpcServiceRegistration } from './create-grpc-server.ts';
export type { ServiceImplementation, ErrorMapper } from './wrap-service.ts';
export type { GrpcClient, GrpcClientOptions, ClientConstructor } from './create-client.ts';
export type { RpcOptions, UnaryMethod, ServerStreamMethod, RequestOf, ResponseOf } from './call.ts';
