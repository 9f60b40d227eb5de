import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'chai';
import { EventType, loadContracts, protosDir, SERVICE_NAMES, WorkflowState, type Workflow } from '@sluice/contracts';

const root = resolve(import.meta.dirname, '../../..');
const srcDir = resolve(import.meta.dirname, '../src');
const generatedDir = join(srcDir, 'generated');

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

// proto-loader types a message's descriptor as `object`; it is a DescriptorProto.
function fieldsOf(message: { type: object }): { name: string; number: number }[] {
  return (message.type as { field: { name: string; number: number }[] }).field;
}

describe('the contracts', () => {
  it('has committed generated types that match the protos (run `npm run gen` after editing a .proto)', async () => {
    const out = await mkdtemp(join(tmpdir(), 'sluice-gen-'));
    try {
      await promisify(execFile)('sh', [join(root, 'scripts/gen-types.sh'), out]);
      const fresh = await listFiles(out);
      expect(await listFiles(generatedDir)).to.deep.equal(fresh);
      for (const file of fresh) {
        const [want, have] = await Promise.all([readFile(join(out, file), 'utf8'), readFile(join(generatedDir, file), 'utf8')]);
        expect(have, `${file} is stale`).to.equal(want);
      }
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it('exports the types of every generated message, enum and service from the index', async () => {
    const index = await readFile(join(srcDir, 'index.ts'), 'utf8');
    const files = (await listFiles(join(generatedDir, 'sluice'))).map((f) => `'./generated/sluice/${f}'`);
    const missing = files.filter((f) => !index.includes(f));
    expect(missing, 'add these to libs/contracts/src/index.ts').to.deep.equal([]);
  });

  it('loads each package and exposes its service with a definition for addService', () => {
    const contracts = loadContracts();
    for (const [name, fullName] of Object.entries(SERVICE_NAMES)) {
      const Service = contracts.services[name as keyof typeof SERVICE_NAMES];
      const paths = Object.values(Service.service).map((m) => m.path);
      expect(paths.length, name).to.be.greaterThan(0);
      for (const path of paths) expect(path.startsWith(`/${fullName}/`), path).to.equal(true);
    }
    expect(contracts.services.workflow).to.equal(contracts.workflow.sluice.workflow.v1.WorkflowService);
    expect(fieldsOf(contracts.events.sluice.events.v1.CloudEvent).map((f) => f.name)).to.include.members([
      'specversion', 'id', 'source', 'type', 'subject', 'time', 'datacontenttype', 'data',
    ]);
    expect(loadContracts()).to.equal(contracts);
    expect(protosDir).to.equal(join(root, 'protos'));
  });

  it('keeps the workflow RPCs the workflow service implements first, field for field', () => {
    const v1 = loadContracts().workflow.sluice.workflow.v1;
    const fields = (t: { type: object }) => fieldsOf(t).map((f) => `${f.number}:${f.name}`);
    expect(fields(v1.CreateWorkflowRequest)).to.deep.equal(['1:tenant_id', '2:type', '3:input_json', '4:priority', '5:idempotency_key']);
    expect(fields(v1.GetWorkflowRequest)).to.deep.equal(['1:tenant_id', '2:id']);
    expect(fields(v1.ClaimStageRequest).slice(0, 3)).to.deep.equal(['1:attempt_id', '2:worker_id', '3:lease_ttl_ms']);
    expect(fields(v1.CompleteStageRequest).slice(0, 3)).to.deep.equal(['1:attempt_id', '2:fence', '3:output_json']);
    expect(fields(v1.Workflow).slice(0, 13)).to.deep.equal([
      '1:id', '2:tenant_id', '3:type', '4:state', '5:current_stage', '6:input_json', '7:output_json', '8:priority',
      '9:version', '10:created_at', '11:updated_at', '12:retry_count', '13:last_error_json',
    ]);
    expect(fields(v1.ClaimStageResponse).slice(0, 9)).to.deep.equal([
      '1:attempt_id', '2:workflow_id', '3:tenant_id', '4:workflow_type', '5:stage', '6:fence', '7:input_json',
      '8:lease_expires_at', '9:attempt',
    ]);
    const service = v1.WorkflowService.service;
    expect(service.CreateWorkflow.path).to.equal('/sluice.workflow.v1.WorkflowService/CreateWorkflow');
    expect(service.WatchWorkflow.responseStream).to.equal(true);
  });

  it('decodes enums as value names, unset fields as defaults (optional ones as absent) and int64 as exact decimal strings', () => {
    const contracts = loadContracts();
    const getWorkflow = contracts.services.workflow.service.GetWorkflow;
    const roundTrip = (wf: Workflow) => getWorkflow.responseDeserialize(getWorkflow.responseSerialize(wf));
    const wf = roundTrip({ id: 'wf_1', state: WorkflowState.COMPLETED });
    expect(wf.state).to.equal('COMPLETED');
    expect(wf.output_json).to.equal('');
    expect(wf.retry_count).to.equal(0);
    // `optional int32 priority`: absent stays absent, and a 0 that was sent is kept.
    expect(wf.priority).to.equal(undefined);
    expect(roundTrip({ id: 'wf_1', priority: 0 }).priority).to.equal(0);

    const acquire = contracts.services.quota.service.AcquireGrant;
    const big = '9007199254740993'; // 2^53 + 1: a JavaScript number would round it
    const request = acquire.requestDeserialize(
      acquire.requestSerialize({ tenant_id: 't_1', resource: 'openai', amounts: [{ unit: 'QUOTA_UNIT_INPUT_TOKENS', amount: big }] }),
    );
    expect(request.amounts[0]).to.deep.equal({ unit: 'QUOTA_UNIT_INPUT_TOKENS', amount: big });
  });
});

describe('EventType', () => {
  it('names exactly the CloudEvents types the events proto documents', async () => {
    const proto = await readFile(join(protosDir, 'sluice/events/v1/events.proto'), 'utf8');
    const documented = new Set([...proto.matchAll(/type "(sluice\.[a-z_.]+)"/g)].map((m) => m[1]));
    expect([...documented].sort()).to.deep.equal(Object.values(EventType).sort());
  });
});
