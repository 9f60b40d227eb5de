import { createServer } from 'node:net';
import { expect } from 'chai';
import { loadContracts, type WorkflowServiceHandlers } from '@sluice/contracts';
import { SluiceError } from '@sluice/errors';
import { createClient, createGrpcServer, unary } from '@sluice/grpc';
import { capturingLogger } from './probes.ts';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

describe('a call to a server that is not up yet', () => {
  const { services } = loadContracts();
  const handlers: Partial<WorkflowServiceHandlers> = { GetWorkflow: unary(async (req) => ({ id: req.id })) };

  it('fails at once with UNAVAILABLE by default', async () => {
    const client = createClient(services.workflow, `127.0.0.1:${await freePort()}`, { deadlineMs: 2000 });
    try {
      const started = Date.now();
      const err = await client.call('GetWorkflow', { tenant_id: 't', id: 'wf_1' }).then(() => null, (e: unknown) => e);
      expect(err).to.be.instanceOf(SluiceError);
      expect((err as SluiceError).code).to.equal('UNAVAILABLE');
      expect(Date.now() - started).to.be.lessThan(1500);
    } finally {
      client.close();
    }
  });

  it('waits for the server with waitForReady and succeeds once it listens', async () => {
    const port = await freePort();
    const client = createClient(services.workflow, `127.0.0.1:${port}`);
    const server = createGrpcServer({ log: capturingLogger().log, services: [{ definition: services.workflow.service, implementation: handlers }] });
    try {
      const pending = client.call('GetWorkflow', { tenant_id: 't', id: 'wf_late' }, { waitForReady: true, deadlineMs: 10_000 });
      await new Promise((r) => setTimeout(r, 500));
      await server.listen('127.0.0.1', port);
      expect((await pending).id).to.equal('wf_late');
    } finally {
      client.close();
      await server.shutdown(1000);
    }
  });
});
