import { loadPackageDefinition } from '@grpc/grpc-js';
import { loadSync, type PackageDefinition } from '@grpc/proto-loader';
import { CONTRACT_FILES, type ContractName } from './contract-files.ts';
import { loaderOptions } from './loader-options.ts';
import type { ProtoGrpcType as EventsProto } from './generated/events.ts';
import type { ProtoGrpcType as MonitoringProto } from './generated/monitoring.ts';
import type { ProtoGrpcType as QuotaProto } from './generated/quota.ts';
import type { ProtoGrpcType as StorageProto } from './generated/storage.ts';
import type { ProtoGrpcType as WorkflowProto } from './generated/workflow.ts';

/**
 * Every contract package, loaded: service client constructors (each with `.service`, the
 * definition `server.addService` takes) and message type definitions.
 */
export interface Contracts {
  readonly workflow: WorkflowProto;
  readonly quota: QuotaProto;
  readonly storage: StorageProto;
  readonly monitoring: MonitoringProto;
  readonly events: EventsProto;
  /** The four service constructors, short for e.g. `workflow.sluice.workflow.v1.WorkflowService`. */
  readonly services: ContractServices;
  /** The proto-loader definitions the packages were built from (server reflection reads them). */
  readonly packageDefinitions: Readonly<Record<ContractName, PackageDefinition>>;
}

export interface ContractServices {
  readonly workflow: WorkflowProto['sluice']['workflow']['v1']['WorkflowService'];
  readonly quota: QuotaProto['sluice']['quota']['v1']['QuotaService'];
  readonly storage: StorageProto['sluice']['storage']['v1']['StorageService'];
  readonly monitoring: MonitoringProto['sluice']['monitoring']['v1']['MonitoringService'];
}

// Parsing the protos takes tens of milliseconds and yields immutable descriptions, so one
// parse serves the whole process (a server and its clients share it).
let cached: Contracts | undefined;

/** Loads (once) and returns the contract packages. */
export function loadContracts(): Contracts {
  cached ??= load();
  return cached;
}

function load(): Contracts {
  const definition = (name: ContractName): PackageDefinition => loadSync(CONTRACT_FILES[name], { ...loaderOptions });
  const packageDefinitions = Object.freeze({
    workflow: definition('workflow'),
    quota: definition('quota'),
    storage: definition('storage'),
    monitoring: definition('monitoring'),
    events: definition('events'),
  });
  // grpc-js returns an untyped GrpcObject; the generated ProtoGrpcType describes its shape
  // because both come from the same .proto with the same options.
  const workflow = loadPackageDefinition(packageDefinitions.workflow) as unknown as WorkflowProto;
  const quota = loadPackageDefinition(packageDefinitions.quota) as unknown as QuotaProto;
  const storage = loadPackageDefinition(packageDefinitions.storage) as unknown as StorageProto;
  const monitoring = loadPackageDefinition(packageDefinitions.monitoring) as unknown as MonitoringProto;
  const events = loadPackageDefinition(packageDefinitions.events) as unknown as EventsProto;
  const services = Object.freeze({
    workflow: workflow.sluice.workflow.v1.WorkflowService,
    quota: quota.sluice.quota.v1.QuotaService,
    storage: storage.sluice.storage.v1.StorageService,
    monitoring: monitoring.sluice.monitoring.v1.MonitoringService,
  });
  return Object.freeze({ workflow, quota, storage, monitoring, events, services, packageDefinitions });
}
