// Original file: sluice/workflow/v1/workflow.proto

import type { LeaseStatus as _sluice_workflow_v1_LeaseStatus, LeaseStatus__Output as _sluice_workflow_v1_LeaseStatus__Output } from '../../../sluice/workflow/v1/LeaseStatus.ts';

export interface HeartbeatResponse {
  'leases'?: (_sluice_workflow_v1_LeaseStatus)[];
}

export interface HeartbeatResponse__Output {
  'leases': (_sluice_workflow_v1_LeaseStatus__Output)[];
}
