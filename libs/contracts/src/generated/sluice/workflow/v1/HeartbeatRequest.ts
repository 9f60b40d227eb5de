// Original file: sluice/workflow/v1/workflow.proto

import type { LeaseRef as _sluice_workflow_v1_LeaseRef, LeaseRef__Output as _sluice_workflow_v1_LeaseRef__Output } from '../../../sluice/workflow/v1/LeaseRef.ts';

export interface HeartbeatRequest {
  'worker_id'?: (string);
  'leases'?: (_sluice_workflow_v1_LeaseRef)[];
  /**
   * The extension for every lease; 0 = each stage's lease_ttl_ms.
   */
  'lease_ttl_ms'?: (number);
}

export interface HeartbeatRequest__Output {
  'worker_id': (string);
  'leases': (_sluice_workflow_v1_LeaseRef__Output)[];
  /**
   * The extension for every lease; 0 = each stage's lease_ttl_ms.
   */
  'lease_ttl_ms': (number);
}
