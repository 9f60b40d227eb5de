import { setTimeout as sleep } from 'node:timers/promises';
import { expect } from 'chai';
import { rejection } from '@sluice/testing';
import { loadContracts, type WorkflowServiceClient, type WorkflowServiceHandlers } from '@sluice/contracts';
import { SluiceError } from '@sluice/errors';
import { createClient, createGrpcServer, serverStream, unary, type GrpcClient, type GrpcServer } from '@sluice/grpc';
import { capturingLogger } from './probes.ts';

describe('gRPC errors between a Sluice server and client', () => {
  const { services } = loadContracts();
  const { log, lines } = capturingLogger();
  let server: GrpcServer;
  let client: GrpcClient<WorkflowServiceClient>;
  const cancelledOnServer: string[] = [];

  before(async () => {
    const handlers: Partial<WorkflowServiceHandlers> = {
      GetWorkflow: unary(async (req, call) => {
        call.on('cancelled', () => cancelledOnServer.push(req.id));
        if (req.id === 'wf_transition') throw SluiceError.invalidTransition(req.id, 'QUEUED', 'COMPLETED');
        if (req.id === 'wf_crash') throw new Error('connection reset by peer at 10.0.0.3');
        if (req.id === 'wf_slow') await sleep(1000);
        return { id: req.id, tenant_id: req.tenant_id, state: 'QUEUED', version: 3 };
      }),
      // A callback-style handler that throws synchronously is mapped too.
      CancelWorkflow: (call) => {
        throw new SluiceError('INVALID_ARGUMENT', 'reason is too long', { details: { field: 'reason', value: call.request.reason } });
      },
      WatchWorkflow: serverStream(async (req, call) => {
        call.write({ workflow: { id: req.id, state: 'PROCESSING' } });
        throw SluiceError.notFound('workflow', req.id);
      }),
    };
    server = createGrpcServer({ log, services: [{ definition: services.workflow.service, implementation: handlers }] });
    const port = await server.listen('127.0.0.1', 0);
    client = createClient(services.workflow, `127.0.0.1:${port}`, { deadlineMs: 400 });
  });

  after(async () => {
    client.close();
    await server.shutdown(1000);
  });

  it('applies the server\'s mapError to what a handler throws before it becomes a status', async () => {
    const mapped = createGrpcServer({
      log,
      services: [{ definition: services.workflow.service, implementation: { GetWorkflow: unary(async () => { throw new Error('timeout exceeded when trying to connect'); }) } }],
      mapError: (err) => (err instanceof Error && err.message.startsWith('timeout') ? SluiceError.unavailable('database', err) : err),
    });
    const port = await mapped.listen('127.0.0.1', 0);
    const c = createClient(services.workflow, `127.0.0.1:${port}`, { deadlineMs: 400 });
    try {
      const err = await rejection(c.call('GetWorkflow', { tenant_id: 't_1', id: 'wf_1' }));
      expect(err.code).to.equal('UNAVAILABLE');
      expect(err.grpcStatus).to.equal(14);
      expect(err.message).to.equal('database is unavailable');
    } finally {
      c.close();
      await mapped.shutdown(1000);
    }
  });

  it('returns the response of an async handler', async () => {
    const wf = await client.call('GetWorkflow', { tenant_id: 't_1', id: 'wf_1' });
    expect(wf).to.include({ id: 'wf_1', tenant_id: 't_1', state: 'QUEUED', version: 3, output_json: '' });
  });

  it('delivers a SluiceError as the same code, message and details with its gRPC status', async () => {
    const err = await rejection(client.call('GetWorkflow', { tenant_id: 't_1', id: 'wf_transition' }));
    expect(err.code).to.equal('INVALID_TRANSITION');
    expect(err.grpcStatus).to.equal(9); // FAILED_PRECONDITION
    expect(err.message).to.equal('workflow wf_transition cannot go from QUEUED to COMPLETED');
    expect(err.details).to.deep.equal({ workflowId: 'wf_transition', from: 'QUEUED', to: 'COMPLETED' });
    expect(err.cause).to.have.property('code', 9);
  });

  it('keeps details that are not plain ASCII intact', async () => {
    const reason = 'Müller sagt: “nein”\nzweite Zeile';
    const err = await rejection(client.call('cancelWorkflow', { tenant_id: 't_1', id: 'wf_1', reason }));
    expect(err.code).to.equal('INVALID_ARGUMENT');
    expect(err.details).to.deep.equal({ field: 'reason', value: reason });
  });

  it('hides any other error behind INTERNAL "internal error" and logs its cause', async () => {
    const err = await rejection(client.call('GetWorkflow', { tenant_id: 't_1', id: 'wf_crash' }));
    expect(err.code).to.equal('INTERNAL');
    expect(err.grpcStatus).to.equal(13);
    expect(err.message).to.equal('internal error');
    expect(JSON.stringify(err.details)).not.to.include('10.0.0.3');
    const logged = lines.find((l) => l.msg === 'rpc failed');
    expect(logged).to.have.nested.property('err.message', 'connection reset by peer at 10.0.0.3');
    expect(logged).to.have.property('method', '/sluice.workflow.v1.WorkflowService/GetWorkflow');
  });

  it('fails a slow call at the client default deadline with DEADLINE_EXCEEDED', async () => {
    const started = Date.now();
    const err = await rejection(client.call('GetWorkflow', { tenant_id: 't_1', id: 'wf_slow' }));
    expect(err.code).to.equal('DEADLINE_EXCEEDED');
    expect(err.grpcStatus).to.equal(4);
    expect(Date.now() - started).to.be.below(900);
  });

  it('lets one call wait longer than the default deadline', async () => {
    const wf = await client.call('GetWorkflow', { tenant_id: 't_1', id: 'wf_slow' }, { deadlineMs: 5000 });
    expect(wf.id).to.equal('wf_slow');
  });

  it('cancels a call when its signal aborts: CANCELLED at once, and the server sees the cancel', async () => {
    const aborted = new AbortController();
    const pending = rejection(client.call('GetWorkflow', { tenant_id: 't_1', id: 'wf_slow' }, { deadlineMs: 5000, signal: aborted.signal }));
    await sleep(50);
    aborted.abort();
    expect((await pending).code).to.equal('CANCELLED');
    expect(cancelledOnServer).to.include('wf_slow');
    // Already aborted: the call does not go out.
    expect((await rejection(client.call('GetWorkflow', { tenant_id: 't_1', id: 'wf_1' }, { signal: aborted.signal }))).code).to.equal('CANCELLED');
  });

  it('ends a server stream with the SluiceError its handler threw, after the messages it wrote', async () => {
    const received: string[] = [];
    const err = await rejection(
      (async () => {
        for await (const update of client.stream('WatchWorkflow', { tenant_id: 't_1', id: 'wf_9' })) {
          received.push(update.workflow?.state ?? '');
        }
      })(),
    );
    expect(received).to.deep.equal(['PROCESSING']);
    expect(err.code).to.equal('NOT_FOUND');
    expect(err.details).to.deep.equal({ kind: 'workflow', id: 'wf_9' });
  });

  it('answers a method without a handler with UNIMPLEMENTED', async () => {
    const err = await rejection(client.call('ListWorkflows', { tenant_id: 't_1' }));
    expect(err.code).to.equal('UNIMPLEMENTED');
    expect(err.grpcStatus).to.equal(12);
    expect(err.details).to.deep.equal({ method: '/sluice.workflow.v1.WorkflowService/ListWorkflows' });
  });
});
