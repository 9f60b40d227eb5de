// Original file: sluice/events/v1/events.proto

import type { Long } from '@grpc/proto-loader';

/**
 * type "sluice.storage.artifact_deleted"
 */
export interface ArtifactDeleted {
  'artifact_id'?: (string);
  'tenant_id'?: (string);
  'key'?: (string);
  'size_bytes'?: (number | string | Long);
  /**
   * "deleted", "expired" or "replaced".
   */
  'reason'?: (string);
  'at'?: (string);
}

/**
 * type "sluice.storage.artifact_deleted"
 */
export interface ArtifactDeleted__Output {
  'artifact_id': (string);
  'tenant_id': (string);
  'key': (string);
  'size_bytes': (string);
  /**
   * "deleted", "expired" or "replaced".
   */
  'reason': (string);
  'at': (string);
}
