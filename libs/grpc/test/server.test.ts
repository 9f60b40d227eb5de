import { expect } from 'chai';
import { loadContracts, SERVICE_NAMES, type QuotaServiceHandlers, type WorkflowServiceHandlers } from '@sluice/contracts';
import { createGrpcServer, HEALTH_SERVICE_NAME, unary, type GrpcServer } from '@sluice/grpc';
import { capturingLogger, checkHealth, reflect } from './probes.ts';

describe('the gRPC server', () => {
  const { services } = loadContracts();
  let server: GrpcServer;
  let address: string;

  before(async () => {
    const workflow: Partial<WorkflowServiceHandlers> = {
      GetWorkflow: unary(async (req) => ({ id: req.id, tenant_id: req.tenant_id, state: 'QUEUED' })),
    };
    const quota: Partial<QuotaServiceHandlers> = {
      ListLimits: unary(async () => ({ limits: [] })),
    };
    server = createGrpcServer({
      log: capturingLogger().log,
      services: [
        { definition: services.workflow.service, implementation: workflow },
        { name: SERVICE_NAMES.quota, definition: services.quota.service, implementation: quota },
      ],
    });
    address = `127.0.0.1:${await server.listen('127.0.0.1', 0)}`;
  });

  after(() => server.shutdown(1000));

  it('answers health checks with SERVING for each service and for the whole server', async () => {
    for (const name of ['', SERVICE_NAMES.workflow, SERVICE_NAMES.quota]) {
      expect(await checkHealth(address, name), name || '(server)').to.equal('SERVING');
    }
  });

  it('answers NOT_FOUND for a service it does not serve', async () => {
    const err = await checkHealth(address, SERVICE_NAMES.storage).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).to.have.property('code', 5);
  });

  it('lists the services it serves, and only those, through reflection', async () => {
    const response = await reflect(address, { list_services: '' });
    const names = response.list_services_response?.service.map((s) => s.name).sort();
    expect(names).to.deep.equal([HEALTH_SERVICE_NAME, SERVICE_NAMES.quota, SERVICE_NAMES.workflow].sort());
  });

  it('describes a served service and its methods through reflection', async () => {
    const response = await reflect(address, { file_containing_symbol: SERVICE_NAMES.workflow });
    const files = Buffer.concat(response.file_descriptor_response?.file_descriptor_proto ?? []).toString('latin1');
    // proto-loader regroups descriptors by package, so the file is "sluice_workflow_v1.proto".
    expect(files).to.include('sluice.workflow.v1').and.include('WorkflowService').and.include('ClaimStage');
  });

  it('reports NOT_SERVING after setServing(false) and SERVING again after setServing(true)', async () => {
    server.setServing(false);
    expect(await checkHealth(address, '')).to.equal('NOT_SERVING');
    expect(await checkHealth(address, SERVICE_NAMES.workflow)).to.equal('NOT_SERVING');
    server.setServing(true);
    expect(await checkHealth(address, SERVICE_NAMES.workflow)).to.equal('SERVING');
  });
});

describe('gRPC server shutdown', () => {
  it('stops accepting calls and returns the first promise to every later call', async () => {
    const server = createGrpcServer({ log: capturingLogger().log, services: [] });
    const address = `127.0.0.1:${await server.listen('127.0.0.1', 0)}`;
    expect(await checkHealth(address, '')).to.equal('SERVING');
    const first = server.shutdown(1000);
    expect(server.shutdown(5)).to.equal(first);
    await first;
    const err = await checkHealth(address, '').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).to.have.property('code', 14); // UNAVAILABLE: nobody listens any more
  });
});
