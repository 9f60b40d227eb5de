/** Each contract package's .proto file, relative to protosDir (one file per package). */
export const CONTRACT_FILES = {
  workflow: 'sluice/workflow/v1/workflow.proto',
  quota: 'sluice/quota/v1/quota.proto',
  storage: 'sluice/storage/v1/storage.proto',
  monitoring: 'sluice/monitoring/v1/monitoring.proto',
  events: 'sluice/events/v1/events.proto',
} as const;
export type ContractName = keyof typeof CONTRACT_FILES;

/**
 * Fully-qualified gRPC service names, as health checks (grpc.health.v1) and reflection name
 * them. The events package has no service.
 */
export const SERVICE_NAMES = {
  workflow: 'sluice.workflow.v1.WorkflowService',
  quota: 'sluice.quota.v1.QuotaService',
  storage: 'sluice.storage.v1.StorageService',
  monitoring: 'sluice.monitoring.v1.MonitoringService',
} as const;
export type ServiceName = (typeof SERVICE_NAMES)[keyof typeof SERVICE_NAMES];
